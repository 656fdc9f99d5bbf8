import { spanOf, type ParseProblem } from '../model';
import { makeField, type FieldRead } from './fields';
import { LEADER_POST } from './tail';
import { hasPostBefore, looksLikeUnitList } from './units';

/**
 * A heading that says whose work the items below it are: `一、孟学农省长负责的工作`, `（一）省编办牵头的工作`,
 * `一、王浩省长牵头重点工作`, as provincial 责任分解 plans are arranged (by leader, then by lead unit). The
 * words before the role word are the names; a stated count may close the heading (`（共5项）`).
 */
const HEADING_ROLE = /^(.+?)(牵头|负责|分管|主抓|联系)(?:的|抓的)?(?:重点)?(?:工作|任务|事项)(?:[（(]共?[0-9０-９]+项[)）])?[。.]?$/;

/** Cheap pre-check: a heading that names work (工作 / 任务 / 事项) and a role word. */
function mayNameRole(text: string): boolean {
  return (text.includes('工作') || text.includes('任务') || text.includes('事项')) && /牵头|负责|分管|主抓|联系/.test(text);
}

/**
 * The role a heading's own words state for everything under it, as a field: the leaders when every
 * name is a post (`孟学农省长`, `常务副省长`), the lead units when every name is a unit with a unit's
 * ending (`省编办`, `省人民政府办公厅`); null for any other heading (`（一）深化改革牵头工作` names no one).
 * The title keeps its words: the field only reads them.
 */
export function readHeadingRole(line: string, lineNo: number, from: number, to: number, planYear: number | null): FieldRead | null {
  if (to - from > 60) return null;
  const text = line.slice(from, to);
  if (!mayNameRole(text)) return null;
  const m = HEADING_ROLE.exec(text);
  if (!m) return null;
  // `由县长负责的工作`: 由 is no part of the name. `需要市领导负责的工作`, `其他领导…`: a kind of work, not a leader.
  const by = m[1].startsWith('由') ? 1 : 0;
  // `沈建良副市长、钟山副市长共同主抓重点工作`: how the names share the work is no part of them.
  const names = m[1].slice(by).replace(/(?:共同|一起|联合|协同|分别)$/, '');
  if (!names || /需要|应由|其他|其它|相关|有关/.test(names)) return null;
  // A post after the name or alone (`孟学农省长`, `常务副省长`), or before the name (`常务副市长沈建良`).
  const posts = names.split('、').every((n) => LEADER_POST.test(n.trim()) || hasPostBefore(n.trim()));
  const role = posts ? 'leaders' : looksLikeUnitList(names, true) ? 'leadUnits' : null;
  if (!role) return null;
  const problems: ParseProblem[] = [];
  const end = from + by + names.length;
  const field = makeField(line, lineNo, role, spanOf(lineNo, from + m[1].length, m[2]), from + by, end, 'prose', planYear, null, problems);
  return { fields: [field], problems };
}
