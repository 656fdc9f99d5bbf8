/** The 落款: an issuing office's line, then a date line, closing a notice. */
import { isPageTrailer } from './pageTrailer';
import type { Span } from '../model';
import { spanOf } from '../model';
import { contentOf, isCloseParen, isOpenParen } from './text';
import { WRITTEN_YEAR } from './deadline';

export const DATE_LINE = new RegExp(`^${WRITTEN_YEAR}\\s*年\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*月\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*日$`);

export const SIGNATURE = /(办公室|人民政府|政府|委员会|办|局|委|厅)$/;

/** An issuing office's line: short, ending as an office does, no clause in it. */
export function isIssuerLine(text: string): boolean {
  return text.length <= 30 && SIGNATURE.test(text) && !/[，,。；;：:、]/.test(text);
}

/**
 * A 落款 (an issuer line, then a date line) among lines [from, to): the date of a notice whose title
 * a web page shows outside the text, so that the copy opens with the addressee.
 */
export function findSignature(lines: readonly string[], from: number, to: number): { issuer: Span; date: Span } | null {
  for (let d = from + 1; d < to; d++) {
    const dc = contentOf(lines, d);
    if (!DATE_LINE.test(dc.text)) continue;
    let s = d - 1;
    while (s > from && contentOf(lines, s).text === '') s--;
    const sc = contentOf(lines, s);
    if (isIssuerLine(sc.text)) return { issuer: spanOf(s, sc.start, sc.text), date: spanOf(d, dc.start, dc.text) };
  }
  return null;
}

/**
 * The 落款 that closes a notice whose plan is written inside it: an issuer line (`区人民政府办公室`)
 * then a date line, as the last non-blank lines, both after `after` (the last line of the last task).
 */
export function readClosingSignature(lines: readonly string[], after: number): { issuer: Span; date: Span } | null {
  let d = lines.length - 1;
  // A page's trailer after the 落款 (`打印本页 关闭窗口`) is no part of it.
  while (d > after && (contentOf(lines, d).text === '' || isPageTrailer(lines[d]))) d--;
  if (d <= after) return null;
  const dc = contentOf(lines, d);
  if (!DATE_LINE.test(dc.text)) return null;
  let s = d - 1;
  while (s > after && contentOf(lines, s).text === '') s--;
  if (s <= after) return null;
  const sc = contentOf(lines, s);
  if (!isIssuerLine(sc.text)) return null;
  return { issuer: spanOf(s, sc.start, sc.text), date: spanOf(d, dc.start, dc.text) };
}

/** The date in a line that is only a date in brackets (`（2008年2月26日）`, `(二OO八年二月二十六日)`); else null. */
export function bracketedDate(text: string): string | null {
  if (text.length < 8 || !isOpenParen(text[0]) || !isCloseParen(text[text.length - 1])) return null;
  const inner = text.slice(1, -1).trim();
  return DATE_LINE.test(inner) ? inner : null;
}

/**
 * A date in brackets on a line of its own among lines [from, to): a copy that begins below the notice's title
 * keeps the date the page printed under it (`(二OO八年二月二十六日)` / `宝府办〔2008〕18号`).
 */
export function findHeadDate(lines: readonly string[], from: number, to: number): Span | null {
  for (let i = from; i < to; i++) {
    const c = contentOf(lines, i);
    const date = c.text ? bracketedDate(c.text) : null;
    if (date) return spanOf(i, c.start + c.text.indexOf(date), date);
  }
  return null;
}
