/**
 * How often each unit and leader name is written (tasks' fields in order, then headings'), for
 * unknown-unit and unknown-leader: a name written once next to a look-alike written often is a
 * likely misspelling. The maps keep the order names first appear in (it decides ties between
 * equally good suggestions), and where each first appears.
 *
 * After an edit the counts are updated from the earlier version's: only the changed tasks' names
 * are visited, as long as no name that first appeared there now first appears later.
 */
import type { Field, Section, Task } from '../model';
import type { Change } from './incremental';
import { isBlank } from './text';

export interface NameUse {
  readonly count: number;
  readonly collective: boolean;
}

export type NameKind = 'unit' | 'leader';

class Use implements NameUse {
  constructor(
    public count: number,
    /** Whether its first occurrence is a collective assignee (各街道办事处…). */
    readonly collective: boolean,
    /** The task it first appears in (-1: a heading). */
    readonly owner: number,
  ) {}
}

export interface Usage {
  readonly units: ReadonlyMap<string, NameUse>;
  readonly leaders: ReadonlyMap<string, NameUse>;
  /** Per task: bit 1 when it writes a unit name written nowhere else, bit 2 a leader's. */
  readonly singletons: Uint8Array;
}

export const KIND_BIT: Record<NameKind, number> = { unit: 1, leader: 2 };

interface Counts {
  readonly units: Map<string, Use>;
  readonly leaders: Map<string, Use>;
}

function mapFor(counts: Counts, f: Field): Map<string, Use> | null {
  return f.role === 'deadline' ? null : f.role === 'leaders' ? counts.leaders : counts.units;
}

/** Counts names as their fields are visited; the first visit of a name fixes its place and owner. */
export class NameCounter implements Counts {
  readonly units = new Map<string, Use>();
  readonly leaders = new Map<string, Use>();

  add(fields: readonly Field[], owner: number): void {
    for (const f of fields) this.addField(f, owner);
  }

  /** Counts a field's names; returns whether one of them is not blank. */
  addField(f: Field, owner: number): boolean {
    const m = mapFor(this, f);
    if (!m) return false;
    let named = false;
    for (const n of f.names) {
      if (!n.name) continue;
      named ||= !isBlank(n.name);
      const u = m.get(n.name);
      if (u) u.count++;
      else m.set(n.name, new Use(1, n.collective, owner));
    }
    return named;
  }

  finish(taskCount: number, sections: readonly Section[]): Usage {
    for (const s of sections) this.add(s.fields, -1);
    return withSingletons(this, taskCount);
  }
}

export function countUsage(tasks: readonly Task[], sections: readonly Section[]): Usage {
  const counter = new NameCounter();
  for (let i = 0; i < tasks.length; i++) counter.add(tasks[i].fields, i);
  return counter.finish(tasks.length, sections);
}

function withSingletons(counts: Counts, taskCount: number): Usage {
  // Only a name written once can be a misspelling: unknown-* looks at the tasks that write one.
  const singletons = new Uint8Array(taskCount);
  for (const u of counts.units.values()) if (u.count === 1 && u.owner >= 0) singletons[u.owner] |= KIND_BIT.unit;
  for (const u of counts.leaders.values()) if (u.count === 1 && u.owner >= 0) singletons[u.owner] |= KIND_BIT.leader;
  return { units: counts.units, leaders: counts.leaders, singletons };
}

/**
 * The usage after an edit, from the usage before it: the changed tasks' names are taken out and
 * put in again, the others keep their place. Null when that cannot give what a fresh count gives
 * (a name that first appeared in a changed task now first appears in a later one, or the headings'
 * names changed): count afresh.
 */
export function updateUsage(prev: Usage, oldTasks: readonly Task[], tasks: readonly Task[], change: Change): Usage | null {
  if (!change.sameSectionNames) return null;
  const head = change.headTasks;
  const oldTailFrom = oldTasks.length - change.tailTasks;
  const tailFrom = tasks.length - change.tailTasks;
  // Names in the changed tasks: taken out (before), put in again (after, in order, with first places).
  const removed = new NameCounter();
  for (let i = head; i < oldTailFrom; i++) removed.add(oldTasks[i].fields, i);
  const added = new NameCounter();
  for (let i = head; i < tailFrom; i++) added.add(tasks[i].fields, i);
  const units = updated(prev.units as ReadonlyMap<string, Use>, removed.units, added.units, head, oldTailFrom, change.taskDelta);
  const leaders = updated(prev.leaders as ReadonlyMap<string, Use>, removed.leaders, added.leaders, head, oldTailFrom, change.taskDelta);
  return units && leaders ? withSingletons({ units, leaders }, tasks.length) : null;
}

function updated(
  prev: ReadonlyMap<string, Use>,
  removed: ReadonlyMap<string, Use>,
  added: ReadonlyMap<string, Use>,
  head: number,
  oldTailFrom: number,
  taskDelta: number,
): Map<string, Use> | null {
  const out = new Map<string, Use>();
  const count = (name: string, before: number) => before - (removed.get(name)?.count ?? 0) + (added.get(name)?.count ?? 0);
  // First appearing before the changed tasks: as before.
  for (const [name, u] of prev) {
    if (u.owner < 0 || u.owner >= head) continue;
    out.set(name, new Use(count(name, u.count), u.collective, u.owner));
  }
  // First appearing in the changed tasks, in their order.
  for (const [name, a] of added) {
    if (out.has(name)) continue;
    out.set(name, new Use(count(name, prev.get(name)?.count ?? 0), a.collective, a.owner));
  }
  // First appearing after them (in a task, then in a heading): as before, moved with their tasks.
  for (const [name, u] of prev) {
    if (u.owner >= head && u.owner < oldTailFrom) {
      // It first appeared in a changed task: unless it still does, its place is somewhere later.
      if (!added.has(name)) return null;
      continue;
    }
    if (out.has(name)) continue;
    out.set(name, new Use(count(name, u.count), u.collective, u.owner < 0 ? u.owner : u.owner + taskDelta));
  }
  return out;
}

/** Same names, uses and order (the order decides ties between equally good suggestions). */
export function sameUses(a: ReadonlyMap<string, NameUse>, b: ReadonlyMap<string, NameUse>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  const other = b.entries();
  for (const [name, u] of a) {
    const [n2, v] = other.next().value!;
    if (name !== n2 || u.count !== v.count || u.collective !== v.collective) return false;
  }
  return true;
}
