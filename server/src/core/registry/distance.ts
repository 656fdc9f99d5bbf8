/** Character-level string measures used for unit/leader suggestions. Pure, no I/O. */

/**
 * Scratch for {@link editDistance}: the two strings' code points and two rows of the table. Unknown-
 * unit suggestions compare every written name with every other of about its length (thousands of
 * pairs in a plan); arrays per call were most of that rule's cost.
 */
let codesA: Int32Array = new Int32Array(64);
let codesB: Int32Array = new Int32Array(64);
let rowPrev = new Int32Array(65);
let rowCur = new Int32Array(65);

/** Writes the code points of `s` into `into` (grown when needed, hence returned with the count). */
function codePointsOf(s: string, into: Int32Array): [Int32Array, number] {
  if (into.length < s.length) into = new Int32Array(s.length * 2);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    into[n++] = c;
    if (c > 0xffff) i++;
  }
  return [into, n];
}

/** Levenshtein distance over Unicode code points; max+1 when it exceeds `max` (found early where a whole row does). */
export function editDistance(a: string, b: string, max = Infinity): number {
  let xl: number;
  let yl: number;
  [codesA, xl] = codePointsOf(a, codesA);
  [codesB, yl] = codePointsOf(b, codesB);
  const x = codesA;
  const y = codesB;
  if (Math.abs(xl - yl) > max) return max + 1;
  if (xl === 0) return yl;
  if (yl === 0) return xl;
  if (rowPrev.length <= yl) {
    rowPrev = new Int32Array(yl * 2 + 1);
    rowCur = new Int32Array(yl * 2 + 1);
  }
  let prev = rowPrev;
  let cur = rowCur;
  for (let j = 0; j <= yl; j++) prev[j] = j;
  for (let i = 1; i <= xl; i++) {
    cur[0] = i;
    let rowMin = i;
    const xc = x[i - 1];
    for (let j = 1; j <= yl; j++) {
      const cost = xc === y[j - 1] ? 0 : 1;
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[yl] > max ? max + 1 : prev[yl];
}

/**
 * `abbr` is an abbreviation of `full` when its characters appear in `full` in order, it keeps the
 * first character (the administrative prefix 区/市 or the first character of the name) and the
 * last one (the kind of body: 局/委/办…): 区发改局 ⊂ 区发展和改革局.
 */
export function isAbbreviationOf(abbr: string, full: string): boolean {
  const a = Array.from(abbr);
  const f = Array.from(full);
  if (a.length < 2 || a.length >= f.length) return false;
  if (a[0] !== f[0] || a[a.length - 1] !== f[f.length - 1]) return false;
  let i = 0;
  for (const ch of f) if (i < a.length && ch === a[i]) i++;
  return i === a.length;
}

/** Positions (code-point indices) where two equal-length strings differ. */
export function differingPositions(a: string, b: string): number[] {
  const x = Array.from(a);
  const y = Array.from(b);
  if (x.length !== y.length) return [];
  const out: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) out.push(i);
  return out;
}

export function charLength(s: string): number {
  return Array.from(s).length;
}
