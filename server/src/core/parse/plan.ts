/**
 * A plan read from its title and body: the first one after the notice, and any other the notice
 * attaches (`附件1 …重点工作任务分工` … `附件2 …民生实事项目分工`), each with its own title, stated count,
 * numbering and conventions.
 */
import type { Appendix, Field, Notice, ParseProblem, Plan, StatedCount } from '../model';
import { range as mkRange, spanOf } from '../model';
import type { Hierarchy } from './hierarchy';
import { buildHierarchy } from './hierarchy';
import { conventionsWithCounts, readStandingUnits } from './conventions';
import { readPreambleCount, readStatedCount } from './counts';
import { endsAsPlanTitle, findPlanTitle, preambleOf, STRONG_PLAN_TITLE, type PlanTitleRead } from './planTitle';
import { contentOf, trimEndIndex } from './text';
import { readNumbering } from './numbering';
import { titleYears } from './titleYears';
import { LineMemo } from './memo';

/**
 * Whether a body reads as a plan: it has tasks and either fields on them or a title that says it is
 * one. A prose report's numbered paragraphs have neither and stay prose; so does an attached form
 * (`附件2 进展情况表`) whose columns name the fields but whose rows are empty.
 */
export function readsAsPlan(hierarchy: Hierarchy, titled: boolean, titleText: string): boolean {
  if (hierarchy.tasks.length === 0) return false;
  if (hierarchy.fieldCarriers >= 2 || (titled && (hierarchy.fieldCarriers > 0 || STRONG_PLAN_TITLE.test(titleText)))) return true;
  // A draft begun with its first task (`1.推进园区建设。(牵头单位:区发改局;完成时限:…)`) is a plan already: a field
  // under its own label says so, where a role in prose (`由市督查室牵头`) may be a notice's paragraph.
  return hierarchy.tasks.length === 1 && hierarchy.tasks[0].fields.some(isLabelled);
}

function isLabelled(f: Field): boolean {
  return f.layout !== 'prose' && f.layout !== 'convention' && f.label.text.length > 0 && f.value.text.length > 0;
}

/** The plan over [bodyStart, bodyEnd) under its title, and what its conventions counted (for an edit's re-read). */
export function assemblePlan(
  lines: readonly string[],
  titleRead: PlanTitleRead | null,
  hierarchy: Hierarchy,
  bodyStart: number,
  bodyEnd: number,
  firstListedLeads: boolean,
): { plan: Plan; counts: ReturnType<typeof conventionsWithCounts>['counts'] } {
  const conventions = conventionsWithCounts(lines, hierarchy.tasks, firstListedLeads);
  const standing = readStandingUnits(lines, bodyStart, bodyEnd);
  let statedTotal: StatedCount | null = null;
  for (const span of titleRead?.title ?? []) statedTotal ??= readStatedCount(span, 'plan', 'plan-title');
  if (titleRead) statedTotal ??= readPreambleCount(preambleOf(lines, bodyStart, hierarchy.children[0]?.range.start.line ?? bodyEnd));
  const first = titleRead ? titleRead.title[0].range.start : (hierarchy.children[0]?.range.start ?? { line: bodyStart, character: 0 });
  let lastLine = bodyEnd - 1;
  while (lastLine > first.line && trimEndIndex(lines[lastLine]) === 0) lastLine--;
  const plan: Plan = {
    title: titleRead?.title ?? [],
    titleText: titleRead ? titleRead.title.map((s) => s.text).join('') : '',
    statedTotal,
    sections: hierarchy.children.filter((c) => c.type === 'section') as Plan['sections'],
    children: hierarchy.children,
    tasks: hierarchy.tasks,
    range: mkRange(first.line, first.character, lastLine, lines[lastLine].length),
    conventions: standing ? { ...conventions.conventions, standingUnits: standing } : conventions.conventions,
  };
  return { plan, counts: conventions.counts };
}

/** `附件2：`, `附表1 `: the label before a title written on the marker's own line. */
const LABEL = /^(附件|附表)\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?\s*/;

/**
 * The plan an appendix holds, when it holds one: its title on the marker's line
 * (`附件2：2024年民生实事项目分工方案`) or within the few lines under it, and a body that reads as a plan
 * by the same test as the first. Null for anything else a notice attaches (a form, a contact list).
 */
export function readAttachedPlan(
  lines: readonly string[],
  appendix: Appendix,
  planYear: number | null,
  firstListedLeads: boolean,
  memo: LineMemo,
): { plan: Plan; problems: readonly ParseProblem[] } | null {
  const from = appendix.range.start.line;
  const to = appendix.range.end.line + 1;
  const marker = appendix.title;
  const label = LABEL.exec(marker.text)![0].length;
  const rest = marker.text.slice(label);
  const titleRead: PlanTitleRead | null =
    rest && endsAsPlanTitle(rest)
      ? { title: [spanOf(from, marker.range.start.character + label, rest)], bodyStart: from + 1 }
      : findPlanTitle(lines, from + 1, to, Math.min(to, from + 6));
  return readPlanUnder(lines, titleRead, titleRead ? titleRead.bodyStart : from + 1, to, planYear, firstListedLeads, memo);
}

/** The plan whose title is at line `from` (a plan the notice names, with no 附件 label over it), over [from, to). */
export function readNamedPlan(
  lines: readonly string[],
  from: number,
  to: number,
  planYear: number | null,
  firstListedLeads: boolean,
  memo: LineMemo,
): { plan: Plan; problems: readonly ParseProblem[] } | null {
  const titleRead = findPlanTitle(lines, from, to, from + 1);
  return titleRead ? readPlanUnder(lines, titleRead, titleRead.bodyStart, to, planYear, firstListedLeads, memo) : null;
}

function readPlanUnder(
  lines: readonly string[],
  titleRead: PlanTitleRead | null,
  bodyStart: number,
  to: number,
  planYear: number | null,
  firstListedLeads: boolean,
  memo: LineMemo,
): { plan: Plan; problems: readonly ParseProblem[] } | null {
  const titleText = titleRead ? titleRead.title.map((s) => s.text).join('') : '';
  // A list attached for another year (`附件2 2023年未完成事项清单`) dates its own `年底前`.
  const year = titleYears(titleText)?.year ?? planYear;
  const facts = year === planYear ? memo : new LineMemo(`${year}|${firstListedLeads}`, null);
  const hierarchy = buildHierarchy({ lines, from: bodyStart, to, planYear: year, firstListedLeads, memo: facts, titled: titleRead !== null });
  if (!readsAsPlan(hierarchy, titleRead !== null, titleText)) return null;
  return { plan: assemblePlan(lines, titleRead, hierarchy, bodyStart, to, firstListedLeads).plan, problems: hierarchy.problems };
}

/** A title as the notice names it and as the plan writes it, compared: no blanks, book-title marks or closing count. */
function titleKey(text: string): string {
  return text.replace(/[\s《》〈〉]/g, '').replace(/[（(][^（()）]{1,20}[)）]$/, '');
}

/**
 * `关于印发《A》和《B》的通知`, `附件：1.A` / `2.B`: the titles of the plans a notice names, when it names two or
 * more (else empty): a line of the first plan's body that is one of them begins the next plan, though no `附件`
 * label stands over it.
 */
export function namedPlanTitles(notice: Notice): ReadonlySet<string> {
  const names = new Set<string>();
  // Only a plan's title counts: the notice cites other documents too (`《政府工作报告》`).
  const add = (title: string) => {
    if (endsAsPlanTitle(title.replace(/\s/g, ''))) names.add(titleKey(title));
  };
  for (const text of [notice.titleText, ...notice.paragraphs.map((p) => p.text)]) {
    for (const m of text.matchAll(/《([^《》]{4,60})》/g)) add(m[1]);
    const item = /^(?:(?:附件|附表)\s*[:：]\s*)?[0-9０-９]{1,2}\s*[.．﹒、]\s*(.{4,60})$/.exec(text);
    if (item) add(item[1]);
  }
  return names.size >= 2 ? names : new Set();
}

/**
 * The plan's title where its words name no plan (`渭南市教育系统2020年巩固国家卫生城市工作任务`): the document the notice
 * circulates (`关于印发《…》的通知`), written alone on a line after the notice, a few lines above what follows. Null when
 * the notice names none or no line after it is that title.
 */
export function findCirculatedTitle(lines: readonly string[], notice: Notice, from: number, to: number): PlanTitleRead | null {
  const m = /(?:印发|转发|下发)《([^《》]{4,60})》/.exec(notice.titleText);
  if (!m) return null;
  const key = titleKey(m[1]);
  for (let i = from; i < Math.min(to, from + 80); i++) {
    const { start, text } = contentOf(lines, i);
    if (text.length < 4 || text.length > 80 || readNumbering(text, i, 0) || titleKey(text) !== key) continue;
    // The title is followed by the plan, not by the end of the text.
    let k = i + 1;
    while (k < to && trimEndIndex(lines[k]) === 0) k++;
    return k < to ? { title: [spanOf(i, start, text)], bodyStart: i + 1 } : null;
  }
  return null;
}

/** The lines in [from, to) where one of `names` stands as a title, in order. */
export function namedPlanStarts(lines: readonly string[], names: ReadonlySet<string>, from: number, to: number): number[] {
  const out: number[] = [];
  if (!names.size) return out;
  for (let i = from; i < to; i++) {
    const { text } = contentOf(lines, i);
    if (text.length < 4 || text.length > 80 || readNumbering(text, i, 0)) continue;
    if (names.has(titleKey(text))) out.push(i);
  }
  return out;
}
