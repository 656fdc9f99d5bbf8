/**
 * What changed between two versions of a document, in the terms an incremental lint needs: the
 * lines both versions share at the start and at the end, the tasks both share there, and whether
 * the headings' unit and leader names stayed the same.
 *
 * A task counts as unchanged only when it lies wholly in the shared lines of both versions AND
 * everything a task rule reads from it compares equal (positions shifted by the line delta): the
 * parser reads a task in context (the number the sequence expects, the plan year, the document's
 * conventions), so equal lines alone do not prove an equal task. Identical objects (a parser that
 * reuses what it read before) are equal without looking inside.
 */
import type { Deadline, Diagnostic, FengongDocument, Field, Fix, Numbering, Range, Section, Span, Task, UnitRef } from '../model';
import { lineChange } from '../parse/splice';

export interface Change {
  /** Lines [0, headLines) are the same in both versions… */
  readonly headLines: number;
  /** …and so are the last `tailLines` lines, which moved by `lineDelta`. */
  readonly tailLines: number;
  readonly lineDelta: number;
  /** Tasks [0, headTasks) are unchanged, in place… */
  readonly headTasks: number;
  /** …and so are the last `tailTasks` tasks, whose indices moved by `taskDelta`. */
  readonly tailTasks: number;
  readonly taskDelta: number;
  readonly oldTaskCount: number;
  /** The headings' unit and leader names, in order, are the same. */
  readonly sameSectionNames: boolean;
}

function sameRange(a: Range, b: Range, d: number): boolean {
  return (
    a.start.line + d === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line + d === b.end.line &&
    a.end.character === b.end.character
  );
}

function sameSpan(a: Span, b: Span, d: number): boolean {
  return a.text === b.text && sameRange(a.range, b.range, d);
}

function sameNumbering(a: Numbering, b: Numbering, d: number): boolean {
  if (a === b && d === 0) return true;
  return a.style === b.style && a.value === b.value && a.fullWidth === b.fullWidth && a.delimiter === b.delimiter && a.cell === b.cell && sameSpan(a.marker, b.marker, d);
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameRef(a: UnitRef, b: UnitRef, d: number): boolean {
  return a.name === b.name && a.collective === b.collective && sameSpan(a.written, b.written, d) && sameStrings(a.aliases, b.aliases);
}

function sameDeadline(a: Deadline | null, b: Deadline | null, d: number): boolean {
  if (a === null || b === null || (a === b && d === 0)) return a === b;
  return a.text === b.text && a.kind === b.kind && a.date === b.date && a.year === b.year && a.valid === b.valid && sameRange(a.range, b.range, d);
}

function sameField(a: Field, b: Field, d: number): boolean {
  if (a === b && d === 0) return true;
  if (a.role !== b.role || a.layout !== b.layout || a.names.length !== b.names.length) return false;
  if (!sameSpan(a.label, b.label, d) || !sameSpan(a.value, b.value, d) || !sameRange(a.range, b.range, d)) return false;
  if (!sameDeadline(a.deadline, b.deadline, d)) return false;
  const sa = a.separatorBefore;
  const sb = b.separatorBefore;
  if (sa === null || sb === null ? sa !== sb : !sameSpan(sa, sb, d)) return false;
  for (let i = 0; i < a.names.length; i++) if (!sameRef(a.names[i], b.names[i], d)) return false;
  return true;
}

/** Everything a task rule may read from a task (see `TaskRule`), `b` being `a` moved by `d` lines. */
function sameTask(a: Task, b: Task, d: number): boolean {
  // Tasks are immutable: a parse that kept a task (one that re-read another task in place) shares it.
  if (a === b && d === 0) return true;
  if (a.line + d !== b.line || a.fields.length !== b.fields.length) return false;
  if (!sameRange(a.range, b.range, d) || !sameSpan(a.text, b.text, d) || !sameNumbering(a.numbering, b.numbering, d)) return false;
  if (!sameDeadline(a.deadline, b.deadline, d)) return false;
  // Equal fields give the same leads, except where the plan's 列第一位者为牵头单位 came or went.
  if (a.leadUnits.length !== b.leadUnits.length) return false;
  if (a.fields !== b.fields || d !== 0) for (let i = 0; i < a.fields.length; i++) if (!sameField(a.fields[i], b.fields[i], d)) return false;
  return true;
}

/** The first and last line a task's rules may read. */
function firstLine(t: Task): number {
  let l = Math.min(t.line, t.range.start.line, t.numbering.marker.range.start.line);
  for (const f of t.fields) l = Math.min(l, f.range.start.line);
  return l;
}

function lastLine(t: Task): number {
  let l = Math.max(t.line, t.range.end.line);
  for (const f of t.fields) l = Math.max(l, f.range.end.line);
  return l;
}

/** The names a list of fields contributes to the usage counts, compared in order. */
function sameFieldNames(a: readonly Field[], b: readonly Field[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    const kx = x.role === 'deadline' ? 0 : x.role === 'leaders' ? 1 : 2;
    const ky = y.role === 'deadline' ? 0 : y.role === 'leaders' ? 1 : 2;
    if (kx !== ky || x.names.length !== y.names.length) return false;
    if (kx === 0) continue;
    for (let k = 0; k < x.names.length; k++) {
      if (x.names[k].name !== y.names[k].name || x.names[k].collective !== y.names[k].collective) return false;
    }
  }
  return true;
}

function sectionFields(doc: FengongDocument): (readonly Field[])[] {
  const out: (readonly Field[])[] = [];
  const walk = (children: readonly (Section | Task)[]) => {
    for (const c of children) {
      if (c.type !== 'section') continue;
      if (c.fields.length) out.push(c.fields);
      walk(c.children);
    }
  };
  if (doc.plan) walk(doc.plan.children);
  return out;
}

function sameNameLists(a: readonly (readonly Field[])[], b: readonly (readonly Field[])[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameFieldNames(a[i], b[i])) return false;
  return true;
}

export function compareDocuments(prev: FengongDocument, next: FengongDocument): Change {
  const a = prev.source.lines;
  const b = next.source.lines;
  const shared = Math.min(a.length, b.length);
  // The parse may have compared the lines already (it re-read one task in place).
  const known = lineChange(next, prev);
  let headLines = known ? known.head : 0;
  if (!known) while (headLines < shared && a[headLines] === b[headLines]) headLines++;
  let tailLines = known ? known.tail : 0;
  if (!known) while (tailLines < shared - headLines && a[a.length - 1 - tailLines] === b[b.length - 1 - tailLines]) tailLines++;
  const lineDelta = b.length - a.length;

  const ta = prev.plan?.tasks ?? [];
  const tb = next.plan?.tasks ?? [];
  if (known) {
    // One task re-read in place: the tasks before it lie in the shared head, those after in the
    // shared tail, all the same; no heading changed.
    return { headLines, tailLines, lineDelta: 0, headTasks: known.task, tailTasks: tb.length - known.task - 1, taskDelta: 0, oldTaskCount: ta.length, sameSectionNames: true };
  }
  const sharedTasks = Math.min(ta.length, tb.length);
  let headTasks = 0;
  while (headTasks < sharedTasks) {
    const x = ta[headTasks];
    const y = tb[headTasks];
    if (lastLine(x) >= headLines || (x !== y && lastLine(y) >= headLines) || !sameTask(x, y, 0)) break;
    headTasks++;
  }
  let tailTasks = 0;
  while (tailTasks < sharedTasks - headTasks) {
    const x = ta[ta.length - 1 - tailTasks];
    const y = tb[tb.length - 1 - tailTasks];
    if (firstLine(x) < a.length - tailLines || firstLine(y) < b.length - tailLines || !sameTask(x, y, lineDelta)) break;
    tailTasks++;
  }

  const sameSectionNames = sameNameLists(sectionFields(prev), sectionFields(next));

  return {
    headLines,
    tailLines,
    lineDelta,
    headTasks,
    tailTasks,
    taskDelta: tb.length - ta.length,
    oldTaskCount: ta.length,
    sameSectionNames,
  };
}

function shiftRange(r: Range, d: number): Range {
  return { start: { line: r.start.line + d, character: r.start.character }, end: { line: r.end.line + d, character: r.end.character } };
}

function shiftFix(f: Fix, d: number): Fix {
  const edits = f.edits.map((e) => ({ range: shiftRange(e.range, d), newText: e.newText }));
  return f.preferred ? { title: f.title, edits, preferred: f.preferred } : { title: f.title, edits };
}

/** A diagnostic moved by `d` lines: its range, its fixes' edits and its related locations. Same shape. */
export function shiftDiagnostic(x: Diagnostic, d: number): Diagnostic {
  if (d === 0) return x;
  const out: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
    rule: x.rule,
    severity: x.severity,
    message: x.message,
    range: shiftRange(x.range, d),
  };
  if (x.fixes) out.fixes = x.fixes.map((f) => shiftFix(f, d));
  if (x.related) out.related = x.related.map((r) => ({ range: shiftRange(r.range, d), message: r.message }));
  return out;
}
