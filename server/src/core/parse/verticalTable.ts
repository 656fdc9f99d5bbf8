import type { Field, ParseProblem } from '../model';
import { lineRange, STYLE_RANK } from '../model';
import { makeField } from './fields';
import { isColumnName, LABEL_ROLES, roleOfHeaderCell, rolesOfHeader } from './labels';
import { readNumbering, rowNumberSource, type NumberedLine } from './numbering';
import { readDeadline } from './deadline';
import { isCollective, looksLikeUnitList, suffixOf, withoutClosingDuty } from './units';
import { asciiDigits, contentStart, isPageNumber, trimEndIndex } from './text';
import { append } from '../util';
import { placeBack } from './splitTail';

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
 * The header is a run of header cells beginning with 序号 (columns the parser does not read, such as
 * 任务来源, among them); a row begins at a line holding only its number, and part rows (`一、…（共9项）`)
 * may stand between rows. A task's text may wrap over several lines and an empty cell leaves no line
 * at all, so the lines of a row are matched to the columns by what they look like: a unit column takes
 * a unit list (or several lines of names, a name per line), a deadline column a deadline, the text
 * column one or more lines of prose. Lines left over that read as a row of their own without a number
 * (text, then field cells) are a sub-row of the task. A line that fits no column ends the row (it is
 * the prose after the table, read as usual). A bar closing a cell's line (`区发改局 |`) is no part of it.
 */

export type ColumnRole = ReturnType<typeof roleOfHeaderCell>;

export interface VerticalColumns {
  readonly roles: ColumnRole[];
  readonly headers: string[];
  /**
   * The blank lines between two cells, where the header puts the same number between each of its cells (a web copy
   * writes a blank line after each cell): an empty cell then leaves more (`王 东` / three blank lines / `黄埔区政府`).
   */
  readonly gap?: number;
  /** The 序号 cells are empty (a copy lost the numbers Word gave the rows): each row is a task numbered by its place. */
  readonly lostNumbers?: boolean;
  /**
   * A bar closes each cell (`序号` / `|` / `任务名称` / `|` …, or `1 |`): the lines between two bars are one cell, and a
   * row's k-th cell stands in its k-th column, whatever its words.
   */
  readonly barred?: boolean;
}

/** `1`, `12.`, `1*` (a star marks a new or key task, as in 杭州's tables). */
const BARE_NUMBER = new RegExp(`^${rowNumberSource(4)}$`);

const isBar = (k: number): boolean => k === 0x7c || k === 0xff5c;

/**
 * The trimmed content of a line ([start, end)), markup of a Markdown list or heading skipped. A table
 * copied from a web page may close each cell with a bar (`区发改局 |`), or put a bar alone on a line
 * between cells: the bar is no part of the cell, and a line of bars alone is blank.
 */
export function content(line: string): [number, number] {
  let s = contentStart(line);
  let e = trimEndIndex(line);
  if (e > s && isBar(line.charCodeAt(e - 1))) {
    // `区发改局 |`, `|`, `||`, `| |` (an empty cell).
    while (e > s && (isBar(line.charCodeAt(e - 1)) || line.charCodeAt(e - 1) === 0x20 || line.charCodeAt(e - 1) === 0x3000 || line.charCodeAt(e - 1) === 0x09)) e--;
  }
  // `| 市发改委`, `| 市发改委 |`: a copy may open each cell but a row's first with its bar as well as close it, or instead.
  if (e > s + 1 && isBar(line.charCodeAt(s))) {
    s++;
    while (s < e && (line.charCodeAt(s) === 0x20 || line.charCodeAt(s) === 0x3000 || line.charCodeAt(s) === 0x09)) s++;
  }
  return [s, e];
}

/** A heading written across a table between its rows (`一、…负责事项（共9项）`, `（二）…`, `——…`). */
function isHeadingRow(line: string, lineNo: number): boolean {
  const at = contentStart(line);
  const c = line.charCodeAt(at);
  if (c === 0x2014 || c === 0xff0d) return true;
  const n = readNumbering(line, lineNo, at);
  return n !== null && STYLE_RANK[n.numbering.style] < STYLE_RANK['arabic-dot'];
}

/** A short line of words that is no clause of prose (`强化科技创新支撑能力。`): a heading's title across the table. */
function isTitleRow(line: string): boolean {
  const [s, e] = content(line);
  return e - s <= 30 && !/[，,：:；;]/.test(line.slice(s, e));
}

/** A line holding only a row number (`1`, `12.`). */
export function isBareNumber(line: string): boolean {
  const [s, e] = content(line);
  return e > s && e - s <= 5 && BARE_NUMBER.test(line.slice(s, e));
}

/** The number a line of a bare number holds (`12.` → 12), or null. */
function bareNumberValue(line: string): number | null {
  const m = /[0-9０-９]+/.exec(line);
  return m ? parseInt(asciiDigits(m[0]), 10) : null;
}

/**
 * Whether a bare number under row `own` begins the next row rather than filling a cell (`36000`, `8500` under
 * 总投资(万元)): any number does once the row has a line for each of its `columns`, and, before, only one a little above
 * the row's own (a row or a few skipped), or one the row's text follows (see opensRowText).
 */
function startsNextRow(value: number | null, own: number | null, cells: number, columns: number): boolean {
  if (value === null || own === null || cells >= columns) return true;
  return value > own && value <= own + 5;
}

/**
 * Whether the first non-blank line from `from` reads as a row's text (a sentence of work: not a name, a date or a
 * figure): after a bare number, that number begins a row (`9` / `全力做好呼吸领域国家实验室筹建保障服务工作。`).
 */
function opensRowText(lines: readonly string[], from: number, to: number, planYear: number | null): boolean {
  for (let j = from; j < to && j < from + 8; j++) {
    const [s, e] = content(lines[j]);
    if (s >= e) continue;
    const cell = lines[j].slice(s, e);
    return cell.length >= 8 && !isBareNumber(lines[j]) && !isUnitList(cell) && !isDeadline(cell, planYear);
  }
  return false;
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
  const numbered = isNumberHeader(lines[i]);
  if (!numbered && !opensNumberlessHeader(lines[i])) return null;
  const headers: string[] = [];
  let end = i + 1;
  for (let j = i; j < to && headers.length < 12; j++) {
    const [s, e] = content(lines[j]);
    if (s >= e) continue;
    const cell = lines[j].slice(s, e);
    // A note in brackets under a cell's name, on lines of its own (`责任部门` / `(加*号为牵头部门,` / `其余为参与部门)`), is
    // more of that cell.
    const last = headers.length - 1;
    if (last > 0 && headers[last].length + cell.length <= 40 && (leavesNoteOpen(headers[last]) || (HEADER_NOTE.test(cell) && isColumnName(headers[last])))) {
      headers[last] += cell;
      end = j + 1;
      continue;
    }
    // Every cell names a column, one the parser reads or not (任务来源, 备注), up to the first row.
    if (j > i && (isBareNumber(lines[j]) || roleOfHeaderCell(cell) === 'number' || !isColumnName(cell) || isHeadingRow(lines[j], j))) break;
    headers.push(cell);
    end = j + 1;
  }
  joinWrappedHeaderCells(headers);
  const roles: ColumnRole[] = rolesOfHeader(headers);
  const hasField = roles.some((r) => r !== undefined && r !== 'number' && r !== 'text');
  if (headers.length < 3 || !roles.includes('text') || !hasField) return null;
  // With no 序号 cell, every cell is a column's name whose role the parser reads but for notes (完成进展, 备注): a heading
  // that happens to name the work (`主要任务`) is not taken for a table over the lines after it.
  if (!numbered && roles.filter((r) => r !== undefined).length < 3) return null;
  const gap = uniformGap(lines, i, end);
  // The header must be followed by a row (perhaps under headings written across the table: `一、…`,
  // or a cell per line, `(一)` then its title, or a part's title with no number), not by prose that
  // happens to start with such words.
  // A web copy may put several blank lines between cells: up to eight heading lines count (a category's title wrapped
  // a word a line: `(一)` / `持续` / `推进` / …), not the blanks.
  let k = end;
  for (let headings = 0; k < to && k - end < 40; k++) {
    const [s, e] = content(lines[k]);
    if (s >= e) continue;
    if (headings >= 8 || isBareNumber(lines[k]) || !(isHeadingRow(lines[k], k) || isTitleRow(lines[k]))) break;
    headings++;
  }
  if (k >= to) return null;
  const barred = closesCells(lines, i, end, headers.length);
  const columns: VerticalColumns = { roles, headers, ...(gap ? { gap } : {}), ...(barred ? { barred } : {}) };
  if (isBareNumber(lines[k])) return { columns, end };
  // No number under 序号 but a row's text and its cells: the numbers were lost (see opensLostNumberRow).
  const lost = { ...columns, lostNumbers: true };
  return opensLostNumberRow(lines, k, to, lost, null) ? { columns: lost, end } : null;
}

/**
 * A narrow column's name wrapped a word a line (象山 2024: `责任` / `领导` / `责任` / `科室`): the first word names no column
 * alone and is one a column's name opens with, and the two together name a column the parser reads. Joined in place.
 */
function joinWrappedHeaderCells(headers: string[]): void {
  for (let k = 0; k + 1 < headers.length; k++) {
    const joined = headers[k] + headers[k + 1];
    // Joined, they make a column's name as written whole (`责任领导`, `完成时限`, `工作任务`); a second word that is a column's
    // name in full (`责任` / `牵头单位`) stands on its own, a column of its own beside the first.
    const next = headers[k + 1];
    const named = (LABEL_ROLES.has(joined) || (roleOfHeaderCell(joined) === 'text' && roleOfHeaderCell(next) === undefined)) && !(next.length > 2 && LABEL_ROLES.has(next));
    if (NAME_OPENER.test(headers[k]) && headers[k + 1].length <= 4 && roleOfHeaderCell(headers[k]) === undefined && named) {
      headers.splice(k, 2, joined);
    }
  }
}
const NAME_OPENER = /^(?:责任|牵头|配合|协办|参与|分管|完成|工作|主要|重点|具体|任务)$/;

/**
 * Whether line `i` may open the header of a table written a cell per line whose header names no 序号 (安康 2021: `主要任务 |` /
 * `重点工作和要求 |` / `责任单位 |` / …; 池州: `工作任务` / `|` / `具体要求` / `|` / …): its first cell names the task's words.
 * A cheap test before reading the header.
 */
function opensNumberlessHeader(line: string): boolean {
  const [s, e] = content(line);
  return e > s && e - s <= 12 && roleOfHeaderCell(line.slice(s, e)) === 'text';
}

/**
 * A line that is a header cell's note in brackets, whole or opened (`(加*号为牵头部门)`, `(加*号为牵头部门,`), not a group row
 * across the table (`（一）王宏副市长牵头重点工作`).
 */
const HEADER_NOTE = /^[(（](?![一二三四五六七八九十0-9０-９]{1,3}[)）])[^()（）]*[)）]?$/;

/** A line that is a bar alone, or ends with one (`|`, `1 |`, `区发改局 ｜`): it closes a cell. */
function closesCell(line: string): boolean {
  const e = trimEndIndex(line);
  return e > 0 && isBar(line.charCodeAt(e - 1));
}

/** Whether a bar closes each of the `cells` header cells on lines [from, to): at least one bar per cell but the last. */
function closesCells(lines: readonly string[], from: number, to: number, cells: number): boolean {
  let bars = 0;
  for (let j = from; j < to; j++) if (closesCell(lines[j])) bars++;
  return cells >= 3 && bars >= cells - 1;
}

/**
 * The row's cells in a table whose bars close its cells (see VerticalColumns.barred): the lines between two bars are one
 * cell, the k-th cell the k-th column's. Null when the row's lines do not part so (a bar missing, more cells than columns).
 */
function matchByBars(lines: readonly string[], i: number, cells: readonly [number, number, number][], cols: readonly ColumnRole[], planYear: number | null): Match | null {
  if (!cells.length) return null;
  // The 序号 cell is closed on its own line (`1 |`) or by the bar after it.
  let column = closesCell(lines[i]) ? 0 : -1;
  const of: number[] = [];
  let c = 0;
  for (let j = i + 1; j <= cells[cells.length - 1][0]; j++) {
    const [s, e] = content(lines[j]);
    if (s < e) {
      if (c >= cells.length || cells[c][0] !== j) return null;
      of.push(column);
      c++;
    }
    if (closesCell(lines[j])) column++;
  }
  if (of.some((k) => k < 0 || k >= cols.length)) return null;
  const assigned: ([number, number] | null)[] = cols.map(() => null);
  let text: [number, number] = [0, 0];
  for (let k = 0; k < cols.length; k++) {
    const from = of.indexOf(k);
    if (from < 0) continue;
    const span: [number, number] = [from, of.lastIndexOf(k) + 1];
    const role = cols[k];
    if (role === 'text') text = span;
    else assigned[k] = span;
    // A page may drop an empty cell with its bar (崇川 2023: `徐国江 |` then `城管局 |` under 全年目标任务, 分管领导): a field's
    // cell that does not read as its column's value says the bars do not count the columns.
    const words = cells
      .slice(span[0], span[1])
      .map(([l, a, b]) => lines[l].slice(a, b))
      .join('')
      .replace(/[、，,；;\s]+$/, '');
    if (role !== undefined && role !== 'text' && !fits(role, words, planYear)) return null;
    // …and so does a cell that reads as a field's value in a column that names none (安康 2021: the row's words in
    // 重点工作和要求 under a category merged over 主要任务, its units a column to the right of where the bars put them).
    if (role === undefined && cols.some((r) => r !== undefined && r !== 'text' && fits(r, words, planYear))) return null;
  }
  return { assigned, text, used: cells.length, odd: 0 };
}

/** Whether a header cell's note in brackets is still open (`责任部门(加*号为牵头部门,`). */
function leavesNoteOpen(cell: string): boolean {
  let depth = 0;
  for (const c of cell) if (c === '(' || c === '（') depth++;
  else if ((c === ')' || c === '）') && depth > 0) depth--;
  return depth > 0;
}

/** The number of blank lines between each two non-blank lines of [from, to), when it is the same throughout and not 0. */
function uniformGap(lines: readonly string[], from: number, to: number): number | undefined {
  let gap = -1;
  let blanks = -1;
  for (let j = from; j < to; j++) {
    const [s, e] = content(lines[j]);
    if (s >= e) {
      if (blanks >= 0) blanks++;
      continue;
    }
    if (blanks >= 0) {
      if (gap >= 0 && blanks !== gap) return undefined;
      gap = blanks;
    }
    blanks = 0;
  }
  return gap > 0 ? gap : undefined;
}

/**
 * The empty cells a row's blank lines show before each of its cells: where the header parts its cells by `gap` blank
 * lines, a run of gap + k·(gap + 1) of them stands for k empty cells. Null when no run shows one.
 */
function emptiesBefore(lines: readonly string[], cells: readonly [number, number, number][], from: number, gap: number | undefined): number[] | null {
  if (!gap) return null;
  let out: number[] | null = null;
  let previous = from;
  cells.forEach(([l], c) => {
    const blanks = l - previous - 1;
    previous = l;
    if (blanks > gap && (blanks - gap) % (gap + 1) === 0) (out ??= cells.map(() => 0))[c] = (blanks - gap) / (gap + 1);
  });
  return out;
}

/**
 * The match with each cell that the blank lines before it show to follow empty cells moved on to the column they
 * leave it (`王 东` / an empty 牵头单位 / `黄埔区、南沙区政府`: the names are the 配合单位's, not the lead's): the cells
 * from there are read again over the columns from there. The match itself when it already leaves those columns empty,
 * or when the cells do not fit the columns the blanks give them.
 */
function withEmptyCells(
  m: Match,
  empties: readonly number[],
  cells: readonly [number, number, number][],
  cols: readonly ColumnRole[],
  text: (c: [number, number, number]) => string,
  planYear: number | null,
): Match {
  const textCol = cols.indexOf('text');
  for (let p = 1; p < m.used; p++) {
    if (!empties[p]) continue;
    const match = m;
    // The column cell c stands in (-1: none).
    const at = (c: number): number => (match.text[0] <= c && c < match.text[1] ? textCol : match.assigned.findIndex((a) => a !== null && a[0] <= c && c < a[1]));
    const before = at(p - 1);
    const want = before + empties[p] + 1;
    // Only a cell the reading put too far left: one already past its place, or in none, is left as read.
    if (before < 0 || want >= cols.length || at(p) < 0 || at(p) >= want) continue;
    const rest = matchCells(cells, p, cols.slice(want), text, planYear);
    // Every cell from p is read in the columns from `want`, each in one that its words fit.
    if (rest.used !== m.used || rest.assigned.some((a, k) => a && !cellsFit(cells.slice(a[0], a[1]), cols[want + k], text, planYear))) continue;
    const assigned = m.assigned.map((a, k) => (k <= before ? a : null));
    rest.assigned.forEach((a, k) => (assigned[want + k] = a));
    const textAt = cols.slice(want).indexOf('text');
    m = { assigned, text: textCol <= before || textAt < 0 ? m.text : rest.text, used: m.used, odd: m.odd };
  }
  return m;
}

function cellsFit(cells: readonly [number, number, number][], role: ColumnRole | undefined, text: (c: [number, number, number]) => string, planYear: number | null): boolean {
  return role === undefined || cells.every((c) => fits(role, text(c), planYear) || ((role === 'leadUnits' || role === 'units' || role === 'leaders') && NAME_LIKE.test(text(c))));
}

export interface VerticalRow {
  /** The lines of the task's text: [line, start, end]. */
  readonly text: [number, number, number][];
  readonly fields: Field[];
  /** The line after the row's last cell. */
  readonly end: number;
  /** Lines after its fields filled columns that name no field (目前完成情况): see withNotedCells. */
  readonly noted?: boolean;
}

/** Every name in the list is a unit by its ending (局, 委, 街道办事处…) or a collective (各街道…). */
function isUnitList(cell: string): boolean {
  // A duty may close the list (`应急处、…、基层处等按职责分工落实`).
  const list = withoutClosingDuty(cell.replace(/[。；;]$/, ''));
  return !/[。；;]/.test(list) && looksLikeUnitList(list, true);
}

function isDeadline(cell: string, planYear: number | null): boolean {
  // A sentence that names a time in passing (`加快…供地,全年落地项目不少于5家。`) is the task's words: a longer
  // deadline cell opens with its time (`2024年6月底前完成，长期坚持`, `每季度`, `长期坚持`).
  if (cell.length > 40 || (cell.length > 12 && !TIME_FIRST.test(cell))) return false;
  return readDeadline(cell, lineRange(0, 0, 0), planYear).kind !== 'unknown';
}

const TIME_FIRST = /^(?:[0-9０-９]|[一二三四]季度|第|年|月|本|今|明|当|全|长期|持续|常态|每|上半|下半|立行|即|近期|限|按|根据|力争|年内|逐年)/;

/** Names of people or posts (张三, 副区长): short, not units, not a clause. */
function isLeaderList(cell: string): boolean {
  if (cell.length > 40 || /[。，,；;：:]$/.test(cell) || /[。；;]/.test(cell)) return false;
  const parts = cell.split(/[、,，]/).map((p) => p.trim());
  return parts.every((p) => p.length >= 2 && p.length <= 10) && !parts.every((p) => suffixOf(p) !== '' || isCollective(p));
}

/** Does a cell's text fit a column of this role? */
/** Whether a cell's words fit a column of `role` (none: a column that names no field, such as 备注). */
export function fitsColumn(role: ColumnRole | undefined, cell: string, planYear: number | null): boolean {
  return fits(role, cell, planYear);
}

function fits(role: ColumnRole | undefined, cell: string, planYear: number | null, leaderColumn = true): boolean {
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
      // A column that names no field (备注…): a short note (a sentence of work is the task's) that is none of the above (a name of a
      // person only where the table has a column for them: 区委常委会纪要 is no one's name).
      return cell.length <= 20 && !/[。]/.test(cell) && !isUnitList(cell) && !isDeadline(cell, planYear) && !(leaderColumn && isLeaderList(cell));
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
  notedAbove = false,
): VerticalRow {
  const cells: [number, number, number][] = [];
  const limit = columns.headers.length + 8;
  const cols = columns.roles.filter((role) => role !== 'number');
  const own = bareNumberValue(lines[i]);
  let nextRow = false;
  for (let j = i + 1; j < to && cells.length < limit; j++) {
    const [s, e] = content(lines[j]);
    // A page number a PDF copy leaves between cells (`— 6 —`) is no cell.
    if (s >= e || isPageNumber(lines[j], s, e)) continue;
    if ((isBareNumber(lines[j]) && (startsNextRow(bareNumberValue(lines[j]), own, cells.length, cols.length) || opensRowText(lines, j + 1, to, planYear))) || isNumberHeader(lines[j])) {
      nextRow = true;
      break;
    }
    if (stop(lines[j], j)) break;
    cells.push([j, s, e]);
  }
  // The row's lines end at a stop, not at the limit.
  const row = matchRow(lines, i, cells, cells.length < limit, columns, planYear, problems);
  // The last row's notes: no more lines than such columns, and only where the rows above filled them (prose may follow).
  const notes = cols.filter((r, k) => r === undefined && k > cols.indexOf('text')).length;
  return withNotedCells(lines, row, cells, cols, planYear, nextRow ? cells.length : notedAbove ? notes : 0);
}

/**
 * The row with up to `most` lines left after its fields, when they are the cells of columns after its words that name
 * no field (目前完成情况, 进展情况, 备注): a quarter's report of progress fills them with paragraphs, numbered ones too
 * (`1、查处违法行为31起…2、…`), which are no task of the plan. Lines that fit a field's column stay outside the row, read
 * as before.
 */
function withNotedCells(
  lines: readonly string[],
  row: VerticalRow,
  cells: readonly [number, number, number][],
  cols: readonly ColumnRole[],
  planYear: number | null,
  most: number,
): VerticalRow {
  let left = cells.filter(([l]) => l >= row.end).slice(0, most);
  // A line closing on a colon heads what follows the table (`下一步工作打算:`), as does a sentence announcing a list
  // (`下一步,我们将重点做好以下工作。`): no cell, nor anything after it.
  const heading = left.findIndex(([l, s, e]) => HEADS_WHAT_FOLLOWS.test(lines[l].slice(e - 1, e)) || (e - s <= 40 && ANNOUNCES_LIST.test(lines[l].slice(s, e))));
  if (heading >= 0) left = left.slice(0, heading);
  if (!left.length || !cols.some((r, k) => r === undefined && k > cols.indexOf('text'))) return row;
  const fields = cols.filter((r) => r !== undefined && r !== 'text');
  if (left.some(([l, s, e]) => fields.some((r) => fits(r, lines[l].slice(s, e), planYear)))) return row;
  return { ...row, end: left[left.length - 1][0] + 1, noted: true };
}

/** The roles of the columns that hold a field (not 序号, not the task's words, not a column named by nothing known). */
function fieldRoles(columns: VerticalColumns): ColumnRole[] {
  return columns.roles.filter((r) => r !== undefined && r !== 'number' && r !== 'text');
}

/**
 * Whether line `i` opens a row of a table whose 序号 cells are empty (Word numbered the rows itself, and a copy as text
 * lost the numbers): the row's text, a sentence of work (see opensRowText), and within the next few lines a cell that
 * fits one of the table's field columns.
 */
export function opensLostNumberRow(lines: readonly string[], i: number, to: number, columns: VerticalColumns, planYear: number | null): boolean {
  // A note under the table (`注:各责任单位要于每季度末报送…`) opens no row, whatever follows it.
  if (!opensRowText(lines, i, i + 1, planYear) || TABLE_NOTE.test(lines[i].slice(contentStart(lines[i])))) return false;
  const fields = fieldRoles(columns);
  for (let j = i + 1, seen = 0; j < to && seen < 4; j++) {
    const [s, e] = content(lines[j]);
    if (s >= e) continue;
    seen++;
    const cell = lines[j].slice(s, e);
    if (isBareNumber(lines[j]) || isNumberHeader(lines[j])) return false;
    if (fields.some((r) => fits(r, cell, planYear))) return true;
  }
  return false;
}

/** A note written under a table: `注:`, `注：`, `备注:`, `说明：`. */
const TABLE_NOTE = /^(?:注|备注|说明)\s*[:：]/;

/**
 * Reads the row whose text opens on line `i` in a table whose 序号 cells are empty (see opensLostNumberRow): its lines
 * up to the next such row (a sentence of work after a cell of a field), a bare number or a heading (`stop`), matched
 * to the columns after 序号 in order. Null unless a cell fills a field.
 */
export function readLostNumberRow(
  lines: readonly string[],
  i: number,
  to: number,
  columns: VerticalColumns,
  planYear: number | null,
  problems: ParseProblem[],
  stop: (line: string, lineNo: number) => boolean,
): VerticalRow | null {
  const cells: [number, number, number][] = [];
  const limit = columns.headers.length + 8;
  const fields = fieldRoles(columns);
  let filled = false;
  for (let j = i; j < to && cells.length < limit; j++) {
    const [s, e] = content(lines[j]);
    if (s >= e || isPageNumber(lines[j], s, e)) continue;
    // After a field's cell, a sentence (the next row's words, or prose after the table) is no cell of this row.
    if (j > i && (isBareNumber(lines[j]) || isNumberHeader(lines[j]) || stop(lines[j], j) || (filled && opensRowText(lines, j, j + 1, planYear)))) break;
    if (j > i && fields.some((r) => fits(r, lines[j].slice(s, e), planYear))) filled = true;
    cells.push([j, s, e]);
  }
  if (!filled) return null;
  // The blank lines before the text are those a row's number would have stood before.
  const row = matchRow(lines, i - (columns.gap ?? 0) - 1, cells, cells.length < limit, columns, planYear, problems);
  return row.text.length && row.fields.length ? row : null;
}

/** The row's cells matched to the columns after 序号 (`i`: the line of its number, or where it would stand). */
function matchRow(
  lines: readonly string[],
  i: number,
  cells: [number, number, number][],
  reached: boolean,
  columns: VerticalColumns,
  planYear: number | null,
  problems: ParseProblem[],
): VerticalRow {
  const cols = columns.roles.filter((role) => role !== 'number');
  const headerOf = columns.roles.map((role, k) => ({ role, k })).filter((c) => c.role !== 'number').map((c) => columns.headers[c.k]);

  const textLines: [number, number, number][] = [];
  const fields: Field[] = [];
  const take = (m: Match) => {
    append(textLines, cells.slice(m.text[0], m.text[1]));
    append(fields, fieldsOf(lines, cells, m, cols, headerOf, planYear, problems));
  };
  const read = (c: [number, number, number]) => lines[c[0]].slice(c[1], c[2]);
  // A table whose bars close its cells says where each cell stands.
  const barred = columns.barred ? matchByBars(lines, i, cells, cols, planYear) : null;
  if (barred) {
    take(barred);
    return { text: textLines, fields, end: cells[cells.length - 1][0] + 1 };
  }
  const byContent = matchCells(cells, 0, cols, read, planYear);
  // Blank lines that show an empty cell say where the cells after it stand.
  const empties = emptiesBefore(lines, cells, i, columns.gap);
  const first = empties
    ? withEmptyCells(byContent, empties, cells, cols, read, planYear)
    : reached
      ? (byPosition(cells, cols, read, planYear, byContent) ?? byContent)
      : byContent;
  take(first);
  let used = first.used;
  // A sub-row without a number of its own (a second line of work under the same task, with its own
  // cells): more of the task, when its lines end the row and fill a field.
  for (let n = 0; n < 4 && reached && used < cells.length; n++) {
    const more = matchCells(cells, used, cols, (c) => lines[c[0]].slice(c[1], c[2]), planYear);
    const fills = more.assigned.some((span, k) => span && cols[k] !== undefined && cols[k] !== 'text');
    const words = more.text[1] - more.text[0];
    if (!fills || words < 1 || words > 3 || more.odd > 0 || more.used !== cells.length) break;
    take(more);
    used = more.used;
  }
  const last = used > 0 ? cells[used - 1][0] : i;
  return { text: textLines, fields, end: last + 1 };
}

/** A line of the category's column, or of a sub-category under it: [line, start, end]. */
export type CellLine = [number, number, number];

export interface VerticalTaskRow {
  /** Sub-category lines standing before this row in the category's column (`做精老城区`), if any. */
  readonly heading: CellLine[];
  readonly numbering: NumberedLine;
  /** The task's text: the numbered line from after its marker, and any wrapped lines. */
  readonly text: CellLine[];
  readonly fields: Field[];
}

export interface VerticalCategory {
  /** The category's own words (the 目标名称 / 项目 cell): its first line, and the lines of a sub-category after it. */
  readonly title: CellLine;
  readonly rows: VerticalTaskRow[];
  /** The line after the category's last cell. */
  readonly end: number;
}

/** The most lines one task's cells take in a category row (its text wrapped, a list of names a name per line). */
const MAX_TASK_CELLS = 40;

/** A bracketed qualifier alone: `(邹区镇)`, `（安委办）`. */
const QUALIFIER = /^[（(〈][^（）()〈〉]{1,15}[)）〉]$/;

/** A person's name as a table's 分管领导 cell writes it, padded or not (`王旭锋`, `吴 伟`), or a post (`副区长`). */
const PERSON = /^(?:[\u4e00-\u9fa5][ \u3000]*){1,2}[\u4e00-\u9fa5]$|(?:长|书记|主任|主席|委员|领导)$/;

/** A cell of leaders, where a line of a category's column could stand in its place: names of people or posts. */
export function isPersonList(cell: string): boolean {
  return isLeaderList(cell) && cell.split(/[、,，]/).every((p) => PERSON.test(p.trim()));
}

/**
 * The row whose number is on line `i`, when that number is a category's, not a task's: the 序号 column numbers
 * what the 目标名称 / 项目 cell names, and the tasks under it number themselves in the next column
 * (钟楼 2025: `1` / `全区经济社会发展的主要预期目标` / `(1)地区生产总值增长5%左右。` / `王旭锋` / `区发改局` / `经开区` /
 * `(2)一般公共预算收入保持稳定增长。` / `区财政局` / …). A cell merged over rows in the source (the leader, the lead)
 * is written on the first row it covers only, so each task's cells are read by what they look like, and a task
 * with none keeps none: nothing is copied from the row above. A line that fits none of a task's cells and stands
 * before the next task heads the tasks after it (a sub-category: `做精老城区`).
 *
 * Only when the category's cell is no task's, and a task's cell stands between two numbered tasks (so the numbers
 * are not the sub-items of one task's text) — or, once the table has shown its layout so (`known`), any numbered task.
 * Null otherwise.
 */
export function readCategoryRow(
  lines: readonly string[],
  i: number,
  to: number,
  columns: VerticalColumns,
  planYear: number | null,
  problems: ParseProblem[],
  stop: (line: string, lineNo: number) => boolean,
  known: boolean,
): VerticalCategory | null {
  const cells: CellLine[] = [];
  const numbered: { at: number; read: NumberedLine }[] = [];
  for (let j = i + 1; j < to; j++) {
    const [s, e] = content(lines[j]);
    if (s >= e || isPageNumber(lines[j], s, e)) continue;
    if (isBareNumber(lines[j]) || isNumberHeader(lines[j]) || stop(lines[j], j)) break;
    // A narrow cell wraps a name's qualifier onto a line of its own (`高新园` / `(邹区镇)`): no cell of its own.
    if (cells.length > 0 && QUALIFIER.test(lines[j].slice(s, e))) continue;
    const read = readNumbering(lines[j], j, s);
    if (read && STYLE_RANK[read.numbering.style] >= STYLE_RANK['arabic-dot'] && read.textStart < e) {
      if (cells.length === 0) return null; // the first cell is the task's own
      numbered.push({ at: cells.length, read });
    } else if (numbered.length === 0 && cells.length >= 3) return null; // a category's title is a line or three
    cells.push([j, s, e]);
  }
  if (numbered.length === 0 || (!known && numbered.length < 2)) return null;
  const textAt = columns.roles.indexOf('text');
  const cols: ColumnRole[] = ['text'];
  const headerOf: string[] = [''];
  columns.roles.forEach((r, k) => {
    if (k > textAt && r !== undefined && r !== 'text' && r !== 'number') {
      cols.push(r);
      headerOf.push(columns.headers[k]);
    }
  });
  if (cols.length < 2) return null;
  const read = (c: CellLine) => lines[c[0]].slice(c[1], c[2]);
  const rows: VerticalTaskRow[] = [];
  let heading: CellLine[] = cells.slice(1, numbered[0].at);
  let between = false;
  let last = numbered[0].at;
  for (let n = 0; n < numbered.length; n++) {
    const { at, read: mark } = numbered[n];
    const until = n + 1 < numbered.length ? numbered[n + 1].at : cells.length;
    // A task's cells are a few lines: more is no row of such a table (and would outgrow the matcher's memo).
    if (until - at > MAX_TASK_CELLS) return null;
    const own: CellLine[] = [[cells[at][0], mark.textStart, cells[at][2]], ...cells.slice(at + 1, until)];
    const m = matchCells(own, 0, cols, read, planYear, isPersonList);
    // Names left over after the helpers' cell, one of them a unit (`经开区` / `高新园` / `各街道` / `统计局`, a
    // name the ending does not tell among them): more of that list, not a sub-category.
    const unitsAt = cols.lastIndexOf('units');
    const rest = own.slice(m.used);
    if (unitsAt > 0 && rest.length && m.assigned.every((a, k) => !a || k <= unitsAt) && rest.some((c) => isUnitList(read(c))) && rest.every((c) => NAME_LIKE.test(read(c)))) {
      const span = m.assigned[unitsAt];
      const leadAt = cols.indexOf('leadUnits');
      // With no lead read either, the first of them stands in the lead's column (`区住建屈` / `各街道`: misspelt at its ending).
      if (!span && leadAt > 0 && leadAt < unitsAt && !m.assigned[leadAt]) {
        m.assigned[leadAt] = [m.used, m.used + 1];
        if (rest.length > 1) m.assigned[unitsAt] = [m.used + 1, own.length];
      } else m.assigned[unitsAt] = [span ? span[0] : m.used, own.length];
      m.used = own.length;
    }
    const fields = fieldsOf(lines, own, m, cols, headerOf, planYear, problems);
    if (fields.length && n + 1 < numbered.length) between = true;
    rows.push({ heading, numbering: mark, text: own.slice(m.text[0], m.text[1]), fields });
    // Lines after the task's cells that fit none: a sub-category over the next tasks (or, after the last, no part of the table).
    heading = own.slice(m.used);
    last = at + Math.max(m.used, 1) - 1;
  }
  if (!known && !between) return null;
  return { title: cells[0], rows, end: cells[last][0] + 1 };
}

/** The fields of the cells a match puts in field columns: a list written a name per line is one field per line. */
function fieldsOf(
  lines: readonly string[],
  cells: readonly CellLine[],
  m: Match,
  cols: readonly ColumnRole[],
  headerOf: readonly string[],
  planYear: number | null,
  problems: ParseProblem[],
): Field[] {
  const fields: Field[] = [];
  cols.forEach((role, k) => {
    const span = m.assigned[k];
    if (!span || role === undefined || role === 'text' || role === 'number') return;
    if (role === 'deadline' && span[1] - span[0] > 1) {
      fields.push(deadlineOverLines(lines, cells.slice(span[0], span[1]), headerOf[k], planYear, problems));
      return;
    }
    for (const [l, s, e] of cells.slice(span[0], span[1])) {
      const label = { text: headerOf[k], range: lineRange(l, s, s) };
      fields.push(makeField(lines[l], l, role, label, s, e, 'table', planYear, null, problems));
    }
  });
  return fields;
}

/** A deadline cell of stages over lines, read as one value (its last stage dates the task, as on one line). */
function deadlineOverLines(lines: readonly string[], pieces: readonly CellLine[], header: string, planYear: number | null, problems: ParseProblem[]): Field {
  const texts = pieces.map(([l, s, e]) => lines[l].slice(s, e));
  const joined = texts.join('');
  const read: ParseProblem[] = [];
  const field = makeField(joined, pieces[0][0], 'deadline', { text: header, range: lineRange(pieces[0][0], 0, 0) }, 0, joined.length, 'table', planYear, null, read);
  const placed = placeBack({ fields: [field], problems: read }, pieces, texts.map((t) => t.length));
  append(problems, placed.problems);
  return placed.fields[0];
}

/** Names, as a cell of units or people holds them: `县住建屈`, `招商工作部、安商工作郎`. */
const NAME_LIKE = /^[\u4e00-\u9fa5]{2,20}(?:[、，,][\u4e00-\u9fa5]{2,20}){0,9}$/;

/**
 * A row of exactly one line per column that the reading by content leaves with a column of names
 * empty, read by position instead: a name misspelt at its ending (`县住建屈`, `安商工作郎`) reads as no
 * unit, yet it sits in the units column. Only where the text's line closes its sentence (a wrapped
 * text's first line does not) and no line stands in another field's column by its content; null otherwise.
 */
function byPosition(
  cells: readonly [number, number, number][],
  cols: readonly ColumnRole[],
  text: (c: [number, number, number]) => string,
  planYear: number | null,
  byContent: Match,
): Match | null {
  if (cells.length !== cols.length) return null;
  const names = (r: ColumnRole) => r === 'leadUnits' || r === 'units' || r === 'leaders' || r === 'groupLead';
  if (!cols.some((r, k) => names(r) && !byContent.assigned[k])) return null;
  const fieldRoles = cols.filter((r) => r !== undefined && r !== 'text');
  let textAt = -1;
  for (let k = 0; k < cols.length; k++) {
    const role = cols[k];
    const cell = text(cells[k]);
    if (role === 'text') {
      if (!/[。；;！!]$/.test(cell) || fieldRoles.some((r) => fits(r, cell, planYear))) return null;
      textAt = k;
    } else if (role !== undefined && !fits(role, cell, planYear)) {
      if (!names(role) || !NAME_LIKE.test(cell) || fieldRoles.some((r) => r !== role && !names(r) && fits(r, cell, planYear))) return null;
    }
  }
  if (textAt < 0) return null;
  return { assigned: cols.map((r, k) => (r !== undefined && r !== 'text' ? [k, k + 1] : null)), text: [textAt, textAt + 1], used: cells.length, odd: 0 };
}

interface Match {
  /** Per column, the cells it takes ([from, to) indices), or null. */
  assigned: ([number, number] | null)[];
  /** The cells of the task's text. */
  text: [number, number];
  used: number;
  /** Lines of the text that read as a field's value. */
  odd: number;
}

/**
 * A deadline's later stage on a line of its own opens with its date (`2023年12月底前全面推行`, `年底前完成主体封顶`) or says
 * it lasts (`长期坚持`); a cell after the deadline that opens with a quarter reports what was done (`三季度绝对数16285元,增幅7.4%`).
 */
const STAGE = /^(?:[0-9０-９]{1,4}[年月]|年底|年内|年中|上半年|下半年|月底|长期|持续)/;

/** How a line that heads what follows ends: a colon. */
const HEADS_WHAT_FOLLOWS = /[:：]$/;

/** A sentence that announces the list under it: `…做好以下工作。`, `…安排如下。`, `…主要有以下几点：`. */
export const ANNOUNCES_LIST = /(?:以下|如下)[^。；;，,]{0,8}[。:：]$/;

/** A figure of one or two digits alone on a line. */
const STRAY_FIGURE = /^[0-9０-９]{1,2}$/;

/**
 * The best reading of cells[from…] as one row's columns, in order: the text column takes one or more
 * lines; a field column one line that reads as its value, or, for names (units, leaders), several
 * such lines (a list written a name per line); any column may be empty. Best: most columns filled,
 * then fewest text lines that read as a field's value, then most lines used (a wrapped text line left over is worse than none), then fewest text lines,
 * then fewest lists spread over lines, then the earliest columns filled.
 */
function matchCells(
  cells: readonly [number, number, number][],
  from: number,
  cols: readonly ColumnRole[],
  text: (c: [number, number, number]) => string,
  planYear: number | null,
  // A stricter reading of a leaders' cell, where other short lines could stand in its place.
  leaders?: (cell: string) => boolean,
): Match {
  const n = cells.length;
  // `choice`: per column, how many lines it takes; `skips`: per column, the stray lines passed over before them.
  type Best = { filled: number; odd: number; used: number; strays: number; textLines: number; spread: number; late: number; choice: number[]; skips: number[] } | null;
  const fields = cols.filter((r) => r !== undefined && r !== 'text');
  const leaderColumn = cols.includes('leaders');
  // A text line that reads as a field's value (`县民政局`, `2024年5月底前`) is more likely that field's cell.
  const odd = (p: number, t: number) => cells.slice(p, p + t).filter((c) => fields.some((r) => fits(r, text(c), planYear))).length;
  const memo = new Map<number, Best>();
  const better = (a: NonNullable<Best>, b: Best): boolean => {
    if (!b) return true;
    if (a.filled !== b.filled) return a.filled > b.filled;
    if (a.odd !== b.odd) return a.odd < b.odd;
    if (a.used !== b.used) return a.used > b.used;
    if (a.strays !== b.strays) return a.strays < b.strays;
    if (a.textLines !== b.textLines) return a.textLines < b.textLines;
    if (a.spread !== b.spread) return a.spread < b.spread;
    // A lone name fits the lead's column and the helpers' alike: the earlier column (a row names its lead
    // first; the helpers' cell is the one a row leaves empty).
    return a.late < b.late;
  };
  // best(k, p): the best reading of columns k… from cell p; `choice` holds, per column, how many lines it takes.
  const best = (k: number, p: number): NonNullable<Best> => {
    if (k === cols.length) return { filled: 0, odd: 0, used: p, strays: 0, textLines: 0, spread: 0, late: 0, choice: [], skips: [] };
    const key = k * 64 + p;
    const known = memo.get(key);
    if (known) return known;
    let top: Best = null;
    const consider = (lines: number, filled: number, textLines: number, spread: number) => {
      const rest = best(k + 1, p + lines);
      const o = textLines ? odd(p, textLines) : 0;
      const cand = { filled: rest.filled + filled, odd: rest.odd + o, used: rest.used, strays: rest.strays, textLines: rest.textLines + textLines, spread: rest.spread + spread, late: rest.late + (filled ? k : 0), choice: [lines, ...rest.choice], skips: [0, ...rest.skips] };
      if (better(cand, top)) top = cand;
    };
    const role = cols[k];
    if (role === 'text') {
      // A row with no lines left has an empty text.
      if (p >= n) consider(0, 0, 0, 0);
      for (let t = 1; t <= 6 && p + t <= n; t++) consider(t, 0, t, 0);
    } else {
      consider(0, 0, 0, 0);
      // A cell of names may run over lines; so may a deadline of stages (`2023年3月底前出台实施方案;` / `2023年12月底前全面推行`).
      const many = role === 'leadUnits' || role === 'units' || role === 'leaders' || role === 'deadline';
      const fit = (c: string) => (leaders && role === 'leaders' ? leaders(c) : fits(role, c, planYear, leaderColumn));
      for (let m = 1; m <= (many ? 6 : 1) && p + m <= n && fit(text(cells[p + m - 1])) && (m === 1 || role !== 'deadline' || STAGE.test(text(cells[p + m - 1]))); m++) consider(m, 1, 0, m - 1);
      // A stray figure between two cells (`经管站` / `2` / `2023年底`, 怀远 2023) is no column's: passed over, it leaves the
      // deadline after it its column, but only where that fills as many columns and reads more of the row's lines.
      if (p < n && STRAY_FIGURE.test(text(cells[p]))) {
        const rest = best(k, p + 1);
        const cand = { ...rest, strays: rest.strays + 1, skips: [rest.skips[0] + 1, ...rest.skips.slice(1)] };
        if (better(cand, top)) top = cand;
      }
    }
    memo.set(key, top);
    return top!;
  };
  const b = best(0, from);
  const assigned: ([number, number] | null)[] = [];
  let p = from;
  let textSpan: [number, number] = [from, from];
  b.choice.forEach((m, k) => {
    p += b.skips[k];
    if (cols[k] === 'text') textSpan = [p, p + m];
    assigned.push(m > 0 && cols[k] !== 'text' ? [p, p + m] : null);
    p += m;
  });
  return { assigned, text: textSpan, used: b.used, odd: b.odd };
}
