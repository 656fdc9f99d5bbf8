import type { FengongDocument } from '../model';
import type { FieldRead } from './fields';
import type { NumberedLine } from './numbering';
import type { Tail } from './tail';
import { Sidecar } from '../sidecar';

/**
 * What the recognisers found on one line, kept so that the next parse of an edited draft reads
 * only the lines that changed. Every fact is a pure function of the line's text, its number and
 * the document-wide context (plan year, stated first-listed convention), so an entry is reused
 * only at the same line number, for the very same text, under the same context. The objects are
 * immutable model pieces (Field, Numbering…): two versions of a document may share them.
 */
export interface LineFacts {
  readonly text: string;
  /** `readNumbering` from one position (where the line's words begin for the caller). */
  numbering?: { readonly at: number; readonly value: NumberedLine | null };
  /** Whether a field label begins at `at` (the line's words, or the inside of its opening bracket). */
  label?: { readonly at: number; readonly value: boolean };
  /** `readNumberingBeforeDigit` for one expected number. */
  beforeDigit?: { readonly expected: number; readonly value: NumberedLine | null };
  tail?: { readonly at: number; readonly value: Tail | null };
  fieldList?: { readonly from: number; readonly to: number; readonly layout: string; readonly value: FieldRead };
  prose?: { readonly from: number; readonly to: number; readonly value: FieldRead | null };
}

export class LineMemo {
  private readonly entries: (LineFacts | undefined)[];
  private reusable: readonly (LineFacts | undefined)[];
  /** Lines whose facts came from the previous parse (for tests and the benchmark). */
  reused = 0;

  constructor(
    readonly context: string,
    previous: LineMemo | null,
    /** Take over every previous entry now (a parse that reads a few lines and keeps the rest). */
    carryOver = false,
  ) {
    this.entries = [];
    const reusable = previous && previous.context === context ? previous.entries : [];
    if (carryOver) {
      // An entry is checked against the line's text whenever it is used, so a stale one is harmless.
      this.entries = reusable.slice();
      this.reusable = [];
    } else this.reusable = reusable;
  }

  /** The parse is over: let go of the previous parse's facts (what was reused is in this memo now). */
  seal(): void {
    this.reusable = [];
  }

  /** The facts for line `i` holding `text`: the previous parse's when the line is unchanged. */
  at(i: number, text: string): LineFacts {
    const cur = this.entries[i];
    if (cur && cur.text === text) return cur;
    const old = this.reusable[i];
    if (old && old.text === text) {
      this.reused++;
      return (this.entries[i] = old);
    }
    return (this.entries[i] = { text });
  }
}

/** The memo each parsed document leaves for the parse of its next version. */
const MEMOS = new Sidecar<FengongDocument, LineMemo>('fengong.lineMemo');

export function memoOf(doc: FengongDocument | null | undefined): LineMemo | null {
  return (doc && MEMOS.get(doc)) ?? null;
}

export function keepMemo(doc: FengongDocument, memo: LineMemo): void {
  MEMOS.set(doc, memo);
}

/** How many lines of `doc` were not read again because its previous version had them (tests, benchmark). */
export function reusedLines(doc: FengongDocument): number {
  return MEMOS.get(doc)?.reused ?? 0;
}
