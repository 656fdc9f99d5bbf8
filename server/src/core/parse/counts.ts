import type { Span, StatedCount } from '../model';
import { asciiDigits } from './text';

/**
 * A count a title or heading states about what it covers: `(共计121项)`, `（共135项）`, `共12项`.
 * Only the 共/共计/合计 form, or a heading's closing bracket (`数字产业化（3项）`), is a statement about
 * the section; `落实8方面25项任务` in a task's text is content and never read here.
 */
const STATED = /[（(]?\s*(?:共|共计|合计|总计)\s*([0-9０-９]{1,5})\s*(?:项|条)(?:任务|工作|重点工作)?\s*[)）]?/;

/** In the notice's own paragraphs: `将121项区政府重点工作进行分解`, `围绕121项区政府重点工作`. */
const NOTICE = /(?:将|围绕|共|共计|对|把|确定的?)\s*([0-9０-９]{1,5})\s*项[\u4e00-\u9fa5]{0,10}?(?:重点工作|工作任务|重点任务|目标任务|任务|工作)/g;

function make(span: Span, m: RegExpExecArray, scope: StatedCount['scope'], source: StatedCount['source']): StatedCount {
  const line = span.range.start.line;
  const at = span.range.start.character + m.index;
  const phrase = m[0].trim();
  const lead = m[0].indexOf(phrase);
  const numAt = at + m[0].indexOf(m[1]);
  return {
    value: parseInt(asciiDigits(m[1]), 10),
    span: { text: phrase, range: { start: { line, character: at + lead }, end: { line, character: at + lead + phrase.length } } },
    numberRange: { start: { line, character: numAt }, end: { line, character: numAt + m[1].length } },
    scope,
    source,
  };
}

/** A heading or a title that ends with its count in brackets: `第一部分 数字产业化（3项）`, `重点任务清单(12项任务)`. */
const BRACKETED_AT_END = /[（(]\s*([0-9０-９]{1,5})\s*(?:项|条)(?:任务|工作|重点工作|重点任务)?\s*[)）]\s*$/;

export function readStatedCount(span: Span, scope: StatedCount['scope'], source: StatedCount['source']): StatedCount | null {
  if (span.range.start.line !== span.range.end.line) {
    // Multi-line text: read its first line only (a heading's count sits on the heading line).
    const first = span.text.split('\n')[0];
    span = { text: first, range: { start: span.range.start, end: { line: span.range.start.line, character: span.range.start.character + first.length } } };
  }
  const m = STATED.exec(span.text) ?? BRACKETED_AT_END.exec(span.text);
  return m ? make(span, m, scope, source) : null;
}

/**
 * In the notice, the count in brackets after what it covers: `重点工作的落实(共101项,此外所列重点项目另行调度督查)`.
 * The bracket opens on it, and it closes the bracket or a clause: it says how many, of what the sentence names.
 */
const NOTICE_BRACKETED = /(?<=[（(]\s*)(?:共|共计|合计)\s*([0-9０-９]{1,5})\s*项(?=\s*[)）,，;；])/g;

export function readNoticeCounts(paragraph: Span): StatedCount[] {
  const out: StatedCount[] = [];
  NOTICE.lastIndex = 0;
  for (let m = NOTICE.exec(paragraph.text); m; m = NOTICE.exec(paragraph.text)) out.push(make(paragraph, m, 'plan', 'notice-body'));
  NOTICE_BRACKETED.lastIndex = 0;
  // No count is read twice: NOTICE wants words after 项, NOTICE_BRACKETED a stop right after it.
  for (let m = NOTICE_BRACKETED.exec(paragraph.text); m; m = NOTICE_BRACKETED.exec(paragraph.text)) out.push(make(paragraph, m, 'plan', 'notice-body'));
  return out;
}

/** `主要工作任务分解为7大方面、80项。`: the count a preamble gives as what the work is cut into, the items last. */
const SPLIT_INTO = /(?:分解为|分解成|细化为|细化成|梳理为|梳理出)[^。；;，,]{0,12}?[、和及]?\s*([0-9０-９]{1,5})\s*项(?=[。；;，,]|$)/;

/**
 * The count a plan's preamble states, between its title and its first heading:
 * `现将4项重点任务分解如下：`, `……分解如下（共4项）：`. The first one read; null when it states none.
 */
export function readPreambleCount(paragraphs: readonly Span[]): StatedCount | null {
  for (const p of paragraphs) {
    const m = STATED.exec(p.text);
    if (m) return make(p, m, 'plan', 'plan-preamble');
    NOTICE.lastIndex = 0;
    const n = NOTICE.exec(p.text) ?? SPLIT_INTO.exec(p.text);
    if (n) return make(p, n, 'plan', 'plan-preamble');
  }
  return null;
}
