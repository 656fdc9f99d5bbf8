/** Table headers with a note in brackets (`重点工作任务（共4项）`, `责任单位（列第一位的为牵头单位）`) (hunt d9). */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { isColumnName, roleOfHeaderCell } from '../../server/src/core/parse/labels';

describe('a table header cell with a note in brackets names its column as the cell without it (hunt d9)', () => {
  const names = (text: string) =>
    parseDocument(text).plan?.tasks.map((t) => [t.numbering.value, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name)]) ?? null;
  const rows = [
    ['1', '加强粮食和重要农产品保障。', '市农业农村局、市商务局'],
    ['2', '深入推进农村人居环境整治。', '市农业农村局、市建委'],
    ['3', '深入实施消费新政。', '市商务局、市发改委'],
  ];
  const expected = [
    [1, [], ['市农业农村局', '市商务局']],
    [2, [], ['市农业农村局', '市建委']],
    [3, [], ['市商务局', '市发改委']],
  ];
  const title = '2021年市政府工作报告重点工作责任分解';

  it('in a tab table: `重点工作任务（共3项）` is the text, 责任单位 the units (were all read as leads)', () => {
    const text = [title, '', '序号\t重点工作任务（共3项）\t责任单位', ...rows.map((r) => r.join('\t'))].join('\n');
    expect(names(text)).toEqual(expected);
  });

  it('in a table copied a cell per line (was no plan at all)', () => {
    const text = [title, '', '序号', '', '重点工作任务（共3项）', '', '责任单位', '', ...rows.flatMap((r) => r.flatMap((c) => [c, '']))].join('\n');
    expect(names(text)).toEqual(expected);
    expect(names(text.replace('重点工作任务（共3项）', '重点工作任务'))).toEqual(expected);
  });

  it('`责任单位（列第一位的为牵头单位）` over a table aligned by spaces: the first listed leads, the rest are its units', () => {
    const text = [
      '2016年《政府工作报告》量化指标任务分工',
      '',
      '序号    工 作 任 务                          责任单位（列第一位的为牵头单位）',
      '1       居民消费价格涨幅3%左右               发展改革委、统计局',
      '2       城镇新增就业1000万人以上             人力资源社会保障部、教育部',
      '3       安排财政赤字2.18万亿元               财政部',
    ].join('\n');
    expect(names(text)).toEqual([
      [1, ['发展改革委'], ['统计局']],
      [2, ['人力资源社会保障部'], ['教育部']],
      [3, ['财政部'], []],
    ]);
  });

  it('in a table copied a cell per line, the note on lines of its own under the cell (闵行 2023: `责任部门` / `(加*号为牵头部门,` / `其余为参与部门)`, a `|` line after each cell; was no plan, or its columns shifted and the deadlines lost)', () => {
    const header = ['序号', '|', '任务名称', '|', '任务要求及举措', '|', '责任部门', '(加*号为牵头部门,', '其余为参与部门)', '|', '责任街镇', '|', '完成时间节点', '|'];
    const body = [
      ...['1', '|', '完成2022年度乡村振兴示范村建设', '|', '完成2022年度1个乡村振兴示范村建设。', '|', '区农业农村委*', '|', '浦江镇', '|', '10月底', '|'],
      ...['2', '|', '开展2023年度乡村振兴示范村建设', '|', '按市级部署遴选1个示范村开展建设。', '|', '区农业农村委*', '|', '浦江镇', '|', '12月底', '|'],
    ];
    const read = (h: string[]) =>
      parseDocument(['闵行区2023年乡村振兴重点任务清单', ...h, ...body].join('\n')).plan?.tasks.map((t) => [t.numbering.value, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name), t.deadline?.text]) ?? null;
    const rows = [
      [1, ['区农业农村委'], ['浦江镇'], '10月底'],
      [2, ['区农业农村委'], ['浦江镇'], '12月底'],
    ];
    expect(read(header)).toEqual(rows);
    // The note closed on its one line.
    expect(read(header.map((l) => (l === '(加*号为牵头部门,' ? '(加*号为牵头部门)' : l)).filter((l) => l !== '其余为参与部门)'))).toEqual(rows);
    // A category's title wrapped a word a line before the first row (`(一)` / `持续` / `推进` / `“两个` / `示范村”` / `建设`).
    expect(read([...header, '(一)', '持续', '推进', '“两个', '示范村”', '建设', '|'])).toEqual(rows);
  });

  it('a group row across a table copied a cell per line (`（一）王宏副市长牵头重点工作`) right under the header is no note of its last cell', () => {
    const text = [title, '', '序号', '', '重点工作任务', '', '责任单位', '', '（一）王宏副市长牵头重点工作', '', ...rows.flatMap((r) => r.flatMap((c) => [c, '']))].join('\n');
    expect(names(text)).toEqual(expected);
    expect(parseDocument(text).plan!.sections.map((s) => s.title.text)).toEqual(['王宏副市长牵头重点工作']);
  });

  it("a row's cell with a note (`区发改局（牵头）`) is no column name", () => {
    expect(isColumnName('区发改局（牵头）')).toBe(false);
    expect(isColumnName('责任单位（列第一位的为牵头单位）')).toBe(true);
    expect(roleOfHeaderCell('责任单位（牵头）')).toBe('leadUnits');
  });
});
