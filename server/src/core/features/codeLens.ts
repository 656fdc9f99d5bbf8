/** Code lens over each part and chapter: task count, missing fields, the units involved. */
import type { Diagnostic, FengongDocument, FieldRole, Plan, Range, Task } from '../model';
import { allSections, planAt, tasksIn } from './util';

export interface Lens {
  readonly range: Range;
  readonly title: string;
  readonly tasks: number;
  readonly missing: Readonly<Partial<Record<FieldRole, number>>>;
  readonly units: readonly string[];
}

const ROLE_ZH: Record<FieldRole, string> = {
  leaders: '牵头领导',
  leadUnits: '牵头单位',
  units: '责任单位',
  deadline: '完成时限',
  groupLead: '总牵头单位',
};

/** The roles the plan's own convention requires (the document's first plan by default): those most of its tasks carry. */
export function requiredRoles(doc: FengongDocument, configured?: readonly FieldRole[], plan: Plan | null = doc.plan): FieldRole[] {
  if (configured && configured.length) return [...configured];
  const share = plan?.conventions.fieldShare;
  if (!share) return [];
  return (['leaders', 'leadUnits', 'units', 'deadline'] as const).filter((r) => (share[r] ?? 0) >= 0.5);
}

/** Whether the task states the field itself (a group's 总牵头单位 does not stand in, as for the missing-lead rule). */
export function hasRole(t: Task, role: FieldRole): boolean {
  switch (role) {
    case 'leaders':
      return t.leaders.length > 0;
    case 'leadUnits':
      return t.leadUnits.length > 0;
    case 'units':
      return t.units.length > 0;
    case 'deadline':
      return !!t.deadline;
    default:
      return true;
  }
}

/** The rule that reports a missing field of each role: when diagnostics are given, they are what the lens counts. */
export const MISSING_RULE: Readonly<Partial<Record<FieldRole, string>>> = {
  leaders: 'missing-leader',
  leadUnits: 'missing-lead',
  units: 'missing-units',
  deadline: 'missing-deadline',
};

/** Missing fields per role among `tasks`: from the rules' diagnostics when given, else from the model. */
export function missingCounts(
  tasks: readonly Task[],
  roles: readonly FieldRole[],
  diagnostics?: readonly Diagnostic[],
): Partial<Record<FieldRole, number>> {
  const missing: Partial<Record<FieldRole, number>> = {};
  if (diagnostics) {
    const lines = new Set(tasks.flatMap((t) => rangeLines(t.range)));
    for (const [role, rule] of Object.entries(MISSING_RULE) as [FieldRole, string][]) {
      const n = diagnostics.filter((d) => d.rule === rule && lines.has(d.range.start.line)).length;
      if (n) missing[role] = n;
    }
    return missing;
  }
  for (const role of roles) {
    const n = tasks.filter((t) => !hasRole(t, role)).length;
    if (n) missing[role] = n;
  }
  return missing;
}

function rangeLines(r: { start: { line: number }; end: { line: number } }): number[] {
  const out: number[] = [];
  for (let l = r.start.line; l <= r.end.line; l++) out.push(l);
  return out;
}

export function codeLenses(doc: FengongDocument, required?: readonly FieldRole[], diagnostics?: readonly Diagnostic[]): Lens[] {
  const out: Lens[] = [];
  for (const s of allSections(doc)) {
    if (s.level === 'group') continue;
    const tasks = tasksIn(s);
    if (!tasks.length) continue;
    const roles = requiredRoles(doc, required, planAt(doc, s.headingRange.start.line));
    const missing = missingCounts(tasks, roles, diagnostics);
    const units = [...new Set(tasks.flatMap((t) => [...t.leadUnits, ...t.units]).filter((u) => !u.collective).map((u) => u.name))];
    const parts = [`${tasks.length} 项任务`];
    const miss = Object.entries(missing).map(([r, n]) => `${n} 项缺${ROLE_ZH[r as FieldRole]}`);
    parts.push(miss.length ? miss.join('，') : '分工齐全');
    parts.push(`涉及 ${units.length} 个单位`);
    out.push({ range: s.headingRange, title: parts.join(' · '), tasks: tasks.length, missing, units });
  }
  return out;
}
