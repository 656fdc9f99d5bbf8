import type { Conventions, Deadline, FengongDocument, Section, Task, UnitRef } from '../core/model';
import { rolesOf } from '../core/model';
import { deadlinesOf } from '../core/rules/util';
import { headingWords } from '../core/features/util';

/** The `parse --format json` contract (DOMAIN.md). Lines are 0-based, as in every range. */
export interface ParsedTaskJson {
  number: number;
  marker: string;
  line: number;
  section: string[];
  text: string;
  leaders: string[];
  leadUnits: string[];
  units: string[];
  deadline: { text: string; date: string | null; kind: string } | null;
  /**
   * Every 完成时限 the task's fields state, `deadline` first: a table row with a second line of work under its
   * merged 序号 (`开工建设老年大学。` / `12月底前`) states two.
   */
  deadlines: { text: string; date: string | null; kind: string }[];
  /** Deadlines that open stages of the task's text (`9月底前，实现…`), in the order written. */
  textDeadlines: { text: string; date: string | null; kind: string }[];
  /** Which of the document's plans the task belongs to (index in `plans`). */
  plan: number;
  /** Its sub-items (`(1)…`, `①…`) that carry no fields of their own: the measures under a task's heading. */
  subItems: { number: number; marker: string; line: number; text: string }[];
}

/** One plan of the document: a notice may attach several, each numbered and counted on its own. */
export interface PlanJson {
  title: string;
  statedTotal: number | null;
  line: number;
  taskCount: number;
}

export interface SectionJson {
  level: Section['level'];
  number: number | null;
  title: string;
  line: number;
  statedCount: number | null;
  taskCount: number;
  fields: { label: string; value: string }[];
  sections: SectionJson[];
}

function taskCount(s: Section): number {
  return s.children.reduce((n, c) => n + (c.type === 'task' ? 1 : taskCount(c)), 0);
}

function sectionJson(s: Section): SectionJson {
  return {
    level: s.level,
    number: s.numbering?.value ?? null,
    title: headingWords(s),
    line: s.headingRange.start.line,
    statedCount: s.statedCount?.value ?? null,
    taskCount: taskCount(s),
    fields: s.fields.map((f) => ({ label: f.label.text, value: f.value.text })),
    sections: s.children.filter((c): c is Section => c.type === 'section').map(sectionJson),
  };
}

const deadlineJson = (d: Deadline) => ({ text: d.text, date: d.date, kind: d.kind });

/** Each name once, in the order first named: a task of several sentences may name its leader in each. */
const namesOnce = (refs: readonly UnitRef[]): string[] => [...new Set(refs.map((u) => u.name))];

/** The task's leaders, leads and units are who carries it: a heading above it may name them for it. */
function taskJson(t: Task, plan: number): ParsedTaskJson {
  const roles = rolesOf(t);
  return {
    number: t.numbering.value,
    marker: t.numbering.marker.text,
    line: t.line,
    section: t.path.map(headingWords),
    text: t.text.text,
    leaders: namesOnce(roles.leaders),
    leadUnits: namesOnce(roles.leadUnits),
    units: namesOnce(roles.units),
    deadline: t.deadline ? deadlineJson(t.deadline) : null,
    deadlines: deadlinesOf(t).map(deadlineJson),
    textDeadlines: t.textDeadlines.map(deadlineJson),
    plan,
    subItems: t.subItems.map((i) => ({ number: i.numbering.value, marker: i.numbering.marker.text, line: i.numbering.marker.range.start.line, text: i.text.text })),
  };
}

/** `title`, `statedTotal` and `conventions` are the first plan's; `plans` lists them all. */
export function documentJson(path: string, doc: FengongDocument) {
  return {
    path,
    kind: doc.kind,
    // A plan a web copy printed without its own title line is titled by its notice, not "".
    title: doc.plan?.titleText || doc.notice?.titleText || null,
    statedTotal: doc.plan?.statedTotal?.value ?? null,
    issueDate: doc.metadata.issueDate?.date ?? null,
    docNumber: doc.metadata.docNumber?.text ?? null,
    notice: doc.notice
      ? { title: doc.notice.titleText || null, addressee: doc.notice.addressee?.text ?? null, signature: doc.notice.signature?.text ?? null }
      : null,
    conventions: doc.plan ? conventionsJson(doc.plan.conventions) : null,
    plans: doc.plans.map((p): PlanJson => ({ title: p.titleText, statedTotal: p.statedTotal?.value ?? null, line: p.range.start.line, taskCount: p.tasks.length })),
    // Every plan's sections and tasks, in document order: the first plan's alone when there is one.
    sections: doc.plans.flatMap((p) => p.sections.map(sectionJson)),
    tasks: doc.plans.flatMap((p, k) => p.tasks.map((t) => taskJson(t, k))),
    appendices: doc.appendices.map((a) => a.title.text),
  };
}

/** The plan's conventions as they are, a note's standing units by their names (`standingUnits: ["县(市、区)政府"]`). */
function conventionsJson(c: Conventions): Omit<Conventions, 'standingUnits'> & { standingUnits?: string[] } {
  const { standingUnits, ...rest } = c;
  return standingUnits ? { ...rest, standingUnits: standingUnits.names.map((u) => u.name) } : rest;
}
