import type { Conventions, FieldLayout, FieldRole, Section, SectionLevel, StandingUnits, Task } from '../model';
import { spanOf } from '../model';
import { namesUnitsOnly, readUnitList } from './units';
import { STYLE_RANK } from '../model';
import { mode, Tally } from '../util';

/**
 * `列第一位者为牵头单位`, `列第一位的责任单位为牵头单位`, `排在首位的为牵头或汇总单位`, `第一责任单位为牵头单位`,
 * `列第一位的为牵头部门` (provincial 分工意见): the plan's
 * convention that the first unit named leads.
 */
const FIRST_LISTED_LEADS = /(列第一位|列在第一位|列在首位|排在第一位|排第一位|排在首位|排名第一位?|第一个|首位|第一)[的者]?(?:[\u4e00-\u9fa5]{0,4}(?:单位|部门))?[的者]?(?:为|是)(?:工作)?牵头(?:单位|部门|或汇总单位|或汇总)/;

/** Whether a line states that the first unit listed leads (the cheap 牵头 test first). */
export function statesFirstListedLeads(line: string): boolean {
  return line.includes('牵头') && FIRST_LISTED_LEADS.test(line);
}

/**
 * `牵头单位(无牵头单位的,责任单位即为牵头单位,下同)` (武汉 2023), `未明确牵头单位的，责任单位为牵头单位`: the plan's
 * convention that a task naming no lead is led by its 责任单位, every one of them.
 */
const UNITS_LEAD = /(?:无|没有|未(?:明确|确定|列明?|写明|注明|标明)?)牵头(?:单位|部门)的?[，,、]?\s*(?:其)?(?:责任|承办|主办)(?:单位|部门)(?:即|均|则)?(?:为|是|作为|视为|即为)牵头(?:单位|部门)/;

/** Whether a line states that a task's 责任单位 lead it when it names no lead (the cheap 牵头 test first). */
export function statesUnitsLeadWithoutLead(line: string): boolean {
  return line.includes('牵头') && UNITS_LEAD.test(line);
}

/**
 * `以下均需县(市、区)政府落实,不再列出`, `以下各项工作均需各县、区人民政府(管委会)落实,不再列出` (大气污染防治 plans, after the
 * first task's roles): the units every task after the note answers with. The names are group 1.
 */
const STANDING_UNITS = /以下(?:各项工作|各项任务|各项|工作|任务)?均(?:需|须|由|要)([^，,。；;：:]{2,40}?)(?:认真|切实|严格)?(?:负责|抓好|做好|组织|贯彻)?落实[^。；;]{0,12}?[，,]\s*不再(?:重复|逐一|一一)?列出/;

/** Whether a line holds such a note (the cheap test first). */
export function statesStandingUnits(line: string): boolean {
  return line.includes('不再') && STANDING_UNITS.test(line);
}

/** The first note in lines [from, to) that names units answering for every task after it; null when none does. */
export function readStandingUnits(lines: readonly string[], from: number, to: number): StandingUnits | null {
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line.includes('不再')) continue;
    const m = STANDING_UNITS.exec(line);
    if (!m) continue;
    // Units' names only (`以下均需认真抓好落实，不再列出` names no one).
    if (!namesUnitsOnly(m[1])) continue;
    const start = m.index + m[0].indexOf(m[1], 2);
    const names = readUnitList(line, i, start, start + m[1].length);
    if (names.length) return { names, note: spanOf(i, m.index, m[0]) };
  }
  return null;
}

/** How a task that names no lead unit is led, as the plan states it. */
export interface LeadConvention {
  /** `列第一位者为牵头单位`: by the first unit of its 责任单位. */
  readonly firstListed: boolean;
  /** `无牵头单位的，责任单位即为牵头单位`: by all of them (the first-listed convention wins where both are stated). */
  readonly unitsLead: boolean;
}

const LEAD_OF = new WeakMap<readonly string[], LeadConvention>();

/**
 * The lead convention a document states, read in one pass over its lines (most name 牵头, few state either) and kept
 * for them: each plan the document holds is built under it.
 */
export function leadConventionOf(lines: readonly string[]): LeadConvention {
  const known = LEAD_OF.get(lines);
  if (known) return known;
  let firstListed = false;
  let unitsLead = false;
  for (const line of lines) {
    if (!line.includes('牵头')) continue;
    if (!firstListed && FIRST_LISTED_LEADS.test(line)) firstListed = true;
    if (!unitsLead && UNITS_LEAD.test(line)) unitsLead = true;
  }
  const lead = { firstListed, unitsLead: unitsLead && !firstListed };
  LEAD_OF.set(lines, lead);
  return lead;
}

const ROLES: readonly FieldRole[] = ['leaders', 'leadUnits', 'units', 'deadline', 'groupLead'];
const ROLE_BIT: Record<FieldRole, number> = { leaders: 1, leadUnits: 2, units: 4, deadline: 8, groupLead: 16 };

/** Counts that can go down as well as up; `best` is the key with the single highest count, if one has it. */
class Counts<T> {
  readonly map: Map<T, number>;
  constructor(from?: Counts<T>) {
    this.map = new Map(from?.map);
  }
  add(x: T, by: number): void {
    this.map.set(x, (this.map.get(x) ?? 0) + by);
  }
  /** The most frequent key, null for none, undefined when two share the top count. */
  best(): T | null | undefined {
    let best: T | null = null;
    let n = 0;
    let tie = false;
    for (const [k, c] of this.map) {
      if (c > n) {
        best = k;
        n = c;
        tie = false;
      } else if (c === n && c > 0) tie = true;
    }
    return tie ? undefined : best;
  }
}

/**
 * A document that writes a comma between fields more often than a semicolon (`(牵头单位:X，责任单位:Y)`
 * throughout) has made the comma its separator: the comma it writes most (on a tie, the width of its
 * punctuation). Null when semicolons are as common, or when there are no commas.
 */
function commaSeparated(commas: ReadonlyMap<string, number>, semicolons: ReadonlyMap<string, number>, fullWidth: boolean): string | null {
  const half = commas.get(',') ?? 0;
  const full = commas.get('，') ?? 0;
  const semis = (semicolons.get(';') ?? 0) + (semicolons.get('；') ?? 0);
  if (half + full <= semis) return null;
  return full > half || (full === half && fullWidth) ? '，' : ',';
}

/**
 * The counts behind the conventions, kept with a parse so that the next parse, which re-reads
 * one task, can take that task's old fields out and its new ones in instead of counting every
 * task again. Where the counts leave a tie, only a pass in document order can say which value
 * came first (the rule {@link Tally} follows); `result` then says so.
 */
export class ConventionCounts {
  readonly carrying: Record<FieldRole, number>;
  readonly labels: Record<FieldRole, Counts<string>>;
  readonly layouts: Counts<FieldLayout>;
  readonly separators: Counts<string>;
  /** Commas written between fields (`(牵头单位:X，责任单位:Y)`): the separator where they outnumber semicolons. */
  readonly commas: Counts<string>;
  full: number;
  half: number;
  tasks: number;

  constructor(from?: ConventionCounts) {
    this.carrying = { ...(from?.carrying ?? { leaders: 0, leadUnits: 0, units: 0, deadline: 0, groupLead: 0 }) };
    this.labels = {
      leaders: new Counts(from?.labels.leaders),
      leadUnits: new Counts(from?.labels.leadUnits),
      units: new Counts(from?.labels.units),
      deadline: new Counts(from?.labels.deadline),
      groupLead: new Counts(from?.labels.groupLead),
    };
    this.layouts = new Counts(from?.layouts);
    this.separators = new Counts(from?.separators);
    this.commas = new Counts(from?.commas);
    this.full = from?.full ?? 0;
    this.half = from?.half ?? 0;
    this.tasks = from?.tasks ?? 0;
  }

  /** Counts task `t` in (`by` 1) or out (`by` -1); `lines` are the lines it was read from. */
  count(t: Task, lines: readonly string[], by: 1 | -1): void {
    this.tasks += by;
    let seen = 0;
    for (const f of t.fields) {
      const bit = ROLE_BIT[f.role];
      if (f.value.text && !(seen & bit)) {
        seen |= bit;
        this.carrying[f.role] += by;
      }
      this.layouts.add(f.layout, by);
      const sep = f.separatorBefore?.text;
      if (sep === ';' || sep === '；') this.separators.add(sep, by);
      else if (sep === ',' || sep === '，') this.commas.add(sep, by);
      if (f.layout === 'table' || f.layout === 'prose' || f.layout === 'convention') continue;
      this.labels[f.role].add(f.label.text, by);
      // The colon sits between the label and the value.
      const line = lines[f.label.range.start.line] ?? '';
      for (let i = f.label.range.end.character; i < f.value.range.start.character; i++) {
        const c = line.charCodeAt(i);
        if (c === 0xff1a) this.full += by;
        else if (c === 0x3a) this.half += by;
        else continue;
        break;
      }
    }
    // Bracketed markers count too: `（一）` against `(一)`.
    if (t.numbering.style === 'arabic-paren' || t.numbering.style === 'cn-paren') {
      if (t.numbering.fullWidth) this.full += by;
      else this.half += by;
    }
  }

  /** The conventions these counts give, or null where a tie needs the document order to break. */
  result(taskNumbering: Conventions['taskNumbering'], firstListedLeads: boolean): Conventions | null {
    const n = this.tasks;
    const fieldShare = Object.fromEntries(ROLES.map((r) => [r, n ? this.carrying[r] / n : 0])) as Record<FieldRole, number>;
    const labels: Partial<Record<FieldRole, string>> = {};
    for (const r of ROLES) {
      const l = this.labels[r].best();
      if (l === undefined) return null;
      if (l) labels[r] = l;
    }
    const fieldLayout = this.layouts.best();
    const separator = commaSeparated(this.commas.map, this.separators.map, this.full > this.half) ?? this.separators.best();
    if (fieldLayout === undefined || separator === undefined) return null;
    return withLabelsWritten(
      {
        fieldLayout,
        fieldShare,
        taskNumbering,
        labels,
        fullWidth: this.full > this.half,
        fieldSeparator: separator ?? ';',
        firstListedLeads,
      },
      this,
    );
  }
}

/**
 * The conventions with, per role the tasks state under several labels (`负责单位` on some, `参加单位` on others), those
 * labels: most written first, then in code order (so that a count kept over edits gives what a count from scratch gives).
 */
function withLabelsWritten(conventions: Conventions, counts: ConventionCounts): Conventions {
  let written: Partial<Record<FieldRole, readonly string[]>> | null = null;
  for (const r of ROLES) {
    const used = [...counts.labels[r].map].filter(([, n]) => n > 0);
    if (used.length < 2) continue;
    used.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    (written ??= {})[r] = used.map(([l]) => l);
  }
  return written ? { ...conventions, labelsWritten: written } : conventions;
}

/**
 * What the document does most: its field layout, which fields its tasks carry, its labels and
 * punctuation, and whether task numbers restart inside each kind of section or run on; with the
 * counts it was read from (a later parse that re-reads one task updates them).
 */
export function conventionsWithCounts(
  lines: readonly string[],
  tasks: readonly Task[],
  firstListedLeads: boolean,
): { conventions: Conventions; counts: ConventionCounts } {
  // One pass over every field: shares, labels, layouts, punctuation width and separators.
  const counts = new ConventionCounts();
  for (const t of tasks) counts.count(t, lines, 1);
  const taskNumbering = numberingScheme(tasks);
  const conventions = counts.result(taskNumbering, firstListedLeads) ?? withLabelsWritten(breakTies(counts, tasks, taskNumbering, firstListedLeads), counts);
  return { conventions, counts };
}

/** Where two values share the top count, the one that reached it first in document order wins. */
function breakTies(counts: ConventionCounts, tasks: readonly Task[], taskNumbering: Conventions['taskNumbering'], firstListedLeads: boolean): Conventions {
  const labelsByRole: Record<FieldRole, Tally<string>> = {
    leaders: new Tally(),
    leadUnits: new Tally(),
    units: new Tally(),
    deadline: new Tally(),
    groupLead: new Tally(),
  };
  const layouts = new Tally<FieldLayout>();
  const separators = new Tally<string>();
  for (const t of tasks) {
    for (const f of t.fields) {
      layouts.add(f.layout);
      const sep = f.separatorBefore?.text;
      if (sep === ';' || sep === '；') separators.add(sep);
      if (f.layout === 'table' || f.layout === 'prose' || f.layout === 'convention') continue;
      labelsByRole[f.role].add(f.label.text);
    }
  }
  const n = tasks.length;
  const fieldShare = Object.fromEntries(ROLES.map((r) => [r, n ? counts.carrying[r] / n : 0])) as Record<FieldRole, number>;
  const labels: Partial<Record<FieldRole, string>> = {};
  for (const r of ROLES) {
    const l = labelsByRole[r].best;
    if (l) labels[r] = l;
  }
  return {
    fieldLayout: layouts.best,
    fieldShare,
    taskNumbering,
    labels,
    fullWidth: counts.full > counts.half,
    fieldSeparator: commaSeparated(counts.commas.map, counts.separators.map, counts.full > counts.half) ?? separators.best ?? ';',
    firstListedLeads,
  };
}

/**
 * For each section level, compare consecutive tasks (of the plan's main numbering rank) that
 * cross a boundary where that level is the outermost to change: `1` after `n` is a restart, `n+1`
 * runs on. The majority decides; a level never crossed is left out.
 */
function numberingScheme(tasks: readonly Task[]): Partial<Record<SectionLevel, 'restart' | 'continue'>> {
  const rank = mode(tasks.map((t) => STYLE_RANK[t.numbering.style]));
  const main = tasks.filter((t) => STYLE_RANK[t.numbering.style] === rank);
  const votes: Partial<Record<SectionLevel, { restart: number; continue: number }>> = {};
  for (let i = 1; i < main.length; i++) {
    const a = main[i - 1];
    const b = main[i];
    const changed = outermostChange(a.path, b.path);
    if (!changed) continue;
    const v = (votes[changed] ??= { restart: 0, continue: 0 });
    const vote = boundaryVote(a, b, i + 1 < main.length && !outermostChange(b.path, main[i + 1].path) ? main[i + 1] : null);
    if (vote) v[vote]++;
  }
  const out: Partial<Record<SectionLevel, 'restart' | 'continue'>> = {};
  for (const [level, v] of Object.entries(votes) as [SectionLevel, { restart: number; continue: number }][]) {
    if (v.restart > v.continue) out[level] = 'restart';
    else if (v.continue > v.restart) out[level] = 'continue';
  }
  return out;
}

/**
 * How numbering goes across a section boundary, from the task before it (`last`), the first after it and the second
 * (null when the section holds one task): 1 restarts, `last + 1` continues; where the section's first two numbers are
 * swapped (`2.` then `1.`), its second task says; null when neither does.
 */
export function boundaryVote(last: Task, first: Task, second: Task | null): 'restart' | 'continue' | null {
  const before = last.numbering.value;
  for (const t of second ? [first, second] : [first]) {
    if (t.numbering.value === 1 && before !== 0) return 'restart';
    if (t.numbering.value === before + 1) return 'continue';
  }
  return null;
}

function outermostChange(a: readonly Section[], b: readonly Section[]): SectionLevel | null {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return (b[i] ?? a[i]).level;
  }
  return null;
}
