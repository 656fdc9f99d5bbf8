/**
 * Does a .txt/.md file look like a 分工方案 notice (or a plan)? Used by the client to switch such
 * drafts to the `fengong` language and by the server's workspace scan. Cheap: reads the head only.
 */
/** A notice title or a plan title on a line of its own (no Latin letters: not a heading of some English document). */
const NOTICE_TITLE = /^[\s\u3000\uFEFF]*[^A-Za-z#|`]{0,40}关于印发[^A-Za-z`]{0,80}(的)?通知[\s\u3000]*$/;
const PLAN_TITLE = /^[\s\u3000\uFEFF]*[^A-Za-z#|`]{0,60}(分工|责任分解|任务分解|责任分工)方案[\s\u3000]*([（(]共计?\s*[0-9０-９]+\s*项[)）])?[\s\u3000]*$/;
const FIELD_LINE = /^[^`|#]*(牵头单位|主要责任单位|责任单位|牵头领导|完成时限)\s*[:：]/;

export function looksLikeDraft(text: string): boolean {
  // Fenced code blocks (Markdown documents quoting a draft) do not count.
  const lines: string[] = [];
  let fenced = false;
  for (const l of text.slice(0, 8000).split(/\r\n|\r|\n/)) {
    if (/^\s*(```|~~~)/.test(l)) fenced = !fenced;
    else if (!fenced) lines.push(l);
  }
  const head = lines.filter((l) => l.trim()).slice(0, 40);
  if (head.some((l) => NOTICE_TITLE.test(l) || PLAN_TITLE.test(l))) return true;
  // No title near the top: a run of field lines outside code and tables still makes a draft.
  return lines.filter((l) => FIELD_LINE.test(l) && !/`/.test(l)).length >= 3;
}
