/**
 * Shared helpers for the pure feature providers: walking the model, finding what sits at a
 * position, naming tasks, numerals. No LSP or VS Code imports here.
 */
import { toChinese } from '../parse/numbering';
import {
  comparePositions,
  containsPosition,
  isWrittenWhole,
  type Field,
  type FengongDocument,
  type Position,
  type Range,
  type Section,
  type Task,
  type UnitRef,
  type Numbering,
  type Plan,
} from '../model';
import { Sidecar } from '../sidecar';

export type Node = Section | Task;

const sectionCache = new Sidecar<FengongDocument, Section[]>('fengong.sections');
const occurrenceCache = new Sidecar<FengongDocument, NameOccurrence[]>('fengong.occurrences');

/** Every section of the plan, depth first, in document order (computed once per document). */
export function allSections(doc: FengongDocument): Section[] {
  const cached = sectionCache.get(doc);
  if (cached) return cached;
  const out: Section[] = [];
  sectionCache.set(doc, out);
  const visit = (nodes: readonly Node[]): void => {
    for (const n of nodes) {
      if (n.type === 'section') {
        out.push(n);
        visit(n.children);
      }
    }
  };
  for (const plan of doc.plans) visit(plan.children);
  return out;
}

const taskCache = new Sidecar<FengongDocument, readonly Task[]>('fengong.allTasks');

/** Every task of every plan, in document order. */
export function tasksOf(doc: FengongDocument): readonly Task[] {
  if (doc.plans.length < 2) return doc.plan?.tasks ?? [];
  let all = taskCache.get(doc);
  if (!all) taskCache.set(doc, (all = doc.plans.flatMap((p) => p.tasks)));
  return all;
}

/** The plan holding a line: a notice may attach several, each with its own conventions. */
export function planAt(doc: FengongDocument, line: number): Plan | null {
  if (doc.plans.length < 2) return doc.plan;
  let found: Plan | null = null;
  for (const p of doc.plans) if (p.range.start.line <= line) found = p;
  return found ?? doc.plan;
}

/** Tasks inside a section, at any depth. */
export function tasksIn(section: Section): Task[] {
  const out: Task[] = [];
  const visit = (nodes: readonly Node[]): void => {
    for (const n of nodes) {
      if (n.type === 'task') out.push(n);
      else visit(n.children);
    }
  };
  visit(section.children);
  return out;
}

/** The task whose range holds the position (innermost; tasks do not nest). */
export function taskAt(doc: FengongDocument, p: Position): Task | null {
  const tasks = tasksOf(doc);
  // Binary search on the first line, then check the range.
  let lo = 0;
  let hi = tasks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (comparePositions(tasks[mid].range.start, p) <= 0) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found >= 0 && containsPosition(tasks[found].range, p)) return tasks[found];
  return null;
}

/** The innermost section whose heading line holds the position. */
export function sectionHeadingAt(doc: FengongDocument, p: Position): Section | null {
  for (const s of allSections(doc)) {
    if (containsPosition(s.headingRange, p)) return s;
  }
  return null;
}

/** The innermost section whose range holds the position. */
export function sectionAt(doc: FengongDocument, p: Position): Section | null {
  let best: Section | null = null;
  for (const s of allSections(doc)) {
    if (containsPosition(s.range, p)) best = s; // depth-first order: later = deeper
  }
  return best;
}

export interface NameOccurrence {
  readonly ref: UnitRef;
  readonly field: Field;
  /** The task naming it, or null when the field sits on a section heading. */
  readonly task: Task | null;
  readonly section: Section | null;
}

/** Every unit/leader name written in the document's fields (tasks and headings), in document order. */
export function nameOccurrences(doc: FengongDocument): NameOccurrence[] {
  const cached = occurrenceCache.get(doc);
  if (cached) return cached;
  const out: NameOccurrence[] = [];
  occurrenceCache.set(doc, out);
  for (const s of allSections(doc)) {
    for (const f of s.fields) for (const ref of f.names) out.push({ ref, field: f, task: null, section: s });
  }
  for (const t of tasksOf(doc)) {
    for (const f of t.fields) for (const ref of f.names) out.push({ ref, field: f, task: t, section: null });
  }
  out.sort((a, b) => comparePositions(a.ref.written.range.start, b.ref.written.range.start));
  return out;
}

export function occurrenceAt(doc: FengongDocument, p: Position): NameOccurrence | null {
  const all = nameOccurrences(doc);
  // First occurrence starting on the position's line or later, then scan back over earlier lines.
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].ref.written.range.start.line < p.line) lo = mid + 1;
    else hi = mid;
  }
  for (let i = Math.max(0, lo - 50); i < all.length && all[i].ref.written.range.start.line <= p.line; i++) {
    const r = all[i].ref.written.range;
    if (!containsPosition(r, p)) continue;
    // A name a table's cell wrapped past the row's other cells is found on its first piece only: the lines its
    // range crosses hold those cells.
    if (r.start.line !== r.end.line && p.line !== r.start.line && !isWrittenWhole(doc.source.lines, all[i].ref.written)) continue;
    return all[i];
  }
  return null;
}

export function fieldAt(doc: FengongDocument, p: Position): Field | null {
  const t = taskAt(doc, p);
  const fields = t ? t.fields : (sectionHeadingAt(doc, p)?.fields ?? []);
  for (const f of fields) if (containsPosition(f.range, p)) return f;
  return null;
}

/** The first words of a task, for outlines and lists: up to the first sentence break or `max` chars. */
/**
 * A heading's title as a reader names it (without its marker): its words up to the first sentence's full stop, when a paragraph follows it on
 * its line (`（一）产业提升人才行动计划。围绕发展战略性主导产业，…实施如下重点项目：`, 广州 2012). The model keeps the whole line:
 * the rules read it (a notice's `一、高度重视。各县区要……。` is a paragraph, not an empty part).
 */
export function headingWords(s: Section): string {
  const text = s.title.text;
  const stop = text.indexOf('。');
  const nl = text.indexOf('\n');
  return stop < 0 || (nl >= 0 && nl < stop) || text.length - stop - 1 < 10 ? text : text.slice(0, stop + 1);
}

/** {@link headingWords} after the heading's marker (`（一）产业提升人才行动计划。`). */
export function headingTitle(s: Section): string {
  return `${s.numbering?.marker.text ?? ''}${headingWords(s)}`;
}

export function firstWords(text: string, max = 24): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const stop = t.search(/[。；;，,：:！？!?]/);
  let cut = stop > 0 && stop <= max ? t.slice(0, stop) : t;
  const long = cut.length > max;
  if (long) cut = cut.slice(0, max);
  // A cut inside a bracket (`主要目标(以市级下达目标为参照,…)`) would leave it open: cut before the bracket.
  const open = unclosedBracket(cut);
  if (open > 0) return cut.slice(0, open).trimEnd() + (cut.length < t.length ? '…' : '');
  return long ? cut + '…' : cut;
}

const OPENERS = '(（〔【《[［';
const CLOSERS = ')）〕】》]］';

/** Where the outermost bracket `text` leaves open begins, or -1. */
function unclosedBracket(text: string): number {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (OPENERS.includes(text[i])) open.push(i);
    else if (CLOSERS.includes(text[i])) open.pop();
  }
  return open.length ? open[0] : -1;
}

/** The number as the document writes it: `12`, `（三）`-style → `三`. */
export function numberLabel(n: Numbering): string {
  return isChineseStyle(n) ? toChineseNumeral(n.value) : String(n.value);
}

/** 1 → 一, 10 → 十, 12 → 十二, 105 → 一百零五: the parser's own numeral writer. */
export const toChineseNumeral = toChinese;

/** Where the numeral sits inside a marker (`（十二）` → the range of `十二`). */
export function numeralRange(n: Numbering): Range | null {
  // A number wrapped over lines in a table's cell (`1` over `0`) cannot be rewritten in place.
  if (n.marker.range.start.line !== n.marker.range.end.line) return null;
  const text = n.marker.text;
  const m = /[0-9０-９]+|[零〇一二三四五六七八九十百两]+|[①-⑳⑴-⒇⒈-⒛]/.exec(text);
  if (!m) return null;
  const start = n.marker.range.start;
  return {
    start: { line: start.line, character: start.character + m.index },
    end: { line: start.line, character: start.character + m.index + m[0].length },
  };
}

/** 一、 (一) 第一部分: numbers written in Chinese numerals. */
export function isChineseStyle(n: Numbering): boolean {
  return n.style.startsWith('cn-');
}

/** The numeral text for a value in a numbering's style. */
export function numeralFor(n: Numbering, value: number): string {
  if (isChineseStyle(n)) return toChineseNumeral(value);
  switch (n.style) {
    case 'arabic-circled':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2460 + value - 1) : String(value);
    default: {
      // ⑴ and ⒈ are renumbered in their own family while it lasts (1–20).
      const first = n.marker.text.charCodeAt(0);
      if (first >= 0x2474 && first <= 0x249b && value >= 1 && value <= 20) return String.fromCharCode((first >= 0x2488 ? 0x2488 : 0x2474) + value - 1);
      const written = numeralRange(n) ? n.marker.text : '';
      // Keep full-width digits when the marker used them.
      if (/[０-９]/.test(written)) return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
      return String(value);
    }
  }
}

export function levelName(level: Section['level'], locale: 'zh' | 'en' = 'zh'): string {
  if (locale === 'en') return level;
  return level === 'part' ? '部分' : level === 'chapter' ? '章节' : '组';
}

export function sectionLabel(s: Section): string {
  const marker = s.numbering ? s.numbering.marker.text : s.level === 'group' ? '' : '';
  return `${marker}${s.title.text}`.trim() || '(无标题)';
}

export function taskLabel(t: Task): string {
  return `${t.numbering.marker.text}${firstWords(t.text.text)}`;
}

/** The lead units written for a task, falling back to the group's 总牵头单位 when the task has none. */
export function leadNames(t: Task): string[] {
  return t.leadUnits.map((u) => u.name);
}

export function uniq<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

export function isCancelled(token?: { readonly isCancellationRequested: boolean }): boolean {
  return !!token && token.isCancellationRequested;
}

/** Path of section titles for a task: `二、重点工作 › (一)坚持…`. */
export function pathLabel(t: Task, sep = ' › '): string {
  return t.path.map((s) => (s.numbering ? s.numbering.marker.text : '——') + firstWords(s.title.text, 16)).join(sep);
}

export function rangeText(lines: readonly string[], r: Range): string {
  if (r.start.line === r.end.line) return (lines[r.start.line] ?? '').slice(r.start.character, r.end.character);
  const parts = [(lines[r.start.line] ?? '').slice(r.start.character)];
  for (let l = r.start.line + 1; l < r.end.line; l++) parts.push(lines[l] ?? '');
  parts.push((lines[r.end.line] ?? '').slice(0, r.end.character));
  return parts.join('\n');
}

/**
 * A task's number as a reader would cite it: `12`, or `三、1` when numbering restarts inside the
 * enclosing section (so numbers alone are ambiguous).
 */
export function taskId(doc: FengongDocument, t: Task): string {
  const n = String(t.numbering.value);
  const plan = planAt(doc, t.line);
  const scheme = plan?.conventions.taskNumbering ?? {};
  for (let i = t.path.length - 1; i >= 0; i--) {
    const s = t.path[i];
    if (scheme[s.level] === 'restart' && s.numbering && hasRestartSiblings(doc, plan, s)) return `${s.numbering.marker.text.trim()}${n}`;
  }
  return n;
}

function hasRestartSiblings(doc: FengongDocument, plan: Plan | null, s: Section): boolean {
  // Only qualify when more than one section at this level (of the same plan) holds tasks.
  const same = allSections(doc).filter((x) => planAt(doc, x.headingRange.start.line) === plan && x.level === s.level && x.children.some((c) => c.type === 'task' || c.type === 'section'));
  return same.filter((x) => tasksIn(x).length > 0).length > 1;
}
