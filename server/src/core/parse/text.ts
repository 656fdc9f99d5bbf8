/** Character-level helpers shared by the recognisers. ASCII and full-width forms are equal here. */

/** Any Unicode space (U+3000, NBSP, the U+2002 en spaces web copies align with, …) or a tab. */
export function isBlankChar(c: string | undefined): boolean {
  if (c === undefined || c === '') return false;
  return isBlankCode(c.charCodeAt(0));
}

/** {@link isBlankChar} by UTF-16 code unit: hot loops test codes, since `line[i]` of CJK text allocates a string. */
export function isBlankCode(k: number): boolean {
  // The fast path covers ASCII and CJK text; the rare Unicode spaces are listed (JS \s + ZWSP).
  if (k > 0x20 && k < 0xa0) return false;
  if (k >= 0x3001 && k !== 0xfeff) return false;
  return k <= 0x20 || k === 0xa0 || k === 0x1680 || (k >= 0x2000 && k <= 0x200b) || k === 0x2028 || k === 0x2029 || k === 0x202f || k === 0x205f || k === 0x3000 || k === 0xfeff;
}

/** Leading indentation. */
export function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && isBlankCode(line.charCodeAt(i))) i++;
  return i;
}

/**
 * Where a line's content starts: after indentation and after the markup of a Markdown draft
 * (`## ` headings, `- `/`* `/`+ ` bullets, `> ` quotes) or of a web copy (`• `), so that
 * `## 一、产业发展` and `- 牵头单位：X` read like their plain-text forms.
 */
export function contentStart(line: string): number {
  let i = indentOf(line);
  for (let guard = 0; guard < 4; guard++) {
    const c = line[i];
    let j = i;
    if (c === '#') {
      while (j < line.length && line[j] === '#' && j - i < 6) j++;
      if (!isBlankChar(line[j])) break;
    } else if (c === '>' || c === '•' || c === '·' || c === '●' || c === '■' || c === '◆') {
      j = i + 1;
    } else if ((c === '-' || c === '*' || c === '+') && (i + 1 === line.length || isBlankChar(line[i + 1]))) {
      // `- ` starts a bullet; a bullet with nothing after it (`-` ending the line, as formatting leaves
      // `- ` once it drops the trailing space) is an empty item, not text.
      j = i + 1;
    } else break;
    while (j < line.length && isBlankCode(line.charCodeAt(j))) j++;
    i = j;
  }
  return i;
}

/** Index just past the last non-blank character. */
export function trimEndIndex(line: string, from = 0): number {
  let j = line.length;
  while (j > from && isBlankCode(line.charCodeAt(j - 1))) j--;
  return j;
}

export function isBlank(line: string): boolean {
  return indentOf(line) >= trimEndIndex(line);
}

export const OPEN_BRACKETS = '(（〈《〔[【［“‘';
export const CLOSE_BRACKETS = ')）〉》〕]】］”’';
/** Nesting classes for matchingClose/matchingOpen, quotes included: 1 opens, 2 closes. */
const NESTING_CLASS = new Uint8Array(0x10000);
for (const c of OPEN_BRACKETS) NESTING_CLASS[c.charCodeAt(0)] = 1;
for (const c of CLOSE_BRACKETS) NESTING_CLASS[c.charCodeAt(0)] = 2;

/** Round brackets in either width are interchangeable as field/alias containers. */
export function isOpenParen(c: string): boolean {
  return c === '(' || c === '（' || c === '〔';
}
export function isCloseParen(c: string): boolean {
  // `〔责任单位：…〕` is how some provinces bracket a task's fields.
  return c === ')' || c === '）' || c === '〕';
}

/** A square bracket closing: some copies put a task's fields in `[…]`, `【…】` or `［…］`. */
export function isSquareClose(c: string): boolean {
  return c === ']' || c === '】' || c === '］';
}

/** Characters that end a sentence or clause: a line ending in one is prose, not a heading. */
export const CLAUSE_END = /[。；;，,：:！!？?、]$/;

const FULLWIDTH_DIGIT = /[０-９]/;

/** Full-width digits ０-９ read as ASCII. */
export function asciiDigits(s: string): string {
  // Most markers are ASCII already: skip the replace (and its allocation) for them.
  if (!FULLWIDTH_DIGIT.test(s)) return s;
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * The index of the bracket that closes the one at `open`, counting nesting of any bracket kind
 * loosely (an ASCII `(` may be closed by `）`: drafts mix them). -1 when unbalanced.
 */
export function matchingClose(s: string, open: number, end = s.length): number {
  let depth = 0;
  for (let i = open; i < end; i++) {
    const cls = NESTING_CLASS[s.charCodeAt(i)];
    if (cls === 1) depth++;
    else if (cls === 2) {
      depth--;
      if (depth === 0) return i;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

/** The index of the bracket that opens the one closing at `close`, scanning backwards. */
export function matchingOpen(s: string, close: number, start = 0): number {
  let depth = 0;
  for (let i = close; i >= start; i--) {
    const cls = NESTING_CLASS[s.charCodeAt(i)];
    if (cls === 2) depth++;
    else if (cls === 1) {
      depth--;
      if (depth === 0) return i;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

/** Bracket classes by UTF-16 code unit: 1 opens, 2 closes (quotes excluded: they do not nest here). */
const BRACKET_CLASS = new Uint8Array(0x10000);
for (const c of '(（〈《〔[【［') BRACKET_CLASS[c.charCodeAt(0)] = 1;
for (const c of ')）〉》〕]】］') BRACKET_CLASS[c.charCodeAt(0)] = 2;

/** An opening round/angle/lenticular bracket (not a quote). */
export function isOpenBracket(code: number): boolean {
  return BRACKET_CLASS[code] === 1;
}

/** A closing round/angle/lenticular bracket (not a quote). */
export function isCloseBracket(code: number): boolean {
  return BRACKET_CLASS[code] === 2;
}

/**
 * Per separator set, {@link BRACKET_CLASS} with the separators as class 3: one table lookup per
 * character classifies it (splitting unit lists is on every field's path).
 */
const SEPARATOR_TABLES = new Map<string, Uint8Array>();
function separatorTable(seps: string): Uint8Array {
  let table = SEPARATOR_TABLES.get(seps);
  if (!table) {
    table = BRACKET_CLASS.slice();
    for (let i = 0; i < seps.length; i++) if (table[seps.charCodeAt(i)] === 0) table[seps.charCodeAt(i)] = 3;
    SEPARATOR_TABLES.set(seps, table);
  }
  return table;
}

/**
 * Splits `s[from,to)` on any of `seps` at bracket depth 0. Returns the pieces' bounds flat,
 * `[start0, end0, start1, end1, …]`: one array per call rather than one per piece, since every unit
 * list is split this way.
 */
export function splitTopLevel(s: string, from: number, to: number, seps: string): number[] {
  const out: number[] = [];
  const table = separatorTable(seps);
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const cls = table[s.charCodeAt(i)];
    if (cls === 0) continue;
    if (cls === 1) depth++;
    else if (cls === 2) depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0) {
      out.push(start, i);
      start = i + 1;
    }
  }
  out.push(start, to);
  return out;
}

/** Trims blanks (and given punctuation) from both ends of s[from,to). */
export function trimRange(s: string, from: number, to: number, extra = ''): [number, number] {
  while (from < to && (isBlankCode(s.charCodeAt(from)) || (extra !== '' && extra.includes(s[from])))) from++;
  while (to > from && (isBlankCode(s.charCodeAt(to - 1)) || (extra !== '' && extra.includes(s[to - 1])))) to--;
  return [from, to];
}

/** Does s[from,to) leave a round bracket (either width) or a fields' 〔 open? */
export function leavesBracketOpen(s: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xff08 || c === 0x28 || c === 0x3014) depth++;
    else if ((c === 0xff09 || c === 0x29 || c === 0x3015) && depth > 0) depth--;
  }
  return depth > 0;
}

/** Line i's content: where it starts after indentation and markup, where it ends before trailing blanks, and its text. */
export function contentOf(lines: readonly string[], i: number): { start: number; end: number; text: string } {
  const line = lines[i];
  const start = contentStart(line);
  const end = trimEndIndex(line);
  return { start, end, text: line.slice(start, Math.max(start, end)) };
}

/** The first line at or after i (before `to`) that is not blank; `to` if none. */
export function nextNonBlank(lines: readonly string[], i: number, to: number): number {
  let j = i;
  while (j < to && indentOf(lines[j]) >= trimEndIndex(lines[j])) j++;
  return j;
}

const PAGE_NUMBER = /^(?:[—－\-–]+\s*)+[0-9０-９]{1,4}(?:\s*[—－\-–]+)+$|^第\s*[0-9０-９]{1,4}\s*页(?:\s*[,，/]?\s*共\s*[0-9０-９]{1,4}\s*页)?$/;

/** `— 3 —`, `－3－`, `- 3 -`, `第3页`, `第 3 页 共 12 页`: a page's number in a copy of a PDF. */
export function isPageNumber(line: string, indent: number, to: number): boolean {
  // From the first non-blank character: `- 12 -` is no Markdown bullet.
  let from = 0;
  while (from < indent && isBlankCode(line.charCodeAt(from))) from++;
  const c = line.charCodeAt(from);
  // Dashes of every width, or 第: the cheap test before the pattern.
  if (c !== 0x2014 && c !== 0xff0d && c !== 0x2d && c !== 0x2013 && c !== 0x7b2c) return false;
  return to - from <= 24 && PAGE_NUMBER.test(line.slice(from, to));
}

/**
 * `|`, `||||`: a line of bars alone, left between the cells of a web table copied a cell per line; or a table's
 * rule as a text dump draws it (`------ ---------- ------` by pandoc, `+----+----+`, `├───┼───┤` by w3m).
 */
export function isBarsOnly(line: string, from: number, to: number): boolean {
  const c = line.charCodeAt(from);
  const bar = (d: number) => d === 0x7c || d === 0xff5c;
  const rule = (d: number) => d === 0x2d || d === 0x3d || d === 0x2b || d === 0x3a || (d >= 0x2500 && d <= 0x257f);
  if (!bar(c) && !rule(c)) return false;
  let rules = 0;
  for (let k = from; k < to; k++) {
    const d = line.charCodeAt(k);
    if (rule(d)) rules++;
    else if (!bar(d) && !isBlankCode(d)) return false;
  }
  // `-` or `--` alone may be a bullet or a dash: a rule is three of its characters at least.
  return rules === 0 || rules >= 3;
}
