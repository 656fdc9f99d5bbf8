/**
 * Facts about a document that several rules need, computed once per lint run from the model:
 * comparable-task classes and their field conventions, the plan year, the numbering scheme and
 * unit usage. Nothing here reads the raw text except `blankSeparated` (the layout a fix imitates).
 *
 * Facts only some rules need (scheme, sections, common deadlines, and name usage unless a rule
 * will read it) are computed on first use, so a lint restricted to a few rules pays for those only.
 * An incremental lint takes the unchanged tasks' facts and the name counts over from the analysis
 * of the earlier version.
 */
import { mode } from '../util';
import {
  STYLE_RANK,
  type FengongDocument,
  type Field,
  type Plan,
  type Section,
  type SectionLevel,
  type Span,
  type Task,
} from '../model';
import type { ResolvedConfig, RequiredRole } from '../config';
import type { Change } from './incremental';
import { isBlank } from './text';
import { titleYears } from '../parse/titleYears';
import { boundaryVote } from '../parse/conventions';
import { KIND_BIT, NameCounter, countUsage, updateUsage, type NameKind, type NameUse, type Usage } from './usage';

/**
 * Whether two tasks stand under the same part or chapter (or under none): a heading across a table ends the cells
 * merged over its rows, where a group's line in a category's column (`做精老城区`) may stand beside them.
 */
function sameSection(a: Task, b: Task): boolean {
  return innermostHeading(a) === innermostHeading(b);
}

function innermostHeading(t: Task): Section | null {
  for (let k = t.path.length - 1; k >= 0; k--) if (t.path[k].level !== 'group') return t.path[k];
  return null;
}

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

/** One bit per required role, for the per-task masks below (0 for another role). */
function roleBit(role: string): number {
  switch (role) {
    case 'leaders':
      return 1;
    case 'leadUnits':
      return 2;
    case 'units':
      return 4;
    case 'deadline':
      return 8;
    default:
      return 0;
  }
}

/** A separator written before a field other than a semicolon (`,` in `(牵头单位:X,责任单位:Y)`), or null. */
export function oddSeparator(f: Field): Span | null {
  const sep = f.separatorBefore;
  if (!sep || sep.text === ';' || sep.text === '；') return null;
  const text = sep.text.trim();
  return text === ';' || text === '；' ? null : sep;
}

/** In a task's mask of field facts, beside the role bits: a field with an odd separator. */
const ODD_SEPARATOR = 16;
/** The bits of the four required roles. */
const ROLE_BITS = 15;

/**
 * The role a field states with a value, as a bit (0 for a field of no required role). An empty
 * value counts as missing. `named`: whether it lists a non-blank name (known when counting names,
 * which read them anyway: the value is read only when none is).
 */
function fieldRoleBit(f: Field, named = f.role !== 'deadline' && f.names.some((n) => !isBlank(n.name))): number {
  const bit = roleBit(f.role);
  if (bit === 0) return 0;
  return (named && f.role !== 'deadline') || !isBlank(f.value.text) ? bit : 0;
}

/** Tasks are comparable when they sit at the same level of the hierarchy (same numbering rank). */
export function classOf(task: Task): number {
  return STYLE_RANK[task.numbering.style];
}

export interface ClassInfo {
  readonly key: number;
  /** Position in `Analysis.classes` (the order classes first appear in). */
  readonly position: number;
  readonly tasks: readonly Task[];
  readonly carriers: Readonly<Record<RequiredRole, number>>;
  readonly required: ReadonlySet<RequiredRole>;
}

/** A field is the class's convention when at least this share of comparable tasks carry it. */
export const REQUIRED_SHARE = 0.75;
/** …and at least this many tasks carry it (a convention needs examples). */
export const REQUIRED_MIN_CARRIERS = 3;
/**
 * The lead is what a 分工方案 assigns: two thirds of the tasks naming one (two at least) make it the
 * convention, so that 4 tasks of 6, or 2 of 3, with a lead make the others' silence a defect. The
 * other fields (责任单位, 完成时限, 牵头领导) are often written only where they apply (national plans name
 * a lead alone for many tasks), so they keep the three quarters.
 */
export const LEAD_REQUIRED_SHARE = 2 / 3;
export const LEAD_REQUIRED_MIN_CARRIERS = 2;
/** A lead is required, whatever the share, where at most this many tasks lack it… */
export const FEW_MISSING = 2;
/** …and at least this many carry it, more than lack it. */
export const FEW_MISSING_MIN_CARRIERS = 3;

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
  /** The tasks class by class (the classes in the order they first appear), each class in document order. */
  readonly tasksByClass: readonly Task[];
  /** The class with the most tasks: "the plan's tasks" for counts. */
  readonly mainClass: number | null;
  readonly scheme: NumberingScheme;
  /** Every unit name written in a task or heading field (expanded), with its use. */
  readonly unitUsage: ReadonlyMap<string, NameUse>;
  readonly leaderUsage: ReadonlyMap<string, NameUse>;
  /** Whether the task writes a name of this kind that is written nowhere else. */
  writesSingleton(task: Task, kind: NameKind): boolean;
  readonly allSections: readonly Section[];
  /** Whether the document separates a task's own-line fields by blank lines (000 does). */
  readonly blankSeparated: boolean;
  /** Whether a task states a field of this role with a value (itself, or a heading above it for it). An empty value counts as missing. */
  has(task: Task, role: RequiredRole): boolean;
  /** Per task, the roles only a heading above it states; null when no heading states any. */
  readonly inherited: Uint8Array | null;
  /** Whether one of the task's fields follows a separator other than a semicolon. */
  hasOddSeparator(task: Task): boolean;
  classInfo(task: Task): ClassInfo;
  /** The deadline most of a class's dated tasks share (more than half), or null. */
  commonDeadline(c: ClassInfo): string | null;
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
      const vote = boundaryVote(prev, t, i + 1 < c.tasks.length && !boundaryLevel(t, c.tasks[i + 1]) ? c.tasks[i + 1] : null);
      if (vote) votes[level][vote]++;
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

/** The span from the least to the greatest year that two or more deadlines use (with `mode`, which does). */
function commonYears(years: readonly number[], mode: number): { from: number; to: number } {
  const count = new Map<number, number>();
  for (const y of years) count.set(y, (count.get(y) ?? 0) + 1);
  let from = mode;
  let to = mode;
  for (const [y, n] of count) {
    if (n < 2) continue;
    if (y < from) from = y;
    if (y > to) to = y;
  }
  return { from, to };
}

function planYearsOf(doc: FengongDocument, config: ResolvedConfig, issueDate: string | null): { year: number | null; span: { from: number; to: number } | null } {
  // Plan year: configuration, else the plan's (or notice's) title, else the deadlines, else the issue date.
  const plan = doc.plan;
  let planYear: number | null = config.planYear;
  let span: { from: number; to: number } | null = null;
  // `（2023—2025年）`, `“十四五”`, `第十四个五年规划和2035年远景目标纲要`: see titleYears.
  const stated = (plan ? titleYears(plan.titleText) : null) ?? (doc.notice?.title ? titleYears(doc.notice.titleText) : null);
  if (planYear === null && stated) {
    planYear = stated.year;
    span = stated.span;
  }
  if (planYear === null) {
    // No year stated: the years the deadlines keep to. Every year two or more deadlines use is the
    // plan's (a plan over several years spreads them); a year written once outside them stands out.
    const years: number[] = [];
    for (const t of plan?.tasks ?? []) if (typeof t.deadline?.year === 'number') years.push(t.deadline.year);
    planYear = mode(years);
    if (planYear !== null) span = commonYears(years, planYear);
  }
  if (planYear === null && issueDate) planYear = Number(issueDate.slice(0, 4));
  return { year: planYear, span };
}

/** The first 20 tasks with an own-line or bracketed field: how many have a blank line before it. */
interface BlankCount {
  readonly yes: number;
  readonly no: number;
  /** The index of the 20th such task, where counting stopped (-1: fewer than 20). */
  readonly stop: number;
}

/** 1 when the task's first own-line or bracketed field follows a blank line, 0 when not, -1 when it has none. */
function blankBefore(task: Task, lines: readonly string[]): number {
  for (const f of task.fields) {
    if (f.layout !== 'own-line' && f.layout !== 'paren-line') continue;
    const l = f.range.start.line;
    return l > 0 && isBlank(lines[l - 1] ?? '') ? 1 : 0;
  }
  return -1;
}

function countBlankSeparated(doc: FengongDocument): BlankCount {
  const lines = doc.source.lines;
  const tasks = doc.plan?.tasks ?? [];
  let yes = 0;
  let no = 0;
  for (let i = 0; i < tasks.length; i++) {
    const b = blankBefore(tasks[i], lines);
    if (b < 0) continue;
    if (b) yes++;
    else no++;
    if (yes + no >= 20) return { yes, no, stop: i };
  }
  return { yes, no, stop: -1 };
}

/**
 * The count for a new version from the earlier one's, when only the tasks between the unchanged
 * head and tail changed and the earlier count saw every task (fewer than 20 carriers) or stopped
 * before the changed ones; null when it must be counted again.
 */
function updateBlankCount(before: BlankCount, prev: FengongDocument, next: FengongDocument, change: Change): BlankCount | null {
  if (before.stop >= 0) return before.stop < change.headTasks ? before : null;
  const oldTasks = prev.plan?.tasks ?? [];
  const newTasks = next.plan?.tasks ?? [];
  let { yes, no } = before;
  for (let i = change.headTasks; i < oldTasks.length - change.tailTasks; i++) {
    const b = blankBefore(oldTasks[i], prev.source.lines);
    if (b === 1) yes--;
    else if (b === 0) no--;
  }
  for (let i = change.headTasks; i < newTasks.length - change.tailTasks; i++) {
    const b = blankBefore(newTasks[i], next.source.lines);
    if (b === 1) yes++;
    else if (b === 0) no++;
  }
  // Past 20, which tasks are the first 20 depends on the order: count again.
  return yes + no < 20 ? { yes, no, stop: -1 } : null;
}

function commonDeadlineOf(tasks: readonly Task[]): string | null {
  const counts = new Map<string, number>();
  let carriers = 0;
  for (const task of tasks) {
    const d = task.deadline?.text.trim();
    if (!d) continue;
    carriers++;
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  // Ties go to the text written first, as a stable sort by count would have it.
  let best: string | null = null;
  let bestN = 0;
  for (const [d, n] of counts) {
    if (n > bestN) {
      best = d;
      bestN = n;
    }
  }
  return best !== null && bestN * 2 > carriers ? best : null;
}

/** A class as its tasks are counted; `decide` settles which fields it requires. */
class ClassBuilder implements ClassInfo {
  readonly tasks: Task[] = [];
  readonly carriers = { leaders: 0, leadUnits: 0, units: 0, deadline: 0 };
  readonly required = new Set<RequiredRole>();

  constructor(
    readonly key: number,
    readonly position: number,
  ) {}

  add(t: Task, mask: number): void {
    this.tasks.push(t);
    if (mask & 1) this.carriers.leaders++;
    if (mask & 2) this.carriers.leadUnits++;
    if (mask & 4) this.carriers.units++;
    if (mask & 8) this.carriers.deadline++;
  }

  decide(config: ResolvedConfig): void {
    const { carriers, required } = this;
    if (config.requiredFields === 'auto') {
      for (const r of ROLES) {
        const [share, min] = r === 'leadUnits' ? [LEAD_REQUIRED_SHARE, LEAD_REQUIRED_MIN_CARRIERS] : [REQUIRED_SHARE, REQUIRED_MIN_CARRIERS];
        const missing = this.tasks.length - carriers[r];
        // A short plan (5 to 7 tasks) whose tasks but one or two carry the field requires it too: a second task left
        // without it must not hide the first (3 leads of 5 are still most).
        // Only the lead, which every task of a 分工 has (a deadline, a helper or a leader may be written only where one applies).
        const few = r === 'leadUnits' && carriers[r] >= FEW_MISSING_MIN_CARRIERS && missing <= FEW_MISSING && carriers[r] > missing;
        if ((carriers[r] >= min && carriers[r] / this.tasks.length >= share - 1e-9) || few) required.add(r);
      }
    } else {
      for (const r of config.requiredFields) required.add(r);
    }
  }
}

class DocumentAnalysis implements Analysis {
  readonly plan: Plan | null;
  readonly eol: string;
  readonly planYear: number | null;
  readonly planYears: { readonly from: number; readonly to: number } | null;
  readonly issueDate: string | null;
  readonly classes: ReadonlyMap<number, ClassInfo>;
  readonly mainClass: number | null;
  /** Per task: its facts (role bits, ODD_SEPARATOR) and its class key. */
  /** Per task: the roles it states (own fields, or a heading above it states them for its tasks), and odd separators. */
  private readonly masks: Uint8Array;
  /** Per task: what its own fields state (kept for the next version, which reuses it for unchanged tasks). */
  private readonly ownMasks: Uint8Array;
  readonly inherited: Uint8Array | null = null;
  private readonly keys: Int8Array;
  private readonly classOfTask: readonly ClassInfo[];
  private readonly fullWidth: boolean;
  /** Null until a rule asks, unless names were counted (or updated) up front because one will. */
  private usage: Usage | null = null;
  private sections: readonly Section[] | null = null;
  private schemeMemo: NumberingScheme | null = null;
  private byClassMemo: readonly Task[] | null = null;
  private blankMemo: BlankCount | null = null;
  private blankEarlier: { readonly count: BlankCount; readonly doc: FengongDocument; readonly change: Change } | null = null;
  private readonly deadlineMemo = new Map<number, string | null>();

  constructor(
    readonly doc: FengongDocument,
    config: ResolvedConfig,
    options: AnalyseOptions,
  ) {
    const plan = doc.plan;
    const tasks = plan?.tasks ?? [];
    this.plan = plan;
    this.eol = doc.source.eol || '\n';
    this.fullWidth = plan?.conventions.fullWidth ?? false;

    this.masks = new Uint8Array(tasks.length);
    this.ownMasks = new Uint8Array(tasks.length);
    this.keys = new Int8Array(tasks.length);
    // A heading's fields speak for the tasks under it: `一、扩大有效投资（牵头单位：区发改局）` gives its tasks a
    // lead. Computed afresh each time (headings are few), so an edit to a heading is never missed.
    const sectionBits = new Map<Section, number>();
    const inherited = (t: Task): number => {
      let bits = 0;
      for (const sec of t.path) {
        let b = sectionBits.get(sec);
        if (b === undefined) {
          b = 0;
          for (const f of sec.fields) b |= fieldRoleBit(f);
          sectionBits.set(sec, b);
        }
        bits |= b;
      }
      return bits;
    };
    const classes = new Map<number, ClassBuilder>();
    const classOfTask: ClassBuilder[] = [];
    const before = options.earlier?.analysis instanceof DocumentAnalysis ? options.earlier.analysis : null;
    const change = options.earlier?.change;
    // Name counts: the earlier version's, updated, when it has them; else counted in the pass below.
    if (options.countNames && before?.usage && change) this.usage = updateUsage(before.usage, before.plan?.tasks ?? [], tasks, change);
    const counter = options.countNames && !this.usage ? new NameCounter() : null;
    // One pass over the fields: on a large plan, visiting them is most of the cost. An unchanged
    // task has the facts it had: only the changed ones are visited (unless names are counted).
    const reuse = before && change && !counter ? { from: before, change, tailFrom: tasks.length - change.tailTasks } : null;
    // The earlier count of blank-separated fields, if it was made, updated on first use.
    if (before?.blankMemo && change) this.blankEarlier = { count: before.blankMemo, doc: before.doc, change };
    const standingAfter = plan?.conventions.standingUnits?.note.range.start.line ?? -1;
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[i];
      const j = !reuse ? -1 : i < reuse.change.headTasks ? i : i >= reuse.tailFrom ? i - reuse.change.taskDelta : -1;
      let k: number;
      let m = 0;
      if (j >= 0) {
        k = reuse!.from.keys[j];
        m = reuse!.from.ownMasks[j];
      } else {
        k = classOf(t);
        for (const f of t.fields) {
          m |= counter ? fieldRoleBit(f, counter.addField(f, i)) : fieldRoleBit(f);
          if (f.separatorBefore && oddSeparator(f)) m |= ODD_SEPARATOR;
        }
        // A lead named inside a 责任单位 list (`区发改局（牵头）`, `A、B分别牵头`, or first under the
        // plan's 列第一位者为牵头单位) is a lead stated.
        if (t.leadUnits.length) m |= roleBit('leadUnits');
      }
      let c = classes.get(k);
      if (!c) classes.set(k, (c = new ClassBuilder(k, classes.size)));
      classOfTask.push(c);
      this.keys[i] = k;
      this.ownMasks[i] = m;
      // A row under cells merged over rows states what the row above it states, in the columns it leaves empty.
      // Not across a heading: a cell merged over rows stays inside its part of the table.
      const merged = t.mergedCells && i > 0 && tasks[i - 1].mergedCells && sameSection(t, tasks[i - 1]) ? this.masks[i - 1] & ROLE_BITS & ~m : 0;
      // A note naming units for every task after it (`以下均需县(市、区)政府落实,不再列出`): those tasks state units.
      const standing = standingAfter >= 0 && t.range.start.line > standingAfter ? roleBit('units') & ~m : 0;
      const from = (t.path.length ? inherited(t) : 0) | merged | standing;
      if (from) (this.inherited ??= new Uint8Array(tasks.length))[i] = from;
      m |= from;
      this.masks[i] = m;
      c.add(t, m);
    }
    if (counter) this.usage = counter.finish(tasks.length, this.allSections);
    for (const c of classes.values()) c.decide(config);
    this.classes = classes;
    this.classOfTask = classOfTask;
    let mainClass: number | null = null;
    for (const c of classes.values()) if (mainClass === null || c.tasks.length > classes.get(mainClass)!.tasks.length) mainClass = c.key;
    this.mainClass = mainClass;

    // The parser already falls back from 成文日期 to the date under the notice's 落款.
    this.issueDate = doc.metadata.issueDate?.date ?? null;
    const { year, span } = planYearsOf(doc, config, this.issueDate);
    this.planYear = year;
    this.planYears = span ?? (year === null ? null : { from: year, to: year });
  }

  get allSections(): readonly Section[] {
    return (this.sections ??= this.plan ? collectSections(this.plan) : []);
  }

  get tasksByClass(): readonly Task[] {
    if (!this.byClassMemo) {
      if (this.classes.size < 2) this.byClassMemo = this.plan?.tasks ?? [];
      else {
        const out: Task[] = [];
        for (const c of this.classes.values()) for (const t of c.tasks) out.push(t);
        this.byClassMemo = out;
      }
    }
    return this.byClassMemo;
  }

  get scheme(): NumberingScheme {
    return (this.schemeMemo ??= this.plan ? inferScheme(this.plan, this.classes) : { byLevel: {} });
  }

  private get names(): Usage {
    return (this.usage ??= countUsage(this.plan?.tasks ?? [], this.allSections));
  }

  writesSingleton(task: Task, kind: NameKind): boolean {
    return (this.names.singletons[task.index] & KIND_BIT[kind]) !== 0;
  }

  get unitUsage(): ReadonlyMap<string, NameUse> {
    return this.names.units;
  }

  get leaderUsage(): ReadonlyMap<string, NameUse> {
    return this.names.leaders;
  }

  get blankSeparated(): boolean {
    if (!this.blankMemo) {
      const e = this.blankEarlier;
      this.blankMemo = (e && updateBlankCount(e.count, e.doc, this.doc, e.change)) ?? countBlankSeparated(this.doc);
      this.blankEarlier = null; // let the earlier version go
    }
    return this.blankMemo.yes > this.blankMemo.no;
  }

  has(task: Task, role: RequiredRole): boolean {
    return (this.masks[task.index] & roleBit(role)) !== 0;
  }

  hasOddSeparator(task: Task): boolean {
    return (this.masks[task.index] & ODD_SEPARATOR) !== 0;
  }

  classInfo(task: Task): ClassInfo {
    return this.classOfTask[task.index]!;
  }

  commonDeadline(c: ClassInfo): string | null {
    let d = this.deadlineMemo.get(c.key);
    if (d === undefined) this.deadlineMemo.set(c.key, (d = commonDeadlineOf(c.tasks)));
    return d;
  }

  labelFor(role: RequiredRole): string {
    return this.plan?.conventions.labels[role] ?? DEFAULT_LABELS[role];
  }

  colon(): string {
    return this.fullWidth ? '：' : ':';
  }
}

export interface AnalyseOptions {
  /** An analysis of an earlier version, and what changed since (the caller compared the tasks):
   *  the unchanged tasks' facts and the name counts are taken over from it. Not kept. */
  readonly earlier?: { readonly analysis: Analysis; readonly change: Change } | null;
  /** Count unit and leader names right away (a rule will need them), in the pass that visits the fields anyway. */
  readonly countNames?: boolean;
}

export function analyse(doc: FengongDocument, config: ResolvedConfig, options: AnalyseOptions = {}): Analysis {
  return new DocumentAnalysis(doc, config, options);
}

export function samePlanYears(a: Analysis, b: Analysis): boolean {
  const x = a.planYears;
  const y = b.planYears;
  return x === y || (x !== null && y !== null && x.from === y.from && x.to === y.to);
}

/** The separator the document writes between fields in one parenthesis. */
export function fieldSeparatorOf(a: Analysis): string {
  return a.plan?.conventions.fieldSeparator || (a.plan?.conventions.fullWidth ? '；' : ';');
}

/**
 * Whether `sep` (trimmed), written between two fields, is odd in this document: a semicolon never
 * is; a comma is, unless the document separates its fields with commas throughout.
 */
export function isOddSeparatorIn(a: Analysis, sep: string): boolean {
  if (sep === ';' || sep === '；') return false;
  const want = fieldSeparatorOf(a);
  return !((sep === ',' || sep === '，') && (want === ',' || want === '，'));
}
