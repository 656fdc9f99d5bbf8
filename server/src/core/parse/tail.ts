import type { Field, FieldLayout, ParseProblem, UnitRef } from '../model';
import { lineRange, spanOf } from '../model';
import { afterFieldNote, makeField, mayBeDeadline, readFieldList, trailingDeadline, type FieldRead } from './fields';
import { looksLikeUnitList, namesUnitsOnly } from './units';
import { isCloseParen, isOpenParen, isSquareClose, leavesBracketOpen, matchingClose, matchingOpen, splitTopLevel, trimEndIndex, trimRange } from './text';
import { isBlankChar } from './text';
import { findLabel, labelFormStartsAt, type LabelHit } from './labels';
import { append } from '../util';

/**
 * Recognisers for fields written at the end of a task's own line, in the order tried:
 *   inline labelled fields  `…。(牵头单位:X;责任单位:Y)`        (003)
 *   inline unbracketed      `…。牵头单位：X；责任单位：Y`
 *   prose roles             `…(区发改局牵头，区财政局配合)`
 *   a convention            `…（A、B负责）` with `列第一位者为牵头单位` stated once
 * Each returns where the task's text ends and the fields it found.
 */
export interface Tail extends FieldRead {
  /** Where the task's own text ends (before the tail and its blanks). */
  readonly textEnd: number;
}

/**
 * `（A牵头，B配合）` (or `A牵头督导`, `A牵头推进`, `A牵头落实`, `A牵头实施`, `A主办，B协办`, `A负总责，B配合`): after the lead, the
 * units that share the work, with the word for their part (配合, 参与, 协办, or 负责落实 / 具体负责 / 组织实施 / 落实 /
 * 负责, as provincial and city plans write it).
 */
const PROSE = /^(.+?)(牵头负责|牵头督导|牵头推进|牵头落实|牵头实施|牵头组织实施|牵头|主办|承办|负总责)(?:[,，;；、]\s*([^,，;；]+?)(?:分别|共同|各自|全力|积极|密切|主动)?(?:配合|参与|协办|协助|按职责分工负责|具体负责|负责落实|负责实施|组织实施|落实|负责))?$/;
/**
 * `（A负责，B配合）`, `（A组织实施，B参与）`: beside units that help, the one 负责 is the lead. (Alone, `（A负责）`
 * names who carries the task: see RESPONSIBLE.)
 */
const LEAD_WITH_HELPERS = /^(.+?)(?:具体负责|负责落实|负责实施|组织实施|负责)[,，;；]\s*(.+?)(?:配合|参与|协办|协助)$/;
/** `（A会同B负责）`: A leads, with B. */
const JOINTLY = /^(.+?)会同(.+?)(?:共同负责|负责落实|负责实施|组织实施|负责|落实|实施|推进)?$/;
/** `（B、C配合）`, `（B参与）`: units that share the work, and no lead. */
const HELPERS_ONLY = /^(.+?)等?(?:分别|共同|各自|全力|积极|密切|主动)?(?:配合|参与|协办|协助)$/;
/**
 * `（A、B负责）`, `（A、B按职责分工负责）`, `由A负责落实`, `A组织实施`: the units named share the task. `具体负责`
 * and `负责落实` / `负责实施` say the same of a unit, `组织实施` too.
 */
const RESPONSIBLE = /^(.+?)等?(?:按职责分工|按职责|按职能分工|按职能|分别|共同|具体)?(?:负责(?:落实|实施|推进|组织实施)?|组织实施)$/;
/**
 * `分管副省长、协管副秘书长负责，`: a clause of leaders (posts or people) before the units' roles, as provincial
 * plans open their brackets. Each name ends in a post.
 */
const LEADER_CLAUSE = /^([^,，;；:：]+?)(?:负责|牵头|分管|联系|督办)[,，;；]\s*/;
export const LEADER_POST = /(?:省长|市长|区长|县长|州长|盟长|旗长|乡长|镇长|秘书长|书记|主席|主任|领导|负责同志|常委|党组成员)$/;

/** A note that says how the plan's lists read from here on (`下同`, `不逐一列出`, `列第一位的为牵头部门`). */
const CONVENTION_NOTE = /下同|不再?(?:逐一|一一)?列出|列第一位|列在第一位|排在第一位|排在首位|列首位/;

/** A lead's clause opening a bracket of roles: `市生态环境局牵头，`. */
const LEAD_CLAUSE = /^(.+?)(牵头负责|牵头|主办|负总责)[,，;；]\s*/;
/** A clause of units with their part: `市发改委、市经信局等参与`, `县(市、区)政府负责落实`. */
const HELPER_CLAUSE = /^(.+?)等?(?:分别|共同|各自|全力|积极|密切|主动|按照?职责分工|按职责)?(?:配合|参与|协办|协助|具体负责|负责落实|负责实施|组织实施|落实|负责)$/;
/** Those a clause of work names, who are no unit: `各方共同参与`, `多方配合`. */
const NO_ONE = /^(?:各方|多方|各地|各级|有关方面|社会各方|社会各界)$/;
/** A clause of work in a bracket of roles, naming no one: `加强督导`, `全力推进`, `抓好落实`, `各方共同参与`. */
const WORK_CLAUSE = /^(?:加强|全力|积极|抓好|强化|做好|推进|持续|切实|认真|共同|协同|密切|确保|及时|督促|指导|统筹|各方|合力|形成合力)[\u4e00-\u9fa5]{0,4}$/;

/**
 * Reads a prose-role or `负责` bracket line[a,b) (`bracketed`: it was in brackets, where bare names
 * `（A、B）` also count); null when it is not one. `由` before the lead
 * (`由区发改局牵头`) is not part of its name, and a deadline may close it (`…，2024年底前完成`).
 */
export function readRoleProse(
  line: string,
  lineNo: number,
  a: number,
  b: number,
  firstListedLeads: boolean,
  planYear: number | null,
  bracketed = true,
): FieldRead | null {
  let end = a + line.slice(a, b).replace(/[。.]$/, '').length;
  // `（…省科技厅牵头。明确牵头部门的，其他有关部门配合，不逐一列出，下同）`: a note on the plan's
  // convention after the roles' sentence is no role; the roles are the sentence before it.
  const stop = line.indexOf('。', a);
  if (stop > a && stop < end && CONVENTION_NOTE.test(line.slice(stop + 1, end))) end = stop;
  let due = trailingDeadline(line, lineNo, a, end, planYear);
  // `（财政部牵头，3月底前出台相关政策，年内持续推进）`: a stage before the last deadline; the deadline is both.
  for (let before = due && trailingDeadline(line, lineNo, a, due.sep, planYear); due && before; before = trailingDeadline(line, lineNo, a, due.sep, planYear))
    due = { sep: before.sep, start: before.start, end: due.end };
  if (due) end = due.sep;
  // `由区发改局牵头`, `此项工作由区发改局牵头`: the words up to 由 name no one.
  const by = leadInBy(line, a);
  const start = by >= 0 && by < end ? by + 1 : a;
  const inner = line.slice(start, end);
  const problems: ParseProblem[] = [];
  const withDeadline = (fields: Field[]): FieldRead => {
    if (due) fields.push(makeField(line, lineNo, 'deadline', spanOf(lineNo, due.start, ''), due.start, due.end, 'prose', planYear, null, problems));
    return { fields, problems };
  };
  // `分管副省长、协管副秘书长负责，省发展改革委牵头，…`: the leaders first, then the units' roles.
  const lc = LEADER_CLAUSE.exec(inner);
  if (lc && lc[1].split('、').every((n) => LEADER_POST.test(n.trim()))) {
    const rest = readRoleProse(line, lineNo, start + lc[0].length, b, firstListedLeads, planYear, bracketed);
    if (rest) {
      const leaders = makeField(line, lineNo, 'leaders', spanOf(lineNo, start + lc[1].length, lc[0].slice(lc[1].length).replace(/[,，;；]\s*$/, '')), start, start + lc[1].length, 'prose', planYear, null, problems);
      return { fields: [leaders, ...rest.fields], problems: [...problems, ...rest.problems] };
    }
  }
  /** A lead's names (the first `lead.length` characters) and, from `after` on, the names of those who help. */
  const leadAndHelpers = (lead: string, leadWord: string, helpers: string | undefined, after: number, helperWord: (helpersEnd: number) => string): FieldRead => {
    const leadEnd = start + lead.length;
    const fields = [makeField(line, lineNo, 'leadUnits', spanOf(lineNo, leadEnd, leadWord), start, leadEnd, 'prose', planYear, null, problems)];
    if (helpers) {
      const us = start + inner.indexOf(helpers, after);
      const ue = us + helpers.length;
      fields.push(makeField(line, lineNo, 'units', spanOf(lineNo, ue, helperWord(ue)), us, ue, 'prose', planYear, null, problems));
    }
    return withDeadline(fields);
  };
  const m = PROSE.exec(inner);
  // `（A牵头负责）` alone says A carries the task by itself, as `（A负责）` does: the label keeps the 负责 (see missing-units).
  if (m && looksLikeUnitList(m[1]) && (!m[3] || looksLikeUnitList(m[3]))) return leadAndHelpers(m[1], !m[3] && m[2] === '牵头负责' ? '牵头负责' : '牵头', m[3], m[1].length, () => '配合');
  // `（A牵头，B、C等参与，D负责落实）`: after the lead, several clauses of units, each with its part.
  const clauses = leadThenClauses(inner);
  if (clauses) {
    const leadEnd = start + clauses.lead.length;
    const fields = [makeField(line, lineNo, 'leadUnits', spanOf(lineNo, leadEnd, clauses.leadWord), start, leadEnd, 'prose', planYear, null, problems)];
    for (const [from, to, wordEnd] of clauses.helpers) {
      const word = inner[to] === '等' ? to + 1 : to;
      fields.push(makeField(line, lineNo, 'units', spanOf(lineNo, start + word, inner.slice(word, wordEnd)), start + from, start + to, 'prose', planYear, null, problems));
    }
    return withDeadline(fields);
  }
  // `（A负责，B配合）`: A leads, B helps.
  const w = !m ? LEAD_WITH_HELPERS.exec(inner) : null;
  if (w && looksLikeUnitList(w[1]) && looksLikeUnitList(w[2])) return leadAndHelpers(w[1], '负责', w[2], w[1].length, (ue) => line.slice(ue, end));
  // `（A会同B负责）`: A leads, B shares the work.
  const j = !m ? JOINTLY.exec(inner) : null;
  if (j && looksLikeUnitList(j[1]) && looksLikeUnitList(j[2])) return leadAndHelpers(j[1], '会同', j[2], j[1].length + 2, (ue) => line.slice(ue, end));
  // `（B、C参与）` with no lead named: the units that share the work (the lead is missing, and reported so).
  // Unbracketed, a sentence of them names whole units only (`各部门要密切配合` is prose).
  const h = !m ? HELPERS_ONLY.exec(inner) : null;
  if (h && (bracketed ? looksLikeUnitList(h[1]) : namesUnitsOnly(h[1]) && !/[要应须需将均都]/.test(h[1]) && !/^(?:加强|积极|主动|争取|做好|抓好|请|向|跟|和|与|同)/.test(h[1]))) {
    const unitsEnd = start + h[1].length;
    return withDeadline([makeField(line, lineNo, 'units', spanOf(lineNo, unitsEnd, inner.slice(h[1].length)), start, unitsEnd, 'prose', planYear, null, problems)]);
  }
  const r = RESPONSIBLE.exec(inner);
  // `（区发改局、区财政局）` with no word at all: the units named are the ones responsible, as with 负责.
  // Only whole unit names (a unit ending or a collective) count: `（含2个省级）` is a note.
  // Bracketed only: a last sentence of bare names is too like prose. Names hold no label or clause.
  const bare = bracketed && !r && !m && !/[:：∶;；]/.test(inner) && looksLikeUnitList(inner, true) ? inner : null;
  if ((r && looksLikeUnitList(r[1])) || bare !== null) {
    const names = r ? r[1] : bare!;
    const namesEnd = start + names.length;
    const all = makeField(line, lineNo, 'leadUnits', spanOf(lineNo, namesEnd, r ? '负责' : ''), start, namesEnd, 'convention', planYear, null, problems);
    if (!firstListedLeads || all.names.length < 2) return withDeadline([all]);
    // `列第一位者为牵头单位`: the first listed leads, the rest share the work.
    const [first, ...rest] = all.names as UnitRef[];
    const lead: Field = { ...all, names: [first], value: first.written, range: first.written.range };
    const restStart = rest[0].written.range.start.character;
    const units: Field = {
      ...all,
      role: 'units',
      names: rest,
      value: spanOf(lineNo, restStart, line.slice(restStart, namesEnd)),
      range: lineRange(lineNo, restStart, namesEnd),
    };
    return withDeadline([lead, units]);
  }
  return null;
}

/**
 * A lead's clause and the clauses of units after it, each with its part (`市生态环境局牵头，市发改委、市经信局等参与，县(市、区)政府
 * 负责落实`): the lead's names, its word, and each clause's names [from, to) and the end of its word, in `inner`. Names a clause
 * lists without a word (`A牵头，B，C配合`) are the next clause's. A clause of work (`加强督导`, `全力推进`) names no one and is
 * passed over; any other clause that is not units with their part leaves the bracket unread (null). A lead alone, the rest
 * work, must name whole units.
 */
function leadThenClauses(inner: string): { lead: string; leadWord: string; helpers: [number, number, number][] } | null {
  const lc = LEAD_CLAUSE.exec(inner);
  if (!lc || !looksLikeUnitList(lc[1])) return null;
  const bounds = splitTopLevel(inner, lc[0].length, inner.length, ',，;；');
  const helpers: [number, number, number][] = [];
  let pending = -1;
  let pendingEnd = -1;
  for (let k = 0; k < bounds.length; k += 2) {
    const [a, b] = trimRange(inner, bounds[k], bounds[k + 1]);
    if (a >= b) return null;
    const clause = inner.slice(a, b);
    const h = HELPER_CLAUSE.exec(clause);
    // Whole units' names only (`统筹办配合`); a clause of work (`全力配合`, `抓好落实`, `各方共同参与`) names no one.
    if (h && namesUnitsOnly(h[1]) && !NO_ONE.test(h[1])) {
      helpers.push([pending >= 0 ? pending : a, a + h[1].length, b]);
      pending = -1;
    } else if (pending < 0 && WORK_CLAUSE.test(clause)) continue;
    else if (namesUnitsOnly(clause)) {
      if (pending < 0) pending = a;
      pendingEnd = b;
    } else return null;
  }
  // `（A牵头，B）`: names after the lead with no word share the work.
  if (pending >= 0) helpers.push([pending, pendingEnd, pendingEnd]);
  if (!helpers.length && !namesUnitsOnly(lc[1])) return null;
  return { lead: lc[1], leadWord: lc[2], helpers };
}

/** Cheap pre-check for a bracket of bare unit names (`（区发改局、区财政局）`, `（区发改局，2024年底前）`): its length. */
function mayBeUnitNames(line: string, from: number, to: number): boolean {
  const [s, e] = trimRange(line, from, to);
  return e - s >= 3 && e - s <= 120;
}

/** Cheap pre-check before the recognisers: a colon/【 (labels) or a role word (牵头, 负责, 负总责, 主办, 会同, 实施) inside the bracket. */
function hasLabelOrRole(line: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = line[i];
    if (c === '：' || c === ':' || c === '∶' || c === '【' || c === '［' || c === '[') return true;
    const d = line[i + 1];
    if ((c === '牵' && d === '头') || (c === '负' && (d === '责' || d === '总')) || (c === '主' && d === '办') || (c === '会' && d === '同') || (c === '实' && d === '施')) return true;
  }
  // `(责任单位为市发改委)`: a label said with 为 opening the bracket.
  return from + 1 < to && labelFormStartsAt(line, from + 1, Math.min(to, from + 13));
}

const CLOSING_STOP = new Set(['。', '.', '；', ';', '，', ',']);

/**
 * The fields closing a task's line (see `readLastTail`), and with them the roles of any earlier
 * sentence of the task that carries its own bracket: `整治燃煤锅炉。(县生态环境局牵头,县发改局参与)开展餐饮
 * 油烟治理。(县城管局牵头,县市场监管局参与)`. A task of two assignments has two leads; reading only the
 * last would lose the first without a word. The earlier brackets stay in the task's text.
 */
export function readTail(
  line: string,
  lineNo: number,
  textStart: number,
  firstListedLeads: boolean,
  planYear: number | null,
): Tail | null {
  // `…。(市发改委负责)(2024年底前完成)`: a bracket of roles, then one of the deadline alone. The roles are read as the tail
  // of the line without the deadline's bracket, and the deadline joins them.
  const due = deadlineBracketAfterBracket(line, lineNo, textStart, planYear);
  if (due) {
    const roles = readRolesTail(line.slice(0, due.open), lineNo, textStart, firstListedLeads, planYear);
    if (roles && roles.fields.some((f) => f.role === 'leadUnits' || f.role === 'units' || f.role === 'leaders'))
      return { textEnd: roles.textEnd, fields: [...roles.fields, due.field], problems: [...roles.problems, ...due.problems] };
  }
  return readRolesTail(line, lineNo, textStart, firstListedLeads, planYear);
}

/** The tail of the line as `readTail` reads it, a deadline's own bracket aside. */
function readRolesTail(line: string, lineNo: number, textStart: number, firstListedLeads: boolean, planYear: number | null): Tail | null {
  const tail = readLastTail(line, lineNo, textStart, firstListedLeads, planYear);
  if (!tail || !tail.fields.length) {
    const leading = readLeadingRoles(line, lineNo, textStart, firstListedLeads, planYear);
    return leading ? { ...leading, textEnd: leading.textEnd ?? tail?.textEnd ?? trimEndIndex(line, textStart) } : tail;
  }
  // A task whose last sentence closes with `（X负责）` may close its earlier ones so too (`…制度。(区卫生健康委负责)严格…。(区农业
  // 农村局负责)`): each names whom that sentence falls to, as a 牵头 would.
  const responsible = tail.fields.some((f) => f.role === 'leadUnits' && f.label.text === '负责');
  const inner = readInnerRoles(line, lineNo, textStart, tail.textEnd, firstListedLeads, planYear, responsible);
  // `…。（牵头单位：X）（完成时限：Y）`, `…。［牵头单位：X］［完成时限：Y］`: a bracket of labelled fields right before the last
  // one is the fields', not the text's (a round one the inner roles have read already).
  let textEnd = tail.textEnd;
  const before: FieldRead[] = [];
  while (textEnd > textStart && (isCloseParen(line[textEnd - 1]) || isSquareClose(line[textEnd - 1]))) {
    const close = textEnd - 1;
    const open = matchingOpen(line, close, textStart);
    const labelsAt = open >= textStart ? labelsStartIn(line, open + 1, close) : -1;
    if (labelsAt < 0) break;
    if (!inner || isSquareClose(line[close])) before.unshift(readFieldList(line, lineNo, labelsAt, close, 'inline', planYear));
    textEnd = trimEndIndex(line.slice(0, open), textStart);
  }
  if (!inner && !before.length) return tail;
  const fields = [...(inner?.fields ?? []), ...before.flatMap((r) => r.fields), ...tail.fields];
  const problems = [...(inner?.problems ?? []), ...before.flatMap((r) => r.problems), ...tail.problems];
  // In the order written: the first sentence's lead is the first lead.
  return { textEnd, fields, problems };
}

/**
 * `由省经贸委负责，省农业厅、环保局配合，加快…`, `由X承办，Y协办，…`: the roles opening a task's sentence, as
 * 实施方案 write them. The clause names a lead (and perhaps those who help) and ends at its comma; the
 * task's words go on after it, and the whole sentence stays the task's text.
 */
const LEADING_ROLES = /^由([^，,。；;：:（(]{2,60}?)(?:牵头负责|牵头|负责|承办|主办)[，,]\s*(?:([^，,。；;：:（(]{2,120}?)(?:配合|协办|参与|协助)[，,])?/;

/** `此项工作由`, `该项任务由`, `具体由`: words that open a sentence of roles before its 由 (the 由's index, or -1). */
const LEAD_IN = /^(?:此项工作|该项工作|本项工作|此项任务|该项任务|本项任务|本任务|该任务|上述工作|以上工作|具体)?由/;
export function leadInBy(line: string, from: number): number {
  const m = LEAD_IN.exec(line.slice(from, from + 6));
  return m ? from + m[0].length - 1 : -1;
}

/**
 * Roles opening a task's sentence (above); or a sentence of roles alone, a deadline perhaps closing it (`此项工作由县发展
 * 改革局牵头，县财政局配合，2025年12月底前完成。` on the line under a task): then the whole sentence is the fields' and the
 * task's text ends before it (`textEnd`).
 */
function readLeadingRoles(line: string, lineNo: number, from: number, firstListedLeads: boolean, planYear: number | null): (FieldRead & { textEnd?: number }) | null {
  const by = leadInBy(line, from);
  if (by < 0) return null;
  const end = trimEndIndex(line, from);
  // Roles alone: a clause of work in it (`由X牵头，Y配合，做好项目申报。`) is the task's own words, which stay its text.
  const whole = line.slice(by, end).split(/[，,；;]/).some((c) => WORK_CLAUSE.test(c.replace(/[。.]$/, '').trim())) ? null : readRoleProse(line, lineNo, by, end, firstListedLeads, planYear, false);
  if (whole && whole.fields.some((f) => f.role === 'leadUnits')) return { ...whole, textEnd: from };
  const m = LEADING_ROLES.exec(line.slice(by, Math.min(line.length, by + 200)));
  if (!m || !looksLikeUnitList(m[1]) || (m[2] !== undefined && !looksLikeUnitList(m[2]))) return null;
  const read = readRoleProse(line, lineNo, by, by + m[0].replace(/[，,]\s*$/, '').length, firstListedLeads, planYear, false);
  return read && read.fields.some((f) => f.role === 'leadUnits') ? read : null;
}

const SENTENCE_STOP = new Set(['。', '；', ';']);

/**
 * Brackets of roles inside a task's text [from, to) that close a sentence of it: after a full stop
 * or before one (`…锅炉。(A牵头,B参与)开展…`, `…锅炉(A牵头,B参与)；开展…`), or a clause before a comma or a 、. Only a bracket that names
 * a lead counts (a `牵头` or a label): a bracket of bare names or of `负责` inside a sentence is as
 * often a remark (`（由各地负责）`) as an assignment.
 */
function readInnerRoles(line: string, lineNo: number, from: number, to: number, firstListedLeads: boolean, planYear: number | null, responsible = false): FieldRead | null {
  let found: FieldRead | null = null;
  for (let p = from; p < to; p++) {
    if (!isOpenParen(line[p])) continue;
    const close = matchingClose(line, p, to);
    if (close < 0) break;
    const before = p > from ? line[p - 1] : '';
    const after = close + 1 < to ? line[close + 1] : '';
    // `…推进项目公开（牵头单位：区发改委；责任单位：各街道）、打造…`: clauses of one item listed with 、, each with its roles.
    if ((SENTENCE_STOP.has(before) || SENTENCE_STOP.has(after) || after === '，' || after === ',' || after === '、') && hasLabelOrRole(line, p, close)) {
      // A `（X负责）` counts only after a sentence's stop, as the last one stands: inside a sentence (`…制度（由各地负责）。`) it is a remark.
      const read = readRoleBracket(line, lineNo, p + 1, close, firstListedLeads, planYear, responsible && SENTENCE_STOP.has(before));
      // A bracket that names a lead counts, and so does a labelled one (`(责任单位:区国资中心)`): a label is no remark.
      if (read && read.fields.some((f) => f.role === 'leadUnits' || f.role === 'leaders' || f.layout === 'inline')) {
        found = found ?? { fields: [], problems: [] };
        append(found.fields, read.fields);
        append(found.problems, read.problems);
      }
    }
    p = close;
  }
  return found;
}

/**
 * Where the labels start inside a bracket [is, ie): at its start (`牵头单位：…`, `【牵头单位】…`), or after a
 * short note (`预期性指标，牵头单位：…`); -1 when it holds none (roles in prose, or bare names).
 */
function labelsStartIn(line: string, is: number, ie: number): number {
  // `(责任单位为市发改委)`: a label said with 为 (see labels.ts).
  return /^(【|\[|［)?[\u4e00-\u9fa5]{2,8}(】|\]|］|\s*[:：∶])/.test(line.slice(is, ie)) || labelFormStartsAt(line, is, Math.min(ie, is + 12)) ? is : afterFieldNote(line, is, ie);
}

/**
 * A bracket's inside [a, b) read as labelled fields or as roles in prose with a 牵头 — or, where the task's last bracket
 * is one (`responsible`), a `（X负责）` of whole units' names; null otherwise.
 */
function readRoleBracket(line: string, lineNo: number, a: number, b: number, firstListedLeads: boolean, planYear: number | null, responsible = false): FieldRead | null {
  const [is, ie] = trimRange(line, a, b);
  const labelsAt = labelsStartIn(line, is, ie);
  if (labelsAt >= 0) return readFieldList(line, lineNo, labelsAt, ie, 'inline', planYear);
  const lead = line.indexOf('牵头', is);
  if (lead >= 0 && lead < ie) return readRoleProse(line, lineNo, is, ie, firstListedLeads, planYear);
  if (!responsible) return null;
  // `(资金由区财政局负责)`, `(具体由区教育局负责)`: a part of the work given to someone is a remark on the sentence, no lead of it.
  const by = line.indexOf('由', is + 1);
  if (by >= 0 && by < ie) return null;
  const read = readRoleProse(line, lineNo, is, ie, firstListedLeads, planYear);
  return read && read.fields.every((f) => f.label.text === '负责' && f.names.every((u) => looksLikeUnitList(u.name, true))) ? read : null;
}

/**
 * The fields written at the end of a task's line [textStart, …): where its text ends and what they hold.
 */
function readLastTail(
  line: string,
  lineNo: number,
  textStart: number,
  firstListedLeads: boolean,
  planYear: number | null,
): Tail | null {
  let end = trimEndIndex(line, textStart);
  // Allow one closing stop after the bracket: `…(牵头单位:X)。`, or the `；` of a list of tasks
  // written as one sentence (`…(牵头单位:X;责任单位:Y);`).
  if (end > textStart && CLOSING_STOP.has(line[end - 1]) && (isCloseParen(line[end - 2] ?? '') || isSquareClose(line[end - 2] ?? ''))) end--;
  // `…。[牵头单位:X;责任单位:Y]`: square brackets round labelled fields (a label then a colon first),
  // never round bare names or prose.
  if (end > textStart && isSquareClose(line[end - 1])) {
    const open = matchingOpen(line, end - 1, textStart);
    if (open >= textStart) {
      const [is, ie] = trimRange(line, open + 1, end - 1);
      if (/^[\u4e00-\u9fa5]{2,8}\s*[:：∶]/.test(line.slice(is, Math.min(ie, is + 12)))) {
        const read = readFieldList(line, lineNo, is, ie, 'inline', planYear);
        if (read.fields.length) return { fields: read.fields, problems: read.problems, textEnd: trimEndIndex(line.slice(0, open), textStart) };
      }
    }
  }
  if (end > textStart && isCloseParen(line[end - 1])) {
    const open = matchingOpen(line, end - 1, textStart);
    // `责任单位：（县财政局、县外事办）`: a bracket right after a label's colon is that label's value, read with the label below.
    if (open >= textStart && !isColon(line[lastWordBefore(line, open, textStart)]) && (hasLabelOrRole(line, open, end) || mayBeUnitNames(line, open + 1, end - 1))) {
      const [is, ie] = trimRange(line, open + 1, end - 1);
      const textEnd = trimEndIndex(line.slice(0, open), textStart);
      const labelsAt = labelsStartIn(line, is, ie);
      if (labelsAt >= 0) {
        const read = readFieldList(line, lineNo, labelsAt, ie, 'inline', planYear);
        if (read.fields.length) return { fields: read.fields, problems: read.problems, textEnd };
      } else {
        const prose = readRoleProse(line, lineNo, is, ie, firstListedLeads, planYear);
        if (prose) return { fields: prose.fields, problems: prose.problems, textEnd };
      }
    }
  }
  // Unbracketed labelled fields after the task's sentence: `…。牵头单位：X；责任单位：Y`. Most task
  // lines have no colon at all; skip the label search for them (it is the costly part).
  const hasColon = line.indexOf('：', textStart) >= 0 || line.indexOf(':', textStart) >= 0 || line.indexOf('【', textStart) >= 0 || line.indexOf('∶', textStart) >= 0;
  const m: LabelHit = { index: 0, labelAt: 0, label: '', end: 0 };
  for (let p = textStart; hasColon && findLabel(line, p, line.length, m); p = m.end) {
    const before = line[m.index - 1];
    // A label inside a bracket left open (`…（牵头单位：X；责任单位：Y` cut by a wrap) is not one written after the sentence.
    if (m.index > textStart && (before === '。' || before === '；' || before === ';' || isBlankChar(before)) && !leavesBracketOpen(line, textStart, m.index)) {
      const read = readFieldList(line, lineNo, m.index, trimEndIndex(line), 'inline', planYear);
      if (read.fields.length) return { fields: read.fields, problems: read.problems, textEnd: trimEndIndex(line.slice(0, m.index), textStart) };
    }
  }
  const by = readClosingByClause(line, lineNo, textStart, end, firstListedLeads, planYear);
  if (by) return by;
  // Roles in prose as the task's last sentence: `…。区发改局牵头，区财政局配合。`
  const stop = line.lastIndexOf('。', end - 2);
  // `…。县住建局、县生态环境局配合，2025年底前完成。` too: those who share the work, the lead left out (and reported so).
  if (stop >= textStart && end - stop <= 80 && (hasLabelOrRole(line, stop, end) || line.indexOf('配合', stop) >= 0)) {
    const last = line[end - 1] === '。' ? end - 1 : end;
    const prose = readRoleProse(line, lineNo, stop + 1, last, firstListedLeads, planYear, false);
    if (prose) return { fields: prose.fields, problems: prose.problems, textEnd: stop + 1 };
  }
  return null;
}

const isColon = (c: string | undefined): boolean => c === '：' || c === ':' || c === '∶';

/**
 * The bracket closing the line when it holds a deadline alone (`(2024年底前完成)`, `（2024年6月底前）`) and another bracket
 * closes right before it: where it opens, and the deadline as a field. Null otherwise.
 */
function deadlineBracketAfterBracket(line: string, lineNo: number, textStart: number, planYear: number | null): { open: number; field: Field; problems: ParseProblem[] } | null {
  const end = trimEndIndex(line, textStart);
  if (end - textStart < 6 || !isCloseParen(line[end - 1])) return null;
  const open = matchingOpen(line, end - 1, textStart);
  if (open <= textStart || !isCloseParen(line[lastWordBefore(line, open, textStart)])) return null;
  const [is, ie] = trimRange(line, open + 1, end - 1);
  if (ie - is < 2 || ie - is > 24 || !mayBeDeadline(line.slice(is, ie)) || /牵头|负责|配合|单位|部门|参与|[:：∶]/.test(line.slice(is, ie))) return null;
  const problems: ParseProblem[] = [];
  const field = makeField(line, lineNo, 'deadline', spanOf(lineNo, is, ''), is, ie, 'prose', planYear, null, problems);
  return field.deadline && field.deadline.kind !== 'unknown' ? { open, field, problems } : null;
}

/** The index of the last character before `at` that is no blank (down to `from`; `from - 1` when there is none). */
function lastWordBefore(line: string, at: number, from: number): number {
  let k = at - 1;
  while (k >= from && isBlankChar(line[k])) k--;
  return k;
}

/** `由发展改革委会同中央农办、农业部…等部门`: who leads, and with whom, in a clause opening with 由. */
const BY_JOINTLY = /^由([^，,。；;、]{2,40}?)会同([^，,。；;]{2,300}?等(?:有关)?(?:部门|单位|地区))/;

/**
 * `（二）关于“严守耕地保护红线”的问题，由国土资源部会同农业部等部门负责落实。`: the 国办 分工通知's form, the roles in
 * the item's last clause after a comma, the work after the names (`负责落实`, `研究提出落实意见`). The clause is the
 * fields'; the item's text ends before its comma.
 */
function readClosingByClause(line: string, lineNo: number, textStart: number, end: number, firstListedLeads: boolean, planYear: number | null): Tail | null {
  let comma = -1;
  for (let k = end - 2; k > textStart && k >= end - 360; k--) {
    const c = line[k];
    if (c === '，' || c === ',') {
      comma = k;
      break;
    }
    if (c === '。' || c === '；' || c === ';') return null;
  }
  if (comma < 0 || line[comma + 1] !== '由') return null;
  const m = BY_JOINTLY.exec(line.slice(comma + 1, end));
  if (!m) return null;
  const read = readRoleProse(line, lineNo, comma + 1, comma + 1 + m[0].length, firstListedLeads, planYear, false);
  return read && read.fields.some((f) => f.role === 'leadUnits') ? { fields: read.fields, problems: read.problems, textEnd: comma } : null;
}

/**
 * `…编制并公布行政备案事项清单。(牵头单位:区政府办公室;责任单位:区司法局等有关部门` with the next item after it:
 * the fields' bracket was never closed (a typo the bracket rule reports). Read once the task is known to end
 * on line[from, to): the labelled fields from the last bracket left open to the end, and the text before it.
 */
export function readUnclosedFields(line: string, lineNo: number, from: number, to: number, planYear: number | null): Tail | null {
  let depth = 0;
  for (let p = to - 1; p >= from; p--) {
    if (isCloseParen(line[p])) depth++;
    else if (isOpenParen(line[p])) {
      if (depth > 0) {
        depth--;
        continue;
      }
      const [is, ie] = trimRange(line, p + 1, to);
      // The labels may follow a note (`（预期性指标，牵头单位：…`), as in a closed bracket.
      const at = labelsStartIn(line, is, ie);
      if (at < 0) return null;
      const read = readFieldList(line, lineNo, at, ie, 'inline', planYear);
      return read.fields.length ? { fields: read.fields, problems: read.problems, textEnd: trimEndIndex(line.slice(0, p), from) } : null;
    }
  }
  return null;
}

export type { FieldLayout };
