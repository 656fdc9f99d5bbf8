/**
 * Runs the rules over a document: levels and options from the configuration, inline suppression,
 * the per-rule cap, document order. Every rule's reports are kept (suppressed or not, in the order
 * the rule made them) with the lint's result, so that the next lint of an edited version can start
 * from them:
 *   - a task rule re-checks only the tasks the edit touched, when the facts it reads outside a task
 *     are unchanged; the other tasks' diagnostics are taken over, moved by the lines inserted or
 *     deleted before them;
 *   - a line rule re-checks the lines from the last quiet boundary before the edit (see LineRule)
 *     to the first one after it where the earlier version was quiet too;
 *   - a document rule runs again.
 * Suppression and the cap apply to the assembled reports exactly as to a full run's, and any rule
 * that reaches the cap runs again in full, so the result is always the full lint's.
 */
import type { CancellationToken, Diagnostic, FengongDocument, Locale, Severity, Task } from '../model';
import { toResolvedConfig, type ResolvedConfig } from '../config';
import type { Registry } from '../registry';
import { analyse, type Analysis } from './analysis';
import { RULES } from './catalogue';
import { compareDocuments, shiftDiagnostic, type Change } from './incremental';
import { createSuppressor, type Suppressor } from './suppress';
import type { AnyRule, LineRule, Report, RuleContext, TaskRule, Text } from './types';
import { Sidecar } from '../sidecar';

/** A rule stops reporting after this many diagnostics in one document (real plans have a few hundred tasks). */
export const MAX_DIAGNOSTICS_PER_RULE = 2000;

/** What a lint depends on besides the document. */
export interface Settings {
  readonly config: ResolvedConfig;
  readonly registry: Registry | null;
  readonly locale: Locale;
  readonly today: string;
  readonly only: readonly string[] | undefined;
}

function sameSettings(a: Settings, b: Settings): boolean {
  return (
    a.registry === b.registry &&
    a.locale === b.locale &&
    a.today === b.today &&
    (a.only === b.only || (!!a.only && !!b.only && a.only.join('\u0000') === b.only.join('\u0000'))) &&
    (a.config === b.config || JSON.stringify(a.config) === JSON.stringify(b.config))
  );
}

/** One rule's reports in one lint. */
interface RuleRun {
  /** Every diagnostic the rule reported, suppressed or not, in the order it reported them. */
  readonly reported: readonly Diagnostic[];
  /** For a task rule, the index of the task each one is about (-1: not about a task). */
  readonly owners: readonly number[];
  /** For a line rule, 1 at each quiet boundary (before line i; the last is the end). */
  readonly quiet: Uint8Array | null;
}

/** What a lint leaves for the next lint of the same document, keyed by the array it returned. */
interface LintState {
  readonly doc: FengongDocument;
  readonly settings: Settings;
  readonly analysis: Analysis;
  /** The rules that ran to the end without reaching the cap. */
  readonly runs: ReadonlyMap<string, RuleRun>;
}

const STATES = new Sidecar<readonly Diagnostic[], LintState>('fengong.lint');

/** What the last lint did: for tests and benchmarks, which show that an edit is linted incrementally. */
export interface LintStats {
  /** A previous lint's work was usable. */
  readonly incremental: boolean;
  /** Rules whose earlier diagnostics were taken over (all but those about the touched tasks or lines). */
  readonly reused: readonly string[];
  /** Tasks the reusing task rules checked again (counted once per task). */
  readonly recheckedTasks: number;
  /** Lines the reusing line rules read again (the most any of them did). */
  readonly recheckedLines: number;
}

let stats: LintStats = { incremental: false, reused: [], recheckedTasks: 0, recheckedLines: 0 };

export function lastLintStats(): LintStats {
  return stats;
}

function pick(text: Text, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}

/** `localeCompare` order of the rule ids, as ranks: the final sort compares ids many times. */
const RULE_RANK = new Map([...RULES].map((r) => r.id).sort((a, b) => a.localeCompare(b)).map((id, i) => [id, i]));

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || RULE_RANK.get(a.rule)! - RULE_RANK.get(b.rule)!;
}

/** Collects one rule's reports, as diagnostics, with the task each is about. */
class Collector {
  readonly reported: Diagnostic[] = [];
  readonly owners: number[] = [];
  /** The task being checked (-1: none). */
  owner = -1;
  /** For a line rule, its quiet boundaries (see RuleRun). */
  quiet: Uint8Array | null = null;
  /** Diagnostics that survived suppression, up to the cap; null while assembling an incremental run. */
  readonly kept: Diagnostic[] | null;

  constructor(
    private readonly rule: AnyRule,
    private readonly forced: Severity | undefined,
    private readonly locale: Locale,
    private readonly suppressor: Suppressor,
    counting: boolean,
  ) {
    this.kept = counting ? [] : null;
  }

  full(): boolean {
    return this.kept !== null && this.kept.length >= MAX_DIAGNOSTICS_PER_RULE;
  }

  report(r: Report): void {
    if (this.full()) return;
    const d = this.toDiagnostic(r);
    this.reported.push(d);
    this.owners.push(this.owner);
    if (this.kept && !this.suppressor.isSuppressed(d)) this.kept.push(d);
  }

  /** Takes over a diagnostic from an earlier run. */
  keep(d: Diagnostic, owner: number): void {
    this.reported.push(d);
    this.owners.push(owner);
  }

  private toDiagnostic(r: Report): Diagnostic {
    const locale = this.locale;
    const d: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
      rule: this.rule.id,
      severity: this.forced ?? r.severity ?? this.rule.defaultSeverity,
      message: pick(r.message, locale),
      range: r.range,
    };
    if (r.fixes?.length) {
      d.fixes = r.fixes.map((f) => (f.preferred ? { title: pick(f.title, locale), edits: f.edits, preferred: true } : { title: pick(f.title, locale), edits: f.edits }));
    }
    if (r.related?.length) d.related = r.related.map((x) => ({ range: x.range, message: pick(x.message, locale) }));
    return d;
  }
}

type Shared = Omit<RuleContext, 'options' | 'report' | 'full'>;

function contextFor(s: Shared, options: unknown, c: Collector): RuleContext {
  return {
    doc: s.doc,
    plan: s.plan,
    options: options as Record<string, unknown>,
    config: s.config,
    registry: s.registry,
    locale: s.locale,
    today: s.today,
    analysis: s.analysis,
    report: (r) => c.report(r),
    full: () => c.full(),
  };
}

/** Runs a rule over the whole document; false when it failed (what it reported before stays). */
function runFully(rule: AnyRule, ctx: RuleContext, c: Collector): boolean {
  try {
    if (rule.scope === 'document') rule.check(ctx);
    else if (rule.scope === 'lines') {
      const quiet = (c.quiet = new Uint8Array(ctx.doc.source.lines.length + 1));
      rule.checkLines(ctx, 0, (line) => {
        quiet[line] = 1;
        return false;
      });
    } else {
      for (const task of rule.byClass ? ctx.analysis.tasksByClass : ctx.plan?.tasks ?? []) {
        c.owner = task.index;
        rule.checkTask(ctx, task);
      }
      c.owner = -1;
      rule.checkRest?.(ctx);
    }
    return true;
  } catch {
    // A rule that fails on an unexpected document says nothing more rather than breaking the others.
    return false;
  }
}

/**
 * A task rule's reports rebuilt from an earlier run: the unchanged tasks' taken over, the others'
 * made again. The order is the full run's: by task (class by class, for such a rule), then the rest.
 */
function assembleTasks(rule: TaskRule, ctx: RuleContext, c: Collector, prev: RuleRun, change: Change): number {
  const tasks = ctx.plan?.tasks ?? [];
  const tailFrom = change.oldTaskCount - change.tailTasks;
  const head: number[] = [];
  const tail: number[] = [];
  prev.owners.forEach((o, k) => {
    if (o >= 0 && o < change.headTasks) head.push(k);
    else if (o >= tailFrom) tail.push(k);
  });
  for (const k of head) c.keep(prev.reported[k], prev.owners[k]);
  const changedTo = tasks.length - change.tailTasks;
  for (let i = change.headTasks; i < changedTo; i++) {
    c.owner = i;
    rule.checkTask(ctx, tasks[i]);
  }
  for (const k of tail) c.keep(shiftDiagnostic(prev.reported[k], change.lineDelta), prev.owners[k] + change.taskDelta);
  if (rule.byClass) sortByClass(ctx.analysis, tasks, c);
  c.owner = -1;
  rule.checkRest?.(ctx);
  return changedTo - change.headTasks;
}

/** Regroups assembled task reports class by class (stable: document order within a class). */
function sortByClass(a: Analysis, tasks: readonly Task[], c: Collector): void {
  if (a.classes.size < 2) return;
  const entries = c.reported.map((d, k) => ({ d, owner: c.owners[k], key: a.classInfo(tasks[c.owners[k]]).position }));
  entries.sort((x, y) => x.key - y.key);
  entries.forEach((e, k) => {
    c.reported[k] = e.d;
    c.owners[k] = e.owner;
  });
}

/**
 * A line rule's reports rebuilt from an earlier run: the lines are checked again from the last
 * quiet boundary before the edit to the first quiet one in the unchanged lines after it that was
 * quiet in the earlier version too; from there on, the earlier run's reports hold, moved.
 */
function assembleLines(rule: LineRule, ctx: RuleContext, c: Collector, prev: RuleRun, change: Change): number {
  const n = ctx.doc.source.lines.length;
  const before = prev.quiet!;
  const quiet = (c.quiet = new Uint8Array(n + 1));
  let from = change.headLines;
  while (from > 0 && !before[from]) from--;
  quiet.set(before.subarray(0, from));
  let k = 0;
  for (; k < prev.reported.length && prev.reported[k].range.start.line < from; k++) c.keep(prev.reported[k], -1);
  const tailFrom = n - change.tailLines;
  const to = rule.checkLines(ctx, from, (line) => {
    quiet[line] = 1;
    return line >= tailFrom && before[line - change.lineDelta] === 1;
  });
  if (to < n) quiet.set(before.subarray(to - change.lineDelta + 1), to + 1);
  const oldTo = to - change.lineDelta;
  for (; k < prev.reported.length; k++) {
    const d = prev.reported[k];
    if (d.range.start.line >= oldTo) c.keep(shiftDiagnostic(d, change.lineDelta), -1);
  }
  return to - from;
}

/**
 * Rebuilds a task or line rule's reports from its previous run; returns how many tasks or lines it
 * checked again, or null when the rule must run in full (facts it reads changed, or it failed).
 */
function reassemble(rule: TaskRule | LineRule, ctx: RuleContext, c: Collector, prev: RuleRun, change: Change, prevAnalysis: Analysis): number | null {
  try {
    if (rule.scope === 'lines') return assembleLines(rule, ctx, c, prev, change);
    return rule.sameFacts(prevAnalysis, ctx.analysis, ctx) ? assembleTasks(rule, ctx, c, prev, change) : null;
  } catch {
    return null;
  }
}

interface Previous {
  readonly doc: FengongDocument;
  readonly diagnostics: readonly Diagnostic[];
}

/** The earlier lint's state, when it was a lint of `previous.doc` with the same settings. */
function usableState(previous: Previous | undefined, settings: Settings): LintState | null {
  if (!previous) return null;
  const state = STATES.get(previous.diagnostics);
  return state && state.doc === previous.doc && sameSettings(state.settings, settings) ? state : null;
}

export interface RunOptions {
  readonly settings: Settings;
  readonly token?: CancellationToken;
  readonly previous?: Previous;
  /** Run only the rules about a plan (not those over the raw lines): for a notice's second plan and on. */
  readonly planRulesOnly?: boolean;
}

export function settingsOf(options: {
  readonly config?: unknown;
  readonly registry?: unknown;
  readonly locale?: Locale;
  readonly today?: string;
  readonly only?: readonly string[];
}): Settings {
  const config = toResolvedConfig(options.config);
  const r = options.registry;
  const registry = !!r && typeof r === 'object' && typeof (r as Registry).recognise === 'function' ? (r as Registry) : null;
  return {
    config,
    registry,
    locale: options.locale ?? config.locale,
    today: options.today ?? new Date().toISOString().slice(0, 10),
    only: options.only,
  };
}

/** The rules this lint runs, in catalogue order. */
function enabledRules(settings: Settings): AnyRule[] {
  return RULES.filter((rule) => (!settings.only || settings.only.includes(rule.id)) && settings.config.rules[rule.id as keyof ResolvedConfig['rules']]?.level !== 'off');
}

export function runRules(doc: FengongDocument, { settings, token, previous, planRulesOnly }: RunOptions): Diagnostic[] {
  const { config, locale } = settings;
  const rules = planRulesOnly ? enabledRules(settings).filter((r) => r.scope !== 'lines') : enabledRules(settings);
  const state = usableState(previous, settings);
  const change = state ? compareDocuments(state.doc, doc) : null;
  let analysis: Analysis;
  try {
    analysis = analyse(doc, config, {
      countNames: rules.some((r) => r.scope === 'task' && r.readsNames?.(settings.registry)),
      earlier: state && change ? { analysis: state.analysis, change } : null,
    });
  } catch {
    return [];
  }
  const suppressor = createSuppressor(doc);
  const base: Shared = { doc, plan: doc.plan, config, registry: settings.registry, locale, today: settings.today, analysis };
  const out: Diagnostic[] = [];
  const runs = new Map<string, RuleRun>();
  const reused: string[] = [];
  let recheckedTasks = 0;
  let recheckedLines = 0;
  for (const rule of rules) {
    if (token?.isCancellationRequested) return [];
    const setting = config.rules[rule.id as keyof ResolvedConfig['rules']];
    const forced: Severity | undefined = setting?.level === undefined ? undefined : (setting.level as Severity);
    const options = { ...rule.defaultOptions, ...(setting?.options ?? {}) };
    const fresh = (counting: boolean) => new Collector(rule, forced, locale, suppressor, counting);

    const prev = state?.runs.get(rule.id);
    if (state && change && prev && rule.scope !== 'document') {
      const c = fresh(false);
      const ctx = contextFor(base, options, c);
      const assembled = reassemble(rule, ctx, c, prev, change, state.analysis);
      const kept = assembled === null ? null : c.reported.filter((d) => !suppressor.isSuppressed(d));
      // At the cap, which diagnostics a full run keeps depends on when it stopped: run it.
      if (kept && kept.length < MAX_DIAGNOSTICS_PER_RULE) {
        for (const d of kept) out.push(d);
        runs.set(rule.id, c);
        reused.push(rule.id);
        if (rule.scope === 'lines') recheckedLines = Math.max(recheckedLines, assembled!);
        else recheckedTasks = Math.max(recheckedTasks, assembled!);
        continue;
      }
    }

    const c = fresh(true);
    const completed = runFully(rule, contextFor(base, options, c), c);
    for (const d of c.kept!) out.push(d);
    if (completed && !c.full()) runs.set(rule.id, c);
  }
  out.sort(byPosition);
  STATES.set(out, { doc, settings, analysis, runs });
  stats = { incremental: state !== null, reused, recheckedTasks, recheckedLines };
  return out;
}
