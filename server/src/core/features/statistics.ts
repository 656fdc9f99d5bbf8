/** Plan statistics and the task ledger (CSV/JSON export), used by the commands. */
import type { Diagnostic, FengongDocument, FieldRole, Severity } from '../model';
import { hasRole, missingCounts, requiredRoles } from './codeLens';
import { allSections, headingTitle, taskId, tasksIn, tasksOf } from './util';

export interface PlanStatistics {
  readonly kind: FengongDocument['kind'];
  readonly title: string;
  readonly tasks: number;
  readonly statedTotal: number | null;
  readonly sections: readonly { readonly title: string; readonly level: string; readonly tasks: number }[];
  readonly required: readonly FieldRole[];
  readonly missing: Readonly<Partial<Record<FieldRole, number>>>;
  readonly leadUnits: readonly { readonly name: string; readonly leads: number; readonly shares: number }[];
  readonly units: number;
  readonly deadlines: {
    readonly byMonth: Readonly<Record<string, number>>;
    readonly ongoing: number;
    readonly none: number;
    readonly undated: number;
  };
  readonly diagnostics: Readonly<Record<Severity, number>>;
}

/** What the plans state they hold: with several plans, their stated totals added up (null unless each states one). */
function statedTotal(doc: FengongDocument): number | null {
  let sum = 0;
  for (const p of doc.plans) {
    if (!p.statedTotal) return null;
    sum += p.statedTotal.value;
  }
  return doc.plans.length ? sum : null;
}

/**
 * @param diagnostics the document's diagnostics: the problem counts, and the missing-field counts
 *        (so the view agrees with what the rules report). Without them, missing fields come from the model.
 */
export function statistics(doc: FengongDocument, diagnostics?: readonly Diagnostic[]): PlanStatistics {
  const tasks = tasksOf(doc);
  const required = requiredRoles(doc);
  const missing = missingCounts(tasks, diagnostics ? [] : (['leaders', 'leadUnits', 'units', 'deadline'] as const).filter((r) => required.includes(r) || tasks.some((t) => hasRole(t, r))), diagnostics);
  const unitMap = new Map<string, { leads: number; shares: number }>();
  for (const t of tasks) {
    for (const u of t.leadUnits) {
      const e = unitMap.get(u.name) ?? { leads: 0, shares: 0 };
      e.leads++;
      unitMap.set(u.name, e);
    }
    for (const u of t.units) {
      const e = unitMap.get(u.name) ?? { leads: 0, shares: 0 };
      e.shares++;
      unitMap.set(u.name, e);
    }
  }
  const byMonth: Record<string, number> = {};
  let ongoing = 0;
  let none = 0;
  let undated = 0;
  for (const t of tasks) {
    const d = t.deadline;
    if (!d) none++;
    else if (d.kind === 'ongoing') ongoing++;
    else if (d.date) byMonth[d.date.slice(0, 7)] = (byMonth[d.date.slice(0, 7)] ?? 0) + 1;
    else undated++;
  }
  const diag: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const d of diagnostics ?? []) diag[d.severity]++;
  return {
    kind: doc.kind,
    title: doc.plan?.titleText ?? doc.notice?.titleText ?? '',
    tasks: tasks.length,
    statedTotal: statedTotal(doc),
    sections: allSections(doc)
      .filter((s) => s.level !== 'group')
      .map((s) => ({ title: headingTitle(s), level: s.level, tasks: tasksIn(s).length })),
    required,
    missing,
    leadUnits: [...unitMap.entries()]
      .map(([name, v]) => ({ name, ...v }))
      .sort((a, b) => b.leads - a.leads || b.shares - a.shares || a.name.localeCompare(b.name)),
    units: unitMap.size,
    deadlines: { byMonth: Object.fromEntries(Object.entries(byMonth).sort()), ongoing, none, undated },
    diagnostics: diag,
  };
}

const ROLE_ZH: Record<FieldRole, string> = { leaders: '牵头领导', leadUnits: '牵头单位', units: '责任单位', deadline: '完成时限', groupLead: '总牵头单位' };

export function statisticsMarkdown(s: PlanStatistics, top = 15): string {
  const md: string[] = [];
  md.push(`# ${s.title || '方案统计'}`, '');
  md.push(`- 任务总数 (tasks): **${s.tasks}**` + (s.statedTotal !== null ? ` · 写明 (stated): ${s.statedTotal}${s.statedTotal === s.tasks ? ' ✓' : ' ✗'}` : ''));
  md.push(`- 涉及单位 (units): ${s.units}`);
  md.push(`- 问题 (problems): 错误 ${s.diagnostics.error} · 警告 ${s.diagnostics.warning} · 提示 ${s.diagnostics.information + s.diagnostics.hint}`);
  const miss = Object.entries(s.missing).map(([r, n]) => `${ROLE_ZH[r as FieldRole]} ${n}`);
  md.push(`- 缺项 (missing fields): ${miss.length ? miss.join('，') : '无 (none)'}`);
  md.push('', '## 各部分 (sections)', '', '| 部分 | 任务数 |', '| --- | ---: |');
  for (const x of s.sections) md.push(`| ${x.level === 'chapter' ? '&nbsp;&nbsp;' : ''}${x.title.replace(/\|/g, '\\|').slice(0, 40)} | ${x.tasks} |`);
  md.push('', `## 牵头单位 (lead units, top ${top})`, '', '| 单位 | 牵头 | 参与 |', '| --- | ---: | ---: |');
  for (const u of s.leadUnits.slice(0, top)) md.push(`| ${u.name} | ${u.leads} | ${u.shares} |`);
  md.push('', '## 完成时限 (deadlines)', '', '| 月份 | 任务数 |', '| --- | ---: |');
  for (const [m, n] of Object.entries(s.deadlines.byMonth)) md.push(`| ${m} | ${n} |`);
  md.push(`| 长期/持续 | ${s.deadlines.ongoing} |`, `| 未写明 | ${s.deadlines.none} |`);
  if (s.deadlines.undated) md.push(`| 无法识别 | ${s.deadlines.undated} |`);
  return md.join('\n') + '\n';
}

export interface LedgerRow {
  readonly id: string;
  readonly number: number;
  readonly line: number;
  readonly section: readonly string[];
  readonly text: string;
  readonly leaders: readonly string[];
  readonly leadUnits: readonly string[];
  readonly units: readonly string[];
  readonly deadline: string;
  readonly deadlineDate: string | null;
}

export function ledger(doc: FengongDocument): LedgerRow[] {
  return tasksOf(doc).map((t) => ({
    id: taskId(doc, t),
    number: t.numbering.value,
    line: t.line + 1,
    section: t.path.map(headingTitle),
    text: t.text.text,
    leaders: t.leaders.map((u) => u.name),
    leadUnits: t.leadUnits.map((u) => u.name),
    units: t.units.map((u) => u.name),
    deadline: t.deadline?.text ?? '',
    deadlineDate: t.deadline?.date ?? null,
  }));
}

function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** CSV with a UTF-8 BOM and CRLF, as spreadsheet programs expect for Chinese text. */
export function ledgerCsv(doc: FengongDocument): string {
  const head = ['序号', '所属部分', '工作任务', '牵头领导', '牵头单位', '责任单位', '完成时限', '截止日期', '行号'];
  const rows = ledger(doc).map((r) => [
    r.id,
    r.section.join(' / '),
    r.text,
    r.leaders.join('、'),
    r.leadUnits.join('、'),
    r.units.join('、'),
    r.deadline,
    r.deadlineDate ?? '',
    String(r.line),
  ]);
  return '\uFEFF' + [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function ledgerJson(doc: FengongDocument): string {
  return JSON.stringify({ title: doc.plan?.titleText ?? '', tasks: ledger(doc) }, null, 2) + '\n';
}
