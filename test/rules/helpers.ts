/** Shared by the rule tests: seeds, variants, linting, text mutations and fix application. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../server/src/core/parse';
import { lint, applyEdits, type LintOptions } from '../../server/src/core/rules';
import type { Diagnostic, FengongDocument, Field, Task, TextEdit } from '../../server/src/core/model';

export const SEEDS_DIR = join(__dirname, '..', '..', 'seeds');

export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort();
}

export function seed(prefix: string): string {
  const f = seedFiles().find((n) => n.startsWith(prefix));
  if (!f) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEEDS_DIR, f), 'utf8');
}

/** ASCII `:()` `,` `;` → `：（），；` and LF → CRLF, as many drafts are written. */
export function fullWidthCrlf(text: string): string {
  return text
    .replace(/\r\n|\r/g, '\n')
    .replace(/:/g, '：')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/,/g, '，')
    .replace(/;/g, '；')
    .replace(/\n/g, '\r\n');
}

export const TODAY = '2023-06-01';

export function check(text: string, options: LintOptions = {}): { doc: FengongDocument; diagnostics: Diagnostic[] } {
  const doc = parseDocument(text);
  return { doc, diagnostics: lint(doc, { today: TODAY, ...options }) };
}

export const key = (d: Diagnostic) => `${d.rule}@${d.range.start.line}`;

export function keys(ds: readonly Diagnostic[]): string[] {
  return ds.map(key).sort();
}

/** Task texts (without markers and fields): what a fix must never change. */
export function taskTexts(doc: FengongDocument): string[] {
  return (doc.plan?.tasks ?? []).map((t) => t.text.text);
}

export function applyFix(doc: FengongDocument, edits: readonly TextEdit[]): string {
  return applyEdits(doc, edits);
}

export interface Mutation {
  readonly name: string;
  readonly text: string;
  /** Diagnostics the mutation must add: rule and 0-based line in the mutated text. */
  readonly expected: readonly { rule: string; line: number }[];
  /** Lines removed at `at` (baseline diagnostics after it move up). */
  readonly removed?: { readonly at: number; readonly count: number };
}

function lineOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') {
      starts.push(i + 2);
      i++;
    } else if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts;
}

/** Applies edits given in the document's positions (the parser dropped a BOM, if any). */
function edit(doc: FengongDocument, edits: TextEdit[]): string {
  return applyEdits(doc, edits);
}

function renumber(task: Task, value: number): TextEdit {
  const m = /\d+/.exec(task.numbering.marker.text)!;
  const s = task.numbering.marker.range.start;
  return {
    range: { start: { line: s.line, character: s.character + m.index }, end: { line: s.line, character: s.character + m.index + m[0].length } },
    newText: String(value),
  };
}

/** The edit deleting a field in its layout, and how many lines it removes (and where). */
function deleteField(doc: FengongDocument, task: Task, field: Field): { edit: TextEdit; removed?: { at: number; count: number } } {
  const lines = doc.source.lines;
  const idx = task.fields.indexOf(field);
  if (field.layout === 'own-line') {
    const line = field.range.start.line;
    const blankBefore = line > 0 && lines[line - 1].trim() === '';
    const from = blankBefore ? line - 1 : line;
    return {
      edit: { range: { start: { line: from, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' },
      removed: { at: from, count: line + 1 - from },
    };
  }
  const next = task.fields[idx + 1];
  if (next && next.separatorBefore && next.range.start.line === field.range.start.line) {
    return { edit: { range: { start: field.range.start, end: next.label.range.start }, newText: '' } };
  }
  if (field.separatorBefore) return { edit: { range: { start: field.separatorBefore.range.start, end: field.range.end }, newText: '' } };
  // The only field in its parenthesis: remove the parenthesis (and, on a line of its own, the line).
  const line = field.range.start.line;
  const text = lines[line];
  const open = text.lastIndexOf('(', field.range.start.character) >= 0 ? text.lastIndexOf('(', field.range.start.character) : text.lastIndexOf('（', field.range.start.character);
  const closeA = text.indexOf(')', field.range.end.character);
  const closeB = text.indexOf('）', field.range.end.character);
  const close = closeA >= 0 ? closeA : closeB;
  if (field.layout === 'paren-line' && text.slice(0, open).trim() === '' && text.slice(close + 1).trim() === '') {
    const blankBefore = line > 0 && lines[line - 1].trim() === '';
    const from = blankBefore ? line - 1 : line;
    return {
      edit: { range: { start: { line: from, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' },
      removed: { at: from, count: line + 1 - from },
    };
  }
  return { edit: { range: { start: { line, character: open }, end: { line, character: close + 1 } }, newText: '' } };
}

/** A misspelling by one character that reads as no known word: 区商务局 → 区商物局. */
const SUBSTITUTES: Record<string, string> = { 务: '物', 农: '衣', 局: '居', 政: '正', 管: '官', 建: '健', 发: '法', 改: '该', 委: '萎', 业: '叶', 财: '材', 商: '高', 教: '孝' };

export function misspell(name: string): string {
  const cs = Array.from(name);
  const i = cs[0] === '区' || cs[0] === '市' ? 2 : 1;
  const c = cs[i];
  cs[i] = SUBSTITUTES[c] ?? (c === '乂' ? '彡' : '乂');
  return cs.join('');
}

/** The mutations the suite generates from a seed plan (those that apply to its layout). */
export function mutations(text: string): Mutation[] {
  const doc = parseDocument(text);
  const plan = doc.plan!;
  const out: Mutation[] = [];
  // Tasks of the main class (the numbered tasks), away from run boundaries.
  const counts = new Map<string, Task[]>();
  for (const t of plan.tasks) {
    const k = t.numbering.style;
    counts.set(k, [...(counts.get(k) ?? []), t]);
  }
  const main = [...counts.values()].sort((a, b) => b.length - a.length)[0];
  const inRun = (i: number) =>
    i > 0 && i + 3 < main.length && [0, 1, 2, 3].every((k) => main[i + k].numbering.value === main[i - 1].numbering.value + 1 + k);
  const pickFrom = (frac: number, ok: (t: Task, i: number) => boolean = () => true) => {
    const start = Math.floor(main.length * frac);
    for (let d = 0; d < main.length; d++) {
      for (const i of [start + d, start - d]) if (i >= 0 && i < main.length && inRun(i) && ok(main[i], i)) return i;
    }
    return -1;
  };

  // Numbering.
  {
    const i = pickFrom(0.4);
    // Skip a number: this task and the rest of its run move up by one.
    const edits: TextEdit[] = [];
    for (let j = i; j < main.length && (j === i || main[j].numbering.value === main[j - 1].numbering.value + 1); j++) {
      edits.push(renumber(main[j], main[j].numbering.value + 1));
    }
    out.push({ name: 'skip a number', text: edit(doc, edits), expected: [{ rule: 'numbering-gap', line: main[i].line }] });
    out.push({
      name: 'duplicate a number',
      text: edit(doc, [renumber(main[i], main[i - 1].numbering.value)]),
      expected: [{ rule: 'numbering-duplicate', line: main[i].line }],
    });
    out.push({
      name: 'swap two numbers',
      text: edit(doc, [renumber(main[i], main[i + 2].numbering.value), renumber(main[i + 2], main[i].numbering.value)]),
      expected: [
        { rule: 'numbering-order', line: main[i].line },
        { rule: 'numbering-order', line: main[i + 2].line },
      ],
    });
  }

  // Fields.
  const requiredDeadline = plan.conventions.fieldShare.deadline >= 0.9;
  const requiredLead = plan.conventions.fieldShare.leadUnits >= 0.9;
  if (requiredDeadline) {
    const i = pickFrom(0.6, (t) => t.fields.some((f) => f.role === 'deadline'));
    const t = main[i];
    const del = deleteField(doc, t, t.fields.find((f) => f.role === 'deadline')!);
    out.push({ name: 'delete a deadline', text: edit(doc, [del.edit]), expected: [{ rule: 'missing-deadline', line: t.line }], removed: del.removed });
  }
  if (requiredLead) {
    const i = pickFrom(0.3, (t) => t.fields.some((f) => f.role === 'leadUnits'));
    const t = main[i];
    const del = deleteField(doc, t, t.fields.find((f) => f.role === 'leadUnits')!);
    out.push({ name: 'delete a lead field', text: edit(doc, [del.edit]), expected: [{ rule: 'missing-lead', line: t.line }], removed: del.removed });
  }

  // A unit misspelt once: a fully written name the document uses at least three times.
  {
    const usage = new Map<string, number>();
    for (const t of plan.tasks) for (const f of t.fields) for (const n of f.names) usage.set(n.name, (usage.get(n.name) ?? 0) + 1);
    let done = false;
    for (const t of main.slice(Math.floor(main.length / 2)).concat(main)) {
      for (const f of t.fields) {
        if (f.role !== 'leadUnits' && f.role !== 'units') continue;
        for (const n of f.names) {
          if (done || n.collective || n.written.text !== n.name || (usage.get(n.name) ?? 0) < 3) continue;
          if (Array.from(n.name).length < 4 || /(街道办事处|人民政府|街道|镇|乡)$/.test(n.name)) continue;
          const wrong = misspell(n.name);
          if (usage.has(wrong)) continue;
          out.push({
            name: `misspell a unit (${n.name} → ${wrong})`,
            text: edit(doc, [{ range: n.written.range, newText: wrong }]),
            expected: [{ rule: 'unknown-unit', line: n.written.range.start.line }],
          });
          done = true;
        }
      }
    }
  }

  // Stated counts.
  const stated = plan.statedTotal ?? plan.sections.find((s) => s.statedCount)?.statedCount ?? null;
  if (stated) {
    out.push({
      name: 'change a stated count',
      text: edit(doc, [{ range: stated.numberRange, newText: String(stated.value + 1) }]),
      expected: [{ rule: 'count-mismatch', line: stated.numberRange.start.line }],
    });
  }

  // Deadlines.
  const dated = main.filter((t) => t.deadline && t.deadline.kind === 'date' && /\d+月\d+日/.test(t.deadline.text));
  if (dated.length) {
    const t = dated[Math.floor(dated.length / 2)];
    const d = t.deadline!;
    const m = /(\d+)月(\d+)日/.exec(d.text)!;
    const at = { line: d.range.start.line, character: d.range.start.character + m.index };
    out.push({
      name: 'make a date impossible',
      text: edit(doc, [{ range: { start: at, end: { line: at.line, character: at.character + m[0].length } }, newText: '2月30日' }]),
      expected: [{ rule: 'deadline-invalid', line: d.range.start.line }],
    });
    const y = /\d{4}/.exec(d.text)!;
    const yat = { line: d.range.start.line, character: d.range.start.character + y.index };
    out.push({
      name: 'move a deadline to another year',
      text: edit(doc, [{ range: { start: yat, end: { line: yat.line, character: yat.character + 4 } }, newText: String(Number(y[0]) + 1) }]),
      expected: [{ rule: 'deadline-out-of-range', line: d.range.start.line }],
    });
  }
  return out;
}

export { lineOffsets };

export type NumberingKind = 'skip' | 'duplicate' | 'swap' | 'swap-adjacent';

/** Main-class tasks that sit inside a run with at least two consecutive neighbours either side. */
export function interiorTasks(doc: FengongDocument): Task[] {
  const tasks = doc.plan!.tasks.filter((t) => t.numbering.style === 'arabic-dot' || t.numbering.style === 'arabic-dun');
  return tasks.filter((t, i) => {
    if (i < 2 || i + 3 >= tasks.length) return false;
    for (let k = -2; k <= 3; k++) if (tasks[i + k].numbering.value !== t.numbering.value + k) return false;
    return true;
  });
}

/** One numbering mutation at task `t` (an interior task), with what must be reported. */
export function numberingMutation(doc: FengongDocument, t: Task, kind: NumberingKind): Mutation {
  const tasks = doc.plan!.tasks.filter((x) => x.numbering.style === t.numbering.style);
  const i = tasks.indexOf(t);
  switch (kind) {
    case 'skip': {
      const edits: TextEdit[] = [];
      for (let j = i; j < tasks.length && (j === i || tasks[j].numbering.value === tasks[j - 1].numbering.value + 1); j++) {
        edits.push(renumber(tasks[j], tasks[j].numbering.value + 1));
      }
      return { name: kind, text: edit(doc, edits), expected: [{ rule: 'numbering-gap', line: t.line }] };
    }
    case 'duplicate':
      return { name: kind, text: edit(doc, [renumber(t, tasks[i - 1].numbering.value)]), expected: [{ rule: 'numbering-duplicate', line: t.line }] };
    case 'swap':
      return {
        name: kind,
        text: edit(doc, [renumber(t, tasks[i + 2].numbering.value), renumber(tasks[i + 2], t.numbering.value)]),
        expected: [
          { rule: 'numbering-order', line: t.line },
          { rule: 'numbering-order', line: tasks[i + 2].line },
        ],
      };
    case 'swap-adjacent':
      return {
        name: kind,
        text: edit(doc, [renumber(t, tasks[i + 1].numbering.value), renumber(tasks[i + 1], t.numbering.value)]),
        expected: [
          { rule: 'numbering-order', line: t.line },
          { rule: 'numbering-order', line: tasks[i + 1].line },
        ],
      };
  }
}
