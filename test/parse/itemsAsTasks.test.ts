/**
 * `1、经济发展` / `(1)建设丙园区。(牵头单位:…)` / `(2)…(牵头单位:…)`: a line with no fields of its own whose
 * items each name their lead is a heading, and the items are the tasks. Read as one task it held every
 * item's lead and only the first item's deadline.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';
import { modelJson } from '../helpers/modelJson';

const PLAN = [
  '乙区2024年重点工作任务分解',
  '1、经济发展',
  '(1)建设丙园区。(牵头单位:区发改局;责任单位:区财政局;完成时限:2024年6月底)',
  '(2)新开工项目30个。(牵头单位:区发改局;责任单位:各街道;完成时限:2024年12月底)',
  '2、民生保障',
  '(1)新增就业2000人。(牵头单位:区人社局;责任单位:各街道;完成时限:2024年12月底)',
  '(2)新建幼儿园两所。(牵头单位:区教育局;责任单位:区财政局;完成时限:2024年9月底)',
];
const summary = (text: string) =>
  parseDocument(text).plan!.tasks.map((t) => [t.numbering.marker.text, t.path.map((s) => s.title.text).join('/'), t.leadUnits.map((u) => u.name).join('、'), t.deadline?.date ?? null]);

describe('items that each name their lead are the tasks', () => {
  it('each item is a task under its heading, with its own lead and deadline, at exact ranges', () => {
    const doc = parseDocument(PLAN.join('\n'));
    expect(summary(PLAN.join('\n'))).toEqual([
      ['(1)', '经济发展', '区发改局', '2024-06-30'],
      ['(2)', '经济发展', '区发改局', '2024-12-31'],
      ['(1)', '民生保障', '区人社局', '2024-12-31'],
      ['(2)', '民生保障', '区教育局', '2024-09-30'],
    ]);
    const t = doc.plan!.tasks[3];
    expect([t.line, t.text.text, t.range.start, t.deadline?.range]).toEqual([
      6,
      '新建幼儿园两所。',
      { line: 6, character: 0 },
      { start: { line: 6, character: PLAN[6].indexOf('2024年9月底') }, end: { line: 6, character: PLAN[6].indexOf('2024年9月底') + 8 } },
    ]);
    expect(doc.plan!.sections.map((s) => [s.numbering?.marker.text, s.title.text, s.fields.length])).toEqual([
      ['1、', '经济发展', 0],
      ['2、', '民生保障', 0],
    ]);
    expect(lint(doc, { today: '2024-01-01' })).toEqual([]);
  });

  it('a damaged copy: the second item\'s deadline out of the plan year and one item\'s lead deleted are each reported at that item', () => {
    const lines = PLAN.slice();
    lines[3] = lines[3].replace('2024年12月底', '2025年12月底');
    lines[5] = lines[5].replace('牵头单位:区人社局;', '');
    const ds = lint(parseDocument(lines.join('\n')), { today: '2024-01-01' });
    expect(ds.map((d) => [d.rule, d.range.start.line])).toEqual([
      ['deadline-out-of-range', 3],
      ['missing-lead', 5],
    ]);
  });

  it('beside such a heading, a heading of one item is a heading too (the numbering stays one scheme)', () => {
    const text = ['乙区2024年重点工作任务分解', '一、经济发展', '(一)工业', '1.推进丙园区建设', PLAN[2], PLAN[3], '2.扩大有效投资', PLAN[5]].join('\n');
    expect(summary(text)).toEqual([
      ['(1)', '经济发展/工业/推进丙园区建设', '区发改局', '2024-06-30'],
      ['(2)', '经济发展/工业/推进丙园区建设', '区发改局', '2024-12-31'],
      ['(1)', '经济发展/工业/扩大有效投资', '区人社局', '2024-12-31'],
    ]);
    expect(lint(parseDocument(text), { today: '2024-01-01' })).toEqual([]);
  });

  it('items stay a task\'s where a sibling task names its own lead, or where the task names it', () => {
    const mixed = ['某区2025年重点工作任务分工方案', '一、稳增长', '1.扩大有效投资。(牵头单位:区发改局;责任单位:区财政局)', '2.促进消费', '(1)开展促消费活动。(牵头单位:区商务局;责任单位:各街道)', '(2)培育夜间经济。(牵头单位:区文旅局;责任单位:各街道)', '3.稳定外贸。(牵头单位:区商务局;责任单位:区财政局)'];
    expect(summary(mixed.join('\n')).map((r) => r[0])).toEqual(['1.', '2.', '3.']);
    expect(parseDocument(mixed.join('\n')).plan!.tasks[1].leadUnits.map((u) => u.name)).toEqual(['区商务局', '区文旅局']);
    const own = ['乙区2024年重点工作任务分解', '1、经济发展。(牵头单位:区发改局)', PLAN[2], PLAN[3], '2、民生保障。(牵头单位:区人社局)', PLAN[5], PLAN[6]];
    expect(summary(own.join('\n')).map((r) => r[0])).toEqual(['1、', '2、']);
  });

  it('items of two levels, the upper with no fields (（1）城镇居民 / ①…（牵头单位：…）): the lower are the tasks, under the upper (楚雄 2021)', () => {
    const twoLevels = ['某县2024年重点工作分工方案', '一、民生工程', '1.居民增收工程', '（1）城镇居民', '①稳定就业岗位。（牵头单位：县人社局）', '②扶持创业500人。（牵头单位：县财政局）', '（2）农村居民', '①发展特色产业。（牵头单位：县农业农村局）'];
    expect(summary(twoLevels.join('\n')).map((r) => r[0])).toEqual(['①', '②', '①']);
    // An upper item with fields of its own keeps the items a task's.
    const upperOwn = twoLevels.map((l) => (l === '（1）城镇居民' ? '（1）城镇居民。（牵头单位：县人社局）' : l));
    expect(summary(upperOwn.join('\n')).map((r) => r[0])).toEqual(['1.']);
  });

  it('an edit inside such a plan gives what a full parse gives', () => {
    const text = PLAN.join('\n');
    const prev = parseDocument(text);
    const edited = text.replace('新开工项目30个', '新开工项目31个');
    expect(modelJson(parseDocument(edited, prev))).toEqual(modelJson(parseDocument(edited)));
    const promotedAway = text.replace('(牵头单位:区发改局;责任单位:各街道;完成时限:2024年12月底)', '');
    expect(modelJson(parseDocument(promotedAway, prev))).toEqual(modelJson(parseDocument(promotedAway)));
  });

  describe('a decimal outline 1 / 1.1 / 1.1.1', () => {
    const text = [
      '某区2025年重点工作任务分工方案',
      '1 稳增长',
      '1.1 扩大投资',
      '1.1.1 推进重大项目建设。(牵头单位:区发改局;责任单位:区财政局)',
      '1.1.2 加快专项债使用。(牵头单位:区财政局;责任单位:区发改局)',
      '1.2 促进消费',
      '1.2.1 开展促消费活动。(牵头单位:区商务局;责任单位:各街道)',
      '1.2.2 培育夜间经济。(牵头单位:区商务局;责任单位:各街道)',
      '2 惠民生',
      '2.1 就业',
      '2.1.1 稳就业。(牵头单位:区人社局;责任单位:各街道)',
    ];
    it('1.1 lines are headings and 1.1.1 lines the tasks, a part of one item included; no numbering diagnostic', () => {
      expect(summary(text.join('\n')).map((r) => [r[0], r[1]])).toEqual([
        ['1', '1 稳增长/扩大投资'],
        ['2', '1 稳增长/扩大投资'],
        ['1', '1 稳增长/促进消费'],
        ['2', '1 稳增长/促进消费'],
        ['1', '2 惠民生/就业'],
      ]);
      expect(lint(parseDocument(text.join('\n')), { today: '2025-01-01' })).toEqual([]);
    });
    it('a damaged copy: 1.2.2 written 1.2.3 is one gap, at its last part', () => {
      const lines = text.slice();
      lines[7] = lines[7].replace('1.2.2', '1.2.3');
      const ds = lint(parseDocument(lines.join('\n')), { today: '2025-01-01' });
      expect(ds.map((d) => [d.rule, d.range.start])).toEqual([['numbering-gap', { line: 7, character: 4 }]]);
    });
  });

  // A 营商环境 工作方案 names no lead: each `(1)` item closes with its 责任单位 and 完成时限. Read as one task, the
  // heading held every item's units, the first item's deadline, and an item's missing fields went unseen.
  it('items that each name their 责任单位 (a plan naming no lead) are the tasks too; a damaged item is reported there', () => {
    const lines = [
      '2022年度青禾州优化营商环境工作方案',
      '一、重点任务',
      '1.优化企业开办服务',
      '(1)全面实现“一网通办”。(责任单位:州市场监管局,完成时限:2022年6月底)',
      '(2)压缩开办时间。(责任单位:州市场监管局、州税务局,完成时限:2022年12月底)',
      '2.优化工程建设项目审批',
      '(1)推行告知承诺制。(责任单位:州住建局,完成时限:2022年9月底)',
      '(2)推进联合验收。(责任单位:州住建局、州自然资源局,完成时限:2022年12月底)',
    ];
    const doc = parseDocument(lines.join('\n'));
    expect(doc.plan!.tasks.map((t) => [t.numbering.marker.text, t.path.map((x) => x.title.text).join('/'), t.units.map((u) => u.name).join('、'), t.deadline?.date])).toEqual([
      ['(1)', '重点任务/优化企业开办服务', '州市场监管局', '2022-06-30'],
      ['(2)', '重点任务/优化企业开办服务', '州市场监管局、州税务局', '2022-12-31'],
      ['(1)', '重点任务/优化工程建设项目审批', '州住建局', '2022-09-30'],
      ['(2)', '重点任务/优化工程建设项目审批', '州住建局、州自然资源局', '2022-12-31'],
    ]);
    const damaged = lines.map((l, i) => (i === 6 ? '(1)推行告知承诺制。' : l));
    expect(lint(parseDocument(damaged.join('\n')), { today: '2022-03-01' }).map((d) => [d.rule, d.range.start.line])).toEqual([
      ['missing-deadline', 6],
      ['missing-units', 6],
    ]);
  });
});
