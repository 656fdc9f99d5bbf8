/**
 * Items a bullet opens under a task (宝山 2008, hunt d4): `1、加强经济运行分析…(牵头单位:发改委、统计局)` /
 * `▲增加值可比增长14%左右。(责任单位:发改委)`. Each is an item of the task, as `(1)` is, and its units are the task's.
 * Before, the bulleted lines and their fields were read nowhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { applyEdits, lint } from '../../server/src/core/rules';

const TEXT = readFileSync(join(__dirname, '..', 'corpus', 'bulleted-items.txt'), 'utf8');
const LINES = TEXT.split('\n');
const lineOf = (s: string) => LINES.findIndex((l) => l.includes(s));
const TODAY = '2008-03-01';

describe('bulleted items under a task', () => {
  const doc = parseDocument(TEXT);
  const tasks = doc.plan!.tasks;

  it('are the task\'s items, at their exact ranges, and their units are the task\'s', () => {
    expect(tasks.map((t) => t.numbering.value)).toEqual([1, 2, 3, 5, 6, 7]);
    const first = tasks[0];
    const l = lineOf('▲地方财政收入增长12%');
    expect(first.subItems.map((s) => [s.numbering.marker.text, s.numbering.value, s.numbering.implicit, s.text.text])).toEqual([
      ['▲', 1, true, '增加值可比增长14%左右,其中,第三产业增加值增长16%左右。'],
      ['▲', 2, true, '地方财政收入增长12%。'],
      ['▲', 3, true, '全社会固定资产投资增长10%。'],
    ]);
    expect(first.subItems[1].text.range).toEqual({ start: { line: l, character: 1 }, end: { line: l, character: 13 } });
    expect(first.subItems[1].numbering.marker.range).toEqual({ start: { line: l, character: 0 }, end: { line: l, character: 1 } });
    expect([first.leadUnits.map((u) => u.name), first.units.map((u) => u.name)]).toEqual([['发改委', '统计局'], ['发改委', '财政局', '发改委', '建交委']]);
    // The task runs to its last item.
    expect(first.range.end.line).toBe(lineOf('▲全社会固定资产投资增长10%'));
    // `●` as well as `▲`.
    expect(tasks[4].subItems.map((s) => s.numbering.marker.text + s.text.text)).toEqual(['●社区卫生服务中心标准化建设全覆盖。']);
  });

  it('give exactly the damage the corpus file carries, and a misspelt unit in a bullet is fixed where it is written', () => {
    const ds = lint(doc, { today: TODAY });
    expect(ds.map((d) => `${d.rule}@${d.range.start.line}:${d.range.start.character}`)).toEqual([
      `numbering-gap@${lineOf('5、实施促进就业计划')}:0`,
      `unknown-unit@${lineOf('劳动保彰局')}:19`,
      `missing-lead@${lineOf('6、加强社区卫生服务')}:0`,
    ]);
    const fix = ds.find((d) => d.rule === 'unknown-unit')!.fixes![0];
    expect(applyEdits(doc, fix.edits)).toBe(TEXT.replace('劳动保彰局', '劳动保障局'));
  });

  it('go on with a task\'s open words (`1.推进重大项目建设：` / `●开工建设A项目；`): they are its text, as before', () => {
    const text = ['2024年重点工作任务分工方案', '一、扩大有效投资', '1.推进重大项目建设：', '●开工建设A项目；', '●竣工B项目。', '（牵头单位：区发改局；完成时限：2024年12月底前）', '2.推进招商引资。（牵头单位：区商务局；完成时限：2024年12月底前）'].join('\n');
    const t = parseDocument(text).plan!.tasks[0];
    expect([t.text.text, t.subItems]).toEqual(['推进重大项目建设：\n开工建设A项目；\n竣工B项目。', []]);
  });

  it('have no number to check beside `(1)` `(2)` items', () => {
    const text = ['2024年重点工作任务分工方案', '一、扩大有效投资', '1.推进重大项目建设。（牵头单位：区发改局）', '(1)开工建设A项目。', '▲完成投资5亿元。', '(2)竣工B项目。', '2.推进招商引资。（牵头单位：区商务局）'].join('\n');
    const d = parseDocument(text);
    expect(d.plan!.tasks[0].subItems.map((s) => s.numbering.marker.text)).toEqual(['(1)', '▲', '(2)']);
    expect(lint(d, { today: '2024-03-01' })).toEqual([]);
  });
});
