/** Hover: task numbers, unit names, stated counts and deadlines. Returns Markdown. */
import { containsPosition, isAliasName, isRoleNote, type Deadline, type FengongDocument, type Position, type Range, type StatedCount } from '../model';
import { EMPTY_DIRECTORY, unitUsage, type UnitDirectory } from './units';
import { allSections, occurrenceAt, pathLabel, planAt, sectionHeadingAt, taskAt, taskId, tasksIn, tasksOf } from './util';

const LEVEL_ZH = { part: '部分', chapter: '章节', group: '工作组' } as const;

export interface HoverOptions {
  readonly directory?: UnitDirectory;
  /** ISO date for "today" (tests pass one); defaults to the real date. */
  readonly today?: string;
}

export interface HoverResult {
  readonly markdown: string;
  readonly range: Range;
}

const ROLE_LABEL: Record<string, string> = {
  leaders: '牵头领导',
  leadUnits: '牵头单位',
  units: '责任单位',
  deadline: '完成时限',
  groupLead: '总牵头单位',
};

export function todayIso(today?: string): string {
  if (today) return today;
  const d = new Date();
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Whole days from `from` to `to` (ISO dates), negative when `to` is past. */
export function daysBetween(from: string, to: string): number {
  const a = Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10));
  const b = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10));
  return Math.round((b - a) / 86_400_000);
}

const KIND_LABEL: Record<Deadline['kind'], string> = {
  date: '具体日期',
  'month-end': '月底',
  'year-end': '年底',
  quarter: '季度',
  'half-year': '半年',
  ongoing: '长期/持续',
  relative: '限期（自收到通知起）',
  unknown: '无法识别',
};

export function deadlineHover(d: Deadline, today: string, title = '完成时限'): string {
  const lines = [`**${title}** ${d.text}`, ''];
  if (!d.valid) lines.push('⚠ 日期不存在 (impossible date)');
  else if (d.date) {
    const days = daysBetween(today, d.date);
    lines.push(`截止日期 (deadline): \`${d.date}\` · ${KIND_LABEL[d.kind]}`);
    lines.push('');
    lines.push(days > 0 ? `距今 ${days} 天 (${days} days to go)` : days === 0 ? '今天到期 (due today)' : `已过期 ${-days} 天 (${-days} days overdue)`);
  } else lines.push(`${KIND_LABEL[d.kind]}: 无具体日期 (no fixed date)`);
  return lines.join('\n');
}

function countHover(doc: FengongDocument, c: StatedCount): string {
  let actual = (planAt(doc, c.span.range.start.line)?.tasks ?? tasksOf(doc)).length;
  let where = '全方案 (whole plan)';
  if (c.scope === 'section') {
    const s = allSections(doc).find((x) => x.statedCount === c);
    if (s) {
      actual = tasksIn(s).length;
      where = `本部分 (this section)`;
    }
  }
  const ok = actual === c.value;
  return [
    `**${c.span.text}**`,
    '',
    `写明 (stated): ${c.value} 项 · 实际 (actual): ${actual} 项 — ${where}`,
    '',
    ok ? '✓ 一致 (matches)' : `✗ 不一致，相差 ${actual - c.value} 项 (mismatch)`,
  ].join('\n');
}

export function hover(doc: FengongDocument, p: Position, options: HoverOptions = {}): HoverResult | null {
  const dir = options.directory ?? EMPTY_DIRECTORY;
  const today = todayIso(options.today);

  // Stated counts.
  const counts: StatedCount[] = [];
  for (const plan of doc.plans) if (plan.statedTotal) counts.push(plan.statedTotal);
  for (const s of allSections(doc)) if (s.statedCount) counts.push(s.statedCount);
  for (const c of counts) if (containsPosition(c.span.range, p)) return { markdown: countHover(doc, c), range: c.span.range };

  // Unit / leader names.
  const occ = occurrenceAt(doc, p);
  if (occ) {
    const u = unitUsage(doc, occ.ref.name, dir);
    const info = u.info;
    const md: string[] = [`**${info?.name ?? occ.ref.name}**${occ.ref.collective ? ' · 统称 (collective assignee)' : ''}`, ''];
    if (info && info.name !== occ.ref.written.text) md.push(`写作 (written): ${occ.ref.written.text}`, '');
    // A bracket after the name holds another name for it, or a note on the list (`列第一位者为牵头…，下同`).
    const aliases = [...new Set([...(info?.aliases ?? []), ...occ.ref.aliases.filter(isAliasName)])];
    if (aliases.length) md.push(`别称/简称 (aliases): ${aliases.join('、')}`, '');
    const notes = occ.ref.aliases.filter((a) => !isAliasName(a) && !isRoleNote(a));
    if (notes.length) md.push(`附注 (note): ${notes.join('；')}`, '');
    const spellings = u.spellings.filter((x) => x !== (info?.name ?? occ.ref.name));
    if (spellings.length) md.push(`本文写法 (written as): ${spellings.join('、')}`, '');
    if (!info && !occ.ref.collective && dir !== EMPTY_DIRECTORY) md.push('⚠ 不在单位名录中 (not in the registry)', '');
    if (info?.note) md.push(info.note, '');
    if (u.leaderOf.length) md.push(`牵头领导 ${u.leaderOf.length} 项 (leads as leader): ${u.leaderOf.join(', ')}`, '');
    md.push(`牵头 ${u.leads.length} 项 (leads): ${u.leads.join(', ') || '—'}`, '');
    md.push(`参与 ${u.shares.length} 项 (shares): ${u.shares.join(', ') || '—'}`);
    return { markdown: md.join('\n'), range: occ.ref.written.range };
  }

  const t = taskAt(doc, p);
  if (t) {
    // Deadlines.
    if (t.deadline && containsPosition(t.deadline.range, p)) return { markdown: deadlineHover(t.deadline, today), range: t.deadline.range };
    for (const d of t.textDeadlines) if (containsPosition(d.range, p)) return { markdown: deadlineHover(d, today, '文中时限 (a stage\'s deadline in the text)'), range: d.range };
    if (containsPosition(t.numbering.marker.range, p)) {
      const md: string[] = [`**任务 ${taskId(doc, t)}** (task)`, ''];
      const path = pathLabel(t);
      if (path) md.push(`位置 (in): ${path}`, '');
      for (const f of t.fields) {
        const v = f.role === 'deadline' ? f.value.text + (f.deadline?.date ? ` (\`${f.deadline.date}\`)` : '') : f.names.map((n) => n.name).join('、') || f.value.text;
        md.push(`- ${f.label.text || ROLE_LABEL[f.role]}: ${v || '(空 empty)'}`);
      }
      // A heading's fields speak for the tasks under it (`（一）省编办牵头的工作`, `一、…（牵头单位：区发改局）`).
      const fromHeadings = t.path.flatMap((s) => s.fields.filter((f) => f.names.length && !t.fields.some((o) => o.role === f.role)));
      for (const f of fromHeadings) md.push(`- ${f.label.text || ROLE_LABEL[f.role]}: ${f.names.map((n) => n.name).join('、')}（见标题 from the heading）`);
      // `以下均需县(市、区)政府落实,不再列出`, written once above: the task's units too.
      const standing = planAt(doc, t.range.start.line)?.conventions.standingUnits;
      const fromNote = standing && t.range.start.line > standing.note.range.start.line ? standing : null;
      if (fromNote) md.push(`- ${ROLE_LABEL.units}: ${fromNote.names.map((n) => n.name).join('、')}（见第${fromNote.note.range.start.line + 1}行的说明 from the note on line ${fromNote.note.range.start.line + 1}）`);
      if (!t.fields.length && !fromHeadings.length && !fromNote) md.push('- (无责任分工字段 no fields)');
      if (t.textDeadlines.length)
        md.push(`- 文中时限 (in the text): ${t.textDeadlines.map((d) => d.text + (d.date ? ` (\`${d.date}\`)` : '')).join('；')}`);
      if (t.subItems.length) md.push('', `含 ${t.subItems.length} 个子项 (sub-items)`);
      return { markdown: md.join('\n'), range: t.numbering.marker.range };
    }
  }
  // A section heading: what it holds.
  const heading = sectionHeadingAt(doc, p);
  if (heading) {
    const tasks = tasksIn(heading);
    const units = new Set(tasks.flatMap((x) => [...x.leadUnits, ...x.units]).filter((u) => !u.collective).map((u) => u.name));
    const first = tasks[0];
    const last = tasks[tasks.length - 1];
    const md = [
      `**${heading.numbering?.marker.text ?? ''}${heading.title.text}**`,
      '',
      `${LEVEL_ZH[heading.level]} (${heading.level}) · ${tasks.length} 项任务 (tasks)` +
        (first && last ? ` · ${taskId(doc, first)}–${taskId(doc, last)}` : '') +
        (heading.statedCount ? ` · 写明 ${heading.statedCount.value} 项${heading.statedCount.value === tasks.length ? ' ✓' : ' ✗'}` : ''),
      '',
      `涉及 ${units.size} 个单位 (units)`,
    ];
    return { markdown: md.join('\n'), range: heading.headingRange };
  }
  // A deadline on a section heading.
  for (const s of allSections(doc)) {
    for (const f of s.fields) {
      if (f.deadline && containsPosition(f.deadline.range, p)) return { markdown: deadlineHover(f.deadline, today), range: f.deadline.range };
    }
  }
  return null;
}
