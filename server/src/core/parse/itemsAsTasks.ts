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

/**
 * The style of the items that are the tasks' level: the items' one style (`(1)(2)`), or, over two, the lower where the
 * upper carry no fields (楚雄 2021: `1.城乡居民增收工程` / `(1)增加城镇居民收入` / `①以就业促增收…(牵头部门:…)`: the `(1)`
 * are headings over the `①`, and the `①` the tasks). Null for any other mix.
 */
function taskItemStyle(items: readonly RawNode[]): string | null {
  const first = items[0].numbering?.style;
  if (!first) return null;
  let lower: string | null = null;
  for (const it of items) {
    const style = it.numbering?.style;
    if (!style) return null;
    if (style === first) continue;
    if (lower !== null && style !== lower) return null;
    lower = style;
  }
  if (lower === null) return first;
  return items.every((it) => it.numbering?.style !== first || it.fields.length === 0) ? lower : null;
}

/** A line with no fields of its own over items of one level (or two, see taskItemStyle), some with fields. */
function headsItemsWithFields(node: RawNode): boolean {
  const items = node.items;
  return !!items && items.length > 0 && node.kind === 'numbered' && node.children.length === 0 && ownFields(node) === 0 && (node.itemFields ?? 0) > 0 && taskItemStyle(items) !== null;
}

/** The items of the tasks' style ({@link taskItemStyle}). */
function taskItems(node: RawNode): RawNode[] {
  const style = taskItemStyle(node.items!);
  return node.items!.filter((it) => it.numbering?.style === style);
}

/** The node's items as its children: those of the tasks' style under the heading items above them, if any. */
function itemTree(node: RawNode): RawNode[] {
  const items = node.items!;
  const style = taskItemStyle(items);
  if (items.every((it) => it.numbering?.style === style)) return items;
  const out: RawNode[] = [];
  let heading: RawNode | null = null;
  for (const it of items) {
    if (it.numbering?.style !== style) {
      heading = { ...it, children: [] };
      out.push(heading);
    } else if (heading) heading.children.push(it);
    else out.push(it);
  }
  return out;
}

/**
 * Such a line whose items name who answers for them (a lead, a leader, or the 责任单位 of a plan that names
 * no lead), at least two and at least half of them (read as one task, it would hold every item's units and
 * only the first item's deadline). Items that share fields written after them, or a task that names its
 * own lead, stay a task with its items.
 */
export function itemsAreTasks(node: RawNode): boolean {
  if (!headsItemsWithFields(node)) return false;
  const items = taskItems(node);
  if (items.length < 2) return false;
  let leading = 0;
  for (const it of items) if (it.fields.some((f) => f.role === 'leadUnits' || f.role === 'leaders' || f.role === 'units')) leading++;
  return leading >= 2 && leading * 2 >= items.length;
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
  return siblings.map((n) => (ranks.has(n.rank) && headsItemsWithFields(n) ? { ...n, fields: [], subItems: [], children: itemTree(n), items: undefined, itemFields: 0 } : n));
}
