import type { Deadline, Field, ParseProblem, Position, Range, Span, UnitRef } from '../model';
import { readTail } from './tail';
import { leavesBracketOpen } from './text';

/** A piece of a line: [line, start, end). */
export type Piece = readonly [line: number, start: number, end: number];

export interface SplitTail {
  /** Where the item's text ends on the first piece's line (before the bracket and its blanks). */
  readonly textEnd: number;
  readonly fields: Field[];
  readonly problems: ParseProblem[];
}

/**
 * Fields whose bracket a hard wrap split over two lines, as a PDF or Word copy leaves them:
 * `…。（牵头单位：区发改局；责任单位：区财政局、区住建` / `局；完成时限：2024年12月底）`. The two pieces are read
 * as one line, then every position is put back on its own line; a name cut by the wrap (`区住建` / `局`)
 * is one name whose range runs over the line break. Null unless the bracket opens in the first piece
 * and closes the second.
 */
export function readSplitTail(lines: readonly string[], first: Piece, second: Piece, firstListedLeads: boolean, planYear: number | null): SplitTail | null {
  const [la, sa, ea] = first;
  const [lb, sb, eb] = second;
  const left = lines[la].slice(sa, ea);
  if (!leavesBracketOpen(left, 0, left.length)) return null;
  const joined = left + lines[lb].slice(sb, eb);
  const tail = readTail(joined, la, 0, firstListedLeads, planYear);
  if (!tail || !tail.fields.length || tail.textEnd >= left.length) return null;

  // A position in `joined` (on line `la`) back on its own line; an end at the break stays on the first line.
  const at = (p: Position, isEnd: boolean): Position =>
    p.character < left.length || (isEnd && p.character === left.length)
      ? { line: la, character: sa + p.character }
      : { line: lb, character: sb + p.character - left.length };
  const range = (r: Range): Range => ({ start: at(r.start, false), end: at(r.end, r.end.character > r.start.character) });
  const span = (s: Span): Span => ({ text: s.text, range: range(s.range) });
  const unit = (u: UnitRef): UnitRef => ({ name: u.name, written: span(u.written), aliases: u.aliases, collective: u.collective });
  const deadline = (d: Deadline | null): Deadline | null => (d ? { ...d, range: range(d.range) } : null);
  const fields = tail.fields.map(
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
  const problems = tail.problems.map((p) => ({ code: p.code, range: range(p.range), detail: p.detail }));
  return { textEnd: sa + tail.textEnd, fields, problems };
}
