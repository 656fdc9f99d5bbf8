/**
 * The plan's title (`2024年重点工作任务分解方案`, over one line or two, perhaps closed by a bracket), found
 * where the plan's structure follows it, and the preamble between it and the first heading.
 */
import type { Span } from '../model';
import { spanOf } from '../model';
import { contentOf, indentOf, isCloseParen, isOpenParen, nextNonBlank, trimEndIndex, trimRange } from './text';
import { readNumbering } from './numbering';
import { startsWithLabel } from './fields';
import { DOC_NUMBER, isMetaLine, valueUnderEmptyKey } from './metadata';
import { ATTACHMENT_LABEL, ATTACHMENT_LIST_ITEM, ATTACHMENT_LIST_START } from './appendices';
import { readTableHeader } from './tableRows';
import { isBorderRule } from './borderedTable';
import { readBarLedHeader } from './barLedTable';
import { WRITTEN_YEAR } from './deadline';

/**
 * The words a plan's title ends with: 方案, 清单, 分解, 工作要点 …, the compound forms of 计划,
 * 措施 / 举措, 意见, 细则 (`工作计划`, `若干措施`, `若干举措`, `若干政策`, `实施意见`, `若干意见`, `实施细则`), and the year's list of
 * 民生实事 (`2024年10件惠民实事`). Never a bare `措施` or `计划`: an unnumbered heading `保障措施`
 * inside a plan is no title.
 */
const PLAN_WORDS =
  /(方案|清单|台账|任务表|分解表|分工表|责任表|任务分解|责任分解|责任分工|分工|工作要点|分工的意见|分工意见|(?:工作|行动|推进|实施|攻坚|专项)计划|(?:若干|具体|政策|配套|支持|实施|工作|落实)(?:措施|举措)|(?:若干|配套|扶持)政策|(?:实施|落实|分工|若干)意见|实施细则|(?:民生|惠民|为民)实事(?:项目)?)$|(方案|清单|台账|任务分解|责任分解|责任分工|工作要点|(?:工作|行动|推进|实施|攻坚|专项)计划|(?:若干|具体|政策|配套|支持|实施|工作|落实)(?:措施|举措)|(?:若干|配套|扶持)政策)[（(]/;

/**
 * A year's work set out (`西平县2020年度法治政府建设工作安排`, `青岛市…2023年重点工作任务`): a plan's title where it names
 * the year; `主要工作任务` or `工作安排` alone is a heading inside a plan.
 */
const YEARS_WORK = /(?:20|２０)[0-9０-９]{2}\s*年.{0,40}(?:工作安排|工作任务|重点任务)$/;

/** A bracket closing a title: its year, span or count (`（2024年）`, `（2022—2024年）`, `(共3项)`). */
const TITLE_BRACKET = /\s*[（(][^（()）]{1,20}[)）]$/;

/**
 * Whether a line ends as a plan's title does: in book-title marks (`《…实施细则》`) or not, and
 * perhaps followed by a bracket (`…任务分解表(共3项)`, `…任务分工（2024年）`).
 */
export function endsAsPlanTitle(text: string): boolean {
  const bare = withoutBookMarks(text);
  if (PLAN_WORDS.test(bare) || YEARS_WORK.test(bare)) return true;
  // `《…实施细则》(共4项)`: the bracket after the marks, then the marks.
  return TITLE_BRACKET.test(bare) && PLAN_WORDS.test(withoutBookMarks(bare.replace(TITLE_BRACKET, '')));
}

function withoutBookMarks(text: string): string {
  return text.charCodeAt(0) === 0x300a && text.charCodeAt(text.length - 1) === 0x300b ? text.slice(1, -1) : text;
}

/** A date standing alone (`2022年10月18日`, `二〇二三年三月`): the notice's date, never a title's first line. */
export const DATE_ALONE = new RegExp(`^${WRITTEN_YEAR}\\s*年\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*月(\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*日)?$`);

/** A title that names a task plan outright: enough to call the document a plan before any field is written. */
export const STRONG_PLAN_TITLE = /(分工|分解|责任|任务|重点工作).{0,10}(方案|清单|台账|表)|([2２][0０][0-9０-９]{2}\s*年|报告|》).*(任务分解|责任分解|目标分解|责任分工|分工)$/;

function titleLike(text: string): boolean {
  return text.length > 0 && text.length <= 80 && !/[。；;！？!?]/.test(text) && !/[，,：:]$/.test(text) && !/(通知|报告)$/.test(text) && !BREADCRUMB.test(text);
}

/** A web page's breadcrumb (`当前位置:首页 > 政务公开`, `>> 专题专栏 >> 归档专题`): never a line of a title. */
const BREADCRUMB = /当前位置|现在的位置|>>|＞|»|›|\s>\s/;

/**
 * A line that qualifies the title above it: its years or edition (`（2023—2025年）`, `（2025年版）`), its
 * status (`（试行）`, `（征求意见稿）`) or its total (`（共6项）`). Set on a line of its own under a title, as
 * three-year 行动计划 and 若干措施 usually are, it is the title's last line.
 */
const TITLE_QUALIFIER =
  /^[（(]\s*(?:[0-9０-９]{4}\s*(?:[—–\-－~～至到]+\s*[0-9０-９]{4})?\s*年?\s*(?:版|度|修订|修订版)?|试行|暂行|修订|修订稿|修订版|征求意见稿|送审稿|草案|讨论稿|共\s*计?\s*[0-9０-９]+\s*[项条])\s*[)）]$/;

/**
 * Is the plan's title (one line, or two with the second ending the title, or three where book-title
 * marks span them) at line i, perhaps with a qualifier on the line under it? Returns its line count.
 */
export function planTitleAt(lines: readonly string[], i: number, to: number): number {
  const n = titleLinesAt(lines, i, to);
  if (!n) return 0;
  const q = nextNonBlank(lines, i + n, Math.min(to, i + n + 3));
  return q < to && TITLE_QUALIFIER.test(contentOf(lines, q).text) ? q - i + 1 : n;
}

function titleLinesAt(lines: readonly string[], i: number, to: number): number {
  const a = contentOf(lines, i).text;
  if (!titleLike(a) || readNumbering(a, i, 0) || isMetaLine(a) || startsWithLabel(a, 0) || DATE_ALONE.test(a)) return 0;
  // A line wholly in brackets (`（此件公开发布）`, `（联系人：…）`) closes the notice; it never begins a title.
  if (isWholeBracketed(a)) return 0;
  // A web page's own name over the title it reprints (`中国政府网`, `…人民政府门户网站`) is no part of it.
  if (SITE_NAME.test(a)) return 0;
  // `附件1` on its own line labels the attachment; the title is the line after it, not both.
  if (ATTACHMENT_LABEL.test(a) || ATTACHMENT_LIST_START.test(a) || ATTACHMENT_LIST_ITEM.test(a)) return 0;
  if (endsAsPlanTitle(a) && !/^(附件|附表)/.test(a)) {
    // `2025年市《政府工作报告》任务分解` / `和责任分工方案`: a title that ends as one may go on, after a joining word.
    const j = nextNonBlank(lines, i + 1, Math.min(to, i + 4));
    const b = j < to ? contentOf(lines, j).text : '';
    return b && /^(?:和|及|与|暨|以及)/.test(b) && titleLike(b) && b.length <= 30 && endsAsPlanTitle(b) && !readNumbering(b, j, 0) ? j - i + 1 : 1;
  }
  // The second line may follow a blank one or two: a web copy puts blank lines between all lines.
  const j = nextNonBlank(lines, i + 1, Math.min(to, i + 4));
  if (j < to && j <= i + 3) {
    const b = contentOf(lines, j).text;
    // `紫云市贯彻落实《关于稳住经济大盘` / `实现经济运行整体好转的若干政策` / `措施》实施方案`: a title whose book-title
    // marks a copy wrapped over three lines; the middle line closes nothing (though it may end as a title
    // would), and the last closes the mark.
    const open = a.includes('《') && !a.includes('》') && !!b && !b.includes('》');
    if (open && titleLike(b) && !b.includes('《')) {
      const k = nextNonBlank(lines, j + 1, Math.min(to, j + 4));
      const c = k < to && k <= j + 3 ? contentOf(lines, k).text : '';
      if (c && titleLike(c) && c.length <= 30 && c.includes('》') && endsAsPlanTitle(c) && !readNumbering(c, k, 0)) return k - i + 1;
    }
    // The second line is short, or it is the book title the first line's words lead to (`内蒙古自治区贯彻落实国家` /
    // `《呼包银榆经济区发展规划(2012—2020年)》重点工作分工方案`).
    const short = b.length <= 30 || (b.length <= 80 && b.charCodeAt(0) === 0x300a && LEADS_TO_BOOK_TITLE.test(a));
    // A year's work whose last words a copy wrapped (`西平县2020年度法治政府建设` / `工作安排`) ends on the second line too.
    const ends = endsAsPlanTitle(b) || (b.length <= 8 && YEARS_WORK.test(a + b));
    if (!open && b && titleLike(b) && short && ends && !readNumbering(b, j, 0) && !ATTACHMENT_LIST_ITEM.test(b)) return j - i + 1;
  }
  return 0;
}

/** A site's name alone on a line: short, ending as sites name themselves, citing no document. */
const SITE_NAME = /^[^《》关于]{2,14}(?:政府网|门户网站|网站|新闻网|首页|客户端|日报网|在线)$/;

/** The words a title's first line ends with when the book title it carries out is on the next: `…贯彻落实国家`. */
const LEADS_TO_BOOK_TITLE = /(?:贯彻落实|贯彻|落实|关于|实施|执行|推进|国家|国务院|省政府|市政府|区政府|县政府)$/;

function isWholeBracketed(text: string): boolean {
  return isOpenParen(text[0]) && isCloseParen(text[text.length - 1]);
}

export function isPlanTitleStart(lines: readonly string[], i: number, to: number): boolean {
  const n = planTitleAt(lines, i, to);
  if (!n) return false;
  // A title is followed by the plan's structure within a few lines: at once, or after a preamble of
  // up to three paragraphs (`为确保……，现将重点任务分解如下：`). A paragraph ends at its full stop: a PDF
  // copy wraps one over many lines (`…，确保各项工作落到实处，现制定` / `如下分解方案。`). A title-like line
  // that begins a paragraph ends the search: it is another title or a heading, not a preamble.
  let k = nextNonBlank(lines, i + n, to);
  let paragraphs = 0;
  let open = false;
  for (let read = 0; k < to && read < 20; read++) {
    const next = contentOf(lines, k).text;
    // `附件1` (a table's copy may add its bar: `附件1 |`) labels what follows, and a web page's
    // `发布日期:2024-02-07` or `来源:…` under the title says when it was posted: the structure is after them.
    if (ATTACHMENT_LABEL.test(next.replace(/[\s|｜]+$/, '')) || isMetaLine(next)) {
      // `来源:` over `开化县`: the value under an empty key is the key's.
      const value = valueUnderEmptyKey(lines, k, to);
      k = nextNonBlank(lines, (value >= 0 ? value : k) + 1, to);
      continue;
    }
    // A plan that is itself the document (`国务院关于落实《政府工作报告》重点工作部门分工的意见`) has its
    // 文号 and 主送 line between the title and the preamble.
    const docNumber = DOC_NUMBER.exec(next);
    if (paragraphs === 0 && !open && ((docNumber && docNumber[0].length === next.length) || (/[:：]$/.test(next) && next.length <= 80 && !startsWithLabel(next, 0)))) {
      k = nextNonBlank(lines, k + 1, to);
      continue;
    }
    if (readNumbering(next, k, 0) || /[（(]?(共|说明)/.test(next) || /^——/.test(next) || /序号/.test(next)) return true;
    // A table drawn with borders, its header's 序号 perhaps wrapped in its cell (`│序 │` over `│号 │`).
    if (isBorderRule(lines[k]) && lines.slice(k + 1, Math.min(to, k + 5)).some((l) => l.includes('序') || l.includes('编号'))) return true;
    // A table's header with no 序号 column (`任务内容\t牵头单位\t完成时限`).
    if (readTableHeader(next)?.numberless) return true;
    // …or one whose cells a bar opens, a cell a line (`牵头单位` / `| 目 标 任 务` / `| 责 任 单 位` / `|`).
    if (readBarLedHeader(lines, k, to)) return true;
    // A short heading with numbered items under it (`1 扩大有效投资` / `1.1 推进…`) is structure too. A
    // line with a comma is prose, though it may look like a title where a wrap cut it.
    if (!open && titleLike(next) && !/[，,]/.test(next)) {
      const after = nextNonBlank(lines, k + 1, to);
      return after < to && !!readNumbering(contentOf(lines, after).text, after, 0);
    }
    open = !/[。：:！？!?；;]$/.test(next);
    if (!open && ++paragraphs > 3) return false;
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
    const n = planTitleAt(lines, i, to);
    const title: Span[] = [];
    for (let k = i; k < i + n; k++) {
      if (indentOf(lines[k]) >= trimEndIndex(lines[k])) continue;
      const c = contentOf(lines, k);
      title.push(spanOf(k, c.start, c.text));
    }
    // A title known by its year alone (`2024年下半年重点任务`) is one only before the plan's structure begins, and is
    // no clause of a sentence (`…，现将2024年重点工作任务`): under 一、 and 1. it is a heading or a task's wrapped words.
    if (namesPlanByYearOnly(title.map((t) => t.text).join('')) && (/[，,]/.test(title.map((t) => t.text).join('')) || numberedBetween(lines, from, i))) continue;
    return { title, bodyStart: i + n };
  }
  return null;
}

/** Whether a title names a plan by the words of plans (`…分工方案`), not by its year's work alone. */
export function namesPlan(text: string): boolean {
  return endsAsPlanTitle(text) && !namesPlanByYearOnly(text);
}

/** Whether a title is known for a plan's by {@link YEARS_WORK} alone, not by the words of plans. */
function namesPlanByYearOnly(text: string): boolean {
  const bare = withoutBookMarks(text);
  return YEARS_WORK.test(bare) && !PLAN_WORDS.test(bare) && !(TITLE_BRACKET.test(bare) && PLAN_WORDS.test(withoutBookMarks(bare.replace(TITLE_BRACKET, ''))));
}

/** Whether a line in [from, to) is numbered (a heading's or a task's). */
function numberedBetween(lines: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = contentOf(lines, k);
    if (c.text && readNumbering(c.text, k, 0)) return true;
  }
  return false;
}

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
