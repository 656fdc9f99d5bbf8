/**
 * What the notice attaches: its note or numbered list of attachments (`附件：1.…表` / `2.…表`), and the
 * appendix markers (`附件1`, `附表`) that end the plan's body.
 */
import type { Span } from '../model';
import { range as mkRange, spanOf } from '../model';
import { contentOf, contentStart } from './text';
import { readNumbering } from './numbering';
import { findSignature } from './signature';

/** `附件1` or `附表：` alone on its line: it labels the attachment that follows. */
export const ATTACHMENT_LABEL = /^(附件|附表)\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?$/;

/**
 * `附件：1.2024年重点工作分解表` / `2.2024年民生实事项目分解表`: the notice's list of what it attaches,
 * one title per number. A line of it is never the plan's title, though each names one; a number
 * right before a year (`2.2024年`) is not a marker to `readNumbering` (`1.5亿元` is a decimal), so
 * it is asked for here: no title begins with one.
 */
export const ATTACHMENT_LIST_ITEM = /^(?:(?:附件|附表)\s*[:：]\s*)?[0-9０-９]{1,2}\s*[.．﹒、]\s*[0-9０-９]/;

/** The first line of such a list: `附件：1.…`. */
export const ATTACHMENT_LIST_START = /^(附件|附表)\s*[:：]\s*[0-9０-９]{1,2}\s*[.．﹒、]/;

/** An appendix marker: `附件`, `附件2：…`, `附表1 重点项目清单` (a short title may follow). */
const APPENDIX = /^(附件|附表)\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?\s*(.{0,40})$/;

/**
 * Line i's content when it begins with 附 (after indentation or Markdown markup), else null: a cheap
 * test that spares the patterns every other line.
 */
function attachmentLineAt(lines: readonly string[], i: number): string | null {
  const line = lines[i];
  return line.charCodeAt(contentStart(line)) === 0x9644 ? contentOf(lines, i).text : null;
}

/**
 * The appendix markers at or after `from`: the first ends the plan's body. A marker before any of
 * the plan's content is not one: `附件：2024年目标任务分解表` above the notice's 落款 names what the
 * notice attaches, and `附件` (or `附件1 |`) over an untitled table labels the plan that follows.
 */
export function findAppendices(lines: readonly string[], from: number, to: number): { title: Span; range: ReturnType<typeof mkRange> }[] {
  const starts: number[] = [];
  const content = new PlanContentScan(lines, from);
  for (let i = from; i < to; i++) {
    const text = attachmentLineAt(lines, i);
    if (text !== null && APPENDIX.test(text) && !/[。；;]/.test(text) && content.before(i)) starts.push(i);
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
    const text = attachmentLineAt(lines, i);
    if (text === null || (!APPENDIX.test(text) && !ATTACHMENT_LIST_START.test(text))) continue;
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
