import type { Field, FieldLayout, FieldRole, ParseProblem, Span } from '../model';
import { lineRange, spanOf } from '../model';
import { findLabel, labelFormStartsAt, roleOfLabel, unknownLabelIn, type LabelHit } from './labels';
import { readDeadline } from './deadline';
import { readLeaderList, readUnitList } from './units';
import { splitTopLevel, trimRange } from './text';
import { isBlankCode } from './text';
import { fitted } from '../util';

export interface FieldRead {
  readonly fields: Field[];
  readonly problems: ParseProblem[];
}

/** Separators a reader accepts between fields; only `;`/`；` are right (DOMAIN.md). */
const FIELD_SEPARATORS = ';；,，。. \t\u3000';

/** Does `line[from…]` begin (after blanks) with a field label and a colon? */
export function startsWithLabel(line: string, from: number): boolean {
  const [s] = trimRange(line, from, line.length);
  if (labelFormStartsAt(line, s, Math.min(line.length, s + 12))) return true;
  // `主要协作单位：`, `县直责任单位：`: a known label with a word before it that says whose it is (see QUALIFIER). Most
  // lines open with no such word: the first character tells.
  if (!QUALIFIER_FIRST.includes(line[s])) return false;
  for (let q = s + 1; q <= s + 3 && q < line.length; q++) if (QUALIFIER.test(line.slice(s, q)) && labelFormStartsAt(line, q, Math.min(line.length, q + 12))) return true;
  return false;
}

/**
 * `（预期性指标，牵头单位：…；责任单位：…）`, `(第1389号。牵头单位:…)`: a short note (the indicator's kind,
 * a proposal's number) before the labelled fields in their bracket. Where the labels begin, after the note and its comma; -1 when the
 * bracket [from, to) does not open with such a note.
 */
export function afterFieldNote(line: string, from: number, to: number): number {
  const limit = Math.min(to, from + 16);
  for (let i = from + 1; i < limit; i++) {
    const c = line[i];
    if (c === '，' || c === ',' || c === '；' || c === ';' || c === '。') {
      const [s] = trimRange(line, i + 1, to);
      return s < to && labelFormStartsAt(line, s, Math.min(to, s + 12)) ? s : -1;
    }
    if (c === '：' || c === ':' || c === '∶' || c === '(' || c === '（' || c === ')' || c === '）') return -1;
  }
  return -1;
}

/**
 * A deadline written as the last clause of a prose role (`…配合，2024年9月底前完成`, `…负责；长期坚持`)
 * or of a labelled list of names (`责任单位：区财政局，2024年底前完成`):
 * where the clause starts and ends, and the separator before it; null when the last clause is not one.
 */
/** What every deadline holds (a figure, 年, 月, 季度, 底, 天, 周, or a word of 长期坚持/持续推进/常态化/立即/立行立改…): a unit name seldom does. */
const MAY_BE_DEADLINE = /[0-9０-９年月季底内期续常久即时起求段立天周]/;

/** The cheap test before reading a clause as a deadline: false only where readDeadline finds none. */
export function mayBeDeadline(text: string): boolean {
  return MAY_BE_DEADLINE.test(text);
}

export function trailingDeadline(line: string, lineNo: number, a: number, b: number, planYear: number | null): { sep: number; start: number; end: number } | null {
  for (let k = b - 1; k > a; k--) {
    const c = line[k];
    if (c !== '，' && c !== ',' && c !== '；' && c !== ';') continue;
    const [s, e] = trimRange(line, k + 1, b);
    if (e - s < 2 || e - s > 30 || !mayBeDeadline(line.slice(s, e))) return null;
    return readDeadline(line.slice(s, e), lineRange(lineNo, s, e), planYear).kind !== 'unknown' ? { sep: k, start: s, end: e } : null;
  }
  return null;
}

/** Builds one field from a label and a value range: the single place fields are made. */
export function makeField(
  line: string,
  lineNo: number,
  role: FieldRole,
  label: Span,
  valueFrom: number,
  valueTo: number,
  layout: FieldLayout,
  planYear: number | null,
  separatorBefore: Span | null,
  problems: ParseProblem[],
): Field {
  let [vs, ve] = trimRange(line, valueFrom, valueTo, '。;；,，');
  // A sentence after a list of names is a note on it (`…按职责分工负责。具体任务均涉及相关市（州）人民政府，下同。`).
  if (role !== 'deadline') {
    const stop = sentenceEnd(line, vs, ve);
    if (stop > vs) ve = trimRange(line, vs, stop)[1];
  }
  const value = spanOf(lineNo, vs, line.slice(vs, ve));
  if (vs >= ve) problems.push({ code: 'field-without-value', range: label.range, detail: label.text });
  const deadline = role === 'deadline' && vs < ve ? readDeadline(value.text, value.range, planYear) : null;
  if (deadline && deadline.kind === 'unknown')
    problems.push({ code: 'unreadable-deadline', range: value.range, detail: value.text });
  const names =
    role === 'deadline' || vs >= ve
      ? []
      : role === 'leaders'
        ? readLeaderList(line, lineNo, vs, ve)
        : readUnitList(line, lineNo, vs, ve);
  // The label's colon (or closing 】) belongs to the field; a label at the very end of a line has none.
  const end = Math.min(line.length, Math.max(ve, label.range.end.character + 1));
  return {
    role,
    label,
    value,
    layout,
    // It starts where its label does and most often ends where its value does: the model's positions are never
    // changed, so the field shares theirs (a plan keeps three fields a task, and every object kept is copied by the GC).
    range: { start: label.range.start.line === lineNo ? label.range.start : { line: lineNo, character: label.range.start.character }, end: end === ve ? value.range.end : { line: lineNo, character: end } },
    names,
    deadline,
    separatorBefore,
  };
}

/**
 * Reads `label:value;label:value…` in `line[from,to)`. A field starts at a label followed by a
 * colon, at the start or after a separator; the value runs to the separator before the next.
 * A separator other than `;`/`；` between fields is recorded as a `field-separator` problem.
 */
export function readFieldList(
  line: string,
  lineNo: number,
  from: number,
  to: number,
  layout: FieldLayout,
  planYear: number | null,
): FieldRead {
  const starts: { at: number; label: string; labelAt: number; valueStart: number; written?: string }[] = [];
  const m: LabelHit = { index: 0, labelAt: 0, label: '', end: 0 };
  for (let p = from; findLabel(line, p, to, m); p = m.end) {
    // Only a label at the start, after a separator or after blanks begins a field; `配合单位`
    // inside prose (`与配合单位:`) does not. A label in brackets delimits itself:
    // `【牵头单位】区发改局【责任单位】区财政局`.
    const bracketed = m.labelAt > m.index;
    let k = m.index;
    while (k > from && isBlankCode(line.charCodeAt(k - 1))) k--;
    if (!bracketed && k > from && k === m.index && !FIELD_SEPARATORS.includes(line[k - 1])) {
      // `县直责任单位：…；乡镇责任单位：…`, `市级配合单位:`: a known label with a word before it that says whose it is.
      const q = qualifierStart(line, from, m.index);
      if (q >= 0) starts.push({ at: q, label: m.label, labelAt: q, valueStart: m.end, written: line.slice(q, m.labelAt + m.label.length) });
      continue;
    }
    starts.push({ at: m.index, label: m.label, labelAt: m.labelAt, valueStart: m.end });
  }
  const fields: Field[] = [];
  const problems: ParseProblem[] = [];
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i];
    const next = starts[i + 1];
    let valueEnd = next ? next.at : to;
    let separatorBefore: Span | null = null;
    if (i > 0) {
      // The separator sits between the previous value and this label.
      let k = s.at;
      while (k > from && isBlankCode(line.charCodeAt(k - 1))) k--;
      if (k > from && FIELD_SEPARATORS.includes(line[k - 1]) && !isBlankCode(line.charCodeAt(k - 1))) {
        separatorBefore = spanOf(lineNo, k - 1, line[k - 1]);
        if (line[k - 1] !== ';' && line[k - 1] !== '；')
          problems.push({ code: 'field-separator', range: separatorBefore.range, detail: line[k - 1] });
      }
    }
    const role = roleOfLabel(s.label)!;
    // `牵头单位：市公安局；联系人：李四`, `责任单位:市公安局 项目责任人:王伟标`: a field this reader has no role for ends
    // the names before it (a unit's name holds no colon); its own value is no one's.
    const other = role === 'deadline' ? -1 : unknownLabelIn(line, s.valueStart, valueEnd);
    if (other >= 0) valueEnd = other;
    if (next || other >= 0) {
      let k = valueEnd;
      while (k > s.valueStart && isBlankCode(line.charCodeAt(k - 1))) k--;
      if (k > s.valueStart && FIELD_SEPARATORS.includes(line[k - 1])) k--;
      valueEnd = k;
    }
    const label = spanOf(lineNo, s.labelAt, s.written ?? s.label);
    // `（牵头单位：X；责任单位：Y，2024年底前完成）`: a deadline with no label closes the last list of names.
    const due = !next && role !== 'deadline' && !starts.some((x) => roleOfLabel(x.label) === 'deadline') ? trailingDeadline(line, lineNo, s.valueStart, valueEnd, planYear) : null;
    fields.push(makeField(line, lineNo, role, label, s.valueStart, due ? due.sep : valueEnd, layout, planYear, separatorBefore, problems));
    if (due) fields.push(makeField(line, lineNo, 'deadline', spanOf(lineNo, due.start, ''), due.start, due.end, 'prose', planYear, null, problems));
  }
  return { fields: fitted(fields), problems };
}

/** Words that say whose a label is (`县直责任单位`, `乡镇责任单位`, `市级配合单位`, `其他责任单位`, `主要牵头单位`). */
const QUALIFIER = /^(?:[省市区县镇乡村]级?|县直|市直|区直|乡镇|街道|镇街|镇村|其他|其它|主要|具体|相关|有关)$/;
/** The characters a {@link QUALIFIER} begins with. */
const QUALIFIER_FIRST = '省市区县镇乡村街其主具相有';

/**
 * Where a word that qualifies the label at `at` begins (`乡镇` in `乡镇责任单位：`), when it starts the list or follows a
 * separator or a blank; -1 otherwise (`与配合单位:` in prose is no label).
 */
function qualifierStart(line: string, from: number, at: number): number {
  for (let q = at - 1; q >= from && q >= at - 3; q--) {
    if (!QUALIFIER.test(line.slice(q, at))) continue;
    if (q === from || FIELD_SEPARATORS.includes(line[q - 1])) return q;
  }
  return -1;
}

/** The first `。` outside brackets in line[from,to), or -1. */
function sentenceEnd(line: string, from: number, to: number): number {
  const at = line.indexOf('。', from);
  if (at < 0 || at >= to) return -1;
  const pieces = splitTopLevel(line, from, to, '。');
  return pieces.length > 2 ? pieces[1] : -1;
}
