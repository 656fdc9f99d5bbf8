/**
 * Property tests over the pure core: whatever a drafter (or a paste, or a broken encoding) does to a
 * real plan, parseDocument and lint never throw, every range they produce lies inside the document,
 * and the same text always gives the same diagnostics.
 *
 * Runs per property: FENGONG_FUZZ_RUNS (default 100). A failure prints fast-check's seed and the
 * shrunk edit list; replay with FENGONG_FUZZ_SEED=<seed>.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';
import { lspLines, rangeProblems, drafts } from './support';

const RUNS = Number(process.env.FENGONG_FUZZ_RUNS ?? 100);
const SEED = process.env.FENGONG_FUZZ_SEED ? Number(process.env.FENGONG_FUZZ_SEED) : undefined;
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true } as const;
const TODAY = '2023-06-01';

function whenParse(name: string, fn: () => void, timeout = Math.max(60_000, RUNS * 300)): void {
  it(name, fn, timeout);
}

// ------------------------------------------------------------------ arbitraries
const special = fc.constantFrom(
  '\u3000', '：', '（', '）', '；', '，', '、', '．', '〈', '〉', '〔', '〕', '《', '》', '“', '”', '——', ':', '(', ')', ';', ',',
  '\r', '\n', '\r\n', '\n\n', '\uFEFF', '\u2028', '\u2029', '\u0000', '\t', '\uFFFD', '\u200B', '\u0301',
  '1.', '１．', '12、', '(一)', '（二）', '三、', '(1)', '（2）', '①', '附件', '附表1', '附件:',
  '牵头单位:', '责任单位：', '主要责任单位:', '完成时限:', '牵头领导:', '总牵头单位:', '(牵头单位:区发改局;责任单位:区财政局)',
  '2023年2月30日', '2023年13月', '2023年6月底', '第三季度', '共计121项', '(共135项)', '区科经、商务局', '各街道办事处',
  '——标题(总牵头单位:区发改局)', '<!-- fengong-disable-next-line numbering-gap -->', '<!-- fengong-disable -->',
  '😀', '𠮷', '\uD83D', '\uDE00',
);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const unit = fc.oneof(
  { weight: 4, arbitrary: special },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 2 }) },
);
const insertion = fc.string({ unit, minLength: 1, maxLength: 8 });

type Op =
  | { kind: 'insert'; at: number; s: string }
  | { kind: 'deleteChars'; at: number; len: number }
  | { kind: 'deleteLines'; at: number; count: number }
  | { kind: 'paste'; at: number; from: number; fromLine: number; count: number }
  | { kind: 'eol'; eol: string; share: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), s: insertion }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deleteChars' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deleteLines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 30 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('paste' as const),
      at: fc.nat(),
      from: fc.nat(),
      fromLine: fc.nat(),
      count: fc.integer({ min: 1, max: 40 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('eol' as const), eol: fc.constantFrom('\n', '\r\n', '\r'), share: fc.double({ min: 0, max: 1, noNaN: true }) }) },
);

const seedLines = drafts.map((s) => s.text.split(/\r\n|\r|\n/));

function applyOp(text: string, o: Op): string {
  switch (o.kind) {
    case 'insert': {
      const at = o.at % (text.length + 1);
      return text.slice(0, at) + o.s + text.slice(at);
    }
    case 'deleteChars': {
      const at = o.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + o.len);
    }
    case 'deleteLines': {
      const lines = text.split('\n');
      const at = o.at % lines.length;
      lines.splice(at, o.count);
      return lines.join('\n');
    }
    case 'paste': {
      const lines = text.split('\n');
      const src = seedLines[o.from % seedLines.length];
      const fromLine = o.fromLine % src.length;
      lines.splice(o.at % (lines.length + 1), 0, ...src.slice(fromLine, fromLine + o.count));
      return lines.join('\n');
    }
    case 'eol': {
      let i = 0;
      return text.replace(/\r\n|\r|\n/g, (m) => ((i++ * 0.618) % 1 < o.share ? o.eol : m));
    }
  }
}

const edited = fc
  .record({ seed: fc.nat({ max: drafts.length - 1 }), ops: fc.array(op, { minLength: 1, maxLength: 6 }) })
  .map(({ seed, ops }) => ({ seed: drafts[seed].name, ops, text: ops.reduce(applyOp, drafts[seed].text) }));

// ------------------------------------------------------------------ checks
function checkText(text: string): void {
  const lines = lspLines(text);
  const doc = parseDocument(text);
  expect(doc.source.lines.length, 'source.lines must split exactly on \\r\\n, \\r, \\n').toBe(lines.length);
  expect(rangeProblems(doc, lines), 'ranges in the parsed document').toEqual([]);
  const diags = lint(doc, { today: TODAY });
  expect(Array.isArray(diags)).toBe(true);
  expect(rangeProblems(diags, lines), 'ranges in diagnostics, fixes and related locations').toEqual([]);
}

describe('core under random edits of the drafts', () => {
  whenParse('the unedited drafts parse and lint with every range inside the document', () => {
    for (const s of drafts) checkText(s.text);
  });

  whenParse('random edits, Unicode insertions, deleted lines and pasted blocks never throw; ranges stay inside', () => {
    fc.assert(
      fc.property(edited, ({ text }) => {
        checkText(text);
      }),
      params,
    );
  });

  whenParse('random insertions of lone surrogates, U+3000 and full-width punctuation into every line kind', () => {
    // Denser than the mixed property: 20–60 insertions of only the awkward characters.
    const awkward = fc.oneof(loneSurrogate, fc.constantFrom('\u3000', '：', '（', '）', '；', '，', '、', '．', '\uFEFF', '\r', '\u2028'));
    fc.assert(
      fc.property(
        fc.nat({ max: drafts.length - 1 }),
        fc.array(fc.tuple(fc.nat(), awkward), { minLength: 20, maxLength: 60 }),
        (seed, ins) => {
          let text = drafts[seed].text;
          for (const [at, s] of ins) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + s + text.slice(i);
          }
          checkText(text);
        },
      ),
      { ...params, numRuns: Math.max(20, RUNS >> 2) },
    );
  });

  whenParse('the same text always gives the same diagnostics (and a copy of the string gives the same)', () => {
    fc.assert(
      fc.property(edited, ({ text }) => {
        const a = JSON.stringify(lint(parseDocument(text), { today: TODAY }));
        const copy = (' ' + text).slice(1);
        const b = JSON.stringify(lint(parseDocument(copy), { today: TODAY }));
        const c = JSON.stringify(lint(parseDocument(text), { today: TODAY }));
        expect(b).toBe(a);
        expect(c).toBe(a);
      }),
      { ...params, numRuns: Math.max(20, RUNS >> 1) },
    );
  });

  whenParse('line endings do not change what is found (LF, CRLF, CR and a BOM give the same diagnostics)', () => {
    for (const s of drafts) {
      const lf = s.text.replace(/\r\n|\r/g, '\n');
      const key = (t: string) =>
        JSON.stringify(lint(parseDocument(t), { today: TODAY }).map((d) => [d.rule, d.severity, d.range]));
      const base = key(lf);
      expect(key(lf.replace(/\n/g, '\r\n')), `${s.name} CRLF`).toBe(base);
      expect(key(lf.replace(/\n/g, '\r')), `${s.name} CR`).toBe(base);
      expect(key('\uFEFF' + lf), `${s.name} BOM`).toBe(base);
    }
  });
});
