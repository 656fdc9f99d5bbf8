/** A web page's trailer after the text (`▼往期推荐▼` and its numbered links, `扫一扫关注`): no part of the plan. */
import { contentStart, trimEndIndex } from './text';

/** What a web or WeChat page puts after the text (`▼往期推荐▼`, `扫一扫关注我们`, `阅读原文`, `【打印本页】【关闭窗口】`): the plan ends there. */
const PAGE_TRAILER = /^[▼▲■●◆★☆\s【\[]*(往期推荐|往期回顾|往期精彩|推荐阅读|相关阅读|延伸阅读|相关链接|扫一扫|长按识别|长按二维码|阅读原文|打印本页|打印此页|打印文章|关闭窗口|关闭本页)/;

/** Whether a line begins a page's trailer. */
export function isPageTrailer(line: string): boolean {
  const c = contentStart(line);
  // Trailers are short lines, and begin with one of a few characters: a cheap test first.
  if (trimEndIndex(line) - c > 30) return false;
  const code = line.charCodeAt(c);
  // 往 推 相 延 扫 长 阅 打 关, 【 [, or a mark.
  if (code !== 0x5f80 && code !== 0x63a8 && code !== 0x76f8 && code !== 0x5ef6 && code !== 0x626b && code !== 0x957f && code !== 0x9605 && code !== 0x6253 && code !== 0x5173 && code !== 0x3010 && code !== 0x5b && !(code >= 0x25a0 && code <= 0x2606)) return false;
  return PAGE_TRAILER.test(line.slice(c));
}

/** The first line of a page's trailer at or after `from`, or `to`. */
export function findPageTrailer(lines: readonly string[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (isPageTrailer(lines[i])) return i;
  return to;
}
