/**
 * The column each cell of a column-printed table's rows and wrapped lines stands in (see `layoutTable.ts`): by where it
 * stands, learnt from the rows, and by what its words fit.
 */
import { cellsOf, type Item, type Measure } from './layoutItems';
import { cellsInOrder, type Cell, type TableColumns } from './tableRows';
import { fitsColumn, isPersonList } from './verticalTable';
import { isWholeName } from './units';
import { contentStart, trimEndIndex } from './text';

export interface Placed {
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
export function placeCells(
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
