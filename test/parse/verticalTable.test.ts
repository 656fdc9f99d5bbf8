/**
 * Tables copied a cell per line (序号, 工作任务, 牵头单位 … each on its own line, then each row's
 * number and cells). The cells of a row are matched to the columns by what they look like.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument, spliceStats } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

const HEAD = ['关于印发2024年重点任务分工方案的通知', '', '2024年重点任务分工方案', ''];
const HEADER = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];

function draft(...rows: string[][]): string {
  return [...HEAD, ...HEADER, ...rows.flat()].join('\n');
}

const ROW1 = ['1', '深化“一网通办”改革。', '区政务服务中心', '区发改局、区财政局', '2024年6月底'];
const ROW2 = ['2', '优化企业开办服务。', '区市场监管局', '区税务局', '2024年12月31日'];
const ROW3 = ['3', '推进审批制度改革。', '区住建局', '区发改局', '2024年9月'];

const summary = (text: string) =>
  parseDocument(text).plan?.tasks.map((t) => ({
    n: t.numbering.value,
    text: t.text.text,
    lead: t.leadUnits.map((u) => u.name),
    units: t.units.map((u) => u.name),
    deadline: t.deadline?.text ?? null,
  }));

describe('a table written a cell per line', () => {
  it('reads each row as a task, its cells as fields, at their own lines', () => {
    const text = draft(ROW1, ROW2, ROW3);
    const doc = parseDocument(text);
    expect(doc.kind).toBe('plan');
    expect(summary(text)).toEqual([
      { n: 1, text: '深化“一网通办”改革。', lead: ['区政务服务中心'], units: ['区发改局', '区财政局'], deadline: '2024年6月底' },
      { n: 2, text: '优化企业开办服务。', lead: ['区市场监管局'], units: ['区税务局'], deadline: '2024年12月31日' },
      { n: 3, text: '推进审批制度改革。', lead: ['区住建局'], units: ['区发改局'], deadline: '2024年9月' },
    ]);
    const [t1] = doc.plan!.tasks;
    // Lines: 0-3 head, 4-8 header, 9 `1`, 10 text, 11 lead, 12 units, 13 deadline.
    expect(t1.numbering.marker.range).toEqual({ start: { line: 9, character: 0 }, end: { line: 9, character: 1 } });
    expect(t1.text.range).toEqual({ start: { line: 10, character: 0 }, end: { line: 10, character: 11 } });
    expect(t1.range).toEqual({ start: { line: 9, character: 0 }, end: { line: 13, character: 8 } });
    expect(t1.units[1].written.range).toEqual({ start: { line: 12, character: 5 }, end: { line: 12, character: 9 } });
    expect(t1.fields.map((f) => [f.role, f.label.text, f.layout])).toEqual([
      ['leadUnits', '牵头单位', 'table'],
      ['units', '配合单位', 'table'],
      ['deadline', '完成时限', 'table'],
    ]);
    expect(lint(doc, { today: '2024-01-01' })).toEqual([]);
  });

  it('takes a wrapped text, blank lines between cells, headings between rows and a note column', () => {
    const text = [
      ...HEAD,
      '一、政务服务',
      '',
      ...['序号', '工作任务', '牵头单位', '配合单位', '完成时限', '备注'].flatMap((c) => [c, '']),
      ...['1', '深化“一网通办”改革，', '推进高频事项“一次办”。', '区政务服务中心', '区发改局', '2024年6月底', '续建'].flatMap((c) => [c, '']),
      '二、市场环境',
      '',
      ...['2', '优化企业开办服务。', '区市场监管局', '区税务局', '长期坚持'].flatMap((c) => [c, '']),
      '各单位要高度重视，确保按时完成。',
    ].join('\n');
    const doc = parseDocument(text);
    expect(summary(text)).toEqual([
      { n: 1, text: '深化“一网通办”改革，\n推进高频事项“一次办”。', lead: ['区政务服务中心'], units: ['区发改局'], deadline: '2024年6月底' },
      { n: 2, text: '优化企业开办服务。', lead: ['区市场监管局'], units: ['区税务局'], deadline: '长期坚持' },
    ]);
    expect(doc.plan!.sections.map((s) => [s.title.text, s.children.length])).toEqual([
      ['政务服务', 1],
      ['市场环境', 1],
    ]);
    // The prose after the table is not a cell of the last row.
    expect(doc.plan!.tasks[1].range.end.line).toBe(text.split('\n').indexOf('长期坚持'));
    expect(lint(doc, { today: '2024-01-01' })).toEqual([]);
  });

  it('takes the headings a web copy writes a cell per line too: a part\'s title with no number, `(一)` then its title on the next line (广州 2021)', () => {
    // 穗府〔2021〕3号 as the city's portal gives it: a header cell broken over two lines (市政府 / 分管领导),
    // blank lines between all cells, more of them before the headings.
    const cells = (...c: string[]) => c.flatMap((x) => [x, '']);
    const text = [
      '2021年市政府工作报告部署工作责任分工',
      '',
      ...cells('序号', '重点工作', '市政府', '分管领导', '牵头单位', '配合单位', '备注'),
      '',
      '',
      ...cells('强化科技创新支撑能力。'),
      '',
      '',
      '',
      ...cells('(一)', '', '', '加强战略科技力量建设。'),
      ...cells('1', '加快建设以中新知识城、南沙科学城为极点,链接全市域科技创新关键节点的科技创新轴。', '王 东', '市科技局', '黄埔区、南沙区政府'),
      '',
      ...cells('2', '全力做好呼吸领域国家实验室筹建保障服务工作。', '王 东', '市科技局', '市政府办公厅、市发展改革委、市财政局、市卫生健康委,荔湾区、黄埔区政府'),
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.kind).toBe('plan');
    expect(doc.plan!.sections.map((s) => s.title.text)).toEqual(['加强战略科技力量建设。']);
    expect(doc.plan!.sections[0].title.range.start.line).toBe(text.split('\n').indexOf('加强战略科技力量建设。'));
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.leaders.map((u) => u.name), t.leadUnits.map((u) => u.name), t.units.map((u) => u.name)])).toEqual([
      [1, ['王东'], ['市科技局'], ['黄埔区政府', '南沙区政府']],
      [2, ['王东'], ['市科技局'], ['市政府办公厅', '市发展改革委', '市财政局', '市卫生健康委', '荔湾区政府', '黄埔区政府']],
    ]);
    expect(lint(doc, { today: '2021-03-01' })).toEqual([]);
  });

  it('reports what a damaged copy lacks, at the row', () => {
    // Row 2 without its deadline cell; row 3 numbered 5; a unit misspelt once.
    const text = draft(ROW1, ROW2.slice(0, 4), ['5', ...ROW3.slice(1, 2), '区住建局', '区财正局', '2024年9月'], ['6', '推进招商引资。', '区财政局', '区发改局', '2024年9月']);
    const lines = text.split('\n');
    const got = lint(parseDocument(text), { today: '2024-01-01' }).map((d) => [d.rule, d.range.start.line, d.range.start.character, d.range.end.character]);
    expect(got).toEqual([
      ['missing-deadline', lines.indexOf('2'), 0, 1],
      ['numbering-gap', lines.indexOf('5'), 0, 1],
      ['unknown-unit', lines.indexOf('区财正局'), 0, 4],
    ]);
  });

  it('a web copy with a blank line after each cell: an empty cell leaves three, and the cells after it keep their columns (广州 2021, damage hunt)', () => {
    // Each cell and a blank line; an empty cell is a blank line more, and its own blank line.
    const cells = (...row: string[]) => row.flatMap((c) => (c === '' ? ['', ''] : [c, '']));
    const header = cells('序号', '重点工作', '市政府', '分管领导', '牵头单位', '配合单位', '备注');
    const rows = [
      cells('1', '加快建设以中新知识城、南沙科学城为极点的科技创新轴。', '王 东', '市科技局', '黄埔区、南沙区政府'),
      cells('2', '推进广州地铁18号线建设。', '陈志英', '广州地铁集团', '市交通运输局'),
      cells('3', '推进白云机场三期扩建工程。', '陈志英', '广州空港委', '白云区、花都区政府', '长期坚持'),
      cells('4', '完善养老服务体系。', '王 东', '市民政局', '各区政府'),
    ];
    const text = (rs: string[][]) => ['2021年市政府工作报告部署工作责任分工', '', ...header, ...rs.flat()].join('\n');
    const read = (t: string) => parseDocument(t).plan!.tasks.map((x) => [x.leaders.map((u) => u.name), x.leadUnits.map((u) => u.name), x.units.map((u) => u.name)]);
    expect(read(text(rows))[0]).toEqual([['王东'], ['市科技局'], ['黄埔区政府', '南沙区政府']]);
    // The lead's cell emptied: the helpers stay the helpers', and the lead is missing, at the row.
    const noLead = rows.map((r, k) => (k === 0 ? cells('1', '加快建设以中新知识城、南沙科学城为极点的科技创新轴。', '王 东', '', '黄埔区、南沙区政府') : r));
    expect(read(text(noLead))[0]).toEqual([['王东'], [], ['黄埔区政府', '南沙区政府']]);
    const lines = text(noLead).split('\n');
    expect(lint(parseDocument(text(noLead)), { today: '2021-03-01' }).map((d) => [d.rule, d.range.start.line])).toEqual([['missing-lead', lines.indexOf('1')]]);
    // The leader's cell emptied: the lead stays the lead's.
    const noLeader = rows.map((r, k) => (k === 1 ? cells('2', '推进广州地铁18号线建设。', '', '广州地铁集团', '市交通运输局') : r));
    expect(read(text(noLeader))[1]).toEqual([[], ['广州地铁集团'], ['市交通运输局']]);
    expect(lint(parseDocument(text(noLeader)), { today: '2021-03-01' }).map((d) => [d.rule, d.range.start.line])).toEqual([['missing-leader', text(noLeader).split('\n').indexOf('2')]]);
    // With no blank lines between cells nothing shows an empty cell: the cells are read by their look, as before.
    const tight = (rs: string[][]) => ['2021年市政府工作报告部署工作责任分工', ...header.filter((c) => c), ...rs.flat().filter((c) => c)].join('\n');
    expect(read(tight(noLead))[0]).toEqual([['王东'], ['黄埔区政府', '南沙区政府'], []]);
  });

  it('a damaged copy: a name misspelt at its ending (局 → 屈) stays in its column and is reported there, not glued to the text', () => {
    const text = draft(ROW1, ['2', '优化企业开办服务。', '区市场监管屈', '区税务局', '2024年12月31日'], ROW3, ['4', '推进招商引资。', '区市场监管局', '区发改局', '2024年9月'], ['5', '规范涉企检查。', '区市场监管局', '区司法局', '2024年9月']);
    const lines = text.split('\n');
    expect(summary(text)![1]).toEqual({ n: 2, text: '优化企业开办服务。', lead: ['区市场监管屈'], units: ['区税务局'], deadline: '2024年12月31日' });
    const got = lint(parseDocument(text), { today: '2024-01-01' }).map((d) => [d.rule, d.range.start.line, d.range.start.character, d.range.end.character]);
    expect(got).toEqual([['unknown-unit', lines.indexOf('区市场监管屈'), 0, 6]]);
  });

  it('by position only where the text closes its sentence: a wrapped text with a cell missing keeps its second line', () => {
    const text = draft(ROW1, ['2', '优化企业开办服务，', '压缩开办时间', '区税务局', '2024年12月31日'], ROW3);
    expect(summary(text)![1].text).toBe('优化企业开办服务，\n压缩开办时间');
  });

  it('offers no field insertion into a row, even one with every field cell empty in a plan of own-line fields', () => {
    // The plan's layout is own-line (most tasks), so without the row check a fix would insert
    // `牵头单位：待定` as a line inside the table.
    const own = ['1.推进项目建设。', '牵头单位：区发改局', '完成时限：2024年12月底', '2.推进招商引资。', '牵头单位：区商务局', '完成时限：2024年10月底', '3.培育市场主体。', '牵头单位：区市场监管局', '完成时限：2024年11月底'];
    const table = ['二、民生', ...HEADER.filter((h) => h !== '配合单位'), '1', '新建学校。', '区教育局', '2024年8月底', '2', '新增岗位。'];
    const doc = parseDocument(['2024年重点任务分工方案', '', '一、产业', ...own, ...table].join('\n'));
    expect(doc.plan!.conventions.fieldLayout).toBe('own-line');
    const diagnostics = lint(doc, { today: '2024-01-01' });
    expect(diagnostics.map((d) => d.rule).sort()).toEqual(['missing-deadline', 'missing-lead']);
    expect(diagnostics.flatMap((d) => d.fixes ?? [])).toEqual([]);
  });

  it('reads full-width and dotted row numbers', () => {
    const text = draft(['１', ...ROW1.slice(1)], ['2.', ...ROW2.slice(1)]);
    expect(summary(text)!.map((t) => t.n)).toEqual([1, 2]);
  });

  it('is not a table when the header words are prose, or no row follows', () => {
    expect(parseDocument([...HEAD, '序号', '工作任务', '牵头单位', '说明如下：本表按序号排列。'].join('\n')).plan).toBeNull();
    expect(parseDocument([...HEAD, '序号', '牵头单位', '完成时限', '1', '区发改局', '2024年6月底'].join('\n')).plan).toBeNull(); // no task column
  });

  it('an edit in a row is read again in full (a row looks ahead), with the same result as from scratch', () => {
    const text = draft(ROW1, ROW2, ROW3);
    const doc = parseDocument(text);
    const edited = text.replace('优化企业开办服务', '优化企业开办和注销服务');
    const before = spliceStats.spliced;
    const next = parseDocument(edited, doc);
    expect(spliceStats.spliced).toBe(before);
    expect(next.plan!.tasks.map((t) => t.text.text)).toEqual(parseDocument(edited).plan!.tasks.map((t) => t.text.text));
    expect(summary(edited)![1].text).toBe('优化企业开办和注销服务。');
  });
});

describe('figures in a table written a cell per line (`总投资(万元)` / `8500`) (hunt d10)', () => {
  const text = (invest: string) =>
    [
      '2023年区重点建设项目责任分解表',
      '',
      ...['序号', '项目名称', invest, '年度计划投资(万元)', '责任单位', '完成时限'].flatMap((c) => [c, '']),
      ...[
        ['1', '区人民医院门诊综合楼建设项目', '36000', '12000', '区卫健局', '2023年12月底'],
        ['2', '城北污水处理厂扩建工程', '8500', '5000', '区住建局', '2023年10月底'],
        ['3', '实验小学新校区建设项目', '3', '9000', '区教育局', '2023年8月底'],
        ['4', '城东农贸市场改造项目', '2600', '2600', '区商务局', '2023年6月底'],
      ].flatMap((r) => r.flatMap((c) => [c, ''])),
    ].join('\n');
  const rows = (s: string) => parseDocument(s).plan?.tasks.map((t) => [t.numbering.value, t.text.text, t.units.map((u) => u.name), t.deadline?.date]) ?? null;
  const expected = [
    [1, '区人民医院门诊综合楼建设项目', ['区卫健局'], '2023-12-31'],
    [2, '城北污水处理厂扩建工程', ['区住建局'], '2023-10-31'],
    [3, '实验小学新校区建设项目', ['区教育局'], '2023-08-31'],
    [4, '城东农贸市场改造项目', ['区商务局'], '2023-06-30'],
  ];

  it('a figure is a cell of its row, not the next row\'s number (were numbering-gap and -order errors on 8500, 5000)', () => {
    expect(rows(text('总投资'))).toEqual(expected);
    expect(lint(parseDocument(text('总投资')), { today: '2023-01-01' })).toEqual([]);
  });

  it('a header cell with the unit its figures count in (`总投资(万元)`) names a column (the table was no plan)', () => {
    expect(rows(text('总投资(万元)'))).toEqual(expected);
  });

  it('a row number skipped is still one (`2` then `4`): the gap is reported', () => {
    const damaged = text('总投资').replace('\n3\n\n实验小学', '\n4\n\n实验小学').replace('\n4\n\n城东', '\n5\n\n城东');
    expect(lint(parseDocument(damaged), { today: '2023-01-01' }).map((d) => [d.rule, d.range.start.line])).toEqual([['numbering-gap', 38]]);
  });
});

describe("a progress table's cells: a body named by its kind alone, a figure with its measure word (岳阳楼区, hunt d10)", () => {
  const text = [
    '岳阳楼区2017年省重点民生实事完成情况表',
    '',
    ...['序号', '省重点民生实事项目名称', '责任单位', '目标任务', '1-8月实际完成情况'].flatMap((c) => [c, '']),
    ...['1', '精准扶贫:农村饮用水安全巩固提升', '农林水务局', '1300人', '700'].flatMap((c) => [c, '']),
    ...['2', '建设农村公办幼儿园', '教育局', '2所', '1'].flatMap((c) => [c, '']),
    ...['3', '残疾儿童抢救性康复', '残联', '73人', '73'].flatMap((c) => [c, '']),
    ...['4', '新增养老服务床位', '民政局', '71个', '55'].flatMap((c) => [c, '']),
  ].join('\n');

  it('`残联` is the units\' cell, `2所` the target\'s: no missing-units, no unit named 2所', () => {
    const doc = parseDocument(text);
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.units.map((u) => u.name)])).toEqual([
      [1, ['农林水务局']],
      [2, ['教育局']],
      [3, ['残联']],
      [4, ['民政局']],
    ]);
    expect(lint(doc, { today: '2017-09-01' }).filter((d) => d.rule.startsWith('missing'))).toEqual([]);
  });
});

describe('a town\'s table of key work, a cell per line with a blank line after each (象山 2024, hunt 19)', () => {
  const table = (header: string[], rows: string[][]) => [...header, ...rows.flat()].flatMap((l) => [l, '']).join('\n');
  const ROWS = [
    ['1', '白仙山水库工程政策处理', '欧乾震', '白仙山水库工程政策处理工作领导小组', '完成项目政策处理工作。'],
    ['2', '现代化美丽城镇', '吴宇凡', '乡村振兴办', '成功创建首批浙江省美丽城镇。'],
  ];
  const people = (text: string) => parseDocument(text).plan!.tasks.map((t) => [t.text.text, t.leaders.map((u) => u.name), t.units.map((u) => u.name)]);
  const expected = [
    ['白仙山水库工程政策处理', ['欧乾震'], ['白仙山水库工程政策处理工作领导小组']],
    ['现代化美丽城镇', ['吴宇凡'], ['乡村振兴办']],
  ];

  it('header cells a narrow column wrapped a word a line (`责任` / `领导`, `责任` / `科室`) name one column each: the units are read (they were lost)', () => {
    const text = table(['序号', '重点工作', '责任', '领导', '责任', '科室', '攻坚目标任务'], ROWS);
    expect(people(text)).toEqual(expected);
    const units = parseDocument(text).plan!.tasks[0].units[0].written.range;
    expect(units.start).toEqual({ line: 20, character: 0 });
  });
  it('a target that names a town to be won (`成功创建首批浙江省美丽城镇。`) is no unit of the 责任科室 above it', () => {
    expect(people(table(['序号', '重点工作', '责任领导', '责任科室', '攻坚目标任务'], ROWS))).toEqual(expected);
  });
  it('a column named by a word that stands alone (`类别`) stays its own column before the task\'s words', () => {
    const text = table(['序号', '类别', '工作任务', '责任单位'], [['1', '经济发展', '推进项目建设。', '县发改局'], ['2', '社会事业', '办好民生实事。', '县民政局']]);
    expect(parseDocument(text).plan!.tasks.map((t) => [t.text.text, t.units.map((u) => u.name)])).toEqual([
      ['推进项目建设。', ['县发改局']],
      ['办好民生实事。', ['县民政局']],
    ]);
  });
});
