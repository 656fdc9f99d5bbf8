/**
 * A 任务分解表 parted by single spaces whose header a web copy lost, or glued to the end of the line above with the
 * notice and the title (常熟 2018, hunt d18: `…常熟市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位`): its rows
 * (`1 地区生产总值增长7%以上,服务业增加值占GDP比重47.1%. 发改委`) were no tasks, the document kind other, nothing
 * checked. Read as 序号, the task's words and its lead when two numbered rows or more close on names of units.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

const ROWS = [
  '常熟市2018年政府工作任务分解表',
  '',
  '一、经济社会发展主要预期目标分解(3项)',
  '',
  '1 地区生产总值增长7%以上,服务业增加值占GDP比重47.1%. 发改委',
  '',
  '2 一般公共预算收入增长8%以上. 财政局',
  '',
  '3 全社会固定资产投资额550亿元,其中:工业技改投资增长10%. 发改委、经信委、科技局',
];

describe('a table parted by single spaces, its header lost', () => {
  it('reads each numbered row as a task with its lead, under its part', () => {
    const doc = parseDocument(ROWS.join('\n'));
    expect(doc.kind).toBe('plan');
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.text.text, t.leadUnits.map((u) => u.name), t.path.map((s) => s.numbering?.value)])).toEqual([
      [1, '地区生产总值增长7%以上,服务业增加值占GDP比重47.1%.', ['发改委'], [1]],
      [2, '一般公共预算收入增长8%以上.', ['财政局'], [1]],
      [3, '全社会固定资产投资额550亿元,其中:工业技改投资增长10%.', ['发改委', '经信委', '科技局'], [1]],
    ]);
    const lead = doc.plan!.tasks[1].leadUnits[0].written.range;
    expect(lead).toEqual({ start: { line: 6, character: 18 }, end: { line: 6, character: 21 } });
    expect(lint(doc, { today: '2018-03-01' })).toEqual([]);
  });
  it('a row that lost its lead, or a number skipped, is reported there', () => {
    const lost = [...ROWS.slice(0, 8), '3 全社会固定资产投资额550亿元,其中:工业技改投资增长10%.', '', '4 高新技术产业产值增长10%. 科技局'];
    expect(lint(parseDocument(lost.join('\n').replace('(3项)', '(4项)')), { today: '2018-03-01' }).map((d) => [d.rule, d.range.start.line])).toEqual([['missing-lead', 8]]);
    expect(lint(parseDocument(ROWS.join('\n').replace('\n3 全社会', '\n4 全社会')), { today: '2018-03-01' }).map((d) => [d.rule, d.range.start.line])).toEqual([['numbering-gap', 8]]);
  });
  it('numbered lines of prose are no such table (a row closes on its sentence, then names)', () => {
    const prose = ['工作要求', '1 加强组织领导,各单位要高度重视。', '2 强化督查考核,确保各项任务落到实处。'].join('\n');
    expect(parseDocument(prose).plan?.tasks.some((t) => t.leadUnits.length > 0) ?? false).toBe(false);
  });
});
