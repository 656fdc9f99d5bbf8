/** Character-level string measures used for unit/leader suggestions. Pure, no I/O. */

/** Levenshtein distance over Unicode code points; stops early (returns max+1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > max) return max + 1;
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  let prev = new Array<number>(y.length + 1);
  let cur = new Array<number>(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[y.length];
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
