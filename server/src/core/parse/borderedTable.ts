/**
 * A task table drawn with borders: pandoc's grid tables, w3m's box drawings of a web page's table, psql's and emacs's
 * tables. Rules part the rows and bars part the cells; a cell's words wrap inside it, set at its top or in its middle:
 *
 * ```
 * ┌───┬──────────────────────────────┬─────┬───────────┐
 * │序 │           工作任务           │牵头 │主要责任单 │
 * │号 │                              │领导 │    位     │
 * ├───┼──────────────────────────────┼─────┼───────────┤
 * │   │                              │常务 │           │
 * │1  │地区生产总值比上年增长4.5%以上│副区 │区发展改革 │
 * │   │。                            │长   │委         │
 * ```
 *
 * Unlike a table printed as columns of spaces (`layoutTable.ts`), nothing here is a guess: each piece of a line is in
 * the column its bars enclose, and in the row its rules enclose. The header names the columns with its cells' words
 * joined over its lines (`序` + `号`); a row's number is the number in its 序号 cell, on whichever line it stands.
 */
import type { Piece } from './splitTail';
import type { LayoutRow, LayoutTable } from './layoutTable';
import { displayWidth, readTableHeader, type Cell, type TableColumns } from './tableRows';
import { readNumbering } from './numbering';
import { isColumnName } from './labels';
import { indentOf, trimEndIndex, trimRange } from './text';

export interface BorderedTable extends LayoutTable {
  /** The columns its header names. */
  readonly columns: TableColumns;
  /** How its lines were cut and read, for reading one row again after an edit (see `rereadRow`). */
  readonly reading: BorderedReading;
}

/** How a bordered table's body was read: what the rows share, which a row read again alone must be read with. */
export interface BorderedReading {
  readonly bounds: readonly number[];
  readonly modes: RowModes;
  /** Each row's block of lines, in line order. */
  readonly blocks: readonly RowBlock[];
  /** The columns stand where this line's bars do: of the lines before `boundsEnd`, the first with most bars. */
  readonly boundsLine: number;
  readonly boundsEnd: number;
}

/** How the rows are numbered, decided over all of them (see `readRows`). */
interface RowModes {
  /** The tasks number themselves in their cells (the 序号 numbers categories, or there is none). */
  readonly byCell: boolean;
  /** Nothing is numbered: each row by its place. */
  readonly implicit: boolean;
  /** Rules part the rows (not only the header from the body, as psql draws). */
  readonly ruled: boolean;
}

/** The block of lines a row was read from, and the line of its number. */
interface RowBlock extends Block {
  readonly row: number;
}

/** What reading a bordered table at a rule gives: the table when it is a task table, and where its lines end either way. */
export interface BorderedRead {
  readonly table: BorderedTable | null;
  readonly end: number;
}

/** A row's number in its cell: `1`, `12.`, `3、`, `(一)` (the cell says it is the row's number, whatever its style). */
const NUMBER = /^(?:[0-9０-９]{1,4}[.、．]?|[(（](?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[)）])$/;
/** A task's own number opening its cell (`1.地区生产总值…`, `（2）…`), in a table whose 序号 numbers its categories. */
const CELL_NUMBER = /^(?:[0-9０-９]{1,3}[.、．]|[(（][0-9０-９]{1,3}[)）])(?![0-9０-９])/;
/** Header blocks tried: a title row across the table may stand above the header. */
const MAX_HEADER_BLOCK = 3;
/** Blocks whose bars tell where the columns stand. */
const MAX_BOUNDS_BLOCKS = 12;
/** More columns are no task table's (a line of more bars is no row of one). */
const MAX_COLUMNS = 40;
/** What an unnamed column is called when the header is read. */
const UNNAMED = '—';

function isVerticalBar(c: number): boolean {
  return c === 0x7c || c === 0x2502 || c === 0x2503 || c === 0x2551;
}

function isRuleChar(c: number): boolean {
  return c === 0x2d || c === 0x3d || c === 0x2b || c === 0x3a || (c >= 0x2500 && c <= 0x257f);
}

/**
 * `+---+----+`, `+===+`, `├───┼───┤`, and a rule cut by a cell merged over rows (`│   ├───┼───┤`): rule characters
 * alone, a run of two dashes at least, opening with a corner, a junction or a bar. (`|---|---|`, a Markdown table's
 * header rule, is no border: its rows stand one to a line.)
 */
export function isBorderRule(line: string): boolean {
  // Asked of every line: the first character decides for nearly all of them.
  const a = indentOf(line);
  const c = line.charCodeAt(a);
  if (c !== 0x2b && !(c >= 0x2500 && c <= 0x257f)) return false;
  const b = trimEndIndex(line);
  if (b - a < 3) return false;
  let run = 0;
  let longest = 0;
  for (let k = a; k < b; k++) {
    const d = line.charCodeAt(k);
    if (d === 0x20) {
      run = 0;
      continue;
    }
    if (!isRuleChar(d)) return false;
    run = d === 0x2d || d === 0x3d || d === 0x2500 || d === 0x2501 || d === 0x2550 ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest >= 2;
}

/** A line of a bordered table's cells: it opens and closes with a bar. */
function isBarred(line: string): boolean {
  const a = indentOf(line);
  const b = trimEndIndex(line);
  return b - a >= 2 && isVerticalBar(line.charCodeAt(a)) && isVerticalBar(line.charCodeAt(b - 1));
}

/** Where a line's bars stand (with its rules' junctions, when `junctions`): by index, and by printed column. */
function separatorsOf(line: string, junctions: boolean): { at: number; shown: number }[] {
  const out: { at: number; shown: number }[] = [];
  let shown = 0;
  for (let k = 0; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (isVerticalBar(c) || (junctions && isJunction(c))) out.push({ at: k, shown });
    shown += displayWidth(c);
  }
  return out;
}

/** The table's column boundary a separator printed at `shown` stands on (the last within one column of it), or -1. */
function boundAt(bounds: readonly number[], shown: number): number {
  let col = -1;
  for (let j = 0; j < bounds.length; j++) if (Math.abs(bounds[j] - shown) <= 1) col = j;
  return col;
}

/** One line's cells: the words between two of its bars, and the first and last columns they span. */
interface LineCell {
  readonly from: number;
  readonly to: number;
  readonly first: number;
  readonly last: number;
}

/**
 * A line's cells, each placed by the printed columns of the bars around it among the table's own (`bounds`): a cell
 * merged across columns (a heading row across the table) spans them all. A bar standing where no column ends is a
 * word's (`A|B` in a cell).
 *
 * A line with a bar for every column is read bar by bar instead: a keystroke in a cell pushes the bars after it out of
 * line (two columns for a Chinese character typed, back for one deleted), and each is still the next column's. The
 * closing bar of a line is the table's right border wherever it stands (a heading across the table typed into).
 */
function lineCells(line: string, bounds: readonly number[]): LineCell[] {
  const out: LineCell[] = [];
  const separators = separatorsOf(line, false);
  const everyColumn = separators.length === bounds.length;
  const closing = separators.length ? separators[separators.length - 1].at : -1;
  let prev: { at: number; col: number } | null = null;
  for (let k = 0; k < separators.length; k++) {
    const { at, shown } = separators[k];
    let col = everyColumn ? k : boundAt(bounds, shown);
    if (col < 0 && at === closing && trimEndIndex(line) === at + 1 && prev && prev.col < bounds.length - 1) col = bounds.length - 1;
    if (col < 0 || (prev && col <= prev.col)) continue;
    if (prev) {
      const [from, to] = trimRange(line, prev.at + 1, at);
      out.push({ from, to, first: prev.col, last: col - 1 });
    }
    prev = { at, col };
  }
  return out;
}

/** A row as it is gathered. */
interface RowDraft {
  line: number;
  number: Cell;
  cells: Piece[][];
  top: [number, number];
  numberPieces?: Piece[];
  implicit?: boolean;
  mergedCells?: boolean;
  end?: number;
  paragraphs?: boolean;
}

/** The words of a block's cells, column by column, joined over its lines (`序` + `号`). */
function namesOf(lines: readonly string[], block: Block, bounds: readonly number[]): string[] {
  const names: string[] = bounds.slice(1).map(() => '');
  for (const i of block.lines) for (const c of lineCells(lines[i], bounds)) names[c.first] += lines[i].slice(c.from, c.to).replace(/\s+/g, '');
  // A header cell merged over two header rows shows through the rule between them (`│序号│ 重点任务 ├───┬───┤`).
  if (block.rule !== undefined) for (const c of ruleCells(lines[block.rule], bounds)) if (c.merged) names[c.first] += lines[block.rule].slice(c.from, c.to).replace(/\s+/g, '');
  return names;
}

/** A block of a table's lines between two rules. */
interface Block {
  readonly lines: number[];
  /** The rule under it, when a cell merged over rows cuts it (`├──┤控信息发├───┤`). */
  rule?: number;
}

function isJunction(c: number): boolean {
  return c === 0x2b || (c >= 0x2500 && c <= 0x257f && !isHorizontal(c) && !isVerticalBar(c));
}

function isHorizontal(c: number): boolean {
  return c === 0x2d || c === 0x3d || c === 0x2500 || c === 0x2501 || c === 0x2550;
}

/**
 * A rule cut by cells merged over the rows above and below it, their words showing through (`├──┤控信息发├───┤`,
 * `│1 │期目标 ├────┼───┤`): opening with a junction or a bar, it holds a cell of dashes alone (a cell's words may hold a
 * dash or two, `2021--2023`, never only dashes).
 */
function isCutRule(line: string): boolean {
  const a = indentOf(line);
  const c = line.charCodeAt(a);
  if (!isJunction(c) && !isVerticalBar(c)) return false;
  const b = Math.min(trimEndIndex(line), a + 2000);
  let dashes = 0;
  let other = false;
  for (let k = a + 1; k < b; k++) {
    const d = line.charCodeAt(k);
    if (isJunction(d) || isVerticalBar(d)) {
      if (dashes >= 2 && !other) return true;
      dashes = 0;
      other = false;
    } else if (isHorizontal(d)) dashes++;
    else other = true;
  }
  return false;
}

/**
 * What a rule holds in each column: dashes where it parts two rows, blanks or words where a cell merged over both runs
 * through it.
 */
function ruleCells(line: string, bounds: readonly number[]): { from: number; to: number; first: number; merged: boolean }[] {
  const out: { from: number; to: number; first: number; merged: boolean }[] = [];
  let prev: { at: number; col: number } | null = null;
  for (const { at, shown } of separatorsOf(line, true)) {
    const col = boundAt(bounds, shown);
    if (col < 0 || (prev && col <= prev.col)) continue;
    if (prev) {
      let merged = false;
      for (let k = prev.at + 1; k < at; k++) if (!isHorizontal(line.charCodeAt(k))) merged = true;
      const [from, to] = trimRange(line, prev.at + 1, at);
      out.push({ from, to, first: prev.col, merged });
    }
    prev = { at, col };
  }
  return out;
}

/**
 * A task column merged over several rows (`工作任务` over its `细化分工`) names what the rows have in common; each row's
 * own words are in the first column after it that names no field, which is read as the task's then.
 */
function withTextUnmerged(lines: readonly string[], body: readonly Block[], bounds: readonly number[], columns: TableColumns): TableColumns {
  const textAt = columns.roles.indexOf('text');
  const own = columns.roles.findIndex((r, j) => j > textAt && r === undefined);
  if (own < 0) return columns;
  const merged = body.some((b) => b.rule !== undefined && ruleCells(lines[b.rule], bounds).some((c) => c.first === textAt && c.merged));
  // Or where the tasks number themselves in that column (`1.地区生产总值…` beside `主要预期目标`), whatever the merge.
  const selfNumbered = (j: number) => body.filter((b) => b.lines.some((i) => lineCells(lines[i], bounds).some((c) => c.first === j && c.to > c.from && CELL_NUMBER.test(lines[i].slice(c.from, c.to))))).length;
  if (!merged && !(selfNumbered(own) >= 2 && selfNumbered(own) > selfNumbered(textAt))) return columns;
  const roles = columns.roles.slice();
  roles[textAt] = undefined;
  roles[own] = 'text';
  return { ...columns, roles };
}

/**
 * The bordered table whose first rule is `lines[from]`, up to `to`: its rows when its header names a task table's
 * columns (a 序号 and the task's words and a field); null for another table (a page's 索引号 / 发文单位 box), which the
 * main pass reads line by line. Either way, where its lines end.
 */
export function readBorderedTable(lines: readonly string[], from: number, to: number): BorderedRead {
  let end = from;
  const blocks: Block[] = [];
  let open: Block | null = null;
  while (end < to) {
    const line = lines[end];
    if (isBorderRule(line) || isCutRule(line)) {
      if (open) open.rule = end;
      open = null;
    } else if (isBarred(line)) {
      if (!open) blocks.push((open = { lines: [] }));
      open.lines.push(end);
    } else break;
    end++;
  }
  const fail: BorderedRead = { table: null, end };
  // The columns: where the bars stand on the line that has most of them (a header's cell may span two columns, and a
  // heading's row spans them all).
  let bounds: number[] = [];
  let boundsLine = -1;
  for (const block of blocks.slice(0, MAX_BOUNDS_BLOCKS))
    for (const i of block.lines) {
      const bars = separatorsOf(lines[i], false);
      if (bars.length > bounds.length && bars.length <= MAX_COLUMNS + 1) {
        bounds = bars.map((b) => b.shown);
        boundsLine = i;
      }
    }
  if (bounds.length < 4) return fail;
  // The header: the first block (of the first few) whose words, column by column, name a task table's columns; the
  // blocks of names under it (`牵头单位` / `配合单位` under `责任分工`) name the columns they stand in.
  for (let h = 0; h < Math.min(blocks.length, MAX_HEADER_BLOCK); h++) {
    const names = namesOf(lines, blocks[h], bounds);
    // The columns a header cell spans with others (`责任分工` over two): names under it name each.
    const spanned = new Set<number>();
    for (const i of blocks[h].lines) for (const c of lineCells(lines[i], bounds)) if (c.last > c.first) for (let j = c.first; j <= c.last; j++) spanned.add(j);
    let last = h;
    while (last + 1 < blocks.length && last - h < 2) {
      const more = namesOf(lines, blocks[last + 1], bounds);
      const under = more.flatMap((n, j) => (n ? [j] : []));
      // A header cell merged over both rows reads on through the rule between them (`备` / `注`).
      const through = new Set(blocks[last].rule === undefined ? [] : ruleCells(lines[blocks[last].rule!], bounds).flatMap((c) => (c.merged ? [c.first] : [])));
      const next = names.map((n, j) => (!more[j] ? n : spanned.has(j) ? more[j] : through.has(j) ? n + more[j] : null));
      if (under.length < 2 || !under.some((j) => spanned.has(j)) || !next.every((n, j) => n !== null && (!more[j] || isColumnName(n)))) break;
      next.forEach((n, j) => (names[j] = n!));
      last++;
    }
    // A column the header leaves unnamed names no field (a placeholder keeps the columns in their places).
    const columns = readTableHeader(names.map((n) => n || UNNAMED).join('\t'));
    if (!columns || !columns.roles.includes('text')) continue;
    const body = blocks.slice(last + 1);
    const read = withTextUnmerged(lines, body, bounds, columns);
    const rowsRead = readRows(lines, body, bounds, read);
    if (!rowsRead) return fail;
    const { modes, blocks: rowBlocks, ...table } = rowsRead;
    for (let i = from; i < end; i++) if (!table.rows.has(i) && !table.alone?.has(i) && !table.headings?.has(i)) (table.claimed as Set<number>).add(i);
    const boundsEnd = blocks.length > MAX_BOUNDS_BLOCKS ? blocks[MAX_BOUNDS_BLOCKS].lines[0] : end;
    return { table: { ...table, end, columns: read, reading: { bounds, modes, blocks: rowBlocks, boundsLine, boundsEnd } }, end };
  }
  return fail;
}

interface LineOfCells {
  readonly i: number;
  readonly cells: LineCell[];
}

/**
 * The rows of the blocks under the header. A block holds one row, its number on whichever line its 序号 cell's number
 * stands; or, where rules part only the header from the body (psql), a row on each line numbered, the lines after it
 * its cells' wraps. Where the tasks number themselves in their cells (the 序号 numbering categories, or no 序号 at
 * all), a block is a row numbered so; in a table that numbers nothing, each block is a row numbered by its place.
 * A block with no number is a heading across the table (`一、全区经济社会发展主要预期目标`), read by the main pass from
 * its words; or more of the row above (a sub-row under a merged 序号 cell).
 */
function readRows(
  lines: readonly string[],
  blocks: readonly Block[],
  bounds: readonly number[],
  columns: TableColumns,
  given?: RowModes,
): (Omit<BorderedTable, 'end' | 'columns' | 'reading'> & { modes: RowModes; blocks: RowBlock[] }) | null {
  const m = bounds.length - 1;
  const numberAt = columns.roles.indexOf('number');
  const textAt = columns.roles.indexOf('text');
  const rows = new Map<number, LayoutRow>();
  const claimed = new Set<number>();
  const alone = new Map<number, Cell>();
  const headings = new Map<number, Piece[]>();
  const read = blocks.map((block) => block.lines.map((i): LineOfCells => ({ i, cells: lineCells(lines[i], bounds).filter((c) => c.to > c.from) })));
  const numberLines = (ls: readonly LineOfCells[]) => ls.filter(({ i, cells }) => cells.some((c) => c.first === numberAt && NUMBER.test(lines[i].slice(c.from, c.to)))).map(({ i }) => i);
  const cellNumber = (ls: readonly LineOfCells[]): Cell & { line: number } | null => {
    for (const { i, cells } of ls) {
      const c = cells.find((x) => x.first === textAt);
      if (!c) continue;
      const mark = CELL_NUMBER.exec(lines[i].slice(c.from, c.to));
      return mark ? Object.assign([c.from, c.from + mark[0].length] as Cell, { line: i }) : null;
    }
    return null;
  };
  const numbered = given ? 0 : numberAt < 0 ? 0 : read.filter((ls) => numberLines(ls).length).length;
  const selfNumbered = given ? 0 : read.filter((ls) => cellNumber(ls)).length;
  // The 序号 numbers categories (or there is none) where more blocks' tasks number themselves in their cells.
  const byCell = given ? given.byCell : selfNumbered >= 2 && selfNumbered > numbered;
  const implicit = given ? given.implicit : numberAt < 0 && !byCell;
  const ruled = given ? given.ruled : numbered > 1;
  const rowBlocks: RowBlock[] = [];
  let last: RowDraft | null = null;
  // The rows in order, each with the rule under it; null for a heading between them.
  const order: ({ row: RowDraft; rule: number | undefined } | null)[] = [];
  read.forEach((ls, k) => {
    const block = blocks[k];
    const words = ls.filter(({ cells }) => cells.length);
    const first = words[0];
    const opening = first?.cells[0];
    const across = !!opening && opening.first === 0 && opening.last === m - 1;
    const marked = !!opening && first.cells.length === 1 && readNumbering(lines[first.i], first.i, opening.from) !== null && !CELL_NUMBER.test(lines[first.i].slice(opening.from, opening.to));
    let opens: number[];
    let number: (i: number, cells: LineCell[]) => Cell = (_, cells) => {
      const c = cells.find((x) => x.first === numberAt)!;
      return [c.from, c.to];
    };
    const inCell = byCell ? cellNumber(ls) : null;
    if (inCell) {
      opens = [inCell.line];
      number = () => [inCell[0], inCell[1]];
    } else if (implicit && !across && !marked && words.some(({ cells }) => cells.some((c) => c.first === textAt))) {
      const at = words.find(({ cells }) => cells.some((c) => c.first === textAt))!;
      opens = [at.i];
      number = (_, cells) => {
        const c = cells.find((x) => x.first === textAt)!;
        return [c.from, c.from];
      };
    } else opens = byCell || implicit ? [] : numberLines(ls);
    // Where rules part the rows, a block is one row: a number wrapped in a narrow 序号 cell (`8` over `0`) is its digits
    // joined; a 序号 cell holding more than a number is a heading squeezed into it (`二` `、` `重` … `(共` `1` `3` `5` `项)`),
    // no row. Where rules part only the header from the body (psql), each numbered line opens a row.
    const digits = inCell || implicit ? [] : ls.flatMap(({ i, cells }) => cells.filter((c) => c.first === numberAt).map((c): Piece => [i, c.from, c.to]));
    const joined = digits.map(([i, s, e]) => lines[i].slice(s, e)).join('');
    if (ruled && !inCell && !implicit) opens = NUMBER.test(joined) && digits.length ? [digits[0][0]] : [];
    if (opens.length === 0) {
      if (across || marked) order.push(null);
      // A heading squeezed into one narrow cell a few characters a line (pandoc leaves a row across the table in its
      // first cell): read from its pieces joined, when they open with a heading's number.
      const column = words.length > 1 && words.every(({ cells }) => cells.length === 1 && cells[0].first === opening.first) ? opening.first : -1;
      if (column >= 0 && !across && !marked) {
        const pieces = words.map(({ i, cells }): Piece => [i, cells[0].from, cells[0].to]);
        const said = pieces.map(([l, s0, e]) => lines[l].slice(s0, e)).join('');
        const a = said.search(/[^*\s]/);
        const heading = a >= 0 ? readNumbering(said, pieces[0][0], a) : null;
        if (heading && !heading.numbering.style.startsWith('arabic')) {
          headings.set(pieces[0][0], pieces);
          ls.forEach(({ i }) => i !== pieces[0][0] && claimed.add(i));
          order.push(null);
          return;
        }
      }
      for (const { i, cells } of ls) {
        // A heading across the table, or one set in a single cell: the main pass reads its words.
        if ((across || marked) && cells.length === 1) alone.set(i, [cells[0].from, cells[0].to]);
        else {
          claimed.add(i);
          // Otherwise more of the row above: its cells go on under a 序号 cell merged over both.
          if (last && !across && !marked) for (const c of cells) if (c.first !== numberAt) last.cells[c.first].push([i, c.from, c.to]);
        }
      }
      return;
    }
    const wrappedNumber = ruled && digits.length > 1 && NUMBER.test(joined) && digits.every(([i], d) => d === 0 || i === digits[d - 1][0] + 1);
    if (ruled || inCell || implicit) opens = opens.slice(0, 1);
    // The lines after a number are its row's; the lines above the first number are that row's first (cells centred).
    let row: RowDraft | null = null;
    const above: [Piece, number][] = [];
    for (const { i, cells } of ls) {
      if (opens.includes(i)) {
        const own = number(i, cells);
        row = { line: i, number: own, cells: bounds.slice(1).map(() => []), top: [i, own[0]], paragraphs: true };
        if (wrappedNumber) row.numberPieces = digits;
        if (implicit) row.implicit = true;
        for (const [piece, col] of above) {
          row.cells[col].push(piece);
          if (piece[0] < row.top[0]) row.top = [piece[0], Math.min(piece[1], own[0])];
        }
        above.length = 0;
        row.end = block.rule ?? block.lines[block.lines.length - 1];
        rows.set(i, (last = row));
        rowBlocks.push({ ...block, row: i });
        order.push({ row, rule: block.rule });
      } else claimed.add(i);
      for (const c of cells) {
        if (c.first === numberAt) continue;
        // A task's own number is no part of its words.
        const from = inCell && i === inCell.line && c.first === textAt ? trimRange(lines[i], inCell[1], c.to)[0] : c.from;
        if (from >= c.to) continue;
        if (row) row.cells[c.first].push([i, from, c.to]);
        else above.push([[i, from, c.to], c.first]);
      }
    }
    // The words of a merged cell showing through the rule under the block are the row's (the cell reads on below it).
    if (row && block.rule !== undefined)
      for (const c of ruleCells(lines[block.rule], bounds)) if (c.merged && c.to > c.from && c.first !== numberAt) row.cells[c.first].push([block.rule, c.from, c.to]);
  });
  if (!rows.size) return null;
  withMergedCellsOnTheirFirstRow(lines, order, bounds, columns);
  // A task's cell left empty under a merged one (a dump that drops the merge leaves it blank): the row's own words are
  // those of the first column after it that names no field (`细化分工`).
  const own = columns.roles.findIndex((r, j) => j > textAt && r === undefined);
  if (own > 0)
    for (const row of rows.values()) {
      const cells = row.cells as Piece[][];
      if (!cells[textAt].length && cells[own].length) [cells[textAt], cells[own]] = [cells[own], []];
    }
  return { rows, claimed, alone, headings, modes: { byCell, implicit, ruled }, blocks: rowBlocks };
}

/**
 * A field's cell merged over several rows (one 牵头单位 for a block of tasks) shows no rule between them in its column,
 * its words centred in the run (`区科经` in one row, `局` through the rule under it). Its words are put on the run's
 * first row (whose range stays its own lines), and the rows are marked as under merged cells: each states what the row
 * above it states.
 */
function withMergedCellsOnTheirFirstRow(
  lines: readonly string[],
  order: readonly ({ row: RowDraft; rule: number | undefined } | null)[],
  bounds: readonly number[],
  columns: TableColumns,
): void {
  const merged = order.map((o) => (o && o.rule !== undefined ? new Set(ruleCells(lines[o.rule], bounds).flatMap((c) => (c.merged ? [c.first] : []))) : null));
  columns.roles.forEach((role, j) => {
    if (role !== 'leaders' && role !== 'leadUnits' && role !== 'units' && role !== 'deadline') return;
    for (let k = 0; k < order.length; ) {
      let end = k;
      while (end + 1 < order.length && order[end] && order[end + 1] && merged[end]?.has(j)) end++;
      if (end > k) {
        const run = order.slice(k, end + 1).map((o) => o!.row);
        const pieces = run.flatMap((r) => r.cells[j]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
        run.forEach((r, n) => {
          r.cells[j] = n === 0 ? pieces : [];
          r.mergedCells = true;
        });
      }
      k = end + 1;
    }
  });
}

/**
 * The table with one row read again after an edit to lines [a, b) of `lines` (`before` held them until then), or null
 * when the edit may change more than that row. A row is read from its own block of lines between two rules; what the
 * rows share (where the columns stand, how rows are numbered, which columns name a task's words, which cells are merged
 * over rows) is decided over all of them, so the edit must leave each line's part in those decisions as it was: the
 * same cells in the same columns, none newly numbered or unnumbered, the row's number where it was. A keystroke in a
 * cell's words does; a number changed, a bar typed, a row split or a rule drawn does not, and the document is read whole.
 */
export function rereadRow(table: BorderedTable, before: readonly string[], lines: readonly string[], a: number, b: number): { table: BorderedTable; row: LayoutRow; block: readonly [number, number] } | null {
  const { bounds, modes, blocks, boundsLine, boundsEnd } = table.reading;
  // A row to a block: where rules part the rows, or the tasks number themselves in their cells (psql's rows share one).
  if ((!modes.ruled && !modes.byCell) || modes.implicit) return null;
  // The block holding the first line edited (blocks are in line order).
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].lines[0] <= a) lo = mid;
    else hi = mid - 1;
  }
  const block = blocks[lo];
  const row = block && table.rows.get(block.row);
  if (!row || row.mergedCells) return null;
  const first = block.lines[0];
  const last = block.lines[block.lines.length - 1];
  if (a < first || b - 1 > last) return null;
  // A row that took the words of a block under it (cells merged over both) is no longer its block's alone.
  const end = block.rule ?? last;
  if (row.cells.some((pieces) => pieces.some(([l]) => l < first || l > end))) return null;
  const numberAt = table.columns.roles.indexOf('number');
  for (let i = a; i < b; i++) {
    const line = lines[i];
    if (isBorderRule(line) || isCutRule(line) || !isBarred(line)) return null;
    // Where the columns stand is read from the first line with most bars among the first blocks: another line there
    // may change, but not its count of bars.
    if (i === boundsLine || (i < boundsEnd && separatorsOf(before[i], false).length !== separatorsOf(line, false).length)) return null;
    if (partInTable(before[i], i, bounds, numberAt) !== partInTable(line, i, bounds, numberAt)) return null;
  }
  const read = readRows(lines, [block], bounds, table.columns, modes);
  const again = read?.rows.get(block.row);
  if (!again || read!.rows.size !== 1 || again.mergedCells || !sameShape(again, row) || numberText(before, row) !== numberText(lines, again)) return null;
  const rows = new Map(table.rows);
  rows.set(block.row, again);
  return { table: { ...table, rows }, row: again, block: [first, end] };
}

/**
 * What a line of a row's block tells the table as a whole: which columns its words stand in, its 序号 cell's words,
 * which cells open with a number, and whether a cell alone on the line is numbered (a heading set in one cell).
 */
function partInTable(line: string, i: number, bounds: readonly number[], numberAt: number): string {
  const cells = lineCells(line, bounds).filter((c) => c.to > c.from);
  const alone = cells.length === 1 && readNumbering(line, i, cells[0].from) !== null;
  return (
    (alone ? '#' : '') +
    cells
      .map((c) => {
        const words = line.slice(c.from, c.to);
        return `${c.first}-${c.last}${c.first === numberAt ? `=${words}` : ''}${NUMBER.test(words) ? 'n' : ''}${CELL_NUMBER.test(words) ? 'c' : ''}`;
      })
      .join(' ')
  );
}

/** A row's number as written (over its pieces when wrapped). */
function numberText(lines: readonly string[], row: LayoutRow): string {
  const pieces = row.numberPieces ?? [[row.line, row.number[0], row.number[1]]];
  return pieces.map(([l, s, e]) => lines[l].slice(s, e)).join('');
}

/** The same row: at the same lines, its number where it was. */
function sameShape(x: LayoutRow, y: LayoutRow): boolean {
  const same = (p: readonly number[] | undefined, q: readonly number[] | undefined) => (p ?? []).join() === (q ?? []).join();
  return (
    x.line === y.line &&
    same(x.number, y.number) &&
    same(x.top, y.top) &&
    x.end === y.end &&
    !!x.implicit === !!y.implicit &&
    (x.numberPieces ?? []).map((p) => p.join()).join('|') === (y.numberPieces ?? []).map((p) => p.join()).join('|')
  );
}
