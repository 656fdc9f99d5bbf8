/** Counts a document states about itself, and what is content. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { readStatedCount } from '../../server/src/core/parse/counts';
import { lint } from '../../server/src/core/rules';

const span = (text: string) => ({ text, range: { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } } });
const value = (text: string) => readStatedCount(span(text), 'section', 'heading')?.value ?? null;

describe('stated counts', () => {
  it.each([
    ['二、重点工作(共135项)', 135],
    ['2023年区政府重点工作责任分解方案(共计121项)', 121],
    ['第一部分 数字产业化（3项）', 3],
    ['一、民生保障(12项任务)', 12],
    ['（一）做强制造业（ 4 项 ）', 4],
    // Content, not a count of the section's tasks:
    ['一、落实8方面25项任务', null],
    ['（二）完成3项改革（2024—2025年）', null],
    ['三、建设10个项目（含3项续建）', null],
  ])('%s', (text, expected) => expect(value(text)).toBe(expected));

  it('a heading whose bracketed count is wrong is reported at the number', () => {
    const lines = [
      '2024年重点任务分工方案',
      '',
      '第一部分 数字产业化（4项）',
      '（一）做强电子信息制造业',
      ...['推进集成电路项目建设', '培育新型显示产业集群', '建设软件产业园'].flatMap((t, i) => [`${i + 1}.${t}。`, '牵头单位：市发展改革委', '完成时限：2024年12月底']),
    ];
    const d = lint(parseDocument(lines.join('\n')), { today: '2024-01-01' });
    const at = lines[2].indexOf('4');
    expect(d.map((x) => [x.rule, x.range])).toEqual([['count-mismatch', { start: { line: 2, character: at }, end: { line: 2, character: at + 1 } }]]);
    expect(d[0].fixes?.[0].edits[0].newText).toBe('3');
  });

  describe("a count in the plan's preamble (between its title and first heading)", () => {
    const plan = (preamble: string[], title = '2024年区政府重点工作任务分工方案') => [
      title,
      ...preamble,
      '一、扩大有效投资',
      '1.推进重大项目建设。（牵头单位：区发改局；完成时限：2024年12月底）',
      '2.加快推进城市更新。（牵头单位：区住建局；完成时限：2024年10月底）',
      '二、优化营商环境',
      '3.深化“放管服”改革。（牵头单位：区政务服务局；完成时限：2024年6月底）',
    ];
    const counts = (lines: string[]) => lint(parseDocument(lines.join('\n')), { today: '2024-01-01' }).filter((d) => d.rule === 'count-mismatch');

    it('is read when it is wrong, at its number, with a fix', () => {
      const lines = plan(['　　为确保目标任务落到实处，现将4项重点任务分解如下：', '　　各牵头单位要会同责任单位抓好落实。']);
      const doc = parseDocument(lines.join('\n'));
      expect(doc.plan!.titleText).toBe('2024年区政府重点工作任务分工方案');
      expect(doc.plan!.statedTotal).toMatchObject({ value: 4, source: 'plan-preamble', span: { text: '将4项重点任务' } });
      const [d] = counts(lines);
      expect(d.range).toEqual({ start: { line: 1, character: 16 }, end: { line: 1, character: 17 } });
      expect(d.message).toBe('方案说明写明“将4项重点任务”，实际有3项任务');
      expect(d.fixes![0].edits).toEqual([{ range: d.range, newText: '3' }]);
    });

    it('（共N项） in the preamble is read too, and a right count gives nothing', () => {
      expect(counts(plan(['现将重点任务分解如下（共4项）：']))[0].range).toEqual({ start: { line: 1, character: 12 }, end: { line: 1, character: 13 } });
      expect(counts(plan(['现将3项重点任务分解如下：']))).toEqual([]);
    });

    it('`分解为7大方面、80项` (宝山 2008): the work cut into so many items is a count, at its number', () => {
      const line = '2024年区政府主要工作任务分解为2大方面、4项。';
      const [d] = counts(plan([line]));
      expect(d.message).toBe('方案说明写明“分解为2大方面、4项”，实际有3项任务');
      expect(d.range).toEqual({ start: { line: 1, character: line.indexOf('4项') }, end: { line: 1, character: line.indexOf('4项') + 1 } });
      expect(counts(plan(['2024年区政府主要工作任务分解为2大方面、3项。']))).toEqual([]);
      // The number of parts alone (`分解为7大方面。`) is no count of tasks.
      expect(parseDocument(plan(['主要工作任务分解为7大方面。']).join('\n')).plan!.statedTotal).toBeNull();
    });

    it('a title in book-title marks with its count after them (`《…实施细则》(共4项)`) keeps both', () => {
      const doc = parseDocument(plan([], '《关于进一步稳定经济增长的具体实施细则》(共4项)').join('\n'));
      expect(doc.plan!.titleText).toBe('《关于进一步稳定经济增长的具体实施细则》(共4项)');
      expect(doc.plan!.statedTotal).toMatchObject({ value: 4, source: 'plan-title' });
    });

    it("the title's own count wins over the preamble's", () => {
      const doc = parseDocument(plan(['现将4项重点任务分解如下：'], '2024年区政府重点工作任务分工方案（共3项）').join('\n'));
      expect(doc.plan!.statedTotal).toMatchObject({ value: 3, source: 'plan-title' });
    });

    it('a preamble longer than three paragraphs is not taken for one, and nor is a title-like line', () => {
      const long = plan(['第一段背景。', '第二段背景。', '第三段背景。', '第四段背景，现将4项重点任务分解如下：']);
      expect(parseDocument(long.join('\n')).plan?.statedTotal ?? null).toBeNull();
      const subtitle = plan(['区发展和改革局', '现将4项重点任务分解如下：']);
      expect(parseDocument(subtitle.join('\n')).plan?.statedTotal ?? null).toBeNull();
    });
  });

  describe('a count in brackets in the notice, after what it covers', () => {
    const notice = (count: string) => [
      '乙区人民政府办公室关于印发2024年重点工作责任分工的通知',
      '各街道,区直各单位:',
      `为抓好区政府工作报告所列重点工作的落实(${count}),现将《2024年重点工作责任分工》印发给你们,请认真落实。`,
      '乙区人民政府办公室',
      '2024年2月1日',
      '2024年重点工作责任分工',
      '一、经济发展',
      '1.建设丙园区。(牵头单位:区发改局;责任单位:区财政局)',
      '2.新开工项目30个。(牵头单位:区发改局;责任单位:各街道)',
    ];
    it('is checked against the tasks, at its number', () => {
      const lines = notice('共3项,此外所列重点项目另行调度督查');
      const d = lint(parseDocument(lines.join('\n')), { today: '2024-02-02' });
      const at = lines[2].indexOf('共3项') + 1;
      expect(d.map((x) => [x.rule, x.message, x.range])).toEqual([['count-mismatch', '通知正文写明“共3项”，实际有2项任务', { start: { line: 2, character: at }, end: { line: 2, character: at + 1 } }]]);
    });
    it('a right count gives nothing, and a bracket of other things is no count', () => {
      expect(lint(parseDocument(notice('共2项').join('\n')), { today: '2024-02-02' })).toEqual([]);
      expect(lint(parseDocument(notice('共3项资金').join('\n')), { today: '2024-02-02' })).toEqual([]);
    });
  });
});
