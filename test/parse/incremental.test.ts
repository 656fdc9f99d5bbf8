/**
 * Re-parsing an edited draft with its previous parse (`parseDocument(text, previous)`) must give
 * exactly what a parse from scratch gives, while reading only the lines that changed.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, reusedLines, spliceStats } from '../../server/src/core/parse';
import { readSeed, SEED } from '../helpers/seeds';
import { modelJson } from '../helpers/modelJson';
import { expectReadWhole } from '../helpers/readWhole';

const RUNS = Number(process.env.FENGONG_FUZZ_RUNS ?? 100);
// A failure prints its seed; replay it with FENGONG_FUZZ_SEED=<seed>.
const params = { numRuns: RUNS, endOnFailure: true, seed: process.env.FENGONG_FUZZ_SEED ? Number(process.env.FENGONG_FUZZ_SEED) : undefined } as const;

const plans: { name: string; text: string }[] = [SEED.daxing2023, SEED.caidian2023, SEED.jiangxia2023].map((name) => ({ name, text: readSeed(name) }));
// A synthetic plan in each layout the seeds lack (bracketed, table, Markdown, first-listed convention).
for (const name of ['table-tabs.txt', 'markdown-draft.md', 'convention-first-listed.txt', 'notice-attachment-fullwidth-crlf.txt', 'table-cell-per-line.txt', 'prose-roles-deadline.txt', 'closing-measures.txt', 'closing-signature.txt', 'plan-preamble.txt', 'word-list-numbers.txt', 'heading-fields.txt', 'pdf-wrapped-lines.txt', 'own-line-wrapped.txt', 'outline-decimal.txt', 'province-bracket-fields.txt', 'duty-after-names.txt', 'notice-numbered-paragraphs.txt', 'state-council-prose.txt', 'table-two-row-header.txt', 'bare-unit-brackets.txt', 'headerless-tab-table.txt', 'table-header-words.txt', 'table-part-rows.txt', 'table-pipe-cells.txt', 'table-spaced.txt', 'table-units-per-line.txt', 'notice-is-plan-provincial.txt', 'county-comma-fields.txt', 'web-copy-metadata.txt', 'notice-attachment-untitled.txt', 'items-as-tasks.txt', 'unnumbered-lists.txt', 'attached-plans.txt', 'table-no-number-column.txt', 'lead-in-headings.txt', 'stage-deadlines.txt', 'heading-roles-policy.txt', 'table-category-before-number.txt', 'table-numbered-cells.txt', 'table-categories-cell-per-line.txt', 'pdf-narrow-wraps.txt', 'pdf-layout-table.txt', 'w3m-box-table.txt', 'table-single-spaces.txt', 'bulleted-items.txt', 'table-lead-first-merged.txt', 'table-single-spaces-broken-rows.txt', 'table-cell-per-line-header-notes.txt', 'own-line-qualified-labels.txt', 'table-points-then-assignments.txt', 'table-cell-per-line-lost-numbers.txt', 'table-cell-per-line-problems.txt', 'table-pipe-merged-number-rows.txt', 'table-cell-per-line-barred.txt', 'table-cell-per-line-barred-dropped-cell.txt', 'table-header-merged-over-number.txt', 'table-cell-per-line-progress.txt', 'table-pipe-category-wrapped-cells.txt', 'task-steps-renumbered.txt', 'table-cell-per-line-no-number-header.txt', 'table-pipe-name-and-content.txt', 'table-pipe-parts-under-heading.txt', 'table-bar-led-category.txt', 'table-bar-led-lead-first.txt', 'traditional-untitled-notice-group-stops.txt'])
  plans.push({ name, text: readFileSync(join(__dirname, '..', 'corpus', name), 'utf8') });
// The same drafts below 60 blank lines: past line 60, a draft without a notice has its tasks re-read
// in place (an edit nearer the top might still turn a line into a notice's title).
for (const name of ['table-tabs.txt', 'markdown-draft.md', 'convention-first-listed.txt', 'table-cell-per-line.txt', 'prose-roles-deadline.txt'])
  plans.push({ name: `padded ${name}`, text: '\n'.repeat(60) + readFileSync(join(__dirname, '..', 'corpus', name), 'utf8') });

/** What a drafter does between two keystroke parses: type, delete, press Enter, paste a line. */
type Edit =
  | { kind: 'type'; line: number; col: number; s: string }
  | { kind: 'erase'; line: number; col: number; len: number }
  | { kind: 'splitLine'; line: number; col: number }
  | { kind: 'deleteLine'; line: number }
  | { kind: 'duplicateLine'; line: number; to: number };

const typed = fc.constantFrom('区', '局', '1', '2', '.', '、', '：', ':', ';', '；', '(', '）', '牵头单位:', '完成时限：2023年6月底', '，', ' ', '一、', '（三）', '——', '<!-- fengong-disable-line -->', '2023年');
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('type' as const), line: fc.nat(), col: fc.nat(), s: typed }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('erase' as const), line: fc.nat(), col: fc.nat(), len: fc.integer({ min: 1, max: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('splitLine' as const), line: fc.nat(), col: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteLine' as const), line: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicateLine' as const), line: fc.nat(), to: fc.nat() }) },
);

function apply(text: string, e: Edit): string {
  const lines = text.split('\n');
  const i = e.line % lines.length;
  const l = lines[i];
  switch (e.kind) {
    case 'type': {
      const c = e.col % (l.length + 1);
      lines[i] = l.slice(0, c) + e.s + l.slice(c);
      break;
    }
    case 'erase': {
      const c = e.col % (l.length + 1);
      lines[i] = l.slice(0, c) + l.slice(c + e.len);
      break;
    }
    case 'splitLine': {
      const c = e.col % (l.length + 1);
      lines.splice(i, 1, l.slice(0, c), l.slice(c));
      break;
    }
    case 'deleteLine':
      lines.splice(i, 1);
      break;
    case 'duplicateLine':
      lines.splice(e.to % (lines.length + 1), 0, l);
      break;
  }
  return lines.join('\n');
}

const same = (a: unknown, b: unknown) => expect(modelJson(a)).toBe(modelJson(b));

describe('incremental parse', () => {
  it('a chain of edits, each parsed with the previous parse, reads the same as parsing from scratch', () => {
    fc.assert(
      fc.property(fc.nat({ max: plans.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 12 }), (p, edits) => {
        let text = plans[p].text;
        let doc = parseDocument(text);
        for (const e of edits) {
          text = apply(text, e);
          const next = parseDocument(text, doc);
          same(next, parseDocument(text));
          doc = next;
        }
      }),
      params,
    );
  }, 120_000);

  it('a line read from two positions (a Markdown heading `### （二）…` after a line a space table could start at) reads the same with the previous parse\'s facts as without (fuzz seed 902294735)', () => {
    const base = readFileSync(join(__dirname, '..', 'corpus', 'markdown-draft.md'), 'utf8');
    const lines = base.split('\n');
    const at = lines.findIndex((l, k) => k > 10 && l.includes('**完成时限**'));
    lines[at] = '  1 ' + lines[at].trimStart();
    const edited = lines.join('\n');
    const next = parseDocument(edited, parseDocument(base));
    same(next, parseDocument(edited));
    expect(next.plan!.tasks.map((t) => t.path.map((s) => s.title.text).join(' > '))).toContain('稳定经济增长 > 壮大实体经济');
  });

  it('typing one character in a task re-reads that task alone and keeps the rest of the tree', () => {
    for (const { name, text } of plans.slice(0, 3)) {
      const doc = parseDocument(text);
      const task = doc.plan!.tasks[5];
      const lines = text.split('\n');
      const l = task.text.range.start.line;
      lines[l] = lines[l].slice(0, task.text.range.start.character + 2) + '〓' + lines[l].slice(task.text.range.start.character + 2);
      const edited = lines.join('\n');
      const before = spliceStats.spliced;
      const next = parseDocument(edited, doc);
      same(next, parseDocument(edited));
      expect(spliceStats.spliced, `${name}: the task was re-read in place`).toBe(before + 1);
      expect(next.plan!.tasks[5].text.text, name).toContain('〓');
      // Unchanged fields are the very same objects: the next parse shares them with the previous one.
      expect(next.plan!.tasks[6].fields[0], name).toBe(doc.plan!.tasks[6].fields[0]);
      expect(next.plan!.tasks[5].numbering, name).not.toBe(doc.plan!.tasks[5].numbering);
      // Tasks outside the edited task's outermost section are the very same objects too.
      const top = doc.plan!.tasks[5].path[0];
      const outside = doc.plan!.tasks.findIndex((t) => t.path[0] !== top);
      if (top && outside >= 0) expect(next.plan!.tasks[outside], name).toBe(doc.plan!.tasks[outside]);
      // The previous parse is left as it was.
      expect(doc.plan!.tasks[5].text.text, name).not.toContain('〓');
    }
  });

  it('an edit that changes the structure is not spliced, and still reads the same as from scratch', () => {
    const text = readSeed(SEED.daxing2023);
    const doc = parseDocument(text);
    const task = doc.plan!.tasks[5];
    const lines = text.split('\n');
    const edits = [
      // The task's number changes: the numbering rules and the next task's reading depend on it.
      (ls: string[]) => (ls[task.line] = ls[task.line].replace(String(task.numbering.value), String(task.numbering.value + 7))),
      // A field line becomes a heading of its own.
      (ls: string[]) => (ls[task.fields[0].range.start.line] = '——新增分组'),
      // A line is added.
      (ls: string[]) => ls.splice(task.line + 1, 0, '完成时限：2023年底'),
    ];
    expectReadWhole(doc, lines, edits);
  });

  it('a leaf target that alone carried task fields decides its siblings: losing them is not spliced', () => {
    // (一)…(三) are tasks only because one of them names a responsible unit.
    const text = [
      '关于印发重点任务分工方案的通知',
      '各单位：',
      '现将方案印发给你们。',
      '区人民政府办公室',
      '2024年2月20日',
      '2024年重点任务分工方案',
      '一、优化营商环境',
      '（一）深化一网通办改革。责任单位：区政务服务局',
      '（二）开展涉企收费专项治理。',
      '（三）完善信用体系。',
      '二、加强生态保护',
      '1.完成造林绿化1.2万亩。牵头单位：区园林局',
      '2.推进河湖长制。牵头单位：区水务局',
    ];
    const doc = parseDocument(text.join('\n'));
    expect(doc.plan!.tasks.map((t) => t.numbering.marker.text)).toEqual(['（一）', '（二）', '（三）', '1.', '2.']);
    const edited = text.slice();
    edited[7] = '（一）深化一网通办改革。';
    const next = parseDocument(edited.join('\n'), doc);
    same(next, parseDocument(edited.join('\n')));
    expect(next.plan!.tasks.map((t) => t.numbering.marker.text)).toEqual(['1.', '2.']);
  });

  it('puts a re-read task\'s problems back in line order, as a parse from scratch lists them', () => {
    // The first task's bracket is left open: its fields (and the problem of their `,`) are read when the next task
    // opens, after that task's own. A parse lists problems by where they stand, so a keystroke in the first task
    // gives the same list (it gave them in the order found, and the two parses differed).
    const text = readFileSync(join(__dirname, '..', 'corpus', 'county-comma-fields.txt'), 'utf8').replace('县直各有关单位,2024年6月底前完成)', '县直各有关单位,2024年6月');
    const doc = parseDocument(text);
    const task = doc.plan!.tasks[0];
    const problemLines = doc.problems.map((p) => p.range.start.line);
    expect(problemLines).toEqual([...problemLines].sort((x, y) => x - y));
    const lines = text.split('\n');
    lines[task.line] = lines[task.line].replace('深化', '深入');
    const edited = lines.join('\n');
    const before = spliceStats.spliced;
    const next = parseDocument(edited, doc);
    expect(spliceStats.spliced).toBe(before + 1);
    same(next, parseDocument(edited));
  });

  it('a line memo shared with the previous parse still re-reads an edited line in a full parse', () => {
    const text = readSeed(SEED.daxing2023);
    const doc = parseDocument(text);
    const lines = text.split('\n');
    const l = doc.plan!.tasks[5].text.range.start.line;
    lines[l] = lines[l] + '加';
    lines.splice(l + 1, 0, ''); // a line added: no splice, a full parse that reuses unchanged lines
    const edited = lines.join('\n');
    const next = parseDocument(edited, doc);
    same(next, parseDocument(edited));
    expect(reusedLines(next)).toBeGreaterThan(0);
  });

  it('a change of document-wide context (the plan year) reads every line again', () => {
    const text = readSeed(SEED.daxing2023);
    const doc = parseDocument(text);
    const year = doc.plan!.titleText.match(/20\d\d/)![0];
    const edited = text.replace(doc.plan!.titleText, doc.plan!.titleText.replace(year, String(+year + 1)));
    const next = parseDocument(edited, doc);
    expect(reusedLines(next)).toBe(0);
    same(next, parseDocument(edited));
  });
});

describe('every one-character edit of layouts whose reading looks at more than one line (session 8)', () => {
  // An article read as a task by its own line's roles; a tab row whose task cell holds two paragraphs; a group heading closed
  // by its full stop; a remark after a task; a sentence of roles under its task. Below 60 blank lines, so that tasks are
  // re-read in place.
  const texts = [
    ['××市2025年若干措施责任分工', '一、优化市场准入', '第一条 全面落实负面清单制度。（牵头单位：市发展改革委；配合单位：市商务局）', '第二条 破除隐性壁垒。（牵头单位：市发展改革委）', '二、加强要素保障', '第三条 新增小微贷款。（牵头单位：市财政局）', '第一条 推进重点项目建设', '1.谋划储备项目。（牵头单位：县发改局）'],
    ['某区2025年重点工作任务分工方案', '', '序号\t工作任务\t牵头单位\t配合单位\t完成时限', '1\t新增城镇就业5000人。\t区人社局\t各街道\t2025年12月底', '2\t推进重大项目建设。', '全年实施区级重点项目150个。\t区发改局\t区住建局\t2025年12月底', '3\t改造老旧小区10个。\t区住建局\t区财政局\t2025年10月底'],
    ['《政府工作报告》重点工作责任分解', '一、坚决打好三大攻坚战', '打好防范化解重大风险攻坚战。', '1、规范政府举债行为。牵头单位:省财政厅;责任单位:省发改委。', '此项工作列入年度考核。', '打好精准脱贫攻坚战。', '2、深入推进产业扶贫。牵头单位:省扶贫办;责任单位:省农业厅。', '3.实施重点项目100个。', '此项工作由县发展改革局牵头，县财政局配合，2025年12月底前完成。'],
  ].map((lines) => '\n'.repeat(60) + lines.join('\n'));
  it.each(texts.map((t, k) => [k, t]))('text %i: an incremental parse gives what a fresh one does', (_, text) => {
    const previous = parseDocument(text as string);
    const base = text as string;
    for (let p = 60; p < base.length; p++) {
      for (const s of ['', '1', '\t', '。', '牵头单位：']) {
        const edited = s === '' ? base.slice(0, p) + base.slice(p + 1) : base.slice(0, p) + s + base.slice(p);
        same(parseDocument(edited, previous), parseDocument(edited));
      }
    }
  });
});
