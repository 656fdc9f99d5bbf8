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
import { cellsInOrder, displayColumn, readCentredHeader, readTableHeader, readWrappedHeader, withGluedCellsParted, type Cell, type TableColumns } from './tableRows';
import { fitsColumn, isPersonList } from './verticalTable';
import { isWholeName } from './units';
import { readNumbering } from './numbering';
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
}

export interface LayoutTable {
  /** The rows, by the line of their number. */
  readonly rows: ReadonlyMap<number, LayoutRow>;
  /** Lines read as pieces of rows (the main pass skips them). */
  readonly claimed: ReadonlySet<number>;
  /** The line after the table's last row (and the lines it took). */
  readonly end: number;
}

/** Lines in a row that a table's cell can wrap to; a gap longer than this between numbers is no table. */
const MAX_GAP = 24;
/** Lines after a table's last row that a cell set at the top of its row can take. */
const MAX_TAIL = 10;
/** Longer lines are no table's lines. */
const MAX_LINE = 1000;

type Measure = (line: string, index: number) => number;
/** pdftotext prints a character to a column, whatever its width; pandoc, w3m and lynx, by its printed width. */
const MEASURES: readonly Measure[] = [(_line, index) => index, displayColumn];

interface Item {
  kind: 'row' | 'piece' | 'stop';
  line: number;
  cells: Cell[];
  /** A blank line stands before it. */
  blankBefore: boolean;
  /** A page ends before it (a page number, a form feed, the header repeated): a row cut there stands on two pages. */
  pageBefore: boolean;
}

/** Whether a form feed stands in the table's lines (or within a page's length before them). */
function paginated(lines: readonly string[], header: number, last: number): boolean {
  for (let i = Math.max(0, header - 60); i <= last; i++) if (lines[i].includes('\f')) return true;
  return false;
}

/**
 * The first cell of a line when it may be a row's number: `1`, `12.`, `3、`. A number that counts something (`11 月投入使用。`,
 * `2 家以上…`) is a wrapped line's words.
 */
function numberCell(line: string, a: number, b: number): Cell | null {
  const m = /^[0-9０-９]{1,3}[.、．]?(?=\s|$)/.exec(line.slice(a, Math.min(b, a + 8)));
  if (!m) return null;
  const after = line.slice(a + m[0].length).trimStart();
  if (line.startsWith(' ', a + m[0].length) && !line.startsWith('  ', a + m[0].length) && COUNTED.test(after)) return null;
  return [a, a + m[0].length];
}

/** What a number counts when a wrap puts it at a line's start: a month, a day, a share, things. */
const COUNTED = /^(?:[年月日天个家项件亿万千百余多%％倍次户人所座条批款台辆只名位处套期轮届]|月底|至\s*[0-9０-９])/;

/** A line's cells parted by runs of blanks (a single space is a word's, `万元 GDP 能耗`). */
function cellsOf(line: string, a: number, b: number): Cell[] {
  const cells: Cell[] = [];
  const re = / {2,}|\u3000+|\t+/g;
  re.lastIndex = a;
  let from = a;
  for (let m = re.exec(line); m && m.index < b; m = re.exec(line)) {
    if (m.index > from) cells.push([from, m.index]);
    from = m.index + m[0].length;
  }
  if (b > from) cells.push([from, b]);
  return cells;
}

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
  const best = { ...placeCells(lines, header, items, table, measure, numbersEnd(measure), true, planYear), measure };
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
  const aligned = (it: Item) => best.measure(lines[it.line], it.cells[0][0]) >= textStart - 2;
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

interface Placed {
  /** How well the cells fit where they were put. */
  score: number;
  /** For each row and piece placed, its cells (a cell glued to the next by one blank parted) and their columns. */
  cells: Map<Item, Cell[]>;
  columns: Map<Item, number[]>;
  /** Where the text's column starts. */
  textStart: number;
}

/**
 * The column each cell of each row and piece stands in, by a measure of positions: the columns' extents are learnt from
 * the rows that fill every column, the rows whose cells each fit one column by their words, and the header; a cell then
 * goes where it stands, or where what it holds fits
 * (a date under 完成时限), the cells of a line in order. A piece that starts in the numbers' column is left out.
 */
function placeCells(
  lines: readonly string[],
  header: number,
  items: readonly Item[],
  table: TableColumns,
  measure: Measure,
  numbersEnd: number,
  part: boolean,
  planYear: number | null,
): Placed {
  const m = table.roles.length;
  // Each column runs over the middle of where the full rows put its cells (a PDF's positions drift a little).
  const starts: number[][] = table.roles.map(() => []);
  const ends: number[][] = table.roles.map(() => []);
  for (const it of items) {
    if (it.kind !== 'row') continue;
    const line = lines[it.line];
    // A row short of cells tells where its cells stand when each fits its column by its words alone.
    const cols = it.cells.length === m ? it.cells.map((_, j) => j) : columnsByWords(line, it.cells, table, planYear);
    if (!cols) continue;
    it.cells.forEach(([a, b], k) => {
      // (A text's cell on a short row may hold the next cell glued to it: `…协助配 常务副区长`.)
      if (it.cells.length < m && table.roles[cols[k]] === 'text') return;
      starts[cols[k]].push(measure(line, a));
      ends[cols[k]].push(measure(line, b));
    });
  }
  const spans: ([number, number] | null)[] = starts.map((ss, j) => (ss.length ? [median(ss), Math.max(median(ss) + 1, median(ends[j]))] : null));
  // The people the full rows name (a name of two or three characters alone is no evidence: `家次`, `提升`).
  const people = new Set<string>();
  const leadersAt = table.roles.indexOf('leaders');
  if (leadersAt > 0)
    for (const it of items)
      if (it.kind === 'row' && it.cells.length === m) for (const name of lines[it.line].slice(...it.cells[leadersAt]).split(/[、，,]/)) people.add(name.trim());
  // Header cells are centred over their columns: they mark where a column is, not how far it runs.
  const head = lines[header];
  const named = cellsOf(head, contentStart(head), trimEndIndex(head));
  if (named.length === m) named.forEach(([a, b], j) => (spans[j] ??= [measure(head, a), measure(head, b)]));
  // A task's text wraps more than any cell, and its lines start at its column's left edge: the position most lines of
  // pieces start at, when a good share do, is the text's column, whatever the header's centring suggests.
  const textAt = table.roles.indexOf('text');
  const firsts = new Map<number, number>();
  let pieces = 0;
  for (const it of items)
    if (it.kind === 'piece') {
      const at = measure(lines[it.line], it.cells[0][0]);
      firsts.set(at, (firsts.get(at) ?? 0) + 1);
      pieces++;
    }
  let textLeft = -1;
  for (const [at, count] of firsts) if (count >= 0.3 * pieces && count >= 3 && (textLeft < 0 || count > firsts.get(textLeft)!)) textLeft = at;
  const columns = new Map<Item, number[]>();
  const parted = new Map<Item, Cell[]>();
  let score = 0;
  for (const it of items) {
    if (it.kind === 'stop') continue;
    const line = lines[it.line];
    const from = it.kind === 'row' ? 1 : 0;
    if (it.kind === 'piece' && measure(line, it.cells[0][0]) < numbersEnd) continue;
    const cells = part ? partedAtColumns(line, it.cells, from, spans, measure, table, people, planYear) : it.cells;
    const fit = (k: number, j: number): number => {
      const [a, b] = cells[k];
      const [s, e] = [measure(line, a), measure(line, b)];
      const span = spans[j];
      let at = 0;
      if (span) {
        const overlap = Math.min(e, span[1]) - Math.max(s, span[0]);
        at = overlap > 0 ? (3 * overlap) / Math.max(1, e - s) : -0.5 * Math.min(-overlap, 12);
      }
      const role = table.roles[j];
      const text = line.slice(a, b);
      // A cell of names or a date is no task's words, wherever a PDF's drift put it (`12  蔡小军  区经济和信息化局`).
      const field = fitsField('units', text, planYear) || fitsField('deadline', text, planYear) || fitsField('leaders', text, planYear);
      const fits = role === 'text' ? text.length >= 6 && !field : role !== 'number' && fitsField(role, text, planYear);
      const left = textLeft >= 0 && Math.abs(s - textLeft) <= 1 ? (j === textAt ? 3 : -3) : 0;
      // On a row's line a cell stands whole, and its words tell its column better than a PDF's positions; a piece may be
      // a name's or a sentence's part.
      const weight = it.kind === 'row' ? 3 : 1.5;
      return at + left + (fits ? weight : 0) - (role === 'text' && field ? weight : 0);
    };
    const assigned = cellsInOrder(cells.length - from, m - 1, (k, j) => fit(k + from, j + 1));
    if (!assigned) continue;
    score += assigned.score;
    parted.set(it, cells);
    columns.set(it, it.kind === 'row' ? [0, ...assigned.columns.map((j) => j + 1)] : assigned.columns.map((j) => j + 1));
  }
  alignWrappedWords(lines, items, parted, columns, measure);
  // Where the text's lines start: the middle of where the cells put under it start (the header's is centred).
  const textStarts: number[] = [];
  for (const [it, cols] of columns) cols.forEach((j, k) => j === textAt && textStarts.push(measure(lines[it.line], parted.get(it)![k][0])));
  const textSpan = spans[textAt];
  return { score, cells: parted, columns, textStart: textStarts.length ? median(textStarts) : textSpan ? textSpan[0] : numbersEnd };
}

/**
 * A wrapped cell's lines start where its first did: a short piece (`军` under `石银峰、蔡小`, `兴基建` under `…、大`) that
 * starts where a cell of the line above or two above starts is in that cell's column, whatever its position's drift or
 * its words suggest.
 */
function alignWrappedWords(lines: readonly string[], items: readonly Item[], parted: ReadonlyMap<Item, Cell[]>, columns: Map<Item, number[]>, measure: Measure): void {
  const placed = items.filter((it) => columns.has(it));
  placed.forEach((it, q) => {
    if (it.kind !== 'piece') return;
    const cells = parted.get(it)!;
    const cols = columns.get(it)!.slice();
    const line = lines[it.line];
    cells.forEach(([a, b], k) => {
      if (b - a > 3) return;
      const at = measure(line, a);
      // Over a page break a cell's last characters stand wherever the page put them (`…区投资促进服务中` / `心`): they
      // finish the name the line before the break left cut.
      const before = placed[q - 1];
      if (it.pageBefore && cells.length === 1 && before) {
        const up = lines[before.line];
        const j = parted.get(before)!.findIndex(([c, d], i) => {
          const names = up.slice(c, d).split(/[、，,]/);
          return columns.get(before)![i] > 0 && names.length > 1 && !isWholeName(names[names.length - 1]) && isWholeName(names[names.length - 1] + line.slice(a, b));
        });
        if (j >= 0) {
          cols[k] = columns.get(before)![j];
          return;
        }
      }
      for (const above of [placed[q - 1], placed[q - 2]]) {
        if (!above || it.line - above.line > 2) continue;
        const up = lines[above.line];
        const j = parted.get(above)!.findIndex(([c]) => Math.abs(measure(up, c) - at) <= 1);
        const col = j >= 0 ? columns.get(above)![j] : -1;
        if (col > 0 && (k === 0 || col > cols[k - 1]) && (k === cols.length - 1 || col < cols[k + 1])) {
          cols[k] = col;
          return;
        }
      }
    });
    columns.set(it, cols);
  });
}

/**
 * The columns of a row's cells (its number first) when each after the number fits one by its words alone — a sentence
 * the text's, names of people the leaders', a unit list, a date (the first such column, where two would do: a unit list
 * under 牵头单位 rather than 配合单位; the middle of each column's positions is what counts); null otherwise.
 */
function columnsByWords(line: string, cells: readonly Cell[], table: TableColumns, planYear: number | null): number[] | null {
  const m = table.roles.length;
  const fits = (k: number, j: number): boolean => {
    const text = line.slice(cells[k][0], cells[k][1]);
    const role = table.roles[j];
    return role === 'text' ? text.length >= 6 && !fitsField('units', text, planYear) && !fitsField('leaders', text, planYear) : !!role && role !== 'number' && fitsField(role, text, planYear);
  };
  const best = cellsInOrder(cells.length - 1, m - 1, (k, j) => (fits(k + 1, j + 1) ? 1 : 0));
  if (!best || best.score < cells.length - 1) return null;
  return [0, ...best.columns.map((j) => j + 1)];
}

/** A post a table's leader cell may name instead of a person. */
const POST = /^[\u4e00-\u9fa5]{0,6}(?:长|书记|主任|主席|委员)$/;

function median(xs: number[]): number {
  const sorted = xs.slice().sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

/** Whether a cell's words fit a column of `role`; a leader's, only names of people or posts (a wrap may leave a `、`). */
function fitsField(role: TableColumns['roles'][number], text: string, planYear: number | null): boolean {
  // A table's cells repeat (`常务副区长`, `2023 年 12 月 31 日`) and each is tried against every column, by each measure.
  const key = `${role}|${planYear}|${text}`;
  let fits = FITS.get(key);
  if (fits === undefined) {
    // (Names of units hold no figures: `完成 4 个重点功能区控规和 11 个镇` is a sentence's words, whatever it ends with.)
    fits =
      role === 'leaders'
        ? isPersonList(text.replace(/[、，,]$/, ''))
        : (role === 'leadUnits' || role === 'units') && /[0-9０-９]/.test(text)
          ? false
          : fitsColumn(role, text, planYear);
    if (FITS.size >= MAX_FITS) FITS.clear();
    FITS.set(key, fits);
  }
  return fits;
}

/** What `fitsField` answered (a pure function of its arguments), for as many cells as a large table holds. */
const FITS = new Map<string, boolean>();
const MAX_FITS = 20000;

/** Overlap of [s, e) with a span, as a share of its own width. */
function share(s: number, e: number, span: readonly [number, number] | null): number {
  return span ? Math.max(0, Math.min(e, span[1]) - Math.max(s, span[0])) / Math.max(1, e - s) : 0;
}

/**
 * A cell whose last words belong to the next column, glued by one blank (a PDF's copy leaves one where a cell fills its
 * column, and squeezes the next cell towards it: `促进首都医科大学项目开工,协助配 常务副区长`): parted there when those
 * words fit the next column (names of people, a unit list, a date) and the whole cell does not, and they stand in that
 * column or near the end of the cell's own.
 */
function partedAtColumns(
  line: string,
  cells: readonly Cell[],
  from: number,
  spans: readonly ([number, number] | null)[],
  measure: Measure,
  table: TableColumns,
  people: ReadonlySet<string>,
  planYear: number | null,
): Cell[] {
  let out: Cell[] | null = null;
  // Names of people the table writes elsewhere, or posts (`常务副区长`); the last may be cut by a wrap (`蔡小` of `蔡小军`).
  const namesPeople = (words: string): boolean => {
    const names = words.replace(/[、，,]$/, '').split(/[、，,]/);
    const known = (n: string, k: number) => people.has(n) || POST.test(n) || (k === names.length - 1 && n.length >= 2 && [...people].some((p) => p.startsWith(n)));
    return names.some(known) && names.every((n, k) => known(n, k) || /^[\u4e00-\u9fa5]{2,4}$/.test(n));
  };
  for (let k = from; k < cells.length; k++) {
    const [a, b] = cells[k];
    const space = line.lastIndexOf(' ', b - 1);
    if (space <= a) continue;
    const ls = measure(line, a);
    let own = -1;
    for (let j = 1; j < spans.length; j++) if (own < 0 || share(ls, measure(line, space), spans[j]) > share(ls, measure(line, space), spans[own])) own = j;
    const next = own + 1;
    const role = table.roles[next];
    const ownSpan = spans[own];
    if (next >= spans.length || !role || role === 'text' || role === 'number' || !ownSpan || fitsField(role, line.slice(a, b), planYear)) continue;
    // The last words after a blank that are all of one kind: `常务副区长`, `石银峰、蔡小`, `2023 年 12 月 31 日`.
    for (let p = line.indexOf(' ', a); p > a && p < b; p = line.indexOf(' ', p + 1)) {
      const right = line.slice(p + 1, b);
      const rs = measure(line, p + 1);
      if (!fitsField(role, right, planYear) || (role === 'leaders' && !namesPeople(right)) || (share(rs, measure(line, b), spans[next]) < 0.3 && rs < ownSpan[1] - 6)) continue;
      (out ??= cells.slice()).splice(out.length - (cells.length - k), 1, [a, p], [p + 1, b]);
      break;
    }
  }
  return out ?? (cells as Cell[]);
}

/** A cell's words end a sentence (a task's text does), or a clause of a list (`…规划建设手续;`). */
const SENTENCE_END = /[。！？!?]$/;
const CLAUSE_END = /[；;]$/;

/**
 * The pieces each row takes. Cells set at the top of their rows put every row's number on its first line, so a run of
 * rows that never leaves a row's number line without its text, nor a piece before its first row, is read so: the
 * pieces after a row are its own. Otherwise the cells are centred, and the pieces between two numbers are shared so that
 * each row stands as far above its number as below it; where that leaves a choice, a sentence's or a list's end decides.
 */
function shareOut(
  items: Item[],
  cellsOf: (it: Item) => ReadonlyMap<number, string>,
  textAt: number,
  unitColumns: readonly number[],
  aligned: (it: Item) => boolean,
): Map<Item, Item[]> {
  const shares = new Map<Item, Item[]>();
  // Runs of rows between stops.
  const runs: Item[][] = [];
  let run: Item[] = [];
  for (const it of items) {
    if (it.kind === 'stop') {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(it);
  }
  if (run.length) runs.push(run);

  const centred = runs.some((r) => r[0].kind === 'piece' && r.some((it) => it.kind === 'row')) || items.some((it) => it.kind === 'row' && !cellsOf(it).has(textAt));
  for (const r of runs) {
    const rows = r.map((it, k) => (it.kind === 'row' ? k : -1)).filter((k) => k >= 0);
    if (!rows.length) continue;
    for (const k of rows) shares.set(r[k], []);
    const take = (k: number, from: number, to: number) => shares.get(r[k])!.push(...r.slice(from, to));
    if (!centred) {
      for (let q = 0; q < rows.length; q++) {
        const k = rows[q];
        const stop = q + 1 < rows.length ? rows[q + 1] : tailEnd(r, k, MAX_TAIL, aligned);
        take(k, k + 1, stop);
      }
      continue;
    }
    // Centred: choose how many of each gap's pieces go down to the row above; the rest stand above the next.
    const above0 = rows[0];
    take(rows[0], 0, above0);
    const gaps = rows.map((k, q) => (q + 1 < rows.length ? rows[q + 1] - k - 1 : tailEnd(r, k, MAX_TAIL, aligned) - k - 1));
    const downs = centredShares(r, rows, gaps, above0, cellsOf, textAt, unitColumns);
    rows.forEach((k, q) => {
      take(k, k + 1, k + 1 + downs[q]);
      if (q + 1 < rows.length) take(rows[q + 1], k + 1 + downs[q], rows[q + 1]);
    });
  }
  return shares;
}

/** Where the pieces after a run's last row end: at a blank line, a piece out of the table's columns, or `max` pieces on. */
function tailEnd(run: readonly Item[], k: number, max: number, aligned: (it: Item) => boolean): number {
  let e = k + 1;
  while (e < run.length && e - k - 1 < max && (!run[e].blankBefore || run[e].pageBefore) && aligned(run[e])) e++;
  return e;
}

/**
 * For centred rows: how many pieces of the gap after each row go to it. Each row should stand as many lines above its
 * number as below (a line more or less costs one; a quarter where a page ends in the row, as a row cut by a page is
 * centred on neither). A cell should end where its words do, and that weighs more: where the table's tasks close their
 * sentences, a cut that leaves a row's text open while the next row's share goes on in that column costs six (two after
 * a `；`); a list of units cut after a `、` or inside a name, two. A row left with no text costs four.
 */
function centredShares(run: readonly Item[], rows: readonly number[], gaps: readonly number[], above0: number, cellsOf: (it: Item) => ReadonlyMap<number, string>, textAt: number, unitColumns: readonly number[]): number[] {
  const n = rows.length;
  const cells = run.map(cellsOf);
  // Do the tasks close their sentences? Then a text cut open is a wrong cut.
  let closed = 0;
  for (const c of cells) if (SENTENCE_END.test(c.get(textAt) ?? '')) closed++;
  const sentences = closed >= 0.6 * n;
  const weights = rows.map((k, q) => {
    const from = q > 0 ? rows[q - 1] + 1 : 0;
    const to = k + gaps[q];
    for (let p = from + 1; p <= to; p++) if (run[p].pageBefore) return 0.25;
    return 1;
  });
  const cutCost = (column: number, words: string): number => {
    if (column === textAt) return !sentences || SENTENCE_END.test(words) ? 0 : CLAUSE_END.test(words) ? 2 : 6;
    if (!unitColumns.includes(column)) return 0;
    const names = words.split(/[、，,]/);
    return names[names.length - 1] === '' || !isWholeName(names[names.length - 1]) ? 2 : 0;
  };
  const rowCost = (q: number, up: number, down: number): number => {
    const k = rows[q];
    // The last words of each column the row keeps.
    const kept = new Map<number, string>();
    for (let p = k - up; p <= k + down; p++) for (const [c, w] of cells[p]) kept.set(c, w);
    let cost = weights[q] * Math.abs(up - down) + (kept.has(textAt) ? 0 : 4);
    // The next row's share of the gap: a column it goes on in cuts the row's words there.
    const seen = new Set<number>();
    for (let p = k + down + 1; p <= k + gaps[q]; p++)
      for (const c of cells[p].keys()) {
        if (seen.has(c)) continue;
        seen.add(c);
        const w = kept.get(c);
        if (w !== undefined) cost += cutCost(c, w);
      }
    return cost;
  };
  // From the last row back: best[q][up], the least cost of rows q… when row q stands `up` lines above its number, and the
  // share of the gap after it that gives it.
  const best: Float64Array[] = [];
  const choice: Int32Array[] = [];
  for (let q = n - 1; q >= 0; q--) {
    const ups = q === 0 ? above0 : gaps[q - 1];
    best[q] = new Float64Array(ups + 1);
    choice[q] = new Int32Array(ups + 1);
    for (let up = 0; up <= ups; up++) {
      let bestCost = Infinity;
      let bestDown = 0;
      for (let down = 0; down <= gaps[q]; down++) {
        const cost = rowCost(q, up, down) + (q + 1 < n ? best[q + 1][gaps[q] - down] : 0);
        if (cost < bestCost) {
          bestCost = cost;
          bestDown = down;
        }
      }
      best[q][up] = bestCost;
      choice[q][up] = bestDown;
    }
  }
  const downs: number[] = [];
  let up = above0;
  for (let q = 0; q < n; q++) {
    const down = choice[q][up];
    downs.push(down);
    up = q + 1 < n ? gaps[q] - down : 0;
  }
  return downs;
}
