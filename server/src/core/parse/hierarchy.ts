import type { Field, Numbering, ParseProblem, Range, Section, SectionLevel, Span, StatedCount, SubItem, Task, UnitRef } from '../model';
import { lineRange, range as mkRange, spanOf, STYLE_RANK } from '../model';
import { readNumbering, readNumberingBeforeDigit, type NumberedLine } from './numbering';
import { readFieldList, startsWithLabel, makeField } from './fields';
import { readRoleProse, readTail } from './tail';
import { roleOfHeaderCell } from './labels';
import { CLAUSE_END, asciiDigits, contentStart, indentOf, isOpenParen, matchingClose, trimEndIndex, trimRange } from './text';
import { readStatedCount } from './counts';
import { LineMemo } from './memo';

/** Rank of an unnumbered group heading (`——标题`, or a short heading line): between (一) and 1. */
const GROUP_RANK = 2;
const TASK_RANK = 3;

/** A node while the tree is being built; finalised into a Section or a Task. */
interface RawNode {
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
  fields: Field[];
  subItems: SubItem[];
  children: RawNode[];
  endLine: number;
  endChar: number;
  headingEnd: number;
}

export interface HierarchyInput {
  readonly lines: readonly string[];
  readonly from: number;
  readonly to: number;
  readonly planYear: number | null;
  readonly firstListedLeads: boolean;
  /** Facts from the previous parse of this document, reused for unchanged lines (and filled for the next). */
  readonly memo?: LineMemo;
}

export interface Hierarchy {
  readonly children: (Section | Task)[];
  readonly tasks: Task[];
  readonly problems: ParseProblem[];
  /** Items that carry at least one field (a plan without a title needs some). */
  readonly fieldCarriers: number;
}

interface TableColumns {
  roles: (ReturnType<typeof roleOfHeaderCell> | undefined)[];
  headers: string[];
  separator: 'tab' | 'bar' | 'spaces';
}

type Cell = [number, number];

function splitCells(line: string): { cells: Cell[]; separator: TableColumns['separator'] } | null {
  let separator: TableColumns['separator'];
  let re: RegExp;
  // A tab or a bar is exactly one cell boundary: `1\t任务\t\t区甲局` has an empty third cell.
  if (line.includes('\t')) {
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
  return cells.length >= 3 ? { cells, separator } : null;
}

function readTableHeader(line: string): TableColumns | null {
  // A header names a number column (序号/编号): a cheap test before splitting every line.
  if (line.indexOf('序') < 0 && line.indexOf('编号') < 0) return null;
  const split = splitCells(line);
  if (!split) return null;
  const headers = split.cells.map(([a, b]) => line.slice(a, b));
  const roles = headers.map(roleOfHeaderCell);
  const hasField = roles.some((r) => r && r !== 'number' && r !== 'text');
  return roles.includes('text') && hasField ? { roles, headers, separator: split.separator } : null;
}

/** A short line with no clause punctuation: a group heading when a task follows. */
function isHeadingLike(text: string): boolean {
  return text.length > 0 && text.length <= 40 && !CLAUSE_END.test(text) && !/[。；;！？]/.test(text);
}

export function buildHierarchy(input: HierarchyInput): Hierarchy {
  const { lines, from, to, planYear, firstListedLeads } = input;
  const memo = input.memo ?? new LineMemo('', null);
  // The line-level recognisers, through the memo: each is a pure function of the line's text and
  // number (plus the context the memo is keyed by), so an unchanged line is not read again.
  const numberingAt = (line: string, i: number, indent: number): NumberedLine | null => {
    const f = memo.at(i, line);
    return f.numbering !== undefined ? f.numbering : (f.numbering = readNumbering(line, i, indent));
  };
  const numberingBeforeDigitAt = (line: string, i: number, indent: number, expected: number): NumberedLine | null => {
    const f = memo.at(i, line);
    if (f.beforeDigit?.expected === expected) return f.beforeDigit.value;
    const value = readNumberingBeforeDigit(line, i, indent, expected);
    f.beforeDigit = { expected, value };
    return value;
  };
  const labelAt = (line: string, i: number, at: number): boolean => {
    const f = memo.at(i, line);
    return f.label !== undefined ? f.label : (f.label = startsWithLabel(line, at));
  };
  const tailAt = (line: string, i: number, at: number) => {
    const f = memo.at(i, line);
    if (f.tail?.at === at) return f.tail.value;
    const value = readTail(line, i, at, firstListedLeads, planYear);
    f.tail = { at, value };
    return value;
  };
  const fieldListAt = (line: string, i: number, a: number, b: number, layout: 'paren-line' | 'own-line') => {
    const f = memo.at(i, line);
    const k = f.fieldList;
    if (k && k.from === a && k.to === b && k.layout === layout) return k.value;
    const value = readFieldList(line, i, a, b, layout, planYear);
    f.fieldList = { from: a, to: b, layout, value };
    return value;
  };
  const proseAt = (line: string, i: number, a: number, b: number) => {
    const f = memo.at(i, line);
    const k = f.prose;
    if (k && k.from === a && k.to === b) return k.value;
    const value = readRoleProse(line, i, a, b, firstListedLeads, planYear);
    f.prose = { from: a, to: b, value };
    return value;
  };
  const problems: ParseProblem[] = [];
  const roots: RawNode[] = [];
  const stack: RawNode[] = [];
  /** The item that fields and wrapped text attach to. */
  let current: RawNode | null = null;
  /** Whether the line before (ignoring blanks) belonged to `current`'s text. */
  let textOpen = false;
  let table: TableColumns | null = null;
  /** The last `1.`-style number read: the one after it may begin its text with a digit. */
  let lastArabic: number | null = null;

  /** Grows `node` (and, when it is open, every item enclosing it) to reach `line:end`. */
  const extend = (node: RawNode, line: number, end: number) => {
    const grow = (n: RawNode) => {
      if (line > n.endLine || (line === n.endLine && end > n.endChar)) {
        n.endLine = line;
        n.endChar = end;
      }
    };
    const k = stack.lastIndexOf(node);
    if (k < 0) grow(node);
    for (let j = k; j >= 0; j--) grow(stack[j]);
  };
  const open = (node: RawNode) => {
    while (stack.length && stack[stack.length - 1].rank >= node.rank) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(node);
    stack.push(node);
    extend(node, node.endLine, node.endChar);
    current = node;
  };
  const attach = (fields: Field[], read: ParseProblem[], line: number, end: number) => {
    problems.push(...read);
    if (!current) return;
    current.fields.push(...fields);
    extend(current, line, end);
  };
  /** Whether the next non-blank line is numbered at task rank or deeper (so line `i` heads a group). */
  const numberedTaskFollows = (i: number): boolean => {
    let j = i + 1;
    while (j < to && indentOf(lines[j]) >= trimEndIndex(lines[j])) j++;
    const next = j < to ? numberingAt(lines[j], j, contentStart(lines[j])) : null;
    return next !== null && STYLE_RANK[next.numbering.style] >= TASK_RANK;
  };

  for (let i = from; i < to; i++) {
    const raw = lines[i];
    const indent = contentStart(raw);
    if (raw.startsWith('<!--', indent)) continue; // suppression directives and comments
    // A trailing comment (`… <!-- fengong-disable-line rule -->`) is not part of the text or the
    // fields: every recogniser reads the line without it (a prefix, so ranges are unchanged).
    const comment = raw.indexOf('<!--', indent);
    const line = comment >= 0 ? raw.slice(0, comment) : raw;
    const end = trimEndIndex(line);
    if (indent >= end) continue;

    // Flattened tables: a header names the columns; rows numbered in the first cell are tasks.
    const header = readTableHeader(line);
    if (header) {
      table = header;
      continue;
    }
    if (table) {
      const split = splitCells(line);
      const row = split ? rowNumbering(line, i, split.cells[0]) : null;
      if (split && row) {
        open(rowNode(line, i, split.cells, table, row, planYear, problems));
        textOpen = false;
        continue;
      }
    }

    // A heading (or nothing) before this line: a new run may start at 1.
    const afterHeading = current === null || (current as RawNode).rank < TASK_RANK;
    const numbered: NumberedLine | null =
      numberingAt(line, i, indent) ??
      (lastArabic !== null ? numberingBeforeDigitAt(line, i, indent, lastArabic + 1) : null) ??
      (afterHeading ? numberingBeforeDigitAt(line, i, indent, 1) : null);
    if (numbered && numbered.numbering.style.startsWith('arabic-') && numbered.numbering.style !== 'arabic-paren' && numbered.numbering.style !== 'arabic-circled')
      lastArabic = numbered.numbering.value;
    if (numbered) {
      const rank = STYLE_RANK[numbered.numbering.style];
      const task = stack.length ? stack[stack.length - 1] : undefined;
      if (rank > TASK_RANK && task && task.rank === TASK_RANK) {
        // `(1)` under a task is a sub-item of it; its fields (if any follow) stay the task's.
        task.subItems.push({ numbering: numbered.numbering, text: spanOf(i, numbered.textStart, line.slice(numbered.textStart, end)) });
        extend(task, i, end);
        textOpen = false;
        continue;
      }
      const tail = tailAt(line, i, numbered.textStart);
      const node = newNode('numbered', rank, numbered.numbering, i, indent, numbered.textStart, tail ? tail.textEnd : end, end);
      if (tail) {
        node.fields.push(...tail.fields);
        problems.push(...tail.problems);
      }
      open(node);
      textOpen = !tail;
      continue;
    }

    const c0 = line.charCodeAt(indent);
    const dash = c0 === 0x2014 || c0 === 0x2d || c0 === 0xff0d ? /^(?:——|—|--|－－)\s*/.exec(line.slice(indent)) : null;
    if (dash) {
      const textStart = indent + dash[0].length;
      const tail = tailAt(line, i, textStart);
      const node = newNode('group', GROUP_RANK, null, i, indent, textStart, tail ? tail.textEnd : end, end);
      if (tail) {
        node.fields.push(...tail.fields);
        problems.push(...tail.problems);
      }
      open(node);
      textOpen = false;
      continue;
    }

    // A field line: `label:value…`, or the same in brackets on its own line.
    const paren = isOpenParen(line[indent]);
    if (labelAt(line, i, paren ? indent + 1 : indent)) {
      const close = paren ? matchingClose(line, indent, end) : -1;
      const [a, b] = paren ? [indent + 1, close > indent ? close : end] : [indent, end];
      const read = fieldListAt(line, i, a, b, paren ? 'paren-line' : 'own-line');
      attach(read.fields, read.problems, i, end);
      textOpen = false;
      continue;
    }
    if (paren && current) {
      const close = matchingClose(line, indent, end);
      if (close === end - 1 || (close === end - 2 && line[end - 1] === '。')) {
        const prose = proseAt(line, i, indent + 1, close);
        if (prose) {
          attach(prose.fields, prose.problems, i, end);
          textOpen = false;
          continue;
        }
      }
    }

    if ((stack.length > 0 || roots.length > 0) && isHeadingLike(line.slice(indent, end)) && numberedTaskFollows(i)) {
      open(newNode('group', GROUP_RANK, null, i, indent, indent, end, end));
      textOpen = false;
      continue;
    }
    const holder = current as RawNode | null;
    if (holder && textOpen && holder.fields.length === 0) {
      // A wrapped line of the item's text.
      holder.more.push([i, indent, end]);
      extend(holder, i, end);
      continue;
    }
    textOpen = false;
  }

  return finalise(roots, lines, problems);
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

/**
 * The 序号 cell of a table row: a bare number (`1`, `1.`), or a whole marker (`(一)`, `一、`)
 * when the table numbers targets or headings that way. A cell with text after the marker is a
 * heading written across the row, not a row number.
 */
function rowNumbering(line: string, lineNo: number, [ns, ne]: Cell): Numbering | null {
  const raw = line.slice(ns, ne);
  if (/^\d{1,4}[.、．]?$/.test(asciiDigits(raw))) {
    return {
      style: raw.endsWith('、') ? 'arabic-dun' : 'arabic-dot',
      value: parseInt(asciiDigits(raw), 10),
      marker: spanOf(lineNo, ns, raw),
      fullWidth: raw.endsWith('．'),
      delimiter: /[.、．]$/.test(raw) ? raw[raw.length - 1] : '',
      cell: true,
    };
  }
  const read = readNumbering(line, lineNo, ns);
  return read && read.numbering.marker.range.end.character === ne ? { ...read.numbering, cell: true } : null;
}

function rowNode(
  line: string,
  lineNo: number,
  cells: Cell[],
  table: TableColumns,
  numbering: Numbering,
  planYear: number | null,
  problems: ParseProblem[],
): RawNode {
  const [ns, ne] = cells[0];
  const textCol = table.roles.indexOf('text');
  const [ts, te] = cells[textCol] ?? [ne, ne];
  const rank = Math.max(STYLE_RANK[numbering.style], 0);
  const node = newNode('row', rank, numbering, lineNo, ns, ts, te, trimEndIndex(line));
  cells.forEach(([a, b], k) => {
    const role = table.roles[k];
    // An empty cell is an absent field (the rules report what is missing), not an empty value.
    if (!role || role === 'text' || role === 'number' || a >= b) return;
    const label = spanOf(lineNo, a, '');
    const header = { ...label, text: table.headers[k] };
    node.fields.push(makeField(line, lineNo, role, header, a, b, 'table', planYear, null, problems));
  });
  return node;
}

function textSpan(node: RawNode, lines: readonly string[]): Span {
  const first = lines[node.line].slice(node.textStart, node.textEnd);
  if (!node.more.length) return spanOf(node.line, node.textStart, first);
  const parts = [first, ...node.more.map(([l, s, e]) => lines[l].slice(s, e))];
  const [ll, , le] = node.more[node.more.length - 1];
  return { text: parts.join('\n'), range: mkRange(node.line, node.textStart, ll, le) };
}

function carriesTaskFields(node: RawNode): boolean {
  return node.fields.some((f) => f.role !== 'groupLead');
}

function finalise(roots: RawNode[], lines: readonly string[], problems: ParseProblem[]): Hierarchy {
  const tasks: Task[] = [];
  let usesDi = false;
  let fieldCarriers = 0;

  /** Ranks at which some leaf among these siblings carries task fields. */
  const taskRanks = (siblings: readonly RawNode[]): Set<number> => {
    const ranks = new Set<number>();
    for (const n of siblings) if (n.children.length === 0 && n.kind === 'numbered' && carriesTaskFields(n)) ranks.add(n.rank);
    return ranks;
  };

  const build = (node: RawNode, path: Section[], siblingTaskRanks: ReadonlySet<number>): Section | Task => {
    if (node.fields.length) fieldCarriers++;
    // A leaf `(一)`/`一、` is a task when it carries fields, or when its siblings of the same rank
    // do (a target that lost its 责任单位 is still a target, and should be reported as such).
    const isTask =
      node.children.length === 0 &&
      (node.kind === 'row' ||
        (node.kind === 'numbered' && (node.rank >= TASK_RANK || carriesTaskFields(node) || siblingTaskRanks.has(node.rank))));
    const range: Range = mkRange(node.line, node.start, node.endLine, node.endChar);
    const text = textSpan(node, lines);
    if (isTask) {
      const leaders: UnitRef[] = [];
      const leadUnits: UnitRef[] = [];
      const units: UnitRef[] = [];
      for (const f of node.fields) {
        if (f.role === 'leaders') leaders.push(...f.names);
        else if (f.role === 'leadUnits') leadUnits.push(...f.names);
        else if (f.role === 'units')
          for (const u of f.names) {
            // `责任单位：区发改局（牵头）、区财政局`: a unit marked 牵头 inside a list leads.
            if (u.aliases.length && u.aliases.some((a) => a.startsWith('牵头'))) leadUnits.push(u);
            else units.push(u);
          }
      }
      const task: Task = {
        type: 'task',
        numbering: node.numbering!,
        text,
        line: node.line,
        range,
        fields: node.fields,
        subItems: node.subItems,
        leaders,
        leadUnits,
        units,
        deadline: node.fields.find((f) => f.role === 'deadline' && f.deadline)?.deadline ?? null,
        path,
        index: tasks.length,
      };
      tasks.push(task);
      return task;
    }
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
      fields: node.fields,
      statedCount,
      children,
      path,
    };
    const inner = [...path, section];
    const ranks = taskRanks(node.children);
    for (const c of node.children) children.push(build(c, inner, ranks));
    return section;
  };

  usesDi = roots.some((r) => r.numbering?.style === 'cn-di');
  const rootRanks = taskRanks(roots);
  const children = roots.map((r) => build(r, [], rootRanks));
  return { children, tasks, problems, fieldCarriers };
}
