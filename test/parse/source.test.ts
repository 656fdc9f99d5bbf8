/**
 * Splitting an edited text with the previous version's lines (`readSourceAfter`, which keeps the
 * unchanged lines' strings) gives exactly what splitting it afresh gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSource, readSourceAfter } from '../../server/src/core/parse/source';
import { readSeed, SEED } from '../helpers/seeds';

const RUNS = Number(process.env.FENGONG_FUZZ_RUNS ?? 100);

const piece = fc.oneof(fc.constantFrom('\n', '\n\n', '任务', '1.', '\r\n', '\r', '\uFEFF', ' ', ''), fc.string({ maxLength: 5 }));
const edit = fc.record({ at: fc.nat(), len: fc.nat({ max: 40 }), insert: fc.array(piece, { maxLength: 4 }).map((p) => p.join('')) });

function applyEdit(text: string, e: { at: number; len: number; insert: string }): string {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(at + e.len);
}

describe('readSourceAfter', () => {
  const bases = [readSeed(SEED.daxing2023).slice(0, 3000), 'a\nb\nc', '', '\n', 'x', '一、\n\n1.任务\n牵头单位：区甲局\n'];
  it('reads an edited text exactly as reading it afresh does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.array(edit, { minLength: 1, maxLength: 6 }), (base, edits) => {
        let text = base;
        let source = readSource(text);
        for (const e of edits) {
          text = applyEdit(text, e);
          const next = readSourceAfter(text, source);
          expect(next).toEqual(readSource(text));
          source = next;
        }
      }),
      { numRuns: RUNS * 5, endOnFailure: true },
    );
  });
});
