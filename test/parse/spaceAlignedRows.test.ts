/**
 * A table whose columns a text dump aligned with runs of spaces (lynx -dump, pdftotext -layout): where a cell fills
 * its column only one space is left, as after a row number of two or three digits (seed 000 as a table, via lynx).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

describe('a table aligned with runs of spaces', () => {
  it('reads `10 打造…` (one space after a number that fills the 序号 column) as row 10, and `石银峰、蔡小军 区经济和信息化局` as two cells', () => {
    const text = [
      '2023年区政府工作报告重点工作分工方案',
      '',
      '   序号           工作任务                                   牵头领导       主要责任单位            完成时限',
      '   8  加快生物医药基地南扩区土地征收及地上物腾退。                 常务副区长     大兴生物医药基地管委会    2023年12月31日',
      '   9  促进首都医科大学项目开工。                                   常务副区长     黄村镇人民政府            2023年12月31日',
      '   10 打造北京国际核酸制药产业园,力争11月投入使用。                常务副区长     大兴生物医药基地管委会    2023年11月30日',
      '   11 启动国家氢燃料电池汽车检验检测中心建设。                     石银峰、蔡小军 区经济和信息化局          2023年12月31日',
    ].join('\n');
    const doc = parseDocument(text);
    const tasks = doc.plan!.tasks;
    expect(tasks.map((t) => [t.numbering.value, t.leaders.map((u) => u.name), t.leadUnits.map((u) => u.name), t.deadline?.text])).toEqual([
      [8, ['常务副区长'], ['大兴生物医药基地管委会'], '2023年12月31日'],
      [9, ['常务副区长'], ['黄村镇人民政府'], '2023年12月31日'],
      [10, ['常务副区长'], ['大兴生物医药基地管委会'], '2023年11月30日'],
      [11, ['石银峰', '蔡小军'], ['区经济和信息化局'], '2023年12月31日'],
    ]);
    expect(tasks[2].numbering.marker.range).toEqual({ start: { line: 5, character: 3 }, end: { line: 5, character: 5 } });
    expect(tasks[2].text.range.start).toEqual({ line: 5, character: 6 });
    // Rows 8–11 of a longer table: an extract, whose first rows are not missing (numbering-gap); nothing else to say.
    expect(lint(doc, { today: '2023-01-01' }).filter((d) => d.rule.startsWith('numbering'))).toEqual([]);
  });

  it('parts a sentence from the leader glued after it, and a list of units from the date glued after it, where one space is left (lynx, 大兴 9)', () => {
    const text = [
      '2023年区政府工作报告重点工作分工方案',
      '   序号           工作任务                                   牵头领导       主要责任单位            完成时限',
      '   1  加快生物医药基地南扩区土地征收及地上物腾退。                 常务副区长     大兴生物医药基地管委会    2023年12月31日',
      '   2  促进首都医科大学项目开工,推进兴华大街续建工程建设。 常务副区长     大兴生物医药基地管委会、黄村镇人民政府、大兴基建 2023年12月31日',
      '   3  居民人均可支配收入稳步提升。                                 常务副区长、张晓晟 区人力资源和社会保障局、区农业农村局       2023年12月31日',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.plan!.tasks.map((t) => [t.text.text, t.leaders.map((u) => u.name), t.leadUnits.map((u) => u.name), t.deadline?.text])).toEqual([
      ['加快生物医药基地南扩区土地征收及地上物腾退。', ['常务副区长'], ['大兴生物医药基地管委会'], '2023年12月31日'],
      ['促进首都医科大学项目开工,推进兴华大街续建工程建设。', ['常务副区长'], ['大兴生物医药基地管委会', '黄村镇人民政府', '大兴基建'], '2023年12月31日'],
      ['居民人均可支配收入稳步提升。', ['常务副区长', '张晓晟'], ['区人力资源和社会保障局', '区农业农村局'], '2023年12月31日'],
    ]);
    expect(lint(doc, { today: '2023-01-01' })).toEqual([]);
    // Two units parted by one blank stay one list of the units' cell.
    const two = parseDocument(text.replace('大兴生物医药基地管委会    2023年12月31日', '区发展改革委 区财政局      2023年12月31日'));
    expect([two.plan!.tasks[0].leaders, two.plan!.tasks[0].leadUnits].map((us) => us.map((u) => u.name))).toEqual([['常务副区长'], ['区发展改革委', '区财政局']]);
  });

  it('joins a header cell wrapped over two lines (pandoc: `分 管` over `县领导`, aligned by printed width), and reads rule lines as blanks', () => {
    const pad = (s: string, w: number) => s + ' '.repeat(Math.max(1, w - [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
    const row = (cells: string[]) => '  ' + cells.map((c, k) => pad(c, [6, 60, 8, 14, 14][k])).join(' ').trimEnd();
    const text = [
      '2024年《政府工作报告》重点工作目标任务分解表',
      '',
      '  ------ ------------------------------------------------------------ -------- -------------- --------------',
      row(['序号', '目标与任务', '分 管', '牵头责任单位', '责任单位']),
      row(['', '', '县领导', '', '']),
      '',
      row(['80', '实施中小学办学能力提升工程,推动义务教育优质均衡发展。', '俞 悦', '县教育局', '县各有关单位']),
      '',
      row(['81', '保障芜职院现代物流智造学院秋季开学。', '陆 明', '县教育局', '县各有关单位']),
      '  ------ ------------------------------------------------------------ -------- -------------- --------------',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.leaders.map((u) => u.name), t.leadUnits.map((u) => u.name)])).toEqual([
      [80, ['俞悦'], ['县教育局']],
      [81, ['陆明'], ['县教育局']],
    ]);
    // The rules drawn above and below the table are no headings.
    expect(doc.plan!.children.every((c) => c.type === 'task')).toBe(true);
  });
});

describe('a table parted by single spaces whose row a copy broke over lines (谯城 2025, hunt d10)', () => {
  const table = (row2: string[]) =>
    [
      '2025年政府工作报告重点工作任务分解表',
      '序号 重点工作任务 主要责任单位 协同配合单位',
      '1 地区生产总值增长6.5%左右。 区发改委 区政府各部门',
      ...row2,
      '3 固定资产投资增长7.5%左右。 区发改委 区工信局、区住建局',
      '4 社会消费品零售总额增长8.2%左右。 区商务局 区发改委、区市场监管局',
    ].join('\n');
  const read = (text: string) => parseDocument(text).plan!.tasks.map((t) => [t.numbering.value, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name)]);
  const rows = (row2: [string[], string[]]) => [
    [1, ['区发改委'], ['区政府各部门']],
    [2, ...row2],
    [3, ['区发改委'], ['区工信局', '区住建局']],
    [4, ['区商务局'], ['区发改委', '区市场监管局']],
  ];

  it('a row with one name and its helpers\' cell empty: the name is its lead (was missing-lead, the name read as a helper)', () => {
    const text = table(['2 一般公共预算收入增长5%左右。 区财政局']);
    expect(read(text)).toEqual(rows([['区财政局'], []]));
    expect(lint(parseDocument(text), { today: '2025-03-01' })).toEqual([]);
  });

  it('the lines of names under the row: the last fills the empty cell, those before are more of the last cell; the rows after are read', () => {
    const text = table(['2 一般公共预算收入增长5%左右。 区财政局', '区税务局', '区政府有关部门,各乡镇人民政府']);
    expect(read(text)).toEqual(rows([['区财政局', '区税务局'], ['区政府有关部门', '各乡镇人民政府']]));
    const tax = parseDocument(text).plan!.tasks[1].leadUnits[1].written.range;
    expect(tax).toEqual({ start: { line: 4, character: 0 }, end: { line: 4, character: 4 } });
    expect(lint(parseDocument(text), { today: '2025-03-01' })).toEqual([]);
    expect(read(table(['2 一般公共预算收入增长5%左右。 区财政局', '区政府有关部门']))).toEqual(rows([['区财政局'], ['区政府有关部门']]));
  });

  it('prose after the table still ends it', () => {
    const text = table(['2 一般公共预算收入增长5%左右。 区财政局 区税务局']) + '\n各单位要高度重视，确保各项任务按时完成。';
    expect(read(text)).toEqual(rows([['区财政局'], ['区税务局']]));
  });
});
