/**
 * Facts about a document that several rules need, computed once per lint run from the model:
 * comparable-task classes and their field conventions, the plan year, the numbering scheme and
 * unit usage. Nothing here reads the raw text.
 */
import { mode } from '../util';
import {
  STYLE_RANK,
  type FengongDocument,
  type FieldRole,
  type Plan,
  type Section,
  type SectionLevel,
  type Task,
  type UnitRef,
} from '../model';
import type { ResolvedConfig, RequiredRole } from '../config';

export const ROLES: readonly RequiredRole[] = ['leaders', 'leadUnits', 'units', 'deadline'];

export const DEFAULT_LABELS: Record<RequiredRole, string> = {
  leaders: '牵头领导',
  leadUnits: '牵头单位',
  units: '责任单位',
  deadline: '完成时限',
};

export const ROLE_NAME: Record<RequiredRole, { zh: string; en: string }> = {
  leaders: { zh: '牵头领导', en: 'lead leader' },
  leadUnits: { zh: '牵头单位', en: 'lead unit' },
  units: { zh: '责任单位', en: 'responsible units' },
  deadline: { zh: '完成时限', en: 'deadline' },
};

export const LEVEL_NAME: Record<SectionLevel, { zh: string; en: string }> = {
  part: { zh: '部分', en: 'part' },
  chapter: { zh: '章节', en: 'chapter' },
  group: { zh: '分组', en: 'group' },
};

/** A placeholder value a drafter writes (or a fix inserts) to say "to be decided"; counts as filled. */
export const PLACEHOLDER = '待定';

/** Whether a task states a field of this role with a value. An empty value counts as missing. */
export function hasRole(task: Task, role: RequiredRole): boolean {
  for (const f of task.fields) {
    if (f.role !== role) continue;
    if (role === 'deadline') {
      if (f.value.text.trim() !== '') return true;
    } else if (f.names.some((n) => n.name.trim() !== '') || f.value.text.trim() !== '') {
      return true;
    }
  }
  return false;
}

/** Tasks are comparable when they sit at the same level of the hierarchy (same numbering rank). */
export function classOf(task: Task): number {
  return STYLE_RANK[task.numbering.style];
}

export interface ClassInfo {
  readonly key: number;
  readonly tasks: readonly Task[];
  readonly carriers: Readonly<Record<RequiredRole, number>>;
  readonly required: ReadonlySet<RequiredRole>;
}

/** A field is the class's convention when at least this share of comparable tasks carry it. */
export const REQUIRED_SHARE = 0.75;
/** …and at least this many tasks carry it (a convention needs examples). */
export const REQUIRED_MIN_CARRIERS = 3;

export interface NumberingScheme {
  /** Per section level: does task numbering restart at 1 inside each section of it, or run on? */
  readonly byLevel: Readonly<Partial<Record<SectionLevel, 'restart' | 'continue'>>>;
}

export interface Analysis {
  readonly doc: FengongDocument;
  readonly plan: Plan | null;
  readonly eol: string;
  readonly planYear: number | null;
  /** The years the plan covers: one year, or a span stated in its title (`2023—2025年行动方案`). */
  readonly planYears: { readonly from: number; readonly to: number } | null;
  readonly issueDate: string | null;
  readonly classes: ReadonlyMap<number, ClassInfo>;
  /** The class with the most tasks: "the plan's tasks" for counts. */
  readonly mainClass: number | null;
  readonly scheme: NumberingScheme;
  /** Every unit name written in a task or heading field (expanded), with its occurrences. */
  readonly unitUsage: ReadonlyMap<string, readonly UnitRef[]>;
  readonly leaderUsage: ReadonlyMap<string, readonly UnitRef[]>;
  readonly allSections: readonly Section[];
  labelFor(role: RequiredRole): string;
  colon(): string;
}

function collectSections(plan: Plan): Section[] {
  const out: Section[] = [];
  const walk = (children: readonly (Section | Task)[]) => {
    for (const c of children) {
      if (c.type === 'section') {
        out.push(c);
        walk(c.children);
      }
    }
  };
  walk(plan.children);
  return out;
}

/** The level of the outermost section in which two tasks differ, or null when they share all. */
export function boundaryLevel(prev: Task, next: Task): SectionLevel | null {
  const n = Math.max(prev.path.length, next.path.length);
  for (let k = 0; k < n; k++) {
    const a = prev.path[k];
    const b = next.path[k];
    if (a !== b) return (b ?? a)!.level;
  }
  return null;
}

const LEVEL_ORDER: readonly SectionLevel[] = ['part', 'chapter', 'group'];

function inferScheme(plan: Plan, classes: ReadonlyMap<number, ClassInfo>): NumberingScheme {
  const votes: Record<SectionLevel, { restart: number; continue: number }> = {
    part: { restart: 0, continue: 0 },
    chapter: { restart: 0, continue: 0 },
    group: { restart: 0, continue: 0 },
  };
  for (const c of classes.values()) {
    for (let i = 1; i < c.tasks.length; i++) {
      const prev = c.tasks[i - 1];
      const t = c.tasks[i];
      const level = boundaryLevel(prev, t);
      if (!level) continue;
      if (t.numbering.value === 1 && prev.numbering.value !== 0) votes[level].restart++;
      else if (t.numbering.value === prev.numbering.value + 1) votes[level].continue++;
    }
  }
  const byLevel: Partial<Record<SectionLevel, 'restart' | 'continue'>> = {};
  for (const level of LEVEL_ORDER) {
    const stated = plan.conventions.taskNumbering[level];
    const v = votes[level];
    if (v.restart + v.continue > 0) byLevel[level] = v.restart > v.continue ? 'restart' : 'continue';
    else if (stated) byLevel[level] = stated;
  }
  return { byLevel };
}

export function analyse(doc: FengongDocument, config: ResolvedConfig): Analysis {
  const plan = doc.plan;
  const tasks = plan?.tasks ?? [];

  const byClass = new Map<number, Task[]>();
  for (const t of tasks) {
    const k = classOf(t);
    const list = byClass.get(k) ?? [];
    list.push(t);
    byClass.set(k, list);
  }
  const classes = new Map<number, ClassInfo>();
  for (const [key, list] of byClass) {
    const carriers = { leaders: 0, leadUnits: 0, units: 0, deadline: 0 } as Record<RequiredRole, number>;
    for (const t of list) for (const r of ROLES) if (hasRole(t, r)) carriers[r]++;
    const required = new Set<RequiredRole>();
    if (config.requiredFields === 'auto') {
      for (const r of ROLES) {
        if (carriers[r] >= REQUIRED_MIN_CARRIERS && carriers[r] / list.length >= REQUIRED_SHARE) required.add(r);
      }
    } else {
      for (const r of config.requiredFields) required.add(r);
    }
    classes.set(key, { key, tasks: list, carriers, required });
  }
  let mainClass: number | null = null;
  for (const c of classes.values()) if (mainClass === null || c.tasks.length > classes.get(mainClass)!.tasks.length) mainClass = c.key;

  // Plan year: configuration, else the plan's (or notice's) title, else the deadlines, else the issue date.
  const issueDate =
    // The parser already falls back from 成文日期 to the date under the notice's 落款.
    doc.metadata.issueDate?.date ?? null;
  let planYear: number | null = config.planYear;
  let span: { from: number; to: number } | null = null;
  if (planYear === null && plan) {
    const r = /((?:19|20)\d{2})\s*年?\s*[-—–~～至到]\s*((?:19|20)\d{2})\s*年/.exec(plan.titleText);
    if (r && Number(r[2]) >= Number(r[1])) span = { from: Number(r[1]), to: Number(r[2]) };
    const m = /((?:19|20)\d{2})\s*年/.exec(plan.titleText);
    if (span) planYear = span.from;
    else if (m) planYear = Number(m[1]);
  }
  if (planYear === null && doc.notice?.title) {
    const m = /((?:19|20)\d{2})\s*年/.exec(doc.notice.title.text);
    if (m) planYear = Number(m[1]);
  }
  if (planYear === null) {
    planYear = mode(tasks.map((t) => t.deadline?.year).filter((y): y is number => typeof y === 'number'));
  }
  if (planYear === null && issueDate) planYear = Number(issueDate.slice(0, 4));

  const unitUsage = new Map<string, UnitRef[]>();
  const leaderUsage = new Map<string, UnitRef[]>();
  const allSections = plan ? collectSections(plan) : [];
  const addNames = (role: FieldRole, names: readonly UnitRef[]) => {
    if (role === 'deadline') return;
    const m = role === 'leaders' ? leaderUsage : unitUsage;
    for (const n of names) {
      if (!n.name) continue;
      const list = m.get(n.name) ?? [];
      list.push(n);
      m.set(n.name, list);
    }
  };
  for (const t of tasks) for (const f of t.fields) addNames(f.role, f.names);
  for (const s of allSections) for (const f of s.fields) addNames(f.role, f.names);

  const fullWidth = plan?.conventions.fullWidth ?? false;
  return {
    doc,
    plan,
    eol: doc.source.eol || '\n',
    planYear,
    planYears: span ?? (planYear === null ? null : { from: planYear, to: planYear }),
    issueDate,
    classes,
    mainClass,
    scheme: plan ? inferScheme(plan, classes) : { byLevel: {} },
    unitUsage,
    leaderUsage,
    allSections,
    labelFor: (role) => plan?.conventions.labels[role] ?? DEFAULT_LABELS[role],
    colon: () => (fullWidth ? '：' : ':'),
  };
}
