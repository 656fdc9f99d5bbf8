import type { Metadata, Notice, Span } from '../model';
import { lineRange, range as mkRange, spanOf } from '../model';
import { contentStart, indentOf, isCloseParen, isOpenParen, trimEndIndex, trimRange } from './text';
import { readDate } from './deadline';
import { readNumbering } from './numbering';
import { startsWithLabel } from './fields';
import { readNoticeCounts } from './counts';

/**
 * The outer regions of a draft, found in order: a metadata block (web copies carry one), the
 * notice (title, 主送, body, 落款 and date), the plan's title, and appendices. The plan's body is
 * what lies between its title (or the notice's end) and the first appendix.
 */

const META_KEYS = [
  '索引号', '发文单位', '信息名称', '发文序号', '发文字号', '文号', '成文日期', '发文日期', '发布日期', '发布机构',
  '主题分类', '公开类型', '信息有效性', '有效性', '信息分类', '分类', '文章来源', '来源', '主题词', '公文种类', '生成日期',
  '发布时间', '发文机关', '组配分类',
];
// Keys may be spread out for alignment in web tables: `索 引 号`, `文    号`. `名称` is a key only
// with its colon (`名称: 某县人民政府关于…的通知 文号: 某政〔2023〕1号`): a value may hold the word.
const META_KEY = new RegExp(
  `(${META_KEYS.map((k) => [...k].join('\\s*')).join('|')}|名\\s*称(?=\\s*[:：]))\\s*[:：]?\\s*`,
  'g',
);
// `某政 [2020] 20号`: a copy may put blanks round the year's brackets.
const DOC_NUMBER = /[\u4e00-\u9fa5]{2,14}\s*[〔\[【(（［]\s*\d{4}\s*[〕\]】)）］]\s*[0-9０-９]+\s*号/;
const DATE_LINE = /^(\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日$/;
const SIGNATURE = /(办公室|人民政府|政府|委员会|办|局|委|厅)$/;
/**
 * The words a plan's title ends with: 方案, 清单, 分解, 工作要点 …, the compound forms of 计划,
 * 措施, 意见, 细则 (`工作计划`, `若干措施`, `实施意见`, `若干意见`, `实施细则`), and the year's list of
 * 民生实事 (`2024年10件惠民实事`). Never a bare `措施` or `计划`: an unnumbered heading `保障措施`
 * inside a plan is no title.
 */
const PLAN_WORDS =
  /(方案|清单|台账|任务表|分解表|分工表|责任表|任务分解|责任分解|责任分工|分工|工作要点|分工的意见|分工意见|(?:工作|行动|推进|实施|攻坚|专项)计划|(?:若干|具体|政策|配套|支持|实施|工作|落实)措施|(?:实施|落实|分工|若干)意见|实施细则|(?:民生|惠民|为民)实事(?:项目)?)$|(方案|清单|台账|任务分解|责任分解|责任分工|工作要点|(?:工作|行动|推进|实施|攻坚|专项)计划|(?:若干|具体|政策|配套|支持|实施|工作|落实)措施)[（(]/;
/** A bracket closing a title: its year, span or count (`（2024年）`, `（2022—2024年）`, `(共3项)`). */
const TITLE_BRACKET = /\s*[（(][^（()）]{1,20}[)）]$/;

/**
 * Whether a line ends as a plan's title does: in book-title marks (`《…实施细则》`) or not, and
 * perhaps followed by a bracket (`…任务分解表(共3项)`, `…任务分工（2024年）`).
 */
function endsAsPlanTitle(text: string): boolean {
  const bare = text.charCodeAt(0) === 0x300a && text.charCodeAt(text.length - 1) === 0x300b ? text.slice(1, -1) : text;
  return PLAN_WORDS.test(bare) || (TITLE_BRACKET.test(bare) && PLAN_WORDS.test(bare.replace(TITLE_BRACKET, '')));
}

/** A date standing alone (`2022年10月18日`, `二〇二三年三月`): the notice's date, never a title's first line. */
const DATE_ALONE = /^([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月(\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日)?$/;
/** A title that names a task plan outright: enough to call the document a plan before any field is written. */
export const STRONG_PLAN_TITLE = /(分工|分解|责任|任务|重点工作).{0,10}(方案|清单|台账|表)|(20\d{2}\s*年|报告|》).*(任务分解|责任分工|分工)$/;

function contentOf(lines: readonly string[], i: number): { start: number; end: number; text: string } {
  const line = lines[i];
  const start = contentStart(line);
  const end = trimEndIndex(line);
  return { start, end, text: line.slice(start, Math.max(start, end)) };
}

function isMetaLine(text: string): boolean {
  META_KEY.lastIndex = 0;
  const m = META_KEY.exec(text);
  return !!m && m.index === 0;
}

export function readMetadata(lines: readonly string[], limit: number): Metadata {
  const entries: { key: Span; value: Span }[] = [];
  let first = -1;
  let last = -1;
  for (let i = 0; i < limit; i++) {
    const { start, text } = contentOf(lines, i);
    if (!isMetaLine(text)) continue;
    if (first < 0) first = i;
    last = i;
    META_KEY.lastIndex = 0;
    const hits: RegExpExecArray[] = [];
    for (let m = META_KEY.exec(text); m; m = META_KEY.exec(text)) hits.push(m);
    hits.forEach((m, k) => {
      // A web page's table copied as text parts its cells with bars: `文 号 | 江政办〔2022〕1号 | 发文日期 |`.
      let vEnd = k + 1 < hits.length ? hits[k + 1].index : text.length;
      let vs = m.index + m[0].length;
      while (vs < vEnd && /[\s|｜]/.test(text[vs])) vs++;
      while (vEnd > vs && /[\s|｜]/.test(text[vEnd - 1])) vEnd--;
      entries.push({
        key: spanOf(i, start + m.index, m[1]),
        value: spanOf(i, start + vs, text.slice(vs, vEnd)),
      });
    });
  }
  const find = (...keys: string[]) =>
    entries.find((e) => keys.includes(e.key.text.replace(/\s/g, '')));
  const dateOf = (e: { value: Span } | undefined) => {
    const d = e ? readDate(e.value.text) : null;
    return e && d ? { span: e.value, date: d } : null;
  };
  const numberEntry = find('发文序号', '文号', '发文字号');
  return {
    docNumber: numberEntry ? docNumberIn(numberEntry.value) : null,
    issueDate: dateOf(find('成文日期', '发文日期')),
    publishDate: dateOf(find('发布日期')),
    issuer: find('发文单位', '发布机构')?.value ?? null,
    entries,
    range: first >= 0 ? mkRange(first, 0, last, lines[last].length) : null,
  };
}

/** The 文号 in a metadata value: the number itself (`洪政办〔2025〕1号` of `洪政办〔2025〕1号 信息…`); null for `无`. */
function docNumberIn(value: Span): Span | null {
  const m = DOC_NUMBER.exec(value.text);
  if (m) return spanOf(value.range.start.line, value.range.start.character + m.index, m[0]);
  return value.text && !/^(无|—+|-+)$/.test(value.text) ? value : null;
}

/**
 * The notice's own 文号, written on a line of its own in the header lines when the metadata block has
 * none. A number inside a sentence or in brackets is another document's, cited
 * (`根据《…的通知》（十政办发〔2024〕3号）要求`), and a table row's cell (`皖政〔2022〕9号文件`) is a source.
 */
export function findDocNumber(lines: readonly string[], from: number, to: number): Span | null {
  for (let i = from; i < to; i++) {
    const m = DOC_NUMBER.exec(lines[i]);
    if (!m) continue;
    const { text } = contentOf(lines, i);
    const before = lines[i][m.index - 1] ?? '';
    if (text.length > 40 || /[。，,；;\t]/.test(text) || isOpenParen(before) || before === '》' || lines[i].includes('《')) continue;
    return spanOf(i, m.index, m[0]);
  }
  return null;
}

export interface NoticeRead {
  readonly notice: Notice;
  /** The first line after the notice (after its date). */
  readonly end: number;
}

function nextNonBlank(lines: readonly string[], i: number, to: number): number {
  let j = i;
  while (j < to && indentOf(lines[j]) >= trimEndIndex(lines[j])) j++;
  return j;
}

export function readNotice(lines: readonly string[], from: number, to: number): NoticeRead | null {
  let t = -1;
  for (let i = from; i < Math.min(to, from + 60); i++) {
    const { text } = contentOf(lines, i);
    if (!text || isMetaLine(text)) continue;
    if (/通\s*知》?$/.test(text) && text.length <= 120 && !/[。；]/.test(text) && (text.charCodeAt(text.length - 1) !== 0x300b || text.charCodeAt(0) === 0x300a)) {
      t = i;
      break;
    }
  }
  if (t < 0) return null;
  const tc = contentOf(lines, t);
  // A web page's metadata row `标     题 区人民政府办公室关于…的通知`: the title is what follows the label.
  const labelled = /^标\s*题\s*[:：]?\s*/.exec(tc.text);
  if (labelled && labelled[0].length < tc.text.length) {
    tc.start += labelled[0].length;
    tc.text = tc.text.slice(labelled[0].length);
  }
  const titleLines = noticeTitleLines(lines, t, from).map((k) => {
    const c = k === t ? tc : contentOf(lines, k);
    return spanOf(k, c.start, c.text);
  });
  const title = titleLines[0];
  let addressee: Span | null = null;
  let signature: Span | null = null;
  let signatureDate: Span | null = null;
  const paragraphs: Span[] = [];
  let end = t + 1;
  for (let i = t + 1; i < to; i++) {
    const { start, text } = contentOf(lines, i);
    if (!text) continue;
    if (text === tc.text || isMetaLine(text)) continue;
    if (!addressee && paragraphs.every((p) => p.text.length <= 40) && /[:：]$/.test(text) && text.length <= 120 && !startsWithLabel(text, 0)) {
      addressee = spanOf(i, start, text);
      continue;
    }
    // The issuer's name right under the title, before any addressee or body, is the masthead
    // (`某区人民政府办公室` repeated by a web page), not the 落款.
    if (!addressee && !paragraphs.length && text.length <= 30 && SIGNATURE.test(text) && !/[，,。；;：:、]/.test(text)) continue;
    if (text.length <= 30 && SIGNATURE.test(text) && !/[，,。；;：:、]/.test(text) && !readNumbering(text, i, 0)) {
      signature = spanOf(i, start, text);
      end = i + 1;
      const d = nextNonBlank(lines, i + 1, to);
      if (d < to && DATE_LINE.test(contentOf(lines, d).text)) {
        const dc = contentOf(lines, d);
        signatureDate = spanOf(d, dc.start, dc.text);
        end = d + 1;
      }
      break;
    }
    if (DATE_LINE.test(text) && paragraphs.length) {
      signatureDate = spanOf(i, start, text);
      end = i + 1;
      break;
    }
    // The plan's title without a 落款 before it ends the notice too.
    if (isPlanTitleStart(lines, i, to)) {
      end = i;
      break;
    }
    paragraphs.push(spanOf(i, start, text));
    end = i + 1;
  }
  const last = Math.max(t, end - 1);
  return {
    notice: {
      title,
      titleLines,
      titleText: titleLines.map((l) => l.text).join(''),
      addressee,
      paragraphs,
      signature,
      signatureDate,
      statedCounts: paragraphs.flatMap(readNoticeCounts),
      range: mkRange(title.range.start.line, title.range.start.character, last, trimEndIndex(lines[last])),
    },
    end,
  };
}

/** Can this line be the first or a middle line of a notice's wrapped title? */
function continuesNoticeTitle(text: string): boolean {
  return (
    text.length > 0 &&
    text.length <= 40 &&
    !/[。；;：:，,！？!?]/.test(text) &&
    !isMetaLine(text) &&
    !DOC_NUMBER.test(text) &&
    !DATE_ALONE.test(text) &&
    !readNumbering(text, 0, 0)
  );
}

/**
 * The lines of the notice title whose last line is `t`. A title too long for one line is wrapped
 * (`区人民政府办公室关于印发2020年区政府` / `工作报告确定的主要目标任务责任分解` / `方案的通知`), web copies
 * with blank lines between. A notice title says what it is about (关于): the short lines before `t`
 * are taken, up to three, from the first that holds 关于 (or the issuer's name just before it, on a
 * line of its own), and only when one does.
 */
function noticeTitleLines(lines: readonly string[], t: number, from: number): number[] {
  if (contentOf(lines, t).text.includes('关于')) return [t];
  const before: number[] = [];
  let k = t;
  while (before.length < 3) {
    let j = k - 1;
    while (j >= from && j >= k - 3 && !contentOf(lines, j).text) j--;
    if (j < from || j < k - 3 || !continuesNoticeTitle(contentOf(lines, j).text)) break;
    before.unshift(j);
    k = j;
  }
  let first = before.findIndex((j) => contentOf(lines, j).text.includes('关于'));
  if (first < 0) return [t];
  if (first > 0 && SIGNATURE.test(contentOf(lines, before[first - 1]).text)) first--;
  return [...before.slice(first), t];
}

const ATTACHMENT_LABEL = /^(附件|附表)\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?$/;

/**
 * `附件：1.2024年重点工作分解表` / `2.2024年民生实事项目分解表`: the notice's list of what it attaches,
 * one title per number. A line of it is never the plan's title, though each names one; a number
 * right before a year (`2.2024年`) is not a marker to `readNumbering` (`1.5亿元` is a decimal), so
 * it is asked for here: no title begins with one.
 */
const ATTACHMENT_LIST_ITEM = /^(?:(?:附件|附表)\s*[:：]\s*)?[0-9０-９]{1,2}\s*[.．﹒、]\s*[0-9０-９]/;
const ATTACHMENT_LIST_START = /^(附件|附表)\s*[:：]\s*[0-9０-９]{1,2}\s*[.．﹒、]/;

function titleLike(text: string): boolean {
  return text.length > 0 && text.length <= 80 && !/[。；;！？!?]/.test(text) && !/[，,：:]$/.test(text) && !/(通知|报告)$/.test(text);
}

/** Is the plan's title (one line, or two with the second ending the title) at line i? Returns its line count. */
export function planTitleAt(lines: readonly string[], i: number, to: number): number {
  const a = contentOf(lines, i).text;
  if (!titleLike(a) || readNumbering(a, i, 0) || isMetaLine(a) || startsWithLabel(a, 0) || DATE_ALONE.test(a)) return 0;
  // A line wholly in brackets (`（此件公开发布）`, `（联系人：…）`) closes the notice; it never begins a title.
  if (isWholeBracketed(a)) return 0;
  // `附件1` on its own line labels the attachment; the title is the line after it, not both.
  if (ATTACHMENT_LABEL.test(a) || ATTACHMENT_LIST_START.test(a) || ATTACHMENT_LIST_ITEM.test(a)) return 0;
  if (endsAsPlanTitle(a) && !/^(附件|附表)/.test(a)) return 1;
  // The second line may follow a blank one or two: a web copy puts blank lines between all lines.
  const j = nextNonBlank(lines, i + 1, Math.min(to, i + 4));
  if (j < to && j <= i + 3) {
    const b = contentOf(lines, j).text;
    if (b && titleLike(b) && b.length <= 30 && endsAsPlanTitle(b) && !readNumbering(b, j, 0) && !ATTACHMENT_LIST_ITEM.test(b)) return j - i + 1;
  }
  return 0;
}

function isWholeBracketed(text: string): boolean {
  return isOpenParen(text[0]) && isCloseParen(text[text.length - 1]);
}

function isPlanTitleStart(lines: readonly string[], i: number, to: number): boolean {
  const n = planTitleAt(lines, i, to);
  if (!n) return false;
  // A title is followed by the plan's structure within a few lines: at once, or after a preamble of
  // up to three paragraphs (`为确保……，现将重点任务分解如下：`). A title-like line ends the search: it
  // is another title or a heading, not a preamble.
  let k = nextNonBlank(lines, i + n, to);
  for (let paragraphs = 0; k < to; paragraphs++) {
    const next = contentOf(lines, k).text;
    // A plan that is itself the document (`国务院关于落实《政府工作报告》重点工作部门分工的意见`) has its
    // 文号 and 主送 line between the title and the preamble.
    const docNumber = DOC_NUMBER.exec(next);
    if (paragraphs === 0 && ((docNumber && docNumber[0].length === next.length) || (/[:：]$/.test(next) && next.length <= 80 && !startsWithLabel(next, 0)))) {
      paragraphs--;
      k = nextNonBlank(lines, k + 1, to);
      continue;
    }
    // `附件1` (a table's copy may add its bar: `附件1 |`) labels what follows, and a web page's
    // `发布日期:2024-02-07` or `来源:…` under the title says when it was posted: the structure is after them.
    if (ATTACHMENT_LABEL.test(next.replace(/[\s|｜]+$/, '')) || isMetaLine(next)) {
      k = nextNonBlank(lines, k + 1, to);
      paragraphs--;
      continue;
    }
    if (readNumbering(next, k, 0) || /[（(]?(共|说明)/.test(next) || /^——/.test(next) || /序号/.test(next)) return true;
    // A short heading with numbered items under it (`1 扩大有效投资` / `1.1 推进…`) is structure too.
    if (titleLike(next)) {
      const after = nextNonBlank(lines, k + 1, to);
      return after < to && !!readNumbering(contentOf(lines, after).text, after, 0);
    }
    if (paragraphs === 3) return false;
    k = nextNonBlank(lines, k + 1, to);
  }
  return false;
}

export interface PlanTitleRead {
  readonly title: Span[];
  readonly bodyStart: number;
}

/** The plan's title: the first line in [from, before) that starts one (the plan's structure may run on to `to`). */
export function findPlanTitle(lines: readonly string[], from: number, to: number, before = to): PlanTitleRead | null {
  for (let i = from; i < before; i++) {
    if (!isPlanTitleStart(lines, i, to)) continue;
    let n = planTitleAt(lines, i, to);
    // A stated total may stand on its own line under the title: `（共6项）`.
    const next = nextNonBlank(lines, i + n, to);
    if (next < to && /^[（(]\s*共\s*计?\s*[0-9０-９]+\s*项\s*[)）]$/.test(contentOf(lines, next).text)) n = next - i + 1;
    const title: Span[] = [];
    for (let k = i; k < i + n; k++) {
      if (indentOf(lines[k]) >= trimEndIndex(lines[k])) continue;
      const c = contentOf(lines, k);
      title.push(spanOf(k, c.start, c.text));
    }
    return { title, bodyStart: i + n };
  }
  return null;
}

/** What a web or WeChat page puts after the text (`▼往期推荐▼`, `扫一扫关注我们`, `阅读原文`): the plan ends there. */
const PAGE_TRAILER = /^[▼▲■●◆★☆\s]*(往期推荐|往期回顾|往期精彩|推荐阅读|相关阅读|延伸阅读|相关链接|扫一扫|长按识别|长按二维码|阅读原文)/;

/** Whether a line begins a page's trailer. */
export function isPageTrailer(line: string): boolean {
  const c = contentStart(line);
  // Trailers are short lines, and begin with one of a few characters: a cheap test first.
  if (trimEndIndex(line) - c > 30) return false;
  const code = line.charCodeAt(c);
  if (code !== 0x5f80 && code !== 0x63a8 && code !== 0x76f8 && code !== 0x5ef6 && code !== 0x626b && code !== 0x957f && code !== 0x9605 && !(code >= 0x25a0 && code <= 0x2606)) return false;
  return PAGE_TRAILER.test(line.slice(c));
}

/** The first line of a page's trailer at or after `from`, or `to`. */
export function findPageTrailer(lines: readonly string[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (isPageTrailer(lines[i])) return i;
  return to;
}

const APPENDIX = /^(附件|附表)\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?\s*(.{0,40})$/;

/**
 * The appendix markers at or after `from`: the first ends the plan's body. A marker before any of
 * the plan's content is not one: `附件：2024年目标任务分解表` above the notice's 落款 names what the
 * notice attaches, and `附件` (or `附件1 |`) over an untitled table labels the plan that follows.
 */
export function findAppendices(lines: readonly string[], from: number, to: number): { title: Span; range: ReturnType<typeof mkRange> }[] {
  const starts: number[] = [];
  const content = new PlanContentScan(lines, from);
  for (let i = from; i < to; i++) {
    // An appendix heading begins with 附 (after indentation or Markdown markup): a cheap test first.
    const line = lines[i];
    if (line.charCodeAt(contentStart(line)) !== 0x9644) continue;
    const { text } = contentOf(lines, i);
    const m = APPENDIX.exec(text);
    if (m && !/[。；;]/.test(text) && content.before(i)) starts.push(i);
  }
  return starts.map((s, k) => {
    const e = k + 1 < starts.length ? starts[k + 1] - 1 : to - 1;
    const c = contentOf(lines, s);
    return { title: spanOf(s, c.start, c.text), range: mkRange(s, c.start, e, lines[e].length) };
  });
}

/**
 * Where the plan's body begins after a notice's note of what it attaches and the 落款 below it,
 * when they come before any of the plan's content (`附件：1.…分解表` / `2.…分解表` / `某区人民政府办公室`
 * / `2019年2月15日`, then the untitled table): the line after the 落款's date. Else `from`.
 */
export function afterAttachmentNote(lines: readonly string[], from: number, to: number): number {
  const content = new PlanContentScan(lines, from);
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line.charCodeAt(contentStart(line)) !== 0x9644) continue;
    const { text } = contentOf(lines, i);
    if (!APPENDIX.test(text) && !ATTACHMENT_LIST_START.test(text)) continue;
    if (content.before(i)) return from;
    const signature = findSignature(lines, i, Math.min(to, i + 12));
    return signature ? signature.date.range.start.line + 1 : from;
  }
  return from;
}

/**
 * Whether a plan's content (a numbered line, a table's row) comes before a line, read once from
 * `from` on. The notice's numbered list of attachments (`附件：1.…表` / `2.…表`) is not content.
 */
class PlanContentScan {
  private next: number;
  private found = false;
  private inList = false;

  constructor(
    private readonly lines: readonly string[],
    from: number,
  ) {
    this.next = from;
  }

  before(line: number): boolean {
    for (; this.next < line && !this.found; this.next++) {
      const { text } = contentOf(this.lines, this.next);
      if (!text) continue;
      if (ATTACHMENT_LIST_START.test(text)) {
        this.inList = true;
        continue;
      }
      const numbered = readNumbering(text, this.next, 0) !== null || ATTACHMENT_LIST_ITEM.test(text);
      if (this.inList && numbered) continue;
      this.inList = false;
      this.found = numbered || /^[0-9０-９]{1,4}\s*[|\t｜]/.test(text) || /^[|｜]?\s*序\s*号/.test(text);
    }
    return this.found;
  }
}

/**
 * A 落款 (an issuer line, then a date line) among lines [from, to): the date of a notice whose title
 * a web page shows outside the text, so that the copy opens with the addressee.
 */
export function findSignature(lines: readonly string[], from: number, to: number): { issuer: Span; date: Span } | null {
  for (let d = from + 1; d < to; d++) {
    const dc = contentOf(lines, d);
    if (!DATE_LINE.test(dc.text)) continue;
    let s = d - 1;
    while (s > from && contentOf(lines, s).text === '') s--;
    const sc = contentOf(lines, s);
    if (sc.text.length <= 30 && SIGNATURE.test(sc.text) && !/[，,。；;：:、]/.test(sc.text)) return { issuer: spanOf(s, sc.start, sc.text), date: spanOf(d, dc.start, dc.text) };
  }
  return null;
}

/**
 * The 落款 that closes a notice whose plan is written inside it: an issuer line (`区人民政府办公室`)
 * then a date line, as the last non-blank lines, both after `after` (the last line of the last task).
 */
export function readClosingSignature(lines: readonly string[], after: number): { issuer: Span; date: Span } | null {
  let d = lines.length - 1;
  while (d > after && contentOf(lines, d).text === '') d--;
  if (d <= after) return null;
  const dc = contentOf(lines, d);
  if (!DATE_LINE.test(dc.text)) return null;
  let s = d - 1;
  while (s > after && contentOf(lines, s).text === '') s--;
  if (s <= after) return null;
  const sc = contentOf(lines, s);
  if (sc.text.length > 30 || !SIGNATURE.test(sc.text) || /[，,。；;：:、]/.test(sc.text)) return null;
  return { issuer: spanOf(s, sc.start, sc.text), date: spanOf(d, dc.start, dc.text) };
}

export { lineRange };

/**
 * The paragraphs between a plan's title and its first heading (`为确保……，现将4项重点任务分解如下：`),
 * trimmed; at most the first 10, since a preamble is short and what follows it is the plan.
 */
export function preambleOf(lines: readonly string[], from: number, to: number): Span[] {
  const out: Span[] = [];
  for (let i = from; i < to && out.length < 10; i++) {
    const [s, e] = trimRange(lines[i], 0, lines[i].length);
    if (s < e) out.push(spanOf(i, s, lines[i].slice(s, e)));
  }
  return out;
}
