/** Where and how to insert a missing field in the document's own layout (a fix never touches task text). */
import type { Field, Task, TextEdit } from '../model';
import type { RequiredRole } from '../config';
import type { Analysis } from './analysis';
import { leadingIndent } from './util';

const ROLE_ORDER: Record<string, number> = { leaders: 0, leadUnits: 1, groupLead: 1, units: 2, deadline: 3 };

function isParenLayout(f: Field): boolean {
  return f.layout === 'inline' || f.layout === 'paren-line';
}

/** Whether two analyses agree on everything `insertFieldEdit` reads outside the task. */
export function sameFieldLayout(prev: Analysis, next: Analysis, role: RequiredRole): boolean {
  const a = prev.plan?.conventions;
  const b = next.plan?.conventions;
  return (
    prev.eol === next.eol &&
    prev.labelFor(role) === next.labelFor(role) &&
    prev.colon() === next.colon() &&
    a?.fullWidth === b?.fullWidth &&
    a?.fieldSeparator === b?.fieldSeparator &&
    a?.fieldLayout === b?.fieldLayout &&
    prev.blankSeparated === next.blankSeparated &&
    String(fieldBrackets(prev, prev.doc.source.lines)) === String(fieldBrackets(next, next.doc.source.lines))
  );
}

const CLOSING: Record<string, string> = { '(': ')', '（': '）', '〔': '〕', '[': ']', '【': '】', '［': '］' };

/** The brackets the plan's tasks put round their fields (`〔责任单位：…〕`, `[牵头单位:…]`), from the first that has them. */
function fieldBrackets(a: Analysis, lines: readonly string[]): [string, string] | null {
  const tasks = a.plan?.tasks ?? [];
  for (let k = 0; k < tasks.length && k < 50; k++) {
    const f = tasks[k].fields[0];
    if (!f || !isParenLayout(f)) continue;
    const line = lines[f.label.range.start.line] ?? '';
    let at = f.label.range.start.character - 1;
    while (at >= 0 && (line[at] === ' ' || line[at] === '\u3000' || line[at] === '\t')) at--;
    const close = CLOSING[line[at] ?? ''];
    if (close) return [line[at], close];
  }
  return null;
}

export function insertFieldEdit(a: Analysis, task: Task, role: RequiredRole, value: string): TextEdit | null {
  const doc = a.doc;
  const lines = doc.source.lines;
  const eol = a.eol;
  const label = a.labelFor(role);
  const colon = a.colon();
  const fullWidth = a.plan?.conventions.fullWidth ?? false;
  const sep = a.plan?.conventions.fieldSeparator || (fullWidth ? '；' : ';');
  const fieldText = `${label}${colon}${value}`;
  const fields = task.fields.filter((f) => f.role !== 'groupLead');
  const order = ROLE_ORDER[role];
  const after = fields.find((f) => ROLE_ORDER[f.role] > order);
  const last = fields[fields.length - 1];

  // A table row (even one with every field cell empty), roles in prose, or a stated convention: no
  // layout to insert a field into safely.
  const layoutOf = fields.length ? fields[0].layout : a.plan?.conventions.fieldLayout ?? 'own-line';
  if (layoutOf === 'table' || layoutOf === 'prose' || layoutOf === 'convention' || task.numbering.cell) return null;
  if (fields.length && fields.every(isParenLayout)) {
    if (after) return { range: { start: after.label.range.start, end: after.label.range.start }, newText: `${fieldText}${sep}` };
    const end = last.range.end;
    return { range: { start: end, end }, newText: `${sep}${fieldText}` };
  }
  const blank = a.blankSeparated ? eol : '';
  if (fields.length) {
    if (after) {
      const line = after.range.start.line;
      const indent = leadingIndent(lines[line] ?? '');
      const start = { line, character: 0 };
      return { range: { start, end: start }, newText: `${indent}${fieldText}${eol}${blank}` };
    }
    const line = last.range.end.line;
    const end = { line, character: (lines[line] ?? '').length };
    const indent = leadingIndent(lines[last.range.start.line] ?? '');
    return { range: { start: end, end }, newText: `${eol}${blank}${indent}${fieldText}` };
  }
  const layout = a.plan?.conventions.fieldLayout ?? 'own-line';
  const [open, close] = fieldBrackets(a, lines) ?? (fullWidth ? ['（', '）'] : ['(', ')']);
  if (layout === 'inline') {
    const line = task.line;
    const end = { line, character: (lines[line] ?? '').replace(/[ \t\u3000]+$/, '').length };
    return { range: { start: end, end }, newText: `${open}${fieldText}${close}` };
  }
  const line = task.range.end.line;
  const end = { line, character: (lines[line] ?? '').length };
  const indent = leadingIndent(lines[task.line] ?? '');
  const body = layout === 'paren-line' ? `${open}${fieldText}${close}` : fieldText;
  return { range: { start: end, end }, newText: `${eol}${blank}${indent}${body}` };
}
