/** Small helpers shared by rules: ranges, markers, messages. */
import type { Deadline, FengongDocument, Numbering, Range, Task, TextEdit } from '../model';
import type { Text } from './types';

export function t(zh: string, en: string): Text {
  return { zh, en };
}

export function lineEnd(doc: FengongDocument, line: number): number {
  return (doc.source.lines[line] ?? '').length;
}

/** The task's first line from its marker to the end of the line: where task diagnostics point. */
/**
 * Where a diagnostic about a whole task sits: its marker and the first line of its text, not the
 * fields written inline after it (those have ranges of their own).
 */
export function taskHeadRange(doc: FengongDocument, task: Task): Range {
  const start = task.numbering.marker.range.start;
  const text = task.text.range;
  const end =
    text.start.line === start.line && text.end.line === start.line && text.end.character > start.character
      ? text.end.character
      : headLineEnd(doc, start.line);
  return { start, end: { line: start.line, character: Math.max(end, start.character) } };
}

/** A task's first line without the blanks closing it, nor the bar a table copied a cell per line closes a cell with (`3 |`). */
function headLineEnd(doc: FengongDocument, line: number): number {
  const text = doc.source.lines[line] ?? '';
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  if (end > 0 && (text[end - 1] === '|' || text[end - 1] === '｜')) {
    let k = end - 1;
    while (k > 0 && /\s/.test(text[k - 1])) k--;
    // A line of the bar alone keeps it: something must be underlined.
    if (k > 0) end = k;
  }
  return end === 0 ? text.length : end;
}

/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五: the parser's own numeral writer. */
import { citedNumber, toChinese } from '../parse/numbering';

export const chineseNumeral = toChinese;

/** The number's own characters within a marker (`58` in `58.`, `二` in `(二)`), as a range. */
export function numberRangeOf(n: Numbering): { range: Range; chinese: boolean; fullWidth: boolean } | null {
  const text = n.marker.text;
  const m = /[0-9０-９]+/.exec(text) ?? /[零一二三四五六七八九十百千]+/.exec(text);
  if (!m) return null;
  const s = n.marker.range.start;
  return {
    range: { start: { line: s.line, character: s.character + m.index }, end: { line: s.line, character: s.character + m.index + m[0].length } },
    chinese: !/[0-9０-９]/.test(m[0]),
    fullWidth: /[０-９]/.test(m[0]),
  };
}

/** An edit that rewrites a marker's number to `value` (keeping its style and punctuation). */
export function renumberEdit(n: Numbering, value: number): TextEdit | null {
  const r = numberRangeOf(n);
  if (!r) return null;
  // A number in full-width figures (`１２．`) is rewritten in full-width figures.
  const figures = r.fullWidth ? String(value).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : String(value);
  return { range: r.range, newText: r.chinese ? chineseNumeral(value) : figures };
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

/**
 * A task's number as a message cites it: as written (`12`, `（三）`), or, for a task whose list numbers
 * nothing (a table without 序号, `●` bullets), its place in its list.
 */
export function taskNumber(task: Task): string {
  // `第三条`: the messages say `第三项任务`, not `第第三条项任务`.
  if (task.numbering.style === 'cn-tiao') return chineseNumeral(task.numbering.value);
  return task.numbering.implicit ? String(task.numbering.value) : citedNumber(task.numbering.marker.text);
}

/**
 * Each deadline a task's fields state, the task's own first: a row with a second line of work under its merged 序号
 * (`开工建设老年大学。` / `12月底前`) states one more, which is checked as the first is.
 */
export function deadlinesOf(task: Task): Deadline[] {
  const out: Deadline[] = [];
  for (const f of task.fields) if (f.role === 'deadline' && f.deadline) out.push(f.deadline);
  return out;
}
