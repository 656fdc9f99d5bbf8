/**
 * Near duplicates among distinct task texts, for duplicate-task: for each text, the most similar
 * earlier text with a Jaccard similarity of character bigrams ≥ `sim` (ties: the earliest).
 *
 * A set-similarity join with prefix filtering. Every text's bigrams are put in one order, rarer
 * first, and a text's first few in that order (its prefix) find its candidates: two texts similar
 * enough always share a prefix bigram. "Rarer" is coarse: the order is by the power of two below
 * the bigram's document frequency, then by a fixed permutation of the bigram, so one edit rarely
 * moves a bigram in the order, and a text's prefix almost always depends on that text alone.
 * Bigrams too common among the earlier texts' prefixes are no evidence (see MAX_POSTING).
 *
 * The answer is a function of the texts alone. It is kept, with the index it came from; an edit to
 * one text updates it: that text, the texts that meet it through a prefix bigram, and the texts
 * holding a bigram whose place in the order moved are looked at again, nothing else.
 */

/**
 * A bigram shared by more than this many earlier texts' prefixes is no evidence of duplication
 * for the next text (a true near duplicate shares most of the rarer ones too). Keeps large plans
 * (50,000 tasks) near linear.
 */
const MAX_POSTING = 48;

export interface NearDuplicate {
  /** The index of the most similar earlier text. */
  readonly j: number;
  readonly s: number;
}

/** A bijection of 32-bit integers (multiplication by an odd number and xor-shifts are invertible): spreads bigrams evenly. */
function permute(key: number): number {
  let h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A join's bigrams: a pair of UTF-16 code units → a small dense id (fast to index by), numbered in
 * the order the join first meets them. Ids depend on that order, so nothing that decides an answer
 * reads them: the order of bigrams uses `rank`, a permutation of the characters themselves.
 *
 * Each join has its own table: its ids index the join's arrays directly, and a plan's first lint
 * reads every text once. The pairs live in an open-addressing table of typed arrays rather than a
 * `Map`: a first lint interns every bigram of every task (a million lookups for 10,000 tasks), and
 * a `Map` of numbers costs a hash object per entry and a rehash of all of them at each doubling.
 */
class Bigrams {
  /** How many bigrams have an id (ids are 0 … size − 1). */
  size = 0;
  /** The table: a slot's pair (first code unit × 0x10000 + second) and its id, −1 when empty. */
  private keys: Uint32Array;
  private vals: Int32Array;
  /** A slot is the top bits of the key times the golden ratio (the low bits of a pair are its second character alone). */
  private shift: number;
  /** Per id: the permuted code of its two characters. */
  rank: Float64Array;
  /** Per id: the last text that held it (dedup within one text, without a set). */
  private lastText: Int32Array;
  private texts = 0;
  /** Scratch for one text's ids. */
  private found = new Int32Array(256);

  /**
   * Sized for `expected` bigrams, so that a first lint does not grow the table again and again:
   * a plan's texts hold at most as many distinct bigrams as they have characters, and in practice
   * far fewer (a plan's vocabulary is small), hence the bound.
   */
  constructor(expected: number) {
    const bits = Math.max(10, Math.min(18, 32 - Math.clz32(Math.max(1, expected) * 2 - 1)));
    this.keys = new Uint32Array(1 << bits);
    this.vals = new Int32Array(1 << bits).fill(-1);
    this.shift = 32 - bits;
    this.rank = new Float64Array(1 << (bits - 1));
    this.lastText = new Int32Array(1 << (bits - 1)).fill(-1);
  }

  /** The id of a pair of code units. */
  private idOf(key: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const id = this.vals[slot];
      if (id < 0) break;
      if (this.keys[slot] === key) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.size++;
    this.keys[slot] = key;
    this.vals[slot] = id;
    if (id >= this.rank.length) {
      const rank = new Float64Array(this.rank.length * 2);
      rank.set(this.rank);
      this.rank = rank;
      const lastText = new Int32Array(this.lastText.length * 2).fill(-1);
      lastText.set(this.lastText);
      this.lastText = lastText;
    }
    this.rank[id] = permute(key);
    // Kept at most half full, so that probes stay short.
    if (this.size * 2 > this.keys.length) this.grow();
    return id;
  }

  private grow(): void {
    const keys = this.keys;
    const vals = this.vals;
    this.keys = new Uint32Array(keys.length * 2);
    this.vals = new Int32Array(keys.length * 2).fill(-1);
    this.shift--;
    const mask = this.keys.length - 1;
    for (let s = 0; s < keys.length; s++) {
      if (vals[s] < 0) continue;
      let slot = Math.imul(keys[s], 0x9e3779b1) >>> this.shift;
      while (this.vals[slot] >= 0) slot = (slot + 1) & mask;
      this.keys[slot] = keys[s];
      this.vals[slot] = vals[s];
    }
  }

  /**
   * A text's distinct bigrams, as ids, in the order the text first holds them. A plain array: a
   * plan's first lint makes one per task, and V8 allocates small arrays far faster than typed ones.
   */
  intern(text: string): number[] {
    const stamp = this.texts++;
    if (this.found.length < text.length) this.found = new Int32Array(text.length * 2);
    let n = 0;
    let prev = text.length > 0 ? text.charCodeAt(0) : 0;
    for (let i = 1; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const id = this.idOf(((prev << 16) | code) >>> 0);
      if (this.lastText[id] !== stamp) {
        this.lastText[id] = stamp;
        this.found[n++] = id;
      }
      prev = code;
    }
    const ids = new Array<number>(n);
    for (let k = 0; k < n; k++) ids[k] = this.found[k];
    return ids;
  }
}

const TWO_32 = 0x100000000;

/**
 * The frequency class: the count itself below 8, then quarter octaves (8–9, 10–11, 12–13, 14–15,
 * 16–19…): fine where it matters (rare bigrams make short candidate lists), coarse where an edit
 * would otherwise move a common bigram in the order every time.
 */
function bucket(df: number): number {
  if (df < 8) return df;
  const msb = 31 - Math.clz32(df);
  return 8 + (msb - 3) * 4 + ((df >>> (msb - 2)) & 3);
}

function prefixLength(len: number, sim: number): number {
  return Math.max(0, Math.min(len, len - Math.ceil(sim * len) + 1));
}

/** The first index in ascending `list` holding a value ≥ `v`. */
function lowerBound(list: readonly number[], v: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Scratch: marks for intersecting (per id); sort keys while choosing a prefix, and a copy to select in. */
let mark = new Int32Array(1024);
let sortKey = new Float64Array(1024);
let selectIn = new Float64Array(1024);
let markStamp = 0;

function ensureScratch(n: number): void {
  if (n <= mark.length) return;
  const size = Math.max(n, mark.length * 2);
  mark = new Int32Array(size);
  markStamp = 0;
}

/** Scratch for one text's keys (a text holds at most as many distinct bigrams as the join holds). */
function ensureKeyScratch(n: number): void {
  if (n <= sortKey.length) return;
  const size = Math.max(n, sortKey.length * 2);
  sortKey = new Float64Array(size);
  selectIn = new Float64Array(size);
}

/**
 * The k-th smallest (0-based) of `a[0 … n − 1]`, which it reorders: Hoare's selection, linear on
 * average. The engine's sort of a typed array cost a third of a plan's first near-duplicate join.
 */
export function nthSmallest(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const x = a[i];
        a[i] = a[j];
        a[j] = x;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

/** Everything one answer was computed from, kept to update it after an edit. */
class Join {
  /** The join's bigrams: its ids index the arrays below. */
  private readonly table: Bigrams;
  /** Each text's bigrams. */
  readonly g: number[][];
  /** Each text's prefix: its first bigrams in the order. */
  readonly prefixes: number[][];
  /** How many texts hold each bigram. */
  df: Int32Array;
  /** For each bigram, the texts with it in their prefix, ascending. */
  readonly postings: (number[] | undefined)[];
  readonly best = new Map<number, NearDuplicate>();
  private met = new Int32Array(0);
  private stamp = 0;
  /** How many bigrams the texts held when the join was built. */
  private readonly initialSize: number;

  /** How many bigrams the table holds, the texts' and those of texts edited away. */
  get bigrams(): number {
    return this.table.size;
  }

  constructor(
    readonly texts: string[],
    readonly sim: number,
  ) {
    let chars = 0;
    for (const text of texts) chars += text.length;
    // Distinct bigrams grow more slowly than characters: about 60 % of them in a plan of a hundred
    // tasks (the seeds: 3,755 of 6,204), fewer beyond; the table grows if a plan holds more.
    this.table = new Bigrams(Math.min(Math.ceil(chars * 0.6), 1 << 16));
    this.g = texts.map((text) => this.table.intern(text));
    const n = (this.initialSize = this.table.size);
    this.df = new Int32Array(n + 1);
    // Dense from the start: filled at random ids, a growing array would be copied again and again.
    this.postings = [];
    for (let k = 0; k <= n; k++) this.postings.push(undefined);
    for (const g of this.g) for (let k = 0; k < g.length; k++) this.df[g[k]]++;
    ensureScratch(n + 1);
    this.prefixes = this.g.map((g) => this.prefixOf(g));
    for (let i = 0; i < texts.length; i++) this.index(i, 1);
    for (let i = 0; i < texts.length; i++) this.find(i);
  }

  /** The first bigrams of `g` in the order: frequency class, then the permuted characters. */
  private prefixOf(g: readonly number[]): number[] {
    const rank = this.table.rank;
    const df = this.df;
    const n = prefixLength(g.length, this.sim);
    const out = new Array<number>(n);
    if (n === 0) return out;
    // The n smallest by (class, permuted code). Keys are distinct (the permutation is one to one),
    // so the n-th smallest key bounds exactly n of them.
    ensureKeyScratch(g.length);
    const keys = sortKey;
    for (let k = 0; k < g.length; k++) selectIn[k] = keys[k] = bucket(df[g[k]] || 1) * TWO_32 + rank[g[k]];
    const limit = nthSmallest(selectIn, g.length, n - 1);
    let size = 0;
    for (let k = 0; k < g.length; k++) if (keys[k] <= limit) out[size++] = g[k];
    return out;
  }

  /** Puts text i in (1) or takes it out of (-1) the postings of its prefix bigrams. */
  private index(i: number, by: 1 | -1): void {
    for (const r of this.prefixes[i]) {
      let list = this.postings[r];
      if (!list) {
        // Most prefix bigrams are held by one text: a list of one, not an empty list grown by a push.
        if (by === 1) this.postings[r] = [i];
        continue;
      }
      if (by === 1) {
        if (list.length === 0 || list[list.length - 1] < i) list.push(i);
        else list.splice(lowerBound(list, i), 0, i);
      } else list.splice(lowerBound(list, i), 1);
    }
  }

  /** Text i's similarity to text j when it is enough (0 otherwise); text i's bigrams are marked with `m`. */
  private similarity(i: number, j: number, m: number): number {
    const a = this.g[i];
    const b = this.g[j];
    const la = a.length;
    const lb = b.length;
    if (Math.min(la, lb) < this.sim * Math.max(la, lb)) return 0;
    const need = Math.ceil((this.sim / (1 + this.sim)) * (la + lb) - 1e-9);
    let inter = 0;
    for (let k = 0; k < lb && inter + (lb - k) >= need; k++) if (mark[b[k]] === m) inter++;
    if (inter < need) return 0;
    const jac = inter / (la + lb - inter);
    return jac >= this.sim ? jac : 0;
  }

  /** Marks text i's bigrams; returns the mark. */
  private markText(i: number): number {
    const m = ++markStamp;
    const a = this.g[i];
    for (let k = 0; k < a.length; k++) mark[a[k]] = m;
    return m;
  }

  /** Whether (j, s) is a better match than the current best (higher, or as high and earlier). */
  private static better(j: number, s: number, cur: NearDuplicate | undefined): boolean {
    return s > 0 && (!cur || s > cur.s || (s === cur.s && j < cur.j));
  }

  /** Text i's best match among its candidates: the earlier texts sharing a prefix bigram not too common. */
  private find(i: number): void {
    if (this.met.length < this.texts.length) this.met = new Int32Array(this.texts.length);
    const seen = ++this.stamp;
    let best: NearDuplicate | undefined;
    let m = 0;
    for (const r of this.prefixes[i]) {
      const list = this.postings[r]!;
      const size = lowerBound(list, i);
      if (size === 0 || size > MAX_POSTING) continue;
      for (let p = 0; p < size; p++) {
        const j = list[p];
        if (this.met[j] === seen) continue;
        this.met[j] = seen;
        if (m === 0) m = this.markText(i);
        const s = this.similarity(i, j, m);
        if (Join.better(j, s, best)) best = { j, s };
      }
    }
    if (best) this.best.set(i, best);
    else this.best.delete(i);
  }

  /** Whether text k (later than i) has i among its candidates. */
  private meets(k: number, i: number): boolean {
    for (const r of this.prefixes[k]) {
      const list = this.postings[r]!;
      const size = lowerBound(list, k);
      if (size === 0 || size > MAX_POSTING) continue;
      const p = lowerBound(list, i);
      if (p < size && list[p] === i) return true;
    }
    return false;
  }

  /**
   * Text i now reads `text`: the counts, the order where it moved, and the answer follow. False
   * when the table holds too many bigrams no text holds any more (then build the join again).
   */
  replace(i: number, text: string): boolean {
    // Every edit may add bigrams and none are taken out: a long session of edits to one plan is
    // bounded by building the join again once most of its table is bigrams of texts gone.
    if (this.table.size > 2 * this.initialSize + 4096) return false;
    const before = this.g[i];
    const after = this.table.intern(text);
    const size = this.table.size;
    if (size + 1 > this.df.length) {
      const grown = new Int32Array(Math.max(size + 1, this.df.length * 2));
      grown.set(this.df);
      this.df = grown;
    }
    ensureScratch(size + 1);
    // Bigrams whose frequency class changed, other than ones only text i holds (before or after).
    const moved = new Set<number>();
    const count = (b: number, by: 1 | -1) => {
      const was = this.df[b];
      const now = (this.df[b] = was + by);
      // A bigram only text i holds (before or after) moves nothing but text i's own prefix.
      if (was > 0 && now > 0 && bucket(was) !== bucket(now)) moved.add(b);
    };
    const inBefore = new Set(before);
    const inAfter = new Set(after);
    for (const b of after) if (!inBefore.has(b)) count(b, 1);
    for (const b of before) if (!inAfter.has(b)) count(b, -1);
    this.texts[i] = text;
    this.g[i] = after;
    this.reprefix(i, true);
    if (moved.size === 0) return true;
    // Texts holding a bigram that moved in the order may have another prefix now.
    for (let k = 0; k < this.texts.length; k++) {
      if (k === i) continue;
      const g = this.g[k];
      for (let x = 0; x < g.length; x++) {
        if (moved.has(g[x])) {
          this.reprefix(k, false);
          break;
        }
      }
    }
    return true;
  }

  /**
   * Text i's prefix is recomputed (its text may have changed too). Only texts that meet text i
   * through one of its old or new prefix bigrams can change their answer: text i itself; a later
   * text whose best match was text i; a later text that meets text i now (it may be the best);
   * and a later text for which a bigram crossed the commonness limit because text i came into or
   * left its postings.
   */
  private reprefix(i: number, textChanged: boolean): void {
    const before = this.prefixes[i];
    const after = this.prefixOf(this.g[i]);
    if (!textChanged && before.length === after.length && before.every((r, k) => r === after[k])) return;
    this.index(i, -1);
    this.prefixes[i] = after;
    this.index(i, 1);
    this.find(i);
    const inBefore = new Set(before);
    const inAfter = new Set(after);
    const later = new Set<number>();
    const again = new Set<number>();
    for (const r of new Set([...before, ...after])) {
      const list = this.postings[r];
      if (!list) continue;
      // The limit can flip only where text i moved the count by one: positions 48/49 after text i.
      const movedIn = inBefore.has(r) !== inAfter.has(r);
      for (let p = lowerBound(list, i + 1); p < list.length && p <= MAX_POSTING + 1; p++) {
        later.add(list[p]);
        if (movedIn && p >= MAX_POSTING) again.add(list[p]);
      }
    }
    for (const k of later) {
      const cur = this.best.get(k);
      if (again.has(k) || cur?.j === i) this.find(k);
      else if (this.meets(k, i)) {
        const s = this.similarity(k, i, this.markText(k));
        if (Join.better(i, s, cur)) this.best.set(k, { j: i, s });
      }
    }
  }
}

/** The joins of the last few documents linted, most recent first (an editor lints several open plans in turn). */
const KEPT = 4;
const joins: Join[] = [];

/** The one index where two lists of equal length differ, -1 if none, -2 if more than one. */
function oneChange(a: readonly string[], b: readonly string[]): number {
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return -2;
    at = i;
  }
  return at;
}

/** How many joins are kept. */
export function keptJoins(): number {
  return joins.length;
}

/** How many bigrams the most recent kept join's table holds (its memory, which edits grow). */
export function keptBigrams(): number {
  return joins[0]?.bigrams ?? 0;
}

/**
 * Drops the kept joins (they hold the texts); unless `keepScratch`, also the grown scratch, which
 * holds no text but is sized by the largest plan seen: the next lint builds it afresh.
 */
export function releaseNearDuplicates(keepScratch = false): void {
  joins.length = 0;
  if (keepScratch) return;
  mark = new Int32Array(1024);
  sortKey = new Float64Array(1024);
  selectIn = new Float64Array(1024);
  markStamp = 0;
}

/** For each text index, the most similar earlier text with a similarity ≥ `sim`. */
export function nearDuplicates(texts: readonly string[], sim: number): Map<number, NearDuplicate> {
  let join: Join | null = null;
  for (let k = 0; k < joins.length && !join; k++) {
    const j = joins[k];
    const change = j.sim === sim && j.texts.length === texts.length ? oneChange(j.texts, texts) : -2;
    if (change === -2) continue;
    joins.splice(k, 1);
    // The same texts, or one changed (a keystroke): the kept answer, updated.
    if (change === -1 || j.replace(change, texts[change])) join = j;
  }
  join ??= new Join(texts.slice(), sim);
  joins.unshift(join);
  if (joins.length > KEPT) joins.length = KEPT;
  return new Map(join.best);
}

/** {@link nearDuplicates} computed afresh, without the kept answer (tests compare the two). */
export function nearDuplicatesFresh(texts: readonly string[], sim: number): Map<number, NearDuplicate> {
  return new Map(new Join(texts.slice(), sim).best);
}
