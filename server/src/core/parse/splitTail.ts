import type { Deadline, Field, FieldRole, ParseProblem, Position, Range, Span, UnitRef } from '../model';
import type { FieldRead } from './fields';
import { mayBeDeadline, readFieldList } from './fields';
import { readDeadline } from './deadline';
import { lineRange } from '../model';
import { readTail } from './tail';
import { isCollective, isWholeName, suffixOf } from './units';
import { leavesBracketOpen, matchingClose, trimEndIndex } from './text';
import { append } from '../util';

/** A piece of a line: [line, start, end). */
export type Piece = readonly [line: number, start: number, end: number];

export interface SplitTail {
  /** Where the item's text ends on the first piece's line (before the bracket and its blanks). */
  readonly textEnd: number;
  readonly fields: Field[];
  readonly problems: ParseProblem[];
}

/**
 * Fields whose bracket a hard wrap split over lines, as a PDF or Word copy leaves them:
 * `…。（牵头单位：区发改局；责任单位：区财政局、区住建` / `局；完成时限：2024年12月底）`, or over three lines
 * (`…清单。(市政府办公室、` / `…领导小组办公室牵头,市级各有关部门及各` / `县市区政府按职责分工负责)`). The pieces
 * are read as one line, then every position is put back on its own line; a name cut by the wrap
 * (`区住建` / `局`) is one name whose range runs over the line break. Null unless the bracket opens in
 * the first piece and closes the last.
 */
export function readSplitTail(lines: readonly string[], pieces: readonly Piece[], firstListedLeads: boolean, planYear: number | null): SplitTail | null {
  if (pieces.length < 2) return null;
  const [la, sa, ea] = pieces[0];
  const left = lines[la].slice(sa, ea);
  if (!leavesBracketOpen(left, 0, left.length)) return null;
  const texts = pieces.map(([l, s, e]) => lines[l].slice(s, e));
  const tail = readTail(texts.join(''), la, 0, firstListedLeads, planYear);
  if (!tail || !tail.fields.length || tail.textEnd >= left.length) return null;

  const { fields, problems } = placeBack(tail, pieces, texts.map((t) => t.length));
  return { textEnd: sa + tail.textEnd, fields, problems };
}

/**
 * A line of fields in brackets that a PDF's narrow lines cut (`(牵头单位:区科技和经信局;责任单位:蔡甸经济开发区〈奓山街`
 * / `道〉)`, `…;责任单位:区科技和经信局、区商务` / `局)`): the pieces read as one line, every position put back on its
 * own line. Null unless the bracket opens the first piece and closes the last (a `。` may follow it).
 */
export function readWrappedFieldLine(lines: readonly string[], pieces: readonly Piece[], from: number, planYear: number | null): { fields: Field[]; problems: ParseProblem[] } | null {
  if (pieces.length < 2) return null;
  const texts = pieces.map(([l, s, e]) => lines[l].slice(s, e));
  const joined = texts.join('');
  const close = matchingClose(joined, 0, joined.length);
  if (close < 0 || (close !== joined.length - 1 && !(close === joined.length - 2 && joined.endsWith('。')))) return null;
  const read = readFieldList(joined, pieces[0][0], from - pieces[0][1], close, 'paren-line', planYear);
  if (!read.fields.length) return null;
  return placeBack(read, pieces, texts.map((t) => t.length));
}

/**
 * Where character `k` of pieces joined (`lengths[k]` characters from `pieces[k]`) stands, on its piece's line; an end at a
 * break stays on the line before it. Null for no pieces.
 */
export function positionInPieces(pieces: readonly Piece[], lengths: readonly number[], k: number, isEnd: boolean): Position | null {
  let offset = 0;
  for (let q = 0; q < pieces.length; q++) {
    const len = lengths[q];
    if (k < offset + len || (isEnd && k === offset + len) || q === pieces.length - 1) return { line: pieces[q][0], character: pieces[q][1] + k - offset };
    offset += len;
  }
  return null;
}

/**
 * Fields read from pieces joined (`lengths[k]` characters from `pieces[k]`), all on the first piece's
 * line: every position put back on its own line. An end at a break stays on the line before it.
 */
export function placeBack(read: FieldRead, pieces: readonly Piece[], lengths: readonly number[]): { fields: Field[]; problems: ParseProblem[] } {
  const at = (p: Position, isEnd: boolean): Position => positionInPieces(pieces, lengths, p.character, isEnd) ?? p;
  const range = (r: Range): Range => ({ start: at(r.start, false), end: at(r.end, r.end.character > r.start.character) });
  const span = (s: Span): Span => ({ text: s.text, range: range(s.range) });
  const unit = (u: UnitRef): UnitRef => ({ name: u.name, written: span(u.written), aliases: u.aliases, collective: u.collective });
  const deadline = (d: Deadline | null): Deadline | null => (d ? { ...d, range: range(d.range) } : null);
  const fields = read.fields.map(
    (f): Field => ({
      role: f.role,
      label: span(f.label),
      value: span(f.value),
      layout: f.layout,
      range: range(f.range),
      names: f.names.map(unit),
      deadline: deadline(f.deadline),
      separatorBefore: f.separatorBefore ? span(f.separatorBefore) : null,
    }),
  );
  const problems = read.problems.map((p) => ({ code: p.code, range: range(p.range), detail: p.detail }));
  return { fields, problems };
}

/**
 * A field on its own line whose list of names a wrap carried onto the next line
 * (`责任单位：区财政局、区生态环境` / `局、区商务局`): the field read over both lines, or null. Only when the
 * wrap is plain — the value ends with a list separator, or its last name is cut (no unit ending) and
 * the joined one is whole — so that a line of prose after a field is never taken into it.
 */
export function readWrappedField(lines: readonly string[], field: Field, next: Piece, planYear: number | null): Field | null {
  if (field.layout === 'own-line' && field.role === 'deadline') return readWrappedDeadline(lines, field, next, planYear);
  if (field.layout !== 'own-line' || field.role === 'deadline' || !field.names.length) return null;
  const r = field.range;
  if (r.start.line !== r.end.line || r.end.line >= next[0]) return null;
  const fieldLine = lines[r.start.line];
  // To the line's end: a separator closing the line is trimmed off the value, not off the list.
  const first: Piece = [r.start.line, r.start.character, trimEndIndex(fieldLine)];
  const left = fieldLine.slice(first[1], first[2]);
  if (/[;；]/.test(fieldLine.slice(r.end.character, first[2]))) return null;
  const lastName = field.names[field.names.length - 1].name;
  const rest = lines[next[0]].slice(next[1], next[2]);
  // `相关街道办` / `事处`: a whole name all the same, that the next line's first words make a longer one, its ending begun
  // before the break (`街道办事处`; not `市民政局` / `办公室`, a name of its own).
  const head = /^[\u4e00-\u9fa5]{1,4}/.exec(rest)?.[0] ?? '';
  const cutEnding = head !== '' && suffixOf(lastName + head).length > head.length;
  if (!/[、，,]$/.test(left) && isWholeName(lastName) && !cutEnding) return null;
  // A line with a colon is a field of its own (perhaps with a mistyped label, `责任位：…`), not names.
  if (/[:：∶]/.test(rest)) return null;
  const joined = left + rest;
  const read = readFieldList(joined, r.start.line, 0, joined.length, 'own-line', planYear);
  if (read.fields.length !== 1 || read.problems.length || read.fields[0].role !== field.role) return null;
  const names = read.fields[0].names;
  // After a line that ends with a separator the list plainly goes on: a name need only end as a unit's does
  // (`…、` / `古林镇、石碶街道`); after a cut name, the names must stand whole.
  const goesOn = /[、，,]$/.test(left);
  // A name of one character is no name but a cut one (`…、大` / `兴基建`): completed by the wrap, whatever its ending.
  const completed = !goesOn && lastName.length === 1 ? field.names.length - 1 : -1;
  if (names.length < field.names.length || !names.every((n, k) => k === completed || isWholeName(n.name) || (goesOn && (suffixOf(n.name) !== '' || isCollective(n.name))))) return null;
  return placeBack(read, [first, next], [left.length, rest.length]).fields[0];
}

/**
 * `完成时限:2023年3月底前出台实施方案;` / `2023年12月底前全面推行`: a deadline of stages whose line a separator closes,
 * the next stage on the next line. One value, as on one line (its last stage dates the task); null unless the next line
 * reads as a deadline, and holds no field of its own.
 */
function readWrappedDeadline(lines: readonly string[], field: Field, next: Piece, planYear: number | null): Field | null {
  const r = field.range;
  if (r.start.line !== r.end.line || r.end.line >= next[0]) return null;
  const fieldLine = lines[r.start.line];
  const first: Piece = [r.start.line, r.start.character, trimEndIndex(fieldLine)];
  const left = fieldLine.slice(first[1], first[2]);
  if (!/[;；，,]$/.test(left)) return null;
  const rest = lines[next[0]].slice(next[1], next[2]);
  if (/[:：∶]/.test(rest) || !mayBeDeadline(rest) || readDeadline(rest, lineRange(next[0], next[1], next[2]), planYear).kind === 'unknown') return null;
  const joined = left + rest;
  const read = readFieldList(joined, r.start.line, 0, joined.length, 'own-line', planYear);
  if (read.fields.length !== 1 || read.fields[0].role !== 'deadline') return null;
  return placeBack(read, [first, next], [left.length, rest.length]).fields[0];
}

/** Longer words are no one name. */
const MAX_NAME = 40;

function lastSeparator(text: string): number {
  for (let k = text.length - 1; k >= 0; k--) if ('、，,；;'.includes(text[k])) return k;
  return -1;
}

/** A town's or a street's name. */
const TOWN = /(?:街道|镇|乡)$/;

/** A post a leader's cell may name instead of a person (`常务副区长`). */
const POST = /^[\u4e00-\u9fa5]{0,6}(?:长|书记|主任|主席|委员)$/;

/**
 * Two names, each on its own line of a cell, that a wrap would not have cut so: two people's names of two or three
 * characters or posts (`陆明` / `俞悦`, `常务副区长` / `张晓晟`; not one post cut, `常务` / `副区长`); or two whole units'
 * names (`市规划局` / `市建设局`, `侏儒山街道` / `张湾街道`).
 */
function namesOnTheirOwnLines(role: FieldRole, left: string, right: string): boolean {
  const person = /^[\u4e00-\u9fa5]{2,3}$/;
  if (role === 'leaders') return (person.test(left) || POST.test(left)) && (person.test(right) || POST.test(right)) && !POST.test(left + right);
  if (role !== 'leadUnits' && role !== 'units') return false;
  // The second opens as a unit's name does, with its level (`市建设局`), or both are towns (`侏儒山街道` / `张湾街道`); a
  // name's part that ends as a unit's is no unit (`天宫院街道` / `办事处`, `市规划自然资源委` / `大兴分局`), nor is a
  // collective's (`各相关街` / `道办事处`).
  if (left.length < 3 || right.length < 3 || !isWholeName(left) || isCollective(left) || !isWholeName(right)) return false;
  return /^[区市县省州旗盟]/.test(right) || (TOWN.test(left) && TOWN.test(right));
}

/**
 * A table's cell that wrapped over lines (`区人力资源和社会保障局、区农业` / `农村局`), read as one field: the pieces are
 * joined as the cell reads (a wrap cuts a name, not a list), then every position is put back on its own line.
 */
export function readCellOverPieces(
  lines: readonly string[],
  pieces: readonly Piece[],
  make: (text: string, lineNo: number, problems: ParseProblem[]) => Field,
  problems: ParseProblem[],
  role?: FieldRole,
  /** A blank line between two pieces is a paragraph's end in the cell (a bordered table's): it parts two names. */
  paragraphs = false,
): Field {
  // A piece closed by a backslash is pandoc's hard line break inside a cell (`王嵘\` over `方勇`): it parts two names as a
  // `、` would (one character for one, so positions map back unchanged).
  const texts = pieces.map(([l, s, e], k) => (k < pieces.length - 1 && lines[l].charCodeAt(e - 1) === 0x5c ? lines[l].slice(s, e - 1) + '、' : lines[l].slice(s, e)));
  // Names set on lines of their own in one cell (`陆明` / `俞悦`, `市规划局` / `市建设局`) are parted where a wrap would not
  // have cut: a `、` is read after the first (it maps back to the end of its piece).
  if (role === 'leaders' || role === 'leadUnits' || role === 'units') {
    // Names are short: the words since the last separator and up to the next are looked at, a few dozen at most, so a
    // cell of many lines costs no more than its length.
    let left = '';
    for (let k = 0; k + 1 < texts.length; k++) {
      const t = texts[k];
      const cut = lastSeparator(t);
      left = cut >= 0 ? t.slice(cut + 1) : left.length > MAX_NAME ? left : left + t;
      let right = '';
      for (let q = k + 1; q < texts.length && right.length <= MAX_NAME; q++) {
        const at = texts[q].search(/[、，,；;]/);
        right += at >= 0 ? texts[q].slice(0, at) : texts[q];
        if (at >= 0) break;
      }
      const apart = paragraphs && pieces[k + 1][0] > pieces[k][0] + 1;
      // People's names stand each on its line whole (a column of one character a line leaves the names unknown).
      const whole = role !== 'leaders' || (left === t && right === texts[k + 1]);
      if (left && right && left.length <= MAX_NAME && right.length <= MAX_NAME && (apart || (whole && namesOnTheirOwnLines(role, left, right)))) {
        texts[k] += '、';
        left = '';
      }
    }
  }
  const read: ParseProblem[] = [];
  const field = make(texts.join(''), pieces[0][0], read);
  const placed = placeBack({ fields: [field], problems: read }, pieces, texts.map((t) => t.length));
  append(problems, placed.problems);
  return placed.fields[0];
}
