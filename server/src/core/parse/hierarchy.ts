import type { Field, Numbering, ParseProblem, Range, Section, SectionLevel, Span, StatedCount, SubItem, Task, UnitRef } from '../model';
import { lineRange, marksLead, range as mkRange, spanOf, STYLE_RANK } from '../model';
import { readNumbering, readNumberingBeforeDigit, rowNumberSource, type NumberedLine } from './numbering';
import { afterFieldNote, readFieldList, startsWithLabel, makeField } from './fields';
import { readRoleProse, readTail, readUnclosedFields } from './tail';
import { readHeadingRole } from './headingRole';
import { roleOfHeaderCell } from './labels';
import { readTextDeadlines } from './textDeadlines';
import { placeBack, positionInPieces, readCellOverPieces, readSplitTail, readWrappedField, readWrappedFieldLine, type Piece } from './splitTail';
import { readLayoutTable, type LayoutRow, type LayoutTable } from './layoutTable';
import { isBorderRule, readBorderedTable, type BorderedTable } from './borderedTable';
import { inferColumns } from './inferredTable';
import { cellsInOrder, filledRowCells, groupsByField, inferSpacedTable, numberlessRowCells, readCentredHeader, readSubHeader, readWrappedHeader, readTableHeader, spacedRow, spacedSubRow, splitCells, subRowCells, withGluedCellsParted, type Cell, type TableColumns } from './tableRows';
export type { TableColumns } from './tableRows';
import { CLAUSE_END, asciiDigits, contentStart, indentOf, isBarsOnly, isBlankCode, isCloseParen, isOpenParen, isPageNumber, leavesBracketOpen, matchingClose, matchingOpen, trimEndIndex, trimRange, nextNonBlank } from './text';
import { readStatedCount } from './counts';
import { LineMemo } from './memo';
import { ranksWithItemTasks, withItemsAsTasks } from './itemsAsTasks';
import { leadConventionOf, type LeadConvention } from './conventions';
import { append, fitted } from '../util';
import { barLedColumns, mayOpenBarLedHeader, readBarLedHeader, readBarLedRow, type BarLedColumns } from './barLedTable';
import { ANNOUNCES_LIST, content as cellContent, fitsColumn, isBareNumber, isNumberHeader, opensLostNumberRow, readCategoryRow, readLostNumberRow, readVerticalHeader, readVerticalRow, type VerticalCategory, type VerticalColumns } from './verticalTable';

/** A line that is only a date: `2024年1月10日`, `2024年1月`. */
const DATE_ONLY = /^[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月(?:\s*[0-9０-９]{1,2}\s*日)?$/;

/** `主要任务 |`, `工作任务`: a short line that may name a table's column of the task's words (see `readVerticalHeader`). */
function mayOpenCellHeader(line: string, indent: number, end: number): boolean {
  // How such a name ends (任务, 事项, 内容, 目标, 名称, 项目), or the bar closing its cell; the header's reader judges the rest.
  return TEXT_HEADER_LAST.includes(line[end - 1]) && !readNumbering(line, 0, indent);
}
const TEXT_HEADER_LAST = '务项容标称目|｜';

/** `4项目标的责任单位均为`, `以上3项任务责任单位为`, `该目标责任单位为`: a note assigning the items above it (see `groupNote`). */
const GROUP_NOTE = /^(?:(?:以上|上述)?([0-9０-９]{1,2}|[一二三四五六七八九十])项(?:目标|任务|工作|指标)?的?|(?:该|此|本)项?(?:目标|任务|工作|指标)的?)责任单位(?:均|都)?为/;
const CN_DIGITS = '一二三四五六七八九十';

/** A month, perhaps with its year and day, alone: `6月`, `12月底前`, `2024年3月中旬`. */
const MONTH_ONLY = /^(?:[0-9０-９]{4}\s*年\s*)?[0-9０-９]{1,2}\s*月(?:\s*[0-9０-９]{1,2}\s*日)?(?:底|末|初|上旬|中旬|下旬)?前?$/;

/** Rank of an unnumbered group heading (`——标题`, or a short heading line): between (一) and 1. */
const GROUP_RANK = 2;
const TASK_RANK = 3;
/** Rank of a sub-category under a category row of a table (`做精老城区` under `2` / `推动四大功能融合提质`): between the two. */
const SUB_CATEGORY_RANK = 2.5;

/** A node while the tree is being built; finalised into a Section or a Task. */
export interface RawNode {
  kind: 'numbered' | 'group' | 'row';
  rank: number;
  numbering: Numbering | null;
  line: number;
  start: number;
  /** The text on the first line (after the marker, before inline fields). */
  textStart: number;
  textEnd: number;
  /** Wrapped continuation lines of the text: [line, start, end]. */
  more: [number, number, number][];
  /** A heading's paragraph of prose (its first line): [line, start, end]. */
  intro?: [number, number, number];
  fields: Field[];
  subItems: SubItem[];
  /**
   * The sub-items as nodes, each with the fields its own line closed with (`(1)建设丙园区。(牵头单位:…)`),
   * and how many of `fields` came from them: items that each carry their own lead are the tasks.
   */
  items?: RawNode[];
  itemFields?: number;
  /** How many of its items a bullet opens (`▲…`): the next is numbered after them. */
  bulleted?: number;
  /** Where the node starts when that is above its number's line (a table's row whose cells are centred): [line, character]. */
  top?: [number, number];
  /** A row under cells the source merged over rows (see `Task.mergedCells`). */
  mergedCells?: boolean;
  /** The text's pieces are a cell's few characters a line (a squeezed heading): joined as they read, not as lines. */
  glued?: boolean;
  /** A `|` or tab row: the columns its cells were read in, and the column of its last filled cell (see `wrappedCellRow`). */
  rowTable?: TableColumns;
  lastColumn?: number;
  children: RawNode[];
  endLine: number;
  endChar: number;
  headingEnd: number;
}

/** The marks a copy opens a bulleted line with (Markdown's `-`, `*` and `+` are read as markup before a line is). */
const BULLETS = '▲△●○■□◆◇★☆►▶•·※';

export interface HierarchyInput {
  readonly lines: readonly string[];
  readonly from: number;
  readonly to: number;
  readonly planYear: number | null;
  readonly firstListedLeads: boolean;
  /** Facts from the previous parse of this document, reused for unchanged lines (and filled for the next). */
  readonly memo?: LineMemo;
  /** Whether the body follows the plan's title (`from` is the line after it). */
  readonly titled?: boolean;
}

export interface Hierarchy {
  readonly children: (Section | Task)[];
  readonly tasks: Task[];
  readonly problems: ParseProblem[];
  /** Items that carry at least one field (a plan without a title needs some). */
  readonly fieldCarriers: number;
}

/** The words of a row across a `|` table (one filled cell, the first, opening with a heading's number): [start, end). */
function headingAcrossBars(line: string, lineNo: number, indent: number, end: number): [number, number] | null {
  const c = line.charCodeAt(indent);
  // The row's first bar may be left out (`一、主要预期目标 | |||`, 芜湖 2025): the heading's cell is then the line's start.
  const leading = c === 0x7c || c === 0xff5c;
  let close = leading ? indent + 1 : indent;
  while (close < end && line.charCodeAt(close) !== 0x7c && line.charCodeAt(close) !== 0xff5c) close++;
  if (!leading && close >= end) return null;
  const [a, b] = trimRange(line, leading ? indent + 1 : indent, close);
  if (b <= a) return null;
  for (let k = close; k < end; k++) {
    const d = line.charCodeAt(k);
    if (d !== 0x7c && d !== 0xff5c && !isBlankCode(d)) return null;
  }
  const n = readNumbering(line, lineNo, a);
  return n && STYLE_RANK[n.numbering.style] < TASK_RANK ? [a, b] : null;
}

/**
 * Where a second item begins on a numbered line: right after a `）`/`)` that closes a bracket of roles or fields,
 * a marker of the line's own style numbering the next item (`(一)…(省发改委负责)(二)…`, `1.…(…配合)2.…`); else 0.
 */
/** Items read from one line at most, and the longest line searched for them. */
const MAX_GLUED = 20;
const MAX_GLUED_LINE = 4000;

function gluedItemAt(line: string, lineNo: number, indent: number, end: number): number {
  // Most lines hold no marker right after a close: the line's own marker is read only when one does.
  let first: NumberedLine | null | undefined;
  for (let k = nextClose(line, indent); k >= 0 && k + 1 < end; k = nextClose(line, k + 1)) {
    const next = readNumbering(line, lineNo, k + 1);
    if (!next || next.textStart >= end) continue;
    first ??= readNumbering(line, lineNo, indent);
    if (!first) return 0;
    if (k < first.textStart || next.numbering.style !== first.numbering.style || next.numbering.value !== first.numbering.value + 1) continue;
    const open = matchingOpen(line, k);
    if (open > first.textStart && hasRoleWords(line.slice(open + 1, k))) return k + 1;
  }
  return 0;
}

function nextClose(line: string, from: number): number {
  const a = line.indexOf('）', from);
  const b = line.indexOf(')', from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** A bracket's words name roles or fields (`省发改委负责`, `牵头单位：…`): not a note inside a task's text. */
function hasRoleWords(inner: string): boolean {
  return /牵头|负责|配合|参与|协办|主办|会同|实施|[:：]/.test(inner);
}

/** A short line with no clause punctuation: a group heading when a task follows. */
function isHeadingLike(text: string): boolean {
  return text.length > 0 && text.length <= 40 && !CLAUSE_END.test(text) && !/[。；;！？]/.test(text);
}

/** A sentence on the task above it, not a heading: what it asks (`确保按期完成`, `各单位要高度重视`) or says of it (`此项工作…`). */
const REMARK = /^(?:此项|该项|本项|上述|以上|务必|注意|请|各[\u4e00-\u9fa5]{0,6}(?:要|应|须|均))|(?:按期|按时|如期|及时)(?:完成|办结|推进|落实)/;

/** A heading of one short phrase (`坚决打好三大攻坚战`): no clause or list that a wrap could have cut. */
function isOnePhrase(text: string): boolean {
  return text.length > 0 && text.length <= 20 && !/[，,、；;：:。]/.test(text);
}

/** A short heading that is one phrase closed by a full stop: no clause, list or announcement in it. */
function isHeadingSentence(text: string): boolean {
  // A figure says what is to be achieved (`全年完成投资100亿元。`): a target, not a heading.
  return text.length >= 5 && text.length <= 30 && text.charCodeAt(text.length - 1) === 0x3002 /* 。 */ && !/[。；;！？，,：:、0-9０-９]/.test(text.slice(0, -1)) && !/如下|以下/.test(text);
}

/**
 * The state of the line-by-line pass just before a node's first line: enough to read that node's
 * lines again on their own (see `splice.ts`), and to tell whether the lines after it would be read
 * as before.
 */
export interface OpenState {
  readonly line: number;
  /** Ranks of the open items (outermost first) and of the item fields attach to (-1: none). */
  readonly stackRanks: readonly number[];
  readonly currentRank: number;
  readonly anyOpened: boolean;
  readonly textOpen: boolean;
  readonly table: TableColumns | null;
  readonly lastArabic: number | null;
}

/** What a later parse needs to re-read one task in place (kept by `splice.ts`, never serialised). */
export interface HierarchyTrace {
  /** Every node's opening state, in line order. */
  readonly opens: readonly OpenState[];
  /** For each task (by index), its position in `opens`. */
  readonly taskOpen: readonly number[];
  /** For each task, its raw node's rank. */
  readonly taskRank: readonly number[];
  /** Rows were read with their cells on the lines after (a table written a cell per line): a task's
   *  lines cannot be read again on their own. */
  readonly readsAhead: boolean;
  /** The bordered tables read (see `borderedTable.ts`), in line order. */
  readonly bordered: readonly BorderedTable[];
  /** Only bordered tables read ahead: a task of one is re-read by its row (`rereadRow`), any other not at all. */
  readonly readsAheadInBordersOnly: boolean;
  /** How the plan says a task without a lead unit is led (a task re-read in place is led the same way). */
  readonly lead: LeadConvention;
}

/**
 * The line-by-line pass that turns the body's lines into a tree of raw nodes. Its state is a few
 * fields, so a later parse can start it again just before one task, with the state recorded
 * there, and read that task's lines alone.
 */
export class HierarchyBuilder {
  readonly problems: ParseProblem[] = [];
  readonly roots: RawNode[] = [];
  stack: RawNode[] = [];
  /** The item that fields and wrapped text attach to. */
  current: RawNode | null = null;
  /** Whether the line before (ignoring blanks) belonged to `current`'s text. */
  textOpen = false;
  /** The last item added (`（2）新开工亿元以上`) while its words run on to the next line: no fields read, no clause closed. */
  itemOpen: RawNode | null = null;
  table: TableColumns | null = null;
  /** The line of the current table's header. */
  private tableLine = -1;
  /**
   * A `|` table that numbers its own headings from 一 under a heading of the same style just above it (芜湖 2025:
   * `一、市政府重点工作任务` / `序号 | 目标与任务 | …` / `一、主要预期目标 | |||` … `二、重点做好…`): its headings stand
   * one level below, so that the heading above holds the table. Set per table at its first such heading.
   */
  private tableUnder: { table: TableColumns; shift: number; style: Numbering['style'] | null; outer: number; last: number } | null = null;
  /** The rank added to a heading being read (one of such a table's). */
  private rankShift = 0;
  /** The columns of a table written a cell per line (see `verticalTable.ts`), once its header is read. */
  vertical: VerticalColumns | null = null;
  /** Whether a row of the cell-per-line table has shown that its 序号 numbers categories of tasks (`readCategoryRow`). */
  verticalCategories = false;
  /** A row of the cell-per-line table above filled columns that name no field (目前完成情况): the last row may too. */
  private verticalNoted = false;
  /** Lines before this one were read ahead, as the cells of a table written a cell per line. */
  private skipUntil = 0;
  /** A table written a cell per line was read (its rows look ahead: no re-reading one task in place). */
  sawVertical = false;
  /** A table's columns were judged from rows below the line being read (a table without its header). */
  sawInferredTable = false;
  /** The rows of a table printed as columns whose cells wrap over lines (see `layoutTable.ts`), once its header is read. */
  layout: LayoutTable | null = null;
  /** The header line whose table was read and found to have no wrapped rows: its repeats (a page's) are not read again. */
  private layoutMiss: string | null = null;
  /** Such a table was read (its rows take lines before their numbers: no re-reading one task in place). */
  sawLayout = false;
  /** The columns of the bordered table `layout` holds, when it is one (see `borderedTable.ts`). */
  private bordered: TableColumns | null = null;
  /** The line after the last bordered table read (or tried). */
  private borderedEnd = 0;
  /** The bordered tables read, in line order (a task of one is re-read by its row). */
  readonly borderedTables: BorderedTable[] = [];
  /** A task without a number was read (see `implicitTask`): whether a line is one depends on the lines before. */
  sawImplicit = false;
  /** Two items were read from one line (see `readLine`): a keystroke there cannot re-read one task alone. */
  sawGlued = false;
  /** A row of a table parted by single spaces went on over the lines of names after it (see `continueSpacedRow`). */
  sawBrokenRow = false;
  /** The last `1.`-style number read: the one after it may begin its text with a digit. */
  lastArabic: number | null = null;
  /** `lastArabic` as it was before the line being read (what a node's opening state records). */
  private lastArabicBefore: number | null = null;
  /** Set when resuming: a node was opened before the lines this builder reads. */
  openedBefore = false;
  /** The body follows the plan's title: a short line before its first task heads a group even there. */
  titled = false;
  readonly opened: RawNode[] = [];
  readonly openStates: OpenState[] = [];
  private readonly memo: LineMemo;

  constructor(
    private readonly lines: readonly string[],
    private readonly to: number,
    private readonly planYear: number | null,
    private readonly firstListedLeads: boolean,
    memo: LineMemo | undefined,
  ) {
    this.memo = memo ?? new LineMemo('', null);
  }

  // The line-level recognisers, through the memo: each is a pure function of the line's text and
  // number (plus the context the memo is keyed by), so an unchanged line is not read again.
  numberingAt(line: string, i: number, indent: number): NumberedLine | null {
    const f = this.memo.at(i, line);
    // Read where the caller says the words begin: a Markdown heading's `###` is skipped by some callers, not by others.
    if (f.numbering?.at === indent) return f.numbering.value;
    const value = readNumbering(line, i, indent);
    f.numbering = { at: indent, value };
    return value;
  }

  private numberingBeforeDigitAt(line: string, i: number, indent: number, expected: number): NumberedLine | null {
    const f = this.memo.at(i, line);
    if (f.beforeDigit?.expected === expected) return f.beforeDigit.value;
    const value = readNumberingBeforeDigit(line, i, indent, expected);
    f.beforeDigit = { expected, value };
    return value;
  }
  private labelAt(line: string, i: number, at: number): boolean {
    const f = this.memo.at(i, line);
    if (f.label?.at === at) return f.label.value;
    const value = startsWithLabel(line, at);
    f.label = { at, value };
    return value;
  }
  private tailAt(line: string, i: number, at: number) {
    const f = this.memo.at(i, line);
    if (f.tail?.at === at) return f.tail.value;
    const value = readTail(line, i, at, this.firstListedLeads, this.planYear);
    f.tail = { at, value };
    return value;
  }
  private fieldListAt(line: string, i: number, a: number, b: number, layout: 'paren-line' | 'own-line') {
    const f = this.memo.at(i, line);
    const k = f.fieldList;
    if (k && k.from === a && k.to === b && k.layout === layout) return k.value;
    const value = readFieldList(line, i, a, b, layout, this.planYear);
    f.fieldList = { from: a, to: b, layout, value };
    return value;
  }
  private proseAt(line: string, i: number, a: number, b: number) {
    const f = this.memo.at(i, line);
    const k = f.prose;
    if (k && k.from === a && k.to === b) return k.value;
    const value = readRoleProse(line, i, a, b, this.firstListedLeads, this.planYear);
    f.prose = { from: a, to: b, value };
    return value;
  }

  /** The header on line `i` read with the lines around it, when its cells are centred over them (see `readCentredHeader`). */
  private centredHeaderAt(i: number): TableColumns | null {
    if (i < 1 || i + 1 >= this.to) return null;
    const line = this.lines[i];
    if (line.indexOf('序') < 0 && line.indexOf('编号') < 0) return null;
    const header = readTableHeader(line);
    return header ? readCentredHeader(this.lines[i - 1], line, this.lines[i + 1], header) : null;
  }

  /**
   * The lines of names after a row of a table parted by single spaces, up to the next row or anything else (see the
   * caller): the row's cells a copy broke onto lines. The columns the row left empty after its last cell take the last of
   * them, one line each; the lines before those are more of that last cell (`区财政局` / `区税务局`: one cell of two
   * paragraphs). False when line `i` holds no names.
   */
  private continueSpacedRow(row: RawNode, i: number): boolean {
    const table = this.table!;
    const names = (j: number): [number, number] | null => {
      const [s, e] = [contentStart(this.lines[j]), trimEndIndex(this.lines[j])];
      return s < e && !this.numberingAt(this.lines[j], j, s) && fitsColumn('units', this.lines[j].slice(s, e), this.planYear) ? [s, e] : null;
    };
    const pieces: [number, number, number][] = [];
    for (let j = i; j < this.to && pieces.length < 6; j++) {
      const cell = names(j);
      if (!cell) break;
      pieces.push([j, cell[0], cell[1]]);
    }
    // The row's last cell on its own line: its last field's, or its text's when it wrote no name there (`2 …。`).
    const last = row.fields.length ? table.headers.indexOf(row.fields[row.fields.length - 1].label.text) : table.roles.indexOf('text');
    if (!pieces.length || last < 0) return false;
    const empty: number[] = [];
    for (let k = last + 1; k < table.roles.length; k++) {
      const r = table.roles[k];
      if (r === 'leadUnits' || r === 'units' || r === 'leaders') empty.push(k);
    }
    const ownLines = Math.max(0, pieces.length - empty.length);
    // Lines beyond the empty cells are more of the last cell only where it holds names (not a deadline's).
    const lastRole = table.roles[last];
    if (ownLines > 0 && lastRole !== 'leadUnits' && lastRole !== 'units' && lastRole !== 'leaders') return false;
    pieces.forEach(([j, s, e], q) => {
      const column = q < ownLines ? last : empty[q - ownLines];
      const header = { text: table.headers[column], range: lineRange(j, s, s) };
      const role = table.roles[column];
      if (role === undefined || role === 'text' || role === 'number') return;
      row.fields.push(makeField(this.lines[j], j, role, header, s, e, 'table', this.planYear, null, this.problems));
      this.extend(row, j, e);
    });
    this.sawBrokenRow = true;
    this.skipUntil = Math.max(this.skipUntil, pieces[pieces.length - 1][0] + 1);
    return true;
  }

  /** Grows `node` (and, when it is open, every item enclosing it) to reach `line:end`. */
  private extend(node: RawNode, line: number, end: number): void {
    const stack = this.stack;
    const k = stack.lastIndexOf(node);
    if (k < 0) grow(node, line, end);
    for (let j = k; j >= 0; j--) grow(stack[j], line, end);
  }

  /** The ranks of the open items last recorded: most nodes open under the same ones as the node before. */
  private lastRanks: readonly number[] = [];

  private open(node: RawNode): void {
    this.finish();
    this.itemOpen = null;
    const stack = this.stack;
    let ranks = this.lastRanks;
    if (ranks.length !== stack.length || stack.some((n, k) => n.rank !== ranks[k])) ranks = this.lastRanks = stack.map((n) => n.rank);
    this.openStates.push({
      line: node.line,
      stackRanks: ranks,
      currentRank: this.current ? this.current.rank : -1,
      anyOpened: this.openedBefore || this.roots.length > 0 || stack.length > 0,
      textOpen: this.textOpen,
      table: this.table,
      lastArabic: this.lastArabicBefore,
    });
    this.opened.push(node);
    while (stack.length && stack[stack.length - 1].rank >= node.rank) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : this.roots).push(node);
    stack.push(node);
    this.extend(node, node.endLine, node.endChar);
    this.current = node;
  }

  /**
   * `（一）约束性指标` / `耕地保有量保持在100万亩。（市自然资源局牵头）` / `单位工业增加值用水量…。（市水利局…按职责分工负责）`:
   * a 规划纲要's lists do not number their tasks. Under a heading that stands complete on its line, or after
   * such a task, a sentence closed by a bracket of roles is a task of its own, numbered by its place; after
   * such a task, so is a sentence with no roles at all.
   */
  /**
   * A note after the items it assigns (郑州 2007 目标管理方案: `1.…;` … `4.…;` / `4项目标的责任单位均为市发展改革委。`, `5.…;` /
   * `该目标责任单位为市经委。`): the units are the last N items' (the one item's) above it, under the same heading. Read only
   * where those items carry no units of their own.
   */
  private groupNote(current: RawNode, line: string, i: number, indent: number, end: number): boolean {
    if (current.kind !== 'numbered' || current.rank !== TASK_RANK) return false;
    const m = GROUP_NOTE.exec(line.slice(indent, end));
    if (!m) return false;
    const count = m[1] ? (/^[0-9０-９]+$/.test(m[1]) ? parseInt(asciiDigits(m[1]), 10) : CN_DIGITS.indexOf(m[1]) + 1) : 1;
    const parent = this.stack.length >= 2 ? this.stack[this.stack.length - 2] : null;
    const siblings = (parent ? parent.children : this.roots).filter((n) => n.kind === 'numbered' && n.rank === TASK_RANK);
    if (count < 1 || count > siblings.length || siblings[siblings.length - 1] !== current) return false;
    const items = siblings.slice(-count);
    if (items.some((n) => n.fields.some((f) => f.role === 'units' || f.role === 'leadUnits'))) return false;
    const from = indent + m.index + m[0].length;
    const label = spanOf(i, indent + m[0].indexOf('责任单位'), '责任单位');
    const field = makeField(line, i, 'units', label, from, end, 'own-line', this.planYear, null, this.problems);
    if (!field.names.length) return false;
    for (const n of items) n.fields.push(field);
    this.extend(current, i, end);
    this.textOpen = false;
    // Items read by a line after them: such a plan is always read whole.
    this.sawImplicit = true;
    return true;
  }

  private implicitTask(current: RawNode, line: string, i: number, indent: number, end: number): boolean {
    // A table's row that numbers nothing is known by its cells: a sentence after the table is none of its rows.
    if (current.numbering?.cell) return false;
    const after = current.rank === TASK_RANK && current.numbering?.implicit ? current : null;
    if (!after) {
      if (current.rank >= TASK_RANK || current.more.length || current.fields.length || current.intro || current.children.length) return false;
      if (!isIntroHeading(this.lines[current.line].slice(current.textStart, current.textEnd))) return false;
    }
    const read = this.tailAt(line, i, indent);
    const named = !!read && read.textEnd > indent && read.fields.some((f) => f.role === 'leadUnits' || f.role === 'leaders');
    // After such a task, a sentence with no roles is one more, that lost them (and is reported so).
    const tail = named ? read! : after && !read && end - indent <= 200 ? { textEnd: end, fields: [], problems: [] } : null;
    if (!tail || !/[。；;！]$/.test(line.slice(indent, tail.textEnd)) || tail.textEnd - indent < 6) return false;
    const numbering: Numbering = {
      style: 'arabic-dot',
      value: after ? after.numbering!.value + 1 : 1,
      marker: spanOf(i, indent, ''),
      fullWidth: false,
      delimiter: '',
      implicit: true,
    };
    const node = newNode('numbered', TASK_RANK, numbering, i, indent, indent, tail.textEnd, end);
    append(node.fields, tail.fields);
    append(this.problems, tail.problems);
    this.open(node);
    this.textOpen = false;
    this.sawImplicit = true;
    return true;
  }

  /**
   * `1、加强经济运行分析，确保完成主要指标。（牵头单位：发改委、统计局）` / `▲增加值可比增长14%左右。（责任单位：发改委）`
   * (上海宝山 2008): a line a bullet opens under a task whose words are closed is an item of it, as `(1)` would be,
   * numbered by its place among the bullets; the fields closing it are the task's. Before, its words and its fields
   * were read nowhere.
   */
  private bulletedItem(line: string, i: number, end: number): boolean {
    const at = indentOf(line);
    if (!BULLETS.includes(line[at])) return false;
    const task = this.stack.length ? this.stack[this.stack.length - 1] : undefined;
    if (!task || task.rank !== TASK_RANK || task.kind !== 'numbered' || task.numbering?.implicit) return false;
    // A bracket of fields the task's line left open (`…主要指标。(牵头单位:发改委、统计局`) closes its words all the same.
    if (this.textOpen && task.fields.length === 0 && task === this.current) {
      this.finish();
      if (task.fields.length) this.textOpen = false;
    }
    // Bullets that go on with the task's open words (`1.推进重大项目建设：` / `●开工建设A项目；`) are read as its text.
    if (this.textOpen && task.fields.length === 0) return false;
    let textStart = at + 1;
    while (textStart < end && isBlankCode(line.charCodeAt(textStart))) textStart++;
    if (end - textStart < 2 || startsWithLabel(line, textStart) || isOpenParen(line[textStart])) return false;
    task.bulleted = (task.bulleted ?? 0) + 1;
    const numbering: Numbering = { style: 'arabic-paren', value: task.bulleted, marker: spanOf(i, at, line[at]), fullWidth: false, delimiter: '', implicit: true };
    this.addItem(task, numbering, line, i, at, textStart, end);
    return true;
  }

  /**
   * An item of `task` on line i (`(1)开展促消费活动。(牵头单位:区商务局)`, `▲…`): one of its sub-items, whose fields (if any
   * follow) stay the task's, and so do the fields closing its own line: the task's leads are its items'.
   */
  private addItem(task: RawNode, numbering: Numbering, line: string, i: number, indent: number, textStart: number, end: number): void {
    // An item begins: the words before it are over, and so is a bracket of fields they left open.
    if (task === this.current) this.finish();
    else this.closeItem(task);
    const tail = this.tailAt(line, i, textStart);
    const textEnd = tail && tail.fields.length ? tail.textEnd : end;
    task.subItems.push({ numbering, text: spanOf(i, textStart, line.slice(textStart, textEnd)) });
    const item = newNode('numbered', STYLE_RANK[numbering.style], numbering, i, indent, textStart, textEnd, end);
    (task.items ??= []).push(item);
    if (tail && tail.fields.length) this.itemFields(task, item, tail);
    this.extend(task, i, end);
    this.textOpen = false;
    // A wrap may cut the item's line (`（2）新开工亿元以上` / `项目30个。（牵头单位：…）`): its words run on.
    this.itemOpen = item.fields.length === 0 && !CLAUSE_END.test(line.slice(end - 1, end)) && !leavesBracketOpen(line, textStart, end) ? item : null;
  }

  /**
   * A line that goes on with the open item's words (a wrap cut its line), perhaps ending with its fields. Only a
   * line that reads as no heading or item of its own reaches here.
   */
  private continueItem(task: RawNode, line: string, i: number, indent: number, end: number): boolean {
    const item = this.itemOpen;
    if (!item || !task.items || task.items[task.items.length - 1] !== item) return false;
    const tail = this.tailAt(line, i, indent);
    const textEnd = tail && tail.fields.length ? tail.textEnd : end;
    if (textEnd > indent) item.more.push([i, indent, textEnd]);
    grow(item, i, end);
    if (tail && tail.fields.length) {
      this.itemFields(task, item, tail);
      this.itemOpen = null;
    } else if (CLAUSE_END.test(line.slice(end - 1, end))) this.itemOpen = null;
    this.extend(task, i, end);
    return true;
  }

  /**
   * A row of a table with no 序号 column (`推进园区建设\t区发改局\t区财政局\t2024年12月底`): a task numbered by its
   * place, after the row above or from 1 under a heading. The numbering rules pass it by.
   */
  private numberlessRow(line: string, i: number, table: TableColumns): boolean {
    if (this.numberCellRow(line, i, table) || this.numberedCellRow(line, i, table)) return true;
    const cells = numberlessRowCells(line, table);
    if (!cells) return false;
    this.openImplicitRow(line, i, cells, table);
    return true;
  }

  /**
   * Whether the table's 序号 cells were left empty: Word numbered the rows itself, and a copy as text loses such
   * numbers (`\t推进老旧小区改造…\t县住建局\t…`). A row with an empty 序号 cell is then a task numbered by its place,
   * where in a numbered table it would be a sub-row of the row above. Known by the table's first row.
   */
  private numbersLost = false;

  /**
   * A row of a tab or bar table with a 序号 column whose 序号 cell is empty and which fills its text and a field:
   * the table's first row (no row of it above), or any row once the first was one such.
   */
  private lostNumberRow(line: string, i: number, table: TableColumns): boolean {
    if ((table.separator !== 'tab' && table.separator !== 'bar') || table.roles[0] !== 'number') return false;
    const above = this.current;
    if (!this.numbersLost && above && above.kind === 'row') return false;
    const cells = numberlessRowCells(line, table);
    if (!cells || cells[0][0] < cells[0][1]) return false;
    // A form's blank row (`\t……\t……\t……`) holds no work: its text cell has no word.
    const [ts, te] = cells[table.roles.indexOf('text')];
    if (!/[\u4e00-\u9fa5A-Za-z]/.test(line.slice(ts, te))) return false;
    this.numbersLost = true;
    this.openImplicitRow(line, i, cells, table);
    return true;
  }

  /**
   * A `|` row under a 序号 cell merged over it, which a web page's table copied as text leaves out (`新增婴幼儿照护服务托位500个。 |
   * 新增…600个。 | ||`, 临安 2022): no number, no bar before its first cell, its words in that cell. Its cells, an empty one
   * put back in the 序号's place; null for any other line (a heading across the table, a row that numbers itself).
   */
  private barSubRowCells(line: string, i: number, indent: number, table: TableColumns): Cell[] | null {
    if (table.roles[0] !== 'number' || line[indent] === '|' || line[indent] === '｜') return null;
    const cells = filledRowCells(line, table);
    if (cells.length < 2 || cells.length > table.roles.length - 1 || cells[0][0] >= cells[0][1]) return null;
    if (this.numberingAt(line, i, cells[0][0]) || !/[。；;]$/.test(line.slice(cells[0][0], cells[0][1]))) return null;
    return [[indent, indent], ...cells];
  }

  /**
   * The rest of the row above, where a line break inside one of its cells cut it (园林城市 2010: `… | 市规划局 | 市国土资源局、`
   * / `市农牧林业局 | 2010年9月20日前 |`): the line's first cell goes on with the row's last filled cell, the cells after it
   * fill the columns after that. Only where that cell was cut (it closes on `、` or `，`, or is the task's words with no
   * sentence closed, or its line closes with no bar where the next closes with one), the row leaves those columns empty,
   * and the line numbers nothing.
   */
  /**
   * `2\t推进重大项目建设。` over `全年实施区级重点项目150个。\t区发改局\t区住建局\t2025年12月底`: a row whose task cell holds two
   * paragraphs (Word and Excel copy it so), its number and first paragraph alone on the line — which reads as a list number
   * and its words — and its other cells on the next. A row when the next line holds exactly the cells it lacks.
   */
  private rowCutAfterText(line: string, i: number, table: TableColumns): { cells: Cell[]; separator: TableColumns['separator'] } | null {
    if (table.separator !== 'tab' || table.roles[0] !== 'number' || table.roles[1] !== 'text') return null;
    const tab = line.indexOf('\t');
    if (tab < 0 || line.indexOf('\t', tab + 1) >= 0) return null;
    const number = trimRange(line, 0, tab);
    const text = trimRange(line, tab + 1, line.length);
    if (number[0] >= number[1] || text[0] >= text[1] || i + 1 >= this.to) return null;
    const next = this.lines[i + 1];
    const cells = filledRowCells(next, table);
    if (cells.length !== table.roles.length - 1 || next.indexOf('\t') <= 0) return null;
    // The next line's first cell goes on with the task's words: a sentence (not `联系人`), not an item of its own (`②…`).
    const first = next.slice(cells[0][0], cells[0][1]);
    if ((first.length < 8 && !/[。；;]$/.test(first)) || this.numberingAt(next, i + 1, cells[0][0])) return null;
    // Read by the line after it: such a plan is always read whole.
    this.sawImplicit = true;
    return { cells: [number, text], separator: 'tab' };
  }

  private wrappedCellRow(above: RawNode, line: string, i: number, end: number): boolean {
    const table = above.rowTable;
    const c = above.lastColumn;
    if (!table || c === undefined || (line.indexOf('|') < 0 && line.indexOf('｜') < 0 && line.indexOf('\t') < 0)) return false;
    const cells = filledRowCells(line, table);
    if (!cells.length || cells.length > table.roles.length - c || cells[0][0] >= cells[0][1] || this.numberingAt(line, i, cells[0][0])) return false;
    // The row's last filled cell as its line ends.
    const lastLine = this.lines[above.endLine];
    const before = filledRowCells(lastLine, table);
    const cell = before.length ? lastLine.slice(before[before.length - 1][0], before[before.length - 1][1]) : '';
    // A row whose line closes with a bar (`… | 2010年9月20日前 |`) was cut where its line closes with none.
    // Or the line holds exactly the cells the row lacks, the first going on with the row's last (`2\t推进重大项目建设。` /
    // `全年实施…150个。\t区发改局\t区住建局\t2025年12月底`: a cell of two paragraphs, as Word and Excel copy it).
    const cut =
      (table.roles[c] === 'text' ? !/[。；;！!？?]$/.test(cell) : /[、，,和及与]$/.test(cell)) ||
      (!/[|｜]\s*$/.test(lastLine) && /[|｜]\s*$/.test(line)) ||
      (cells.length > 1 && cells.length === table.roles.length - c && table.separator === 'tab' && line.indexOf('\t') > 0);
    if (!cut) return false;
    cells.forEach(([a, b], k) => {
      const r = table.roles[c + k];
      if (a >= b || r === 'number') return;
      if (r === 'text') {
        if (k === 0) above.more.push([i, a, b]);
        return;
      }
      if (!r) return;
      const header = { ...spanOf(i, a, ''), text: table.headers[c + k] };
      above.fields.push(makeField(line, i, r, header, a, b, 'table', this.planYear, null, this.problems));
    });
    above.lastColumn = c + cells.length - 1;
    this.extend(above, i, end);
    return true;
  }

  /**
   * Whether a numbered line is a step of the task above in its own style (武汉 2017: `18.新、改、扩建…幼儿园30所…(责任单位:
   * 市教育局)` then `1.细化分解…`, `2. 督促各区…`): numbering starts again from 1 with no heading between, the task closes
   * with its fields, and none of the steps does, up to the next task (`19.`) or a heading. Each step after the first
   * follows the task's last item.
   */
  private isStep(task: RawNode, numbered: NumberedLine, i: number): boolean {
    const n = numbered.numbering;
    const t = task.numbering;
    if (task.kind !== 'numbered' || !t || t.implicit || t.style !== n.style || t.value < 2 || task.itemFields) return false;
    const items = task.items;
    if (items && items.length) {
      const last = items[items.length - 1].numbering;
      return !!last && last.style === n.style && n.value === last.value + 1 && n.value !== t.value + 1;
    }
    if (n.value !== 1 || !task.fields.length || this.textOpen) return false;
    let expected = 1;
    for (let j = i; j < this.to && j < i + 60; j++) {
      const line = this.lines[j];
      const indent = indentOf(line);
      if (indent >= trimEndIndex(line)) continue;
      const step = this.numberingAt(line, j, indent);
      if (!step) {
        // Fields on a line of their own, labelled or in brackets (`（牵头单位：市住建局；…）`), close the line above: a task's.
        if (isOpenParen(line[indent]) ? this.labelAt(line, j, indent + 1) : this.labelAt(line, j, indent)) return false;
        continue;
      }
      const rank = STYLE_RANK[step.numbering.style];
      if (rank < TASK_RANK) break;
      if (step.numbering.style === t.style && step.numbering.value === t.value + 1) {
        // The next task, unless it also goes on with the run (`3.…` / `1.` `2.` `3.` / `4.…`): a part that lost its
        // heading restarted there, and its tasks are no steps.
        if (step.numbering.value === expected) return false;
        break;
      }
      if (rank > TASK_RANK) continue;
      if (step.numbering.style !== t.style || step.numbering.value !== expected) return false;
      const tail = this.tailAt(line, j, step.textStart);
      if (tail && tail.fields.length) return false;
      expected++;
    }
    return expected > 1;
  }

  /** Opens a row that numbers nothing: a task numbered by its place, after the row above or from 1 under a heading. */
  private openImplicitRow(line: string, i: number, cells: Cell[], table: TableColumns): void {
    const above = this.current;
    const after = above && above.kind === 'row' && above.numbering?.implicit ? above.numbering.value : 0;
    const start = cells[table.roles.indexOf('text')][0];
    const numbering: Numbering = { style: 'arabic-dot', value: after + 1, marker: spanOf(i, start, ''), fullWidth: false, delimiter: '', implicit: true, cell: true };
    const node = rowNode(line, i, cells, table, numbering, this.planYear, this.problems);
    // A cell of the lead's column before the task's words, merged over the rows of its group, is left empty on
    // the rows after its first: such a row states what the row above states (see `Task.mergedCells`).
    if (groupsByField(table)) node.mergedCells = true;
    this.open(node);
    this.textOpen = false;
    this.sawImplicit = true;
  }

  private attach(fields: Field[], read: ParseProblem[], line: number, end: number): void {
    append(this.problems, read);
    const current = this.current;
    if (!current) return;
    append(current.fields, fields);
    this.extend(current, line, end);
  }

  /**
   * A row of a table whose category columns stand before 序号 (池州 2021: `强化行政规范性文件集中规范公开 | 1 | 对行政
   * 规范性文件进行全面清理… | 办公室 | 年底前 |`): the category heads a group of the rows under it, and the cells from 序号
   * on are the row's. A row under the same category writes none (`4 | 规范做好… | 办公室 | 持续推进 |`).
   */
  private categoryRow(line: string, i: number, table: TableColumns): boolean {
    const k = table.categories!;
    const cells = filledRowCells(line, table);
    let at = cells.length > k ? k : -1;
    let row = at >= 0 ? rowNumbering(line, i, cells[at]) : null;
    if (!row && cells.length >= 2) row = rowNumbering(line, i, cells[(at = 0)]);
    if (!row || cells.length - at < 2) return false;
    const own: TableColumns = { roles: table.roles.slice(k), headers: table.headers.slice(k), separator: table.separator };
    // `责任领导 | 序号 | 工作任务 | …`: a column of leaders before 序号, written once for the rows it is merged over, is those
    // rows' leaders, not a category over them.
    if (k === 1 && roleOfHeaderCell(table.headers[0]) === 'leaders') {
      // An empty leader's cell (merged from the row above) leaves the row's cells from its number on.
      const node = rowNode(line, i, cells, at > 0 ? { ...table, roles: ['leaders', ...own.roles] } : own, row, this.planYear, this.problems);
      if (at === 0) node.mergedCells = true;
      this.open(node);
      this.textOpen = false;
      this.sawImplicit = true;
      return true;
    }
    if (at > 0) {
      const [a, b] = cells[at - 1][0] < cells[at - 1][1] ? cells[at - 1] : cells[0];
      const open = this.stack.find((n) => n.kind === 'group' && n.rank === GROUP_RANK);
      // The category written again on each of its rows heads one group.
      if (b > a && !(open && this.lines[open.line].slice(open.textStart, open.textEnd) === line.slice(a, b))) this.open(newNode('group', GROUP_RANK, null, i, a, a, b, b));
    }
    this.open(rowNode(line, i, cells.slice(at), own, row, this.planYear, this.problems));
    this.textOpen = false;
    // A row read by the rows before it (the category's group): such a table is always read whole.
    this.sawImplicit = true;
    return true;
  }

  /**
   * A row of a table whose header names no 序号 though its rows number themselves in a cell of their own (荆州 2022:
   * `工作任务 | 具体要求 | 责任单位 | 时限要求` over `一、以公开助力… | (一)加强… | 1 | 进一步增强… | 市政府各有关部门… | 持续推进 |`,
   * then `2 | 开设… | … | 持续推进 | ||`): the header's first cell was merged over the category and 序号 columns, so the
   * number stands in its place and the row's own cells line up with the header's others, the text in the first of them
   * that names nothing else (具体要求). Numbered headings before the number head the rows under them.
   */
  private numberCellRow(line: string, i: number, table: TableColumns): boolean {
    if ((table.separator !== 'tab' && table.separator !== 'bar') || table.roles[0] !== 'text') return false;
    const textCol = table.roles.findIndex((r, k) => k > 0 && r === undefined);
    if (textCol < 0) return false;
    const cells = filledRowCells(line, table);
    let k = 0;
    const headings: NumberedLine[] = [];
    for (; k < cells.length && !ROW_NUMBER_CELL.test(line.slice(cells[k][0], cells[k][1])); k++) {
      const heading = readNumbering(line, i, cells[k][0]);
      if (!heading || STYLE_RANK[heading.numbering.style] >= TASK_RANK || heading.textStart >= cells[k][1]) return false;
      headings.push(heading);
    }
    const own = cells.slice(k + 1);
    // Only where the header does not line up with the row: the number stands in the text's column (`2 | 开设… |`), or the
    // row has more cells than the header columns (`一、… | (一)… | 1 | … |`). A figure beside a heading's cell in a row that
    // lines up (`一、优化营商环境 | 10 | 县政务服务中心 |`, a score or a target) is that column's.
    if (k > 0 && cells.length <= table.roles.length) return false;
    // The task's words and a field's cell after its number, no more cells than the header has columns after its first.
    if (k >= cells.length || own.length < textCol || own.length > table.roles.length - 1 || own[textCol - 1][0] >= own[textCol - 1][1]) return false;
    const roles = table.roles.map((r, j) => (j === 0 ? 'number' : j === textCol ? 'text' : r));
    if (!roles.slice(1).some((r, j) => r && r !== 'text' && r !== 'number' && j < own.length && own[j][0] < own[j][1])) return false;
    for (const [h, heading] of headings.entries()) {
      const [a, b] = cells[h];
      this.open(newNode('numbered', STYLE_RANK[heading.numbering.style], heading.numbering, i, a, heading.textStart, b, b));
    }
    const row = rowNumbering(line, i, cells[k])!;
    this.open(rowNode(line, i, [cells[k], ...own], { roles, headers: table.headers, separator: table.separator }, row, this.planYear, this.problems));
    this.textOpen = false;
    this.sawImplicit = true;
    return true;
  }

  /**
   * How many levels a heading in table `table`'s row stands below its style's: one when the table numbers its own
   * headings from 1 in the style of the heading right above its header, which holds nothing else (see `tableUnder`);
   * none otherwise. Only where every level the table may use stays above the tasks'.
   */
  private shiftUnder(table: TableColumns, heading: NumberedLine, title: string): number {
    const under = this.tableUnder;
    if (under?.table === table) {
      if (!under.shift || heading.numbering.style !== under.style) return under.shift;
      // The next outer heading written as a row of the same table (`二、市政府重点民生实事 | |||` after the table's own
      // `一、` `二、`): it numbers on from the heading above the table, where the table's own would repeat or go back.
      const v = heading.numbering.value;
      if (v === under.outer + 1 && v <= under.last) {
        under.outer = v;
        under.last = 0;
        return 0;
      }
      under.last = v;
      return under.shift;
    }
    const rank = STYLE_RANK[heading.numbering.style];
    const above = this.stack.length ? this.stack[this.stack.length - 1] : null;
    const holds =
      heading.numbering.value === 1 &&
      above !== null &&
      above.kind === 'numbered' &&
      above.rank === rank &&
      above.numbering?.style === heading.numbering.style &&
      above.line < this.tableLine &&
      above.children.length === 0 &&
      rank + 2 < TASK_RANK &&
      // The same words again (`一、主要预期目标` over the table's `一、主要预期目标 | |||`) repeat the heading, not nest under it.
      this.lines[above.line].slice(above.textStart, above.textEnd).trim() !== title;
    this.tableUnder = { table, shift: holds ? 1 : 0, style: heading.numbering.style, outer: above?.numbering?.value ?? 0, last: heading.numbering.value };
    // Read by the lines above it: such a plan is always read whole.
    if (holds) this.sawImplicit = true;
    return this.tableUnder.shift;
  }

  /** The column a numberless table's tasks number themselves in, when a category column stands before it. */
  private taskCellColumn: { table: TableColumns; col: number } | null = null;

  /**
   * A table with no 序号 column whose tasks number themselves in their cell, under a category merged over rows
   * (江门 2021: `一、做好财政信息公开。 | 1.积极推进本中心预算…公开。 | 财务科 |`, then `3.及时反馈… | 各科室 | |`):
   * the category is a heading, the numbered cell the task, numbered as written, and the cells after it its fields,
   * each in the column its words fit. Only a row whose first cell is the task or a numbered heading before it, with
   * a cell after the task's.
   */
  private numberedCellRow(line: string, i: number, table: TableColumns): boolean {
    if (table.separator !== 'tab' && table.separator !== 'bar') return false;
    const cells = filledRowCells(line, table);
    if (cells.length < 2 || cells[0][0] >= cells[0][1]) return false;
    let k = 0;
    // Numbered headings in the cells before the task's, each a level below the one before (a part's and a chapter's
    // merged cells in the row that opens them: `一、… | (一)… | 1.做好… | 全年 | 区发改局… |`, 浙江 政务公开 台账).
    const headings: NumberedLine[] = [];
    let category: Cell | null = null;
    let task = readNumbering(line, i, cells[0][0]);
    while (
      task &&
      STYLE_RANK[task.numbering.style] < TASK_RANK &&
      cells.length >= k + 3 &&
      (k === 0 || STYLE_RANK[task.numbering.style] > STYLE_RANK[headings[k - 1].numbering.style])
    ) {
      headings.push(task);
      k++;
      task = readNumbering(line, i, cells[k][0]);
    }
    if (k === 0 && !task && cells.length >= 3 && isCategoryCell(line.slice(cells[0][0], cells[0][1]))) {
      // A category with no number of its own (`生 态 环 境 | 1、城市大环境绿化… | …`, 园林城市 2010).
      category = cells[0];
      k = 1;
      task = readNumbering(line, i, cells[1][0]);
    }
    if (!task || STYLE_RANK[task.numbering.style] !== TASK_RANK || task.textStart >= cells[k][1]) return false;
    // The task's cell stands in the table's text column, or in the one after it when a category holds that
    // (a row led by a category says so, for the rows under it too); the cells after it in the columns after.
    const textCol = table.roles.indexOf('text');
    // Where the task stands: in its own column when the row has a cell for each of the header's (`工作类别 | 工作重点 |
    // 工作任务 | …` over `一、… | (一)… | 1.… | …`), and rows after it with fewer headings keep it; with two headings in a
    // row wider than the header, their cells share the header's first and the cells after the task stand in its last;
    // else in the column after the text's (a wrapped row may have lost cells to the next line).
    if (headings.length || category) {
      const known = this.taskCellColumn?.table === table ? this.taskCellColumn.col : -1;
      const col =
        known >= 0 ? known : cells.length === table.roles.length ? k : headings.length >= 2 ? Math.max(textCol, table.roles.length - (cells.length - k)) : textCol + 1;
      this.taskCellColumn = { table, col };
    }
    const taskCol = this.taskCellColumn?.table === table ? this.taskCellColumn.col : textCol;
    const after = table.roles.slice(taskCol + 1);
    const rest = cells.slice(k + 1);
    if (!after.some((r) => r && r !== 'text' && r !== 'number') || !rest.some(([a, b]) => b > a)) return false;
    if (headings.length) {
      for (const [h, heading] of headings.entries()) {
        const [a, b] = cells[h];
        this.open(newNode('numbered', STYLE_RANK[heading.numbering.style], heading.numbering, i, a, heading.textStart, b, b));
      }
    } else if (category) {
      const [a, b] = category;
      this.open(newNode('group', GROUP_RANK, null, i, a, a, b, b));
    }
    const own: TableColumns = {
      roles: ['number', 'text', ...after.map((r) => (r === 'text' || r === 'number' ? undefined : r))],
      headers: ['', table.headers[textCol], ...table.headers.slice(taskCol + 1)],
      separator: table.separator,
    };
    const marker = task.numbering.marker.range;
    this.open(rowNode(line, i, [[marker.start.character, marker.end.character], [task.textStart, cells[k][1]], ...rest], own, task.numbering, this.planYear, this.problems));
    this.textOpen = false;
    // A row read by the rows before it (the category's column): such a table is always read whole.
    this.sawImplicit = true;
    return true;
  }

  /** A row of a table written a cell per line: its number is on line `i`, its cells on the lines after. */
  /** A row of a table written a cell per line ends before a heading (`一、`, `(二)`, `——…`) written between the rows. */
  private readonly verticalStop = (l: string, j: number): boolean => {
    const at = contentStart(l);
    const c = l.charCodeAt(at);
    if (c === 0x2014 || c === 0xff0d) return true;
    const n = this.numberingAt(l, j, at);
    return n !== null && STYLE_RANK[n.numbering.style] < TASK_RANK;
  };

  /** The columns of a table whose cells a bar opens (see `barLedTable.ts`), while its rows are read. */
  private barLed: BarLedColumns | null = null;
  sawBarLed = false;

  /** A header of a table whose cells a bar opens at line `i`: its rows follow. */
  private barLedHeader(i: number): boolean {
    const header = readBarLedHeader(this.lines, i, this.to);
    if (!header) return false;
    this.barLed = header.columns;
    this.sawBarLed = true;
    this.skipUntil = header.end;
    this.textOpen = false;
    return true;
  }

  /**
   * A row of a table whose cells a bar opens: a task numbered by its place (or by its own number, `1.…`), its cells each
   * in the column its words fit. A category's cell before the task's heads the rows up to the next; a lead's merged over
   * rows leaves them stating what the row above states (see `Task.mergedCells`). A heading across the table opens no
   * row; a line that opens none ends the table.
   */
  private openBarLedRow(line: string, i: number, indent: number, end: number): boolean {
    const lines = this.lines;
    const columns = this.barLed!;
    const own = this.numberingAt(line, i, indent);
    if (own && STYLE_RANK[own.numbering.style] < TASK_RANK) return false;
    // The header again, on the next page or under the next heading.
    if (mayOpenBarLedHeader(lines, i, this.to, indent, end) && this.barLedHeader(i)) return true;
    // A line no bar opens that heads the table's next part, or that follows a row with all its cells or a 序号 and its
    // text, is where the row's closing bar was lost: the next row begins there.
    // Under a 序号 column only a number alone (the next 序号 cell) opens a row before the row has all its cells: a numbered
    // line is a step of the task's words (`推进公立医院综合改革:` / `1.推进分级诊疗;`).
    const withNumbers = columns.roles[0] === 'number';
    const opensRow = (l: string, j: number, cells: number): boolean => {
      const n = this.numberingAt(l, j, contentStart(l));
      if (n && STYLE_RANK[n.numbering.style] < TASK_RANK) return true;
      return cells >= columns.roles.length || (withNumbers && cells >= 2 && isBareNumber(l));
    };
    const row = readBarLedRow(lines, i, this.to, opensRow);
    const at = row && barLedColumns(lines, row, columns, this.planYear);
    const textAt = columns.roles.indexOf('text');
    const textCell = at ? at.indexOf(textAt) : -1;
    if (!row || !at || textCell < 0) {
      this.barLed = null;
      return false;
    }
    for (let k = 0; k < textCell; k++) {
      if (columns.roles[at[k]] !== undefined) continue;
      const [[hl, hs, he], ...rest] = row.cells[k];
      const category = newNode('group', GROUP_RANK, null, hl, hs, hs, he, he);
      append(category.more, rest.map(([l, s, e]) => [l, s, e] as [number, number, number]));
      this.open(category);
      for (const [l, , e] of row.cells[k]) this.extend(category, l, e);
    }
    const text = row.cells[textCell];
    const [l0, s0, e0] = text[0];
    const above = this.current;
    const after = above && above.kind === 'row' && above.numbering?.implicit ? above.numbering.value : 0;
    const numbered = this.numberingAt(lines[l0], l0, s0);
    const ownNumber = numbered && STYLE_RANK[numbered.numbering.style] === TASK_RANK && numbered.textStart < e0 ? numbered : null;
    // A 序号 cell (`1` over `| 推进…`) numbers the row.
    const numberCell = at.indexOf(columns.roles.indexOf('number'));
    const [nl, ns, ne] = numberCell >= 0 && row.cells[numberCell].length === 1 ? row.cells[numberCell][0] : [0, 0, 0];
    const cellNumber = ne > ns ? rowNumbering(lines[nl], nl, [ns, ne]) : null;
    const numbering: Numbering = cellNumber
      ? cellNumber
      : ownNumber
        ? ownNumber.numbering
        : { style: 'arabic-dot', value: after + 1, marker: spanOf(l0, s0, ''), fullWidth: false, delimiter: '', implicit: true, cell: true };
    // The row starts at its 序号 cell where it has one, its text on the lines after (as a row written a cell per line does).
    const node = cellNumber ? newNode('row', TASK_RANK, numbering, nl, ns, ne, ne, ne) : newNode('row', TASK_RANK, numbering, l0, s0, s0, s0, s0);
    node.more.push([l0, ownNumber && !cellNumber ? ownNumber.textStart : s0, e0]);
    for (const [l, s, e] of text.slice(1)) node.more.push([l, s, e]);
    row.cells.forEach((pieces, k) => {
      const role = columns.roles[at[k]];
      if (!role || role === 'text' || role === 'number') return;
      const [pl, ps, pe] = pieces[0];
      const header = { text: columns.headers[at[k]], range: lineRange(pl, ps, ps) };
      node.fields.push(
        pieces.length === 1
          ? makeField(lines[pl], pl, role, header, ps, pe, 'table', this.planYear, null, this.problems)
          : readCellOverPieces(lines, pieces, (joined, lineNo, read) => makeField(joined, lineNo, role, { ...header, range: lineRange(lineNo, 0, 0) }, 0, joined.length, 'table', this.planYear, null, read), this.problems, role),
      );
    });
    // Such a copy leaves out a cell merged over rows (a lead's, a category's) below the first row it covers, empty cell and bar.
    node.mergedCells = true;
    this.open(node);
    for (let k = textCell; k < row.cells.length; k++) for (const [l, , e] of row.cells[k]) this.extend(node, l, e);
    this.skipUntil = row.end;
    this.textOpen = false;
    this.sawImplicit = true;
    return true;
  }

  private openVerticalRow(line: string, i: number, indent: number): void {
    // A cell's line may close with a bar (`3 |`): the bar is no part of the row.
    const end = cellContent(line)[1];
    const numbering = rowNumbering(line, i, [indent, end])!;
    const stop = this.verticalStop;
    const category = readCategoryRow(this.lines, i, this.to, this.vertical!, this.planYear, this.problems, stop, this.verticalCategories);
    if (category) {
      this.openVerticalCategory(numbering, category, i, indent, end);
      return;
    }
    const row = readVerticalRow(this.lines, i, this.to, this.vertical!, this.planYear, this.problems, stop, this.verticalNoted);
    if (row.noted) this.verticalNoted = true;
    const node = newNode('row', Math.max(STYLE_RANK[numbering.style], 0), numbering, i, indent, end, end, end);
    append(node.more, row.text);
    append(node.fields, row.fields);
    this.open(node);
    for (const [l, , e] of row.text) this.extend(node, l, e);
    for (const f of row.fields) this.extend(node, f.range.end.line, cellContent(this.lines[f.range.end.line])[1]);
    this.skipUntil = row.end;
    this.textOpen = false;
  }

  /**
   * A row of a table written a cell per line whose 序号 cells are empty (see `readLostNumberRow`): a task numbered by
   * its place, its text from line `i`.
   */
  private openLostNumberRow(i: number): boolean {
    const lines = this.lines;
    // A heading in the table (`(一)制定工作任务清单。 |`, the category's cell) opens no row; a row's words may number
    // themselves (`1.制定2021年全市…清单`, a table whose header names no 序号): the row is numbered so.
    const own = this.numberingAt(lines[i], i, contentStart(lines[i]));
    if (own && STYLE_RANK[own.numbering.style] < TASK_RANK) return false;
    if (!opensLostNumberRow(lines, i, this.to, this.vertical!, this.planYear)) return false;
    const problems: ParseProblem[] = [];
    const row = readLostNumberRow(lines, i, this.to, this.vertical!, this.planYear, problems, this.verticalStop);
    if (!row) return false;
    append(this.problems, problems);
    const above = this.current;
    const after = above && above.kind === 'row' && above.numbering?.implicit ? above.numbering.value : 0;
    const [l0, s0] = row.text[0];
    const numbered = own && STYLE_RANK[own.numbering.style] === TASK_RANK && l0 === i;
    const numbering: Numbering = numbered ? own.numbering : { style: 'arabic-dot', value: after + 1, marker: spanOf(l0, s0, ''), fullWidth: false, delimiter: '', implicit: true, cell: true };
    const node = newNode('row', STYLE_RANK[numbering.style], numbering, l0, s0, s0, s0, s0);
    append(node.more, numbered ? [[l0, own.textStart, row.text[0][2]] as [number, number, number], ...row.text.slice(1)] : row.text);
    append(node.fields, row.fields);
    this.open(node);
    for (const [l, , e] of row.text) this.extend(node, l, e);
    for (const f of row.fields) this.extend(node, f.range.end.line, cellContent(lines[f.range.end.line])[1]);
    this.skipUntil = row.end;
    this.textOpen = false;
    this.sawImplicit = true;
    return true;
  }

  /**
   * A category row of a table written a cell per line (see `readCategoryRow`): the category is a group heading
   * numbered by the 序号 cell, a sub-category a group under it, each numbered line a task with the cells after it.
   */
  private openVerticalCategory(numbering: Numbering, category: VerticalCategory, i: number, indent: number, end: number): void {
    this.verticalCategories = true;
    const node = newNode('numbered', GROUP_RANK, numbering, i, indent, end, end, end);
    node.more.push(category.title);
    this.open(node);
    this.extend(node, category.title[0], category.title[2]);
    for (const row of category.rows) {
      if (row.heading.length) {
        const [hl, hs, he] = row.heading[0];
        const sub = newNode('group', SUB_CATEGORY_RANK, null, hl, hs, hs, he, he);
        append(sub.more, row.heading.slice(1));
        this.open(sub);
        for (const [l, , e] of row.heading) this.extend(sub, l, e);
      }
      const [l0, s0, e0] = row.text[0];
      const task = newNode('row', Math.max(STYLE_RANK[row.numbering.numbering.style], TASK_RANK), row.numbering.numbering, l0, contentStart(this.lines[l0]), s0, e0, e0);
      append(task.more, row.text.slice(1));
      append(task.fields, row.fields);
      task.mergedCells = true;
      this.open(task);
      for (const [l, , e] of row.text) this.extend(task, l, e);
      for (const f of row.fields) this.extend(task, f.range.end.line, cellContent(this.lines[f.range.end.line])[1]);
    }
    this.skipUntil = category.end;
    this.textOpen = false;
  }

  /**
   * Columns for a table without a header, when line `i` and the rows after it (up to five, blank lines
   * between allowed) are tab-separated, numbered in their first cell, and read as a task table.
   */
  /** Line `i` and the next `more` lines that are neither blank nor a heading's, up to the first of any other kind. */
  private numberedLinesFrom(i: number, more: number): string[] {
    const out = [this.lines[i]];
    for (let j = i + 1; j < this.to && j <= i + 12 && out.length <= more; j++) {
      const l = this.lines[j];
      const at = indentOf(l);
      if (at >= trimEndIndex(l)) continue;
      const n = this.numberingAt(l, j, at);
      if (n && STYLE_RANK[n.numbering.style] < TASK_RANK) continue;
      if (!isAsciiDigit(l.charCodeAt(at))) break;
      out.push(l);
    }
    return out;
  }

  private inferTableAt(i: number): TableColumns | null {
    const rows: string[][] = [];
    for (let j = i; j < this.to && rows.length < 5; j++) {
      const l = this.lines[j];
      // A page number a PDF copy leaves between rows (`— 19 —`) is a blank line to the table.
      if (indentOf(l) >= trimEndIndex(l) || isPageNumber(l, indentOf(l), trimEndIndex(l))) continue;
      const cells = l.split('\t').map((c) => c.trim());
      while (cells.length && cells[cells.length - 1] === '') cells.pop();
      if (cells.length < 3 || !/^[0-9０-９]{1,4}[.、．]?$/.test(cells[0])) break;
      rows.push(cells);
    }
    if (rows.length < 2) return null;
    const width = Math.max(...rows.map((r) => r.length));
    const columns = inferColumns(rows.map((r) => Array.from({ length: width }, (_, k) => r[k] ?? '')));
    return columns ? { roles: columns.roles, headers: columns.headers, separator: 'tab' } : null;
  }

  /**
   * Whether line `i` closes the fields' bracket that a hard wrap cut, opened in the task's text on one
   * of the lines before (a bracket wrapped over two to four lines): then the fields are the task's, its
   * text ends before the bracket, and the lines between are the bracket's, not the text's.
   */
  private closesSplitBracket(current: RawNode, i: number, indent: number, end: number, closing: readonly Piece[] = [[i, indent, end]]): boolean {
    // Only the last three pieces are ever read: copying all of `more` per line made a long wrapped item quadratic.
    const count = current.more.length + 1;
    const pieceAt = (k: number): Piece => (k === 0 ? [current.line, current.textStart, current.textEnd] : current.more[k - 1]);
    for (let k = count - 1; k >= 0 && k >= count - 3; k--) {
      const tail: Piece[] = [];
      for (let q = k; q < count; q++) tail.push(pieceAt(q));
      const split = readSplitTail(this.lines, [...tail, ...closing], this.firstListedLeads, this.planYear);
      if (!split) continue;
      // The text ends inside piece k; the pieces after it are the bracket's.
      if (k === 0) {
        current.textEnd = split.textEnd;
        current.more.length = 0;
      } else if (split.textEnd > current.more[k - 1][1]) {
        current.more[k - 1][2] = split.textEnd;
        current.more.length = k;
      } else current.more.length = k - 1;
      const [ll, , le] = closing[closing.length - 1];
      this.attach(split.fields, split.problems, ll, le);
      this.skipUntil = Math.max(this.skipUntil, ll + 1);
      this.textOpen = false;
      return true;
    }
    return false;
  }

  /** The first line of words from `j` on, over blanks and a page's number (a PDF's page break), within six of `i`; -1 if none. */
  private nextWordsLine(j: number, i: number): number {
    const { lines, to } = this;
    while (j < to && j - i <= 6 && (indentOf(lines[j]) >= trimEndIndex(lines[j]) || isPageNumber(lines[j], indentOf(lines[j]), trimEndIndex(lines[j])))) j++;
    return j < to && j - i <= 6 ? j : -1;
  }

  /**
   * A line of fields in brackets left open (`(牵头单位:…;责任单位:蔡甸经济开发区〈奓山街`), closed on one of the next
   * two lines of words (`道〉)`), a page's number and blank lines perhaps between: a PDF's narrow lines cut it.
   * Read whole, or false.
   */
  private wrappedFieldLine(i: number, indent: number, end: number, from: number): boolean {
    const pieces: Piece[] = [[i, indent, end]];
    for (let j = i + 1; pieces.length < 3; j++) {
      j = this.nextWordsLine(j, i);
      if (j < 0) return false;
      const next = this.lines[j];
      const at = contentStart(next);
      if (this.numberingAt(next, j, at)) return false;
      pieces.push([j, at, trimEndIndex(next)]);
      const read = readWrappedFieldLine(this.lines, pieces, from, this.planYear);
      if (read) {
        this.attach(read.fields, read.problems, j, pieces[pieces.length - 1][2]);
        this.skipUntil = Math.max(this.skipUntil, j + 1);
        this.textOpen = false;
        return true;
      }
    }
    return false;
  }

  /**
   * `…做大“零整比”。 (牵` / `头单位:区商务局;责任单位:…,金` / `口街道办事处)`: a PDF's narrow lines cut the fields'
   * bracket, opened on the item's last line, over this line and up to two more (a page's number and blank lines
   * between them are no part of it). Read before this line could be taken for fields of its own (`责任单位:…`)
   * or its text, which would leave the bracket's last words a heading.
   */
  private closesSplitBracketAhead(current: RawNode, i: number, indent: number, end: number): boolean {
    const [ll, ls, le] = current.more.length ? current.more[current.more.length - 1] : [current.line, current.textStart, current.textEnd];
    if (!leavesBracketOpen(this.lines[ll], ls, le)) return false;
    const closing: Piece[] = [[i, indent, end]];
    for (let j = i + 1; ; j++) {
      if (this.closesSplitBracket(current, i, indent, end, closing)) return true;
      if (closing.length >= 3) return false;
      j = this.nextWordsLine(j, i);
      if (j < 0) return false;
      const next = this.lines[j];
      const at = contentStart(next);
      const n = this.numberingAt(next, j, at);
      if (n && STYLE_RANK[n.numbering.style] <= TASK_RANK) return false;
      closing.push([j, at, trimEndIndex(next)]);
    }
  }

  private endsVerticalTable(line: string, i: number, indent: number, end: number): boolean {
    const c = line.charCodeAt(end - 1);
    // A short line closing on a colon (`下一步工作打算:`), or a sentence announcing a list (`下一步,我们将重点做好以下工作。`).
    const heads = (c === 0x3a || c === 0xff1a) && end - indent <= 20;
    if ((!heads && !(end - indent <= 40 && ANNOUNCES_LIST.test(line.slice(indent, end)))) || this.numberingAt(line, i, indent) || this.labelAt(line, i, indent)) return false;
    // A category of rows inside the table (`经济发展类:` over `7` / …) is followed by a row's number.
    const next = nextNonBlank(this.lines, i + 1, this.to);
    if (next < this.to && isBareNumber(this.lines[next])) return false;
    this.vertical = null;
    this.open(newNode('group', GROUP_RANK, null, i, indent, indent, end - 1, end));
    this.textOpen = false;
    return true;
  }

  /** The number of the first numbered line after line `i` within a few lines, or null. */
  private firstTaskNumberAfter(i: number): number | null {
    for (let j = i + 1; j < this.to && j <= i + 8; j++) {
      const line = this.lines[j];
      const indent = indentOf(line);
      if (indent >= trimEndIndex(line)) continue;
      const n = this.numberingAt(line, j, indent);
      if (n) return n.numbering.value;
    }
    return null;
  }

  /** Whether the next non-blank line is numbered at task rank or deeper (so line `i` heads a group). */
  private numberedTaskFollows(i: number): boolean {
    const { lines, to } = this;
    let j = i + 1;
    while (j < to && indentOf(lines[j]) >= trimEndIndex(lines[j])) j++;
    const next = j < to ? this.numberingAt(lines[j], j, contentStart(lines[j])) : null;
    return next !== null && STYLE_RANK[next.numbering.style] >= TASK_RANK;
  }

  /** Reads lines [from, to). */
  run(from: number, to: number): void {
    for (let i = from; i < to; i++) this.step(i);
    this.finish();
  }

  /**
   * The item read last ends here (the next opens, or the lines run out): a bracket of fields left open on its
   * last line, which no later line closed, holds its fields all the same (see readUnclosedFields).
   */
  private finish(): void {
    const current = this.current;
    if (current) this.closeItem(current);
    // A stand-in for an item open before a re-read task (splice.ts, line -1) has no lines of its own to read.
    if (!current || current.fields.length || current.line < 0) return;
    const last = current.more.length ? current.more[current.more.length - 1] : null;
    const [i, a, b] = last ?? [current.line, current.textStart, current.textEnd];
    if (!leavesBracketOpen(this.lines[i], a, b)) return;
    const read = readUnclosedFields(this.lines[i], i, a, b, this.planYear);
    if (!read) return;
    if (last) last[2] = read.textEnd;
    else current.textEnd = read.textEnd;
    append(this.problems, read.problems);
    append(current.fields, read.fields);
  }

  /**
   * The last item of `task` (`（1）…（牵头单位：县发改局；完成时限：2024年6月底`) when it is over: a bracket of fields its
   * line left open holds its fields all the same, as a task's does (see finish).
   */
  private closeItem(task: RawNode): void {
    const items = task.items;
    const item = items && items.length ? items[items.length - 1] : null;
    if (!item || item.fields.length) return;
    const line = this.lines[item.line];
    if (!leavesBracketOpen(line, item.textStart, item.textEnd)) return;
    const read = readUnclosedFields(line, item.line, item.textStart, item.textEnd, this.planYear);
    if (!read) return;
    item.textEnd = read.textEnd;
    const k = task.subItems.length - 1;
    const sub = task.subItems[k];
    task.subItems[k] = { ...sub, text: spanOf(item.line, item.textStart, line.slice(item.textStart, read.textEnd)) };
    this.itemFields(task, item, read);
  }

  /** Fields read on an item's line: the item's, and so the task's (its leads are its items'). */
  private itemFields(task: RawNode, item: RawNode, read: { readonly fields: readonly Field[]; readonly problems: readonly ParseProblem[] }): void {
    append(task.fields, read.fields);
    append(item.fields, read.fields);
    task.itemFields = (task.itemFields ?? 0) + read.fields.length;
    append(this.problems, read.problems);
  }

  /**
   * A heading a table squeezed into one narrow cell, a few characters a line (`**一` / `、20` / `23年` / … / `标**`): its
   * number, title and fields (`（牵头领导：…）`) read from the pieces joined, every position put back on its own line.
   */
  private openPieceHeading(pieces: readonly Piece[]): void {
    const texts = pieces.map(([l, s, e]) => this.lines[l].slice(s, e));
    const joined = texts.join('');
    const l0 = pieces[0][0];
    const a = joined.search(/[^*\s]/);
    let b = joined.length;
    while (b > a && (joined[b - 1] === '*' || isBlankCode(joined.charCodeAt(b - 1)))) b--;
    const numbered = readNumbering(joined.slice(0, b), l0, a);
    if (!numbered) return;
    const lengths = texts.map((t) => t.length);
    const tail = this.tailAt(joined.slice(0, b), l0, numbered.textStart);
    const textEnd = tail ? tail.textEnd : b;
    const start = positionInPieces(pieces, lengths, numbered.numbering.marker.range.start.character, false)!;
    const end = positionInPieces(pieces, lengths, numbered.numbering.marker.range.end.character, true)!;
    // Where the number's line ends its part of the marker (`一` over `、`: the end of its piece).
    const [ml, ms, mc] = [start.line, start.character, end.line === start.line ? end.character : pieces.find(([l]) => l === start.line)![2]];
    const numbering: Numbering = { ...numbered.numbering, marker: { text: numbered.numbering.marker.text, range: { start, end } } };
    // The title's words, piece by piece.
    const title: Piece[] = [];
    let offset = 0;
    pieces.forEach(([l, s], q) => {
      const from = Math.max(offset, numbered.textStart);
      const to = Math.min(offset + lengths[q], textEnd);
      if (to > from) title.push([l, s + from - offset, s + to - offset]);
      offset += lengths[q];
    });
    // The node stands at its number; the title's words go on from there (on the number's line, or after it).
    const onLine = title.length > 0 && title[0][0] === ml;
    const node = newNode('numbered', STYLE_RANK[numbering.style], numbering, ml, ms, onLine ? title[0][1] : mc, onLine ? title[0][2] : mc, onLine ? title[0][2] : mc);
    node.more = title.slice(onLine ? 1 : 0).map(([l, s, e]) => [l, s, e]);
    node.glued = true;
    if (tail) {
      const placed = placeBack({ fields: tail.fields, problems: tail.problems }, pieces, lengths);
      append(node.fields, placed.fields);
      append(this.problems, placed.problems);
    }
    this.open(node);
    for (const [l, , e] of pieces) this.extend(node, l, e);
    this.textOpen = false;
  }

  /** Reads the bordered table whose first rule is line `i`, when it is a task table; its lines are not tried again. */
  private readBordered(i: number): void {
    const read = readBorderedTable(this.lines, i, this.to);
    this.borderedEnd = read.end;
    if (!read.table) return;
    this.layout = read.table;
    this.bordered = read.table.columns;
    this.borderedTables.push(read.table);
    this.table = null;
    this.vertical = null;
    this.textOpen = false; // the heading above the table ends with it
  }

  /** Reads line `i`. */
  step(i: number): void {
    if (i < this.skipUntil) return;
    // A table drawn with borders (pandoc's grid tables, w3m's boxes) is read whole at its first rule.
    if (i >= this.borderedEnd && isBorderRule(this.lines[i])) this.readBordered(i);
    // Words of a wrapped table row read with the row (above its number when its cells are centred).
    if (this.layout && this.layout.claimed.has(i)) return;
    let raw = this.lines[i];
    if (this.layout && i < this.layout.end) {
      const planned = this.bordered && this.layout.rows.get(i);
      const number = !planned
        ? null
        : planned.implicit
          ? implicitRowNumbering(i, planned.number, this.current?.kind === 'row' && this.current.numbering?.implicit ? this.current.numbering.value + 1 : 1)
          : cellRowNumbering(this.lines, planned);
      if (planned && number) {
        if (planned.implicit) this.sawImplicit = true;
        this.open(layoutRowNode(this.lines, planned, this.bordered!, number, this.planYear, this.problems));
        this.textOpen = false;
        return;
      }
      const squeezed = this.layout.headings?.get(i);
      if (squeezed) {
        this.openPieceHeading(squeezed);
        return;
      }
      // A heading across a bordered table: its words alone, its bars blanked out (positions stay the line's).
      const alone = this.layout.alone?.get(i);
      if (alone) raw = ' '.repeat(alone[0]) + raw.slice(alone[0], alone[1]);
    }
    this.lastArabicBefore = this.lastArabic;
    const indent = contentStart(raw);
    if (raw.startsWith('<!--', indent)) return; // suppression directives and comments
    // A trailing comment (`… <!-- fengong-disable-line rule -->`) is not part of the text or the
    // fields: every recogniser reads the line without it (a prefix, so ranges are unchanged).
    const comment = raw.indexOf('<!--', indent);
    const line = comment >= 0 ? raw.slice(0, comment) : raw;
    let end = trimEndIndex(line);
    if (indent >= end) return;
    // A page number a PDF copy leaves between lines (`— 3 —`, `- 12 -`, `第3页`) is no heading: a blank.
    if (isPageNumber(line, indent, end)) return;
    // So is a line of bars alone, what a web table copied a cell per line leaves between its cells (`|`, `||||`).
    if (isBarsOnly(line, indent, end)) return;
    // In such a table a bar closing a line closes its cell (`一、加强安全生产…部署 |`): no part of its words.
    if (this.vertical) end = cellContent(line)[1];
    this.readLine(i, line, indent, end);
  }

  /**
   * `(一)…。(省发改委负责)(二)…。(省财政厅牵头,…)`: a web copy that lost a line break holds two items on one line.
   * Where the next item's marker (same style, the next number) follows the close of the first's roles, the
   * line is read as two, the second with the first blanked out (so positions stay the line's).
   */
  private readLine(i: number, line: string, indent: number, end: number, splits = 0): void {
    // A copy glues a few items, on a line of ordinary length: a long line (a 1 MB paste) is never split, and
    // a line is split a bounded number of times, so the blanked copies cost nothing to speak of.
    const glued = splits < MAX_GLUED && end - indent <= MAX_GLUED_LINE ? gluedItemAt(line, i, indent, end) : 0;
    if (glued > 0) {
      this.sawGlued = true;
      this.readLine(i, line.slice(0, glued), indent, trimEndIndex(line.slice(0, glued)), MAX_GLUED);
      this.readLine(i, ' '.repeat(glued) + line.slice(glued), glued, end, splits + 1);
      return;
    }
    const planYear = this.planYear;

    // The upper half of a header whose cells are centred over two lines (`牵头领` / `序号 … 主要责任单位` / `导`).
    if (this.centredHeaderAt(i + 1)) return;
    // Flattened tables: a header names the columns; rows numbered in the first cell are tasks.
    let header = readTableHeader(line);
    if (header) {
      const centred = this.centredHeaderAt(i);
      if (centred) {
        header = centred;
        this.skipUntil = Math.max(this.skipUntil, i + 2);
      }
      this.table = header;
      this.tableLine = i;
      this.numbersLost = false;
      // A header repeated on the next page is the same table's.
      if (!this.layout || i >= this.layout.end) {
        // A table read without wrapped rows (each a line) is read so again from each repeat of its header, over the
        // same rows to the table's end: quadratic in a long table whose every page repeats the header. Once is enough.
        this.layout = this.layoutMiss === line ? null : readLayoutTable(this.lines, i, centred ? i + 2 : i + 1, this.to, header, planYear);
        this.layoutMiss = this.layout ? null : line;
        this.bordered = null;
        if (this.layout) this.sawLayout = true;
      }
      this.vertical = null;
      this.textOpen = false; // the heading above the table ends with it
      return;
    }
    // A table whose cells a bar opens, a bar alone closing each row (see barLedTable.ts).
    if (this.barLed ? this.openBarLedRow(line, i, indent, end) : !this.vertical && !this.table && mayOpenBarLedHeader(this.lines, i, this.to, indent, end) && this.barLedHeader(i)) return;
    const first = line.charCodeAt(indent);
    // 序号 / 编号 alone on a line, or a column of the task's words with no 序号 before it (`主要任务 |`): perhaps the header
    // of a table written a cell per line.
    if (((first === 0x5e8f || first === 0x7f16) && isNumberHeader(line)) || (!this.vertical && !this.table && end - indent <= 14 && mayOpenCellHeader(line, indent, end))) {
      const vertical = readVerticalHeader(this.lines, i, this.to);
      if (vertical) {
        this.vertical = vertical.columns;
        this.verticalCategories = false;
        this.verticalNoted = false;
        this.table = null;
        this.sawVertical = true;
        this.skipUntil = vertical.end;
        return;
      }
    }
    // A short line closing on a colon after a table written a cell per line (`下一步工作打算:`) ends the table and heads
    // what follows it: a report's next steps, prose the plan's rules do not read as its tasks.
    if (this.vertical && this.endsVerticalTable(line, i, indent, end)) return;
    if (this.vertical && isBareNumber(line)) {
      this.openVerticalRow(line, i, indent);
      return;
    }
    if (this.vertical?.lostNumbers && this.openLostNumberRow(i)) return;
    // Rows of a task table copied without its header: the columns are judged from the rows.
    if (!this.table && !this.vertical && line.indexOf('\t') > indent) {
      const inferred = this.inferTableAt(i);
      if (inferred) {
        this.table = inferred;
        this.sawInferredTable = true;
      }
    } else if (!this.table && !this.vertical && isAsciiDigit(line.charCodeAt(indent)) && blankAfterDigits(line, indent)) {
      // …or parted by single spaces (`1 一般公共预算收入增长8%以上. 财政局`).
      const inferred = inferSpacedTable(this.numberedLinesFrom(i, 3), this.planYear);
      if (inferred) {
        this.table = inferred;
        this.sawInferredTable = true;
      }
    }
    if (this.table) {
      // The second row of a two-row header names the columns under a merged cell (`责任分工` over
      // `牵头单位` / `配合单位`).
      // (A `|` row of empty cells and words can be a row's continuation: only before the table's first row.)
      const merged = this.table.separator === 'tab' || (this.table.separator === 'bar' && !(this.current && this.current.kind === 'row')) ? readSubHeader(line, this.table) : null;
      if (merged) {
        this.table = merged;
        return;
      }
      // A header's cells wrapped over two lines (`分 管` / `县领导`).
      const wrapped = this.table.separator === 'spaces' && i > 0 ? readWrappedHeader(this.lines[i - 1], line, this.table) : null;
      if (wrapped) {
        this.table = wrapped;
        return;
      }
      if (this.table.numberless && this.numberlessRow(line, i, this.table)) return;
      if (this.table.categories && this.categoryRow(line, i, this.table)) return;
      const planned = this.layout?.rows.get(i);
      const plannedNumber = planned ? rowNumbering(line, i, planned.number) : null;
      if (planned && plannedNumber) {
        this.open(layoutRowNode(this.lines, planned, this.table, plannedNumber, planYear, this.problems));
        this.textOpen = false;
        return;
      }
      const split = this.table.separator === 'space' ? spacedRow(line, this.table, planYear) : (splitCells(line) ?? this.rowCutAfterText(line, i, this.table));
      const row = split ? rowNumbering(line, i, split.cells[0]) : null;
      if (split && row) {
        this.open(rowNode(line, i, split.cells, this.table, row, planYear, this.problems));
        this.textOpen = false;
        return;
      }
      if (!row && this.lostNumberRow(line, i, this.table)) return;
      // A sub-row under a merged 序号 cell (`\t开工建设老年大学。\t12月底前`): a second line of work of the
      // row above, with its own cells. It is more of that task, never dropped.
      const above = this.current;
      const subCells =
        !row && above && above.kind === 'row' && above.numbering
          ? this.table.separator === 'tab'
            ? subRowCells(line)
            : this.table.separator === 'space'
              ? spacedSubRow(line, this.table, planYear)
              : this.table.separator === 'bar'
                ? this.barSubRowCells(line, i, indent, this.table)
                : null
          : null;
      if (subCells && above && above.numbering) {
        const sub = rowNode(line, i, subCells, this.table, above.numbering, planYear, this.problems);
        if (sub.textEnd > sub.textStart) above.more.push([i, sub.textStart, sub.textEnd]);
        append(above.fields, sub.fields);
        this.extend(above, i, end);
        return;
      }
      if (!row && above && above.kind === 'row' && this.wrappedCellRow(above, line, i, end)) return;
      // A row's cells of names that a web copy broke onto lines of their own (`2 一般公共预算收入增长5%左右。 区财政局` /
      // `区税务局` / `区政府有关部门`): more of that row.
      if (this.table.separator === 'space' && above && above.kind === 'row' && this.continueSpacedRow(above, i)) return;
      // A table parted by single spaces ends at the first line that is neither a row nor a heading:
      // prose after it is never read as a row.
      if (this.table.separator === 'space' && !isHeadingLike(line.slice(indent, end)) && !this.numberingAt(line, i, indent)) this.table = null;
      // A part's row across a `|` table, its words in the first cell and the others empty
      // (`| 一、…工作目标(牵头领导:成坤、柯相国、王俊) |   |   |`, `一、主要预期目标 | |||`): a heading, read from its cell.
      const across = this.table?.separator === 'bar' ? headingAcrossBars(line, i, indent, end) : null;
      if (across) {
        // Read with the bars blanked out (positions stay the line's), so that the fields closing it are its own.
        const [a, b] = across;
        const heading = readNumbering(line, i, a)!;
        this.rankShift = this.table ? this.shiftUnder(this.table, heading, line.slice(heading.textStart, b).trim()) : 0;
        this.readLine(i, ' '.repeat(a) + line.slice(a, b) + ' '.repeat(line.length - b), a, b, MAX_GLUED);
        this.rankShift = 0;
        return;
      }
    }

    // A heading (or nothing) before this line: a new run may start at 1.
    const current = this.current;
    const afterHeading = current === null || current.rank < TASK_RANK;
    const lastArabic = this.lastArabic;
    const numbered: NumberedLine | null =
      this.numberingAt(line, i, indent) ??
      (lastArabic !== null ? this.numberingBeforeDigitAt(line, i, indent, lastArabic + 1) : null) ??
      (afterHeading ? this.numberingBeforeDigitAt(line, i, indent, 1) : null);
    if (numbered && numbered.numbering.style.startsWith('arabic-') && numbered.numbering.style !== 'arabic-paren' && numbered.numbering.style !== 'arabic-circled')
      this.lastArabic = numbered.numbering.value;
    const stack = this.stack;
    if (numbered) {
      const rank = STYLE_RANK[numbered.numbering.style] + (STYLE_RANK[numbered.numbering.style] < TASK_RANK ? this.rankShift : 0);
      const task = stack.length ? stack[stack.length - 1] : undefined;
      if (rank > TASK_RANK && task && task.rank === TASK_RANK) {
        // `(1)` under a task is a sub-item of it.
        this.addItem(task, numbered.numbering, line, i, indent, numbered.textStart, end);
        return;
      }
      if (rank === TASK_RANK && task && this.isStep(task, numbered, i)) {
        this.addItem(task, numbered.numbering, line, i, indent, numbered.textStart, end);
        // Read by the lines after it: such a plan is always read whole.
        this.sawImplicit = true;
        return;
      }
      const tail = this.tailAt(line, i, numbered.textStart);
      const node = newNode('numbered', rank, numbered.numbering, i, indent, numbered.textStart, tail ? tail.textEnd : end, end);
      if (tail) {
        append(node.fields, tail.fields);
        append(this.problems, tail.problems);
      }
      this.open(node);
      this.textOpen = !tail;
      return;
    }

    if (this.bulletedItem(line, i, end)) return;

    const c0 = line.charCodeAt(indent);
    const dash = c0 === 0x2014 || c0 === 0x2d || c0 === 0xff0d ? /^(?:——|—|--|－－)\s*/.exec(line.slice(indent)) : null;
    if (dash) {
      const textStart = indent + dash[0].length;
      const tail = this.tailAt(line, i, textStart);
      const node = newNode('group', GROUP_RANK, null, i, indent, textStart, tail ? tail.textEnd : end, end);
      if (tail) {
        append(node.fields, tail.fields);
        append(this.problems, tail.problems);
      }
      this.open(node);
      this.textOpen = false;
      return;
    }

    // The rest of a fields' bracket a wrap cut, over this line and perhaps the next.
    if (current && this.textOpen && current.fields.length === 0 && this.closesSplitBracketAhead(current, i, indent, end)) return;
    // A field line: `label:value…`, or the same in brackets on its own line.
    const paren = isOpenParen(line[indent]);
    // In brackets, the labels may follow a short note: `（预期性指标，牵头单位：…）`.
    const noted = paren && current && !this.labelAt(line, i, indent + 1) ? afterFieldNote(line, indent + 1, end) : -1;
    if (noted >= 0 || this.labelAt(line, i, paren ? indent + 1 : indent)) {
      const close = paren ? matchingClose(line, indent, end) : -1;
      const [a, b] = paren ? [noted >= 0 ? noted : indent + 1, close > indent ? close : end] : [indent, end];
      if (paren && close < 0 && this.wrappedFieldLine(i, indent, end, a)) return;
      const read = this.fieldListAt(line, i, a, b, paren ? 'paren-line' : 'own-line');
      this.attach(read.fields, read.problems, i, end);
      this.textOpen = false;
      return;
    }
    if (paren && current) {
      const close = matchingClose(line, indent, end);
      if (close === end - 1 || (close === end - 2 && line[end - 1] === '。')) {
        const prose = this.proseAt(line, i, indent + 1, close);
        if (prose) {
          this.attach(prose.fields, prose.problems, i, end);
          this.textOpen = false;
          return;
        }
      }
    }

    // A list of names that a wrap carried onto this line from the field line above it.
    const lastField = current && current.fields.length ? current.fields[current.fields.length - 1] : null;
    if (current && lastField && lastField.range.end.line === i - 1) {
      const whole = readWrappedField(this.lines, lastField, [i, indent, end], this.planYear);
      if (whole) {
        current.fields[current.fields.length - 1] = whole;
        this.extend(current, i, end);
        this.textOpen = false;
        return;
      }
    }
    if (current && this.groupNote(current, line, i, indent, end)) return;
    if (current && this.implicitTask(current, line, i, indent, end)) return;
    // The fields' bracket, cut by a wrap, closing on this line (it may be short: `县市区政府按职责分工负责)`).
    if (current && this.textOpen && current.fields.length === 0 && this.closesSplitBracket(current, i, indent, end)) return;
    const opened = this.openedBefore || stack.length > 0 || this.roots.length > 0;
    // Right after the title, a line in brackets is a note on the plan (`（各项任务后括号内为责任单位）`) and a
    // date is the plan's date (`2024年1月10日`): neither is a heading.
    const afterTitle =
      this.titled && !opened && !(isOpenParen(line[indent]) && isCloseParen(line[end - 1])) && !DATE_ONLY.test(line.slice(indent, end));
    // `一、提高城市基层党建工作水平,加强党对基层治理的全面` / `领导`: a long heading a PDF's wrap cut, its last words
    // alone on the next line, is more of the heading, not a group of its own.
    const headingWrapped =
      current !== null && this.textOpen && current.rank < TASK_RANK && current.numbering !== null && current.line === i - 1 &&
      current.more.length === 0 && current.textEnd - current.textStart >= 22 && end - indent <= 6 && !CLAUSE_END.test(line.slice(current.textEnd - 1, current.textEnd));
    // A month alone (`6月`, `12月底前`) is a cell of a table's deadline column copied a cell per line, no heading, unless
    // the tasks under it number from 1 (a timeline: `3月` / `1.…` / `6月` / `1.…`).
    // A heading closed by its full stop (`打好防范化解重大风险攻坚战。`, 鄂政发 2018) is one too, where it cannot be the last
    // words of a task's text a wrap carried over (after a task's fields), nor of a heading's (`一、坚持系统集成，推动审批` /
    // `全链条优化。`): under a heading, only one of a single short phrase stands complete.
    // After a task, a remark on it (`确保按期完成。`, `此项工作列入年度考核。`) is none.
    const stopped =
      !headingWrapped &&
      isHeadingSentence(line.slice(indent, end)) &&
      !(current && current.rank >= TASK_RANK && REMARK.test(line.slice(indent, end))) &&
      !(current && this.textOpen && (current.rank >= TASK_RANK ? current.fields.length === 0 : current.more.length > 0 || !isOnePhrase(this.lines[current.line].slice(current.textStart, current.textEnd))));
    if (!headingWrapped && (opened || afterTitle) && (stopped || isHeadingLike(line.slice(indent, end))) && (!MONTH_ONLY.test(line.slice(indent, end)) || this.firstTaskNumberAfter(i) === 1) && this.numberedTaskFollows(i)) {
      this.open(newNode('group', GROUP_RANK, null, i, indent, indent, end, end));
      this.textOpen = false;
      return;
    }
    if (current && this.itemOpen && this.continueItem(current, line, i, indent, end)) return;
    if (current && this.textOpen && current.fields.length === 0) {
      // A wrapped line of the item's text, as a PDF or Word copy leaves a long task. The wrap may have cut
      // the fields' bracket, which then opens on the line before and closes on this one…
      // (read above, before a short closing line could be taken for a heading)…
      // …or come before it, so that this line ends with them: `增长10%。（牵头单位：区发改局；完成时限：…）`.
      const tail = this.tailAt(line, i, indent);
      if (tail && tail.fields.length) {
        if (tail.textEnd > indent) current.more.push([i, indent, tail.textEnd]);
        this.attach(tail.fields, tail.problems, i, end);
        this.textOpen = false;
        return;
      }
      // Under a short heading that stands complete on its line (`一、指导思想`), a sentence is a paragraph
      // introducing the part, not more of the heading.
      if (current.numbering && current.rank < TASK_RANK && current.more.length === 0 && isIntroHeading(this.lines[current.line].slice(current.textStart, current.textEnd)) && isSentence(line, indent, end)) {
        current.intro = [i, indent, end];
        this.extend(current, i, end);
        this.textOpen = false;
        return;
      }
      current.more.push([i, indent, end]);
      this.extend(current, i, end);
      return;
    }
    this.textOpen = false;
  }
}

/** `0`–`9`. */
function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Whether the digits at `at` are followed by a space (`1 一般…`, a row's number in a table parted by spaces). */
function blankAfterDigits(line: string, at: number): boolean {
  let k = at;
  while (k < line.length && k - at < 4 && isAsciiDigit(line.charCodeAt(k))) k++;
  return line.charCodeAt(k) === 0x20;
}

/**
 * A short heading, whole on its line (`指导思想`, `主要预期目标`, `加快转型升级，提升产业竞争力`): no
 * sentence or clause ends in it, and it is shorter than the lines a copy wraps at. Or a heading
 * that is one sentence closed by its full stop (`推进大数据基础设施建设。`): nothing continues it.
 */
function isIntroHeading(text: string): boolean {
  // A heading closing on a separator (`（一）深化“放管服”改革、`) goes on, on the next line.
  if (text.length === 0 || /[、，,；;：:]$/.test(text)) return false;
  if (text.length <= 40 && /[。！？]$/.test(text) && !/[。；;：:！？]/.test(text.slice(0, -1))) return true;
  return text.length <= 20 && !/[。；;：:！？]/.test(text);
}

/**
 * A line of prose: a sentence of some length that ends with a full stop, or a line that announces
 * what follows (`全年主要预期目标如下：`).
 */
function isSentence(line: string, start: number, end: number): boolean {
  const last = line[end - 1];
  // A paragraph of sentences that closes on what it announces (`…保障《纲要》目标和任务完成。分工安排的主要原则:`) too.
  if ((last === '：' || last === ':') && end - start >= 6) return /如下|是[：:]$|为[：:]$|包括|主要有/.test(line.slice(start, end)) || (end - start >= 20 && /。/.test(line.slice(start, end - 1)));
  // A sentence of phrases listed with 、 alone is one too (`坚决遏制重特大事故、有效防范较大事故、全力压降一般事故。`).
  return end - start >= 12 && (last === '。' || last === '.') && /[，,。、]/.test(line.slice(start, end - 1));
}

function grow(n: RawNode, line: number, end: number): void {
  if (line > n.endLine || (line === n.endLine && end > n.endChar)) {
    n.endLine = line;
    n.endChar = end;
  }
}

export function buildHierarchy(input: HierarchyInput): Hierarchy & { readonly trace: HierarchyTrace } {
  const { lines, from, to, planYear, firstListedLeads } = input;
  const b = new HierarchyBuilder(lines, to, planYear, firstListedLeads, input.memo);
  b.titled = input.titled ?? false;
  b.run(from, to);
  // The document's (`firstListedLeads` is read from the same lines).
  const lead = leadConventionOf(lines);
  const built = finalise(b.roots, lines, b.problems, lead, planYear);
  // Each task's opening state, for a later parse that re-reads one task in place. Items made tasks
  // (itemsAreTasks) opened no node of their own: such a plan is always read whole.
  const openOf = new Map<RawNode, number>();
  b.opened.forEach((n, k) => openOf.set(n, k));
  const taskOpen = built.rawTasks.map((n) => openOf.get(n)!);
  const taskRank = built.rawTasks.map((n) => n.rank);
  const elsewhere = b.sawVertical || b.sawBarLed || b.sawLayout || b.sawInferredTable || b.sawImplicit || b.sawGlued || b.sawBrokenRow || built.promoted;
  return {
    children: built.children,
    tasks: built.tasks,
    problems: inDocumentOrder(built.problems),
    fieldCarriers: built.fieldCarriers,
    trace: {
      opens: b.openStates,
      taskOpen,
      taskRank,
      readsAhead: elsewhere || b.borderedTables.length > 0,
      bordered: b.borderedTables,
      readsAheadInBordersOnly: !elsewhere && b.borderedTables.length > 0,
      lead,
    },
  };
}

/**
 * Problems by where they stand. The pass finds some late (a task's fields left open by a bracket are read when the next
 * node opens, after that node's own line), and a re-read task's problems go back among the others by their lines.
 */
export function inDocumentOrder(problems: readonly ParseProblem[]): ParseProblem[] {
  return problems.slice().sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
}

function newNode(
  kind: RawNode['kind'],
  rank: number,
  numbering: Numbering | null,
  line: number,
  start: number,
  textStart: number,
  textEnd: number,
  end: number,
): RawNode {
  return {
    kind,
    rank,
    numbering,
    line,
    start,
    textStart,
    textEnd,
    more: [],
    fields: [],
    subItems: [],
    children: [],
    endLine: line,
    endChar: end,
    headingEnd: end,
  };
}

/** A row of a table that numbers nothing, numbered by its place (`value`): an empty marker where its words start. */
function implicitRowNumbering(lineNo: number, [ns]: Cell, value: number): Numbering {
  return { style: 'arabic-dot', value, marker: spanOf(lineNo, ns, ''), fullWidth: false, delimiter: '', implicit: true, cell: true };
}

/** A row's number wrapped over lines in its 序号 cell (`1` over `0`): the digits joined, its marker over their lines. */
/** A 序号 cell's number, and one wrapped over lines (`1` over `0`) once its pieces are joined. */
const ROW_NUMBER_CELL = new RegExp(`^${rowNumberSource(4)}$`);
const WRAPPED_ROW_NUMBER = new RegExp(`^${rowNumberSource(6)}$`);

function wrappedRowNumbering(lines: readonly string[], pieces: readonly Piece[]): Numbering | null {
  const text = pieces.map(([l, s, e]) => lines[l].slice(s, e)).join('');
  const [l0, s0] = pieces[0];
  const [ll, , le] = pieces[pieces.length - 1];
  const marker = { text, range: mkRange(l0, s0, ll, le) };
  if (WRAPPED_ROW_NUMBER.test(text)) return { style: 'arabic-dot', value: parseInt(asciiDigits(text), 10), marker, fullWidth: false, delimiter: '', cell: true };
  // `(` / `一` / `)`: the number as its style reads it.
  const read = readNumbering(text, l0, 0);
  return read && read.numbering.marker.text.length === text.length ? { ...read.numbering, marker, cell: true } : null;
}

/**
 * The 序号 cell of a table row: a bare number (`1`, `1.`), or a whole marker (`(一)`, `一、`)
 * when the table numbers targets or headings that way. A cell with text after the marker is a
 * heading written across the row, not a row number.
 */
/**
 * A cell naming a category of rows, merged over them: a few words, perhaps spaced out to fill the cell (`生 态 环 境`,
 * `城市绿化`), no clause, no number of its own.
 */
function isCategoryCell(cell: string): boolean {
  const words = cell.replace(/[\s\u3000]+/g, '');
  return words.length >= 2 && words.length <= 12 && /^[\u4e00-\u9fa5“”"、]+$/.test(words);
}

function rowNumbering(line: string, lineNo: number, [ns, ne]: Cell): Numbering | null {
  const raw = line.slice(ns, ne);
  if (ROW_NUMBER_CELL.test(raw)) {
    return {
      style: raw.endsWith('、') ? 'arabic-dun' : 'arabic-dot',
      value: parseInt(asciiDigits(raw), 10),
      marker: spanOf(lineNo, ns, raw),
      fullWidth: raw.endsWith('．'),
      delimiter: /[.、．]$/.test(raw) ? raw[raw.length - 1] : '',
      cell: true,
    };
  }
  // `1-1`, `2-3`: an outline number as a ledger writes it, the heading's number first; the row's is the last part.
  const dashed = OUTLINE_CELL.exec(raw);
  if (dashed) {
    const at = ns + dashed[1].length;
    return { style: 'arabic-dot', value: parseInt(asciiDigits(dashed[2]), 10), marker: spanOf(lineNo, at, dashed[2]), fullWidth: false, delimiter: '', cell: true, outline: asciiDigits(dashed[1]).replace(/[－—–]/g, '-') };
  }
  const read = readNumbering(line, lineNo, ns);
  return read && read.numbering.marker.range.end.character === ne ? { ...read.numbering, cell: true } : null;
}
const OUTLINE_CELL = /^((?:[0-9０-９]{1,3}[-－—–]){1,2})([0-9０-９]{1,3})$/;

/** A column that names the task (`项目名称`, `任务名称`) and one that sets out its content (`建设内容`, `具体措施`). */
const NAME_HEADER = /名\s*称\s*$/;
const CONTENT_HEADER = /(?:内\s*容|措\s*施|举\s*措)\s*$/;
/** A column of remarks, progress or assessment (`备注内容`, `进展内容`, `考核内容`): no part of the work. */
const NOTE_HEADER = /备|进展|进度|完成|考核|督查|评价|评分|情况/;

function rowNode(
  line: string,
  lineNo: number,
  cells: Cell[],
  table: TableColumns,
  numbering: Numbering,
  planYear: number | null,
  problems: ParseProblem[],
): RawNode {
  if (table.separator === 'spaces' && cells.length < table.roles.length) cells = withGluedCellsParted(line, cells, table, planYear);
  const [ns, ne] = cells[0];
  const columns = cellColumns(line, cells, table, planYear);
  const textAt = columns.indexOf(table.roles.indexOf('text'));
  const [ts, te] = cells[textAt] ?? [ne, ne];
  const rank = Math.max(STYLE_RANK[numbering.style], 0);
  // A row that numbers nothing begins at its text (a category cell before it is the table's, not the task's).
  const node = newNode('row', rank, numbering, lineNo, numbering.implicit ? ts : ns, ts, te, trimEndIndex(line));
  cells.forEach(([a, b], k) => {
    const role = table.roles[columns[k]];
    // An empty cell is an absent field (the rules report what is missing), not an empty value.
    if (!role || role === 'text' || role === 'number' || a >= b) return;
    const label = spanOf(lineNo, a, '');
    const header = { ...label, text: table.headers[columns[k]] };
    node.fields.push(makeField(line, lineNo, role, header, a, b, 'table', planYear, null, problems));
  });
  if (table.separator === 'bar' || table.separator === 'tab') {
    // A task named in one column and set out in the next (`项目名称 | 建设内容`, `任务名称 | 具体措施`): the content's cell
    // goes on with the text, as a line would (a name alone says nothing of the work; rows under one project would read
    // as one task). Other extra columns of words (全年目标任务 beside 主要任务) stay out of it.
    if (textAt >= 0 && NAME_HEADER.test(table.headers[columns[textAt]] ?? '')) {
      for (let k = textAt + 1; k < cells.length; k++) {
        const [a, b] = cells[k];
        const header = table.headers[columns[k]] ?? '';
        if (a < b && table.roles[columns[k]] === undefined && CONTENT_HEADER.test(header) && !NOTE_HEADER.test(header)) node.more.push([lineNo, a, b]);
      }
    }
    node.rowTable = table;
    for (let k = cells.length - 1; k >= 0; k--) {
      if (cells[k][0] < cells[k][1]) {
        node.lastColumn = columns[k];
        break;
      }
    }
  }
  return node;
}

/** A bordered table's row numbered in its 序号 cell (or in its task's, `1.…`), its number read over the pieces it wraps to. */
function cellRowNumbering(lines: readonly string[], row: LayoutRow): Numbering | null {
  return row.numberPieces ? wrappedRowNumbering(lines, row.numberPieces) : rowNumbering(lines[row.line], row.line, row.number);
}

/** The node a bordered table's row numbered in a cell opens, as the line-by-line pass opens it (`splice.ts` re-reads one so). */
export function borderedRowNode(lines: readonly string[], row: LayoutRow, table: TableColumns, planYear: number | null, problems: ParseProblem[]): RawNode | null {
  const number = row.implicit ? null : cellRowNumbering(lines, row);
  return number ? layoutRowNode(lines, row, table, number, planYear, problems) : null;
}

/**
 * A row of a table whose cells wrap over lines, its pieces gathered (see `layoutTable.ts`): the text is the pieces of its
 * column in line order (some above the number's line when the cells are centred), and each field's cell is read whole
 * over its lines.
 */
function layoutRowNode(lines: readonly string[], row: LayoutRow, table: TableColumns, numbering: Numbering, planYear: number | null, problems: ParseProblem[]): RawNode {
  const [ns, ne] = row.number;
  const text = row.cells[table.roles.indexOf('text')];
  const line = lines[row.line];
  const onLine = text.length > 0 && text[0][0] === row.line;
  const node = newNode('row', Math.max(STYLE_RANK[numbering.style], 0), numbering, row.line, ns, onLine ? text[0][1] : ne, onLine ? text[0][2] : ne, trimEndIndex(line));
  node.more = text.slice(onLine ? 1 : 0).map(([l, s, e]) => [l, s, e]);
  if (row.top[0] < row.line) node.top = [row.top[0], row.top[1]];
  if (row.mergedCells) node.mergedCells = true;
  row.cells.forEach((pieces, k) => {
    const role = table.roles[k];
    if (!role || role === 'text' || role === 'number' || !pieces.length) return;
    const [l0, s0] = pieces[0];
    const header = { text: table.headers[k], range: lineRange(l0, s0, s0) };
    node.fields.push(
      pieces.length === 1
        ? makeField(lines[l0], l0, role, header, s0, pieces[0][2], 'table', planYear, null, problems)
        : readCellOverPieces(lines, pieces, (joined, lineNo, read) => makeField(joined, lineNo, role, { ...header, range: lineRange(lineNo, 0, 0) }, 0, joined.length, 'table', planYear, null, read), problems, role, row.paragraphs),
    );
  });
  for (const pieces of row.cells) for (const [l] of pieces) if (row.end === undefined || l <= row.end) grow(node, l, trimEndIndex(lines[l]));
  return node;
}

/**
 * The column each cell of a row stands in. A full row's cells stand in order. A row a cell or two short stands
 * under a merged cell of the source (`2 | 扎实做好疫苗接种信息公开 | 疾控处 | 长期推进 |` under
 * `序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注`): its cells keep their order, each in the column its
 * words fit (a unit list under 责任处室, a date under 完成时限, a sentence under the task), the first in the first.
 */
function cellColumns(line: string, cells: readonly Cell[], table: TableColumns, planYear: number | null): number[] {
  const n = cells.length;
  const m = table.roles.length;
  const inOrder = cells.map((_, k) => k);
  if (n >= m || n < 2) return inOrder;
  // A tie keeps a cell in its own column.
  const score = (k: number, j: number): number => {
    const [a, b] = cells[k];
    const text = line.slice(a, b);
    const role = table.roles[j];
    // A sentence fits the task's column; a column that names no field (备注), a short note.
    const fit =
      role === 'text'
        ? text.length >= 6 && !fitsColumn('units', text, planYear) && !fitsColumn('deadline', text, planYear)
        : role !== 'number' && fitsColumn(role, text, planYear);
    return (fit ? 4 : 0) + (j === k ? 1 : 0);
  };
  const best = cellsInOrder(n - 1, m - 1, (k, j) => score(k + 1, j + 1))!;
  return [0, ...best.columns.map((j) => j + 1)];
}

function textSpan(node: RawNode, lines: readonly string[]): Span {
  const first = lines[node.line].slice(node.textStart, node.textEnd);
  if (!node.more.length) return spanOf(node.line, node.textStart, first);
  if (!first) {
    // A row of a table written a cell per line, or a number alone on its line (`(一)` / `加强…`): its
    // text is on the lines after its number.
    const [l0, s0] = node.more[0];
    const [ll, , le] = node.more[node.more.length - 1];
    return { text: node.more.map(([l, s, e]) => lines[l].slice(s, e)).join(node.glued ? '' : '\n'), range: mkRange(l0, s0, ll, le) };
  }
  const parts = [first, ...node.more.map(([l, s, e]) => lines[l].slice(s, e))];
  const [ll, , le] = node.more[node.more.length - 1];
  return { text: parts.join(node.glued ? '' : '\n'), range: mkRange(node.line, node.textStart, ll, le) };
}

export function carriesTaskFields(node: RawNode): boolean {
  return node.fields.some((f) => f.role !== 'groupLead');
}

/** A list of the units answerable for a task (`责任单位`, `责任部门`), not of those who help (`配合单位`). */
function isAnswerableList(f: Field): boolean {
  return f.role === 'units' && f.label.text.startsWith('责任') && f.names.length > 0;
}

/**
 * `第一责任单位：X` beside `主要责任单位：Y` (a field or a table's column, 嘉兴 2006): the first answers for the task, and
 * the 主要 share it. Alone, 主要责任单位 is the lead.
 */
function withFirstResponsible(fields: Field[]): Field[] {
  if (!fields.some((f) => f.role === 'leadUnits' && f.label.text === '第一责任单位')) return fields;
  return fields.map((f) => (f.role === 'leadUnits' && f.label.text === '主要责任单位' ? { ...f, role: 'units' } : f));
}

/**
 * The task a leaf node stands for, at `index` in the plan's list, under `path`. Under the plan's
 * `列第一位者为牵头单位`, a task that names no lead is led by the first of its 责任单位.
 */
export function makeTask(
  raw: RawNode,
  lines: readonly string[],
  path: readonly Section[],
  index: number,
  lead: LeadConvention,
  planYear: number | null,
  // The heading's own words may name the lead (`（一）省监察厅牵头的工作`).
  fields = withHeadingRole(raw, lines, planYear),
): Task {
  fields = withFirstResponsible(fields);
  // A short heading's paragraph (`加强行政监察工作，…。`) is, in a task, its work.
  const node = fields === raw.fields && !raw.intro ? raw : { ...raw, fields, more: raw.intro ? [raw.intro, ...raw.more] : raw.more };
  const leaders: UnitRef[] = [];
  const leadUnits: UnitRef[] = [];
  const units: UnitRef[] = [];
  for (const f of node.fields) {
    if (f.role === 'leaders') append(leaders, f.names);
    else if (f.role === 'leadUnits') append(leadUnits, f.names);
    else if (f.role === 'units')
      for (const u of f.names) {
        // `责任单位：区发改局（牵头）、区财政局`: a unit marked 牵头 inside a list leads.
        if (u.aliases.length && marksLead(u)) leadUnits.push(u);
        else units.push(u);
      }
  }
  if (lead.firstListed && leadUnits.length === 0) {
    const answerable = node.fields.find(isAnswerableList);
    const at = answerable ? units.indexOf(answerable.names[0]) : -1;
    if (at >= 0) leadUnits.push(units.splice(at, 1)[0]);
  } else if (lead.unitsLead && leadUnits.length === 0 && units.length && !path.some((s) => s.fields.some((f) => f.role === 'leadUnits' && f.names.length))) {
    // Unless a heading above names the lead for what is under it.
    leadUnits.push(...units.splice(0));
  }
  return {
    type: 'task',
    numbering: node.numbering!,
    text: textSpan(node, lines),
    line: node.line,
    range: node.top ? mkRange(node.top[0], node.top[1], node.endLine, node.endChar) : mkRange(node.line, node.start, node.endLine, node.endChar),
    fields: fitted(node.fields),
    subItems: node.subItems,
    leaders: fitted(leaders),
    leadUnits: fitted(leadUnits),
    units: fitted(units),
    deadline: node.fields.find((f) => f.role === 'deadline' && f.deadline)?.deadline ?? null,
    textDeadlines: readTextDeadlines(lines, [[node.line, node.textStart, node.textEnd], ...node.more], planYear),
    path,
    index,
    ...(raw.mergedCells ? { mergedCells: true } : {}),
  };
}

/** Whether a node or anything under it carries a field. */
function carriesFields(node: RawNode): boolean {
  return node.fields.length > 0 || node.children.some(carriesFields);
}

/**
 * The top-level items without the closing parts that are prose: `二、保障措施` with its `（一）加强组织
 * 领导。……` paragraphs follows the tasks in most plans, and its numbered items are no tasks (they
 * carry no field, nor does anything under them). Only trailing parts with items under them go, and
 * only when an earlier part carries fields; a last task without fields stays (that is a defect).
 */
function withoutClosingProse(roots: RawNode[]): RawNode[] {
  let end = roots.length;
  while (end > 1 && roots[end - 1].children.length > 0 && !carriesFields(roots[end - 1])) end--;
  return end < roots.length && roots.slice(0, end).some(carriesFields) ? roots.slice(0, end) : roots;
}

/**
 * The node's fields, with the role its heading's own words state (`（一）省编办牵头的工作`) first when its fields
 * name no lead or leader: what is written under the heading is that unit's or that leader's work. The node's own
 * array when its words state none.
 */
function withHeadingRole(node: RawNode, lines: readonly string[], planYear: number | null): Field[] {
  if (node.kind !== 'numbered' || node.textEnd - node.textStart > 60) return node.fields;
  const hasLead = node.fields.some((f) => f.role === 'leadUnits');
  const hasLeaders = node.fields.some((f) => f.role === 'leaders');
  if (hasLead && hasLeaders) return node.fields;
  const read = readHeadingRole(lines[node.line], node.line, node.textStart, node.textEnd, planYear);
  // `一、县发展改革局牵头的工作（分管领导：王副县长）`: the words name the lead, the bracket the leader; a role the fields
  // state already is theirs.
  const stated = read ? read.fields.filter((f) => !(f.role === 'leadUnits' && hasLead) && !(f.role === 'leaders' && hasLeaders)) : [];
  return stated.length ? [...stated, ...node.fields] : node.fields;
}

/** A field that names the units that carry the work (not a leader, a deadline, or a group's 总牵头单位). */
function namesUnits(f: Field): boolean {
  return f.role === 'leadUnits' || f.role === 'units';
}

function finalise(
  roots: RawNode[],
  lines: readonly string[],
  problems: ParseProblem[],
  lead: LeadConvention,
  planYear: number | null,
): Hierarchy & { rawTasks: RawNode[]; promoted: boolean } {
  const tasks: Task[] = [];
  const rawTasks: RawNode[] = [];
  let usesDi = false;
  let fieldCarriers = 0;
  let promoted = false;

  /** Ranks at which some leaf among these siblings carries task fields. */
  const taskRanks = (siblings: readonly RawNode[]): Set<number> => {
    const ranks = new Set<number>();
    for (const n of siblings) if (n.children.length === 0 && n.kind === 'numbered' && carriesTaskFields(n)) ranks.add(n.rank);
    return ranks;
  };

  let itemTaskRanks: ReadonlySet<number> = new Set();
  /** The siblings to build: see withItemsAsTasks. */
  const arrange = (siblings: readonly RawNode[]): readonly RawNode[] => {
    const arranged = withItemsAsTasks(siblings, itemTaskRanks);
    if (arranged) promoted = true;
    return arranged ?? siblings;
  };

  const build = (node: RawNode, path: Section[], siblingTaskRanks: ReadonlySet<number>): Section | Task => {
    // A heading's own words that name who carries it (`一、王某县长负责的工作`) are fields it carries.
    const fields = withHeadingRole(node, lines, planYear);
    if (fields.length) fieldCarriers++;
    // A leaf `(一)`/`一、` is a task when it carries fields, or when its siblings of the same rank
    // do (a target that lost its 责任单位 is still a target, and should be reported as such), or when a
    // heading above it names the unit that carries what is under it (`一、强化科技创新（县科技局牵头）` / `（一）支持…。`).
    const isTask =
      node.children.length === 0 &&
      (node.kind === 'row' ||
        (node.kind === 'numbered' &&
          (node.rank >= TASK_RANK ||
            carriesTaskFields(node) ||
            siblingTaskRanks.has(node.rank) ||
            path.some((s) => s.fields.some(namesUnits)) ||
            // `（一）县监察局牵头的工作` / `加强行政监察工作。`: its own words name the unit that carries it. (A
            // leader's, `一、夏某区长牵头重点工作` / `总负责。`, heads that leader's work.)
            (fields !== node.fields && fields[0].role === 'leadUnits'))));
    if (isTask) {
      const task = makeTask(node, lines, path, tasks.length, lead, planYear, fields);
      tasks.push(task);
      rawTasks.push(node);
      return task;
    }
    const range: Range = mkRange(node.line, node.start, node.endLine, node.endChar);
    const text = textSpan(node, lines);
    // With 第一部分 above them, 一、 and (一) move one level in.
    const rank = node.rank + (usesDi ? 1 : 0);
    const level: SectionLevel = rank <= 0 ? 'part' : rank === 1 ? 'chapter' : 'group';
    const children: (Section | Task)[] = [];
    const statedCount: StatedCount | null = readStatedCount(text, 'section', 'heading');
    const section: Section = {
      type: 'section',
      level,
      numbering: node.numbering,
      title: text,
      headingRange: lineRange(node.line, node.start, node.headingEnd),
      range,
      fields,
      statedCount,
      intro: node.intro ? spanOf(node.intro[0], node.intro[1], lines[node.intro[0]].slice(node.intro[1], node.intro[2])) : null,
      children,
      path,
    };
    const inner = [...path, section];
    const kids = arrange(node.children);
    const ranks = taskRanks(kids);
    for (const c of kids) children.push(build(c, inner, ranks));
    return section;
  };

  usesDi = roots.some((r) => r.numbering?.style === 'cn-di');
  const unarranged = withoutClosingProse(roots);
  itemTaskRanks = ranksWithItemTasks(unarranged);
  const kept = arrange(unarranged);
  const rootRanks = taskRanks(kept);
  const children = kept.map((r) => build(r, [], rootRanks));
  return { children, tasks, problems, fieldCarriers, rawTasks, promoted };
}
