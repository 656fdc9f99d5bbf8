/**
 * A notice that attaches several plans (`附件1 …重点工作任务分工方案`, `附件2：…民生实事项目分工方案`): each
 * plan is read, numbered, counted and checked on its own. Everything after `附件2` was dropped
 * without a word, its defects unseen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';
import { codeLenses, completions, documentSymbols, foldingRanges, hover, renumberPlan, statistics, workspaceSymbols } from '../../server/src/core/features';
import { applyEdits } from '../../server/src/core/rules';
import { documentJson } from '../../server/src/cli/documentJson';
import { createRegistry, createRegistryFromDocument } from '../../server/src/core/registry';

const TEXT = readFileSync(join(__dirname, '..', 'corpus', 'attached-plans.txt'), 'utf8');
const LINES = TEXT.split('\n');
const TODAY = '2025-03-01';
const lineOf = (s: string) => LINES.findIndex((l) => l.includes(s));

describe('a notice attaching several plans', () => {
  const doc = parseDocument(TEXT);

  it('reads each plan with its own title, count and tasks; a blank form stays an appendix', () => {
    expect(doc.kind).toBe('plan');
    expect(doc.plans.map((p) => [p.titleText, p.statedTotal?.value, p.tasks.map((t) => t.numbering.value)])).toEqual([
      ['某县2025年政府工作报告重点工作任务分工方案（共5项）', 5, [1, 2, 1, 2, 3]],
      ['某县2025年民生实事项目分工方案（共5项）', 5, [1, 2, 3, 5]],
    ]);
    expect(doc.plan).toBe(doc.plans[0]);
    expect(doc.appendices.map((a) => a.title.text)).toEqual(['附件3']);
    // The second title is on the label's line, after `附件2：`.
    const title = doc.plans[1].title[0];
    expect(title.range).toEqual({ start: { line: lineOf('附件2：'), character: 4 }, end: { line: lineOf('附件2：'), character: 4 + title.text.length } });
    // Each plan's task indexes are its own; the second is a table, the first brackets.
    expect(doc.plans[1].tasks.map((t) => t.index)).toEqual([0, 1, 2, 3]);
    expect(doc.plans.map((p) => p.conventions.fieldLayout)).toEqual(['inline', 'table']);
    expect(doc.plans[0].range.end.line).toBeLessThan(doc.plans[1].range.start.line);
  });

  it('checks each plan on its own: its numbering, its count, its convention of fields', () => {
    const ds = lint(doc, { today: TODAY }).map((d) => [d.rule, d.range.start.line, d.range.start.character]);
    expect(ds).toEqual([
      ['missing-lead', lineOf('2.推进农村生活污水治理'), 0],
      ['count-mismatch', lineOf('附件2：'), 23],
      ['numbering-gap', lineOf('为65周岁以上老人'), 0],
      ['deadline-invalid', lineOf('为65周岁以上老人'), 26],
    ]);
    // The restart at plan 2's `1` is no duplicate, its `（共5项）` is checked against its own 4 tasks.
    expect(lint(doc, { today: TODAY }).find((d) => d.rule === 'count-mismatch')!.message).toBe('方案标题写明“（共5项）”，实际有4项任务');
  });

  it('a notice count of every plan together is the notice’s own sum', () => {
    const withSum = TEXT.replace('已经县政府同意', '共9项任务已经县政府同意').replace('（共5项）\n\n序号', '（共4项）\n\n序号').replace('\t2025年13月底', '\t2025年12月底').replace('\n5\t为65', '\n4\t为65');
    const d = parseDocument(withSum);
    expect(d.notice!.statedCounts.map((c) => c.value)).toEqual([9]);
    expect(lint(d, { today: TODAY }).map((x) => x.rule)).toEqual(['missing-lead']);
    // …and one that fits neither the first plan nor the sum is reported against the first plan.
    const wrong = lint(parseDocument(withSum.replace('共9项任务', '共7项任务')), { today: TODAY });
    expect(wrong.map((x) => [x.rule, x.message])).toContainEqual(['count-mismatch', '通知正文写明“共7项任务”，实际有5项任务']);
  });

  it('damaging the second plan is seen there: a deleted lead cell, a misspelt unit', () => {
    const noLead = TEXT.replace('改造老旧小区12个\t县住建局\t', '改造老旧小区12个\t\t');
    const ds = lint(parseDocument(noLead), { today: TODAY });
    expect(ds.filter((d) => d.rule === 'missing-lead').map((d) => d.range.start.line)).toEqual([lineOf('2.推进农村生活污水治理'), lineOf('改造老旧小区12个')]);
    const misspelt = TEXT.replace('新增公共停车泊位800个\t县住建局', '新增公共停车泊位800个\t县住建居');
    const reg = createRegistry(createRegistryFromDocument(doc));
    const unknown = lint(parseDocument(misspelt), { today: TODAY, registry: reg }).filter((d) => d.rule === 'unknown-unit');
    expect(unknown.map((d) => d.range.start.line)).toEqual([lineOf('新增公共停车泊位800个')]);
    // Without a registry names are counted plan by plan, and the message says so (damage hunt: it said 本文件).
    const once = TEXT.replace('改造老旧小区12个\t县住建局\t县财政局', '改造老旧小区12个\t县住建局\t县财正局');
    const near = lint(parseDocument(once), { today: TODAY }).filter((d) => d.rule === 'unknown-unit');
    expect(near.map((d) => [d.range.start.line, d.message])).toEqual([
      [lineOf('改造老旧小区12个'), '未知单位“县财正局”：只出现一次，与本方案出现2次的“县财政局”仅差1个字；是否应为“县财政局”？'],
    ]);
  });

  it('the outline, folding and workspace symbols show both plans', () => {
    const outline = documentSymbols(doc);
    expect(outline.map((s) => [s.kind, s.name, s.detail])).toEqual([
      ['notice', expect.stringContaining('某县人民政府办公室关于印发'), ''],
      ['plan', expect.stringContaining('某县2025年政府工作报告重点工作'), '5 项任务'],
      ['plan', expect.stringContaining('某县2025年民生实事项目分工方案'), '4 项任务'],
      ['appendix', '附件3', ''],
    ]);
    const folds = foldingRanges(doc).map((f) => f.startLine);
    expect(folds).toContain(doc.plans[1].range.start.line);
    expect(workspaceSymbols([{ uri: 'file:///a.txt', doc }], '老旧小区').map((s) => s.name)).toEqual(['2. 改造老旧小区12个']);
  });

  it('renumbering restarts in each plan and keeps every task text', () => {
    const fixed = applyEdits(doc, renumberPlan(doc));
    const again = parseDocument(fixed);
    expect(again.plans.map((p) => p.tasks.map((t) => t.numbering.value))).toEqual([
      [1, 2, 1, 2, 3],
      [1, 2, 3, 4],
    ]);
    expect(again.plans.flatMap((p) => p.tasks.map((t) => t.text.text))).toEqual(doc.plans.flatMap((p) => p.tasks.map((t) => t.text.text)));
  });

  it('the next task offered in the second plan follows its own numbering and layout', () => {
    const at = lineOf('为65周岁以上老人') + 1;
    const text = LINES.slice(0, at).join('\n') + '\n\n' + LINES.slice(at).join('\n');
    const d = parseDocument(text);
    const next = completions(d, { line: at, character: 0 }).find((c) => c.kind === 'task');
    // A table's row cannot be imitated by a block of lines: no next-task block is offered there.
    expect(next).toBeUndefined();
    const inFirst = lineOf('3.持续开展人居环境整治') + 1;
    const t1 = LINES.slice(0, inFirst).join('\n') + '\n\n' + LINES.slice(inFirst).join('\n');
    const offered = completions(parseDocument(t1), { line: inFirst, character: 0 }).find((c) => c.kind === 'task');
    expect(offered?.label).toBe('4. 下一项任务 (next task)');
  });

  it('a stated count hovers with its own plan’s tasks; the code lens and statistics count both plans', () => {
    const line = lineOf('附件2：');
    const h = hover(doc, { line, character: LINES[line].indexOf('（共5项）') + 1 }, { today: TODAY });
    expect(h?.markdown).toContain('写明 (stated): 5 项 · 实际 (actual): 4 项');
    expect(statistics(doc).tasks).toBe(9);
    expect(statistics(doc).statedTotal).toBe(10);
    expect(codeLenses(doc).map((l) => l.title)).toEqual([expect.stringMatching(/^2 项任务 · 分工齐全/), expect.stringMatching(/^3 项任务 · 1 项缺牵头单位/)]);
  });

  it('`parse --format json` lists the plans and tags each task with its plan', () => {
    const j = documentJson('a.txt', doc);
    expect(j.title).toBe('某县2025年政府工作报告重点工作任务分工方案（共5项）');
    expect(j.plans).toEqual([
      { title: '某县2025年政府工作报告重点工作任务分工方案（共5项）', statedTotal: 5, line: doc.plans[0].range.start.line, taskCount: 5 },
      { title: '某县2025年民生实事项目分工方案（共5项）', statedTotal: 5, line: lineOf('附件2：'), taskCount: 4 },
    ]);
    expect(j.tasks.map((t) => [t.plan, t.number])).toEqual([
      [0, 1], [0, 2], [0, 1], [0, 2], [0, 3],
      [1, 1], [1, 2], [1, 3], [1, 5],
    ]);
  });

  it('an edit re-reads the whole draft (no splice into one plan) and gives what a fresh parse gives', () => {
    const line = lineOf('改造老旧小区12个');
    const edited = TEXT.replace('改造老旧小区12个', '改造老旧小区13个');
    const next = parseDocument(edited, doc);
    expect(next.plans.length).toBe(2);
    expect(next.plans[1].tasks[1].text.text).toBe('改造老旧小区13个');
    expect(lint(next, { today: TODAY, previous: { doc, diagnostics: lint(doc, { today: TODAY }) } })).toEqual(lint(parseDocument(edited), { today: TODAY }));
    void line;
  });

  it('an appendix under a plan that is no plan (a blank form, a contact list) is not read as one', () => {
    const single = TEXT.slice(0, TEXT.indexOf('附件2：'));
    const d = parseDocument(single + '附件2\n\n联系人名单\n\n序号\t单位\t联系人\t电话\n1\t县发改局\t张三\t12345\n');
    expect(d.plans.length).toBe(1);
    expect(d.appendices.map((a) => a.title.text)).toEqual(['附件2']);
  });

  describe('plans the notice names, written one after the other with no 附件 label', () => {
    const TWO = [
      '关于印发《青禾区2024年重点工作任务分工》和《青禾区2024年民生实事项目分工》的通知',
      '各街道办事处，区政府各部门：',
      '现将两个分工方案印发给你们，请认真贯彻落实。',
      '青禾区人民政府办公室',
      '2024年2月20日',
      '青禾区2024年重点工作任务分工（共2项）',
      '一、推动产业升级',
      '1.推进园区标准厂房建设。（牵头单位：区发改局；完成时限：2024年12月底）',
      '2.扩大有效投资。（牵头单位：区发改局；完成时限：2024年12月底）',
      '青禾区2024年民生实事项目分工（共3项）',
      '1.新建社区食堂5个。（牵头单位：区民政局；完成时限：2024年10月底）',
      '2.改造老旧小区8个。（牵头单位：区住建局；完成时限：2024年11月底）',
      '3.新增停车位500个。（牵头单位：区城管局；完成时限：2024年12月底）',
    ];
    it('the second title ends the first plan: each counts and numbers its own tasks (a false count-mismatch before)', () => {
      const doc = parseDocument(TWO.join('\n'));
      expect(doc.plans.map((p) => [p.titleText, p.tasks.map((t) => t.numbering.value), p.tasks[0].path.map((s) => s.title.text)])).toEqual([
        ['青禾区2024年重点工作任务分工（共2项）', [1, 2], ['推动产业升级']],
        ['青禾区2024年民生实事项目分工（共3项）', [1, 2, 3], []],
      ]);
      expect(lint(doc, { today: '2024-03-01' })).toEqual([]);
    });
    it('a damaged copy: a task removed from the second plan is its count-mismatch, at its title', () => {
      const doc = parseDocument(TWO.filter((l) => !l.startsWith('3.新增停车位')).join('\n'));
      expect(lint(doc, { today: '2024-03-01' }).map((d) => [d.rule, d.range.start.line, d.message])).toEqual([['count-mismatch', 9, '方案标题写明“（共3项）”，实际有2项任务']]);
    });
    it('a notice naming one plan, or a named title over no plan, splits nothing', () => {
      const one = TWO.map((l, i) => (i === 0 ? '关于印发《青禾区2024年重点工作任务分工》的通知' : l));
      expect(parseDocument(one.join('\n')).plans.length).toBe(1);
      const noPlan = [...TWO.slice(0, 9), '青禾区2024年民生实事项目分工（共3项）', '以上实事项目由各牵头单位细化方案后报区政府。'];
      const doc = parseDocument(noPlan.join('\n'));
      expect(doc.plans.map((p) => p.tasks.length)).toEqual([2]);
    });
  });
});
