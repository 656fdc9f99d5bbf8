import type { FieldRole } from '../model';
import { isBlankCode, isCloseBracket, isOpenBracket } from './text';

/**
 * Field labels by role (DOMAIN.md). Longer labels first so `完成时间节点` wins over `完成时间`
 * and `主要责任单位` over `责任单位`.
 */
const LABELS: [string, FieldRole][] = (
  [
    ['牵头区领导', 'leaders'],
    ['牵头领导', 'leaders'],
    ['责任领导', 'leaders'],
    ['分管领导', 'leaders'],
    ['分管区领导', 'leaders'],
    ['责任区领导', 'leaders'],
    ['联系区领导', 'leaders'],
    ['联系领导', 'leaders'],
    ['牵头市领导', 'leaders'],
    ['责任市领导', 'leaders'],
    ['分管市领导', 'leaders'],
    ['联系市领导', 'leaders'],
    ['牵头县领导', 'leaders'],
    ['责任县领导', 'leaders'],
    ['分管县领导', 'leaders'],
    ['联系县领导', 'leaders'],
    ['牵头省领导', 'leaders'],
    ['责任省领导', 'leaders'],
    ['分管省领导', 'leaders'],
    ['联系省领导', 'leaders'],
    // Provincial plans: 牵头负责领导 / 牵头责任单位 / 协同责任单位.
    ['牵头负责领导', 'leaders'],
    ['负责领导', 'leaders'],
    // A table column or a field line headed just 区领导 / 市领导, and the person answerable (责任人).
    ['区领导', 'leaders'],
    ['市领导', 'leaders'],
    ['县领导', 'leaders'],
    ['省领导', 'leaders'],
    ['责任人', 'leaders'],
    // County plans name the leader who answers for a task 包抓 / 包联.
    ['包抓领导', 'leaders'],
    ['包联领导', 'leaders'],
    ['包抓县领导', 'leaders'],
    ['牵头人', 'leaders'],
    // 县级责任领导 / 包保领导 / 督办领导 / 领衔领导: the county leader a 督办 list holds to the task.
    ['县级责任领导', 'leaders'],
    ['市级责任领导', 'leaders'],
    ['区级责任领导', 'leaders'],
    ['省级责任领导', 'leaders'],
    ['包保领导', 'leaders'],
    ['包保县领导', 'leaders'],
    ['包保市领导', 'leaders'],
    ['包保区领导', 'leaders'],
    ['督办领导', 'leaders'],
    ['领衔领导', 'leaders'],
    // 县级领导 / 市级领导: the level's leader, as 督办 lists head the column.
    ['县级领导', 'leaders'],
    ['市级领导', 'leaders'],
    ['区级领导', 'leaders'],
    ['省级领导', 'leaders'],
    ['牵头县级领导', 'leaders'],
    ['牵头市级领导', 'leaders'],
    // Universities and hospitals split their 工作要点 the same way, with 校领导 / 院领导.
    ['校领导', 'leaders'],
    ['牵头校领导', 'leaders'],
    ['分管校领导', 'leaders'],
    ['责任校领导', 'leaders'],
    ['联系校领导', 'leaders'],
    ['院领导', 'leaders'],
    ['牵头院领导', 'leaders'],
    ['分管院领导', 'leaders'],
    ['责任院领导', 'leaders'],
    ['总牵头单位', 'groupLead'],
    ['责任牵头单位', 'leadUnits'],
    ['主要责任单位', 'leadUnits'],
    // `第一责任单位为牵头单位`: beside it, 主要责任单位 names the units that share the task (see makeTask).
    ['第一责任单位', 'leadUnits'],
    ['牵头单位', 'leadUnits'],
    ['牵头部门', 'leadUnits'],
    ['主责单位', 'leadUnits'],
    ['主责部门', 'leadUnits'],
    ['牵头责任单位', 'leadUnits'],
    ['牵头责任部门', 'leadUnits'],
    ['牵头负责单位', 'leadUnits'],
    // The short forms a county plan writes on its own lines: `牵头：X` / `配合：Y` / `时限：…`.
    ['牵头', 'leadUnits'],
    ['牵头负责部门', 'leadUnits'],
    ['责任牵头部门', 'leadUnits'],
    ['牵头处室', 'leadUnits'],
    ['牵头科室', 'leadUnits'],
    ['牵头股室', 'leadUnits'],
    // A ministry splits its 工作要点 among its 司局: `牵头司局：规划司；参与司局：财务司、法规司`.
    ['牵头司局', 'leadUnits'],
    ['责任司局', 'units'],
    ['参与司局', 'units'],
    ['配合司局', 'units'],
    ['协办司局', 'units'],
    ['主办单位', 'leadUnits'],
    ['责任主体', 'leadUnits'],
    ['责任单位', 'units'],
    ['责任部门', 'units'],
    ['配合单位', 'units'],
    ['配合部门', 'units'],
    ['协办单位', 'units'],
    ['参与单位', 'units'],
    ['实施单位', 'units'],
    ['协同单位', 'units'],
    ['协作单位', 'units'],
    ['参与部门', 'units'],
    ['协办部门', 'units'],
    ['协同部门', 'units'],
    ['协作部门', 'units'],
    ['配合处室', 'units'],
    ['责任处室', 'units'],
    ['参加单位', 'units'],
    ['参与部门', 'units'],
    ['协同部门', 'units'],
    ['协办部门', 'units'],
    ['协助单位', 'units'],
    ['协同责任单位', 'units'],
    ['配合', 'units'],
    ['协办', 'units'],
    ['配合责任单位', 'units'],
    ['承办单位', 'units'],
    ['具体责任单位', 'units'],
    ['落实单位', 'units'],
    // 巡视 / 巡察 / 审计 / 督查 整改清单: 整改责任单位, 问题整改责任单位, 整改时限.
    ['整改责任单位', 'units'],
    ['问题整改责任单位', 'units'],
    // `部门分工：省发展改革委牵头，各地、各部门配合。`: the duties are written after the names.
    ['部门分工', 'units'],
    // Inside one bureau the units are its sections: 科室, 股室.
    ['责任科室', 'units'],
    // 负责单位 / 负责科室: who answers for the task, as 责任单位 says.
    ['负责单位', 'units'],
    ['负责部门', 'units'],
    ['负责处室', 'units'],
    ['负责科室', 'units'],
    ['负责股室', 'units'],
    ['责任股室', 'units'],
    ['配合科室', 'units'],
    // A township's 站所 (司法所, 农业站): its sections.
    ['责任站所', 'units'],
    ['配合站所', 'units'],
    ['完成时间节点', 'deadline'],
    ['完成时限', 'deadline'],
    ['时限', 'deadline'],
    ['完成时间', 'deadline'],
    ['时间节点', 'deadline'],
    ['时限要求', 'deadline'],
    ['完成期限', 'deadline'],
    ['办结时限', 'deadline'],
    ['时间要求', 'deadline'],
    ['时间安排', 'deadline'],
    ['进度安排', 'deadline'],
    ['工作时限', 'deadline'],
    ['完成时点', 'deadline'],
    ['完成节点', 'deadline'],
    ['完成日期', 'deadline'],
    ['办结时间', 'deadline'],
    ['截止时间', 'deadline'],
    ['整改时限', 'deadline'],
    ['整改期限', 'deadline'],
    ['整改时间', 'deadline'],
    ['推进时限', 'deadline'],
    ['办理时限', 'deadline'],
    ['落实时限', 'deadline'],
  ] as [string, FieldRole][]
).sort((a, b) => b[0].length - a[0].length);

export const LABEL_ROLES: ReadonlyMap<string, FieldRole> = new Map(LABELS);

const LABEL_ALT = LABELS.map(([l]) => l).join('|');

/**
 * A label then a colon of either width (`牵头单位：`, or the look-alike `∶`), or a label in 【】 with or without one
 * (`【牵头单位】`). Group 1 is the opening 【 when there is one, group 2 the label.
 */
const LABEL_FORM = `(【|\\[|［|\\*\\*)?(${LABEL_ALT})(?:(?:】|\\]|］|\\*\\*)\\s*[:：∶]?|\\s*[:：∶](?:\\*\\*)?)`;
/**
 * The label form as patterns, at a position and anywhere. The parser matches by hand ({@link findLabel},
 * {@link labelFormStartsAt}); these state what it must match, and its tests hold it to them.
 */
export const LABEL_AT = new RegExp(`^${LABEL_FORM}`);
export const LABEL_ANYWHERE = new RegExp(LABEL_FORM, 'g');

/** A label found in a line: what {@link LABEL_ANYWHERE} would match there, without its match array. */
export interface LabelHit {
  /** Where the match starts (at the opening 【 when there is one). */
  index: number;
  /** Where the label itself starts. */
  labelAt: number;
  label: string;
  /** Just past the colon or closing bracket. */
  end: number;
}

/** Labels by their first UTF-16 code unit, longest first (the order of the pattern's alternation). */
const LABELS_BY_FIRST = new Map<number, string[]>();
for (const [l] of LABELS) {
  const list = LABELS_BY_FIRST.get(l.charCodeAt(0));
  if (list) list.push(l);
  else LABELS_BY_FIRST.set(l.charCodeAt(0), [l]);
}

/** What a code unit may start, so the scan skips everything else with one lookup: */
const NOTHING = 0;
const LABEL_FIRST = 1;
/** 【 [ ［ */
const OPENER = 2;
const ASTERISK = 3;
const STARTS = new Uint8Array(0x10000);
for (const k of LABELS_BY_FIRST.keys()) STARTS[k] = LABEL_FIRST;
for (const c of '【[［') STARTS[c.charCodeAt(0)] = OPENER;
STARTS[0x2a] = ASTERISK;

/** JavaScript's `\s`, exactly (the pattern's blanks between a label and its colon). */
function isRegExpSpace(k: number): boolean {
  return (
    (k >= 0x09 && k <= 0x0d) || k === 0x20 || k === 0xa0 || k === 0x1680 || (k >= 0x2000 && k <= 0x200a) ||
    k === 0x2028 || k === 0x2029 || k === 0x202f || k === 0x205f || k === 0x3000 || k === 0xfeff
  );
}

/** `:` `：`, and `∶` (U+2236 RATIO), which some input methods give for a full-width colon. */
const isColon = (k: number): boolean => k === 0x3a || k === 0xff1a || k === 0x2236;
/** 】 ] ］ */
const isLabelClose = (k: number): boolean => k === 0x3011 || k === 0x5d || k === 0xff3d;
/** 【 [ ［ */
const isLabelOpen = (k: number): boolean => k === 0x3010 || k === 0x5b || k === 0xff3b;

/** Where the label form's ending (`】`, `】：`, `**：`, ` ：`, `：**`) that starts at `r` ends, or -1. */
function labelEnding(line: string, r: number, to: number): number {
  const k = line.charCodeAt(r);
  if (r < to && (isLabelClose(k) || (k === 0x2a && r + 1 < to && line.charCodeAt(r + 1) === 0x2a))) {
    let j = r + (k === 0x2a ? 2 : 1);
    while (j < to && isRegExpSpace(line.charCodeAt(j))) j++;
    // The blanks after a closing bracket belong to the match, colon or not (`\s*[:：]?`).
    return j < to && isColon(line.charCodeAt(j)) ? j + 1 : j;
  }
  let j = r;
  while (j < to && isRegExpSpace(line.charCodeAt(j))) j++;
  if (j < to && isColon(line.charCodeAt(j))) {
    j++;
    if (j + 1 < to && line.charCodeAt(j) === 0x2a && line.charCodeAt(j + 1) === 0x2a) j += 2;
    return j;
  }
  return -1;
}

/**
 * Where a label said with 为 instead of a colon ends (`(责任单位为市发改委)`, `牵头单位为市商务局,配合单位为市财政局`), or -1:
 * only where the label opens a bracket or a clause inside one (not a line: `牵头单位为任务落实的责任主体,…` is a sentence), and 为
 * is followed by a value (`各牵头单位为第一责任人`, `以牵头单位为主` say something else; see NOT_A_VALUE).
 */
function saidWithWei(line: string, q: number, r: number, to: number): number {
  if (r + 1 >= to || line.charCodeAt(r) !== 0x4e3a || q === 0) return -1;
  const before = line.charCodeAt(q - 1);
  const opens = before === 0x28 || before === 0xff08 || before === 0x2c || before === 0xff0c || before === 0x3b || before === 0xff1b;
  if (!opens || NOT_A_VALUE.test(line.slice(r + 1, r + 3))) return -1;
  // `为:` closes the label as a colon would; a value is a few names or a date, not a clause (`…为任务落实的责任主体`).
  const at = isColon(line.charCodeAt(r + 1)) ? r + 2 : r + 1;
  let e = at;
  while (e < to && e - at <= 40 && !CLAUSE_STOP.has(line.charCodeAt(e))) e++;
  return e - at > 40 || line.slice(at, e).includes('的') ? -1 : at;
}

/** Where a value said with 为 ends: `，` `,` `；` `;` `。` and closing brackets. */
const CLAUSE_STOP = new Set([...'，,；;。)）'].map((c) => c.charCodeAt(0)));

/** What follows 为 where it says no value: `…为主`, `…为准`, `…为第一责任人`, `第一责任单位为牵头单位` (a convention). */
const NOT_A_VALUE = /^(?:[主准第依核重首作负]|牵头|配合|责任|协办|主办|协同)/;

/** The label whose form matches at `q` (a label then its ending) within [q,to), writing it to `hit`. */
function labelFormAt(line: string, q: number, to: number, hit: LabelHit): boolean {
  const candidates = LABELS_BY_FIRST.get(line.charCodeAt(q));
  if (!candidates) return false;
  for (const l of candidates) {
    if (q + l.length > to || !line.startsWith(l, q)) continue;
    const end = labelEnding(line, q + l.length, to);
    const said = end < 0 ? saidWithWei(line, q, q + l.length, to) : -1;
    if (end < 0 && said < 0) continue;
    hit.labelAt = q;
    hit.label = l;
    hit.end = end < 0 ? said : end;
    return true;
  }
  return false;
}

/**
 * The first match of {@link LABEL_ANYWHERE} in `line.slice(0, to)` at or after `from`, written to
 * `hit`; false when there is none. Matched by hand: this runs on every field, and the pattern's
 * 70-way alternation is tried at every character and allocates a match array per field.
 */
export function findLabel(line: string, from: number, to: number, hit: LabelHit): boolean {
  for (let p = from; p < to; p++) {
    const start = STARTS[line.charCodeAt(p)];
    if (start === NOTHING) continue;
    const q = start === LABEL_FIRST ? p : start === OPENER ? p + 1 : line.charCodeAt(p + 1) === 0x2a ? p + 2 : -1;
    if (q >= 0 && q < to && labelFormAt(line, q, to, hit)) {
      hit.index = p;
      return true;
    }
  }
  return false;
}

/** Does a label form (see {@link findLabel}) start exactly at `at`, ending within `to`? */
const SCRATCH: LabelHit = { index: 0, labelAt: 0, label: '', end: 0 };
export function labelFormStartsAt(line: string, at: number, to: number): boolean {
  const hit = SCRATCH;
  const k = line.charCodeAt(at);
  const open = isLabelOpen(k) ? 1 : k === 0x2a && at + 1 < to && line.charCodeAt(at + 1) === 0x2a ? 2 : 0;
  return (open > 0 && at + open < to && labelFormAt(line, at + open, to, hit)) || labelFormAt(line, at, to, hit);
}

export function roleOfLabel(label: string): FieldRole | undefined {
  return LABEL_ROLES.get(label);
}

/**
 * A header cell's name and the note in brackets after it, blanks dropped: `重点工作任务（共4项）`, `责任单位（列第一位的为
 * 牵头单位）`, `重点工作任务(杭州市2项配合工作)` name their columns as `重点工作任务` and `责任单位` do. The note is empty
 * when the cell has none.
 */
function headerParts(cell: string): { name: string; note: string } {
  const c = cell.replace(/\s+/g, '');
  const m = /^(.+?)[（(]([^（()）]*)[)）]$/.exec(c);
  return m ? { name: m[1], note: m[2] } : { name: c, note: '' };
}

/** Table header cells and the roles of their columns. */
export function roleOfHeaderCell(cell: string): FieldRole | 'text' | 'number' | undefined {
  const { name, note } = headerParts(cell);
  const role = roleOfColumnName(name);
  // `责任单位（牵头）`: the note says whose column it is.
  return role === 'units' && /^牵头(单位|部门)?$/.test(note) ? 'leadUnits' : role;
}

function roleOfColumnName(c: string): FieldRole | 'text' | 'number' | undefined {
  if (/^(序号|编号|序)$/.test(c)) return 'number';
  // The task's own words: 工作任务, 主要工作任务, 重点工作, 民生实事, 项目名称, 主要内容, 工作目标….
  if (TEXT_HEADER.test(c) && !/单位|领导|时限|时间|部门|科室|处室|主体|来源|依据/.test(c)) return 'text';
  const exact = LABEL_ROLES.get(c);
  if (exact) return exact;
  if (/领导/.test(c)) return 'leaders';
  if (/(牵头|主责)/.test(c)) return 'leadUnits';
  // 责任单位, 协同责任单位, 承办单位, 实施主体, 责任主体与协同单位….
  if (/(配合|协办|协同|协作|协助|参与|责任|实施|承办)(单位|部门|科室|处室|主体)/.test(c)) return 'units';
  // 责任街镇, 责任乡镇: the towns and streets that carry the task on the ground (闵行 2023).
  if (/(责任|配合|参与)(街镇|镇街|乡镇|街道)$/.test(c)) return 'units';
  if (/(时限|时间|节点)/.test(c)) return 'deadline';
  return undefined;
}

/**
 * Headers of a column holding what a task is about (the last words name it). `指标` names what a target is
 * for (`指标 | 预期目标`): the first such column is the text, the target beside it an extra column.
 */
const TEXT_HEADER = /(任务|事项|工作|实事|项目|名称|内容|目标|工作措施|指标)$/;

/**
 * A rectification list's column of problems (问题描述, 存在问题, 检查发现问题): the task's text where no column names the
 * work (no 工作任务, no 整改措施), or where the only other is a place's name (`路段名称 | 问题描述`, 岳阳 城管).
 */
const PROBLEM_HEADER = /(问题|问题描述)$/;

/**
 * A column of requirements or measures (具体要求, 工作要求, 具体措施, 工作举措): the task's text when the
 * table has no other text column, an extra column beside one.
 */
function isDetailHeader(c: string): boolean {
  return /(要求|措施|举措)$/.test(c) && !/(时限|时间)/.test(c);
}

/**
 * Whether a table cell reads as a column's name, even one the parser does not use (任务来源, 备注,
 * 政策依据, 1-10月推进情况): short, no clause punctuation, no list number of its own.
 */
export function isColumnName(cell: string): boolean {
  if (isPlainColumnName(cell.replace(/\s+/g, ''))) return true;
  // A name with a note (`重点工作任务（共4项）`): only one the parser reads, or a quantity's unit (`总投资(万元)`), so that a
  // row's cell (`区发改局（牵头）`) is no header.
  const { name, note } = headerParts(cell);
  return note !== '' && isPlainColumnName(name) && (roleOfColumnName(name) !== undefined || MEASURE.test(note));
}

/** The unit a column's figures are counted in: `万元`, `亿元`, `个`, `%`, `万平方米`. */
const MEASURE = /^(?:[万亿千百]?(?:元|人|户|家|个|项|所|套|亩|吨|辆|台|座|条|件|次|公里|千米|米|平方米|立方米|公顷|千瓦|兆瓦|千瓦时|标准箱)|%|％|‰)$/;

function isPlainColumnName(c: string): boolean {
  return c.length > 0 && c.length <= 12 && !/[。，,；;：:、！？（(）)]/.test(c) && !/^[0-9０-９]+[.．]?$/.test(c);
}

/**
 * The roles of a table's columns from its header cells: one text column (the first that names the task's
 * words; failing that, the first column of requirements or measures), the others by their names; a
 * column named by nothing the parser reads has no role.
 */
export function rolesOfHeader(headers: readonly string[]): (FieldRole | 'text' | 'number' | undefined)[] {
  const roles = headers.map(roleOfHeaderCell);
  let text = roles.indexOf('text');
  if (text < 0) {
    text = headers.findIndex((h, k) => roles[k] === undefined && isDetailHeader(headerParts(h).name));
    if (text >= 0) roles[text] = 'text';
  }
  const problem = headers.findIndex((h, k) => roles[k] === undefined && PROBLEM_HEADER.test(headerParts(h).name));
  if (problem >= 0 && (text < 0 || /名称$/.test(headerParts(headers[text]).name))) {
    if (text >= 0) roles[text] = undefined;
    roles[problem] = 'text';
    text = problem;
  }
  // `第一责任单位 | 主要责任单位`: the first answers for the task, the 主要 beside it share it (嘉兴 2006).
  const first = headers.some((h) => headerParts(h).name === '第一责任单位');
  // A second column of words (全年目标任务 beside 主要任务) is an extra column, not more of the text.
  return roles.map((r, k) => (r === 'text' && k !== text ? undefined : first && r === 'leadUnits' && headerParts(headers[k]).name === '主要责任单位' ? 'units' : r));
}

/**
 * Where a label this reader does not know begins in line[from, to) (`联系人：`, `项目责任人:`, `实际完成情况：`,
 * `省牵头单位:`), outside brackets, after a separator or a blank (or at `from` itself, when `atStart`); -1 when none
 * does. A label is two to eight Han characters and a colon: a list of names never holds one (`市发改委（联系人：张三）`
 * keeps its note in brackets).
 */
export function unknownLabelIn(line: string, from: number, to: number, atStart = false): number {
  let depth = 0;
  for (let i = atStart ? from : from + 1; i < to; i++) {
    const c = line.charCodeAt(i);
    if (isOpenBracket(c)) depth++;
    else if (isCloseBracket(c)) depth = Math.max(0, depth - 1);
    if (depth > 0 || !isHanCode(c)) continue;
    const before = line[i - 1];
    if (i > from && !isBlankCode(line.charCodeAt(i - 1)) && before !== '；' && before !== ';' && before !== '，' && before !== ',' && before !== '、') continue;
    let j = i;
    while (j < to && j - i <= 8 && isHanCode(line.charCodeAt(j))) j++;
    const colon = line.charCodeAt(j);
    if (j - i < 2 || j - i > 8 || j + 1 >= to || (colon !== 0x3a && colon !== 0xff1a && colon !== 0x2236)) continue;
    // A label's word (联系人, 联系电话, 完成情况, 省牵头单位), and a value after its colon: `区住建局：、区城管局` is a typo.
    const word = line.slice(i, j);
    if (!LABEL_ROLES.has(word) && LABEL_WORD.test(word) && !/[、，,；;。\s]/.test(line[j + 1])) return i;
  }
  return -1;
}

/** How the name of a field ends (联系人, 项目责任人, 联系电话, 实际完成情况, 备注, 省牵头单位): no unit's name does. */
const LABEL_WORD = /(?:人|员|单位|部门|处室|科室|领导|电话|手机|号码|方式|情况|进展|进度|备注|说明|时间|时限|要求|目标|内容|措施|地址|邮箱)$/;

function isHanCode(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}
