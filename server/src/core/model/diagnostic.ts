/**
 * What the rules produce. Plain data, structurally compatible with LSP so the server passes
 * ranges through untouched and the CLI prints them as they are.
 */
import type { Range } from './range';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Level = Severity | 'off';

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/** A safe, local repair. A fix edits only what its title names. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The one fix an editor may apply on "fix all" / Ctrl+. Enter. */
  readonly preferred?: boolean;
}

export interface RelatedLocation {
  readonly range: Range;
  readonly message: string;
}

export interface Diagnostic {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedLocation[];
}

export type Locale = 'zh' | 'en';
