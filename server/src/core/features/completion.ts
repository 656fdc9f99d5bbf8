/**
 * Completion: unit and leader names inside a field value, deadlines inside a deadline field,
 * field labels and a whole "next task" block at the start of a line — in the document's own layout.
 */
import { LABEL_ROLES } from '../parse/labels';
import type { FengongDocument, FieldRole, Position, Range, Task } from '../model';
import { EMPTY_DIRECTORY, type UnitDirectory } from './units';
import { nameOccurrences, numeralFor, numeralRange, planAt, tasksOf, uniq } from './util';

export type CompletionKind = 'unit' | 'leader' | 'label' | 'task' | 'deadline';

export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  readonly documentation?: string;
  /** Text to insert; a snippet (with $1 placeholders) when `snippet` is true. */
  readonly insertText: string;
  readonly snippet: boolean;
  readonly range: Range;
  readonly sortText?: string;
  readonly filterText?: string;
}

export interface CompletionOptions {
  readonly directory?: UnitDirectory;
  readonly today?: string;
}

export const LABELS: Record<Exclude<FieldRole, 'groupLead'>, readonly string[]> = {
  leaders: ['牵头领导', '责任领导', '分管领导', '牵头区领导'],
  leadUnits: ['牵头单位', '主要责任单位', '责任牵头单位'],
  units: ['责任单位', '配合单位', '协办单位', '参与单位', '实施单位'],
  deadline: ['完成时限', '完成时间', '时间节点', '完成时间节点'],
};
/** The labels completion offers to insert (a curated list), longest first. */
const ALL_LABELS: [string, FieldRole][] = [
  ['总牵头单位', 'groupLead'],
  ...(Object.entries(LABELS) as [FieldRole, readonly string[]][]).flatMap(([role, ls]) => ls.map((l): [string, FieldRole] => [l, role])),
].sort((a, b) => b[0].length - a[0].length) as [string, FieldRole][];

// Recognising a label before the cursor uses the parser's own table (longest first), so every label
// the parser reads also completes; LABELS above is only what completion offers to insert.
const LABEL_AT_END = new RegExp(`(${[...LABEL_ROLES.keys()].join('|')})\\s*[:：]([^;；)）:：]*)$`);

function snippetEscape(s: string): string {
  return s.replace(/[\\$}]/g, (c) => '\\' + c);
}

/** The layout a new task should copy: the last task before the position, or the nearest one. */
function templateTask(doc: FengongDocument, p: Position): Task | null {
  const tasks = planAt(doc, p.line)?.tasks ?? tasksOf(doc);
  let prev: Task | null = null;
  for (const t of tasks) {
    if (t.line < p.line) prev = t;
    else break;
  }
  return prev ?? tasks[0] ?? null;
}

export interface TaskBlock {
  readonly number: number;
  readonly text: string;
}

/** The marker of the task after `tpl`, in its own form: `（四）` after `（三）`, `④` after `③`, `4、` after `3、`. */
function nextMarker(tpl: Task | null, number: number): string {
  if (!tpl) return `${number}.`;
  const n = tpl.numbering;
  const r = numeralRange(n);
  if (!r) return `${number}.`;
  const text = n.marker.text.replace(/[ \t\u3000]+$/, '');
  const from = r.start.character - n.marker.range.start.character;
  const to = r.end.character - n.marker.range.start.character;
  return text.slice(0, from) + numeralFor(n, number) + text.slice(to);
}

/**
 * The block a new task after `prev` is written as, in the document's own layout: the previous task's
 * marker form, its fields' labels, brackets and separators (or its prose roles, or its bare bracket of
 * names). Null for a table's row, which a block of lines cannot imitate.
 */
export function nextTaskBlock(doc: FengongDocument, p: Position): TaskBlock | null {
  const lines = doc.source.lines;
  const conv = planAt(doc, p.line)?.conventions;
  const full = conv?.fullWidth ?? true;
  const colon = full ? '：' : ':';
  const tpl = templateTask(doc, p);
  if (tpl?.fields.some((f) => f.layout === 'table') || (tpl && !tpl.fields.length && conv?.fieldLayout === 'table')) return null;
  let prevNumber = 0;
  for (const t of planAt(doc, p.line)?.tasks ?? []) if (t.line < p.line) prevNumber = t.numbering.value;
  const number = prevNumber + 1;
  const tplLine = tpl ? lines[tpl.line] ?? '' : '';
  const indent = tplLine.match(/^[ \t\u3000]*/)![0];
  // A prose role's duty is the words after its names in the template (`牵头`, `配合`, `按职责分工负责`).
  const dutyOf = (f: Task['fields'][number]): string => {
    if (f.layout !== 'prose' || f.value.range.end.line !== tpl!.line) return f.label.text;
    const m = /^[^，,；;）)〕\]】］]{1,10}/.exec(tplLine.slice(f.value.range.end.character));
    return m ? m[0] : f.label.text;
  };
  const fields = tpl?.fields.length
    ? tpl.fields.map((f) => ({ label: dutyOf(f), role: f.role, layout: f.layout }))
    : (['leadUnits', 'units', 'deadline'] as const).map((role) => ({ label: conv?.labels[role] ?? LABELS[role][0], role, layout: conv?.fieldLayout ?? 'paren-line' }));
  const layout = tpl?.fields[0]?.layout ?? conv?.fieldLayout ?? 'paren-line';
  const head = `${indent}${nextMarker(tpl, number)}\${1:工作任务}`;
  let i = 2;
  const slot = (role: FieldRole): string => `\${${i++}:${role === 'deadline' ? '完成时限' : ''}}`;
  // A field with no label (a deadline closing a list, a bare bracket of names) is its value alone.
  const field = (f: { label: string; role: FieldRole; layout: string }): string =>
    f.layout === 'prose' ? (f.role === 'deadline' ? slot(f.role) : `${slot(f.role)}${snippetEscape(f.label || (f.role === 'leadUnits' ? '牵头' : '配合'))}`)
    : f.label && f.layout !== 'convention' ? `${snippetEscape(f.label)}${colon}${slot(f.role)}`
    : slot(f.role);
  if (layout === 'own-line') {
    // Blank lines between the task and its fields, when the document leaves them.
    const gap = tpl && tpl.fields[0] && tpl.fields[0].range.start.line - tpl.line > 1 ? '\n' : '';
    const body = fields.map((f) => `${gap}\n${indent}${field(f)}`).join('');
    return { number, text: `${head}${body}` };
  }
  // The template's own bracket (`（`, `〔`, `[`) and separators, where it has them.
  const first = tpl?.fields[0];
  // A prose role's field begins at its names, before its duty word.
  let at = first ? Math.min(first.range.start.character, first.value.range.start.character) - 1 : -1;
  while (at >= 0 && /[ \t\u3000]/.test(tplLine[at] ?? '')) at--;
  const openChar = first && first.range.start.line === tpl!.line && at >= 0 && '(（〔[【［'.includes(tplLine[at]) ? tplLine[at] : full ? '（' : '(';
  const closeChar = { '(': ')', '（': '）', '〔': '〕', '[': ']', '【': '】', '［': '］' }[openChar] ?? (full ? '）' : ')');
  const prose = fields.every((f) => f.layout === 'prose' || f.layout === 'convention');
  // Prose roles are parted by a comma as wide as their bracket.
  const wide = '（〔【［'.includes(openChar);
  const sep = prose ? (wide ? '，' : ',') : tpl?.fields.find((f) => f.separatorBefore)?.separatorBefore?.text ?? (conv?.fieldSeparator || (full ? '；' : ';'));
  const paren = `${snippetEscape(openChar)}${fields.map(field).join(sep)}${snippetEscape(closeChar)}`;
  if (layout !== 'paren-line') return { number, text: `${head}。${paren}` };
  const gap = tpl && tpl.fields[0] && tpl.fields[0].range.start.line - tpl.line > 1 ? '\n' : '';
  return { number, text: `${head}\n${gap}${indent}${paren}` };
}

function deadlineSuggestions(doc: FengongDocument, today?: string): string[] {
  const written = tasksOf(doc).flatMap((t) => (t.deadline ? [t.deadline.text] : []));
  const year = Number((today ?? new Date().toISOString()).slice(0, 4));
  const y = doc.plan?.tasks.find((t) => t.deadline?.year)?.deadline?.year ?? year;
  const freq = new Map<string, number>();
  for (const w of written) freq.set(w, (freq.get(w) ?? 0) + 1);
  const common = [...freq.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  return uniq([...common, `${y}年12月31日`, `${y}年6月30日`, `${y}年6月底`, `${y}年底前`, '长期坚持', '持续推进']);
}

export function completions(doc: FengongDocument, p: Position, options: CompletionOptions = {}): CompletionEntry[] {
  const dir = options.directory ?? EMPTY_DIRECTORY;
  const line = doc.source.lines[p.line] ?? '';
  const prefix = line.slice(0, p.character);
  const m = LABEL_AT_END.exec(prefix);
  if (m) {
    const role = LABEL_ROLES.get(m[1])!;
    const value = m[2];
    const partStart = Math.max(value.lastIndexOf('、'), value.lastIndexOf(','), value.lastIndexOf('，')) + 1;
    const typed = value.slice(partStart).replace(/^\s+/, '');
    const range: Range = { start: { line: p.line, character: p.character - typed.length }, end: p };
    if (role === 'deadline') {
      return deadlineSuggestions(doc, options.today).map((d, k) => ({
        label: d,
        kind: 'deadline',
        insertText: d,
        snippet: false,
        range,
        sortText: String(k).padStart(4, '0'),
      }));
    }
    const wantLeaders = role === 'leaders';
    const occ = nameOccurrences(doc).filter((o) => (o.field.role === 'leaders') === wantLeaders);
    const counts = new Map<string, number>();
    for (const o of occ) counts.set(o.ref.name, (counts.get(o.ref.name) ?? 0) + 1);
    const entries: CompletionEntry[] = [];
    const seen = new Set<string>();
    for (const [name, n] of [...counts.entries()].sort((a, b) => b[1] - a[1])) {
      seen.add(name);
      const info = dir.resolve(name);
      entries.push({
        label: name,
        kind: wantLeaders ? 'leader' : 'unit',
        detail: `本文 ${n} 处 (used ${n}×)`,
        documentation: info && info.name !== name ? info.name : undefined,
        insertText: name,
        snippet: false,
        range,
        sortText: '0' + String(100000 - n).padStart(6, '0'),
      });
    }
    for (const info of dir.all()) {
      if ((info.kind === 'leader') !== wantLeaders) continue;
      for (const name of [info.name, ...info.aliases]) {
        if (seen.has(name)) continue;
        seen.add(name);
        entries.push({
          label: name,
          kind: wantLeaders ? 'leader' : 'unit',
          detail: name === info.name ? '单位名录 (registry)' : `${info.name} 的简称`,
          insertText: name,
          snippet: false,
          range,
          sortText: '1' + name,
        });
      }
    }
    return entries;
  }

  // After an opening bracket or a field separator inside a bracket: the next field's label.
  const inParen = /[(（](?:[^)）]*[;；])?[ \t\u3000]*([^;；:：()（）]{0,8})$/.exec(prefix);
  if (inParen && /[(（][^)）]*$/.test(prefix)) {
    const typed = inParen[1];
    const conv = planAt(doc, p.line)?.conventions;
    const colon = (conv?.fullWidth ?? true) ? '：' : ':';
    const preferred = new Set(Object.values(conv?.labels ?? {}));
    const range: Range = { start: { line: p.line, character: p.character - typed.length }, end: p };
    return ALL_LABELS.map(([label, role]) => ({
      label: `${label}${colon}`,
      kind: 'label' as const,
      detail: role,
      insertText: `${label}${colon}`,
      snippet: false,
      range,
      filterText: label,
      sortText: (preferred.has(label) ? '1' : '2') + label,
    }));
  }

  // Start of a line (only indentation or a partial label typed): labels and the next task.
  const trimmed = prefix.replace(/^[ \t\u3000]+/, '');
  if (/[。；;:：]/.test(trimmed) || trimmed.length > 8) return [];
  const range: Range = { start: { line: p.line, character: prefix.length - trimmed.length }, end: p };
  const conv = planAt(doc, p.line)?.conventions;
  const colon = (conv?.fullWidth ?? true) ? '：' : ':';
  const out: CompletionEntry[] = [];
  const block = nextTaskBlock(doc, p);
  const wholeLine: Range = { start: { line: p.line, character: 0 }, end: p };
  if (block) {
    out.push({
      label: `${block.number}. 下一项任务 (next task)`,
      kind: 'task',
      detail: `插入第 ${block.number} 项任务及其分工`,
      insertText: block.text,
      snippet: true,
      range: wholeLine,
      filterText: `${trimmed}${block.number} 任务 task`,
      sortText: '0',
    });
  }
  const preferred = new Set(Object.values(conv?.labels ?? {}));
  const layout = conv?.fieldLayout ?? 'own-line';
  for (const [label, role] of ALL_LABELS) {
    const paren = layout === 'paren-line' || layout === 'inline';
    const open = (conv?.fullWidth ?? true) ? '（' : '(';
    const close = (conv?.fullWidth ?? true) ? '）' : ')';
    out.push({
      label: `${label}${colon}`,
      kind: 'label',
      detail: role,
      insertText: paren && layout === 'paren-line' && !trimmed.startsWith(open) ? `${open}${label}${colon}$1${close}` : `${label}${colon}$1`,
      snippet: true,
      range,
      filterText: label,
      sortText: (preferred.has(label) ? '1' : '2') + label,
    });
  }
  return out;
}
