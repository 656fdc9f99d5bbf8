/**
 * A table with a 序号 column whose cells are all empty: Word numbered the rows itself (a numbered list in the
 * column), and a copy as text keeps the column but not the numbers. Such a table read as nothing before (kind
 * `other`, 0 tasks): its first row, with no numbered row above, was taken for a sub-row of none.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

const TODAY = '2024-03-01';
const at = (line: number, a: number, b: number) => ({ start: { line, character: a }, end: { line, character: b } });
const TAB = [
  '某县2024年重点工作任务分工方案',
  '',
  '序号\t重点任务\t牵头单位\t责任单位\t完成时限',
  '\t推进县城老旧小区改造，完成改造小区20个。\t县住建局\t县财政局、县发改委\t2024年12月底前',
  '\t实施高标准农田建设3万亩。\t县农业农村局\t县财政局\t2024年10月底前',
  '\t新增城镇就业2000人以上。\t县人社局\t县财政局\t2024年12月底前',
];
const BAR = [
  '## 某县2024年重点工作任务分工方案',
  '',
  '| 序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 |',
  '|---|---|---|---|---|',
  '| | 推进县城老旧小区改造，完成改造小区20个。 | 县住建局 | 县财政局、县发改委 | 2024年12月底前 |',
  '| | 实施高标准农田建设3万亩。 | 县农业农村局 | 县财政局 | 2024年10月底前 |',
  '|  | 新增城镇就业2000人以上。 | 县人社局 | 县财政局 | 2024年12月底前 |',
];
const CELLS = [
  '某县2024年重点工作任务分工方案',
  '序号',
  '重点任务',
  '牵头单位',
  '责任单位',
  '完成时限',
  '一、城乡建设',
  '推进县城老旧小区改造，完成改造小区20个。',
  '县住建局',
  '县财政局、县发改委',
  '2024年12月底前',
  '实施高标准农田建设3万亩，',
  '同步推进农田水利设施建设。',
  '县农业农村局',
  '县财政局',
  '2024年10月底前',
  '二、民生保障',
  '新增城镇就业2000人以上。',
  '县人社局',
  '县财政局',
  '2024年12月底前',
  '',
  '各单位要按照分工抓好落实。',
];
const read = (lines: string[]) =>
  parseDocument(lines.join('\n')).plan?.tasks.map((t) => [t.numbering.value, t.numbering.implicit, t.text.text, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name), t.deadline?.date]);
const ROWS = [
  [1, true, '推进县城老旧小区改造，完成改造小区20个。', ['县住建局'], ['县财政局', '县发改委'], '2024-12-31'],
  [2, true, '实施高标准农田建设3万亩。', ['县农业农村局'], ['县财政局'], '2024-10-31'],
  [3, true, '新增城镇就业2000人以上。', ['县人社局'], ['县财政局'], '2024-12-31'],
];

describe('a table whose 序号 cells lost their numbers', () => {
  it('reads each row of a tab table as a task numbered by its place, at exact ranges', () => {
    const doc = parseDocument(TAB.join('\n'));
    expect(doc.kind).toBe('plan');
    expect(read(TAB)).toEqual(ROWS);
    const row = TAB[4];
    expect(doc.plan!.tasks[1].text.range).toEqual(at(4, 1, 1 + '实施高标准农田建设3万亩。'.length));
    expect(doc.plan!.tasks[1].leadUnits[0].written.range).toEqual(at(4, row.indexOf('县农业农村局'), row.indexOf('县农业农村局') + 6));
    expect(lint(doc, { today: TODAY })).toEqual([]);
  });

  it('reads a Markdown table with empty 序号 cells the same', () => {
    expect(read(BAR)).toEqual(ROWS);
    expect(lint(parseDocument(BAR.join('\n')), { today: TODAY })).toEqual([]);
  });

  it('numbers rows from 1 again under a heading across the table', () => {
    const lines = [...TAB.slice(0, 3), '一、城乡建设', ...TAB.slice(3, 5), '二、民生保障', TAB[5]];
    expect(parseDocument(lines.join('\n')).plan!.tasks.map((t) => [t.numbering.value, t.line])).toEqual([
      [1, 4],
      [2, 5],
      [1, 7],
    ]);
  });

  it('damaged copies are reported at the row: an emptied lead cell, an impossible deadline', () => {
    const noLead = TAB.map((l, i) => (i === 4 ? l.replace('\t县农业农村局\t', '\t\t') : l));
    expect(lint(parseDocument(noLead.join('\n')), { today: TODAY }).map((d) => [d.rule, d.range])).toEqual([['missing-lead', at(4, 1, 1 + '实施高标准农田建设3万亩。'.length)]]);
    const badDate = BAR.map((l, i) => (i === 6 ? l.replace('2024年12月底前', '2024年13月底前') : l));
    const col = BAR[6].indexOf('2024年12月底前');
    expect(lint(parseDocument(badDate.join('\n')), { today: TODAY }).map((d) => [d.rule, d.range])).toEqual([['deadline-invalid', at(6, col, col + '2024年13月底前'.length)]]);
  });

  it('reads a table written a cell per line the same: wrapped text, rows numbered from 1 again under a heading', () => {
    const doc = parseDocument(CELLS.join('\n'));
    expect(doc.kind).toBe('plan');
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.numbering.implicit, t.text.text, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name), t.deadline?.date])).toEqual([
      [1, true, '推进县城老旧小区改造，完成改造小区20个。', ['县住建局'], ['县财政局', '县发改委'], '2024-12-31'],
      [2, true, '实施高标准农田建设3万亩，\n同步推进农田水利设施建设。', ['县农业农村局'], ['县财政局'], '2024-10-31'],
      [1, true, '新增城镇就业2000人以上。', ['县人社局'], ['县财政局'], '2024-12-31'],
    ]);
    const second = doc.plan!.tasks[1];
    expect([second.range.start, second.range.end]).toEqual([
      { line: 11, character: 0 },
      { line: 15, character: '2024年10月底前'.length },
    ]);
    expect(second.deadline!.range).toEqual(at(15, 0, '2024年10月底前'.length));
    expect(lint(doc, { today: TODAY })).toEqual([]);
  });

  it('a cell-per-line copy damaged: a misspelt deadline is reported at its cell, the prose after the table is no row', () => {
    const damaged = CELLS.map((l, i) => (i === 10 ? '2024年12月32日' : l));
    const doc = parseDocument(damaged.join('\n'));
    expect(doc.plan!.tasks).toHaveLength(3);
    expect(lint(doc, { today: TODAY }).map((d) => [d.rule, d.range])).toEqual([['deadline-invalid', at(10, 0, '2024年12月32日'.length)]]);
  });

  it('a sentence after such a table is no row of it (was a task of its own, with a false missing-lead)', () => {
    for (const lines of [TAB, BAR, ['青禾县2025年重点工作任务分解表', '任务内容\t牵头单位\t完成时限', '推进园区标准厂房建设\t县发改局\t2025年12月底', '扩大有效投资\t县发改局\t2025年12月底']]) {
      const doc = parseDocument([...lines, '', '各单位要按照分工抓好落实。'].join('\n'));
      expect(doc.plan!.tasks).toHaveLength(lines.length - (lines === BAR ? 4 : lines === TAB ? 3 : 2));
      expect(lint(doc, { today: TODAY })).toEqual([]);
    }
  });

  it('keeps a numbered table’s row with an empty 序号 cell as more of the row above (a 序号 cell merged over two)', () => {
    const lines = [
      '某县2024年重点工作任务分工方案',
      '序号\t重点任务\t牵头单位\t完成时限',
      '1\t推进老旧小区改造。\t县住建局\t2024年12月底前',
      '\t开工建设老年大学。\t\t2024年10月底前',
      '2\t新增城镇就业2000人以上。\t县人社局\t2024年12月底前',
    ];
    const tasks = parseDocument(lines.join('\n')).plan!.tasks;
    expect(tasks.map((t) => [t.numbering.value, t.numbering.implicit ?? false, t.range.start.line, t.range.end.line])).toEqual([
      [1, false, 2, 3],
      [2, false, 4, 4],
    ]);
  });
});
