import type { Task, UnitRef } from './document';

export interface TaskRoles {
  readonly leaders: readonly UnitRef[];
  readonly leadUnits: readonly UnitRef[];
  readonly units: readonly UnitRef[];
}

/**
 * Who carries a task: its own leaders, leads and units, and for a role it names none of, those the
 * nearest heading above it names (`一、扩大有效投资（牵头单位：区发改局）`, `（一）省编办牵头的工作`): a heading's
 * fields speak for the tasks under it.
 */
export function rolesOf(task: Task): TaskRoles {
  let { leaders, leadUnits, units } = task;
  if (leaders.length && leadUnits.length && units.length) return task;
  for (let i = task.path.length - 1; i >= 0; i--) {
    for (const f of task.path[i].fields) {
      if (!f.names.length) continue;
      if (f.role === 'leaders' && !task.leaders.length && leaders === task.leaders) leaders = f.names;
      else if (f.role === 'leadUnits' && !task.leadUnits.length && leadUnits === task.leadUnits) leadUnits = f.names;
      else if (f.role === 'units' && !task.units.length && units === task.units) units = f.names;
    }
  }
  return { leaders, leadUnits, units };
}
