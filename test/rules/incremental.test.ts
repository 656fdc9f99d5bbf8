/**
 * Incremental lint: `lint(doc, { previous })` must return exactly what `lint(doc)` returns, for any
 * edit, while re-checking only what the edit touched.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../bench/generate.mjs';
import type { Diagnostic, FengongDocument } from '../../server/src/core/model';
import { parseDocument } from '../../server/src/core/parse';
import { createRegistry, createRegistryFromDocument } from '../../server/src/core/registry';
import { MAX_DIAGNOSTICS_PER_RULE, lastLintStats, lint, type LintOptions } from '../../server/src/core/rules';
import { compareDocuments } from '../../server/src/core/rules/incremental';
import { spliceStats } from '../../server/src/core/parse/splice';
import { fullWidthCrlf, seed, TODAY } from './helpers';

const RUNS = Number(process.env.FENGONG_FUZZ_RUNS ?? 100);
const params = { numRuns: RUNS, endOnFailure: true, seed: process.env.FENGONG_FUZZ_SEED ? Number(process.env.FENGONG_FUZZ_SEED) : undefined } as const;

const plans: { name: string; text: string }[] = [
  ...['000', '001', '003'].map((p) => ({ name: `seed ${p}`, text: seed(p) })),
  { name: 'seed 003 full-width CRLF', text: fullWidthCrlf(seed('003')) },
  ...(['own-line', 'paren-line', 'inline'] as const).map((layout) => ({ name: `synthetic ${layout}`, text: generatePlan({ layout, tasks: 150, seed: 7 }) })),
  // Every seventh task without its fields: the missing-* rules have something to say, with counts.
  {
    name: 'synthetic inline, fields missing',
    text: generatePlan({ layout: 'inline', tasks: 150, seed: 8 })
      .split('\n')
      .map((l, i) => (i % 7 === 3 ? l.replace(/[(（]牵头单位.*$/, '') : l))
      .join('\n'),
  },
  // A table copied a cell per line: a row's fields sit on the lines after its number.
  { name: 'corpus table-cell-per-line', text: readFileSync(join(__dirname, '..', 'corpus', 'table-cell-per-line.txt'), 'utf8') },
  // Roles in prose, with 由, 等 and a deadline as the last clause.
  { name: 'corpus prose-roles-deadline', text: readFileSync(join(__dirname, '..', 'corpus', 'prose-roles-deadline.txt'), 'utf8') },
  // A closing 保障措施 part whose items are prose: out of the task tree until a field appears in it.
  { name: 'corpus closing-measures', text: readFileSync(join(__dirname, '..', 'corpus', 'closing-measures.txt'), 'utf8') },
  // The 落款 closing the file gives the issue date: edits near it must re-read it.
  { name: 'corpus closing-signature', text: readFileSync(join(__dirname, '..', 'corpus', 'closing-signature.txt'), 'utf8') },
  // Fields on headings speak for the tasks under them: an edit to a heading changes what its tasks state.
  { name: 'corpus heading-fields', text: readFileSync(join(__dirname, '..', 'corpus', 'heading-fields.txt'), 'utf8') },
  // Tasks wrapped before their fields: the fields are read from the task's last line.
  { name: 'corpus pdf-wrapped-lines', text: readFileSync(join(__dirname, '..', 'corpus', 'pdf-wrapped-lines.txt'), 'utf8') },
  { name: 'corpus own-line-wrapped', text: readFileSync(join(__dirname, '..', 'corpus', 'own-line-wrapped.txt'), 'utf8') },
  { name: 'corpus outline-decimal', text: readFileSync(join(__dirname, '..', 'corpus', 'outline-decimal.txt'), 'utf8') },
  { name: 'corpus province-bracket-fields', text: readFileSync(join(__dirname, '..', 'corpus', 'province-bracket-fields.txt'), 'utf8') },
  { name: 'corpus duty-after-names', text: readFileSync(join(__dirname, '..', 'corpus', 'duty-after-names.txt'), 'utf8') },
  { name: 'corpus notice-numbered-paragraphs', text: readFileSync(join(__dirname, '..', 'corpus', 'notice-numbered-paragraphs.txt'), 'utf8') },
  { name: 'corpus state-council-prose', text: readFileSync(join(__dirname, '..', 'corpus', 'state-council-prose.txt'), 'utf8') },
  { name: 'corpus table-two-row-header', text: readFileSync(join(__dirname, '..', 'corpus', 'table-two-row-header.txt'), 'utf8') },
  { name: 'corpus bare-unit-brackets', text: readFileSync(join(__dirname, '..', 'corpus', 'bare-unit-brackets.txt'), 'utf8') },
  { name: 'corpus headerless-tab-table', text: readFileSync(join(__dirname, '..', 'corpus', 'headerless-tab-table.txt'), 'utf8') },
  // Tables as real notices lay them out: other header words, part rows inside a cell-per-line table,
  // cells closed by bars, single-space cells, a unit list a name per line.
  { name: 'corpus table-header-words', text: readFileSync(join(__dirname, '..', 'corpus', 'table-header-words.txt'), 'utf8') },
  { name: 'corpus table-part-rows', text: readFileSync(join(__dirname, '..', 'corpus', 'table-part-rows.txt'), 'utf8') },
  { name: 'corpus table-pipe-cells', text: readFileSync(join(__dirname, '..', 'corpus', 'table-pipe-cells.txt'), 'utf8') },
  { name: 'corpus table-spaced', text: readFileSync(join(__dirname, '..', 'corpus', 'table-spaced.txt'), 'utf8') },
  { name: 'corpus table-units-per-line', text: readFileSync(join(__dirname, '..', 'corpus', 'table-units-per-line.txt'), 'utf8') },
  { name: 'corpus notice-is-plan-provincial', text: readFileSync(join(__dirname, '..', 'corpus', 'notice-is-plan-provincial.txt'), 'utf8') },
  { name: 'corpus notice-attachment-untitled', text: readFileSync(join(__dirname, '..', 'corpus', 'notice-attachment-untitled.txt'), 'utf8') },
  { name: 'corpus items-as-tasks', text: readFileSync(join(__dirname, '..', 'corpus', 'items-as-tasks.txt'), 'utf8') },
  { name: 'corpus unnumbered-lists', text: readFileSync(join(__dirname, '..', 'corpus', 'unnumbered-lists.txt'), 'utf8') },
  { name: 'corpus attached-plans', text: readFileSync(join(__dirname, '..', 'corpus', 'attached-plans.txt'), 'utf8') },
  { name: 'corpus table-no-number-column', text: readFileSync(join(__dirname, '..', 'corpus', 'table-no-number-column.txt'), 'utf8') },
  { name: 'corpus lead-in-headings', text: readFileSync(join(__dirname, '..', 'corpus', 'lead-in-headings.txt'), 'utf8') },
  { name: 'corpus stage-deadlines', text: readFileSync(join(__dirname, '..', 'corpus', 'stage-deadlines.txt'), 'utf8') },
  { name: 'corpus heading-roles-policy', text: readFileSync(join(__dirname, '..', 'corpus', 'heading-roles-policy.txt'), 'utf8') },
  { name: 'corpus table-category-before-number', text: readFileSync(join(__dirname, '..', 'corpus', 'table-category-before-number.txt'), 'utf8') },
  { name: 'corpus table-numbered-cells', text: readFileSync(join(__dirname, '..', 'corpus', 'table-numbered-cells.txt'), 'utf8') },
  { name: 'corpus table-categories-cell-per-line', text: readFileSync(join(__dirname, '..', 'corpus', 'table-categories-cell-per-line.txt'), 'utf8') },
  { name: 'corpus pdf-narrow-wraps', text: readFileSync(join(__dirname, '..', 'corpus', 'pdf-narrow-wraps.txt'), 'utf8') },
  { name: 'corpus pdf-layout-table', text: readFileSync(join(__dirname, '..', 'corpus', 'pdf-layout-table.txt'), 'utf8') },
  { name: 'corpus w3m-box-table', text: readFileSync(join(__dirname, '..', 'corpus', 'w3m-box-table.txt'), 'utf8') },
  // A table parted by single spaces, a sub-row with no number under row 2.
  { name: 'corpus table-single-spaces', text: readFileSync(join(__dirname, '..', 'corpus', 'table-single-spaces.txt'), 'utf8') },
  { name: 'corpus bulleted-items', text: readFileSync(join(__dirname, '..', 'corpus', 'bulleted-items.txt'), 'utf8') },
  { name: 'corpus county-comma-fields', text: readFileSync(join(__dirname, '..', 'corpus', 'county-comma-fields.txt'), 'utf8') },
  { name: 'corpus web-copy-metadata', text: readFileSync(join(__dirname, '..', 'corpus', 'web-copy-metadata.txt'), 'utf8') },
  // A lead's column merged over rows: an empty cell takes the row above's, inside its part.
  { name: 'corpus table-lead-first-merged', text: readFileSync(join(__dirname, '..', 'corpus', 'table-lead-first-merged.txt'), 'utf8') },
  { name: 'corpus table-single-spaces-broken-rows', text: readFileSync(join(__dirname, '..', 'corpus', 'table-single-spaces-broken-rows.txt'), 'utf8') },
  { name: 'corpus own-line-qualified-labels', text: readFileSync(join(__dirname, '..', 'corpus', 'own-line-qualified-labels.txt'), 'utf8') },
  { name: 'corpus table-points-then-assignments', text: readFileSync(join(__dirname, '..', 'corpus', 'table-points-then-assignments.txt'), 'utf8') },
  { name: 'corpus table-cell-per-line-lost-numbers', text: readFileSync(join(__dirname, '..', 'corpus', 'table-cell-per-line-lost-numbers.txt'), 'utf8') },
  { name: 'corpus table-cell-per-line-problems', text: readFileSync(join(__dirname, '..', 'corpus', 'table-cell-per-line-problems.txt'), 'utf8') },
  { name: 'corpus table-pipe-merged-number-rows', text: readFileSync(join(__dirname, '..', 'corpus', 'table-pipe-merged-number-rows.txt'), 'utf8') },
  { name: 'corpus table-cell-per-line-barred', text: readFileSync(join(__dirname, '..', 'corpus', 'table-cell-per-line-barred.txt'), 'utf8') },
  { name: 'corpus table-cell-per-line-barred-dropped-cell', text: readFileSync(join(__dirname, '..', 'corpus', 'table-cell-per-line-barred-dropped-cell.txt'), 'utf8') },
  { name: 'corpus table-header-merged-over-number', text: readFileSync(join(__dirname, '..', 'corpus', 'table-header-merged-over-number.txt'), 'utf8') },
  { name: 'corpus table-cell-per-line-progress', text: readFileSync(join(__dirname, '..', 'corpus', 'table-cell-per-line-progress.txt'), 'utf8') },
  { name: 'corpus table-pipe-category-wrapped-cells', text: readFileSync(join(__dirname, '..', 'corpus', 'table-pipe-category-wrapped-cells.txt'), 'utf8') },
  { name: 'corpus task-steps-renumbered', text: readFileSync(join(__dirname, '..', 'corpus', 'task-steps-renumbered.txt'), 'utf8') },
  { name: 'corpus table-cell-per-line-no-number-header', text: readFileSync(join(__dirname, '..', 'corpus', 'table-cell-per-line-no-number-header.txt'), 'utf8') },
  { name: 'corpus table-pipe-name-and-content', text: readFileSync(join(__dirname, '..', 'corpus', 'table-pipe-name-and-content.txt'), 'utf8') },
  { name: 'corpus table-pipe-parts-under-heading', text: readFileSync(join(__dirname, '..', 'corpus', 'table-pipe-parts-under-heading.txt'), 'utf8') },
  { name: 'corpus table-bar-led-category', text: readFileSync(join(__dirname, '..', 'corpus', 'table-bar-led-category.txt'), 'utf8') },
  { name: 'corpus traditional-untitled-notice-group-stops', text: readFileSync(join(__dirname, '..', 'corpus', 'traditional-untitled-notice-group-stops.txt'), 'utf8') },
  { name: 'corpus table-bar-led-lead-first', text: readFileSync(join(__dirname, '..', 'corpus', 'table-bar-led-lead-first.txt'), 'utf8') },
  { name: 'corpus table-cell-per-line-header-notes', text: readFileSync(join(__dirname, '..', 'corpus', 'table-cell-per-line-header-notes.txt'), 'utf8') },
];

/** A small edit, with its place given as fractions so that it applies to any text. */
type Edit = { kind: EditKind; at: number; pos: number; pick: number };
type EditKind =
  | 'insertChar'
  | 'deleteChar'
  | 'deleteLine'
  | 'duplicateLine'
  | 'changeDigit'
  | 'insertLead'
  | 'addDirective'
  | 'removeDirective'
  | 'nearHeading'
  | 'blankLine'
  | 'moveLine'
  | 'copyTask'
  | 'dropTask';

const CHARS = ['区', '局', '1', '（', ')', '“', '；', ',', '、', ' ', '年'];
const LEADS = ['牵头单位：区发改局', '(牵头单位:区财政局;责任单位:区科经局)', '主要责任单位:区商务局'];
const DIRECTIVES = [
  '<!-- fengong-disable-next-line -->',
  '<!-- fengong-disable missing-lead unknown-unit -->',
  '<!-- fengong-enable -->',
  '<!-- fengong-disable-line -->',
  '<!-- fengong-disable-file duplicate-task -->',
];
const HEADING = /^\s*([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|——)/;
const TASK = /^\s*\d+[.．、]/;

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom<EditKind>(
    'insertChar',
    'deleteChar',
    'deleteLine',
    'duplicateLine',
    'changeDigit',
    'insertLead',
    'addDirective',
    'removeDirective',
    'nearHeading',
    'blankLine',
    'moveLine',
    'copyTask',
    'dropTask',
  ),
  at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  pos: fc.double({ min: 0, max: 1, noNaN: true }),
  pick: fc.nat(),
});

function applyEdit(text: string, e: Edit): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r\n|\n/);
  const i = Math.floor(e.at * lines.length);
  const line = lines[i];
  const col = Math.floor(e.pos * (line.length + 1));
  switch (e.kind) {
    case 'insertChar':
      lines[i] = line.slice(0, col) + CHARS[e.pick % CHARS.length] + line.slice(col);
      break;
    case 'deleteChar':
      lines[i] = line.slice(0, col) + line.slice(col + 1);
      break;
    case 'deleteLine':
      lines.splice(i, 1);
      break;
    case 'duplicateLine':
      lines.splice(i, 0, line);
      break;
    case 'changeDigit':
      lines[i] = line.replace(/\d/, (d) => String((Number(d) + 1 + (e.pick % 8)) % 10));
      break;
    case 'insertLead':
      lines.splice(i + 1, 0, LEADS[e.pick % LEADS.length]);
      break;
    case 'addDirective':
      lines.splice(i, 0, DIRECTIVES[e.pick % DIRECTIVES.length]);
      break;
    case 'removeDirective': {
      const k = lines.findIndex((l) => l.includes('fengong-'));
      if (k >= 0) lines.splice(k, 1);
      break;
    }
    case 'nearHeading': {
      const headings = lines.flatMap((l, k) => (HEADING.test(l) ? [k] : []));
      if (!headings.length) break;
      const k = Math.min(lines.length - 1, Math.max(0, headings[e.pick % headings.length] + Math.floor(e.pos * 3) - 1));
      lines[k] = e.pick % 2 ? lines[k] + '新' : lines[k].slice(1);
      break;
    }
    case 'blankLine':
      lines.splice(i, 0, '');
      break;
    case 'copyTask':
    case 'dropTask': {
      // A task more or less changes the counts messages quote (本方案同级N项任务中有M项…).
      const tasks = lines.flatMap((l, k) => (TASK.test(l) ? [k] : []));
      if (!tasks.length) break;
      const k = tasks[e.pick % tasks.length];
      if (e.kind === 'copyTask') lines.splice(k, 0, lines[k]);
      else lines.splice(k, 1);
      break;
    }
    case 'moveLine': {
      const [moved] = lines.splice(i, 1);
      lines.splice(e.pick % (lines.length + 1), 0, moved);
      break;
    }
  }
  return lines.join(eol);
}

const registry = createRegistry(createRegistryFromDocument(parseDocument(seed('000'))) as never);
const OPTIONS: { name: string; options: LintOptions }[] = [
  { name: 'defaults', options: { today: TODAY } },
  { name: 'English, with a registry', options: { today: TODAY, locale: 'en', registry } },
  {
    name: 'configured fields and levels',
    options: { today: TODAY, config: { requiredFields: ['leadUnits', 'deadline'], rules: { 'unknown-unit': 'error', 'duplicate-task': { level: 'hint', options: { similarity: 0.6 } } } } },
  },
];

const TODAY_OPTIONS: LintOptions = { today: TODAY };

/** Lints each version with the one before as `previous`, and checks it against a lint from scratch. */
function checkChain(text: string, edits: readonly Edit[], options: LintOptions, reuseParse: boolean): void {
  let doc = parseDocument(text);
  let diagnostics = lint(doc, options);
  for (const e of edits) {
    text = applyEdit(text, e);
    const next = reuseParse ? parseDocument(text, doc) : parseDocument(text);
    const incremental = lint(next, { ...options, previous: { doc, diagnostics } });
    const full = lint(next, options);
    expect(incremental).toStrictEqual(full);
    // Byte-identical output: the same properties in the same order.
    expect(JSON.stringify(incremental)).toBe(JSON.stringify(full));
    doc = next;
    diagnostics = incremental;
  }
}

describe('incremental lint equals a full lint', () => {
  it('when a heading comes to state a field for tasks that did not change (found by fast-check, seed -1356691941)', () => {
    // Moving `一、扩大有效投资` above a wrapped line ending in fields gives the heading those fields; task 6
    // below it, unchanged in itself, then has a lead from its heading.
    const plan = plans.find((p) => p.name === 'corpus pdf-wrapped-lines')!;
    const edits: Edit[] = [
      { kind: 'nearHeading', at: 0, pos: 0, pick: 490849835 },
      { kind: 'removeDirective', at: 0, pos: 0, pick: 1314411450 },
      { kind: 'moveLine', at: 0, pos: 0, pick: 2036892246 },
      { kind: 'moveLine', at: 0, pos: 0, pick: 884858337 },
      { kind: 'moveLine', at: 0, pos: 0, pick: 481540794 },
    ];
    checkChain(plan.text, edits, OPTIONS[2].options, false);
  });

  /** A plan whose task 4 names only its 责任单位, before and after a line stating how such a task is led. */
  const CONVENTION_PLAN = [
    '2024年重点工作分工方案',
    '',
    '一、重点任务',
    '1.推进项目建设。',
    '牵头单位：区发改局',
    '2.推进招商引资。',
    '牵头单位：区商务局',
    '3.推进城市更新。',
    '牵头单位：区住建局',
    '4.推进乡村振兴。',
    '责任单位：区农业农村局、区财政局',
  ];
  /** Task 4 lacks its lead until the plan comes to state `convention`; then it is led by `leads`, and nothing is reported. */
  const expectConventionLeads = (convention: string, leads: string[]) => {
    const before = CONVENTION_PLAN.join('\n');
    const after = [...CONVENTION_PLAN.slice(0, 1), convention, ...CONVENTION_PLAN.slice(2)].join('\n');
    for (const reuseParse of [false, true]) {
      const doc = parseDocument(before);
      const diagnostics = lint(doc, TODAY_OPTIONS);
      expect(diagnostics.map((d) => d.rule)).toEqual(['missing-lead']);
      const next = reuseParse ? parseDocument(after, doc) : parseDocument(after);
      expect(next.plan!.tasks[3].leadUnits.map((u) => u.name)).toEqual(leads);
      const incremental = lint(next, { ...TODAY_OPTIONS, previous: { doc, diagnostics } });
      expect(incremental).toStrictEqual(lint(next, TODAY_OPTIONS));
      expect(incremental).toEqual([]);
    }
  };

  it('when the plan comes to say 列第一位者为牵头单位 (tasks unchanged in text gain a lead)', () => {
    expectConventionLeads('（列第一位的责任单位为牵头单位）', ['区农业农村局']);
  });

  it('when the plan comes to say 无牵头单位的，责任单位即为牵头单位, and when a task of such a plan is edited in place', () => {
    expectConventionLeads('（无牵头单位的，责任单位即为牵头单位，下同）', ['区农业农村局', '区财政局']);
    const lines = CONVENTION_PLAN;
    // A keystroke in task 4's text re-reads it in place (the notice states the convention): it is led as the plan says.
    const noticed = ['关于印发《2024年重点工作分工方案》的通知', '各牵头单位（无牵头单位的，责任单位即为牵头单位，下同）要统筹办理。', ...lines].join('\n');
    const doc = parseDocument(noticed);
    expect(doc.plan!.tasks[3].leadUnits.map((u) => u.name)).toEqual(['区农业农村局', '区财政局']);
    const spliced = spliceStats.spliced;
    const edited = parseDocument(noticed.replace('4.推进乡村振兴。', '4.全面推进乡村振兴。'), doc);
    expect(spliceStats.spliced).toBe(spliced + 1);
    expect(edited.plan!.tasks[3].leadUnits.map((u) => u.name)).toEqual(['区农业农村局', '区财政局']);
    expect(lint(edited, TODAY_OPTIONS)).toEqual([]);
  });

  for (const { name, options } of OPTIONS) {
    it(`after random edit chains (${name})`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...plans), fc.array(edit, { minLength: 1, maxLength: 5 }), fc.boolean(), (plan, edits, reuseParse) =>
          checkChain(plan.text, edits, options, reuseParse),
        ),
        params,
      );
    }, 120_000);
  }

  it('when another task\'s label changes, a missing-* message naming the labels written is made again (fuzz seed 1086105312)', () => {
    const task = (n: number, roles: string) => `${n}. 推进第${n}项工作。${roles}`;
    const lines = ['“十三五”控制温室气体排放工作方案部门分工', '一、低碳引领能源革命', task(1, '(负责单位:发展改革委、能源局)'), task(2, '(牵头单位:能源局 参加单位:发展改革委)'), task(3, '(牵头单位:发展改革委 参加单位:国资委)'), task(4, '(负责单位:工业和信息化部)'), task(5, '')];
    const text = lines.join('\n');
    const doc = parseDocument(text);
    const diagnostics = lint(doc, TODAY_OPTIONS);
    expect(diagnostics.find((d) => d.rule === 'missing-units')?.message).toContain('写明了“参加单位”或“负责单位”');
    const edited = text.replace('(负责单位:工业和信息化部)', '(参加单位:工业和信息化部)').replace('(负责单位:发展改革委、能源局)', '(参加单位:发展改革委、能源局)');
    const nextDoc = parseDocument(edited, doc);
    const incremental = lint(nextDoc, { ...TODAY_OPTIONS, previous: { doc, diagnostics } });
    expect(incremental).toStrictEqual(lint(nextDoc, TODAY_OPTIONS));
    expect(incremental.find((d) => d.rule === 'missing-units')?.message).toContain('写明了“参加单位”）');
  });

  it('when a directive is added, then removed', () => {
    const text = seed('003');
    const lines = text.split('\n');
    // 003's part 三 task 1 has no lead unit: suppress that diagnostic, then let it come back.
    const at = lint(parseDocument(text), TODAY_OPTIONS).find((d) => d.rule === 'missing-lead')!.range.start.line;
    const withDirective = [...lines.slice(0, at), '<!-- fengong-disable-next-line missing-lead -->', ...lines.slice(at)].join('\n');
    let doc = parseDocument(text);
    let diagnostics = lint(doc, TODAY_OPTIONS);
    for (const next of [withDirective, text]) {
      const nextDoc = parseDocument(next, doc);
      const incremental = lint(nextDoc, { ...TODAY_OPTIONS, previous: { doc, diagnostics } });
      expect(lastLintStats().reused).toContain('missing-lead');
      expect(incremental).toStrictEqual(lint(nextDoc, TODAY_OPTIONS));
      doc = nextDoc;
      diagnostics = incremental;
    }
  });
});

/** The seed with one character typed into the text of a task in the middle; the edited line. */
function typeIntoTask(text: string, doc: FengongDocument): { text: string; line: number } {
  const tasks = doc.plan!.tasks;
  const task = tasks[Math.floor(tasks.length / 2)];
  const lines = text.split('\n');
  const col = task.text.range.start.character + 2;
  lines[task.line] = lines[task.line].slice(0, col) + '进' + lines[task.line].slice(col);
  return { text: lines.join('\n'), line: task.line };
}

describe('the incremental path is taken', () => {
  it('a keystroke in a task text re-checks that task only, and keeps the other diagnostics as they were', () => {
    const text = seed('003');
    const doc = parseDocument(text);
    const diagnostics = lint(doc, TODAY_OPTIONS);
    expect(lastLintStats().incremental).toBe(false);
    const edited = typeIntoTask(text, doc);
    const next = parseDocument(edited.text, doc);
    const incremental = lint(next, { ...TODAY_OPTIONS, previous: { doc, diagnostics } });
    const stats = lastLintStats();
    expect(stats.incremental).toBe(true);
    expect(stats.recheckedTasks).toBe(1);
    // 003 writes no blank line between tasks, but each task's brackets close on its own line.
    expect(stats.recheckedLines).toBe(1);
    for (const id of ['missing-lead', 'missing-units', 'unknown-unit', 'deadline-invalid', 'field-separator', 'unbalanced-bracket', 'doc-number-format'])
      expect(stats.reused).toContain(id);
    // Document-wide rules run again.
    expect(stats.reused).not.toContain('numbering-gap');
    expect(stats.reused).not.toContain('duplicate-task');
    // Diagnostics of unchanged tasks are the previous lint's own objects, not equal copies.
    const before = incremental.filter((d) => d.rule === 'missing-lead');
    expect(before.length).toBeGreaterThan(0);
    for (const d of before) expect(diagnostics).toContain(d);
    expect(incremental).toStrictEqual(lint(next, TODAY_OPTIONS));
  });

  it('lines inserted above move the later diagnostics, fixes and related locations with them', () => {
    const text = seed('003');
    const doc = parseDocument(text);
    const diagnostics = lint(doc, TODAY_OPTIONS);
    const first = doc.plan!.tasks[0].line;
    const lines = text.split('\n');
    const next = parseDocument([...lines.slice(0, first), '', '', ...lines.slice(first)].join('\n'), doc);
    const incremental = lint(next, { ...TODAY_OPTIONS, previous: { doc, diagnostics } });
    expect(lastLintStats().reused).toContain('missing-lead');
    expect(incremental).toStrictEqual(lint(next, TODAY_OPTIONS));
    const moved = incremental.find((d) => d.rule === 'missing-lead')!;
    const original = diagnostics.find((d) => d.rule === 'missing-lead' && d.message === moved.message)!;
    expect(moved.range.start.line).toBe(original.range.start.line + 2);
    expect(moved.fixes![0].edits[0].range.start.line).toBe(original.fixes![0].edits[0].range.start.line + 2);
  });

  it('a previous lint with other options, or a copy of its result, is not used', () => {
    const text = seed('000');
    const doc = parseDocument(text);
    const diagnostics = lint(doc, TODAY_OPTIONS);
    const next = parseDocument(typeIntoTask(text, doc).text, doc);
    const expected = lint(next, { ...TODAY_OPTIONS, locale: 'en' });
    expect(lint(next, { ...TODAY_OPTIONS, locale: 'en', previous: { doc, diagnostics } })).toStrictEqual(expected);
    expect(lastLintStats().incremental).toBe(false);
    lint(next, { ...TODAY_OPTIONS, previous: { doc, diagnostics: [...diagnostics] } });
    expect(lastLintStats().incremental).toBe(false);
    lint(next, { ...TODAY_OPTIONS, previous: { doc: parseDocument(text), diagnostics } });
    expect(lastLintStats().incremental).toBe(false);
  });

  it('a change to what task diagnostics say about the whole plan re-checks every task', () => {
    const text = seed('000');
    const doc = parseDocument(text);
    const diagnostics = lint(doc, TODAY_OPTIONS);
    // A new task without fields changes the counts every missing-* message quotes.
    const task = doc.plan!.tasks[5];
    const lines = text.split('\n');
    const next = parseDocument([...lines.slice(0, task.line), '6.新增一项没有字段的任务。', ...lines.slice(task.line)].join('\n'), doc);
    const incremental = lint(next, { ...TODAY_OPTIONS, previous: { doc, diagnostics } });
    expect(lastLintStats().reused).not.toContain('missing-lead');
    expect(lastLintStats().reused).toContain('unbalanced-bracket');
    expect(incremental).toStrictEqual(lint(next, TODAY_OPTIONS));
  });

  it('a bracket opened on one line and closed lines later: the lines after the edit are re-read up to a quiet line', () => {
    const lines = [
      '关于印发《2023年重点工作分工方案》的通知',
      '',
      '2023年重点工作分工方案',
      '',
      '一、经济发展',
      '1.推进产业发展（牵头单位：区发改局）',
      '2.完善制度（牵头单位：区财政局；完成时限：2023年6月底，',
      '完成后报区政府）',
      '3.落实（牵头单位：区商务局）',
      '4.加强管理（牵头单位：区科经局）',
    ];
    const doc = parseDocument(lines.join('\n'));
    const diagnostics = lint(doc, TODAY_OPTIONS);
    expect(diagnostics.filter((d) => d.rule === 'unbalanced-bracket')).toHaveLength(0);
    // Without its opening bracket, the closing one two lines down has no partner; with one more
    // opened before it, the bracket of task 2 is the one left open.
    const edits: [number, string][] = [
      [6, lines[6].replace('（', '')],
      [6, lines[6].replace('2.', '2.（')],
      [5, lines[5].replace('）', '')],
    ];
    for (const [at, edited] of edits) {
      const next = parseDocument(lines.map((l, i) => (i === at ? edited : l)).join('\n'), doc);
      const incremental = lint(next, { ...TODAY_OPTIONS, previous: { doc, diagnostics } });
      expect(lastLintStats().reused).toContain('unbalanced-bracket');
      const full = lint(next, TODAY_OPTIONS);
      expect(full.some((d) => d.rule === 'unbalanced-bracket')).toBe(true);
      expect(incremental).toStrictEqual(full);
    }
  });

  it('a title wrapped with blank lines between: an edit to the line after a blank decides whether the paragraph goes on, and the re-read agrees', () => {
    const lines = ['紫云市贯彻落实《关于稳住经济大盘', '', '实现经济运行整体好转的若干政策', '', '措施》实施方案', '', '一、促进消费恢复', '1.加大促消费活动力度。（牵头单位：市商务局）', '2.扩大汽车消费。（牵头单位：市商务局）'];
    const edits: [number, string][] = [
      // The middle line becomes a sentence: the paragraph ends before it, both marks are reported…
      [2, '实现经济运行整体好转，若干政策如下。'],
      // …and back to a title line: none is.
      [2, lines[2]],
      [4, '措施》实施方案，现印发。'],
    ];
    let doc = parseDocument(lines.join('\n'));
    let diagnostics = lint(doc, TODAY_OPTIONS);
    for (const [at, edited] of edits) {
      const next = parseDocument(doc.source.lines.map((l, i) => (i === at ? edited : l)).join('\n'), doc);
      const incremental = lint(next, { ...TODAY_OPTIONS, previous: { doc, diagnostics } });
      expect(incremental).toStrictEqual(lint(next, TODAY_OPTIONS));
      doc = next;
      diagnostics = incremental;
    }
    const first = parseDocument(lines.map((l, i) => (i === 2 ? edits[0][1] : l)).join('\n'));
    expect(lint(first, TODAY_OPTIONS).filter((d) => d.rule === 'unbalanced-bracket').map((d) => d.range.start.line)).toEqual([0, 4]);
  });

  it('a rule at the cap runs in full again', () => {
    const head = '关于印发《2023年重点工作分工方案》的通知\n\n2023年重点工作分工方案\n\n一、经济发展\n\n';
    const body = Array.from({ length: MAX_DIAGNOSTICS_PER_RULE + 300 }, (_, i) => `${i + 1}.任务（未闭合${i}`).join('\n');
    const doc = parseDocument(head + body);
    const diagnostics = lint(doc, TODAY_OPTIONS);
    expect(diagnostics.filter((d: Diagnostic) => d.rule === 'unbalanced-bracket')).toHaveLength(MAX_DIAGNOSTICS_PER_RULE);
    const next = parseDocument(head + '<!-- fengong-disable-next-line -->\n' + body, doc);
    const incremental = lint(next, { ...TODAY_OPTIONS, previous: { doc, diagnostics } });
    expect(lastLintStats().incremental).toBe(true);
    expect(lastLintStats().reused).not.toContain('unbalanced-bracket');
    expect(incremental).toStrictEqual(lint(next, TODAY_OPTIONS));
  });
});

describe('what counts as an unchanged task', () => {
  const body = [
    '',
    '一、经济发展',
    '1.推进产业发展（牵头单位：区发改局；完成时限：第三季度）',
    '2.加强管理（牵头单位：区商务局；完成时限：2023年12月31日）',
    '3.完善制度（牵头单位：区财政局；完成时限：2023年6月底）',
  ].join('\n');
  const plan = (year: number) => `关于印发《${year}年重点工作分工方案》的通知\n\n${year}年重点工作分工方案\n${body}`;

  it('the same lines read differently (第三季度 takes the plan year) are not the same task', () => {
    const before = parseDocument(plan(2023));
    const after = parseDocument(plan(2024), before);
    expect(after.plan!.tasks[0].deadline!.date).not.toBe(before.plan!.tasks[0].deadline!.date);
    const change = compareDocuments(before, after);
    expect(change.tailLines).toBe(body.split('\n').length);
    // Tasks 2 and 3 are unchanged; task 1, although none of its lines changed, is not.
    expect(change.tailTasks).toBe(2);
    expect(change.headTasks).toBe(0);
  });

  it('tasks after inserted lines are the same tasks, moved', () => {
    const before = parseDocument(plan(2023));
    const after = parseDocument(plan(2023).replace('一、经济发展', '一、经济发展\n\n'), before);
    const change = compareDocuments(before, after);
    expect(change.lineDelta).toBe(2);
    expect(change.tailTasks).toBe(3);
    expect(change.sameSectionNames).toBe(true);
  });
});
