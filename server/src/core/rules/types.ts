/**
 * The ~10-line interface every rule implements. A rule reads the document model (never the raw
 * text, except the raw-text rules unbalanced-bracket and doc-number-format, which read
 * `doc.source.lines`) and reports diagnostics through its context.
 */
import type { Fix, FengongDocument, Locale, Plan, Range, RelatedLocation, Severity } from '../model';
import type { ResolvedConfig } from '../config';
import type { Registry } from '../registry';
import type { Analysis } from './analysis';

/** A message in both languages; the context picks by locale. */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

export interface Report {
  readonly range: Range;
  readonly message: Text;
  readonly fixes?: readonly { readonly title: Text; readonly edits: Fix['edits']; readonly preferred?: boolean }[];
  readonly related?: readonly { readonly range: Range; readonly message: Text }[];
  /** Overrides the rule's severity for this one diagnostic (only when the user has not set a level). */
  readonly severity?: Severity;
}

export interface RuleContext<O = Record<string, unknown>> {
  readonly doc: FengongDocument;
  /** The plan, when the document is one (rules about tasks return early otherwise). */
  readonly plan: Plan | null;
  readonly options: O;
  readonly config: ResolvedConfig;
  readonly registry: Registry | null;
  readonly locale: Locale;
  /** ISO date. */
  readonly today: string;
  /** Facts about the document computed once and shared by rules. */
  readonly analysis: Analysis;
  report(r: Report): void;
  /** True once this rule has reported `MAX_DIAGNOSTICS_PER_RULE` diagnostics: further reports are dropped,
   *  so a rule over a pathological input (100,000 identical tasks) may stop early. */
  full(): boolean;
}

export interface Rule<O = Record<string, unknown>> {
  readonly id: string;
  readonly defaultSeverity: Severity;
  readonly description: Text;
  /** Option defaults; user options from the configuration are merged over them. */
  readonly defaultOptions: O;
  check(ctx: RuleContext<O>): void;
}

export type AnyRule = Rule<any>;

export type { RelatedLocation };
