import type { SourceText } from '../model';
import { SCRIPT_SAMPLE, readsAsTraditional, toSimplified } from './script';
import { contentStart, isBlankCode } from './text';

/**
 * Splits text into lines on LF, CRLF or CR (mixed endings included) and remembers where each
 * line starts. A leading BOM is dropped first: editors hide it, so positions must not count it.
 */
export function readSource(raw: string): SourceText {
  const unmarked = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  // A Traditional-script copy is read in Simplified, character for character (see script.ts).
  const traditional = readsAsTraditional(unmarked);
  const read = splitLines(traditional ? toSimplified(unmarked) : unmarked);
  return traditional ? { ...read, script: 'traditional' } : read;
}

/**
 * The lines of `raw` as written, never read through the Simplified map: what a report quotes back (a
 * Traditional copy's reader searches for the line as it is in the file). Same positions as readSource's.
 */
export function writtenLines(raw: string): readonly string[] {
  return splitLines(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw).lines;
}

function splitLines(text: string): SourceText {
  const lines: string[] = [];
  const lineStarts: number[] = [];
  if (text.indexOf('\r') < 0) {
    // LF only (the common case): the native search is several times faster than a character loop.
    let start = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.push(text.slice(start, i));
      lineStarts.push(start);
      start = i + 1;
    }
    lines.push(text.slice(start));
    lineStarts.push(start);
    return { text, lines, lineStarts, eol: '\n' };
  }
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push(text.slice(start, i));
      lineStarts.push(start);
      if (c === 13 && text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else if (c === 13) cr++;
      else lf++;
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  lineStarts.push(start);
  const eol = crlf > lf && crlf >= cr ? '\r\n' : cr > lf && cr > crlf ? '\r' : '\n';
  return { text, lines, lineStarts, eol };
}

/**
 * A copy of `line` that does not keep `text` alive. A slice of a string shares its parent's
 * characters (in V8 a long slice points into the whole text); the lines kept from version to
 * version would otherwise keep every version's whole text in memory. Concatenating then cutting
 * makes a fresh string of the line's own length.
 */
function detached(line: string): string {
  return line.length < 13 ? line : (line + '\u0000').slice(0, -1);
}

/** `fresh` with the lines equal to `previous`'s at the start and the end replaced by those (and the rest detached). */
function sharingLines(fresh: SourceText, previous: SourceText): SourceText {
  const a = previous.lines;
  const b = fresh.lines.slice();
  const n = Math.min(a.length, b.length);
  let head = 0;
  while (head < n && a[head] === b[head]) b[head] = a[head++];
  let tail = 0;
  while (tail < n - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) {
    b[b.length - 1 - tail] = a[a.length - 1 - tail];
    tail++;
  }
  for (let i = head; i < b.length - tail; i++) b[i] = detached(b[i]);
  return { ...fresh, lines: b };
}

/** The length of the longest common prefix of `a` and `b`, compared a block at a time (native compares). */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  let block = 4096;
  while (i < n) {
    const m = Math.min(block, n - i);
    if (m <= 32) {
      while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
      return i;
    }
    if (a.substr(i, m) === b.substr(i, m)) i += m;
    else block = m >> 3;
  }
  return i;
}

/** The length of the longest common suffix of `a` and `b`, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let k = 0;
  let block = 4096;
  while (k < max) {
    const m = Math.min(block, max - k);
    if (m <= 32) {
      while (k < max && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
      return k;
    }
    if (a.substr(a.length - k - m, m) === b.substr(b.length - k - m, m)) k += m;
    else block = m >> 3;
  }
  return k;
}

/** The number of entries of ascending `starts` that are ≤ `v`. */
function countAtMost(starts: readonly number[], v: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * {@link readSource} for an edited version of `previous`: the lines before and after the edit are
 * the previous version's (the very same strings, so comparing them later is instant), only the
 * edited stretch is split again. Same result as `readSource(raw)`.
 */
export function readSourceAfter(raw: string, previous: SourceText): SourceText {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const old = previous.text;
  // LF-only texts on both sides (the common case); anything else is split afresh, and so is a Traditional copy
  // (its lines are read in Simplified: the previous text is no prefix of this one's characters).
  if (previous.eol !== '\n' || text.indexOf('\r') >= 0 || old.indexOf('\r') >= 0 || previous.script) return sharingLines(readSource(raw), previous);
  const p = commonPrefix(old, text);
  // The script is judged on the text's first SCRIPT_SAMPLE code units: an edit after them keeps the previous judgement.
  if (p < SCRIPT_SAMPLE && readsAsTraditional(text)) return sharingLines(readSource(raw), previous);
  const q = commonSuffix(old, text, Math.min(old.length, text.length) - p);
  const starts = previous.lineStarts;
  const count = starts.length;
  // Lines whose text and newline lie in the common prefix: those after which a line starts at or before p.
  const head = Math.max(0, countAtMost(starts, p) - 1);
  // Lines whose text and the newline before them lie in the common suffix.
  let tail = 0;
  while (tail < count - head && starts[count - 1 - tail] - 1 >= old.length - q) tail++;
  const delta = text.length - old.length;
  const from = head > 0 ? starts[head] : 0;
  const to = tail > 0 ? starts[count - tail] - 1 + delta : text.length;
  if (from > to) return sharingLines(readSource(raw), previous); // whole lines removed exactly: no stretch to split
  const lines = previous.lines.slice(0, head);
  const lineStarts = starts.slice(0, head);
  // The edited stretch [from, to): its lines (the newline at `to` ends the last of them).
  let start = from;
  for (let i = text.indexOf('\n', start); i >= 0 && i < to; i = text.indexOf('\n', start)) {
    lines.push(detached(text.slice(start, i)));
    lineStarts.push(start);
    start = i + 1;
  }
  lines.push(detached(text.slice(start, tail > 0 ? to : text.length)));
  lineStarts.push(start);
  for (let k = count - tail; k < count; k++) {
    lines.push(previous.lines[k]);
    lineStarts.push(starts[k] + delta);
  }
  return { text, lines, lineStarts, eol: '\n' };
}

/**
 * The lines as the parser reads them: Markdown's emphasis opening a line's words (`**一、稳增长**`, `**2024年…方案**`,
 * `__（一）就业__`), as pandoc writes a Word file's bold paragraphs and drafters write headings in Markdown, blanked, so
 * that the words read as the heading or title they are. One character for one: every position stays the line's, and
 * `source.lines` keeps the marks (what formatting and fixes edit). The same array when no line has any.
 */
export function readingLines(lines: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lost = lostIndent(line);
    if (lost === 0 && line.indexOf('**') < 0 && line.indexOf('__') < 0) continue;
    const read = withoutEmphasis(lost ? ' '.repeat(lost) + line.slice(lost) : line);
    if (read !== line) (out ??= lines.slice())[i] = read;
  }
  return out ?? lines;
}

/**
 * `??1.推进…`: a copy whose ideographic spaces a wrong charset turned into question marks (a web mirror's page). The
 * length of such an indent (two or more `?` opening the line before its words), read as blanks; 0 when there is none.
 */
function lostIndent(line: string): number {
  if (line.charCodeAt(0) !== 0x3f || line.charCodeAt(1) !== 0x3f) return 0;
  let k = 2;
  while (line.charCodeAt(k) === 0x3f) k++;
  return k < line.length && !isBlankCode(line.charCodeAt(k)) ? k : 0;
}

function withoutEmphasis(line: string): string {
  const a = contentStart(line);
  const mark = line.startsWith('**', a) ? '**' : line.startsWith('__', a) ? '__' : null;
  if (!mark) return line;
  const close = line.indexOf(mark, a + 2);
  // `**` alone, or `****`: nothing emphasised.
  if (close <= a + 2) return line;
  return line.slice(0, a) + '  ' + line.slice(a + 2, close) + '  ' + line.slice(close + 2);
}
