import type { FengongDocument, ParseProblem, Plan, Range, Section, SourceText, Task } from '../model';
import { range as mkRange } from '../model';
import { borderedRowNode, carriesTaskFields, HierarchyBuilder, inDocumentOrder, makeTask, type HierarchyTrace, type RawNode } from './hierarchy';
import { rereadRow } from './borderedTable';
import { itemsAreTasks } from './itemsAsTasks';
import { ConventionCounts, statesFirstListedLeads, statesStandingUnits, statesUnitsLeadWithoutLead } from './conventions';
import { isPageTrailer } from './pageTrailer';
import { readNumbering } from './numbering';
import { contentStart, trimEndIndex } from './text';
import { LineMemo } from './memo';
import { readWrappedField } from './splitTail';
import { readingLines } from './source';
import { Sidecar } from '../sidecar';

/**
 * Re-reading one task in place. A keystroke in a large plan changes one line of one task; the
 * structure pass (which line opens which section or task) and everything built from it stay as
 * they were, except that task. When the edit is of that kind, the next parse starts the structure
 * pass again just before the task, with the state recorded there, reads the task's lines alone,
 * and, if they open the same kind of node and leave the pass in the same state for the line after,
 * puts the new task in the old tree. Anything else (lines added or removed, a new heading, a
 * changed number, a directive, an edit in the header) falls back to the full parse, which reuses
 * what it can line by line.
 */

/** What a plan's parse keeps for re-reading one of its tasks (never part of the model). */
export interface SpliceState {
  readonly planYear: number | null;
  readonly firstListedLeads: boolean;
  /** The structure pass read lines [bodyStart, bodyEnd). */
  readonly bodyEnd: number;
  /** Lines before this one may change the notice, the title or what the pass begins with. */
  readonly guard: number;
  readonly trace: HierarchyTrace;
  readonly problems: readonly ParseProblem[];
  readonly fieldCarriers: number;
  readonly counts: ConventionCounts;
}

const STATES = new Sidecar<FengongDocument, SpliceState>('fengong.splice');

export function keepSpliceState(doc: FengongDocument, state: SpliceState): void {
  STATES.set(doc, state);
}

/** The lines a spliced parse found unchanged since the previous version: [0, head) and the last `tail`. */
export interface LineChange {
  /** The previous version's source (not the version itself: a chain of versions must not stay alive). */
  readonly previous: SourceText;
  readonly head: number;
  readonly tail: number;
  /** The one task re-read (by index); every other task and every heading's fields are as they were. */
  readonly task: number;
}

const CHANGES = new Sidecar<FengongDocument, LineChange>('fengong.lineChange');

/**
 * What `doc`'s parse learnt comparing its lines with `previous`'s, when it was made from it by
 * re-reading one task (an incremental lint then need not compare every line again); else null.
 */
export function lineChange(doc: FengongDocument, previous: FengongDocument): LineChange | null {
  const c = CHANGES.get(doc);
  return c && c.previous === previous.source ? c : null;
}

/** How many parses re-read one task in place (tests and the benchmark prove the path is taken). */
export const spliceStats = { spliced: 0 };

/** Lines whose change could alter something outside the structure pass: directives, the stated convention, appendices. */
function touchesOuterRegions(line: string): boolean {
  return (
    line.includes('<!--') ||
    line.includes('fengong-') ||
    statesFirstListedLeads(line) ||
    statesUnitsLeadWithoutLead(line) ||
    line.charCodeAt(contentStart(line)) === 0x9644 ||
    // A page's trailer (`往期推荐`) ends the body.
    isPageTrailer(line)
  );
}

/** A numbered line or a `——` group heading: read the same whatever the line before it holds. */
function opensWhateverPrecedes(line: string, lineNo: number): boolean {
  const at = contentStart(line);
  const c = line.charCodeAt(at);
  return c === 0x2014 || c === 0x2d || c === 0xff0d || readNumbering(line, lineNo, at) !== null;
}

/** The tasks' index whose line is the last at or before `line` (tasks are in line order), or -1. */
function taskAt(tasks: readonly Task[], line: number): number {
  let lo = 0;
  let hi = tasks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tasks[mid].line <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A stand-in for an item open before the re-read lines: only its rank is read. */
function placeholder(rank: number): RawNode {
  return { kind: 'group', rank, numbering: null, line: -1, start: 0, textStart: 0, textEnd: 0, more: [], fields: [], subItems: [], children: [], endLine: -1, endChar: 0, headingEnd: 0 };
}

function sameEnd(a: Range, b: Range): boolean {
  return a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * The parse of `source` made from `previous` by re-reading one task, or null when the edit is not
 * of that kind (the caller then parses in full). The result equals a full parse.
 */
export function spliceTask(source: SourceText, previous: FengongDocument, memoBefore: LineMemo | null): { doc: FengongDocument; memo: LineMemo } | null {
  const state = STATES.get(previous);
  const plan = previous.plan;
  if (!state || !plan || !memoBefore || (state.trace.readsAhead && !state.trace.readsAheadInBordersOnly)) return null;
  const before = previous.source.lines;
  const written = source.lines;
  const n = written.length;
  if (n !== before.length) return null;
  let a = 0;
  while (a < n && before[a] === written[a]) a++;
  if (a === n) return null;
  let b = n;
  while (b > a && before[b - 1] === written[b - 1]) b--;
  if (a < state.guard || b > state.bodyEnd) return null;
  for (let i = a; i < b; i++) if (touchesOuterRegions(before[i]) || touchesOuterRegions(written[i])) return null;
  // The lines as the parser reads them (see `readingLines`), as the whole document was read.
  const lines = readingLines(written);
  if (state.trace.readsAhead) return spliceRow(source, previous, memoBefore, state, plan, lines, a, b);

  // The task whose lines hold the edit: from its first line to the line the next node opens on.
  const k = taskAt(plan.tasks, a);
  if (k < 0) return null;
  const old = plan.tasks[k];
  const { opens, taskOpen, taskRank } = state.trace;
  const o = taskOpen[k];
  const at = opens[o];
  const next = opens[o + 1];
  const end = next ? next.line : state.bodyEnd;
  if (at.line !== old.line || b > end) return null;
  // Lines after the task's own range (blank lines, prose, a closing 落款) may be read by the document as a
  // whole: re-read it in full.
  if (b - 1 > old.range.end.line) return null;
  // A line before the task that looks ahead at the task's first line (a short line heads a group
  // when a numbered task follows) must see the same kind of number there.
  if (a === old.line) {
    const x = readNumbering(before[a], a, contentStart(before[a]));
    const y = readNumbering(lines[a], a, contentStart(lines[a]));
    if (!x || !y || x.numbering.style !== y.numbering.style) return null;
  }

  const memo = new LineMemo(memoBefore.context, memoBefore, true);
  const builder = new HierarchyBuilder(lines, state.bodyEnd, state.planYear, state.firstListedLeads, memo);
  builder.stack = at.stackRanks.map(placeholder);
  builder.current = at.currentRank < 0 ? null : placeholder(at.currentRank);
  builder.openedBefore = at.anyOpened;
  builder.textOpen = at.textOpen;
  builder.table = at.table;
  builder.lastArabic = at.lastArabic;
  builder.run(old.line, end);
  memo.seal();
  if (builder.sawVertical || builder.sawLayout || builder.borderedTables.length) return null; // the edit made a table header: its rows read past the window

  // The same node, and the pass leaves it in the state the next node was opened in.
  if (builder.opened.length !== 1) return null;
  const node = builder.opened[0];
  const num = node.numbering;
  if (node.line !== old.line || node.rank !== taskRank[k] || node.children.length || !num || itemsAreTasks(node)) return null;
  if (num.style !== old.numbering.style || num.value !== old.numbering.value || !!num.cell !== !!old.numbering.cell) return null;
  if (node.kind !== (old.numbering.cell ? 'row' : 'numbered')) return null;
  // The line the next node opened on, read by itself before, may now carry on the task's last field
  // (a list of names wrapped onto it, `牵头单位：区发` / `改委、区财政局`): a short line read as a group
  // heading is then no heading. Only a numbered or `——` line opens a node whatever comes before it.
  const last = node.fields.length ? node.fields[node.fields.length - 1] : null;
  if (next && last && last.range.end.line === end - 1 && !opensWhateverPrecedes(lines[end], end)) {
    const line = lines[end];
    if (readWrappedField(lines, last, [end, contentStart(line), trimEndIndex(line)], state.planYear)) return null;
  }
  // A task that now leaves its text open (its fields lost, or a bracket left unclosed) or no longer does may change how the
  // next line reads (a short line closed by its full stop heads a group only after a task's fields).
  if (next && (builder.lastArabic !== next.lastArabic || builder.table !== next.table || builder.textOpen !== next.textOpen)) return null;
  return putInPlace({ source, previous, memo, state, plan, lines, a, b, k, node, problems: builder.problems, from: old.line, to: end, trace: state.trace });
}

/**
 * A keystroke in a row of a bordered table (see `borderedTable.ts`): the table was read whole at its first rule, so the
 * pass cannot start again at the row's line; the row is read again from its own block of lines instead, with what the
 * table's rows share as it was (`rereadRow`), and its task put in place.
 */
function spliceRow(
  source: SourceText,
  previous: FengongDocument,
  memoBefore: LineMemo,
  state: SpliceState,
  plan: Plan,
  lines: readonly string[],
  a: number,
  b: number,
): { doc: FengongDocument; memo: LineMemo } | null {
  const tables = state.trace.bordered;
  const t = tables.findIndex((x) => x.reading.blocks.length && x.reading.blocks[0].lines[0] <= a && b <= x.end);
  if (t < 0) return null;
  const again = rereadRow(tables[t], readingLines(previous.source.lines), lines, a, b);
  if (!again) return null;
  const k = taskAt(plan.tasks, again.row.line);
  const old = k < 0 ? null : plan.tasks[k];
  if (!old || old.line !== again.row.line || !old.numbering.cell) return null;
  const problems: ParseProblem[] = [];
  const node = borderedRowNode(lines, again.row, tables[t].columns, state.planYear, problems);
  // A row with no field may take one from its words' last bracket when the next row opens (HierarchyBuilder.finish).
  if (!node || !node.fields.length || !old.fields.length || node.children.length || itemsAreTasks(node) || node.rank !== state.trace.taskRank[k]) return null;
  const num = node.numbering!;
  if (num.style !== old.numbering.style || num.value !== old.numbering.value) return null;
  const [from, last] = again.block;
  // A task that took a field from lines past its block (a row's cells broken by earlier edits, read as a field line after
  // it) is more than its block: the block alone would lose that field.
  if (old.fields.some((f) => f.range.start.line < from || f.range.end.line > last)) return null;
  const bordered = tables.slice();
  bordered[t] = again.table;
  const memo = new LineMemo(memoBefore.context, memoBefore, true);
  memo.seal();
  return putInPlace({ source, previous, memo, state, plan, lines, a, b, k, node, problems, from, to: last + 1, trace: { ...state.trace, bordered } });
}

/** What `putInPlace` puts a re-read task's node in place with. */
interface Reread {
  readonly source: SourceText;
  readonly previous: FengongDocument;
  readonly memo: LineMemo;
  readonly state: SpliceState;
  readonly plan: Plan;
  /** The lines as the parser reads them. */
  readonly lines: readonly string[];
  /** The lines edited, [a, b). */
  readonly a: number;
  readonly b: number;
  /** The task re-read (by index), and its new node. */
  readonly k: number;
  readonly node: RawNode;
  /** The problems read with it, which replace those found on lines [from, to). */
  readonly problems: readonly ParseProblem[];
  readonly from: number;
  readonly to: number;
  /** The trace the next parse re-reads from. */
  readonly trace: HierarchyTrace;
}

/**
 * The document with a task's new node in place of its old: its task made, the tree above it copied, the problems
 * and the conventions counted again; or null when the task's change reaches beyond it.
 */
function putInPlace({ source, previous, memo, state, plan, lines, a, b, k, node, problems: read, from, to, trace }: Reread): { doc: FengongDocument; memo: LineMemo } | null {
  const before = previous.source.lines;
  const n = lines.length;
  const old = plan.tasks[k];
  // Whether a leaf carries task fields decides its siblings' status.
  if (carriesTaskFields(node) !== old.fields.some((f) => f.role !== 'groupLead')) return null;
  const fieldCarriers = state.fieldCarriers - (old.fields.length ? 1 : 0) + (node.fields.length ? 1 : 0);
  if (fieldCarriers < 2) return null;

  const task = makeTask(node, lines, old.path, old.index, state.trace.lead, state.planYear);
  // The last task's end decides where a closing 落款 is looked for (the issue date of a notice whose plan
  // is written inside it): when it moves, the document is read again.
  if (k === plan.tasks.length - 1 && task.range.end.line !== old.range.end.line) return null;
  const counts = new ConventionCounts(state.counts);
  counts.count(old, before, -1);
  counts.count(task, lines, 1);
  const counted = counts.result(plan.conventions.taskNumbering, plan.conventions.firstListedLeads);
  if (!counted) return null;
  // A note naming units for every task after it (see `Conventions.standingUnits`) stays where it was: a task that held or
  // now holds one is read with the whole document.
  const standing = plan.conventions.standingUnits;
  if ((standing && standing.note.range.start.line >= from && standing.note.range.start.line < to) || lines.slice(from, to).some(statesStandingUnits)) return null;
  const conventions = standing ? { ...counted, standingUnits: standing } : counted;

  // The problems read from the task's lines are replaced; the others stay, in line order.
  const problems = state.problems;
  let p0 = 0;
  while (p0 < problems.length && problems[p0].range.start.line < from) p0++;
  let p1 = p0;
  while (p1 < problems.length && problems[p1].range.start.line < to) p1++;
  const spliced = [...problems.slice(0, p0), ...inDocumentOrder(read), ...problems.slice(p1)];

  const { children, tasks } = replaceTask(plan, old, task);
  let lastLine = state.bodyEnd - 1;
  while (lastLine > plan.range.start.line && trimEndIndex(lines[lastLine]) === 0) lastLine--;
  const newPlan: Plan = {
    ...plan,
    sections: children.filter((c) => c.type === 'section') as Section[],
    children,
    tasks,
    range: mkRange(plan.range.start.line, plan.range.start.character, lastLine, lines[lastLine].length),
    conventions,
  };
  const doc: FengongDocument = { ...previous, source, plan: newPlan, plans: [newPlan], problems: spliced };
  STATES.set(doc, { ...state, problems: spliced, fieldCarriers, counts, trace });
  CHANGES.set(doc, { previous: previous.source, head: a, tail: n - b, task: k });
  spliceStats.spliced++;
  return { doc, memo };
}

/**
 * The plan's tree with `old` replaced by `task`. Sections are immutable and every node knows its
 * ancestors, so the sections above the task are new, and so is every node under the outermost of
 * them (same content, new ancestors); the rest of the tree is shared.
 */
function replaceTask(plan: Plan, old: Task, task: Task): { children: (Section | Task)[]; tasks: Task[] } {
  const tasks = plan.tasks.slice();
  const onPath = new Set<Section>(old.path);
  const copyTask = (t: Task, path: readonly Section[]): Task => {
    const copy = t === old ? { ...task, path } : { ...t, path };
    tasks[t.index] = copy;
    return copy;
  };
  const copySection = (s: Section, path: readonly Section[]): Section => {
    // A section ends where its last task ends when that task is the edited one.
    const range = onPath.has(s) && sameEnd(s.range, old.range) ? { start: s.range.start, end: task.range.end } : s.range;
    const children: (Section | Task)[] = [];
    const copy: Section = { ...s, range, children, path };
    const inner = [...path, copy];
    for (const c of s.children) children.push(c.type === 'task' ? copyTask(c, inner) : copySection(c, inner));
    return copy;
  };
  const top = old.path[0];
  const children = plan.children.map((c): Section | Task => {
    if (c.type === 'task') return c === old ? copyTask(c, []) : c;
    return c === top ? copySection(c, []) : c;
  });
  return { children, tasks };
}
