/**
 * The metadata block a web copy carries (`索引号`, `文号`, `成文日期`, `发布日期` … as key-value rows), and
 * the notice's own 文号 written on a line of its own.
 */
import type { Metadata, Span } from '../model';
import { range as mkRange, spanOf } from '../model';
import { contentOf, isCloseParen, isOpenParen } from './text';
import { readDate } from './deadline';

const META_KEYS = [
  '索引号', '发文单位', '信息名称', '发文序号', '发文字号', '文号', '成文日期', '发文日期', '发布日期', '发布机构',
  '主题分类', '公开类型', '信息有效性', '有效性', '信息分类', '分类', '文章来源', '来源', '主题词', '公文种类', '生成日期',
  '发布时间', '发文机关', '组配分类', '发布人', '文件类型', '效力状态', '时效',
];

/**
 * A web page's counters and credits under an article's title (`浏览次数:`, `点击数: 1024`, `责任编辑:`): keys only with
 * their colon, since the words may begin a line of a plan.
 */
const PAGE_KEYS = ['浏览次数', '浏览量', '访问量', '访问次数', '点击数', '点击量', '点击率', '阅读量', '阅读次数', '责任编辑', '编辑', '作者'];

// Keys may be spread out for alignment in web tables: `索 引 号`, `文    号`. `名称` is a key only
// with its colon (`名称: 某县人民政府关于…的通知 文号: 某政〔2023〕1号`): a value may hold the word. `时间` is a key
// only before a date (`时间:2023-12-22 17:46`): a plan's line may begin `时间：` and go on in words.
const META_KEY = new RegExp(
  `(${META_KEYS.map((k) => [...k].join('\\s*')).join('|')}|(?:名\\s*称|${PAGE_KEYS.join('|')})(?=\\s*[:：])|时\\s*间(?=\\s*[:：]\\s*[0-9０-９]{4}\\s*[-－年./]))\\s*[:：]?\\s*`,
  'g',
);

// `某政 [2020] 20号`: a copy may put blanks round the year's brackets.
export const DOC_NUMBER = /[\u4e00-\u9fa5]{2,14}\s*[〔\[【(（［]\s*[0-9０-９]{4}\s*[〕\]】)）］]\s*[0-9０-９]+\s*号/;

/** A web page's choice of type size beside the title (`字号：大 中 小`, `【字体：大 中 小】`): no part of any title. */
const TYPE_SIZE = /^[【\[]?\s*(?:字\s*号|字\s*体)\s*[:：]\s*[【\[]?\s*大/;

export function isMetaLine(text: string): boolean {
  if (TYPE_SIZE.test(text)) return true;
  META_KEY.lastIndex = 0;
  const m = META_KEY.exec(text);
  return !!m && m.index === 0;
}

/**
 * A key written alone on its line (`发文字号`), its value on the next: a web page's metadata table copied a
 * cell per line (`索引号` / `011437144/2023-06550` / `发文字号` / `郧政发〔2023〕5号`).
 */
export function isMetaKeyAlone(text: string): boolean {
  META_KEY.lastIndex = 0;
  const m = META_KEY.exec(text);
  // With its colon the key is a row of its own whose value the page left empty (`文 号:`), not a cell.
  return !!m && m.index === 0 && m[0].length === text.length && !/[:：]/.test(text);
}

/** How a document's title ends. */
const TITLE_END = /(?:通知|方案|意见|决定|办法|清单|计划|要点|分工|分解|细则|措施|任务|台账|表)$/;

/**
 * A key with its colon and no value (`来源:`), perhaps its value a short name on the next line (`开化县`), as a web
 * page's header may lay them out under a title: the line that may be the value, or -1. (The metadata block does not
 * take it as the key's value: a key with its colon may be a field the page left empty, `文 号:`.)
 */
export function valueUnderEmptyKey(lines: readonly string[], i: number, limit: number): number {
  const text = contentOf(lines, i).text;
  META_KEY.lastIndex = 0;
  const m = META_KEY.exec(text);
  if (!m || m.index !== 0 || m[0].length !== text.length || !/[:：]\s*$/.test(text)) return -1;
  for (let j = i + 1; j < Math.min(limit, i + 3); j++) {
    const value = contentOf(lines, j).text;
    if (!value) continue;
    // A short title under an empty key (`文 号:` over `关于做好春耕工作的通知`) is the document's, not the key's.
    if (value.length > 20 || /[，,。；;：:|｜\t]|序号|关于|《/.test(value) || TITLE_END.test(value) || isMetaLine(value)) return -1;
    return j;
  }
  return -1;
}

/** The line holding the value of the key written alone on line i: the next non-blank one, if it is no key itself. */
export function valueLineAfter(lines: readonly string[], i: number, limit: number): number {
  for (let j = i + 1; j < Math.min(limit, i + 3); j++) {
    const text = contentOf(lines, j).text;
    if (!text) continue;
    return text.length <= 80 && !isMetaLine(text) ? j : -1;
  }
  return -1;
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
    if (isMetaKeyAlone(text)) {
      const v = valueLineAfter(lines, i, limit);
      if (v >= 0) {
        const value = contentOf(lines, v);
        META_KEY.lastIndex = 0;
        const m = META_KEY.exec(text)!;
        entries.push({ key: spanOf(i, start, m[1]), value: spanOf(v, value.start, value.text) });
        last = i = v;
        continue;
      }
    }
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
    // The date the notice was signed (成文日期) over the date it was sent or posted (发文日期), wherever the block puts each.
    issueDate: dateOf(find('成文日期')) ?? dateOf(find('发文日期')),
    publishDate: dateOf(find('发布日期', '发布时间')),
    issuer: find('发文单位', '发布机构')?.value ?? null,
    entries,
    range: first >= 0 ? mkRange(first, 0, last, lines[last].length) : null,
  };
}

/**
 * The 文号 in a metadata value: the number itself (`洪政办〔2025〕1号` of `洪政办〔2025〕1号 信息…`); null for
 * `无`, and for a value with no number at all (`文 号: 文件分类: 综合政务`: the page left the field empty).
 */
function docNumberIn(value: Span): Span | null {
  const m = DOC_NUMBER.exec(value.text);
  if (m) return spanOf(value.range.start.line, value.range.start.character + m.index, m[0]);
  return /[0-9０-９]|[〇一二三四五六七八九十][号期]/.test(value.text) ? value : null;
}

/**
 * The notice's own 文号, written on a line of its own in the header lines when the metadata block has
 * none (or before the notice's title on its line). A number inside a sentence or in brackets is another document's, cited
 * (`根据《…的通知》（十政办发〔2024〕3号）要求`), and a table row's cell (`皖政〔2022〕9号文件`) is a source.
 */
/** Whether the last non-blank line before line i ends a document's title (`…的通知`), not a citation (`…的通知》`). */
function underTitle(lines: readonly string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && !lines[k].trim()) k--;
  return k >= 0 && /(通知|意见|决定|方案|办法)\s*$/.test(lines[k]);
}

/** A notice's title before its 文号 on one line: `关于印发…的通知 `, naming what it is about, no label, no sentence's start. */
function isTitleThenNumber(head: string): boolean {
  return /通\s*知\s$/.test(head) && head.includes('关于') && !/[|｜\t:：]/.test(head) && !/^\s*(?:为|现将|根据|按照|依据|附件|上一篇|下一篇)/.test(head);
}

export function findDocNumber(lines: readonly string[], from: number, to: number): Span | null {
  // Whether a line of the document's own (not the page's metadata, not bars alone) came before.
  let content = false;
  for (let i = from; i < to; i++, content ||= /[^\s|｜]/.test(lines[i - 1]) && !isMetaLine(contentOf(lines, i - 1).text)) {
    const m = DOC_NUMBER.exec(lines[i]);
    if (!m) continue;
    const { start, text } = contentOf(lines, i);
    // `某政办发〔2009〕15号 某市人民政府办公室关于印发…的通知`: a copy may put the number before the title on its line.
    if (m.index === start && /^\s+\S.*通\s*知》?$/.test(lines[i].slice(m.index + m[0].length).trimEnd())) return spanOf(i, m.index, m[0]);
    // …the title in book-title brackets right after it (`武政办〔2023〕1号《…的通知》`), heading the copy.
    if (!content && m.index === start && /^《[^》]*关于.*通\s*知》$/.test(lines[i].slice(m.index + m[0].length).trimEnd())) return spanOf(i, m.index, m[0]);
    // …or after it (`关于印发…的通知 常政发〔2023〕1号 |`, a mirror's copy), heading the copy: further down, such a line is a
    // document the plan cites (`编制依据:` / `市人民政府关于…的通知 市政发〔2023〕16号`).
    if (!content && isTitleThenNumber(lines[i].slice(start, m.index)) && /^[\s|｜]*$/.test(lines[i].slice(m.index + m[0].length))) return spanOf(i, m.index, m[0]);
    const before = lines[i][m.index - 1] ?? '';
    // `(晋政发[2008]8号)` alone on the line under the notice's title is its own number, in brackets.
    if (text.length === m[0].length + 2 && isOpenParen(text[0]) && isCloseParen(text[text.length - 1]) && underTitle(lines, i)) return spanOf(i, m.index, m[0]);
    if (text.length > 40 || /[。，,；;\t]/.test(text) || isOpenParen(before) || before === '》' || lines[i].includes('《')) continue;
    return spanOf(i, m.index, m[0]);
  }
  return null;
}
