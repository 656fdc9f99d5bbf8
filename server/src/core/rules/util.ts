/** Small helpers shared by rules: ranges, markers, messages. */
import type { FengongDocument, Numbering, Range, Task, TextEdit } from '../model';
import type { Text } from './types';

export function t(zh: string, en: string): Text {
  return { zh, en };
}

export function lineEnd(doc: FengongDocument, line: number): number {
  return (doc.source.lines[line] ?? '').length;
}

/** The task's first line from its marker to the end of the line: where task diagnostics point. */
export function taskHeadRange(doc: FengongDocument, task: Task): Range {
  const start = task.numbering.marker.range.start;
  const end = lineEnd(doc, start.line);
  return { start, end: { line: start.line, character: Math.max(end, start.character) } };
}

const CN_DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五. */
export function chineseNumeral(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  if (n < 100) return CN_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  const units = ['', '十', '百', '千'];
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    const u = units[ds.length - 1 - i];
    if (d === 0) zero = true;
    else {
      if (zero && out) out += '零';
      zero = false;
      out += CN_DIGITS[d] + u;
    }
  });
  return out;
}

/** The number's own characters within a marker (`58` in `58.`, `二` in `(二)`), as a range. */
export function numberRangeOf(n: Numbering): { range: Range; chinese: boolean } | null {
  const text = n.marker.text;
  const m = /\d+/.exec(text) ?? /[零一二三四五六七八九十百千]+/.exec(text);
  if (!m) return null;
  const s = n.marker.range.start;
  return {
    range: { start: { line: s.line, character: s.character + m.index }, end: { line: s.line, character: s.character + m.index + m[0].length } },
    chinese: !/\d/.test(m[0]),
  };
}

/** An edit that rewrites a marker's number to `value` (keeping its style and punctuation). */
export function renumberEdit(n: Numbering, value: number): TextEdit | null {
  const r = numberRangeOf(n);
  if (!r) return null;
  return { range: r.range, newText: r.chinese ? chineseNumeral(value) : String(value) };
}

export function leadingIndent(line: string): string {
  return /^[ \t\u3000]*/.exec(line)![0];
}

export function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/** Offset of a position in a text, given its line starts. */
export function offsetAt(lineStarts: readonly number[], text: string, line: number, character: number): number {
  if (line >= lineStarts.length) return text.length;
  return Math.min(text.length, lineStarts[line] + character);
}

/**
 * Applies edits (non-overlapping) to the document's text and returns the new text. Used by tests
 * and by adapters that apply "fix all".
 */
export function applyEdits(doc: FengongDocument, edits: readonly TextEdit[]): string {
  const { text, lineStarts } = doc.source;
  const withOffsets = edits
    .map((e) => ({
      start: offsetAt(lineStarts, text, e.range.start.line, e.range.start.character),
      end: offsetAt(lineStarts, text, e.range.end.line, e.range.end.character),
      newText: e.newText,
    }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
