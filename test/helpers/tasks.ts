import { parseDocument } from '../../server/src/core/parse';
import type { Task } from '../../server/src/core/model';

/** The tasks a draft parses to (none when it is not a plan). */
export const tasksOf = (text: string): readonly Task[] => parseDocument(text).plan?.tasks ?? [];

/** A task's fields by role, as names: what a reviewer reads off it. */
export const roles = (t: Task) => ({
  leaders: t.leaders.map((u) => u.name),
  lead: t.leadUnits.map((u) => u.name),
  units: t.units.map((u) => u.name),
  deadline: t.deadline?.date ?? null,
});
