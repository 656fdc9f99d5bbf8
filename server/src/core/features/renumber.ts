/**
 * Renumbering: rewrite only the numerals inside markers so every run counts 1, 2, 3… — task
 * numbering follows the document's own scheme (restart per section or run on), sections count
 * within their parent. Text is never touched.
 */
import type { FengongDocument, Numbering, Position, Section, Task, TextEdit } from '../model';
import { containsPosition, headingRuns, memberLine, tasksInHeadingRuns, type RunMember } from '../model';
import { numeralFor, numeralRange, planAt, sectionHeadingAt, taskAt, tasksOf } from './util';

function editsFor(items: readonly { readonly numbering: Numbering | null }[], start = 1): TextEdit[] {
  const out: TextEdit[] = [];
  let expected = start;
  for (const it of items) {
    const n = it.numbering;
    if (!n) continue;
    if (n.value !== expected) {
      const r = numeralRange(n);
      if (r) out.push({ range: r, newText: numeralFor(n, expected) });
    }
    expected++;
  }
  return out;
}

/** The key of the counter a task's number belongs to, following the document's numbering scheme. */
function taskScope(doc: FengongDocument, t: Task): string {
  const plan = planAt(doc, t.line);
  const scheme = plan?.conventions.taskNumbering ?? {};
  for (let i = t.path.length - 1; i >= 0; i--) {
    const s = t.path[i];
    if (scheme[s.level] === 'restart') return `${s.headingRange.start.line}`;
  }
  // Each plan a notice attaches numbers its tasks on its own.
  return `plan${plan?.range.start.line ?? 0}`;
}

/**
 * Numbered headings in the runs the document numbers them in, with any task numbered among them
 * (the numbering rules read the same), keyed by where each run starts.
 */
function sectionRuns(doc: FengongDocument): Map<string, readonly RunMember[]> {
  const runs = new Map<string, readonly RunMember[]>();
  for (const plan of doc.plans) for (const run of headingRuns(plan)) runs.set(`${memberLine(run.list[0])}:${run.level}`, run.list);
  return runs;
}

/** The tasks' counters, by the document's scheme; a task numbered among headings counts in their run instead. */
function taskRuns(doc: FengongDocument, headings: ReadonlyMap<string, readonly RunMember[]>): Map<string, Task[]> {
  const runs = new Map<string, Task[]>();
  const amongHeadings = tasksInHeadingRuns(headings.values());
  for (const t of tasksOf(doc)) {
    if (t.numbering.implicit) continue; // no number written: nothing to rewrite
    if (amongHeadings.has(t)) continue; // counted with the headings beside it
    const k = `${taskScope(doc, t)}:${t.numbering.style}`;
    let run = runs.get(k);
    if (!run) runs.set(k, (run = []));
    run.push(t);
  }
  return runs;
}

function sorted(edits: TextEdit[]): TextEdit[] {
  return edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Renumber every level of the plan. */
export function renumberPlan(doc: FengongDocument): TextEdit[] {
  const edits: TextEdit[] = [];
  const headings = sectionRuns(doc);
  for (const run of taskRuns(doc, headings).values()) edits.push(...editsFor(run));
  for (const run of headings.values()) edits.push(...editsFor(run));
  return sorted(edits);
}

export interface LevelAt {
  readonly kind: 'task' | Section['level'];
  readonly items: readonly (Task | Section)[];
}

/** The numbering run the position sits in: the task's counter, or a heading's siblings. */
export function levelAt(doc: FengongDocument, p: Position): LevelAt | null {
  const headings = sectionRuns(doc);
  const heading = sectionHeadingAt(doc, p);
  if (heading && heading.numbering) {
    for (const run of headings.values()) if (run.includes(heading)) return { kind: heading.level, items: run };
  }
  const t = taskAt(doc, p) ?? tasksOf(doc).find((x) => containsPosition(x.numbering.marker.range, p)) ?? null;
  if (t) {
    // A task numbered among the headings beside it counts with them.
    for (const run of headings.values()) if (run.includes(t)) return { kind: 'task', items: run };
    const k = `${taskScope(doc, t)}:${t.numbering.style}`;
    return { kind: 'task', items: taskRuns(doc, headings).get(k) ?? [t] };
  }
  return null;
}

/** Renumber only the run at the position; null when the position is in no numbered run. */
export function renumberLevel(doc: FengongDocument, p: Position): TextEdit[] | null {
  const level = levelAt(doc, p);
  if (!level) return null;
  return sorted(editsFor(level.items));
}
