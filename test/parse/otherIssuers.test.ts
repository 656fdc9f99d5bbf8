/**
 * The same family of documents from other issuers: a university's 工作要点 任务分解 (校领导 labels), a
 * 政务公开工作要点 whose item lists clauses with 、, each closed by its own roles (江西's county 要点).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';
import { titleYears } from '../../server/src/core/parse/titleYears';

const keys = (text: string) => lint(parseDocument(text), { today: '2024-03-01' }).map((d) => `${d.rule}@${d.range.start.line}`);

describe('a university\'s 工作要点 任务分解: 校领导 / 院领导 are leader labels', () => {
  const TEXT = [
    '某某学院2024年工作要点任务分解',
    '一、加强党的建设',
    '1.深入学习贯彻党的二十大精神。（牵头校领导：党委书记；牵头部门：党委宣传部；协同部门：各二级党组织；完成时间：全年）',
    '2.开展中层干部考核。',
    '牵头部门：党委组织部',
    '协同部门：人事处',
    '完成时间：12月底前',
    '分管校领导：党委副书记',
    '3.实施青年教师培养计划。',
    '牵头部门：人事处',
    '协同部门：各学院',
    '完成时间：2024年9月底',
    '分管校领导：副校长',
    '4.推进党建示范创建。',
    '责任校领导：党委副书记',
    '牵头部门：党委组织部',
    '协同部门：各学院党委',
    '完成时间：长期坚持',
    '',
  ].join('\n');
  const doc = parseDocument(TEXT);

  it('reads the leader of every task, wherever its line stands, and keeps it out of the text and the headings', () => {
    expect(doc.plan!.tasks.map((t) => t.leaders.map((u) => u.name))).toEqual([['党委书记'], ['党委副书记'], ['副校长'], ['党委副书记']]);
    expect(doc.plan!.tasks.map((t) => t.text.text)).toEqual(['深入学习贯彻党的二十大精神。', '开展中层干部考核。', '实施青年教师培养计划。', '推进党建示范创建。']);
    expect(doc.plan!.tasks.every((t) => t.path.length === 1)).toBe(true);
  });

  it('a damaged copy that drops one task\'s 校领导 line is reported there', () => {
    const damaged = TEXT.replace('分管校领导：副校长\n', '');
    expect(keys(TEXT)).toEqual([]);
    expect(keys(damaged)).toEqual(['missing-leader@8']);
  });
});

describe('an item whose clauses, listed with 、, each close with their roles', () => {
  const TEXT = [
    '2024年某某区政务公开工作要点',
    '一、紧扣中心工作，加强主动公开',
    '（一）做好重大部署信息公开。围绕产业集群建设推进项目公开（牵头单位：区发改委；责任单位：各街道）、打造区域消费中心（牵头单位：区商务局；责任单位：区市场监管局）、做好重大项目信息公开。（责任单位：区财政局）',
    '（二）做好营商环境信息公开。及时公开惠企政策。（牵头单位：区政务服务中心；责任单位：区直各部门）',
    '（三）做好民生信息公开。公开民生实事进展。（牵头单位：区民政局；责任单位：各街道）',
    '',
  ].join('\n');

  it('every clause\'s lead is the item\'s: no false missing-lead', () => {
    const doc = parseDocument(TEXT);
    expect(doc.plan!.tasks[0].leadUnits.map((u) => u.name)).toEqual(['区发改委', '区商务局']);
    expect(keys(TEXT)).toEqual([]);
  });

  it('a labelled bracket closing a sentence inside the item is read, whatever its role: `…公开。（责任单位：区财政局），深化…`', () => {
    const doc = parseDocument(TEXT.replace('、做好重大项目信息公开。（责任单位：区财政局）', '、做好重大项目信息公开。（责任单位：区财政局），深化国企改革。（责任单位：区国资中心）'));
    expect(doc.plan!.tasks[0].units.map((u) => u.name)).toEqual(['各街道', '区市场监管局', '区财政局', '区国资中心']);
  });

  it('a bracket that is a note, not roles, before a 、 stays text: `（含2条省道）、…`', () => {
    const doc = parseDocument(TEXT.replace('推进项目公开（牵头单位：区发改委；责任单位：各街道）、', '推进项目（含2个省级项目）、'));
    expect(doc.plan!.tasks[0].leadUnits.map((u) => u.name)).toEqual(['区商务局']);
    expect(doc.plan!.tasks[0].text.text).toContain('（含2个省级项目）、');
  });
});

describe('a plan title over two lines whose first ends as a title too (锦州 2025)', () => {
  const lines = (preamble: boolean) =>
    [
      '某某市人民政府',
      '2025年1月25日',
      '(此件公开发布)',
      '2025年市《政府工作报告》任务分解',
      '和责任分工方案',
      ...(preamble ? ['2025年市《政府工作报告》经市人代会审议通过。为做好今年政府工作,制定分工方案如下。'] : []),
      '一、主要预期目标',
      '1.地区生产总值增长6%。',
      '牵头领导:张某',
      '牵头单位:市发改委',
      '2.固定资产投资增长8%。',
      '牵头领导:张某',
      '牵头单位:市发改委',
      '',
    ].join('\n');
  it.each([true, false])('is one title, with a preamble after it: %s', (preamble) => {
    const doc = parseDocument(lines(preamble));
    expect(doc.plan!.titleText).toBe('2025年市《政府工作报告》任务分解和责任分工方案');
    expect(doc.plan!.tasks.length).toBe(2);
  });
});

describe('a 若干政策 whose parts name their lead and whose items carry no fields (鹿城 2025)', () => {
  const { readFileSync } = require('node:fs') as typeof import('node:fs');
  const { join } = require('node:path') as typeof import('node:path');
  const TEXT = readFileSync(join(__dirname, '..', 'corpus', 'heading-roles-policy.txt'), 'utf8');

  it('reads the items as tasks led by their part\'s unit, under the plan\'s title', () => {
    const doc = parseDocument(TEXT);
    expect(doc.kind).toBe('plan');
    expect(doc.plan!.titleText).toBe('鹿城区推动经济高质量发展若干政策(2025年版)');
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.path.map((s) => s.fields.map((f) => f.names.map((n) => n.name).join()).join()).join()])).toEqual([
      [1, '区科技局'],
      [2, '区科技局'],
      [3, '区经信局'],
      [5, '区经信局'],
    ]);
  });

  it('the items numbered on across the parts: only the planted skip is reported, and renumbering `(五)` is offered', () => {
    const line = TEXT.split('\n').findIndex((l) => l.startsWith('(五)'));
    const ds = lint(parseDocument(TEXT), { today: '2025-06-01' });
    expect(ds.map((d) => `${d.rule}@${d.range.start.line}`)).toEqual([`numbering-gap@${line}`]);
    expect(ds[0].fixes![0].edits[0].newText).toBe('四');
  });
});

describe('a part that names its lead `(由X牵头实施)` (苍南 2023 若干政策)', () => {
  it('leads the items under it, which carry no fields of their own', () => {
    const text = [
      '某县推动经济高质量发展若干政策',
      '一、扩大有效投资政策(由县发改局牵头实施)',
      '1.加大财政支持力度。围绕保障重大项目建设，安排资金2亿元。',
      '2.加强资金要素争取。开展专项债项目谋划储备。',
      '二、促进消费政策(由县商务局牵头实施)',
      '3.发放消费券。全年发放消费券1000万元。',
      '',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.kind).toBe('plan');
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.path[0].fields.flatMap((f) => f.names.map((n) => n.name))])).toEqual([
      [1, ['县发改局']],
      [2, ['县发改局']],
      [3, ['县商务局']],
    ]);
  });
});

describe('a title whose years, edition or status stand on the line under it (婺城 2025 若干政策举措, 三年行动计划)', () => {
  const lines = (qualifier: string) =>
    [
      '金华市婺城区人民政府关于印发关于推动经济高质量发展若干政策举措(2025年版)的通知',
      '各乡镇人民政府、街道办事处,区直属有关单位:',
      '《关于推动经济高质量发展若干政策举措(2025年版)》已经区政府同意,现印发给你们,请认真贯彻执行。',
      '金华市婺城区人民政府',
      '2025年4月1日',
      '(此件公开发布)',
      '关于推动经济高质量发展若干政策举措',
      qualifier,
      '为全面落实中央、省委、市委和区委经济工作会议决策部署,推动经济持续向好,特制定以下政策举措。',
      '一、强化科技创新(区科技局牵头)',
      '(一)加强科创平台效能建设。加快建设浙江光电子研究院,鼓励科研机构做好本地科技成果转化。',
      '(二)支持企业加大研发投入。对研发投入增长的企业给予奖励。',
      '',
    ].join('\n');
  it.each(['(2025年版)', '（2023—2025年）', '（2023-2025年）', '（试行）', '（征求意见稿）', '(共2项)'])('%s closes the title; the plan and its tasks are read', (qualifier) => {
    const doc = parseDocument(lines(qualifier));
    expect(doc.kind).toBe('plan');
    expect(doc.plan!.titleText).toBe(`关于推动经济高质量发展若干政策举措${qualifier}`);
    expect(doc.plan!.tasks.map((t) => t.numbering.value)).toEqual([1, 2]);
  });
  it('the plan\'s years come from the qualifier, and its stated total is checked', () => {
    expect(titleYears(parseDocument(lines('（2023—2025年）')).plan!.titleText)?.span).toEqual({ from: 2023, to: 2025 });
    const ds = lint(parseDocument(lines('(共3项)')), { today: '2025-06-01' });
    expect(ds.map((d) => `${d.rule}@${d.range.start.line}`)).toEqual(['count-mismatch@7']);
  });
  it('a bracket that is no qualifier (`（此件公开发布）`) is not taken into the title', () => {
    const doc = parseDocument(lines('（此件公开发布）'));
    expect(doc.plan?.titleText ?? '').not.toContain('此件');
  });
});

describe('a web copy\'s metadata block with both 发文日期 and 成文日期 (probe 22)', () => {
  it('the notice is dated when it was signed (成文日期), whichever the block writes first', () => {
    const text = [
      '索引号\t11320100014567890K/2025-00031\t主题分类\t综合政务',
      '发布机构\t某区人民政府办公室\t发文日期\t2025-02-25',
      '文号\t某政办发〔2025〕12号\t成文日期\t2025-02-17',
      '关于印发某区2025年重点工作任务分工方案的通知',
      '各街道办事处，区政府各部门：',
      '　　现将《某区2025年重点工作任务分工方案》印发给你们，请认真抓好落实。',
      '某区人民政府办公室',
      '2025年2月17日',
      '某区2025年重点工作任务分工方案',
      '1.地区生产总值增长5.5%左右。（牵头单位：区发改委；完成时限：2025年12月底）',
      '2.召开重点项目集中开工活动。（牵头单位：区发改委；完成时限：2025年2月20日）',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.metadata.issueDate?.date).toBe('2025-02-17');
    expect(lint(doc, { today: '2025-03-01' })).toEqual([]);
  });
});
