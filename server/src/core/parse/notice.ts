/**
 * The notice (通知) that circulates a plan: its title (wrapped or not), 主送, body paragraphs, 落款 and
 * date. With the metadata block before it, the plan's title and body after it and the appendices
 * that close the document, it is one of the draft's outer regions, found in that order.
 */
import type { Notice, Span } from '../model';
import { range as mkRange, spanOf } from '../model';
import { contentOf, nextNonBlank, trimEndIndex } from './text';
import { readNumbering } from './numbering';
import { startsWithLabel } from './fields';
import { readNoticeCounts } from './counts';
import { DOC_NUMBER, isMetaKeyAlone, isMetaLine, valueLineAfter } from './metadata';
import { bracketedDate, DATE_LINE, isIssuerLine, SIGNATURE } from './signature';
import { DATE_ALONE, isPlanTitleStart } from './planTitle';

export interface NoticeRead {
  readonly notice: Notice;
  /** The first line after the notice (after its date). */
  readonly end: number;
}

function withoutClosingBars(text: string): string {
  return /[|｜]\s*$/.test(text) ? text.replace(/[\s|｜]+$/, '') : text;
}

export function readNotice(lines: readonly string[], from: number, to: number): NoticeRead | null {
  let t = -1;
  let tc = { start: 0, text: '' };
  // Whether a line of the document's own (not the page's metadata, not bars alone) came before.
  let content = false;
  for (let i = from; i < Math.min(to, from + 60); i++) {
    const c = contentOf(lines, i);
    // A web page's table row closes its cell with bars: `标 题: | 亳州市…的通知 | ||`.
    const text = withoutClosingBars(c.text);
    if (!text) continue;
    const title = noticeTitleIn(text, content);
    if (!title) {
      if (!isMetaLine(text) && /[^\s|｜]/.test(text)) content = true;
      continue;
    }
    t = i;
    tc = { start: c.start + title[0], text: text.slice(title[0], title[1]) };
    break;
  }
  if (t < 0) return null;
  const titleLines = noticeTitleLines(lines, t, from).map((k) => {
    const c = k === t ? tc : contentOf(lines, k);
    return spanOf(k, c.start, c.text);
  });
  const title = titleLines[0];
  const body = readNoticeBody(lines, t + 1, to, tc.text);
  const last = Math.max(t, body.end - 1);
  return {
    notice: {
      title,
      titleLines,
      titleText: titleLines.map((l) => l.text).join(''),
      ...body.notice,
      range: mkRange(title.range.start.line, title.range.start.character, last, trimEndIndex(lines[last])),
    },
    end: body.end,
  };
}

type NoticeBody = Pick<Notice, 'addressee' | 'paragraphs' | 'signature' | 'signatureDate' | 'statedCounts'>;

/**
 * The notice's lines after its title, from `from`: 主送, paragraphs, 落款 and date, up to the date (or the plan's title
 * when no 落款 comes first). `titleText`: the title's words, which a web page may repeat.
 */
function readNoticeBody(lines: readonly string[], from: number, to: number, titleText: string | null): { notice: NoticeBody; end: number } {
  let addressee: Span | null = null;
  let signature: Span | null = null;
  let signatureDate: Span | null = null;
  let headDate: Span | null = null;
  const paragraphs: Span[] = [];
  let end = from;
  for (let i = from; i < to; i++) {
    const { start, text } = contentOf(lines, i);
    if (!text) continue;
    if (text === titleText) continue;
    if (isMetaLine(text)) {
      // A key alone on its line has its value on the next (`发文单位` / `区人民政府办公室`): no 落款, no paragraph.
      if (isMetaKeyAlone(text)) {
        const v = valueLineAfter(lines, i, to);
        if (v >= 0) i = v;
      }
      continue;
    }
    // `（二〇〇八年二月二十六日）` under the title, before the addressee: a page that prints the notice's date at its
    // head (in brackets, or alone on its line), and no 落款 date under the text.
    if (!addressee && !paragraphs.length && !headDate) {
      const date = DATE_LINE.test(text) ? text : bracketedDate(text);
      if (date) {
        headDate = spanOf(i, start + text.indexOf(date), date);
        continue;
      }
    }
    if (!addressee && paragraphs.every((p) => p.text.length <= 40) && /[:：]$/.test(text) && text.length <= 120 && !startsWithLabel(text, 0)) {
      addressee = spanOf(i, start, text);
      continue;
    }
    // The issuer's name right under the title, before any addressee or body, is the masthead
    // (`某区人民政府办公室` repeated by a web page), not the 落款.
    if (!addressee && !paragraphs.length && isIssuerLine(text)) continue;
    if (isIssuerLine(text) && !readNumbering(text, i, 0)) {
      signature = spanOf(i, start, text);
      end = i + 1;
      let d = nextNonBlank(lines, i + 1, to);
      // A joint notice signs with each office on its line (`中共某市委办公室` / `某市人民政府办公室`), then the date.
      for (let k = 0; k < 2 && d < to && isIssuerLine(contentOf(lines, d).text) && !readNumbering(contentOf(lines, d).text, d, 0); k++) d = nextNonBlank(lines, d + 1, to);
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
  return {
    notice: {
      addressee,
      paragraphs,
      signature,
      // A 落款's date is the notice's; a date at its head stands in when it has none.
      signatureDate: signatureDate ?? headDate,
      statedCounts: paragraphs.flatMap(readNoticeCounts),
    },
    end,
  };
}

/**
 * A notice whose copy lost its title (a web page shows it outside the text; 大洼 2021): it opens with the 主送 line
 * (after the 文号, perhaps) and a paragraph that circulates a plan (`现将《…》印发给你们`), then its other paragraphs, its
 * 落款 and date. Null unless its lines open so.
 */
export function readUntitledNotice(lines: readonly string[], from: number, to: number, signed = true): NoticeRead | null {
  // The 主送 line stands first, or after a few lines a page puts before it (its 文号, `核心提示:` and a summary).
  let i = nextNonBlank(lines, from, to);
  for (let seen = 0; i < to && seen < 6 && !opensWithAddressee(lines, i, to); seen++) i = nextNonBlank(lines, i + 1, to);
  if (i >= to || !opensWithAddressee(lines, i, to)) return null;
  const body = readNoticeBody(lines, i, to, null);
  // Alone, it must sign (落款 and date); before its plan, a date closing it will do (a mirror drops the issuer's line).
  if (!body.notice.addressee || (signed && !body.notice.signature) || !body.notice.signatureDate) return null;
  const last = body.end - 1;
  const first = body.notice.addressee.range.start;
  return {
    notice: { title: null, titleLines: [], titleText: '', ...body.notice, range: mkRange(first.line, first.character, last, trimEndIndex(lines[last])) },
    end: body.end,
  };
}

/** Line `i` is a 主送 line (`各镇(街道)人民政府,区政府各部门:`) and the next a paragraph that circulates a plan. */
function opensWithAddressee(lines: readonly string[], i: number, to: number): boolean {
  const addressee = contentOf(lines, i).text;
  if (!/[:：]$/.test(addressee) || addressee.length > 160 || startsWithLabel(addressee, 0) || readNumbering(addressee, i, 0)) return false;
  // It names those the notice is sent to (`各镇人民政府,县政府各部门:`), not a page's note (`核心提示:`) or a request.
  if (!ADDRESSEES.test(addressee) || /事项|提示|如下|注意|摘要|导读/.test(addressee)) return false;
  // The paragraph that circulates the plan comes first, or after one that says why (`2018年是…之年。…`).
  const next = nextNonBlank(lines, i + 1, to);
  if (next >= to) return false;
  if (CIRCULATES.test(contentOf(lines, next).text)) return true;
  const after = nextNonBlank(lines, next + 1, to);
  return /。$/.test(contentOf(lines, next).text) && after < to && CIRCULATES.test(contentOf(lines, after).text);
}

/**
 * Where a notice's title stands in a line ([start, end) of the text), or null. The line may be the title alone or its
 * last wrapped line (`…的通知`), or a web page's copy of it: after a label (`标     题 区人民政府办公室关于…的通知`,
 * `名 称: | 市人民政府办公室关于印发…的通知`), with its document number after it (`关于印发…的通知 常政发〔2023〕1号`) or
 * before it, the title in book-title brackets (`武政办〔2023〕1号《武汉市人民政府办公厅关于印发…的通知》`).
 */
function noticeTitleIn(text: string, afterContent: boolean): [number, number] | null {
  let a = 0;
  let b = text.length;
  const labelled = /^(?:标\s*题|名\s*称)\s*[:：]?[\s|｜]*/.exec(text);
  if (labelled && labelled[0].length < b) a = labelled[0].length;
  else if (isMetaLine(text)) return null;
  const numberAfter = DOC_NUMBER_AFTER.exec(text);
  if (numberAfter && numberAfter.index > a) b = numberAfter.index;
  const numberBefore = DOC_NUMBER_BEFORE.exec(text.slice(a, b));
  if (numberBefore) a += numberBefore[0].length;
  const title = text.slice(a, b);
  // With its 文号 on its line, a title heads the copy (only the page's metadata before it) and names what it is about: a
  // line further down is a document the plan cites (`编制依据:` / `市人民政府关于…的通知 市政发〔2023〕16号`), an
  // attachment's or a sentence's end (`附件:关于…的通知 …号`, `为贯彻落实…的通知 …号`).
  if ((numberAfter || numberBefore) && !labelled && (afterContent || !title.includes('关于') || /[:：]/.test(title) || /^(?:为|现将|根据|按照|依据|附件|上一篇|下一篇)/.test(title))) return null;
  // `特此通知` closes a notice; it is no title.
  if (/^(?:特此|现予|专此)通\s*知[。.]?$/.test(title)) return null;
  if (!/通\s*知》?$/.test(title) || title.length > 120 || /[。；]/.test(title)) return null;
  // A title quoted whole (`《…的通知》`) is one; a sentence that ends by quoting one (`…印发《…的通知》`) is not.
  if (title.charCodeAt(title.length - 1) === 0x300b && title.charCodeAt(0) !== 0x300a) return null;
  return numberBefore && title.charCodeAt(0) === 0x300a ? [a + 1, b - 1] : [a, b];
}

/** A document number closing the title's line, after a blank (`… 常政发〔2023〕1号`). */
const DOC_NUMBER_AFTER = new RegExp(`\\s+${DOC_NUMBER.source}\\s*$`);
/** A document number opening the title's line, the title after it in book-title brackets. */
const DOC_NUMBER_BEFORE = new RegExp(`^${DOC_NUMBER.source}\\s*(?=《)`);

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

/**
 * Where the plan begins in a copy of a notice that lost its title (a web page shows it outside the text) and whose plan
 * has none either (菏泽 2023: `菏政办字〔2023〕1号` / the 主送 line / `…现将《方案》印发给你们…` / `一、高度重视,认真研究
 * 政策。各县区…` / `二、…` / `1. 菏泽市…(牵头单位:…)`): after the notice's paragraphs. They open with the 主送 line and a
 * paragraph that circulates the plan; the numbered ones after it are the notice's requirements, each a heading sentence
 * and more sentences on its line, where the plan's headings are short and its tasks close with their fields. `from`
 * when the lines do not open so.
 */
export function afterUntitledNotice(lines: readonly string[], from: number, to: number): number {
  let i = nextNonBlank(lines, from, to);
  // The notice's 文号 on its own line may stand first.
  if (i < to && DOC_NUMBER.test(contentOf(lines, i).text) && contentOf(lines, i).text.length <= 30) i = nextNonBlank(lines, i + 1, to);
  if (i >= to || !opensWithAddressee(lines, i, to)) return from;
  i = nextNonBlank(lines, i + 1, to);
  // The requirements `一、` `二、` … numbered from one in one style, every one of them a requirement; none where the
  // run holds a line of another kind (it is then the plan's own, read as before).
  let end = i + 1;
  let style: string | null = null;
  let lastValue = 0;
  for (let k = nextNonBlank(lines, end, to); k < to; k = nextNonBlank(lines, k + 1, to)) {
    const { text } = contentOf(lines, k);
    const numbered = readNumbering(text, k, 0);
    if (!numbered || (style !== null && numbered.numbering.style !== style) || numbered.numbering.value !== (style === null ? 1 : lastValue + 1)) break;
    if (!isRequirement(text.slice(numbered.textStart))) return i + 1;
    style = numbered.numbering.style;
    lastValue = numbered.numbering.value;
    end = k + 1;
  }
  return end;
}

/** Words a 主送 line names its bodies with. */
const ADDRESSEES = /各|政府|部门|单位|机构|机关|局|委|办|厅|街道|乡镇|镇|党组|公司|学校|院/;

/**
 * A paragraph that circulates a plan: `现将《…》印发给你们`, `…印发给你们，请认真贯彻执行`; or that hands its tasks out
 * (`现将…工作任务进行责任分解`, `现将…各项目标任务分解下达`, `现对创卫工作任务进行细化分解`: 分解 notices, hunt 21).
 */
const CIRCULATES = /印发给你们|现将.{0,80}印发|现印发给|予以印发|现将.{0,80}(?:分解下达|予以分解|进行(?:责任|细化|任务)?分解)|现对.{0,60}进行(?:责任|细化)?分解(?![^，,。；;]{0,8}(?:情况|通报))/;

/** A numbered requirement of a notice: a heading sentence, then more sentences on its line, and no fields. */
function isRequirement(text: string): boolean {
  const stop = text.search(/[。；]/);
  return stop > 0 && stop < text.length - 8 && !/[（(][^（）()]{0,20}(?:牵头|负责|单位|部门)/.test(text) && !/(?:牵头|责任|配合)(?:单位|部门)\s*[:：为]/.test(text);
}

