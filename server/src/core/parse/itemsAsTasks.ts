/**
 * Items as tasks: `1、经济发展` / `(1)建设丙园区。(牵头单位:区发改局;…)` / `(2)新开工项目30个。(牵头单位:…)`.
 * A line with no fields of its own whose items each close with their own is a heading, and its items are
 * the tasks. Decided over the tree the structure pass built, before its nodes become sections and tasks.
 */
import type { RawNode } from './hierarchy';

/** The fields a node's own lines carry (not those its items closed with). */
function ownFields(node: RawNode): number {
  return node.fields.length - (node.itemFields ?? 0);
}

/** Items of one level only (`(1)(2)`): with `①` under them the items are not the tasks' level. */
function oneStyle(items: readonly RawNode[]): boolean {
  const style = items[0].numbering?.style;
  return items.every((it) => it.numbering?.style === style);
}

/** A line with no fields of its own over items of one level, some with fields. */
function headsItemsWithFields(node: RawNode): boolean {
  const items = node.items;
  return !!items && items.length > 0 && node.kind === 'numbered' && node.children.length === 0 && ownFields(node) === 0 && (node.itemFields ?? 0) > 0 && oneStyle(items);
}

/**
 * Such a line whose items name who answers for them (a lead, a leader, or the 责任单位 of a plan that names
 * no lead), at least two and at least half of them (read as one task, it would hold every item's units and
 * only the first item's deadline). Items that share fields written after them, or a task that names its
 * own lead, stay a task with its items.
 */
export function itemsAreTasks(node: RawNode): boolean {
  if (!headsItemsWithFields(node) || node.items!.length < 2) return false;
  let leading = 0;
  for (const it of node.items!) if (it.fields.some((f) => f.role === 'leadUnits' || f.role === 'leaders' || f.role === 'units')) leading++;
  return leading >= 2 && leading * 2 >= node.items!.length;
}

/** The ranks at which some line of the plan has items that are tasks ({@link itemsAreTasks}). */
export function ranksWithItemTasks(roots: readonly RawNode[]): Set<number> {
  const ranks = new Set<number>();
  const walk = (nodes: readonly RawNode[]): void => {
    for (const n of nodes) {
      if (itemsAreTasks(n)) ranks.add(n.rank);
      if (n.children.length) walk(n.children);
    }
  };
  walk(roots);
  return ranks;
}

/**
 * Siblings with their items made tasks, at the ranks where the plan has lines of {@link itemsAreTasks}:
 * every line of that rank over items with fields (a heading of one item is still a heading, and an item
 * that lost its lead is still a task, to be reported as one). Not where a sibling of that rank is a task
 * with fields of its own (`1.…(牵头单位:…)` / `2.促进消费` / `(1)…(牵头单位:…)`): then the items are that
 * task's, each with its part. Null when nothing changes.
 */
export function withItemsAsTasks(siblings: readonly RawNode[], planRanks: ReadonlySet<number>): RawNode[] | null {
  if (!planRanks.size) return null;
  const ranks = new Set<number>();
  for (const n of siblings) if (planRanks.has(n.rank) && headsItemsWithFields(n)) ranks.add(n.rank);
  for (const n of siblings) if (ranks.has(n.rank) && n.children.length === 0 && ownFields(n) > 0) ranks.delete(n.rank);
  if (!ranks.size) return null;
  return siblings.map((n) => (ranks.has(n.rank) && headsItemsWithFields(n) ? { ...n, fields: [], subItems: [], children: n.items!, items: undefined, itemFields: 0 } : n));
}
