import type { CancellationToken, Diagnostic, FengongDocument, Locale } from '../model';

/** Options every adapter (server, CLI) passes to the rules. Owned by the rule catalogue. */
export interface LintOptions {
  /** Resolved configuration (rule levels, required fields, plan year, …); defaults when absent. */
  readonly config?: unknown;
  /** A unit/leader registry, when the workspace has one. */
  readonly registry?: unknown;
  readonly locale?: Locale;
  /** ISO date used as "today" (for tests); defaults to the real date. */
  readonly today?: string;
  readonly token?: CancellationToken;
}

/** Runs every enabled rule over a parsed document. Pure: no I/O, never throws. */
export function lint(doc: FengongDocument, options: LintOptions = {}): Diagnostic[] {
  void doc;
  void options;
  return [];
}
