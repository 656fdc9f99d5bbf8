/** Code actions: the rules' own fixes, and the renumbering refactorings. */
import type { Diagnostic, FengongDocument, Range, TextEdit } from '../model';
import { comparePositions } from '../model';
import { levelAt, renumberLevel, renumberPlan } from './renumber';

export interface Action {
  readonly title: string;
  readonly kind: 'quickfix' | 'refactor.rewrite' | 'source.fixAll';
  readonly edits: readonly TextEdit[];
  /** The diagnostics this action resolves. */
  readonly diagnostics: readonly Diagnostic[];
  readonly preferred?: boolean;
}

function overlaps(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

/** Every preferred (or only) fix whose edits do not overlap another's. */
function combinePreferred(diagnostics: readonly Diagnostic[]): { edits: TextEdit[]; fixed: Diagnostic[] } {
  const edits: TextEdit[] = [];
  const fixed: Diagnostic[] = [];
  for (const d of diagnostics) {
    const f = (d.fixes ?? []).find((x) => x.preferred) ?? (d.fixes?.length === 1 ? d.fixes[0] : undefined);
    if (!f) continue;
    if (f.edits.some((e) => edits.some((x) => overlaps(x.range, e.range)))) continue;
    edits.push(...f.edits);
    fixed.push(d);
  }
  return { edits, fixed };
}

const LEVEL_NAME: Record<string, string> = { task: '任务', part: '部分', chapter: '章节', group: '组' };

/**
 * @param diagnostics the document's diagnostics (from the rules, with their fixes); those touching
 *        `range` contribute their quick fixes.
 * @param only restrict to these kinds (LSP `context.only`), prefix-matched.
 */
export function codeActions(
  doc: FengongDocument,
  range: Range,
  diagnostics: readonly Diagnostic[],
  only?: readonly string[],
): Action[] {
  const want = (k: string): boolean => !only || only.length === 0 || only.some((o) => k === o || k.startsWith(o + '.') || o.startsWith(k));
  const out: Action[] = [];
  if (want('quickfix')) {
    for (const d of diagnostics) {
      if (!overlaps(d.range, range)) continue;
      for (const f of d.fixes ?? []) {
        out.push({ title: f.title, kind: 'quickfix', edits: f.edits, diagnostics: [d], preferred: f.preferred });
      }
    }
  }
  if (want('quickfix')) {
    // For a rule under the cursor with several fixable diagnostics: fix them all at once.
    const rules = new Set(diagnostics.filter((d) => overlaps(d.range, range) && d.fixes?.length).map((d) => d.rule));
    for (const rule of rules) {
      const { edits, fixed } = combinePreferred(diagnostics.filter((d) => d.rule === rule));
      if (fixed.length >= 2) out.push({ title: `修复本文件全部 ${rule}（${fixed.length} 处）(Fix all ${rule} problems)`, kind: 'quickfix', edits, diagnostics: fixed });
    }
  }
  if (want('source.fixAll')) {
    const { edits, fixed } = combinePreferred(diagnostics);
    if (edits.length && only?.some((o) => o.startsWith('source'))) {
      out.push({ title: '修复全部 (Fix all Fengong problems)', kind: 'source.fixAll', edits, diagnostics: fixed });
    }
  }
  if (want('refactor.rewrite') && doc.plan) {
    const level = levelAt(doc, range.start);
    if (level) {
      const edits = renumberLevel(doc, range.start) ?? [];
      if (edits.length) {
        out.push({ title: `重新编号本级${LEVEL_NAME[level.kind] ?? ''} (Renumber this level)`, kind: 'refactor.rewrite', edits, diagnostics: [] });
      }
    }
    const all = renumberPlan(doc);
    if (all.length) out.push({ title: '重新编号整个方案 (Renumber the plan)', kind: 'refactor.rewrite', edits: all, diagnostics: [] });
  }
  return out;
}
