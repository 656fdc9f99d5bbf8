/**
 * Field labels a county bureau writes on lines of their own: a known label with a word before it that says whose it is
 * (`主要协作单位：`, `县直责任单位：`, `乡镇责任单位：`), and 负责科室 / 负责单位 as a column's name. The qualified lines were
 * read as headings (the tasks after them moved under a section named `主要协作单位:…`, their units lost); a `|` table
 * headed `重点任务 | 工作内容 | 负责科室` was read as nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

const TODAY = '2021-06-01';
const at = (line: number, a: number, b: number) => ({ start: { line, character: a }, end: { line, character: b } });
// 灵璧县卫健委 2021 (hunt d12), two tasks of five.
const LINGBI = [
  '县卫健委2021年政府工作报告任务分解',
  '',
  '1.落实积极应对人口老龄化国家战略,加快发展健康、养老、育幼、家政等服务业。',
  '',
  '牵头责任单位:县卫健委、县民政局',
  '',
  '主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门、有关直属单位',
  '',
  '2.加强重大公共卫生安全风险源头防控,切实保障人民群众生命安全',
  '',
  '牵头责任单位:县卫健委',
  '',
  '主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门、有关直属单位',
];

describe('a qualified label on a line of its own', () => {
  it('主要协作单位 is the units field: the tasks stay in no section, their units read at exact ranges', () => {
    const doc = parseDocument(LINGBI.join('\n'));
    const tasks = doc.plan!.tasks;
    expect(tasks.map((t) => [t.numbering.value, t.path.length, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name)])).toEqual([
      [1, 0, ['县卫健委', '县民政局'], ['各乡镇人民政府', '经济开发区管委会', '县政府有关部门', '有关直属单位']],
      [2, 0, ['县卫健委'], ['各乡镇人民政府', '经济开发区管委会', '县政府有关部门', '有关直属单位']],
    ]);
    const field = tasks[1].fields.find((f) => f.role === 'units')!;
    expect(field.label.range).toEqual(at(12, 0, '主要协作单位'.length));
    expect(field.label.text).toBe('主要协作单位');
    expect(tasks[1].units[0].written.range).toEqual(at(12, '主要协作单位:'.length, '主要协作单位:各乡镇人民政府'.length));
    expect(lint(doc, { today: TODAY })).toEqual([]);
  });

  it('县直责任单位 and 乡镇责任单位 on their own lines are both units fields; 主要配合单位 too', () => {
    const text = [
      '某县2024年重点工作任务分工方案',
      '1.推进县城老旧小区改造，完成改造小区20个。',
      '牵头单位：县住建局',
      '县直责任单位：县财政局、县发改委',
      '乡镇责任单位：各乡镇人民政府',
      '2.实施高标准农田建设3万亩。',
      '牵头单位：县农业农村局',
      '主要配合单位：县财政局',
    ].join('\n');
    const tasks = parseDocument(text).plan!.tasks;
    expect(tasks.map((t) => [t.leadUnits.map((u) => u.name), t.units.map((u) => u.name)])).toEqual([
      [['县住建局'], ['县财政局', '县发改委', '各乡镇人民政府']],
      [['县农业农村局'], ['县财政局']],
    ]);
  });

  it('the corpus copy whose task 4 lost its 主要协作单位 line: missing-units on task 4 alone, at its number and text', () => {
    const text = readFileSync(join(__dirname, '..', 'corpus', 'own-line-qualified-labels.txt'), 'utf8');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('4.创建国家卫生县城。'));
    const diagnostics = lint(parseDocument(text), { today: TODAY });
    expect(diagnostics.map((d) => [d.rule, d.range])).toEqual([['missing-units', at(line, 0, '4.创建国家卫生县城。'.length)]]);
  });
});

describe('a | table with no 序号 column whose answerable column is 负责科室', () => {
  const TABLE = [
    '某局2023年政务公开重点工作任务分解',
    '重点任务 | 工作内容 | 负责科室 |',
    '政策解读 | 对以我局起草的政策文件进行全面解读。 | 各责任科室 |',
    '回应关切 | 对群众普遍关注的社会热点问题及时、主动回应。 | 各业务科室 |',
    '政务服务 | 注重政务服务办理流程、办理结果等信息发布 | 综合科 |',
  ];
  it('reads each row as a task numbered by its place, the 科室 as its units', () => {
    const doc = parseDocument(TABLE.join('\n'));
    expect(doc.kind).toBe('plan');
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.numbering.implicit, t.text.text, t.units.map((u) => u.name)])).toEqual([
      [1, true, '政策解读', ['各责任科室']],
      [2, true, '回应关切', ['各业务科室']],
      [3, true, '政务服务', ['综合科']],
    ]);
    expect(doc.plan!.tasks[2].units[0].written.range).toEqual(at(4, TABLE[4].indexOf('综合科'), TABLE[4].indexOf('综合科') + 3));
    expect(lint(doc, { today: TODAY })).toEqual([]);
  });
});
