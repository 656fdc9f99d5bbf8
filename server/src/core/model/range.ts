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
