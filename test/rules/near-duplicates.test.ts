/**
 * The near-duplicate join behind duplicate-task: exact on plans of the seeds' size (it finds what
 * comparing every pair finds; its limit on common bigrams only matters on far larger plans), and
 * the answer kept from the last call and updated after an edit to one text is the answer computed afresh.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptBigrams, nearDuplicates, nearDuplicatesFresh, nthSmallest } from '../../server/src/core/rules/near-duplicates';
import { parseDocument } from '../../server/src/core/parse';
import { groupTexts, groupTextsFresh, normalise } from '../../server/src/core/rules/duplicate-task';
import { readSeed, SEED } from '../helpers/seeds';

const RUNS = Number(process.env.FENGONG_FUZZ_RUNS ?? 100);

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < s.length; i++) out.add(s.slice(i - 1, i + 1));
  return out;
}

/** Every pair compared: the most similar earlier text (ties: the earliest) at or above `sim`. */
function bruteForce(texts: readonly string[], sim: number): Map<number, { j: number; s: number }> {
  const g = texts.map(bigrams);
  const out = new Map<number, { j: number; s: number }>();
  for (let i = 0; i < texts.length; i++) {
    for (let j = 0; j < i; j++) {
      let inter = 0;
      for (const b of g[i]) if (g[j].has(b)) inter++;
      const s = inter / (g[i].size + g[j].size - inter);
      if (s >= sim && s > (out.get(i)?.s ?? 0)) out.set(i, { j, s });
    }
  }
  return out;
}

const taskTexts = (name: string) => [...new Set(parseDocument(readSeed(name)).plan!.tasks.map((t) => t.text.text.replace(/[^\p{L}\p{N}]+/gu, '')))];
const seedTexts = [SEED.daxing2023, SEED.caidian2023, SEED.jiangxia2023].flatMap(taskTexts);

/** Near duplicates made on purpose: a seed text with a few characters changed. */
function withNearCopies(texts: string[], every: number): string[] {
  const out = texts.slice();
  for (let i = 0; i < texts.length; i += every) out.push(texts[i].slice(0, -2) + '等' + texts[i].slice(-2));
  return out;
}

describe("duplicate-task's normal form of a text", () => {
  it('is the text without anything but letters and numbers, and its length in code points (as a regular expression and Array.from say)', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('推进', '（牵头单位：', '，', '。', '\u3000', '〇', '々', '１２', 'Ⅻ', '𠀀', '\ud800', '\udc00x', '😀', '①'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const raw = pieces.join('');
        const text = raw.replace(/[^\p{L}\p{N}]+/gu, '');
        expect(normalise(raw)).toEqual({ text, chars: Array.from(text).length });
      }),
      { numRuns: RUNS * 20 },
    );
  });
});

describe('choosing a prefix: the k-th smallest key', () => {
  it('is what sorting says, for any keys (repeated ones too) and any k', () => {
    fc.assert(
      // Keys are never −0 in a join (classes and ranks are ≥ 0); +0 and −0 sort as equals but are not the same number.
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e12, max: 1e12 }).map((x) => x + 0), { minLength: 1, maxLength: 300 }), fc.nat(), (keys, at) => {
        const k = at % keys.length;
        const sorted = [...keys].sort((a, b) => a - b);
        expect(nthSmallest(Float64Array.from(keys), keys.length, k)).toBe(sorted[k]);
      }),
      { numRuns: RUNS * 5 },
    );
  });
  it('reads only the first n keys of its scratch array', () => {
    const scratch = Float64Array.from([5, 1, 4, -100, -200]);
    expect(nthSmallest(scratch, 3, 0)).toBe(1);
  });
});

describe('near duplicates', () => {
  it('finds exactly what comparing every pair finds (seed texts with near copies)', () => {
    const texts = withNearCopies(seedTexts, 7);
    for (const sim of [0.6, 0.8, 0.9]) {
      const got = nearDuplicatesFresh(texts, sim);
      expect(got.size, `sim ${sim}`).toBeGreaterThan(0);
      expect([...got].sort((a, b) => a[0] - b[0])).toEqual([...bruteForce(texts, sim)].sort((a, b) => a[0] - b[0]));
    }
  });

  it('texts over thousands of characters (the bigram table grows many times): still what comparing every pair finds', () => {
    // Bigrams of 3,000 different characters, nearly all distinct: the interning's table doubles
    // several times during one call, and every pair must still be found by the same id.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1 << 30 }), (seed) => {
        let x = seed;
        const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 1) % 3000;
        const texts = Array.from({ length: 150 }, () => Array.from({ length: 40 + (next() % 40) }, () => String.fromCharCode(0x4e00 + next())).join(''));
        const all = withNearCopies(texts, 5);
        const got = [...nearDuplicatesFresh(all, 0.8)].sort((a, b) => a[0] - b[0]);
        expect(got.length).toBeGreaterThanOrEqual(30);
        expect(got).toEqual([...bruteForce(all, 0.8)].sort((a, b) => a[0] - b[0]));
      }),
      { numRuns: 5 },
    );
  });


  it('after one text changes, the kept answer updated in place equals the answer computed afresh', () => {
    const base = withNearCopies(seedTexts, 5);
    const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('type', 'erase', 'copy'), pos: fc.nat(), other: fc.nat(), s: fc.constantFrom('等', '区', '推进', '加快建设', '') });
    fc.assert(
      fc.property(fc.constantFrom(0.6, 0.8), fc.array(edit, { minLength: 1, maxLength: 15 }), (sim, edits) => {
        const texts = base.slice();
        nearDuplicates(texts, sim);
        for (const e of edits) {
          const i = e.at % texts.length;
          const t = texts[i];
          const p = e.pos % (t.length + 1);
          // Type into a text, erase from it, or make it a near copy of another text.
          const next = e.kind === 'type' ? t.slice(0, p) + e.s + t.slice(p) : e.kind === 'erase' ? t.slice(0, p) + t.slice(p + 2) : texts[e.other % texts.length] + e.s + '之';
          if (texts.includes(next)) continue; // the texts stay distinct, as duplicate-task passes them
          texts[i] = next;
          expect(nearDuplicates(texts, sim)).toEqual(nearDuplicatesFresh(texts, sim));
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  }, 120_000);

  it('a bigram past the commonness limit, or moving in the order: updates equal the answer computed afresh', () => {
    // 120 texts sharing a common stem (its bigrams in most prefixes), each with its own tail.
    const texts = Array.from({ length: 120 }, (_, i) => `推进重点任务落实${String.fromCharCode(0x4e00 + i * 7)}${String.fromCharCode(0x5e00 + i * 3)}项目${i % 10}`);
    nearDuplicates(texts, 0.6);
    for (const i of [0, 3, 47, 48, 49, 50, 60, 119]) {
      texts[i] = texts[i] + '工程';
      expect(nearDuplicates(texts, 0.6)).toEqual(nearDuplicatesFresh(texts, 0.6));
      texts[i] = '完全不同的一段任务文字' + i;
      expect(nearDuplicates(texts, 0.6)).toEqual(nearDuplicatesFresh(texts, 0.6));
      // A bigram another text holds once comes to be held twice (its frequency class moves).
      texts[i] = texts[(i + 7) % texts.length].slice(2, 9) + '完全不同' + i;
      expect(nearDuplicates(texts, 0.6)).toEqual(nearDuplicatesFresh(texts, 0.6));
    }
  });

  it('texts over a few characters (many shared bigrams, common ones past the limit): updates equal the answer afresh', () => {
    // Few characters: most bigrams are shared, so frequencies move with every edit (and the order
    // with them), and the commonest bigrams' postings run past the limit.
    const text = fc.array(fc.constantFrom('甲', '乙', '丙', '丁', '戊'), { minLength: 6, maxLength: 14 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(text, { minLength: 60, maxLength: 90 }), fc.array(fc.tuple(fc.nat(), text), { minLength: 5, maxLength: 30 }), fc.constantFrom(0.5, 0.7), (start, edits, sim) => {
        const texts = start.slice();
        nearDuplicates(texts, sim);
        for (const [at, next] of edits) {
          if (texts.includes(next)) continue;
          texts[at % texts.length] = next;
          expect(nearDuplicates(texts, sim)).toEqual(nearDuplicatesFresh(texts, sim));
        }
      }),
      // Cheap runs, and a wrong update shows only in some: more of them than elsewhere.
      { numRuns: RUNS * 4, endOnFailure: true },
    );
  }, 120_000);

  it('a long session of edits, each bringing new bigrams (the join is built again past its bound): still the answer afresh', () => {
    const texts = withNearCopies(seedTexts, 5).slice(0, 40);
    nearDuplicates(texts, 0.8);
    const first = keptBigrams();
    let most = first;
    // Each edit writes a text of characters never seen before: 59 new bigrams a time, so
    // the kept join's table passes twice its first size plus 4,096 within the session.
    for (let e = 0; e < 150; e++) {
      const i = (e * 7) % texts.length;
      const fresh = Array.from({ length: 60 }, (_, k) => String.fromCharCode(0x4e00 + e * 60 + k)).join('');
      texts[i] = e % 3 === 0 ? texts[(i + 1) % texts.length] + fresh.slice(0, 3) : fresh;
      if (new Set(texts).size !== texts.length) continue;
      expect(nearDuplicates(texts, 0.8)).toEqual(nearDuplicatesFresh(texts, 0.8));
      most = Math.max(most, keptBigrams());
    }
    // 9,000 bigrams came and went; the kept join never held many more than its texts'.
    expect(most).toBeLessThan(2 * first + 4096 + 61);
  });

  // Seed 000, and a table whose rows compare their other cells too.
  it.each([
    ['seed 000', () => readSeed(SEED.daxing2023)],
    ['corpus table-tabs.txt', () => readFileSync(join(__dirname, '..', 'corpus', 'table-tabs.txt'), 'utf8')],
  ])("duplicate-task's grouping of equal texts, kept and updated after an edit, equals the grouping made afresh (%s)", (_, text) => {
    const doc = parseDocument(text());
    const base = doc.plan!.tasks;
    const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('type', 'copy', 'empty', 'same'), other: fc.nat(), s: fc.constantFrom('等', '，', '推进', '') });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 15 }), (edits) => {
        let tasks = base.slice();
        groupTexts(tasks, doc.source.lines);
        for (const e of edits) {
          const i = e.at % tasks.length;
          const t = tasks[i];
          // Type into a text, copy another task's text (punctuation aside), blank it, or keep it.
          const text =
            e.kind === 'type' ? t.text.text + e.s : e.kind === 'copy' ? tasks[e.other % tasks.length].text.text + '。' : e.kind === 'empty' ? '：' : t.text.text;
          tasks = tasks.slice();
          tasks[i] = { ...t, text: e.kind === 'same' ? t.text : { ...t.text, text } };
          expect(groupTexts(tasks, doc.source.lines).groups).toEqual(groupTextsFresh(tasks, doc.source.lines).groups);
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });
});
