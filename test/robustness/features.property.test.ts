/**
 * Properties of the editor features over damaged drafts: formatting is idempotent, never changes
 * a task's text and never produces overlapping or out-of-document edits; outline, folding and
 * completion never throw and stay inside the document.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';
import { completions, documentSymbols, foldingRanges, formatDocument } from '../../server/src/core/features';
import type { FengongDocument, TextEdit } from '../../server/src/core/model';
import { lspLines, rangeProblems, drafts } from './support';

const RUNS = Number(process.env.FENGONG_FUZZ_RUNS ?? 100);
const SEED = process.env.FENGONG_FUZZ_SEED ? Number(process.env.FENGONG_FUZZ_SEED) : undefined;
const params = { numRuns: Math.max(20, RUNS >> 1), seed: SEED, endOnFailure: true } as const;

function whenParse(name: string, fn: () => void, timeout = Math.max(60_000, RUNS * 300)): void {
  it(name, fn, timeout);
}

/** Applies LSP edits (non-overlapping) to `text` (BOM already dropped), last first. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  const re = /\r\n|\r|\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) starts.push(m.index + m[0].length);
  const off = (p: { line: number; character: number }) => starts[p.line] + p.character;
  const sorted = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}

const taskTexts = (doc: FengongDocument) => (doc.plan?.tasks ?? []).map((t) => t.text.text.trim());

// Damage that a formatter meets in practice: ASCII/full-width punctuation swaps, stray spaces,
// deleted characters, lines from another seed.
const swap = fc.constantFrom(
  [':', '：'], ['：', ':'], ['(', '（'], ['）', ')'], [';', '；'], ['；', ';'], [',', '，'], ['，', ','], ['、', ','],
  ['\n', ' \n'], ['\n', '\u3000\n'], ['\n', '\n  '], ['\n', '\t\n'],
);
const damage = fc.array(fc.tuple(fc.nat(), swap, fc.nat({ max: 2 })), { minLength: 0, maxLength: 25 });
const damaged = fc.record({ seed: fc.nat({ max: drafts.length - 1 }), d: damage }).map(({ seed, d }) => {
  let text = drafts[seed].text.replace(/^\uFEFF/, '');
  for (const [at, [from, to], mode] of d) {
    // mode 0: replace the next occurrence after `at`; 1: insert `to` at `at`; 2: delete one char at `at`.
    const i = at % (text.length + 1);
    if (mode === 0) {
      const j = text.indexOf(from, i);
      if (j >= 0) text = text.slice(0, j) + to + text.slice(j + from.length);
    } else if (mode === 1) text = text.slice(0, i) + to + text.slice(i);
    else text = text.slice(0, i) + text.slice(i + 1);
  }
  return text;
});

function checkFormatting(text: string): void {
  const doc = parseDocument(text);
  const lines = lspLines(text);
  const edits = formatDocument(doc);
  expect(rangeProblems(edits, lines), 'format edits inside the document').toEqual([]);
  const sorted = [...edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1].range.end;
    const b = sorted[i].range.start;
    expect(a.line < b.line || (a.line === b.line && a.character <= b.character), `overlapping format edits ${JSON.stringify([sorted[i - 1], sorted[i]])}`).toBe(true);
  }
  const once = applyEdits(text.replace(/^\uFEFF/, ''), edits);
  const doc2 = parseDocument(once);
  expect(taskTexts(doc2), 'formatting changed a task text').toEqual(taskTexts(doc));
  const again = formatDocument(doc2);
  expect(again, 'formatting is not idempotent: a second pass still edits').toEqual([]);
}

describe('formatting', () => {
  whenParse('formatting each seed is idempotent and keeps every task text', () => {
    for (const s of drafts) checkFormatting(s.text);
  });
  whenParse('formatting damaged drafts is idempotent and keeps every task text', () => {
    fc.assert(fc.property(damaged, (text) => checkFormatting(text)), params);
  });
  whenParse('full-width and CRLF variants of the drafts format idempotently', () => {
    for (const s of drafts) {
      checkFormatting(s.text.replace(/\r\n|\r|\n/g, '\r\n'));
      checkFormatting(s.text.replace(/:/g, '：').replace(/\(/g, '（').replace(/\)/g, '）').replace(/;/g, '；'));
    }
  });
});

describe('quick fixes', () => {
  whenParse('every fix on damaged drafts has non-overlapping edits inside the document, and the fixed text parses and lints', () => {
    fc.assert(
      fc.property(damaged, fc.nat(), (text, pick) => {
        const doc = parseDocument(text);
        const lines = lspLines(text);
        const diags = lint(doc, { today: '2023-06-01' });
        const fixes = diags.flatMap((d) => d.fixes ?? []);
        if (!fixes.length) return;
        const fix = fixes[pick % fixes.length];
        const edits = [...fix.edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        expect(rangeProblems(edits, lines), `fix “${fix.title}”`).toEqual([]);
        for (let i = 1; i < edits.length; i++) {
          const a = edits[i - 1].range.end;
          const b = edits[i].range.start;
          expect(a.line < b.line || (a.line === b.line && a.character <= b.character), `overlapping edits in fix “${fix.title}”`).toBe(true);
        }
        const fixed = applyEdits(text.replace(/^\uFEFF/, ''), edits);
        const after = lint(parseDocument(fixed), { today: '2023-06-01' });
        expect(rangeProblems(after, lspLines(fixed))).toEqual([]);
      }),
      params,
    );
  });
});

describe('outline, folding and completion', () => {
  whenParse('never throw and stay inside the document on damaged drafts', () => {
    fc.assert(
      fc.property(damaged, fc.nat(), fc.nat(), (text, l, c) => {
        const doc = parseDocument(text);
        const lines = lspLines(text);
        expect(rangeProblems(documentSymbols(doc), lines)).toEqual([]);
        const folds = foldingRanges(doc);
        for (const f of folds as unknown as { startLine: number; endLine: number }[]) {
          expect(f.startLine).toBeLessThanOrEqual(f.endLine);
          expect(f.endLine).toBeLessThan(lines.length);
        }
        const line = l % lines.length;
        const p = { line, character: c % (lines[line].length + 1) };
        expect(rangeProblems(completions(doc, p), lines)).toEqual([]);
      }),
      params,
    );
  });
});
