/**
 * The small interface every rule implements. A rule reads the document model (never the raw
 * text, except the raw-text rules unbalanced-bracket and doc-number-format, which read
 * `doc.source.lines`) and reports diagnostics through its context.
 *
 * A rule says how far its diagnostics reach, so that an incremental lint (see engine.ts) can keep
 * what an edit cannot have changed: a document rule is rerun on every lint; a task rule's
 * diagnostics about a task are rerun only for the tasks an edit touched; a line rule's only for
 * the lines around the edit.
 */
import type { Fix, FengongDocument, Locale, Plan, Range, RelatedLocation, Severity, Task } from '../model';
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

interface RuleBase<O> {
  readonly id: string;
  readonly defaultSeverity: Severity;
  readonly description: Text;
  /** Option defaults; user options from the configuration are merged over them. */
  readonly defaultOptions: O;
}

/** A rule that judges the document as a whole (numbering runs, counts, duplicates): rerun on every lint. */
export interface DocumentRule<O = Record<string, unknown>> extends RuleBase<O> {
  readonly scope: 'document';
  check(ctx: RuleContext<O>): void;
}

/**
 * A rule whose diagnostics about a task depend only on that task — its numbering, text, line,
 * range, fields and deadline, and the source lines they span — and on document-wide facts that
 * `sameFacts` compares. The tasks are visited in document order, or class by class (`byClass`).
 */
export interface TaskRule<O = Record<string, unknown>> extends RuleBase<O> {
  readonly scope: 'task';
  checkTask(ctx: RuleContext<O>, task: Task): void;
  /** Diagnostics about anything but tasks (headings' fields, the parser's problems), after the tasks'. */
  checkRest?(ctx: RuleContext<O>): void;
  /** Whether two analyses (of two versions of a document, with the same options) agree on every
   *  fact outside a task that this rule's diagnostics about the task read. */
  sameFacts(prev: Analysis, next: Analysis, ctx: RuleContext<O>): boolean;
  /** Visit the tasks class by class (the classes in the order they first appear), each in document order. */
  readonly byClass?: boolean;
  /** Whether the rule will read the unit and leader usage (so the analysis counts names up front). */
  readsNames?(registry: Registry | null): boolean;
}

/**
 * A rule over the raw lines, read in order. What it carries from one line to the next (brackets
 * still open) is its state; a boundary between lines where the state is empty is quiet. Its
 * diagnostics generated between two quiet boundaries depend on the lines between them alone, and
 * lie there.
 */
export interface LineRule<O = Record<string, unknown>> extends RuleBase<O> {
  readonly scope: 'lines';
  /**
   * Checks the lines from `from`, a quiet boundary, on. At every quiet boundary it reaches (`from`
   * itself and the end, the line count, included) it calls `quiet`, and stops there if that says
   * so. Returns where it stopped.
   */
  checkLines(ctx: RuleContext<O>, from: number, quiet: (line: number) => boolean): number;
}

export type Rule<O = Record<string, unknown>> = DocumentRule<O> | TaskRule<O> | LineRule<O>;

export type AnyRule = Rule<any>;

export type { RelatedLocation };
