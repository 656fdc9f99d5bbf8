import type { Numbering, NumberingStyle } from '../model';
import { spanOf } from '../model';
import { asciiDigits } from './text';
import { isBlankCode } from './text';

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100 };

/** 一 → 1, 十 → 10, 十一 → 11, 二十三 → 23, 一百零五 → 105. NaN when not a numeral. */
export function chineseNumeral(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch];
    } else if (ch in CN_UNITS) {
      total += (digit < 0 ? 1 : digit) * CN_UNITS[ch];
      digit = -1;
    } else return NaN;
  }
  if (digit >= 0) total += digit;
  return total;
}

const CN = '[一二三四五六七八九十百零〇两]{1,5}';
const DIGITS = '[0-9０-９]{1,5}';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** ⑴…⒇ (U+2474…U+2487) and ⒈…⒛ (U+2488…U+249B): the numbers 1–20 in one character. */
const PAREN_NUMBERS = String.fromCharCode(...Array.from({ length: 20 }, (_, k) => 0x2474 + k));
const DOT_NUMBERS = String.fromCharCode(...Array.from({ length: 20 }, (_, k) => 0x2488 + k));

/** The value of a one-character number (①, ⑴, ⒈), or NaN. */
export function singleCharNumber(c: string): number {
  const k = c.charCodeAt(0);
  if (c.length !== 1) return NaN;
  if (k >= 0x2460 && k <= 0x2473) return k - 0x2460 + 1;
  if (k >= 0x2474 && k <= 0x2487) return k - 0x2474 + 1;
  if (k >= 0x2488 && k <= 0x249b) return k - 0x2488 + 1;
  return NaN;
}

const CN_CHARS = '一二三四五六七八九十百零〇两';
const DIGIT_CHARS = '0123456789０１２３４５６７８９';
const PAREN_CHARS = '(（';

/** `*`, `＊`, `★` after a task's number: a mark on the task (new, key), no part of the number. */
const TASK_MARK = '[*＊★]';
/** Whether a marker holds a task's mark (`1*.`). */
export function hasTaskMark(marker: string): boolean {
  return HAS_TASK_MARK.test(marker);
}
const HAS_TASK_MARK = new RegExp(TASK_MARK);

/**
 * A row's number as a table's 序号 cell writes it, as a pattern's source: up to `digits` figures, a task's mark, a
 * delimiter (`12`, `12.`, `3、`, `1*`). One pattern for every table reader.
 */
export function rowNumberSource(digits: number): string {
  return `[0-9０-９]{1,${digits}}${TASK_MARK}?[.、．]?`;
}
/** A marker's number as a message cites it: without the delimiter, blanks or a task's mark (`1*.` → 1). */
export function citedNumber(marker: string): string {
  return marker.replace(/[\s*＊★]*[.．﹒、\s]+$/, '');
}

/** Roles on an article's line: a bracket with a label or a role word, a label after its sentence, a clause of roles. */
const ARTICLE_ROLES = /[（(【［\[][^）)】］\]]{0,40}?(?:牵头|负责|责任|配合|协办|单位|部门|领导|时限)|(?:牵头|责任|配合|协办)(?:单位|部门)?\s*[:：]|牵头[，,；;。]|[^\s]{2,}(?:配合|协办|参与)[，,；;。]/;

const PATTERNS: { style: NumberingStyle; re: RegExp; starts: string }[] = [
  // `第一部分 主要目标`: the outermost level some plans use above 一、. A blank or the title follows.
  { style: 'cn-di', re: new RegExp(`^第(${CN})(部分|章|篇)(?=[\\s　:：、]|$)[\\s　:：、]*`), starts: '第' },
  // `第一条 全区PM2.5…`: a task numbered as an article, a blank or a colon after it.
  { style: 'cn-tiao', re: new RegExp(`^第(${CN})条(?=[\\s　:：、]|$)[\\s　:：、]*`), starts: '第' },
  // `一、`, and `一.` / `一．` as some drafts type it (a digit after the dot would make it a number).
  { style: 'cn-dun', re: new RegExp(`^(${CN})\\s*(、|[.．](?![0-9０-９]))`), starts: CN_CHARS },
  // `一<tab>稳增长促发展`: a table's 序号 cell over a category's row, as Word writes it (the tab is the cell's end).
  { style: 'cn-dun', re: new RegExp(`^(${CN})()(?=\\t+[^\\t\\s])`), starts: CN_CHARS },
  { style: 'cn-paren', re: new RegExp(`^[(（]\\s*(${CN})\\s*[)）]`), starts: PAREN_CHARS },
  { style: 'arabic-paren', re: new RegExp(`^[(（]\\s*(${DIGITS})\\s*[)）]`), starts: PAREN_CHARS },
  // `1）` / `1)`: a half bracket reads as the same level as `(1)`.
  { style: 'arabic-paren', re: new RegExp(`^(${DIGITS})\\s*[)）]`), starts: DIGIT_CHARS },
  // `1.5亿元` is a number, not a marker: the delimiter must not be followed by a digit. A star between the number
  // and its dot (`1*.`, `2* .`) marks a task new or key, as 广州's and 杭州's plans do: the number is the same.
  { style: 'arabic-dot', re: new RegExp(`^(${DIGITS})\\s*(?:${TASK_MARK}\\s*)?([.．﹒])(?![0-9０-９])`), starts: DIGIT_CHARS },
  { style: 'arabic-dun', re: new RegExp(`^(${DIGITS})\\s*(?:${TASK_MARK}\\s*)?(、)`), starts: DIGIT_CHARS },
  // `1<tab>推进…`, `1　推进…`: Word's list numbers pasted as text keep the tab or ideographic space
  // and lose the dot. An ASCII space is not enough: `10 个街道` may start a wrapped line. A line with
  // more tabs in its text is a table row, which only a table's header makes one. Trailing blanks do
  // not count and text must follow: formatting drops trailing blanks, and must not make or unmake a
  // marker by doing so.
  { style: 'arabic-dot', re: new RegExp(`^(${DIGITS})()(?=\\t\\s*\\S(?:[^\\t]*\\S)?\\s*$|\\u3000\\s*\\S)`), starts: DIGIT_CHARS },
  { style: 'arabic-circled', re: new RegExp(`^([${CIRCLED}])`), starts: CIRCLED },
  // `⑴`…`⒇` and `⒈`…`⒛`: one character for `(1)` and `1.`, as Word's symbol numbering and some PDF
  // copies write them. They stand at the level of the two-character forms.
  { style: 'arabic-paren', re: new RegExp(`^([${PAREN_NUMBERS}])`), starts: PAREN_NUMBERS },
  { style: 'arabic-dot', re: new RegExp(`^([${DOT_NUMBERS}])()`), starts: DOT_NUMBERS },
];

/** `2.2023年…`: a marker whose text begins with a digit; only taken where the sequence expects it. */
const ARABIC_BEFORE_DIGIT = new RegExp(`^(${DIGITS})\\s*([.．﹒])(?=[0-9０-９])`);

export interface NumberedLine {
  readonly numbering: Numbering;
  /** Character index where the text after the marker (and its blanks) begins. */
  readonly textStart: number;
}

/** Characters a marker can begin with (every PATTERNS entry starts with one of them). */
const MARKER_START = new Uint8Array(0x10000);
for (const { starts } of PATTERNS) for (const c of starts) MARKER_START[c.charCodeAt(0)] = 1;

/** Recognises a numbering marker at `at` in `line`. */
export function readNumbering(line: string, lineNo: number, at: number): NumberedLine | null {
  // Most lines (wrapped text, fields) begin with no marker character: reject them before slicing.
  if (at >= line.length || !MARKER_START[line.charCodeAt(at)]) return null;
  const rest = line.slice(at);
  const first = line[at];
  for (const { style, re, starts } of PATTERNS) {
    if (!starts.includes(first)) continue;
    const m = re.exec(rest);
    if (!m) continue;
    const raw = m[1];
    const value =
      style === 'cn-dun' || style === 'cn-paren' || style === 'cn-di' || style === 'cn-tiao'
        ? chineseNumeral(raw)
        : singleCharNumber(raw) || parseInt(asciiDigits(raw), 10);
    if (!Number.isFinite(value)) continue;
    // An article is a task where its line states whom it falls to (`第一条 …（牵头单位：…）`, `…。牵头单位：…`,
    // `由X牵头，Y配合。`); one that does not heads items
    // (`第一条 推进…` / `1.…`) or is quoted in a task's text, and stays words, as it was.
    if (style === 'cn-tiao' && !ARTICLE_ROLES.test(rest)) continue;
    const marker = style === 'cn-di' || style === 'cn-tiao' ? m[0].replace(/[\s　:：、]+$/, '') : m[0];
    const fullWidth = /[（）．]/.test(marker);
    const delimiter = style === 'arabic-dot' || style === 'arabic-dun' || style === 'cn-di' || style === 'cn-dun' ? m[2] ?? '' : '';
    let textStart = at + marker.length;
    while (textStart < line.length && isBlankCode(line.charCodeAt(textStart))) textStart++;
    return { numbering: { style, value, marker: spanOf(lineNo, at, marker), fullWidth, delimiter }, textStart };
  }
  return readDecimalNumbering(line, lineNo, at, rest);
}

/**
 * `1.1 推进…`, `2.3、…`: outline numbers whose leading parts repeat the headings' numbers. The task's
 * number is the last part, and only it is the marker, so that a renumbering fix rewrites that part.
 * A blank or `、` must follow (`1.5亿元` starting a wrapped line is a decimal).
 */
const DECIMAL = /^((?:[0-9０-９]{1,3}[.．]){1,3})([0-9０-９]{1,3})(?=[ \t\u3000]+\S|、)/;

/**
 * A decimal number's level by its parts: `1.1` stands where `1.` does, `1.1.1` one level in (where `（1）`
 * does), `1.1.1.1` two (where `①` does). So `1.1 工业` / `1.1.1 建设…` nest as a heading and its items.
 */
/** Units a quantity is counted in (`1.5 亿元`, `2.3 万人`, `0.5 个百分点`): what no heading's words begin with. */
const QUANTITY_UNIT = /^(?:万|亿|千万|元|%|％|‰|吨|亩|个百分点|倍|平方|公里|千米|千瓦|兆瓦|立方)/;

const DECIMAL_STYLE: readonly NumberingStyle[] = ['arabic-dot', 'arabic-paren', 'arabic-circled'];

function readDecimalNumbering(line: string, lineNo: number, at: number, rest: string): NumberedLine | null {
  const m = DECIMAL.exec(rest);
  if (!m) return null;
  // `0.98 万人,…`: a PDF's wrap left a quantity (spaced from its unit, as pdftotext writes digits among Chinese
  // characters) at the start of a line. No outline number starts at 0 or counts 万 and 亿.
  if (/^[0０][.．]/.test(m[1])) return null;
  const start = at + m[1].length;
  let textStart = start + m[2].length;
  if (line[textStart] === '、') textStart++;
  while (textStart < line.length && isBlankCode(line.charCodeAt(textStart))) textStart++;
  if (QUANTITY_UNIT.test(line.slice(textStart, textStart + 4))) return null;
  let dots = 0;
  for (const c of m[1]) if (c === '.' || c === '．') dots++;
  const style = DECIMAL_STYLE[Math.min(dots, DECIMAL_STYLE.length) - 1];
  return {
    numbering: { style, value: parseInt(asciiDigits(m[2]), 10), marker: spanOf(lineNo, start, m[2]), fullWidth: false, delimiter: '', outline: asciiDigits(m[1]).replace(/．/g, '.') },
    textStart,
  };
}

/**
 * `2.2023年以上汽通用…` or `2.5G基站…`: read as task 2 only when 2 is the number the sequence expects
 * next (`expected`), since `1.5亿元…` at the start of a wrapped line is a decimal, not a marker.
 */
export function readNumberingBeforeDigit(line: string, lineNo: number, at: number, expected: number): NumberedLine | null {
  const m = ARABIC_BEFORE_DIGIT.exec(line.slice(at));
  if (!m || parseInt(asciiDigits(m[1]), 10) !== expected) return null;
  const marker = m[0];
  return {
    numbering: { style: 'arabic-dot', value: expected, marker: spanOf(lineNo, at, marker), fullWidth: marker.includes('．'), delimiter: m[2] },
    textStart: at + marker.length,
  };
}

export function toChinese(n: number): string {
  const d = '零一二三四五六七八九';
  if (n <= 0 || n >= 1000) return String(n);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const o = n % 10;
  let s = '';
  if (h) s += d[h] + '百';
  if (t) s += (t === 1 && !h ? '' : d[t]) + '十';
  else if (h && o) s += '零';
  if (o) s += d[o];
  return s;
}
