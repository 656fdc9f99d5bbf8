/**
 * The text of a Word `.docx` draft, as the CLI and the editor's "open Word document" read it: one line per paragraph, one line per table
 * row with its cells separated by tabs, and Word's automatic list numbers (`1.`, `（一）`, `①`) written
 * out, since a plan's numbering is often Word's and never in the text itself.
 *
 * A `.docx` is a zip archive; `word/document.xml` holds the body and `word/numbering.xml` the list
 * definitions. Node's zlib inflates the entries; the XML is read by a tokenizer over the few elements
 * that carry text, so no XML or zip package is needed. It takes bytes and returns text: reading the file
 is the caller's (the CLI's or the extension's), and the core reads strings.
 */
import { zipEntries } from './zip';

/** Why a file could not be read as a draft: said to the user as is. */
export class NotADraftError extends Error {}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e],
  );
}

/** The value of attribute `w:name` in a start tag, or null. */
function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\bw:${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : null;
}

// ---------------------------------------------------------------------------------------------
// Automatic numbering (word/numbering.xml)

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  readonly suffix: string;
}

interface Numbering {
  /**
   * numId → its levels (by ilvl), start overrides, and the counter it counts with: lists of one
   * abstract definition number on from each other, as in Word, unless one restarts (an override).
   */
  readonly lists: Map<string, { levels: Map<number, Level>; starts: Map<number, number>; counter: string }>;
  /** Paragraph styles that number their paragraphs (`标题 1` over a multilevel list), with what they are based on. */
  readonly styles: Map<string, { numId: string | null; ilvl: number | null; basedOn: string | null }>;
}

/** styles.xml: each paragraph style's own numbering and the style it is based on. */
function readStylesXml(xml: string): Numbering['styles'] {
  const out: Numbering['styles'] = new Map();
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(m[1], 'styleId');
    if (id === null || attr(m[1], 'type') !== 'paragraph') continue;
    const num = /<w:numId\b([^>]*)\/?>/.exec(m[2]);
    const lvl = /<w:ilvl\b([^>]*)\/?>/.exec(m[2]);
    const based = /<w:basedOn\b([^>]*)\/?>/.exec(m[2]);
    out.set(id, {
      numId: num ? attr(num[1], 'val') : null,
      ilvl: lvl ? Number(attr(lvl[1], 'val') ?? 0) : null,
      basedOn: based ? attr(based[1], 'val') : null,
    });
  }
  return out;
}

/** The list a paragraph of style `id` is numbered in, through the styles it is based on; null when none. */
function styleNumbering(styles: Numbering['styles'], id: string): { numId: string; ilvl: number } | null {
  let ilvl: number | null = null;
  for (let s = styles.get(id), depth = 0; s && depth < 20; s = s.basedOn ? styles.get(s.basedOn) : undefined, depth++) {
    ilvl ??= s.ilvl;
    if (s.numId !== null) return s.numId === '0' ? null : { numId: s.numId, ilvl: ilvl ?? 0 };
  }
  return null;
}

function readNumberingXml(xml: string): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  for (const m of xml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attr(m[1], 'abstractNumId');
    if (id === null) continue;
    const levels = new Map<number, Level>();
    for (const l of m[2].matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const ilvl = Number(attr(l[1], 'ilvl') ?? 0);
      const body = l[2];
      const val = (el: string) => {
        const t = new RegExp(`<w:${el}\\b([^>]*)/?>`).exec(body);
        return t ? attr(t[1], 'val') : null;
      };
      levels.set(ilvl, {
        start: Number(val('start') ?? 1),
        format: val('numFmt') ?? 'decimal',
        text: unescapeXml(val('lvlText') ?? ''),
        suffix: val('suff') ?? 'tab',
      });
    }
    abstract.set(id, levels);
  }
  const lists: Numbering['lists'] = new Map();
  for (const m of xml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const id = attr(m[1], 'numId');
    const a = /<w:abstractNumId\b([^>]*)\/?>/.exec(m[2]);
    const abstractId = a ? attr(a[1], 'val') ?? '' : '';
    const levels = abstract.get(abstractId);
    if (id === null || !levels) continue;
    const starts = new Map<number, number>();
    for (const o of m[2].matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const s = /<w:startOverride\b([^>]*)\/?>/.exec(o[2]);
      if (s) starts.set(Number(attr(o[1], 'ilvl') ?? 0), Number(attr(s[1], 'val') ?? 1));
    }
    lists.set(id, { levels, starts, counter: starts.size ? `num ${id}` : `abstract ${abstractId}` });
  }
  return { lists, styles: new Map() };
}

const CN_DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一 (up to 99; beyond, digits). */
function chineseCount(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  return String(n);
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

/** A counter's value in a Word number format (the common ones; others as digits). */
function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographTraditional':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCount(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'lowerLetter':
      return String.fromCharCode(0x61 + ((n - 1) % 26));
    case 'upperLetter':
      return String.fromCharCode(0x41 + ((n - 1) % 26));
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    default:
      return String(n);
  }
}

/** Counts list items as Word does: per list, a level's counter restarting under a new item above it. */
class ListCounter {
  private readonly counters = new Map<string, number[]>();
  constructor(private readonly numbering: Numbering) {}

  /** The number text for the next item of list `numId` at level `ilvl` (with its separator), or ''. */
  next(numId: string, ilvl: number): string {
    const list = this.numbering.lists.get(numId);
    const level = list?.levels.get(ilvl);
    if (!list || !level || level.format === 'bullet' || level.format === 'none') return '';
    let c = this.counters.get(list.counter);
    if (!c) this.counters.set(list.counter, (c = []));
    const startOf = (k: number) => list.starts.get(k) ?? list.levels.get(k)?.start ?? 1;
    c[ilvl] = c[ilvl] === undefined ? startOf(ilvl) : c[ilvl] + 1;
    c.length = ilvl + 1; // deeper levels start again under this item
    const text = level.text.replace(/%(\d)/g, (_, d: string) => {
      const k = Number(d) - 1;
      const l = list.levels.get(k);
      return formatNumber(c![k] ?? startOf(k), l?.format ?? 'decimal');
    });
    return text + (level.suffix === 'space' ? ' ' : level.suffix === 'nothing' ? '' : '\t');
  }
}

// ---------------------------------------------------------------------------------------------
// The body (word/document.xml)

/**
 * The text of a `.docx` file's body. Throws {@link NotADraftError} when the archive holds no Word
 * document.
 */
export function readDocx(bytes: Buffer): string {
  let entries: Map<string, () => Buffer>;
  try {
    entries = zipEntries(bytes);
  } catch {
    throw new NotADraftError('not a Word document (no zip directory)');
  }
  const body = entries.get('word/document.xml');
  if (!body) throw new NotADraftError('not a Word document (no word/document.xml)');
  const numbering = {
    ...readNumberingXml(entries.get('word/numbering.xml')?.().toString('utf8') ?? ''),
    styles: readStylesXml(entries.get('word/styles.xml')?.().toString('utf8') ?? ''),
  };
  return documentText(body().toString('utf8'), numbering);
}

/** Exported for tests: the lines of a document.xml body. */
export function documentText(xml: string, numbering: Numbering = { lists: new Map(), styles: new Map() }): string {
  const counter = new ListCounter(numbering);
  const lines: string[] = [];
  // Open tables: the cells of the current row, the paragraphs of the current cell, and how many
  // grid columns the current cell spans.
  /**
   * Open tables: the row's cells so far, the cell being read, its column span, whether it continues a
   * cell merged down from the row above (`<w:vMerge/>`), and the last row's cells.
   */
  const tables: { cells: string[]; cell: string[] | null; span: number; continued: boolean; above: string[] }[] = [];
  // Open paragraphs (a text box nests one inside another): their text and list numbering.
  // numId: undefined when the paragraph says nothing (its style may number it), null when it says none.
  const paras: { text: string[]; numId: string | null | undefined; ilvl: number | undefined; style: string | null }[] = [];
  const numberOf = (p: (typeof paras)[number]): string => {
    if (p.numId === null) return '';
    if (p.numId !== undefined) return counter.next(p.numId, p.ilvl ?? 0);
    const byStyle = p.style === null ? null : styleNumbering(numbering.styles, p.style);
    return byStyle ? counter.next(byStyle.numId, p.ilvl ?? byStyle.ilvl) : '';
  };
  let skip = 0; // inside deleted text or a field instruction
  let inText = false;
  const TOKEN =
    /<(\/?)w:(p|tbl|tr|tc|t|delText|instrText|tab|br|cr|numId|ilvl|pStyle|gridSpan|vMerge|noBreakHyphen)\b([^>]*?)(\/?)>|([^<]+)|<[^>]*>/g;
  const emit = (line: string) => {
    const table = tables[tables.length - 1];
    if (table?.cell) table.cell.push(line);
    else lines.push(line);
  };
  for (const m of xml.matchAll(TOKEN)) {
    const [, close, name, attrs, selfClosing, text] = m;
    const para = paras.length ? paras[paras.length - 1] : null;
    if (text !== undefined) {
      if (inText && !skip && para) para.text.push(unescapeXml(text));
      continue;
    }
    if (!name) continue;
    const open = !close;
    switch (name) {
      case 'p':
        if (selfClosing) emit('');
        else if (open) paras.push({ text: [], numId: undefined, ilvl: undefined, style: null });
        else if (para) {
          paras.pop();
          emit(numberOf(para) + para.text.join(''));
        }
        break;
      case 't':
        inText = open && !selfClosing;
        break;
      case 'delText':
      case 'instrText':
        if (selfClosing) break;
        skip = Math.max(0, skip + (open ? 1 : -1));
        break;
      case 'tab':
        // `<w:tab/>` in a run is a tab; `<w:tab w:val="left" w:pos="420"/>` in the paragraph's
        // properties is a tab stop, no text.
        if (para && !skip && open && !attrs.includes('w:pos')) para.text.push('\t');
        break;
      case 'br':
      case 'cr':
        // A line break inside a paragraph: Word shows a new line, the plan reads one. A page break does not.
        if (para && !skip && open && attr(attrs, 'type') !== 'page') para.text.push('\n');
        break;
      case 'noBreakHyphen':
        if (para && !skip && open) para.text.push('-');
        break;
      case 'numId':
        if (para && open) para.numId = attr(attrs, 'val') === '0' ? null : attr(attrs, 'val');
        break;
      case 'pStyle':
        if (para && open) para.style = attr(attrs, 'val');
        break;
      case 'ilvl':
        if (para && open) para.ilvl = Number(attr(attrs, 'val') ?? 0);
        break;
      case 'tbl':
        if (open && !selfClosing) tables.push({ cells: [], cell: null, span: 1, continued: false, above: [] });
        else if (close) tables.pop();
        break;
      case 'tr': {
        const table = tables[tables.length - 1];
        if (!table || selfClosing) break;
        if (open) table.cells = [];
        else {
          const row = table.cells.join('\t').replace(/\s+$/, '');
          table.above = table.cells;
          tables.pop();
          emit(row);
          tables.push(table);
        }
        break;
      }
      case 'tc': {
        const table = tables[tables.length - 1];
        if (!table || selfClosing) break;
        if (open) {
          table.cell = [];
          table.span = 1;
          table.continued = false;
        } else if (table.cell) {
          // A cell's paragraphs are one cell: names on lines of their own stay apart.
          let cell = table.cell
            .map((x) => x.replace(/[\t\n]+/g, ' ').trim())
            .filter(Boolean)
            .join(' ');
          // A cell merged down over several rows (one 牵头单位 or 责任领导 for a block of tasks) holds its
          // text in the first row only: each row below has it too. Not a row's number (a sub-row is no
          // new task), nor a long text (a task's words merged over its sub-rows are one task).
          const column = table.cells.length;
          const above = table.above[column] ?? '';
          if (table.continued && !cell && column > 0 && above.length <= 30) cell = above;
          table.cells.push(cell);
          // A cell merged across columns keeps the columns after it where the header has them.
          for (let k = 1; k < table.span; k++) table.cells.push('');
          table.cell = null;
        }
        break;
      }
      case 'gridSpan': {
        const table = tables[tables.length - 1];
        if (table && open) table.span = Math.max(1, Number(attr(attrs, 'val') ?? 1));
        break;
      }
      case 'vMerge': {
        // `<w:vMerge w:val="restart"/>` begins a merge; `<w:vMerge/>` (or `continue`) carries it on.
        const table = tables[tables.length - 1];
        const val = attr(attrs, 'val');
        if (table && open) table.continued = val === null || val === undefined || val === 'continue';
        break;
      }
    }
  }
  return lines.join('\n');
}
