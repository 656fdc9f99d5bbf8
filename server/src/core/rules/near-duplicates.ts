/**
 * Near duplicates among distinct task texts, for duplicate-task: for each text, the most similar
 * earlier text with a Jaccard similarity of character bigrams ≥ `sim`. A set-similarity join with
 * prefix filtering: bigrams are integers ranked rarest first; a text's rarest few (its prefix) find
 * the candidates, and a candidate's overlap is counted against the text's marked ranks.
 *
 * Each text's bigrams are interned once (module-wide ids, kept while the text is in use), so a lint
 * only counts, ranks and joins; and the last answer is kept, so an edit that leaves every task's
 * text as it was (a keystroke in a field, the common case) costs one comparison per text.
 */

import { Memo } from './memo';

const MAX_POSTING = 48;

/** Interned bigrams: a pair of characters → a dense id. */
class Interning {
  readonly charIds = new Int32Array(0x10000).fill(-1);
  charCount = 0;
  readonly bigramIds = new Map<number, number>();
}

/** The module-wide interning; replaced (invalidating every id made with it) when it grows past this. */
const MAX_BIGRAMS = 1 << 18;
let shared = new Interning();

/** Per-bigram scratch, indexed by interned id; stamps tell this pass's entries from stale ones. */
let seenStamp = new Int32Array(1024);
let localStamp = new Int32Array(1024);
let localId = new Int32Array(1024);
let stamp = 0;

function ensureScratch(n: number): void {
  if (n <= seenStamp.length) return;
  const size = Math.max(n, seenStamp.length * 2);
  const grow = (a: Int32Array) => {
    const b = new Int32Array(size);
    b.set(a);
    return b;
  };
  seenStamp = grow(seenStamp);
  localStamp = grow(localStamp);
  localId = grow(localId);
}

function nextStamp(): number {
  if (stamp === 0x7fffffff) {
    seenStamp.fill(0);
    localStamp.fill(0);
    stamp = 0;
  }
  return ++stamp;
}

/** A text's distinct bigrams (interned ids), in the order they first occur in it. */
function intern(text: string, table: Interning): Int32Array {
  const out: number[] = [];
  const s = nextStamp();
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let c = table.charIds[code];
    if (c < 0) c = table.charIds[code] = table.charCount++;
    if (prev >= 0) {
      // Character ids are < 0x10000: the key is unique, and a small integer for any realistic text.
      const key = prev * 0x10000 + c;
      let id = table.bigramIds.get(key);
      if (id === undefined) {
        id = table.bigramIds.size;
        table.bigramIds.set(key, id);
        ensureScratch(id + 1);
      }
      if (seenStamp[id] !== s) {
        seenStamp[id] = s;
        out.push(id);
      }
    }
    prev = c;
  }
  return Int32Array.from(out);
}

/** A text's interned bigrams, re-made when the table they were made with has been replaced. */
interface Interned {
  table: Interning;
  ids: Int32Array;
}

const internedTexts = new Memo<Interned>(1 << 16, (text) => ({ table: shared, ids: intern(text, shared) }));

/** Every text's bigrams, interned in one table. */
function bigramsOf(texts: readonly string[]): Int32Array[] {
  for (let attempt = 0; attempt < 2; attempt++) {
    const out: Int32Array[] = [];
    for (const text of texts) {
      if (shared.bigramIds.size + text.length > MAX_BIGRAMS) break;
      const e = internedTexts.get(text);
      if (e.table !== shared) {
        e.table = shared;
        e.ids = intern(text, shared);
      }
      out.push(e.ids);
    }
    if (out.length === texts.length) return out;
    shared = new Interning();
  }
  // This document alone has more bigrams than the shared table keeps: intern it on its own.
  const table = new Interning();
  return texts.map((text) => intern(text, table));
}

export interface NearDuplicate {
  /** The index of the most similar earlier text. */
  readonly j: number;
  readonly s: number;
}

let lastSim = NaN;
let lastTexts: readonly string[] = [];
let lastResult = new Map<number, NearDuplicate>();

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** All texts' bigrams in one array (text i's at [start[i], start[i + 1])), as ranks: rarest first, then first seen. */
interface Ranked {
  readonly tokens: Int32Array;
  readonly start: Int32Array;
  readonly ranks: number;
}

function rank(grams: readonly Int32Array[]): Ranked {
  const start = new Int32Array(grams.length + 1);
  for (let i = 0; i < grams.length; i++) start[i + 1] = start[i] + grams[i].length;
  const tokens = new Int32Array(start[grams.length]);
  // Document-local ids in first-seen order, and document frequencies.
  const s = nextStamp();
  const df: number[] = [];
  let at = 0;
  for (const g of grams) {
    for (let k = 0; k < g.length; k++) {
      const id = g[k];
      let l: number;
      if (localStamp[id] === s) l = localId[id];
      else {
        localStamp[id] = s;
        l = localId[id] = df.length;
        df.push(0);
      }
      df[l]++;
      tokens[at++] = l;
    }
  }
  // Rank by (frequency, local id): a counting sort on frequency keeps ids ascending within one.
  const next = new Int32Array(grams.length + 2);
  for (const f of df) next[f + 1]++;
  for (let f = 1; f < next.length; f++) next[f] += next[f - 1];
  const rankOf = new Int32Array(df.length);
  for (let l = 0; l < df.length; l++) rankOf[l] = next[df[l]]++;
  for (let k = 0; k < tokens.length; k++) tokens[k] = rankOf[tokens[k]];
  return { tokens, start, ranks: df.length };
}

/** The `n` smallest of tokens[from, to), ascending, into out[at, at + n). */
function smallest(tokens: Int32Array, from: number, to: number, n: number, out: Int32Array, at: number): void {
  let size = 0;
  for (let k = from; k < to; k++) {
    const v = tokens[k];
    if (size === n && v >= out[at + n - 1]) continue;
    let p = size < n ? at + size++ : at + n - 1;
    while (p > at && out[p - 1] > v) {
      out[p] = out[p - 1];
      p--;
    }
    out[p] = v;
  }
}

/** For each text index, the most similar earlier text with a similarity ≥ `sim`. */
export function nearDuplicates(texts: readonly string[], sim: number): Map<number, NearDuplicate> {
  if (sim === lastSim && sameTexts(texts, lastTexts)) return lastResult;
  const { tokens, start, ranks } = rank(bigramsOf(texts));
  const n = texts.length;
  const length = (i: number) => start[i + 1] - start[i];
  // Each text's prefix: its rarest bigrams, ascending. Texts sharing none of them cannot be similar enough.
  const prefixStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const len = length(i);
    prefixStart[i + 1] = prefixStart[i] + Math.max(0, Math.min(len, len - Math.ceil(sim * len) + 1));
  }
  const prefixes = new Int32Array(prefixStart[n]);
  for (let i = 0; i < n; i++) smallest(tokens, start[i], start[i + 1], prefixStart[i + 1] - prefixStart[i], prefixes, prefixStart[i]);
  // Postings: for each rank, the texts with it in their prefix, in order; `indexed[r]` of them are
  // in the index so far (only texts before the current one).
  const postingStart = new Int32Array(ranks + 1);
  for (let k = 0; k < prefixes.length; k++) postingStart[prefixes[k] + 1]++;
  for (let r = 0; r < ranks; r++) postingStart[r + 1] += postingStart[r];
  const postings = new Int32Array(prefixes.length);
  const indexed = new Int32Array(ranks);
  for (let i = 0; i < n; i++) for (let k = prefixStart[i]; k < prefixStart[i + 1]; k++) postings[postingStart[prefixes[k]] + indexed[prefixes[k]]++] = i;
  indexed.fill(0);

  const best = new Map<number, NearDuplicate>();
  const minOverlap = (a: number, b: number) => Math.ceil((sim / (1 + sim)) * (a + b) - 1e-9);
  // Text i's ranks, marked with i + 1; and the candidates already met for text i, likewise.
  const inText = new Int32Array(ranks);
  const met = new Int32Array(n);
  const candidates: number[] = [];
  for (let i = 0; i < n; i++) {
    const mark = i + 1;
    const len = length(i);
    // Candidates in the order they are first met, which decides between equally similar texts.
    candidates.length = 0;
    for (let k = prefixStart[i]; k < prefixStart[i + 1]; k++) {
      const r = prefixes[k];
      const size = indexed[r];
      // A bigram shared by very many texts is no evidence of duplication; a true near duplicate
      // shares most of the rarer ones too. Keeps large plans (50,000 tasks) near linear.
      if (size === 0 || size > MAX_POSTING) continue;
      for (let p = postingStart[r], end = p + size; p < end; p++) {
        const j = postings[p];
        if (met[j] === mark) continue;
        met[j] = mark;
        const other = length(j);
        if (Math.min(other, len) >= sim * Math.max(other, len)) candidates.push(j);
      }
    }
    if (candidates.length) {
      for (let k = start[i]; k < start[i + 1]; k++) inText[tokens[k]] = mark;
      let bestJ = -1;
      let bestS = 0;
      for (const j of candidates) {
        const other = length(j);
        const need = minOverlap(len, other);
        let inter = 0;
        for (let k = start[j], end = start[j + 1]; k < end && inter + (end - k) >= need; k++) if (inText[tokens[k]] === mark) inter++;
        if (inter < need) continue;
        const jac = inter / (len + other - inter);
        if (jac >= sim && jac > bestS) {
          bestJ = j;
          bestS = jac;
        }
      }
      if (bestJ >= 0) best.set(i, { j: bestJ, s: bestS });
    }
    for (let k = prefixStart[i]; k < prefixStart[i + 1]; k++) indexed[prefixes[k]]++;
  }
  lastSim = sim;
  lastTexts = texts;
  lastResult = best;
  return best;
}

/** {@link nearDuplicates} computed afresh, without the kept answer (tests compare it with every pair compared). */
export function nearDuplicatesFresh(texts: readonly string[], sim: number): Map<number, NearDuplicate> {
  lastTexts = [];
  return nearDuplicates(texts, sim);
}
