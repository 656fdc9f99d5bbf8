import type { Plan, Section, Task } from './document';

/** Headings numbered as one sequence: `（一）（二）（三）` under one part, or run on across parts. */
export interface HeadingRun {
  readonly list: readonly Section[];
  /** The headings' common parent when they are its children alone; null at the top or across parents. */
  readonly parent: Section | null;
  /** Set when the run crosses parents (`（三）` opens part 二 after part 一's `（一）（二）`): their level. */
  readonly across: Section['level'] | null;
}

/**
 * The plan's numbered headings as the document numbers them: siblings of one level and style count
 * within their parent, unless every later parent's list carries on from the one before (no list after
 * the first starts again at 1), as national plans number chapters across parts. The numbering rules
 * and renumbering read the same runs.
 */
export function headingRuns(plan: Plan): HeadingRun[] {
  const siblings: { key: string; parent: Section | null; list: Section[] }[] = [];
  const visit = (children: readonly (Section | Task)[], parent: Section | null) => {
    const byLevel = new Map<string, Section[]>();
    for (const c of children) {
      if (c.type !== 'section') continue;
      if (c.numbering) {
        const key = `${c.level}/${c.numbering.style}`;
        const list = byLevel.get(key) ?? [];
        list.push(c);
        byLevel.set(key, list);
      }
      visit(c.children, c);
    }
    for (const [key, list] of byLevel) siblings.push({ key, parent, list });
  };
  visit(plan.children, null);
  const byKey = new Map<string, { parent: Section | null; list: Section[] }[]>();
  for (const s of siblings) {
    const all = byKey.get(s.key);
    if (all) all.push(s);
    else byKey.set(s.key, [s]);
  }
  const runs: HeadingRun[] = [];
  for (const all of byKey.values()) {
    // Lists under parents, in document order (a list with no parent stands alone).
    const nested = all.filter((g) => g.parent !== null).sort((a, b) => a.list[0].headingRange.start.line - b.list[0].headingRange.start.line);
    const merged = runsOn(nested.map((g) => g.list));
    if (merged) runs.push({ list: nested.flatMap((g) => g.list), parent: null, across: nested[1].parent!.level });
    for (const { parent, list } of all) {
      if (merged && parent !== null) continue;
      runs.push({ list, parent, across: null });
    }
  }
  return runs;
}

/**
 * Whether sibling lists under successive parents number on from each other: no list after the first
 * starts again at 1 (a skipped number at a boundary is then a gap in the one sequence). One list
 * never does.
 */
function runsOn(lists: readonly Section[][]): boolean {
  if (lists.length < 2) return false;
  for (let i = 1; i < lists.length; i++) if (lists[i][0].numbering!.value <= 1) return false;
  return true;
}
