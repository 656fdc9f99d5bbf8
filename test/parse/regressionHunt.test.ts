/**
 * What a regression hunt over today's readings found (826 damaged copies of 75 plans, old and new builds compared):
 * each case failed with the first version of its reading and passes with the mended one.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

const cells = (rows: string[][]) => rows.flatMap((r) => r.flatMap((c) => [c, '']));
const tasks = (text: string) => parseDocument(text).plan!.tasks.map((t) => [t.numbering.value, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name)]);
const diagnostics = (text: string) => lint(parseDocument(text), { today: '2024-01-01' }).map((d) => [d.rule, d.range.start.line]);

describe('a table written a cell per line, a row number skipped by more than five', () => {
  const text = [
    '2024年为民办实事工作任务分工方案',
    '',
    ...cells([
      ['序号', '工作任务', '牵头单位', '配合单位', '完成时限', '备注'],
      ['1', '新建改扩建中小学校3所。', '区教育局', '区发改局、区财政局', '2024年8月底'],
      ['2', '新增普惠性幼儿园学位1000个。', '区教育局', '区财政局', '2024年12月'],
      ['9', '推进区人民医院新院区建设。', '区卫健委', '区发改局、区住建局', '2024年12月'],
      ['10', '改造老旧小区20个。', '区住建局', '区财政局', '2024年10月'],
    ]),
  ].join('\n');

  it('still begins a row when the row\'s words follow it (the 备注 left empty kept the row before open): the gap is reported', () => {
    expect(tasks(text).map(([n]) => n)).toEqual([1, 2, 9, 10]);
    expect(diagnostics(text)).toEqual([['numbering-gap', 34]]);
  });
});

describe('a colon typed after a name is no label (`区住建局：、区城管局`)', () => {
  it('the names are kept, as written', () => {
    const text = ['2024年重点任务分工方案', '一、重点任务', '1.推进老旧小区改造。（牵头单位：区住建局：、区城管局；责任单位：区财政局）', '2.推进城市更新。（牵头单位：区住建局；责任单位：区城管局）'].join('\n');
    expect(tasks(text)[0]).toEqual([1, ['区住建局：', '区城管局'], ['区财政局']]);
  });
});

describe('a known label with a word before it that says whose it is (`县直责任单位：`, `乡镇责任单位：`)', () => {
  it('is a field of the label\'s role, its names read (they were dropped as an unknown label\'s)', () => {
    const text = [
      '2024年重点工作任务分工方案',
      '一、扩大有效投资',
      '1.推进重大项目建设。（牵头单位：县发改局；县直责任单位：县财政局、县住建局；乡镇责任单位：各乡镇人民政府；完成时限：2024年12月底）',
      '2.推进城市更新。（牵头单位：县住建局；责任单位：县城管局；完成时限：2024年12月底）',
    ].join('\n');
    expect(tasks(text)).toEqual([
      [1, ['县发改局'], ['县财政局', '县住建局', '各乡镇人民政府']],
      [2, ['县住建局'], ['县城管局']],
    ]);
    const labels = parseDocument(text).plan!.tasks[0].fields.map((f) => f.label.text);
    expect(labels).toEqual(['牵头单位', '县直责任单位', '乡镇责任单位', '完成时限']);
  });
});

describe('tables parted by single spaces', () => {
  it('a list of names alone after the text is the helpers\', its lead deleted, and reported so', () => {
    const text = [
      '谯城区2025年政府工作报告重点工作任务分解表',
      '序号 重点工作任务 主要责任单位 协同配合单位',
      '1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,各乡镇人民政府',
      '2 一般公共预算收入增长5%左右。 区财政局 区税务局、区政府有关部门',
      '3 固定资产投资增长7.5%左右。 区工信局、区住建局。',
      '4 社会消费品零售总额增长8.2%左右。 区商务局 区发改委、区市场监管局。',
    ].join('\n');
    expect(tasks(text)[2]).toEqual([3, [], ['区工信局', '区住建局']]);
    expect(diagnostics(text)).toEqual([['missing-lead', 4]]);
  });

  it('a row that wrote its text alone on its line: the lines of names after it are its cells, and the rows after are read', () => {
    const text = [
      '谯城区2025年政府工作报告重点工作任务分解表',
      '序号 重点工作任务 主要责任单位 协同配合单位',
      '1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,各乡镇人民政府',
      '2 一般公共预算收入增长5%左右。',
      '区税务局',
      '区政府有关部门,各乡镇人民政府。',
      '3 固定资产投资增长7.5%左右。 区发改委 区工信局、区住建局。',
    ].join('\n');
    expect(tasks(text)).toEqual([
      [1, ['区发改委'], ['区政府各部门', '各乡镇人民政府']],
      [2, ['区税务局'], ['区政府有关部门', '各乡镇人民政府']],
      [3, ['区发改委'], ['区工信局', '区住建局']],
    ]);
  });

  it('a line of names after a row whose last cell is its deadline is no more of the deadline', () => {
    const text = [
      '2024年市政府工作报告量化指标任务分工',
      '',
      '序号 工 作 任 务 牵头负责部门 完成时限',
      '1 全市地区生产总值增长6%左右 市发展改革委 2024年12月底',
      '2 城镇新增就业4.5万人以上 市人力资源社会保障局 2024年12月底',
      '市统计局',
      '3 居民人均可支配收入增长6.5% 市统计局 2024年12月底',
    ].join('\n');
    expect(diagnostics(text).filter(([r]) => r === 'deadline-unreadable')).toEqual([]);
    expect(parseDocument(text).plan!.tasks[1].deadline?.date).toBe('2024-12-31');
  });
});
