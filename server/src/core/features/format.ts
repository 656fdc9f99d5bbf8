/**
 * Formatting: full-width punctuation in field labels, field brackets and separators, no trailing
 * spaces, one indentation for the plan's structural lines. Never touches a task's own text (every
 * edit that would is dropped), and is idempotent.
 */
import type { FengongDocument, Field, Range, TextEdit } from '../model';
import { comparePositions } from '../model';
import { allSections, tasksOf } from './util';
import { matchingClose } from '../parse/text';

export interface FormatOptions {
  /** Only edits inside this range (range formatting). */
  readonly range?: Range;
  /** A Markdown draft: two trailing spaces are a line break there, and stay. */
  readonly markdown?: boolean;
}

const WS = /[ \t\u3000]/;

function strictlyOverlaps(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}

function within(r: Range, outer: Range): boolean {
  return comparePositions(outer.start, r.start) <= 0 && comparePositions(r.end, outer.end) <= 0;
}

function one(line: number, ch: number, newText: string): TextEdit {
  return { range: { start: { line, character: ch }, end: { line, character: ch + 1 } }, newText };
}

export function formatDocument(doc: FengongDocument, options: FormatOptions = {}): TextEdit[] {
  const lines = doc.source.lines;
  const edits: TextEdit[] = [];
  /** Edits that are kept together or dropped together (the two brackets of a group of fields). */
  const pairs = new Map<TextEdit, TextEdit>();
  const protectedRanges: Range[] = [];
  const tasks = tasksOf(doc);
  const sections = allSections(doc);

  const fieldEdits = (fields: readonly Field[]): void => {
    // Colons after labels, separators between fields, ASCII commas between unit groups.
    for (const f of fields) {
      const ln = f.label.range.end.line;
      const text = lines[ln] ?? '';
      if (f.value.range.start.line === ln) {
        for (let c = f.label.range.end.character; c < f.value.range.start.character && c < text.length; c++) {
          if (text[c] === ':' || text[c] === '∶') edits.push(one(ln, c, '：'));
        }
      }
      if (f.separatorBefore && f.separatorBefore.text !== '；') {
        const r = f.separatorBefore.range;
        if (r.start.line === r.end.line && r.end.character - r.start.character === 1) edits.push({ range: r, newText: '；' });
      }
      if (f.role !== 'deadline' && f.value.range.start.line === f.value.range.end.line) {
        const vl = f.value.range.start.line;
        const vt = lines[vl] ?? '';
        let depth = 0;
        for (let c = f.value.range.start.character; c < f.value.range.end.character; c++) {
          const ch = vt[c];
          if ('(（〈《〔['.includes(ch)) depth++;
          else if (')）〉》〕]'.includes(ch)) depth = Math.max(0, depth - 1);
          else if (ch === ',' && depth === 0) edits.push(one(vl, c, '，'));
        }
      }
    }
    // The bracket around a parenthesised group of fields.
    // A task may carry more than one (`…。(牵头单位:X)开展…。(牵头单位:Y)`): each opens before its first field.
    const opens = new Set<string>();
    for (const f of fields) {
      if (f.layout !== 'paren-line' && f.layout !== 'inline') continue;
      const ln = f.label.range.start.line;
      const text = lines[ln] ?? '';
      let c = f.label.range.start.character - 1;
      while (c >= 0 && WS.test(text[c])) c--;
      if (c < 0 || text[c] !== '(' || opens.has(`${ln}:${c}`)) continue;
      opens.add(`${ln}:${c}`);
      // The two brackets change together or not at all: a `(` made `（` before a `)` left ASCII (the
      // fields may close with something no field holds, `…,2024年6月底前完成)`) would be unbalanced.
      const close = matchingClose(text, c);
      if (close < 0 || text[close] !== ')') continue;
      const open = one(ln, c, '（');
      const shut = one(ln, close, '）');
      edits.push(open, shut);
      pairs.set(open, shut);
      pairs.set(shut, open);
    }
  };
  for (const t of tasks) {
    fieldEdits(t.fields);
    protectedRanges.push(t.text.range);
    for (const s of t.subItems) protectedRanges.push(s.text.range);
  }
  for (const s of sections) {
    fieldEdits(s.fields);
    protectedRanges.push(s.title.range);
  }

  // Indentation of structural lines: per kind of line (tasks, field lines, each heading level),
  // the document's most common indent for that kind, so a deliberate hierarchy of indents stays.
  const structural = new Map<number, string>();
  for (const t of tasks) {
    // A table's row is no indented line: a leading tab is its first cell, empty (a category merged over rows).
    if (t.numbering.cell) continue;
    structural.set(t.line, 'task');
    for (const f of t.fields) {
      const l = f.label.range.start.line;
      if ((f.layout === 'own-line' || f.layout === 'paren-line') && l !== t.line) structural.set(l, 'field');
    }
  }
  for (const s of sections) structural.set(s.headingRange.start.line, `section:${s.level}`);
  const indentOf = (l: number): string => (lines[l] ?? '').match(/^[ \t\u3000]*/)![0];
  const freq = new Map<string, Map<string, number>>();
  for (const [l, kind] of structural) {
    const m = freq.get(kind) ?? new Map<string, number>();
    freq.set(kind, m);
    m.set(indentOf(l), (m.get(indentOf(l)) ?? 0) + 1);
  }
  const usual = new Map<string, string>();
  for (const [kind, m] of freq) usual.set(kind, [...m.entries()].sort((a, b) => b[1] - a[1])[0][0]);
  for (const [l, kind] of structural) {
    const cur = indentOf(l);
    const want = usual.get(kind) ?? cur;
    if (cur !== want && (lines[l] ?? '').trim()) {
      edits.push({ range: { start: { line: l, character: 0 }, end: { line: l, character: cur.length } }, newText: want });
    }
  }

  // Trailing whitespace, everywhere.
  const taskLines = new Uint8Array(lines.length);
  for (const t of tasks) for (let l = t.range.start.line; l <= t.range.end.line && l < lines.length; l++) taskLines[l] = 1;
  const inTask = (l: number): boolean => taskLines[l] === 1;
  for (let l = 0; l < lines.length; l++) {
    const text = lines[l];
    const m = /[ \t\u3000]+$/.exec(text);
    if (!m) continue;
    if (options.markdown && m[0] === '  ' && m.index > 0) continue;
    // A row of a tab-separated table ending in tabs ends in empty cells (`…\t县住建局\t`: no 完成时限):
    // they are columns, not whitespace. So are a task's line's (`增长20%\t\t`, the rest of a cell a wrap cut, its
    // row's other cells empty): the tabs make it a row's line.
    if (m[0].includes('\t') && (text.lastIndexOf('\t', m.index - 1) >= 0 || inTask(l))) continue;
    // A whitespace-only line: its indent edit (if any) and this would collide; this one wins.
    edits.push({ range: { start: { line: l, character: m.index }, end: { line: l, character: text.length } }, newText: '' });
  }

  // Safety: nothing inside a task's text or a heading's title; no overlaps; inside the range.
  const byLine = new Map<number, Range[]>();
  for (const r of protectedRanges) {
    for (let l = r.start.line; l <= r.end.line; l++) {
      const list = byLine.get(l);
      if (list) list.push(r);
      else byLine.set(l, [r]);
    }
  }
  const isProtected = (e: TextEdit): boolean => {
    for (let l = e.range.start.line; l <= e.range.end.line; l++) {
      for (const r of byLine.get(l) ?? []) if (strictlyOverlaps(e.range, r)) return true;
    }
    return false;
  };
  const kept: TextEdit[] = [];
  edits.sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
  for (const e of edits) {
    if (isProtected(e)) continue;
    if (options.range && !within(e.range, options.range)) continue;
    const prev = kept[kept.length - 1];
    if (prev && comparePositions(prev.range.end, e.range.start) > 0) continue;
    if (prev && comparePositions(prev.range.start, e.range.start) === 0 && comparePositions(prev.range.end, e.range.end) === 0) continue;
    kept.push(e);
  }
  if (pairs.size === 0) return kept;
  const keptSet = new Set(kept);
  return kept.filter((e) => !pairs.has(e) || keptSet.has(pairs.get(e)!));
}
