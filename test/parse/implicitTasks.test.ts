/**
 * Lists that do not number their tasks: a 规划纲要 分工 (`（一）约束性指标` / `耕地保有量保持在100万亩。（市自然资源局牵头）`),
 * bullets, `第一条`, `一是…二是…`. Under a heading that stands complete on its line, a sentence closed by a
 * bracket of roles is a task, numbered by its place; the numbering rules pass such tasks by.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';
import { documentSymbols, renumberPlan } from '../../server/src/core/features';

const PLAN = [
  '某某市“十四五”规划纲要主要目标和任务工作分工',
  '一、主要目标和任务分工安排',
  '（一）约束性指标',
  '耕地保有量保持在100万亩。（市自然资源局牵头）',
  '单位工业增加值用水量达到省要求标准。（市水利局、市发展改革委等部门按职责分工负责）',
  '单位地区生产总值能耗降低完成省下达目标。（市发展改革委牵头）',
  '（二）预期性指标',
  '城镇新增就业每年3万人。（市人社局牵头）',
  '居民人均可支配收入增长与经济增长同步。（市发展改革委牵头，市统计局配合）',
];
const rows = (text: string) => parseDocument(text).plan!.tasks.map((t) => [t.line, t.numbering.value, t.path.map((s) => s.title.text).join('/'), t.text.text, t.leadUnits.map((u) => u.name).join('、')]);

describe('tasks without a number', () => {
  it('each sentence closed by its roles is a task under its heading, at exact ranges, and nothing is reported', () => {
    const doc = parseDocument(PLAN.join('\n'));
    expect(rows(PLAN.join('\n'))).toEqual([
      [3, 1, '主要目标和任务分工安排/约束性指标', '耕地保有量保持在100万亩。', '市自然资源局'],
      [4, 2, '主要目标和任务分工安排/约束性指标', '单位工业增加值用水量达到省要求标准。', '市水利局、市发展改革委'],
      [5, 3, '主要目标和任务分工安排/约束性指标', '单位地区生产总值能耗降低完成省下达目标。', '市发展改革委'],
      [7, 1, '主要目标和任务分工安排/预期性指标', '城镇新增就业每年3万人。', '市人社局'],
      [8, 2, '主要目标和任务分工安排/预期性指标', '居民人均可支配收入增长与经济增长同步。', '市发展改革委'],
    ]);
    const t = doc.plan!.tasks[3];
    expect([t.numbering.implicit, t.numbering.marker.range, t.range]).toEqual([true, { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, { start: { line: 7, character: 0 }, end: { line: 7, character: PLAN[7].length } }]);
    expect(lint(doc, { today: '2021-06-01' })).toEqual([]);
    expect(renumberPlan(doc)).toEqual([]);
    const outline = documentSymbols(doc).find((s) => s.kind === 'plan')!;
    expect(outline.children[0].children[0].children.map((c) => c.name)).toEqual(['耕地保有量保持在100万亩', '单位工业增加值用水量达到省要求标准', '单位地区生产总值能耗降低完成省下达目标']);
  });

  it('a damaged copy: a task whose roles were deleted is still a task, and its missing lead is reported at it', () => {
    const lines = PLAN.slice();
    lines[5] = '单位地区生产总值能耗降低完成省下达目标。';
    const ds = lint(parseDocument(lines.join('\n')), { today: '2021-06-01' });
    expect(ds.map((d) => [d.rule, d.range.start.line])).toEqual([['missing-lead', 5]]);
  });

  it('bullets, 第一条 and 一是 lists read the same way', () => {
    for (const [a, b] of [
      ['●扩大有效投资。推进重大项目建设。(牵头单位：区发改局；责任单位：区财政局)', '●促进消费。开展促消费活动。(牵头单位：区商务局；责任单位：各街道)'],
      ['第一条 扩大有效投资。(牵头单位:区发改局;责任单位:区财政局)', '第二条 促进消费。(牵头单位:区商务局;责任单位:各街道)'],
      ['一是扩大有效投资,推进重大项目建设。(牵头单位:区发改局;责任单位:区财政局)', '二是促进消费,开展促消费活动。(牵头单位:区商务局;责任单位:各街道)'],
    ]) {
      const text = ['某区2025年重点工作任务分工方案', '', '一、稳增长', a, b].join('\n');
      expect(parseDocument(text).plan!.tasks.map((t) => t.leadUnits.map((u) => u.name).join())).toEqual(['区发改局', '区商务局']);
      expect(lint(parseDocument(text), { today: '2025-01-01' })).toEqual([]);
    }
  });

  it('a heading over a paragraph with no roles keeps it as its intro; a numbered plan is read as before', () => {
    const intro = ['2024年重点任务分工方案', '一、指导思想', '坚持稳中求进工作总基调，推动高质量发展。', '二、重点任务', '1.推进项目建设。（牵头单位：区发改局）', '2.推进招商引资。（牵头单位：区商务局）'].join('\n');
    expect(rows(intro).map((r) => r[1])).toEqual([1, 2]);
    expect(parseDocument(intro).plan!.tasks.every((t) => !t.numbering.implicit)).toBe(true);
  });

  it('a paragraph of sentences that closes on a colon (`…分工安排的主要原则:`) is the heading\'s intro, not more of its title (长春 2012: the outline showed the part as three paragraphs)', () => {
    const text = [
      '长春市人民政府办公厅关于落实长春市国民经济和社会发展第十二个五年规划纲要主要目标和任务工作分工的通知',
      '一、分工原则',
      '推动《纲要》顺利实施,主要依靠发挥市场配置资源的基础性作用。同时,各级政府要正确履行职责,保障《纲要》目标和任务完成。分工安排的主要原则:',
      '一是正确处理政府与市场的关系。在充分发挥市场作用的基础上,重点明确政府责任。',
      '二、主要目标和任务分工安排',
      ...PLAN.slice(2),
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.plan!.sections.map((s) => [s.title.text, s.intro?.range.start.line ?? null])).toEqual([
      ['分工原则', 2],
      ['主要目标和任务分工安排', null],
    ]);
    expect(rows(text).map((r) => r[1])).toEqual([1, 2, 3, 1, 2]);
  });

  it('an edit inside such a plan gives what a full parse gives', () => {
    const text = PLAN.join('\n');
    const prev = parseDocument(text);
    const edited = text.replace('100万亩', '101万亩');
    expect(JSON.stringify(parseDocument(edited, prev).plan!.tasks.map((t) => [t.text.text, t.range]))).toBe(JSON.stringify(parseDocument(edited).plan!.tasks.map((t) => [t.text.text, t.range])));
  });
});
