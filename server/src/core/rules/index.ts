/**
 * The rule catalogue's entry point: `lint(doc, options)` runs every enabled rule over a parsed
 * document, applies the configuration (levels, options) and inline suppression, and returns
 * diagnostics in document order. Pure: no I/O, never throws (a failing rule is skipped).
 */
import type { CancellationToken, Diagnostic, FengongDocument, Locale } from '../model';
import type { FengongConfig, ResolvedConfig } from '../config';
import type { Registry } from '../registry';
import { RULES } from './catalogue';
import { runRules, settingsOf } from './engine';
import { lintPlans } from './plans';
import type { AnyRule } from './types';
import { clearMemos, memoEntries } from './memo';
import { keptJoins, releaseNearDuplicates } from './near-duplicates';
import { releaseRepeatedNames } from './unknown';
import { releaseTextGroups } from './duplicate-task';

export { RULES } from './catalogue';
export { MAX_DIAGNOSTICS_PER_RULE, lastLintStats, type LintStats } from './engine';
export type { Rule, RuleContext, Report, Text } from './types';
export { applyEdits } from './util';

/** Where each rule's page lives; adapters put it in the LSP diagnostic's `codeDescription.href`. */
export const DOCS_BASE = 'https://github.com/fengong/fengong/blob/main/docs/rules/';

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

export function getRule(id: string): AnyRule | undefined {
  return RULES.find((r) => r.id === id);
}

/** Options every adapter (server, CLI) passes to the rules. Owned by the rule catalogue. */
export interface LintOptions {
  /** Resolved configuration (from `parseConfig`/`loadConfig`), or a raw config object; defaults when absent. */
  readonly config?: ResolvedConfig | FengongConfig | unknown;
  /** A unit/leader registry, when the workspace has one. */
  readonly registry?: Registry | null | unknown;
  /** Overrides the configuration's locale. */
  readonly locale?: Locale;
  /** ISO date used as "today" (for tests); defaults to the real date. */
  readonly today?: string;
  readonly token?: CancellationToken;
  /** Run only these rules (tests, `--rule`). */
  readonly only?: readonly string[];
  /**
   * The last lint of an earlier version of the same document, with the same other options: its
   * document and the array `lint` returned for it. The result is the same as without it, but an
   * edit touching a few lines is linted in a fraction of the time. Ignored when it does not come
   * from `lint` with these options.
   */
  readonly previous?: { readonly doc: FengongDocument; readonly diagnostics: readonly Diagnostic[] };
}

/** Runs every enabled rule over a parsed document. Pure: no I/O, never throws. */
export function lint(doc: FengongDocument, options: LintOptions = {}): Diagnostic[] {
  // A document that is neither a plan nor a notice (a prose report, a README, binary noise) is not
  // this tool's to judge: the rules speak about drafts of 分工方案 notices only.
  if (doc.kind === 'other') return [];
  if (doc.plans.length > 1) return lintPlans(doc, settingsOf(options), options.token);
  return runRules(doc, { settings: settingsOf(options), token: options.token, previous: options.previous });
}

/**
 * Drops what lints keep for the next one: memos of task texts, the near-duplicate joins, the last
 * grouping of equal texts, the sets of repeated names. Lints stay correct without them (the next one
 * rebuilds what it needs). A server calls this when a document closes or a workspace scan ends, so
 * that a large plan it no longer shows does not stay in memory through texts kept as cache keys.
 *
 * With `'texts'`, the scratch arrays, which hold no text, are kept: the next lint is then what a
 * plan's first lint costs in a process that has linted before (the benchmark's measure of
 * `fengong check`).
 */
export function releaseLintCaches(what: 'all' | 'texts' = 'all'): void {
  clearMemos();
  releaseNearDuplicates(what === 'texts');
  releaseTextGroups();
  releaseRepeatedNames();
}

/** How many texts and joins lints keep for the next one (what {@link releaseLintCaches} drops). */
export function lintCacheEntries(): number {
  return memoEntries() + keptJoins();
}

