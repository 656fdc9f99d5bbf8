/** Folding: the metadata block, the notice body, the plan, every section and every multi-line task. */
import type { FengongDocument, Range } from '../model';
import { allSections, tasksOf } from './util';

export interface Fold {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind?: 'region' | 'comment';
}

/** The last line that is not blank inside a range, so folds do not swallow the gap before the next heading. */
function lastContentLine(lines: readonly string[], r: Range): number {
  let end = r.end.line;
  if (end > r.start.line && r.end.character === 0) end--;
  while (end > r.start.line && !(lines[end] ?? '').trim()) end--;
  return end;
}

export function foldingRanges(doc: FengongDocument): Fold[] {
  const lines = doc.source.lines;
  const out: Fold[] = [];
  const add = (r: Range | null | undefined, kind?: Fold['kind']): void => {
    if (!r) return;
    const end = lastContentLine(lines, r);
    if (end > r.start.line) out.push(kind ? { startLine: r.start.line, endLine: end, kind } : { startLine: r.start.line, endLine: end });
  };
  add(doc.metadata.range, 'comment');
  if (doc.notice) {
    // The body: from the title (or first paragraph) to the signature date, before the plan starts.
    const n = doc.notice;
    const start = n.title?.range.start.line ?? n.paragraphs[0]?.range.start.line ?? n.range.start.line;
    const r: Range = { start: { line: start, character: 0 }, end: n.range.end };
    add(r);
  }
  for (const plan of doc.plans) add(plan.range);
  for (const s of allSections(doc)) add(s.range);
  for (const t of tasksOf(doc)) add(t.range);
  for (const a of doc.appendices) add(a.range);
  // One fold per start line (the outermost wins), sorted.
  const byStart = new Map<number, Fold>();
  for (const f of out) {
    const prev = byStart.get(f.startLine);
    if (!prev || prev.endLine < f.endLine) byStart.set(f.startLine, f);
  }
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}
