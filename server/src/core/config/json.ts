/** Reads JSON with comments (as VS Code's own settings files allow), reporting where a syntax error is. */
import type { Range } from '../model';

export interface JsonResult {
  readonly value: unknown;
  readonly error: { readonly message: string; readonly range: Range } | null;
}

/** Replaces `//` and `/* *\/` comments (outside strings) by spaces, so offsets stay the same. */
export function stripJsonComments(text: string): string {
  let out = '';
  let i = 0;
  let inString = false;
  while (i < text.length) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\' && i + 1 < text.length) {
        out += text[i + 1];
        i += 2;
        continue;
      }
      if (c === '"') inString = false;
      i++;
    } else if (c === '"') {
      inString = true;
      out += c;
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') {
        out += ' ';
        i++;
      }
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (; i < stop; i++) out += text[i] === '\n' || text[i] === '\r' ? text[i] : ' ';
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return { line, character: Math.max(0, offset - start) };
}

export function parseJsonc(raw: string): JsonResult {
  const text = raw.replace(/^\uFEFF/, '');
  const clean = stripJsonComments(text);
  if (clean.trim() === '') {
    const p = { line: 0, character: 0 };
    return { value: undefined, error: { message: 'empty file', range: { start: p, end: p } } };
  }
  try {
    return { value: JSON.parse(clean), error: null };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(message);
    const offset = m ? Number(m[1]) : clean.length;
    const p = positionAt(text, offset);
    return { value: undefined, error: { message, range: { start: p, end: p } } };
  }
}

/** Best-effort location of a key path (`rules.numbering-gap`) in the JSON text, for problem ranges. */
export function locateKey(text: string, path: readonly (string | number)[]): Range | null {
  const key = [...path].reverse().find((k): k is string => typeof k === 'string');
  if (key === undefined) return null;
  const idx = text.indexOf(`"${key}"`);
  if (idx < 0) return null;
  const start = positionAt(text, idx);
  return { start, end: { line: start.line, character: start.character + key.length + 2 } };
}
