/**
 * A heading whose line goes on past its title (`（一）产业提升人才行动计划。围绕发展战略性主导产业，…实施如下重点项目：`, 广州
 * 2012): a reader names it by the words up to the first full stop. `fengong parse` showed the whole paragraph as the
 * section's title and in every task's section path. The model keeps the whole line (the rules read it).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { documentSymbols, ledger, statistics } from '../../server/src/core/features';
import { documentJson } from '../../server/src/cli/documentJson';
import { lint } from '../../server/src/core/rules';

const TEXT = [
  '关于推进人才集聚工程的实施意见',
  '　　一、实施六大人才行动计划',
  '　　（一）产业提升人才行动计划。围绕发展战略性主导产业，以提升产业竞争力为核心，实施如下重点项目：',
  '　　1.战略性主导产业紧缺人才开发项目。5年内重点引进和培养1万名左右企业紧缺人才。（牵头单位：市发展改革委，配合单位：市人力资源和社会保障局）',
  '　　2.企业家培养项目。每年选派100名企业家赴国内外知名高校培训。（牵头单位：市经贸委，配合单位：市人力资源和社会保障局）',
  '　　（二）科技创新人才行动计划。',
  '　　3.创新团队引进项目。5年内引进20个左右科研创新团队。（牵头单位：市科技和信息化局，配合单位：市财政局）',
].join('\n');

describe('a heading that goes on past its title', () => {
  it('is named by its first sentence in the parse output, the outline and the task ledger; a one-sentence title stays whole', () => {
    const doc = parseDocument(TEXT);
    expect(statistics(doc).sections.map((s) => s.title)).toEqual(['一、实施六大人才行动计划', '（一）产业提升人才行动计划。', '（二）科技创新人才行动计划。']);
    expect(ledger(doc).map((r) => r.section.join(' / '))).toEqual([
      '一、实施六大人才行动计划 / （一）产业提升人才行动计划。',
      '一、实施六大人才行动计划 / （一）产业提升人才行动计划。',
      '一、实施六大人才行动计划 / （二）科技创新人才行动计划。',
    ]);
    // `fengong parse --format json`: the sections' titles and each task's path of titles.
    const json = documentJson('x.txt', doc);
    expect(json.sections[0].sections.map((s) => s.title)).toEqual(['产业提升人才行动计划。', '科技创新人才行动计划。']);
    expect(json.tasks.map((t) => t.section)).toEqual([
      ['实施六大人才行动计划', '产业提升人才行动计划。'],
      ['实施六大人才行动计划', '产业提升人才行动计划。'],
      ['实施六大人才行动计划', '科技创新人才行动计划。'],
    ]);
    type Symbol = { name: string; children?: Symbol[] };
    const names = (xs: Symbol[]): string[] => xs.flatMap((x) => [x.name, ...names(x.children ?? [])]);
    expect(names(documentSymbols(doc) as Symbol[]).find((n) => n.includes('产业提升'))).toBe('（一）产业提升人才行动计划');
  });

  it('the model keeps the heading whole, and a task every word of its line', () => {
    const doc = parseDocument(TEXT);
    expect(doc.plan!.tasks[0].path[1].title.text).toBe('产业提升人才行动计划。围绕发展战略性主导产业，以提升产业竞争力为核心，实施如下重点项目：');
    expect(doc.plan!.tasks[0].text.text).toBe('战略性主导产业紧缺人才开发项目。5年内重点引进和培养1万名左右企业紧缺人才。');
  });
});

describe('a paragraph under a short heading, its phrases listed with 、 alone (hunt 19: a county 安委会 工作要点)', () => {
  const text = [
    '2021年工作要点',
    '',
    '一、工作目标',
    '',
    '坚决遏制重特大事故、有效防范较大事故、全力压降一般事故。',
    '',
    '二、重点工作',
    '',
    '1.广泛开展专题宣传教育培训。(牵头单位:县委宣传部)',
    '',
    '2.扎实推动重要决策部署落地生根。(牵头单位:县应急管理局)',
  ].join('\n');

  it('introduces the part: the heading keeps its title, the paragraph is its intro, and empty-section is not reported', () => {
    const doc = parseDocument(text);
    const part = doc.plan!.children[0];
    expect(part.type === 'section' && [part.title.text, part.intro?.text]).toEqual(['工作目标', '坚决遏制重特大事故、有效防范较大事故、全力压降一般事故。']);
    expect(lint(doc, { today: '2021-06-01' }).map((d) => d.rule)).toEqual([]);
  });
});

describe('a group heading closed by its full stop (hunt 21: 鄂政发 2018, a traditional-script mirror)', () => {
  const TEXT = [
    '《政府工作报告》重点工作责任分解',
    '一、坚决打好三大攻坚战',
    '打好防范化解重大风险攻坚战。',
    '1、规范政府举债行为,依法处置隐性债务。牵头单位:省财政厅;责任单位:省发改委、省审计厅,各市州政府。',
    '2、开展非法金融活动专项整治。牵头单位:省政府金融办;责任单位:省公安厅、省商务厅。',
    '打好精准脱贫攻坚战。',
    '3、深入推进产业扶贫。牵头单位:省扶贫办;责任单位:省农业厅、省财政厅。',
    '二、推动经济高质量发展',
    '4、加快建设制造强省。牵头单位:省经信委;责任单位:省发改委、省科技厅。',
  ];
  const paths = (doc: ReturnType<typeof parseDocument>) => doc.plan!.tasks.map((t) => t.path.map((s) => s.title.text).join(' / '));

  it('heads the tasks under it, as without the stop (it was glued to the part\'s title, and the next one lost)', () => {
    const doc = parseDocument(TEXT.join('\n'));
    expect(paths(doc)).toEqual([
      '坚决打好三大攻坚战 / 打好防范化解重大风险攻坚战。',
      '坚决打好三大攻坚战 / 打好防范化解重大风险攻坚战。',
      '坚决打好三大攻坚战 / 打好精准脱贫攻坚战。',
      '推动经济高质量发展',
    ]);
    const group = doc.plan!.tasks[2].path[1];
    expect(group.title.range).toEqual({ start: { line: 5, character: 0 }, end: { line: 5, character: 10 } });
    expect(lint(doc, { today: '2018-03-01' })).toEqual([]);
  });

  it('not a task\'s last words a wrap carried over, nor a target with a figure', () => {
    // The task names no fields: the short line may be the end of its text.
    const wrapped = parseDocument(['2024年重点任务分工方案', '一、重点任务', '1.推进道路改造工程，完成', '主干道提升工程。', '2.建设社区服务中心。'].join('\n'));
    expect(wrapped.plan!.tasks.map((t) => [t.text.text, t.path.length])).toEqual([
      ['推进道路改造工程，完成\n主干道提升工程。', 1],
      ['建设社区服务中心。', 1],
    ]);
    const target = parseDocument(TEXT.join('\n').replace('打好精准脱贫攻坚战。', '全年完成投资100亿元。'));
    expect(paths(target)[2]).not.toContain('100亿元');
  });
});
