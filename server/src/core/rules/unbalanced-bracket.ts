import type { Range } from '../model';
import { isBlank } from './text';
import { contentStart, indentOf, isPageNumber, trimEndIndex } from '../parse/text';
import { readNumbering } from '../parse/numbering';
import type { LineRule, RuleContext } from './types';
import { t } from './util';

/** Bracket pairs; the two widths of the round bracket are one family (mixing them is reported too). */
const PAIRS: readonly (readonly [open: string, close: string, family: number])[] = [
  ['（', '）', 0],
  ['(', ')', 0],
  ['〔', '〕', 1],
  ['《', '》', 2],
  ['〈', '〉', 3],
  ['“', '”', 4],
  // `[牵头单位:县财政局;责任单位:县税务局` (嘉鱼 2021): square brackets hold fields as round ones do.
  ['[', ']', 5],
  ['［', '］', 5],
];

/** Per code unit: 0 for no bracket, else 1 + the family, negated for a closing bracket. Lines are
 *  scanned a code unit at a time and most hold few brackets, so this is all a scan looks at. */
const BRACKET = new Int8Array(0x10000);
/** An opening bracket's closing partner, and the reverse. */
const PARTNER = new Map<number, string>();
for (const [open, close, family] of PAIRS) {
  BRACKET[open.charCodeAt(0)] = family + 1;
  BRACKET[close.charCodeAt(0)] = -(family + 1);
  PARTNER.set(open.charCodeAt(0), close);
  PARTNER.set(close.charCodeAt(0), open);
}

/** Digits and Chinese numerals a list marker may be written with. */
const NUMERAL = /[0-9０-９一二三四五六七八九十百〇零]/;

/**
 * Is the closing bracket at `text[i]` a list marker's (`1）推进…`, `（一）` written as `一）`)? That
 * is a number of up to four characters right after the line's indentation. Such a bracket closes
 * nothing and is not reported.
 */
function closesListMarker(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && i - j < 4 && NUMERAL.test(text[j - 1])) j--;
  if (j === i) return false;
  while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\t' || text[j - 1] === '\u3000')) j--;
  return j === 0;
}

function at(line: number, ch: number): Range {
  return { start: { line, character: ch }, end: { line, character: ch + 1 } };
}

/** The brackets opened and not yet closed in a paragraph: code unit, line and character of each. */
class Stack {
  size = 0;
  readonly codes: number[] = [];
  readonly lines: number[] = [];
  readonly chars: number[] = [];
  push(code: number, line: number, ch: number): void {
    this.codes[this.size] = code;
    this.lines[this.size] = line;
    this.chars[this.size] = ch;
    this.size++;
  }
}

function reportUnclosed(ctx: RuleContext, s: Stack, k: number): void {
  const ch = String.fromCharCode(s.codes[k]);
  const close = PARTNER.get(s.codes[k])!;
  ctx.report({
    range: at(s.lines[k], s.chars[k]),
    message: t(`“${ch}”没有对应的“${close}”`, `“${ch}” is never closed with “${close}”`),
  });
}

/** The first and last lines of the notice's title and of each plan's, where they span several. */
function titleSpans(ctx: RuleContext): [number, number][] {
  const out: [number, number][] = [];
  for (const spans of [ctx.doc.notice?.titleLines ?? [], ...ctx.doc.plans.map((p) => p.title)]) {
    if (spans.length > 1) out.push([spans[0].range.start.line, spans[spans.length - 1].range.start.line]);
  }
  return out;
}

/** A short line with no sentence in it and no list marker: a line of a title, as a copy wraps one. */
function titleLine(text: string): boolean {
  const s = text.trim();
  return s.length > 0 && s.length <= 40 && !/[。；;！？!?，,：:]/.test(s) && !/^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、．])/.test(s);
}

/**
 * `…做大“零整比”。 (牵` / blank / `头单位:区商务局;…`: pdftotext's layout mode puts a blank line after every line, so a
 * blank line there ends no paragraph. Such a blank is between two lines of one sentence: the first ends with no
 * clause's end, and the second opens no item or heading.
 */
function wrapGoesOn(before: string, text: string): boolean {
  const end = trimEndIndex(before);
  // (A bracket is open: a `;` or `:` closing the line is inside it, between its fields.)
  if (end === 0 || /[。！!？?]/.test(before[end - 1])) return false;
  const at = contentStart(text);
  const c = text.charCodeAt(at);
  return !(c === 0x2014 || readNumbering(text, 0, at));
}

const rule: LineRule = {
  id: 'unbalanced-bracket',
  scope: 'lines',
  defaultSeverity: 'warning',
  description: {
    zh: '一段（连续的非空行）中的括号或引号不配对：（）〔〕《》“”〈〉[]。“(”与“）”这类全角半角混配也会报告，并可一键统一。行首编号“1）”“一）”的右括号不是括号，不报告。网页复制件把标题分成几行、行间留空行的，这几行视为一段。',
    en: 'Brackets or quotes that do not pair up within a paragraph (consecutive non-blank lines): （）〔〕《》“”〈〉[]. A full-width bracket closed by an ASCII one (or the reverse) is reported too, with a fix. The bracket of a list marker at the start of a line (`1）`, `一）`) closes nothing and is not reported. A title a web copy wrapped over several short lines with blank lines between is one paragraph.',
  },
  defaultOptions: {},
  checkLines(ctx, from, quiet) {
    const lines = ctx.doc.source.lines;
    // A paragraph (consecutive non-blank lines) is the unit: a hard-wrapped Markdown draft may
    // open a bracket on one line and close it on the next. Between lines with nothing open,
    // the rest does not depend on what came before.
    const stack = new Stack();
    const flush = () => {
      for (let k = 0; k < stack.size; k++) reportUnclosed(ctx, stack, k);
      stack.size = 0;
    };
    const titles = titleSpans(ctx);
    // A title wrapped with blank lines between (a web copy's `关于印发《…` / `…方案》的通知`) is one paragraph,
    // whether or not it was read as the title (a copy whose notice or plan is not read: `…《关于稳住经济大盘` /
    // `实现经济运行整体好转的若干政策` / `措施》实施方案`). After a title line with a bracket open, the blank lines
    // wait for the next line: a title line goes on with the paragraph, anything else closes it first. (Decided on
    // reading that line, never by looking ahead: a re-check from an earlier quiet line gives the same answer.)
    let lastTitleLine = false;
    let blanks = 0;
    // A blank line that ends the paragraph, unless the line after it turns the page (decided on reading that line).
    let broken = false;
    // A page's number was passed with a bracket open: the blank lines around it end nothing either.
    let page = false;
    let lastLine = from;
    for (let line = from; line < lines.length; line++) {
      if (stack.size === 0 && quiet(line)) return line;
      const text = lines[line];
      if (isBlank(text)) {
        blanks++;
        if (stack.size > 0 && !titles.some(([a, b]) => line > a && line < b) && (!lastTitleLine || blanks > 2)) broken = true;
        continue;
      }
      // A PDF copy's page break inside a paragraph (`…〈奓山街` / `— 3 —` / `\f道〉)`): the page's number and the
      // blank lines around it are no part of the paragraph, and do not end it.
      if (stack.size > 0 && isPageNumber(text, indentOf(text), trimEndIndex(text))) {
        page = true;
        continue;
      }
      const turned = page || text.charCodeAt(0) === 0x0c;
      if (blanks > 0 && stack.size > 0 && !turned && !(blanks === 1 && wrapGoesOn(lines[lastLine], text)) && (broken || (!titles.some(([a, b]) => line > a && line <= b) && !titleLine(text)))) flush();
      broken = false;
      page = false;
      blanks = 0;
      lastLine = line;
      lastTitleLine = titleLine(text);
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const b = BRACKET[code];
        if (b === 0) continue;
        if (b > 0) {
          stack.push(code, line, i);
          continue;
        }
        // Find the innermost open bracket of the same family.
        let k = stack.size - 1;
        while (k >= 0 && BRACKET[stack.codes[k]] !== -b) k--;
        const c = text[i];
        if (k < 0) {
          if (closesListMarker(text, i)) continue;
          ctx.report({
            range: at(line, i),
            message: t(`“${c}”没有对应的“${PARTNER.get(code)}”`, `“${c}” has no matching “${PARTNER.get(code)}”`),
          });
          continue;
        }
        // Anything opened after it and not closed is unclosed.
        for (let u = k + 1; u < stack.size; u++) reportUnclosed(ctx, stack, u);
        const open = String.fromCharCode(stack.codes[k]);
        const want = PARTNER.get(stack.codes[k])!;
        const openLine = stack.lines[k];
        const openChar = stack.chars[k];
        stack.size = k;
        if (want !== c) {
          ctx.report({
            range: at(line, i),
            message: t(`括号全角半角不一致：“${open}”应以“${want}”闭合，此处为“${c}”`, `mixed bracket widths: “${open}” should close with “${want}”, not “${c}”`),
            fixes: [{ title: t(`改为“${want}”`, `change to “${want}”`), edits: [{ range: at(line, i), newText: want }], preferred: true }],
            related: [{ range: at(openLine, openChar), message: t('对应的开括号', 'the opening bracket') }],
          });
        }
      }
    }
    flush();
    quiet(lines.length);
    return lines.length;
  },
};
export default rule;
