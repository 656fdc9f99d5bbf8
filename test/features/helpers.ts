import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/core/parse';
import type { FengongDocument, Position, TextEdit } from '../../server/src/core/model';

export const SEEDS = {
  daxing: '000_bb9545a5710306fa.txt',
  caidian: '001_f25d7ef47833415f.txt',
  report: '002_21ef4edaad49e63b.txt',
  jiangxia: '003_e6966e7ac26a54e2.txt',
  yanqing: '004_c4f1182ef43108cd.txt',
} as const;

export function seedText(name: keyof typeof SEEDS): string {
  return readFileSync(path.join(__dirname, '..', '..', 'seeds', SEEDS[name]), 'utf8');
}

const parsed = new Map<string, FengongDocument>();
export function seed(name: keyof typeof SEEDS): FengongDocument {
  let d = parsed.get(name);
  if (!d) parsed.set(name, (d = parseDocument(seedText(name))));
  return d;
}

/** Applies LSP-style edits to the document's text (lines joined by the document's own EOL). */
export function applyEdits(doc: FengongDocument, edits: readonly TextEdit[]): string {
  const lines = [...doc.source.lines];
  const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
  for (const e of sorted) {
    const { start, end } = e.range;
    const before = lines[start.line].slice(0, start.character);
    const after = lines[end.line].slice(end.character);
    const repl = (before + e.newText + after).split('\n');
    lines.splice(start.line, end.line - start.line + 1, ...repl);
  }
  return lines.join(doc.source.eol);
}

/** Position of the n-th (0-based) occurrence of `needle` in the document, offset by `delta` characters. */
export function find(doc: FengongDocument, needle: string, nth = 0, delta = 0): Position {
  let count = 0;
  for (let l = 0; l < doc.source.lines.length; l++) {
    let from = 0;
    for (;;) {
      const i = doc.source.lines[l].indexOf(needle, from);
      if (i < 0) break;
      if (count++ === nth) return { line: l, character: i + delta };
      from = i + 1;
    }
  }
  throw new Error(`not found: ${needle} #${nth}`);
}

export { parseDocument };
