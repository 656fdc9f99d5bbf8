import type { Deadline, Range } from '../model';
import { asciiDigits } from './text';
import { chineseNumeral } from './numbering';

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (1–12) of year `y`, Gregorian; years 0–99 read as 1900–1999, as `Date.UTC` does. */
export function daysInMonth(y: number, m: number): number {
  if (m !== 2) return MONTH_DAYS[m - 1];
  const year = y >= 0 && y <= 99 ? 1900 + y : y;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * A year as a date line writes it: four figures, ASCII or full-width (`2023`, `２０２３`), or four Chinese numerals
 * (`二〇二三`), where a web page's copy may type 〇 as a circle, a Latin O or a zero (`二○○七`, `二OO八`, `二00八`).
 */
export const WRITTEN_YEAR = '(?:[0-9０-９]{4}|[〇○零OoＯｏ0０一二三四五六七八九]{4})';

/** Full-width figures or the marks between them. */
const FULL_WIDTH_FIGURES = /[０-９．－]/;
/** A Latin O or a zero beside a Chinese numeral: most texts hold neither, and are read as they are. */
const LATIN_ZERO_BESIDE_NUMERAL = /[〇○零一二三四五六七八九][OoＯｏ0０]|[OoＯｏ0０][〇○零一二三四五六七八九]/;
/** A Chinese year with a Latin O or a zero typed for 〇 (`二OO八`, `二00八`) before its 年. */
const YEAR_WITH_LATIN_ZERO = /[〇○零一二三四五六七八九OoＯｏ0]{4}(?=\s*年)/g;

/**
 * A deadline's or a date's text as the patterns read it, character for character (so an index in one is an index
 * in the other): full-width figures and the marks between them in ASCII (`２０２３．６`, `２０２３－０６－３０`), and
 * a Latin O or a zero inside a Chinese year as 〇. The text as written is what the model keeps.
 */
export function forReading(s: string): string {
  const t = FULL_WIDTH_FIGURES.test(s) ? asciiDigits(s).replace(/[．－]/g, (c) => (c === '．' ? '.' : '-')) : s;
  if (!LATIN_ZERO_BESIDE_NUMERAL.test(t)) return t;
  return t.replace(YEAR_WITH_LATIN_ZERO, (y) => (/[一二三四五六七八九]/.test(y) ? y.replace(/[OoＯｏ0]/g, '〇') : y));
}

/** 〇/零 一 二 … as digits, for dates written 二〇二三年三月三日 (or with ○, a circle typed for 〇: 二○○七年). */
function cnDigitsToNumber(s: string): number {
  if (/^[〇○零一二三四五六七八九]{4}$/.test(s)) return Number([...s].map((c) => (c === '〇' || c === '○' || c === '零' ? 0 : chineseNumeral(c))).join(''));
  return chineseNumeral(s);
}

function num(s: string): number {
  const a = asciiDigits(s);
  return /^\d+$/.test(a) ? parseInt(a, 10) : cnDigitsToNumber(s);
}

const Y = '([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\\s*年';
const M = '([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*月';
const D = '([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*[日号]';

const FULL_DATE = new RegExp(`${Y}\\s*${M}\\s*${D}`);
const MONTH_DAY = new RegExp(`${M}\\s*${D}`);
const NUMERIC_DATE = /(\d{4})\s*[-./／]\s*(\d{1,2})\s*[-./／]\s*(\d{1,2})/;
const MONTH_END = new RegExp(`(?:${Y})?\\s*${M}\\s*(底|末|前|中旬|上旬|下旬|份)?`);
const QUARTER = /(?:([0-9]{4})\s*年)?\s*(?:第\s*)?([一二三四1-4])\s*季度/;
const HALF = /(?:([0-9]{4})\s*年)?\s*(上|下)半年/;
const YEAR_END = /(?:([0-9]{4})\s*年)?\s*(年底|年末|年内|底前|全年|年度)/;
const YEAR_END_WRITTEN = /([0-9]{4})\s*年\s*(?:底|末)/;
const YEAR_ONLY = /^([0-9]{4})\s*年\s*(前|内|底前)?$/;
/** A standing duty, or one that starts and runs on (`2024年起`): no date to check. */
const ONGOING = /长期|持续|常态|久久为功|逐年|每年|每季度|每月|按期|按时|按要求|年度内|分阶段|立即|即时|随时|立行立改|即知即改|年起$|年开始$|起实施$/;
/**
 * A time allowed from when the notice arrives, as 整改 lists give it: `3天`, `5个工作日内`, `一个月内完成`,
 * `收到通知后15日内`. There is no calendar date to check.
 */
const RELATIVE = /^(?:自?(?:收到|接到|印发|下发)[^，,；;。]{0,8}?(?:之日)?(?:起|后)\s*)?[0-9０-９一二三四五六七八九十两]+\s*(?:个\s*)?(?:工作日|天|日|周|星期|个月)(?:之?内)?(?:完成|整改到位|整改完成|办结)?$/;
/** A span or a list of deadlines: `2024年9月至12月`, `2023年12月-2024年6月`, `2024—2025年`, `6月、12月`. */
const SPAN = /^(.+?)\s*(?:至|到|~|～|—{1,2}|–|－|-|、)\s*(.+)$/;
const SPAN_SEPARATOR = /[至到~～—–－\-、]/;
/**
 * Stages, each with its own date: `2024年6月底前启动，12月底前完成`, `①3月底前，完成招标。②12月底前，主体完工。`.
 * The last stage that names a time is the deadline.
 */
const STAGE_BREAK = /[，,；;。]|[①②③④⑤⑥⑦⑧⑨⑩]/;
/** The circled numbers that mark stages. */
const CIRCLED = /[①②③④⑤⑥⑦⑧⑨⑩]/;
/** A year and a month in figures: `2024.6`, `2024-06`, `2024/6底`. */
const NUMERIC_MONTH = /^(\d{4})\s*[-./／]\s*(\d{1,2})\s*(?:月)?\s*(?:底|末|前|底前)?$/;

/**
 * A year named relative to the plan's: `明年6月底前` is next June, `明年底` the end of next year. A time must follow
 * (`文明年度` holds no 明年).
 */
const RELATIVE_YEAR = /(明年|次年|来年|翌年|后年)(?=\s*(?:[0-9０-９一二三四五六七八九十]|底|初|末|年底|上半年|下半年|第|春|夏|秋|冬|$))/;

/**
 * Reads a deadline. `planYear` fills in a year the text leaves out (`6月底`, `年底前`, `第三季度`).
 * The reported date is the last day the text allows. Anything unreadable stays as text.
 */
export function readDeadline(text: string, range: Range, planYear: number | null, fromPlan = true): Deadline {
  const t = forReading(text.trim());
  // A span or a list ends with its last part, which takes the first part's year when it has none.
  // (Short texts only: a deadline is a few words, and the parts are read one inside the other.)
  const span = t.length > 60 || !SPAN_SEPARATOR.test(t) || NUMERIC_DATE.test(t) ? null : SPAN.exec(t);
  if (span) {
    const first = readDeadline(span[1], range, planYear, fromPlan);
    const last = readDeadline(span[2], range, first.year ?? planYear, fromPlan && first.year === null);
    // An impossible date at either end (`2024年13月至12月`) makes the whole span one.
    if (!first.valid && last.kind !== 'unknown') return { ...first, text };
    // `2024—2026年`: the first year alone, its 年 shared with the last.
    const from = first.year ?? (/^[0-9０-９]{4}$/.test(span[1]) ? num(span[1]) : null);
    if (last.kind !== 'unknown') return from !== null && last.year !== null && from < last.year ? { ...last, text, fromYear: from } : { ...last, text };
  }
  // Stages end with the last one that names a time, which takes an earlier stage's year when it has none.
  // A longer text is split only where circled numbers mark its stages (`①3月底前,召开…。②5月底前,…。③6月底前,出台…`):
  // each stage then ends with the time it names first.
  const stages =
    t.length <= 80
      ? STAGE_BREAK.test(t) ? t.split(STAGE_BREAK).map((x) => x.trim()).filter((x) => x) : null
      : t.length <= 2000 && CIRCLED.test(t) ? t.split(CIRCLED).map((x) => x.trim()).filter((x) => x) : null;
  if (stages && stages.length > 1) {
    const first = readDeadline(stages[0], range, planYear, fromPlan);
    // An impossible date in any stage (`2月30日前出台，年内持续推进`) makes the whole deadline one.
    for (let k = 0; k < stages.length; k++) {
      const stage = k === 0 ? first : readDeadline(stages[k], range, first.year ?? planYear, fromPlan && first.year === null);
      if (!stage.valid) return { ...stage, text };
    }
    // A standing duty after a date (`2024年6月底前完成，长期坚持`) keeps the date: it is read below.
    for (let k = stages.length - 1; k > 0; k--) {
      const last = readDeadline(stages[k], range, first.year ?? planYear, fromPlan && first.year === null);
      if (last.kind !== 'unknown' && last.kind !== 'ongoing') return { ...last, text };
    }
  }
  // Read after splitting, so that each part counts from its own base year.
  const relative = planYear !== null ? RELATIVE_YEAR.exec(t) : null;
  if (relative && planYear !== null) planYear += relative[1] === '后年' ? 2 : 1;
  const mk = (kind: Deadline['kind'], y: number | null, m: number, d: number, valid = true): Deadline => {
    const read: Deadline = { text, range, kind, year: y, valid, date: y !== null && valid ? iso(y, m, d) : null };
    // Relative to the plan's year, not to a year the text writes before it (`2023年12月底前完成，次年1月验收`).
    return relative && fromPlan ? { ...read, relative: true } : read;
  };

  let m = FULL_DATE.exec(t);
  if (m) {
    const y = num(m[1]);
    const mo = num(m[2]);
    const d = num(m[3]);
    return mk('date', y, mo, d, isValidDate(y, mo, d));
  }
  m = NUMERIC_DATE.exec(t);
  if (m) {
    const y = +m[1];
    const mo = +m[2];
    const d = +m[3];
    return mk('date', y, mo, d, isValidDate(y, mo, d));
  }
  m = NUMERIC_MONTH.exec(t);
  if (m) {
    const y = +m[1];
    const mo = +m[2];
    return mo >= 1 && mo <= 12 ? mk('month-end', y, mo, daysInMonth(y, mo)) : mk('month-end', y, 1, 1, false);
  }
  m = MONTH_DAY.exec(t);
  if (m) {
    // `6月30日前`: the plan's year is implied.
    const mo = num(m[1]);
    const d = num(m[2]);
    return mk('date', planYear, mo, d, isValidDate(planYear ?? 2000, mo, d));
  }
  m = QUARTER.exec(t);
  if (m) {
    const y = m[1] ? +m[1] : planYear;
    const q = /\d/.test(m[2]) ? +m[2] : chineseNumeral(m[2]);
    return mk('quarter', y, q * 3, daysInMonth(y ?? 2001, q * 3));
  }
  m = HALF.exec(t);
  if (m) {
    const y = m[1] ? +m[1] : planYear;
    return m[2] === '上' ? mk('half-year', y, 6, 30) : mk('half-year', y, 12, 31);
  }
  m = MONTH_END.exec(t);
  if (m && m[2]) {
    const y = m[1] ? num(m[1]) : planYear;
    const mo = num(m[2]);
    const valid = mo >= 1 && mo <= 12;
    if (!valid) return mk('month-end', y, 1, 1, false);
    // 6月底, 6月前, 6月 all allow the whole month; 上旬/中旬 end earlier.
    const day = m[3] === '上旬' ? 10 : m[3] === '中旬' ? 20 : daysInMonth(y ?? 2001, mo);
    return mk('month-end', y, mo, day);
  }
  // `2026年底` (no 前): the year written is the year (YEAR_END would find `年底` alone and take the plan's).
  m = YEAR_END_WRITTEN.exec(t);
  if (m) return mk('year-end', +m[1], 12, 31);
  m = YEAR_END.exec(t);
  if (m) {
    const y = m[1] ? +m[1] : planYear;
    return mk('year-end', y, 12, 31);
  }
  m = YEAR_ONLY.exec(t);
  if (m) return mk('year-end', +m[1], 12, 31);
  if (ONGOING.test(t)) return { text, range, kind: 'ongoing', year: null, date: null, valid: true };
  if (RELATIVE.test(t)) return { text, range, kind: 'relative', year: null, date: null, valid: true };
  return { text, range, kind: 'unknown', year: null, date: null, valid: true };
}

/** A date written anywhere in prose (成文日期, the notice's date line): ISO or null. */
export function readDate(written: string): string | null {
  const text = forReading(written);
  const m = FULL_DATE.exec(text);
  if (m) {
    const y = num(m[1]);
    const mo = num(m[2]);
    const d = num(m[3]);
    return isValidDate(y, mo, d) ? iso(y, mo, d) : null;
  }
  const n = NUMERIC_DATE.exec(text);
  if (n && isValidDate(+n[1], +n[2], +n[3])) return iso(+n[1], +n[2], +n[3]);
  return null;
}
