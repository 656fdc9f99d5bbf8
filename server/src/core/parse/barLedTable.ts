/**
 * A table a web page's copy writes a cell per line, each cell but a row's first opened by a bar, and a bar alone closing
 * each row (株洲 2012, 长沙):
 *
 *     工作要点
 *     | 工作任务
 *     | 牵头单位
 *     | 参与单位
 *     |
 *     打造产业旗舰。
 *     | 全面实施“5115”工程……
 *     | 市企业发展促进局、市发改委
 *     | 市“5115”工程领导小组成员单位、各县市区
 *     |
 *
 * A cell goes on over the lines after it that no bar opens (a narrow column wraps a name: `市政` / `府办` / `公厅`). A
 * cell the source merged over rows is written on the first row it covers only, and the copy leaves no empty cell in its
 * place: a row short of cells puts each, in order, in the column its words fit (a sentence under the task, names under
 * the units), the leading columns — where a category or a lead merged over rows stands — left empty first.
 */
import type { ColumnRole } from './verticalTable';
import type { Piece } from './splitTail';
import { fitsColumn } from './verticalTable';
import { isColumnName, rolesOfHeader } from './labels';
import { cellsInOrder } from './tableRows';
import { contentStart, trimEndIndex } from './text';

export interface BarLedColumns {
  readonly roles: readonly ColumnRole[];
  readonly headers: readonly string[];
}

export interface BarLedRow {
  /** Each cell's pieces, in order: the lines it takes, without its bar. */
  readonly cells: readonly (readonly Piece[])[];
  /** The line after the bar that closes the row. */
  readonly end: number;
}

/** A row's cells are a few lines each: more is no row of such a table. */
const MAX_ROW_LINES = 60;
const MAX_CELLS = 12;

const isBar = (k: number): boolean => k === 0x7c || k === 0xff5c;

/** A line that is a bar alone (`|`, `｜`, blanks around it). */
function isLoneBar(line: string): boolean {
  const s = contentStart(line);
  return trimEndIndex(line) === s + 1 && isBar(line.charCodeAt(s));
}

/** Whether the line opens with a bar and holds more than it: a cell's first line. */
function opensWithBar(line: string): boolean {
  const s = contentStart(line);
  return isBar(line.charCodeAt(s)) && trimEndIndex(line) > s + 1;
}

/** Where a cell's words are on a line that a bar may open: [start, end). */
function cellWords(line: string): [number, number] {
  let s = contentStart(line);
  const e = trimEndIndex(line);
  if (isBar(line.charCodeAt(s))) {
    s++;
    while (s < e && (line.charCodeAt(s) === 0x20 || line.charCodeAt(s) === 0x3000 || line.charCodeAt(s) === 0x09)) s++;
  }
  return [s, e];
}

/** Cheap test before reading a header at line `i`: a short line no bar opens, and the next line with words opens with one. */
export function mayOpenBarLedHeader(lines: readonly string[], i: number, to: number, indent: number, end: number): boolean {
  if (end - indent > 14 || isBar(lines[i].charCodeAt(indent))) return false;
  for (let j = i + 1; j < to && j <= i + 3; j++) {
    const s = contentStart(lines[j]);
    if (s < trimEndIndex(lines[j])) return opensWithBar(lines[j]);
  }
  return false;
}

/**
 * The header at line `i`: column names, the first on its own line and each after opened by a bar, closed by a bar alone,
 * and a row after it. Null unless the columns hold the task's words and who answers for it.
 */
export function readBarLedHeader(lines: readonly string[], i: number, to: number): { columns: BarLedColumns; end: number } | null {
  // Each cell a column's name on a line of its own: the reading stops at the first line that is none (most tries end on
  // the second or third line), so that a text of many short lines costs a few lines a try.
  const headers: string[] = [];
  let j = i;
  for (; j < to && headers.length <= MAX_CELLS; j++) {
    const line = lines[j];
    const [s, e] = cellWords(line);
    if (s >= e) {
      if (isLoneBar(line)) break;
      continue;
    }
    if (e - s > 14 || (headers.length === 0) === opensWithBar(line)) return null;
    // A name spaced out to fill its cell (`目 标 任 务`).
    const name = line.slice(s, e).replace(/[\s\u3000]+/g, '');
    if (!isColumnName(name)) return null;
    headers.push(name);
  }
  if (j >= to || headers.length < 3 || headers.length > MAX_CELLS) return null;
  const roles = rolesOfHeader(headers);
  if (!roles.includes('text') || !roles.some((r) => r === 'leadUnits' || r === 'units' || r === 'leaders')) return null;
  // A row follows (its closing bar perhaps lost: it ends with its last cell).
  if (!readBarLedRow(lines, j + 1, to, (_, __, cells) => cells >= headers.length)) return null;
  return { columns: { roles, headers }, end: j + 1 };
}

/**
 * The row whose first cell opens on the first line with words from `i`, up to the bar alone that closes it, or to the
 * end of the text; null when none does. A line no bar opens that `opensRow` says opens a row of its own (`2.新建…`, after
 * a row whose closing bar a copy lost; it is told how many cells the row has) ends the row before it.
 */
export function readBarLedRow(lines: readonly string[], i: number, to: number, opensRow?: (line: string, lineNo: number, cells: number) => boolean): BarLedRow | null {
  const cells: Piece[][] = [];
  for (let j = i; j < to && j < i + MAX_ROW_LINES; j++) {
    const line = lines[j];
    const [s, e] = cellWords(line);
    if (s >= e) {
      if (isLoneBar(line)) return cells.length ? { cells, end: j + 1 } : null;
      continue;
    }
    // A row's first cell has no bar before it.
    if (cells.length === 0 && opensWithBar(line)) return null;
    if (cells.length > 0 && !opensWithBar(line) && opensRow?.(line, j, cells.length)) return { cells, end: j };
    if (cells.length === 0 || opensWithBar(line)) {
      if (cells.length >= MAX_CELLS) return null;
      cells.push([[j, s, e]]);
    } else cells[cells.length - 1].push([j, s, e]);
  }
  // The table's last row, its closing bar lost with the end of the copy.
  return opensRow && cells.length >= 2 && to - i < MAX_ROW_LINES ? { cells, end: to } : null;
}

/**
 * The column each of the row's cells stands in: in order; a full row's each in its own, a short row's each where its
 * words fit, ties going to the columns on the right (the cells merged over rows stand first). Null when the row has
 * more cells than the table has columns.
 */
export function barLedColumns(lines: readonly string[], row: BarLedRow, columns: BarLedColumns, planYear: number | null): number[] | null {
  const n = row.cells.length;
  const m = columns.roles.length;
  if (n > m) return null;
  if (n === m) return row.cells.map((_, k) => k);
  const words = row.cells.map((cell) => cell.map(([l, s, e]) => lines[l].slice(s, e)).join(''));
  const score = (k: number, j: number): number => {
    const text = words[k];
    const role = columns.roles[j];
    let fit = 0;
    if (role === 'text') fit = text.length >= 6 && !fitsColumn('units', text, planYear) && !fitsColumn('deadline', text, planYear) ? 4 : 0;
    else if (role === undefined) fit = text.length <= 20 && !fitsColumn('units', text, planYear) && !fitsColumn('deadline', text, planYear) ? 2 : 0;
    else if (role !== 'number') fit = fitsColumn(role, text, planYear) ? 4 : 0;
    return fit + (j - k === m - n ? 1 : 0);
  };
  return cellsInOrder(n, m, score)?.columns ?? null;
}
