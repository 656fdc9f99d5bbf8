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
