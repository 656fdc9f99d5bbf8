/**
 * A task table flattened to text, line by line: its header (which names the columns), the cells of a
 * row (parted by tabs, bars, runs of spaces, or single spaces under a spaced-out header), a sub-row
 * under a merged 序号 cell, a header's second row.
 */
import { isColumnName, roleOfHeaderCell, rolesOfHeader } from './labels';
import { trimRange } from './text';
import { rowNumberSource } from './numbering';

/** A row's number as the first word of a row (`12`, `3、`, `1*`), and one glued to the row's words by a blank. */
const ROW_NUMBER_WORD = new RegExp(`^${rowNumberSource(3)}$`);
const NUMBER_THEN_WORDS = new RegExp(`^${rowNumberSource(3)} (?=\\S)`);
import { fitsColumn } from './verticalTable';

export interface TableColumns {
  roles: (ReturnType<typeof roleOfHeaderCell> | undefined)[];
  headers: string[];
  /** `space`: a header whose cells are parted by single spaces; its rows are split by their columns. */
  separator: 'tab' | 'bar' | 'spaces' | 'space';
  /** No 序号 column: each row is a task numbered by its place. */
  numberless?: boolean;
  /**
   * Columns before 序号 (`工作任务 | 序号 | 具体要求 | …`): a category merged over its rows, heading them. The
   * columns from 序号 on are the rows' own.
   */
  categories?: number;
}

export type Cell = [number, number];

export function splitCells(line: string): { cells: Cell[]; separator: TableColumns['separator'] } | null {
  let separator: TableColumns['separator'];
  let re: RegExp;
  // A tab or a bar is exactly one cell boundary: `1\t任务\t\t区甲局` has an empty third cell. A tab
  // after the last cell (a stray trailing tab on a `|` row) does not make a row tab-separated.
  if (line.trim().includes('\t')) {
    separator = 'tab';
    re = /\t/g;
  } else if (/[|｜]/.test(line)) {
    separator = 'bar';
    re = /[|｜]/g;
  } else if (/\S(?: {2,}|\u3000+)\S/.test(line.trim())) {
    separator = 'spaces';
    re = / {2,}|\u3000+/g;
  } else return null;
  const cells: Cell[] = [];
  let last = 0;
  const push = (a: number, b: number) => {
    const [s, e] = trimRange(line, a, b);
    cells.push([s, e]);
  };
  for (let m = re.exec(line); m; m = re.exec(line)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, line.length);
  while (cells.length && cells[0][0] >= cells[0][1]) cells.shift();
  while (cells.length && cells[cells.length - 1][0] >= cells[cells.length - 1][1]) cells.pop();
  // Columns aligned with runs of spaces leave a single one where a cell fills its column: `10 打造…` is the
  // row's number and its text (a number of two or three digits fills a narrow 序号 column).
  if (separator === 'spaces' && cells.length) {
    const [a, b] = cells[0];
    const m = NUMBER_THEN_WORDS.exec(line.slice(a, b));
    if (m) cells.splice(0, 1, [a, a + m[0].length - 1], [a + m[0].length, b]);
  }
  return cells.length >= 3 ? { cells, separator } : null;
}

/**
 * The cells of a tab row whose 序号 cell is empty (`\t开工建设老年大学。\t12月底前`), the empty first
 * cell kept; null unless the line opens with a tab and holds at least one more cell with text.
 */
export function subRowCells(line: string): Cell[] | null {
  if (line.charCodeAt(0) !== 0x09) return null;
  const cells: Cell[] = [];
  let last = 0;
  for (let k = line.indexOf('\t'); k >= 0; k = line.indexOf('\t', k + 1)) {
    cells.push(trimRange(line, last, k));
    last = k + 1;
  }
  cells.push(trimRange(line, last, line.length));
  while (cells.length > 1 && cells[cells.length - 1][0] >= cells[cells.length - 1][1]) cells.pop();
  return cells.length >= 2 && cells.slice(1).some(([a, b]) => b > a) ? cells : null;
}

export function readTableHeader(line: string): TableColumns | null {
  // A header names a number column (序号/编号): a cheap test before splitting every line.
  if (line.indexOf('序') < 0 && line.indexOf('编号') < 0) return mayNameColumns(line) ? readNumberlessHeader(line) : null;
  const split = splitCells(line);
  if (!split) return readSpacedHeader(line);
  const headers = split.cells.map(([a, b]) => line.slice(a, b));
  let roles = rolesOfHeader(headers);
  const numberAt = roles.indexOf('number');
  // `工作任务 | 序号 | 具体要求 | 责任科室`: what stands before 序号 is the rows' category; the task's words follow it.
  const categories = numberAt > 0 && numberAt <= 2 ? numberAt : 0;
  if (categories) roles = [...headers.slice(0, categories).map(() => undefined), ...rolesOfHeader(headers.slice(categories))];
  const hasField = roles.some((r) => r && r !== 'number' && r !== 'text');
  if (!roles.includes('text') || !hasField) return null;
  return categories ? { roles, headers, separator: split.separator, categories } : { roles, headers, separator: split.separator };
}

/** Cheap pre-check for a header with no 序号 column: cells parted by a tab or a bar, one naming who answers for the task (a unit, a leader, a bureau's 科室). */
function mayNameColumns(line: string): boolean {
  return (
    (line.indexOf('\t') >= 0 || line.indexOf('|') >= 0 || line.indexOf('｜') >= 0) &&
    (line.indexOf('单位') >= 0 || line.indexOf('领导') >= 0 || line.indexOf('部门') >= 0 || line.indexOf('科室') >= 0 || line.indexOf('处室') >= 0 || line.indexOf('股室') >= 0)
  );
}

/**
 * `类别 | 任务内容 | 牵头领导 | 责任单位`: a header with no 序号 column, whose rows number nothing. Every cell
 * names a column, one of them the task's words and one who answers for it (a lead, leader or units): a
 * row of such a table never reads so.
 */
function readNumberlessHeader(line: string): TableColumns | null {
  const split = splitCells(line);
  if (!split || split.separator === 'spaces' || split.cells.length < 3) return null;
  const headers = split.cells.map(([a, b]) => line.slice(a, b));
  if (!headers.every(isColumnName)) return null;
  const roles = rolesOfHeader(headers);
  if (!roles.includes('text') || !roles.some((r) => r === 'leadUnits' || r === 'leaders' || r === 'units')) return null;
  return { roles, headers, separator: split.separator, numberless: true };
}

/** A line's cells parted by the table's tabs or bars, empty ones kept but for a bar row's own first and last. */
export function rowCells(line: string, table: TableColumns): Cell[] {
  const sep = table.separator === 'tab' ? /\t/g : /[|｜]/g;
  const bounds: number[] = [-1];
  for (let m = sep.exec(line); m; m = sep.exec(line)) bounds.push(m.index);
  bounds.push(line.length);
  let cells: Cell[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) cells.push(trimRange(line, bounds[k] + 1, bounds[k + 1]));
  // A bar row's own first and last bars (`| 任务 | 区甲局 |`) close no cell.
  if (table.separator === 'bar') {
    if (cells.length && cells[0][0] >= cells[0][1] && /^\s*[|｜]/.test(line)) cells = cells.slice(1);
    if (cells.length && cells[cells.length - 1][0] >= cells[cells.length - 1][1]) cells = cells.slice(0, -1);
  }
  return cells;
}

/** The row's cells without the empty ones closing it (`3.… | 各科室 | |`: the places of cells merged over rows). */
export function filledRowCells(line: string, table: TableColumns): Cell[] {
  const cells = rowCells(line, table);
  while (cells.length && cells[cells.length - 1][0] >= cells[cells.length - 1][1]) cells.pop();
  return cells;
}

/**
 * The cells of a row under a header with no 序号 column, one per column, empty ones kept (a category
 * cell merged over rows is empty below its first: `\t按大…\t王明\t区发改局`); null unless its text cell
 * and a field's cell are filled. A line of one cell (`一、经济发展`) is a heading across the table.
 */
export function numberlessRowCells(line: string, table: TableColumns): Cell[] | null {
  const cells = rowCells(line, table);
  if (cells.length < 2 || cells.length > table.roles.length) return null;
  const filled = (k: number) => k < cells.length && cells[k][0] < cells[k][1];
  const text = table.roles.indexOf('text');
  if (!filled(text)) return null;
  // Under a lead's column merged over rows, a row may fill its text alone (`\t固定资产投资增长20%\t`): its cells'
  // separators make it a row, where a line of words wrapped in the text's cell has none.
  return table.roles.some((r, k) => r && r !== 'text' && r !== 'number' && filled(k)) || (groupsByField(table) && text > 0) ? cells : null;
}

/**
 * Whether a column of who answers for the task (the lead, the leader, the units) stands before the task's words
 * (`牵头单位 | 目标任务 | 责任单位`): the table groups its rows by it, and the source merged its cell over the rows of
 * a group, written on the first of them only.
 */
export function groupsByField(table: TableColumns): boolean {
  const text = table.roles.indexOf('text');
  for (let k = 0; k < text; k++) {
    const r = table.roles[k];
    if (r === 'leadUnits' || r === 'leaders' || r === 'units') return true;
  }
  return false;
}

/** The words of a line parted by blanks: [start, end) of each. */
function words(line: string): Cell[] {
  const out: Cell[] = [];
  const re = /[^\s\u3000]+/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * A header whose cells are parted by single spaces, as a page's table gives them when copied as text:
 * `序号 工 作 任 务 牵头负责部门` (a cell spaced out a character at a time is one cell). It starts with
 * 序号 and every cell names a column; the task's text and at least one field among them.
 */
function readSpacedHeader(line: string): TableColumns | null {
  const ws = words(line);
  if (ws.length < 3 || ws.length > 40) return null;
  const headers: string[] = [];
  for (let k = 0; k < ws.length; ) {
    let m = k + 1;
    // Single characters in a run are the letters of one cell.
    if (ws[k][1] - ws[k][0] === 1) while (m < ws.length && ws[m][1] - ws[m][0] === 1) m++;
    headers.push(ws.slice(k, m).map(([a, b]) => line.slice(a, b)).join(''));
    k = m;
  }
  if (headers.length < 3 || headers.length > 12 || roleOfHeaderCell(headers[0]) !== 'number' || !headers.every(isColumnName)) return null;
  const roles = rolesOfHeader(headers);
  const hasField = roles.some((r) => r && r !== 'number' && r !== 'text');
  return roles.includes('text') && hasField ? { roles, headers, separator: 'space' } : null;
}

/**
 * The cells of a row under a header parted by single spaces (`1 居民消费价格涨幅3%左右 发展改革委`),
 * one per column, or null when the line is no such row: its first word is the row's number. The
 * task's text may hold spaces; the field columns after it take the last words, each only a word that
 * reads as its column's value (a unit list, a deadline, a name), so an empty cell is left empty.
 */
/** The columns a header-less table parted by single spaces is read with: 序号, the task's words, the lead. */
const BARE_SPACED: TableColumns = { roles: ['number', 'text', 'leadUnits'], headers: ['序号', '工作任务', '牵头单位'], separator: 'space' };

/**
 * A table parted by single spaces whose header a copy lost or glued to the line above (常熟 2018 任务分解表:
 * `1 地区生产总值增长7%以上,服务业增加值占GDP比重47.1%. 发改委`): the columns {@link BARE_SPACED}, when the numbered
 * lines among `lines` (the next few after a row's, blanks and headings between them skipped) are at least two such
 * rows: a number, a sentence of work closed by its stop, and names of units after it. Null otherwise.
 */
export function inferSpacedTable(lines: readonly string[], planYear: number | null): TableColumns | null {
  let rows = 0;
  for (const line of lines) {
    const ws = words(line);
    if (ws.length < 3 || !ROW_NUMBER_WORD.test(line.slice(ws[0][0], ws[0][1]))) break;
    const [a] = ws[1];
    const [, b] = ws[ws.length - 2];
    const last = line.slice(ws[ws.length - 1][0], ws[ws.length - 1][1]);
    if (b - a < 6 || !/[。.；;！]$/.test(line.slice(a, b)) || !fitsColumn('leadUnits', last, planYear) || fitsColumn('units', line.slice(a, b), planYear)) break;
    rows++;
  }
  return rows >= 2 ? BARE_SPACED : null;
}

function splitSpacedRow(line: string, table: TableColumns, planYear: number | null): Cell[] | null {
  const ws = listWordsJoined(line, words(line));
  // A row number of four digits would be a year (`2024 年…`): prose, not a row.
  if (ws.length < 2 || ws[0][1] - ws[0][0] > 4 || !ROW_NUMBER_WORD.test(line.slice(ws[0][0], ws[0][1]))) return null;
  return spacedCells(line, ws, table, planYear);
}

/**
 * The words of a row under a header parted by single spaces, one cell per column, the first word the number's (or an
 * empty 序号 cell's place, for a sub-row: see `spacedSubRow`). A row with a word for every column (or more, the task's
 * words holding a blank) is read in order, when each field's word fits its column: a column that names no field (备注)
 * may then hold a unit list. Otherwise the fields take the last words that fit them, right to left, and an empty cell
 * is left empty.
 */
function spacedCells(line: string, ws: readonly Cell[], table: TableColumns, planYear: number | null): Cell[] {
  const n = table.roles.length;
  const textCol = table.roles.indexOf('text');
  const extra = ws.length - n;
  if (extra >= 0 && textCol > 0) {
    const inOrder = table.roles.map((_, k): Cell => (k < textCol ? ws[k] : k === textCol ? [ws[k][0], ws[k + extra][1]] : ws[k + extra]));
    const fits = table.roles.every((r, k) => k <= textCol || !r || fitsColumn(r, line.slice(inOrder[k][0], inOrder[k][1]), planYear));
    // The task's words are a sentence of work, not a name or a date that a shorter row would put there.
    const [a, b] = inOrder[textCol];
    if (fits && b - a >= 6 && !fitsColumn('units', line.slice(a, b), planYear)) return inOrder;
  }
  const cells: Cell[] = table.roles.map(() => [ws[0][1], ws[0][1]] as Cell);
  cells[0] = ws[0];
  let from = 1;
  // Columns before the text, left to right.
  for (let k = 1; k < textCol && from < ws.length - 1; k++) {
    const w = line.slice(ws[from][0], ws[from][1]);
    if (fitsColumn(table.roles[k], w, planYear)) cells[k] = ws[from++];
  }
  // Columns after it, right to left, leaving the text one word at least.
  let to = ws.length;
  const lead = table.roles.indexOf('leadUnits');
  for (let k = n - 1; k > textCol && to - 1 > from; k--) {
    const w = line.slice(ws[to - 1][0], ws[to - 1][1]);
    if (!fitsColumn(table.roles[k], w, planYear)) continue;
    // Names that fit the lead's column to the left as well, with no more names for it: a row names its lead and
    // leaves the helpers' cell empty (`2 一般公共预算收入增长5%左右。 区财政局`).
    const more = to - 2 > from && fitsColumn('leadUnits', line.slice(ws[to - 2][0], ws[to - 2][1]), planYear);
    // One name only: a list of several in the last cell is the helpers', its lead deleted (and reported so).
    if (lead > textCol && lead < k && !more && !/[、，,；;]/.test(w) && fitsColumn('leadUnits', w, planYear)) continue;
    cells[k] = ws[--to];
  }
  cells[textCol] = [ws[from][0], ws[to - 1][1]];
  return cells;
}

/**
 * A list wrapped in its cell keeps the blank after its separator (`各区教育局、 市局直属单位`): such words are one.
 */
function listWordsJoined(line: string, ws: readonly Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const w of ws) {
    const last = out[out.length - 1];
    const c = last ? line.charCodeAt(last[1] - 1) : 0;
    if (last && (c === 0x3001 /* 、 */ || c === 0xff0c /* ， */ || c === 0x2c)) last[1] = w[1];
    else out.push([w[0], w[1]]);
  }
  return out;
}

/**
 * A second line of work under a row's 序号 cell merged over two (`完成市创建办下达的…目标任务。 各科室`), in a table
 * parted by single spaces: no number, a sentence, then words that fit the row's field columns. Its cells, the first
 * (the 序号's) empty; null for any other line (prose after the table has no field words).
 */
export function spacedSubRow(line: string, table: TableColumns, planYear: number | null): Cell[] | null {
  const ws = listWordsJoined(line, words(line));
  if (ws.length < 2 || ws.length > 40 || table.roles[0] !== 'number') return null;
  const textCol = table.roles.indexOf('text');
  const cells = spacedCells(line, [[ws[0][0], ws[0][0]], ...ws], table, planYear);
  const [a, b] = cells[textCol];
  const fields = cells.filter((c, k) => k !== 0 && k !== textCol && table.roles[k] && c[1] > c[0]);
  return fields.length && /[。；;]$/.test(line.slice(a, b)) ? cells : null;
}

/**
 * A tab-separated header's second row: every cell it fills names a field (`\t\t牵头单位\t配合单位\t`),
 * and its first cell, under 序号, is empty. The header with those columns named; null for any other line.
 */
export function readSubHeader(line: string, table: TableColumns): TableColumns | null {
  let cells: string[];
  if (table.separator === 'tab') {
    if (line.indexOf('\t') < 0) return null;
    cells = line.split('\t');
  } else if (table.separator === 'bar') {
    // `|  |  | 牵头单位 | 配合单位 |  |`: the same in a `|` table (a Markdown one too), its outer bars aside.
    const t = line.trim();
    if (!/^[|｜]/.test(t) || /^[|｜]?[\s|｜:：\-—–]*$/.test(t)) return null;
    cells = t.replace(/^[|｜]/, '').replace(/[|｜]$/, '').split(/[|｜]/);
  } else return null;
  if (cells[0].trim() !== '' || cells.length > table.roles.length + 1) return null;
  const roles = table.roles.slice();
  const headers = table.headers.slice();
  let named = 0;
  for (let k = 1; k < cells.length; k++) {
    const text = cells[k].trim();
    if (!text) continue;
    const role = roleOfHeaderCell(text);
    if (!role || role === 'number' || role === 'text' || k >= roles.length) return null;
    roles[k] = role;
    headers[k] = text;
    named++;
  }
  return named > 0 ? { roles, headers, separator: table.separator } : null;
}

/**
 * The second line of a header aligned with runs of spaces whose cells wrapped (`分 管` over `县领导`, as pandoc and
 * pdftotext -layout print a narrow column's name): each of its words is more of the header cell it stands under. The
 * header with those cells joined, when that names more of the columns; null for any other line.
 */
export function readWrappedHeader(headerLine: string, line: string, table: TableColumns): TableColumns | null {
  if (table.separator !== 'spaces' || line.length > 400 || /[0-9０-９]/.test(line)) return null;
  const words = line.trim() ? [...line.matchAll(/\S+(?: \S+)*/g)] : [];
  if (words.length === 0 || words.length > 3) return null;
  // Right under this table's own header line.
  const head = splitCells(headerLine);
  if (!head || head.cells.length !== table.headers.length || readTableHeader(headerLine)?.headers.join('|') !== table.headers.join('|')) return null;
  const headers = table.headers.slice();
  // Positions as printed: a Chinese character takes two columns.
  const starts = head.cells.map(([a]) => displayColumn(headerLine, a));
  for (const w of words) {
    if (w[0].length > 6 || !isColumnName(w[0])) return null;
    // The header cell it stands under: the last that starts before its end.
    const end = displayColumn(line, w.index! + w[0].length);
    let k = -1;
    for (let j = 0; j < starts.length; j++) if (starts[j] < end) k = j;
    if (k < 0) return null;
    headers[k] = headers[k] + w[0];
  }
  const roles = rolesOfHeader(headers);
  const named = (rs: readonly (string | undefined)[]) => rs.filter((r) => r && r !== 'text' && r !== 'number').length;
  return named(roles) > named(table.roles) ? { ...table, roles, headers } : null;
}

/** The column at which `line[index]` is printed: East Asian wide characters take two. */
export function displayColumn(line: string, index: number): number {
  let col = 0;
  for (let i = 0; i < index; i++) col += displayWidth(line.charCodeAt(i));
  return col;
}

/** The columns a character takes when printed: two for CJK and full-width forms, one otherwise. */
export function displayWidth(c: number): number {
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
}

export function spacedRow(line: string, table: TableColumns, planYear: number | null): { cells: Cell[] } | null {
  const cells = splitSpacedRow(line, table, planYear);
  return cells ? { cells } : null;
}

/**
 * Columns aligned with runs of spaces leave one space where a cell fills its column: `常务副区长、张晓晟 区人力资源和社会
 * 保障局、区农业农村局` is the leaders' cell and the units'. A cell after the text's is parted at its one blank when its
 * halves fit two fields in the table's order, and neither the other's.
 */
export function withGluedCellsParted(line: string, cells: Cell[], table: TableColumns, planYear: number | null): Cell[] {
  const fields = table.roles.map((r, k) => ({ r, k })).filter(({ r }) => r && r !== 'text' && r !== 'number');
  const fitsAt = (a: number, b: number) => fields.findIndex(({ r }) => fitsColumn(r, line.slice(a, b), planYear));
  const deadlineAt = fields.findIndex(({ r }) => r === 'deadline');
  let out: Cell[] | null = null;
  for (let k = 1; k < cells.length; k++) {
    const [a, b] = cells[k];
    // The text's cell ends with its sentence: `…续建工程建设。 常务副区长`.
    const blank = k === 1 ? (line[line.lastIndexOf(' ', b - 1) - 1] === '。' ? line.lastIndexOf(' ', b - 1) : -1) : line.indexOf(' ', a);
    const another = blank < 0 || k === 1 ? -1 : line.indexOf(' ', blank + 1);
    if (blank <= a || blank >= b || (another >= 0 && another < b)) continue;
    // One blank in the cell, between words of two kinds (people, then units; units, then a date): two units parted
    // by a blank stay one list.
    const [l, r] = [line.slice(a, blank), line.slice(blank + 1, b)];
    const left = k === 1 ? -1 : fitsAt(a, blank);
    const right = fields.findIndex(({ r: role }, j) => j > left && fitsColumn(role, r, planYear));
    if (right < 0 || fitsColumn(fields[right].r, l, planYear)) continue;
    if (left < 0 && k > 1 && right !== deadlineAt) continue;
    if (left >= 0 && fitsColumn(fields[left].r, r, planYear)) continue;
    (out ??= cells.slice()).splice(out.length - (cells.length - k), 1, [a, blank], [blank + 1, b]);
  }
  return out ?? cells;
}

/**
 * A header whose cells are centred over two lines while the others stand on one (what pdftotext gives for a header row
 * whose narrow cell wrapped): `牵头领` above the header line, `导` below it, both in the gap between 工作任务 and 主要责任单位.
 * Words in a gap between two header cells, above and below, name a column of their own there; a word over a header cell
 * is more of its name. The header with those columns, when that names more fields; null for any other lines.
 */
export function readCentredHeader(above: string, headerLine: string, below: string, table: TableColumns): TableColumns | null {
  if (table.separator !== 'spaces' || above.length > 400 || below.length > 400 || /[0-9０-９]/.test(above + below)) return null;
  const wordsOf = (line: string) => (line.trim() ? [...line.matchAll(/\S+/g)] : []);
  const up = wordsOf(above);
  const down = wordsOf(below);
  if (!up.length || !down.length || up.length > 3 || down.length > 3) return null;
  const head = splitCells(headerLine);
  if (!head || head.cells.length !== table.headers.length) return null;
  // pdftotext prints a character to a column; other tools by printed width: the header reads in one of them.
  for (const measure of [(_l: string, i: number) => i, displayColumn]) {
    const cells = head.cells.map(([a, b]) => [measure(headerLine, a), measure(headerLine, b)]);
    // Where a word stands: over header cell k (2k + 1), or in the gap before it (2k).
    const place = (line: string, w: RegExpMatchArray): number => {
      const [s, e] = [measure(line, w.index!), measure(line, w.index! + w[0].length)];
      for (let k = 0; k < cells.length; k++) {
        if (e <= cells[k][0]) return 2 * k;
        if (s < cells[k][1]) return 2 * k + 1;
      }
      return 2 * cells.length;
    };
    const added = new Map<number, { up: string; down: string }>();
    for (const [words, side] of [[up, 'up'], [down, 'down']] as const)
      for (const w of words) {
        const at = place(side === 'up' ? above : below, w);
        const slot = added.get(at) ?? { up: '', down: '' };
        slot[side] += w[0];
        added.set(at, slot);
      }
    const headers: string[] = [];
    let ok = true;
    for (let at = 0; at <= 2 * cells.length && ok; at++) {
      const slot = added.get(at);
      if (at % 2 === 1) headers.push(slot ? slot.up + table.headers[(at - 1) / 2] + slot.down : table.headers[(at - 1) / 2]);
      // A column of its own is centred: it has words above the header line and below it.
      else if (slot) ok = slot.up !== '' && slot.down !== '' && isColumnName(slot.up + slot.down) && (headers.push(slot.up + slot.down), true);
    }
    if (!ok || headers.length === table.headers.length && headers.every((h, k) => h === table.headers[k])) continue;
    if (!headers.every(isColumnName)) continue;
    const roles = rolesOfHeader(headers);
    const named = (rs: readonly (string | undefined)[]) => rs.filter((r) => r && r !== 'text' && r !== 'number').length;
    if (roles[0] === 'number' && roles.includes('text') && named(roles) > named(table.roles)) return { ...table, roles, headers };
  }
  return null;
}

/** `n` cells into `m` columns, in order, each in its own, for the best total of `fit`; null when they do not go. */
export function cellsInOrder(n: number, m: number, fit: (k: number, j: number) => number): { score: number; columns: number[] } | null {
  if (n > m) return null;
  if (n === 0) return { score: 0, columns: [] };
  // best[k][j]: the best total of cells k… with cell k in column j.
  const best: number[][] = [];
  const next: number[][] = [];
  for (let k = n - 1; k >= 0; k--) {
    best[k] = [];
    next[k] = [];
    for (let j = k; j <= m - (n - k); j++) {
      let tail = 0;
      let at = -1;
      if (k + 1 < n) {
        tail = -Infinity;
        for (let j2 = j + 1; j2 <= m - (n - k - 1); j2++)
          if (best[k + 1][j2] > tail) {
            tail = best[k + 1][j2];
            at = j2;
          }
      }
      best[k][j] = fit(k, j) + tail;
      next[k][j] = at;
    }
  }
  let j = 0;
  for (let c = 1; c <= m - n; c++) if (best[0][c] > best[0][j]) j = c;
  const score = best[0][j];
  const columns: number[] = [];
  for (let k = 0; k < n; k++) {
    columns.push(j);
    j = next[k][j];
  }
  return { score, columns };
}
