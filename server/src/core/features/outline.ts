/** documentSymbol: notice → plan → parts → chapters → groups → tasks. */
import { comparePositions, type CancellationToken, type FengongDocument, type Range, type Section, type Task } from '../model';
import { firstWords, isCancelled, sectionLabel } from './util';

export type OutlineKind = 'notice' | 'plan' | 'part' | 'chapter' | 'group' | 'task' | 'appendix';

export interface OutlineSymbol {
  readonly name: string;
  readonly detail: string;
  readonly kind: OutlineKind;
  readonly range: Range;
  readonly selectionRange: Range;
  readonly children: OutlineSymbol[];
}

export function taskSymbol(t: Task): OutlineSymbol {
  // The lead unit; else the leader; else (a task carrying only 责任单位) its units.
  const lead =
    t.leadUnits.map((u) => u.name).join('、') || t.leaders.map((u) => u.name).join('、') || t.units.map((u) => u.name).join('、');
  return {
    name: `${t.numbering.marker.text.trim()} ${firstWords(t.text.text)}`.trim(),
    detail: lead,
    kind: 'task',
    range: t.range,
    selectionRange: t.numbering.marker.range,
    children: [],
  };
}

function sectionSymbol(s: Section, token?: CancellationToken): OutlineSymbol {
  const children: OutlineSymbol[] = [];
  for (const c of s.children) {
    if (isCancelled(token)) break;
    children.push(c.type === 'task' ? taskSymbol(c) : sectionSymbol(c, token));
  }
  const lead = s.fields.filter((f) => f.role === 'groupLead' || f.role === 'leadUnits').flatMap((f) => f.names.map((n) => n.name));
  return {
    name: firstWords(sectionLabel(s), 40),
    detail: lead.join('、'),
    kind: s.level,
    range: s.range,
    selectionRange: s.headingRange,
    children,
  };
}

/** LSP requires selectionRange ⊆ range and children ⊆ parent; repair anything the model leaves loose. */
function clampSelection(sym: OutlineSymbol): OutlineSymbol {
  const inside = (r: Range, outer: Range): boolean =>
    comparePositions(outer.start, r.start) <= 0 && comparePositions(r.end, outer.end) <= 0;
  let range = sym.range;
  const children = sym.children.map(clampSelection);
  for (const c of children) {
    if (comparePositions(c.range.start, range.start) < 0) range = { start: c.range.start, end: range.end };
    if (comparePositions(c.range.end, range.end) > 0) range = { start: range.start, end: c.range.end };
  }
  if (!inside(sym.selectionRange, range)) {
    if (comparePositions(sym.selectionRange.start, range.start) < 0) range = { start: sym.selectionRange.start, end: range.end };
    if (comparePositions(sym.selectionRange.end, range.end) > 0) range = { start: range.start, end: sym.selectionRange.end };
  }
  return { ...sym, range, children };
}

export function documentSymbols(doc: FengongDocument, token?: CancellationToken): OutlineSymbol[] {
  const out: OutlineSymbol[] = [];
  if (doc.notice && doc.notice.title) {
    out.push({
      name: firstWords(doc.notice.titleText, 40),
      detail: doc.metadata.docNumber?.text ?? '',
      kind: 'notice',
      range: doc.notice.range,
      selectionRange: doc.notice.title.range,
      children: [],
    });
  }
  for (const plan of doc.plans) {
    const children = plan.children.map((c) => (c.type === 'task' ? taskSymbol(c) : sectionSymbol(c, token)));
    const titleSpan = plan.title[0];
    if (titleSpan) {
      out.push({
        name: firstWords(plan.titleText || titleSpan.text, 40),
        detail: `${plan.tasks.length} 项任务`,
        kind: 'plan',
        range: plan.range,
        selectionRange: titleSpan.range,
        children,
      });
    } else {
      out.push(...children);
    }
  }
  for (const a of doc.appendices) {
    out.push({ name: firstWords(a.title.text, 40), detail: '', kind: 'appendix', range: a.range, selectionRange: a.title.range, children: [] });
  }
  return out.map(clampSelection);
}
