import type { Field, ParseProblem } from '../model';
import { lineRange } from '../model';
import { makeField } from './fields';
import { roleOfHeaderCell } from './labels';
import { readDeadline } from './deadline';
import { isCollective, looksLikeUnitList, suffixOf } from './units';
import { contentStart, trimEndIndex } from './text';

/**
 * Tables copied from a web page or a Word file often arrive with one cell per line:
 *
 *     序号
 *     工作任务
 *     牵头单位
 *     配合单位
 *     完成时限
 *     1
 *     深化“一网通办”改革……
 *     区政务服务中心
 *     区发改局、区财政局
 *     2024年6月底
 *     2
 *     ……
 *
 * The header is a run of header cells beginning with 序号; a row begins at a line holding only its
 * number. A task's text may wrap over several lines and an empty cell leaves no line at all, so the
 * lines of a row are matched to the columns by what they look like: a unit column takes a unit list,
 * a deadline column a deadline, the text column one or more lines of prose. A line that fits no
 * column ends the row (it is the prose after the table, read as usual).
 */

export type ColumnRole = ReturnType<typeof roleOfHeaderCell>;

export interface VerticalColumns {
  readonly roles: ColumnRole[];
  readonly headers: string[];
}

/** Columns a table may have that name no field: accepted in a header, never read as a field. */
const OTHER_HEADER = /^(备注|说明|完成情况|进展情况|责任人|联系人|工作目标|目标|具体措施|工作举措|主要举措|措施|类别|领域|项目名称|项目)$/;

const BARE_NUMBER = /^[0-9０-９]{1,4}[.、．]?$/;

/** The trimmed content of a line ([start, end)), markup of a Markdown list or heading skipped. */
function content(line: string): [number, number] {
  return [contentStart(line), trimEndIndex(line)];
}

/** A line holding only a row number (`1`, `12.`). */
export function isBareNumber(line: string): boolean {
  const [s, e] = content(line);
  return e > s && e - s <= 5 && BARE_NUMBER.test(line.slice(s, e));
}

/** Whether line `i` alone says 序号 (the first header cell of a table written a cell per line). */
export function isNumberHeader(line: string): boolean {
  const [s, e] = content(line);
  return e - s <= 3 && e > s && roleOfHeaderCell(line.slice(s, e)) === 'number';
}

/**
 * The header starting at line `i` (a 序号 line): its cells are the non-blank lines that follow as
 * long as each names a column, up to the first row number. Null unless the columns hold the task's
 * text and at least one field.
 */
export function readVerticalHeader(lines: readonly string[], i: number, to: number): { columns: VerticalColumns; end: number } | null {
  if (!isNumberHeader(lines[i])) return null;
  const headers: string[] = [];
  const roles: ColumnRole[] = [];
  let end = i + 1;
  for (let j = i; j < to && headers.length < 12; j++) {
    const [s, e] = content(lines[j]);
    if (s >= e) continue;
    const cell = lines[j].slice(s, e);
    const role = cell.length <= 12 ? roleOfHeaderCell(cell) : undefined;
    if (j > i && role === 'number') break;
    if (role === undefined && !OTHER_HEADER.test(cell.replace(/\s+/g, ''))) break;
    headers.push(cell);
    roles.push(role);
    end = j + 1;
  }
  const hasField = roles.some((r) => r !== undefined && r !== 'number' && r !== 'text');
  if (headers.length < 3 || !roles.includes('text') || !hasField) return null;
  // The header must be followed by a row, not by prose that happens to start with such words.
  let k = end;
  while (k < to && content(lines[k])[0] >= content(lines[k])[1]) k++;
  if (k >= to || !isBareNumber(lines[k])) return null;
  return { columns: { roles, headers }, end };
}

export interface VerticalRow {
  /** The lines of the task's text: [line, start, end]. */
  readonly text: [number, number, number][];
  readonly fields: Field[];
  /** The line after the row's last cell. */
  readonly end: number;
}

/** Every name in the list is a unit by its ending (局, 委, 街道办事处…) or a collective (各街道…). */
function isUnitList(cell: string): boolean {
  const list = cell.replace(/[。；;]$/, '');
  return !/[。；;]/.test(list) && looksLikeUnitList(list, true);
}

function isDeadline(cell: string, planYear: number | null): boolean {
  return cell.length <= 40 && readDeadline(cell, lineRange(0, 0, 0), planYear).kind !== 'unknown';
}

/** Names of people or posts (张三, 副区长): short, not units, not a clause. */
function isLeaderList(cell: string): boolean {
  if (cell.length > 40 || /[。，,；;：:]$/.test(cell) || /[。；;]/.test(cell)) return false;
  const parts = cell.split(/[、,，]/).map((p) => p.trim());
  return parts.every((p) => p.length >= 2 && p.length <= 10) && !parts.every((p) => suffixOf(p) !== '' || isCollective(p));
}

/** Does a cell's text fit a column of this role? */
function fits(role: ColumnRole, cell: string, planYear: number | null): boolean {
  switch (role) {
    case 'leadUnits':
    case 'units':
    case 'groupLead':
      return isUnitList(cell);
    case 'leaders':
      return isLeaderList(cell);
    case 'deadline':
      return isDeadline(cell, planYear);
    default:
      // A column that names no field (备注…): a short note that is none of the above.
      return cell.length <= 30 && !/[。]/.test(cell) && !isUnitList(cell) && !isDeadline(cell, planYear) && !isLeaderList(cell);
  }
}

/**
 * Reads the row whose number is on line `i`: the non-blank lines after it, up to the next row
 * number or the next heading (`stop`), matched to the columns after 序号 in order.
 */
export function readVerticalRow(
  lines: readonly string[],
  i: number,
  to: number,
  columns: VerticalColumns,
  planYear: number | null,
  problems: ParseProblem[],
  stop: (line: string, lineNo: number) => boolean,
): VerticalRow {
  const cells: [number, number, number][] = [];
  const limit = columns.headers.length + 8;
  for (let j = i + 1; j < to && cells.length < limit; j++) {
    const [s, e] = content(lines[j]);
    if (s >= e) continue;
    if (isBareNumber(lines[j]) || isNumberHeader(lines[j]) || stop(lines[j], j)) break;
    cells.push([j, s, e]);
  }
  const cols = columns.roles.map((role, k) => ({ role, k })).filter((c) => c.role !== 'number');
  const text = (c: [number, number, number]) => lines[c[0]].slice(c[1], c[2]);

  // Try each number of text lines and keep the best reading (fewest text lines on a tie).
  let best: { assigned: ([number, number, number] | null)[]; textLines: number; used: number; filled: number } | null = null;
  const maxText = Math.max(1, Math.min(cells.length, 6));
  for (let t = 1; t <= maxText; t++) {
    const assigned: ([number, number, number] | null)[] = [];
    let p = 0;
    let filled = 0;
    let ok = true;
    for (const c of cols) {
      if (c.role === 'text') {
        if (p + t > cells.length) {
          ok = t === 1; // a row with no lines at all has an empty text
          p = cells.length;
        } else p += t;
        assigned.push(null);
        continue;
      }
      if (p < cells.length && fits(c.role, text(cells[p]), planYear)) {
        assigned.push(cells[p++]);
        filled++;
      } else assigned.push(null);
    }
    // Most columns filled; then most lines used (a wrapped text line left over is worse than none).
    if (ok && (!best || filled > best.filled || (filled === best.filled && p > best.used))) best = { assigned, textLines: t, used: p, filled };
  }
  const chosen = best ?? { assigned: cols.map(() => null), textLines: 0, used: 0, filled: 0 };

  const textCol = cols.findIndex((c) => c.role === 'text');
  // The text lines sit where the text column is among the cells taken.
  let before = 0;
  for (let k = 0; k < textCol; k++) if (chosen.assigned[k]) before++;
  const textCells = cells.slice(before, Math.min(before + chosen.textLines, chosen.used));
  const fields: Field[] = [];
  cols.forEach((c, k) => {
    const cell = chosen.assigned[k];
    if (!cell || !c.role || c.role === 'text' || c.role === 'number') return;
    const [l, s, e] = cell;
    const label = { text: columns.headers[c.k], range: lineRange(l, s, s) };
    fields.push(makeField(lines[l], l, c.role, label, s, e, 'table', planYear, null, problems));
  });
  const last = chosen.used > 0 ? cells[chosen.used - 1][0] : i;
  return { text: textCells, fields, end: last + 1 };
}
