import { expect } from 'vitest';
import type { FengongDocument } from '../../server/src/core/model';
import { parseDocument, spliceStats } from '../../server/src/core/parse';
import { modelJson } from './modelJson';

/**
 * Each edit, applied to a copy of `lines` (the text `doc` was parsed from), is one the incremental parse must not
 * re-read in place: the next parse reads the document whole, and reads it as a parse from scratch does.
 */
export function expectReadWhole(doc: FengongDocument, lines: readonly string[], edits: readonly ((ls: string[]) => unknown)[]): void {
  for (const e of edits) {
    const ls = lines.slice();
    e(ls);
    const edited = ls.join('\n');
    const before = spliceStats.spliced;
    const next = parseDocument(edited, doc);
    expect(spliceStats.spliced).toBe(before);
    expect(modelJson(next)).toBe(modelJson(parseDocument(edited)));
  }
}
