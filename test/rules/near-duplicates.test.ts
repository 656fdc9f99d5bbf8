/**
 * The near-duplicate join behind duplicate-task is exact on plans of the seeds' size: it finds
 * what comparing every pair finds (its limit on common bigrams only matters on far larger plans).
 */
import { describe, expect, it } from 'vitest';
import { nearDuplicatesFresh } from '../../server/src/core/rules/near-duplicates';
import { parseDocument } from '../../server/src/core/parse';
import { readSeed, SEED } from '../helpers/seeds';

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

describe('near duplicates', () => {
  it('finds exactly what comparing every pair finds (seed texts with near copies)', () => {
    const texts = withNearCopies(seedTexts, 7);
    for (const sim of [0.6, 0.8, 0.9]) {
      const got = nearDuplicatesFresh(texts, sim);
      expect(got.size, `sim ${sim}`).toBeGreaterThan(0);
      expect([...got].sort((a, b) => a[0] - b[0])).toEqual([...bruteForce(texts, sim)].sort((a, b) => a[0] - b[0]));
    }
  });

});
