/**
 * Positions and ranges exactly as LSP defines them: 0-based lines, characters counted in
 * UTF-16 code units (which is what a JavaScript string index is). The core never imports
 * LSP types; these are structurally identical so adapters pass them through unchanged.
 */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A piece of the source text with where it sits. */
export interface Span {
  readonly text: string;
  readonly range: Range;
}

export function pos(line: number, character: number): Position {
  return { line, character };
}

export function range(line: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line, character: startChar }, end: { line: endLine, character: endChar } };
}

/** A range within one line. */
export function lineRange(line: number, startChar: number, endChar: number): Range {
  return range(line, startChar, line, endChar);
}

export function comparePositions(a: Position, b: Position): number {
  return a.line !== b.line ? a.line - b.line : a.character - b.character;
}

export function containsPosition(r: Range, p: Position): boolean {
  return comparePositions(r.start, p) <= 0 && comparePositions(p, r.end) <= 0;
}

export function spanOf(line: number, startChar: number, text: string): Span {
  return { text, range: lineRange(line, startChar, startChar + text.length) };
}

/**
 * Whether `span` is written whole where its range lies: the text there, line breaks and blanks aside, is the span's
 * text. A name a table's cell wrapped (`区农业` / `农村局`, the row's other cells between) is not: an edit of its range
 * would take those cells with it.
 */
export function isWrittenWhole(lines: readonly string[], span: Span): boolean {
  const { start, end } = span.range;
  if (start.line === end.line) return true;
  let text = (lines[start.line] ?? '').slice(start.character);
  for (let l = start.line + 1; l < end.line; l++) text += lines[l] ?? '';
  text += (lines[end.line] ?? '').slice(0, end.character);
  return text.replace(/\s+/g, '') === span.text.replace(/\s+/g, '');
}
