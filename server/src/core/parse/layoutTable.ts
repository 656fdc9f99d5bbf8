/**
 * A task table printed as columns of text whose cells wrap (what `pdftotext -layout`, a PDF viewer's copy or pandoc give
 * for a table): a row takes several lines, and the row's number stands on one of them.
 *
 * Where the cells are centred in their rows (the default of HTML tables and of many Word tables), a wrapped cell's words
 * stand above the number's line as well as below it, the number at the row's middle:
 *
 * ```
 *           地区生产总值比上年增长 4.5%以
 *     1                         常务副区长   区发展改革委       2023 年 12 月 31 日
 *           上。
 * ```
 *
 * Where they are set at the top of their rows, the number's line is the row's first. The lines between two numbers are
 * shared out between the two rows: all to the first when cells are set at the top; when they are centred, so that each
 * row stands as far above its number as below it. Each piece of a line goes to the column it stands under, by its
 * position and by what it holds. Only lines between rows, and as many after the last as its centring (or its wrap) asks
 * for, are taken: a heading across the table, a repeated header and prose after the table are left to the main pass.
 */
import type { Piece } from './splitTail';
import { readCentredHeader, readTableHeader, readWrappedHeader, withGluedCellsParted, type Cell, type TableColumns } from './tableRows';
import { cellsOf, MEASURES, type Item, type Measure } from './layoutItems';
import { placeCells } from './layoutColumns';
import { shareOut } from './layoutRows';
import { readNumbering, rowNumberSource } from './numbering';
import { isColumnName } from './labels';
import { contentStart, isBarsOnly, isPageNumber, trimEndIndex } from './text';

export interface LayoutRow {
  /** The line of the row's number. */
  readonly line: number;
  readonly number: Cell;
  /** For each column of the table, the pieces of the row's cell in line order (the number's column holds none). */
  readonly cells: readonly (readonly Piece[])[];
  /** The row's first line and the character it starts at (above `line` when its cells are centred). */
  readonly top: readonly [number, number];
  /** A number wrapped over lines in a narrow 序号 cell (`1` over `0`), its pieces; `number` is the first. */
  readonly numberPieces?: readonly Piece[];
  /** A row of a table that numbers nothing, numbered by its place (its number is an empty cell). */
  readonly implicit?: boolean;
  /** A row under a field's cell merged over it and the row above (see `Task.mergedCells`). */
  readonly mergedCells?: boolean;
  /** The row's last line, where a cell merged over the rows below it reads on past it (its range ends here). */
  readonly end?: number;
  /** A blank line inside a cell ends a paragraph of it (a bordered table draws every line of a cell). */
  readonly paragraphs?: boolean;
}

export interface LayoutTable {
  /** The rows, by the line of their number. */
  readonly rows: ReadonlyMap<number, LayoutRow>;
  /** Lines read as pieces of rows (the main pass skips them). */
  readonly claimed: ReadonlySet<number>;
  /** The line after the table's last row (and the lines it took). */
  readonly end: number;
  /** Lines the main pass reads as only the words of one cell (a heading across a bordered table: `│一、…│`). */
  readonly alone?: ReadonlyMap<number, Cell>;
  /** Headings squeezed into one narrow cell over many lines (`**一` / `、20` / `23年` / …), by their first line. */
  readonly headings?: ReadonlyMap<number, readonly Piece[]>;
}

/** Lines in a row that a table's cell can wrap to; a gap longer than this between numbers is no table. */
const MAX_GAP = 24;
/** Longer lines are no table's lines. */
const MAX_LINE = 1000;

/** Whether a form feed stands in the table's lines (or within a page's length before them). */
function paginated(lines: readonly string[], header: number, last: number): boolean {
  for (let i = Math.max(0, header - 60); i <= last; i++) if (lines[i].includes('\f')) return true;
  return false;
}

/**
 * The first cell of a line when it may be a row's number: `1`, `12.`, `3、`. A number that counts something (`11 月投入使用。`,
 * `2 家以上…`) is a wrapped line's words.
 */
const NUMBER_CELL = new RegExp(`^${rowNumberSource(3)}(?=\\s|$)`);
function numberCell(line: string, a: number, b: number): Cell | null {
  const m = NUMBER_CELL.exec(line.slice(a, Math.min(b, a + 8)));
  if (!m) return null;
  const after = line.slice(a + m[0].length).trimStart();
  if (line.startsWith(' ', a + m[0].length) && !line.startsWith('  ', a + m[0].length) && COUNTED.test(after)) return null;
  return [a, a + m[0].length];
}

/** What a number counts when a wrap puts it at a line's start: a month, a day, a share, things. */
const COUNTED = /^(?:[年月日天个家项件亿万千百余多%％倍次户人所座条批款台辆只名位处套期轮届]|月底|至\s*[0-9０-９])/;

/**
 * The rows of a table whose header is `lines[header]`, when its cells wrap over lines: null when they do not (each row
 * on its one line is read as it stands), or when the lines do not read as such a table.
 */
export function readLayoutTable(lines: readonly string[], header: number, from: number, to: number, table: TableColumns, planYear: number | null): LayoutTable | null {
  if (table.separator !== 'spaces' || table.roles[0] !== 'number' || !table.roles.includes('text')) return null;
  // A header whose cells wrapped onto a second line (`分 管` over `县领导`) names its columns with both.
  const wrappedHeader = from === header + 1 && from < to ? readWrappedHeader(lines[header], lines[from], table) : null;
  if (wrappedHeader) table = wrappedHeader;
  // The rest of a header cell wrapped under it, naming nothing the reader knows (`目 标` over `类 型`), is no row's either.
  const wrapsHeader = from === header + 1 && from < to && /^\s*(?:[\u4e00-\u9fa5](?: [\u4e00-\u9fa5])*\s*){1,3}$/.test(lines[from]) && lines[from].trim().split(/\s{2,}/).every(isColumnName);
  const items = scan(lines, wrappedHeader || wrapsHeader ? from + 1 : from, to, table, planYear);
  const rows = items.filter((it) => it.kind === 'row');
  if (rows.length === 0 || !items.some((it) => it.kind === 'piece')) return null;

  // The measure the cells line up by, judged on the cells as they are; then cells glued by one blank are parted by it.
  // A paginated dump (pdftotext: a form feed between pages) places a character to a column, whatever its width; other
  // tools, by printed width. Without a page break to tell, the measure the cells fit best.
  const numbersEnd = (m: Measure) => rows.reduce((end, r) => Math.max(end, m(lines[r.line], r.cells[0][1])), 0);
  let measure = MEASURES[0];
  if (!paginated(lines, header, items[items.length - 1].line)) {
    let score = -Infinity;
    for (const m of MEASURES) {
      const placed = placeCells(lines, header, items, table, m, numbersEnd(m), false, planYear);
      if (placed.score > score) [measure, score] = [m, placed.score];
    }
  }
  const best = placeCells(lines, header, items, table, measure, numbersEnd(measure), true, planYear);
  const { columns, textStart } = best;
  const textAt = table.roles.indexOf('text');
  const cellsOfItem = (it: Item) => best.cells.get(it) ?? it.cells;
  for (const it of items) if (it.kind !== 'stop' && !columns.has(it)) it.kind = 'stop';

  // The words of each cell of a row or piece, by column.
  const words = new Map<Item, Map<number, string>>();
  const wordsOf = (it: Item): ReadonlyMap<number, string> => {
    let out = words.get(it);
    if (!out) {
      const cols = columns.get(it)!;
      const line = lines[it.line];
      out = new Map(cellsOfItem(it).map(([a, b], k) => [cols[k], line.slice(a, b)]));
      words.set(it, out);
    }
    return out;
  };
  // Words under the task's column numbered on their own (`1.地区生产总值增长 5%以上。`, `2.一般…`): the 序号 numbers
  // categories of tasks, not tasks; such a table is read line by line, as before.
  let numbered = 0;
  for (const it of items) if (it.kind === 'piece' && [...wordsOf(it).values()].some((w) => /^(?:[0-9０-９]{1,2}[.、．]|[(（][0-9０-９]{1,2}[)）])(?![0-9０-９])/.test(w))) numbered++;
  if (numbered >= 2) return null;
  const unitColumns = table.roles.flatMap((r, j) => (r === 'leadUnits' || r === 'units' ? [j] : []));
  // A line after the last row is more of it only where it starts under the text's column or right of it.
  const aligned = (it: Item) => measure(lines[it.line], it.cells[0][0]) >= textStart - 2;
  const shares = shareOut(items, wordsOf, textAt, unitColumns, aligned);

  const out = new Map<number, LayoutRow>();
  const claimed = new Set<number>();
  let end = header + 1;
  for (const [row, pieces] of shares) {
    const cells: Piece[][] = table.roles.map(() => []);
    let top: [number, number] = [row.line, row.cells[0][0]];
    for (const it of [row, ...pieces].sort((x, y) => x.line - y.line)) {
      const cols = columns.get(it)!;
      cellsOfItem(it).forEach(([a, b], k) => {
        if (cols[k] > 0) cells[cols[k]].push([it.line, a, b]);
      });
      if (it !== row) claimed.add(it.line);
      if (it.line < top[0]) top = [it.line, Math.min(it.cells[0][0], row.cells[0][0])];
      end = Math.max(end, it.line + 1);
    }
    out.set(row.line, { line: row.line, number: row.cells[0], cells, top });
  }
  return claimed.size ? { rows: out, claimed, end } : null;
}

/** The table's lines after its header, as rows, pieces of rows and lines that stop a run of rows. */
function scan(lines: readonly string[], from: number, to: number, table: TableColumns, planYear: number | null): Item[] {
  const items: Item[] = [];
  let blank = false;
  let page = false;
  let sinceRow = 0;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    const a = contentStart(line);
    const b = trimEndIndex(line);
    if (line.includes('\f')) page = true;
    // A table's rule (`------ ------`) is a blank.
    if (a >= b || isPageNumber(line, a, b) || isBarsOnly(line, a, b)) {
      blank = true;
      page ||= a < b && isPageNumber(line, a, b);
      continue;
    }
    if (b - a > MAX_LINE || line.startsWith('<!--', a)) break;
    // A header repeated on a new page: the rows go on under it. Its cells may be centred over the lines around it.
    const repeated = readTableHeader(line);
    if (repeated !== null) {
      if (i + 1 < to && readCentredHeader(lines[i - 1], line, lines[i + 1], repeated)) {
        if (items.length && items[items.length - 1].line === i - 1) items.pop();
        i++;
      }
      blank = page = true;
      continue;
    }
    const number = numberCell(line, a, b);
    if (number) {
      const rest = cellsOf(line, number[1], b);
      let cells = [number, ...rest];
      if (cells.length < table.roles.length) cells = withGluedCellsParted(line, cells, table, planYear);
      items.push({ kind: 'row', line: i, cells, blankBefore: blank, pageBefore: page });
      sinceRow = 0;
    } else {
      if (++sinceRow > MAX_GAP) break;
      // A repeated header (a page break), a heading across the table: no row's.
      const numbered = readNumbering(line, i, a);
      const stops = numbered !== null && !numbered.numbering.style.startsWith('arabic');
      items.push({ kind: stops ? 'stop' : 'piece', line: i, cells: cellsOf(line, a, b), blankBefore: blank, pageBefore: page });
    }
    blank = page = false;
  }
  // The numbers stand left of the text's column: a line whose number starts where the wrapped lines around it start is
  // one of them (`2 至 3 个数字化车间`). Positions drift from page to page, so the lines around it judge.
  const wrapped = items.map((it, k) => {
    if (it.kind !== 'row') return false;
    for (const d of [-1, 1, -2, 2]) {
      const near = items[k + d];
      if (near && near.kind === 'piece' && near.cells[0][0] <= it.cells[0][0] + 1) return true;
    }
    return false;
  });
  items.forEach((it, k) => wrapped[k] && (it.kind = 'piece'));
  // Lines after the last row that no row can take are no part of the table.
  while (items.length && items[items.length - 1].kind !== 'row' && items.length - 1 - lastRow(items) > MAX_GAP) items.pop();
  return items;
}

function lastRow(items: readonly Item[]): number {
  for (let k = items.length - 1; k >= 0; k--) if (items[k].kind === 'row') return k;
  return -1;
}
