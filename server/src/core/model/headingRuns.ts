import type { Plan, Section, SectionLevel, Task } from './document';

/** A numbered item of a heading run: a heading, or a task numbered among the headings beside it. */
export type RunMember = Section | Task;

/** Headings numbered as one sequence: `（一）（二）（三）` under one part, or run on across parts. */
export interface HeadingRun {
  /**
   * The sequence in document order. A task written in the headings' own style beside them
   * (`（一）` a task in its own right, `（二）` a heading over `1.` `2.`, `（三）` a task again) takes
   * its place in the sequence: the reader counts one list, whatever each item holds.
   */
  readonly list: readonly RunMember[];
  /** The level of the headings in the run. */
  readonly level: SectionLevel;
  /** The headings' common parent when they are its children alone; null at the top or across parents. */
  readonly parent: Section | null;
  /** Set when the run crosses parents (`（三）` opens part 二 after part 一's `（一）（二）`): their level. */
  readonly across: Section['level'] | null;
}

/** The line a run member's number is written on. */
export function memberLine(m: RunMember): number {
  return m.type === 'section' ? m.headingRange.start.line : m.numbering.marker.range.start.line;
}

/**
 * The plan's numbered headings as the document numbers them: siblings of one level and style count
 * within their parent, unless every later parent's list carries on from the one before (no list after
 * the first starts again at 1), as national plans number chapters across parts. The numbering rules
 * and renumbering read the same runs.
 */
export function headingRuns(plan: Plan): HeadingRun[] {
  const siblings: { key: string; level: SectionLevel; parent: Section | null; list: RunMember[] }[] = [];
  // Tasks in a style no heading beside them has: under `（二）`, `3.举办…` after `（一）`'s headings `1.` `2.` (their tasks its
  // items) may go on with their numbers. Kept to be joined to the runs below (see the end).
  const alone: { parent: Section; style: Task['numbering']['style']; list: Task[] }[] = [];
  const visit = (children: readonly (Section | Task)[], parent: Section | null) => {
    const byLevel = new Map<string, Section[]>();
    let tasks: Task[] | null = null;
    for (const c of children) {
      if (c.type !== 'section') {
        if (!c.numbering.implicit) (tasks ??= []).push(c);
        continue;
      }
      if (c.numbering) {
        const key = `${c.level}/${c.numbering.style}`;
        const list = byLevel.get(key) ?? [];
        list.push(c);
        byLevel.set(key, list);
      }
      visit(c.children, c);
    }
    const styles = new Set<string>();
    for (const [key, list] of byLevel) {
      const style = list[0].numbering!.style;
      styles.add(style);
      const beside = tasks?.filter((t) => t.numbering.style === style) ?? [];
      const members: RunMember[] = beside.length ? [...list, ...beside].sort((a, b) => memberLine(a) - memberLine(b)) : list;
      siblings.push({ key, level: list[0].level, parent, list: members });
    }
    if (tasks && parent) {
      const rest = tasks.filter((t) => !styles.has(t.numbering.style));
      if (rest.length) alone.push({ parent, style: rest[0].numbering.style, list: rest.filter((t) => t.numbering.style === rest[0].numbering.style) });
    }
  };
  visit(plan.children, null);
  // Such tasks join the headings of their style under the parents beside theirs (of the parent's level), as a list of
  // their own: the lists then run on as one sequence only where none after the first starts again at 1 (see runsOn).
  for (const a of alone) {
    const kin = siblings.find((g) => g.parent !== null && g.parent.level === a.parent.level && g.list[0].numbering!.style === a.style && g.list[0].type === 'section');
    if (kin) siblings.push({ key: kin.key, level: kin.level, parent: a.parent, list: a.list });
  }
  const byKey = new Map<string, typeof siblings>();
  for (const s of siblings) {
    const all = byKey.get(s.key);
    if (all) all.push(s);
    else byKey.set(s.key, [s]);
  }
  const runs: HeadingRun[] = [];
  for (const all of byKey.values()) {
    const level = all[0].level;
    // Lists under parents, in document order (a list with no parent stands alone).
    const nested = all.filter((g) => g.parent !== null).sort((a, b) => memberLine(a.list[0]) - memberLine(b.list[0]));
    const merged = runsOn(nested.map((g) => g.list));
    if (merged) runs.push({ list: nested.flatMap((g) => g.list), level, parent: null, across: nested[1].parent!.level });
    for (const { parent, list } of all) {
      if (merged && parent !== null) continue;
      runs.push({ list, level, parent, across: null });
    }
  }
  return runs;
}

/** The tasks the runs count among headings: their numbers belong to those runs, not to the tasks' own. */
export function tasksInHeadingRuns(lists: Iterable<readonly RunMember[]>): Set<Task> {
  const out = new Set<Task>();
  for (const list of lists) for (const m of list) if (m.type === 'task') out.add(m);
  return out;
}

/**
 * Whether sibling lists under successive parents number on from each other: no list after the first
 * starts again at 1 (a skipped number at a boundary is then a gap in the one sequence). One list
 * never does.
 */
function runsOn(lists: readonly RunMember[][]): boolean {
  if (lists.length < 2) return false;
  for (let i = 1; i < lists.length; i++) if (lists[i][0].numbering!.value <= 1) return false;
  return true;
}
