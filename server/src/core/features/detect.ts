/**
 * Does a .txt/.md file look like a 分工方案 notice (or a plan)? Used by the client to switch such
 * drafts to the `fengong` language and by the server's workspace scan. Cheap: reads the head only.
 */
const TITLE = /(关于印发.{0,80}(分工|分解|任务|方案).{0,20}的?通知|(分工|责任分解|任务分解)方案|重点工作.{0,6}分工|工作任务分工)/;
const FIELD = /(牵头单位|主要责任单位|责任单位|牵头领导|完成时限)\s*[:：]/g;

export function looksLikeDraft(text: string): boolean {
  const head = text.slice(0, 6000);
  const firstLines = head.split(/\r\n|\r|\n/).filter((l) => l.trim()).slice(0, 30).join('\n');
  if (TITLE.test(firstLines)) return true;
  const fields = head.match(FIELD);
  return !!fields && fields.length >= 3;
}

/** The first-line pattern the client's `firstLine` language contribution uses (a subset of the above). */
export const FIRST_LINE_PATTERN = '^\\uFEFF?\\s*(关于印发.*(分工|分解).*通知|.*(分工|责任分解)方案)';
