/**
 * The rule catalogue's entry point: `lint(doc, options)` runs every enabled rule over a parsed
 * document, applies the configuration (levels, options) and inline suppression, and returns
 * diagnostics in document order. Pure: no I/O, never throws (a failing rule is skipped).
 */
import type { CancellationToken, Diagnostic, Fix, FengongDocument, Locale, Severity } from '../model';
import { toResolvedConfig, type FengongConfig, type ResolvedConfig } from '../config';
import type { Registry } from '../registry';
import { analyse } from './analysis';
import { RULES } from './catalogue';
import { createSuppressor } from './suppress';
import type { AnyRule, Report, RuleContext, Text } from './types';

export { RULES } from './catalogue';
export type { Rule, RuleContext, Report, Text } from './types';
export { applyEdits } from './util';

/** A rule stops reporting after this many diagnostics in one document (real plans have a few hundred tasks). */
export const MAX_DIAGNOSTICS_PER_RULE = 2000;

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
}

function isRegistry(r: unknown): r is Registry {
  return !!r && typeof r === 'object' && typeof (r as Registry).recognise === 'function';
}

function pick(text: Text, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}

/** Runs every enabled rule over a parsed document. Pure: no I/O, never throws. */
export function lint(doc: FengongDocument, options: LintOptions = {}): Diagnostic[] {
  // A document that is neither a plan nor a notice (a prose report, a README, binary noise) is not
  // this tool's to judge: the rules speak about drafts of 分工方案 notices only.
  if (doc.kind === 'other') return [];
  const config = toResolvedConfig(options.config);
  const locale: Locale = options.locale ?? config.locale;
  const registry = isRegistry(options.registry) ? options.registry : null;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const token = options.token;
  let analysis;
  try {
    analysis = analyse(doc, config);
  } catch {
    return [];
  }
  const suppressor = createSuppressor(doc);
  const out: Diagnostic[] = [];
  for (const rule of RULES) {
    if (token?.isCancellationRequested) return [];
    if (options.only && !options.only.includes(rule.id)) continue;
    const setting = config.rules[rule.id as keyof ResolvedConfig['rules']];
    if (setting?.level === 'off') continue;
    let reported = 0;
    const forced: Severity | undefined = setting?.level === undefined ? undefined : (setting.level as Severity);
    const ctx: RuleContext = {
      doc,
      plan: doc.plan,
      options: { ...rule.defaultOptions, ...(setting?.options ?? {}) },
      config,
      registry,
      locale,
      today,
      analysis,
      full: () => reported >= MAX_DIAGNOSTICS_PER_RULE,
      report(r: Report) {
        if (reported >= MAX_DIAGNOSTICS_PER_RULE) return;
        const fixes: Fix[] | undefined = r.fixes?.length
          ? r.fixes.map((f) => ({ title: pick(f.title, locale), edits: f.edits, ...(f.preferred ? { preferred: true } : {}) }))
          : undefined;
        const d: Diagnostic = {
          rule: rule.id,
          severity: forced ?? r.severity ?? rule.defaultSeverity,
          message: pick(r.message, locale),
          range: r.range,
          ...(fixes ? { fixes } : {}),
          ...(r.related?.length ? { related: r.related.map((x) => ({ range: x.range, message: pick(x.message, locale) })) } : {}),
        };
        if (!suppressor.isSuppressed(d)) {
          out.push(d);
          reported++;
        }
      },
    };
    try {
      rule.check(ctx);
    } catch {
      // A rule that fails on an unexpected document says nothing rather than breaking the others.
    }
  }
  return out.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.localeCompare(b.rule),
  );
}
