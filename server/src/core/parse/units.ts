import type { UnitRef } from '../model';
import { spanOf } from '../model';
import { splitTopLevel, trimRange, isBlankCode, isOpenBracket, matchingClose } from './text';
import { fitted } from '../util';
import { unknownLabelIn } from './labels';

/**
 * Endings that make a unit name complete. An entry without one is a compressed form that
 * borrows the ending of the entry that closes its run: `区科经、商务局` → 区科经局, 区商务局.
 * Longest first, so `五里界街道办事处` lends `街道办事处`, not `处`.
 */
/**
 * Bodies whose one-character ending is weak (行 会 联 协 社) but whose name is whole: 中国人民银行,
 * 中国证监会, 区总工会, 区妇联, 区科协, 供销合作总社.
 */
const WHOLE_BODY_ENDINGS = ['海关', '联合会', '红十字会', '银行', '监会', '工会', '协会', '学会', '商会', '妇联', '残联', '工商联', '文联', '侨联', '科协', '总社', '合作社'];

/**
 * Zones named by their kind (开发区, 高新区, 经开区…): a zone's 管委会, as 主送 lines and tables name it
 * (`经开区、高新区(邹区镇)、各街道`), alone or after its place (`钟楼经开区`).
 */
const ZONE_KINDS = ['开发区', '示范区', '高新区', '经开区', '度假区', '保税区'];

const SUFFIXES = [
  '街道办事处', '管理委员会', '人民政府', '服务中心', '委员会', '管委会', '办事处', '指挥部', '办公室',
  ...ZONE_KINDS, '检察院', '人民法院', '中心', '分局', '支行', '集团', '公司', '街道', '政府',
  ...WHOLE_BODY_ENDINGS,
  '园区', '基地', '法院', '局', '委', '办', '部', '院', '所', '站', '队', '馆', '社', '会', '厅', '处', '室', '组',
  '行', '乡', '镇', '村', '司', '校', '署', '团',
];

/**
 * Endings strong enough to close a compressed run. Weak one-character endings (村 社 会 所 …) also
 * end ordinary words inside a run — `区科经、…、农业农村、文旅局` must give 区农业农村局, not 区科经村.
 */
const STRONG_SUFFIXES = new Set([
  '街道办事处', '管理委员会', '人民政府', '服务中心', '委员会', '管委会', '办事处', '指挥部', '办公室',
  ...ZONE_KINDS, '检察院', '人民法院', '中心', '分局', '支行', '集团', '公司', '街道', '政府', '法院', '局', '委', '办', '部', '院', '厅', '署',
  // 处 站 队 end a body's name (环卫处, 农机站, 城管执法大队), seldom an ordinary word inside a run.
  '处', '站', '队',
  ...WHOLE_BODY_ENDINGS,
]);

/** Administrative prefixes written once for a compressed run: `区发改、自然资源和规划局`. */
const ADMIN_PREFIX = /^(区|市|县|省)/;

/** What {@link isCollective} tests, as a pattern (kept as the reference its tests compare against). */
export const COLLECTIVE =
  /^(各|相关|有关|全区|区直|市直|县直|其他|其它)|(各成员单位|成员单位|牵头单位|相关处室|相关部门|相关单位|有关部门|有关单位|各单位|各部门|各街道|属地|直属单位|所属单位|下属单位)$|各相关/;

/** SUFFIXES by their last character (longest first within each), so a name is tested against a few. */
const SUFFIXES_BY_LAST = new Map<number, string[]>();
for (const s of SUFFIXES) {
  const k = s.charCodeAt(s.length - 1);
  const list = SUFFIXES_BY_LAST.get(k);
  if (list) list.push(s);
  else SUFFIXES_BY_LAST.set(k, [s]);
}
for (const list of SUFFIXES_BY_LAST.values()) list.sort((a, b) => b.length - a.length);

export function suffixOf(name: string): string {
  const candidates = SUFFIXES_BY_LAST.get(name.charCodeAt(name.length - 1));
  if (candidates) for (const s of candidates) if (name.length > s.length && name.endsWith(s)) return s;
  return '';
}

const COLLECTIVE_STARTS = ['相关', '有关', '全区', '区直', '市直', '县直', '其他', '其它'];
const COLLECTIVE_ENDS = ['各成员单位', '成员单位', '牵头单位', '相关处室', '相关部门', '相关单位', '有关部门', '有关单位', '各单位', '各部门', '各街道', '属地', '直属单位', '所属单位', '下属单位'];
/** Bit 1: a code unit some collective start begins with; bit 2: one some collective ending ends with. */
const EDGE_CHARS = new Uint8Array(0x10000);
for (const p of COLLECTIVE_STARTS) EDGE_CHARS[p.charCodeAt(0)] |= 1;
for (const e of COLLECTIVE_ENDS) EDGE_CHARS[e.charCodeAt(e.length - 1)] |= 2;

/**
 * A name for a class of units rather than one (`各街道办事处`, `相关部门`, `属地`): {@link COLLECTIVE},
 * tested by hand because it runs on every name and the pattern's unanchored branch scans each one.
 */
export function isCollective(name: string): boolean {
  const first = name.charCodeAt(0);
  if (first === 0x5404 /* 各 */) return true;
  if (EDGE_CHARS[first] & 1) for (const p of COLLECTIVE_STARTS) if (name.startsWith(p)) return true;
  if (EDGE_CHARS[name.charCodeAt(name.length - 1)] & 2) for (const e of COLLECTIVE_ENDS) if (name.endsWith(e)) return true;
  return name.includes('各相关');
}

interface Entry {
  start: number;
  end: number;
  /** The name as written with bracketed parts removed. */
  base: string;
  aliases: string[];
}

/** `区财政局等`, `区财政局等相关单位`: "and others" closing a list is not part of the last name. */
const AND_OTHERS = /等(?:相关|有关|其他)?(?:单位|部门|处室)?$/;

/** A name without the "and others" closing it (`区交运局等部门` → 区交运局), as {@link readEntry} reads it. */
function withoutOthers(name: string): string {
  const m = name.indexOf('等') >= 0 ? AND_OTHERS.exec(name) : null;
  return m && m.index >= 2 ? name.slice(0, m.index) : name;
}

/**
 * `市 财政局`, `资源规划 局`: blanks a web copy or an aligned column left inside one name are no part
 * of it. A blank is dropped where a piece beside it is one character, or where neither piece is a
 * name on its own; it stays between two names (`区发改局（牵头） 区财政局`, `张三 区财政局`), which
 * were never one name, and between two words that are not Chinese (`ABC Company`).
 */
function withoutInnerBlanks(name: string): string {
  return joinAcrossBlanks(name, apartByBlank);
}

/**
 * Whether a blank parts two names (`区财政局 区住建局`): pieces of two characters or more, one of them whole. A collective
 * before a body that is no name alone is one name whose note in brackets left the blank (`各县区(开发区) 安委会`: each
 * county's 安委会).
 */
function apartByBlank(last: string, next: string): boolean {
  if (last.length < 2 || next.length < 2) return false;
  if (isWholeName(next)) return true;
  return isWholeName(last) && !isCollective(last);
}

/** `name` without the blanks between Chinese characters, except where `apart` says the pieces are two names. */
function joinAcrossBlanks(name: string, apart: (last: string, next: string) => boolean): string {
  if (!/[ \t\u3000\u00a0]/.test(name)) return name;
  const pieces = name.split(BLANKS);
  let out = pieces[0];
  let last = pieces[0];
  for (let k = 1; k < pieces.length; k++) {
    const next = pieces[k];
    const chinese = CHINESE.test(last[last.length - 1] ?? '') && CHINESE.test(next[0] ?? '');
    if (chinese && !apart(last, next)) {
      out += next;
      last += next;
    } else {
      out += ' ' + next;
      last = next;
    }
  }
  return out;
}

const BLANKS = /[ \t\u3000\u00a0]+/;
const CHINESE = /[\u2e80-\u9fff\uf900-\ufaff]/;

/**
 * A leader's name padded to align (`王  伟`) is one name; `王伟 李明`, two names of two characters or
 * more between blanks, keeps its blank (they were never one name).
 */
function leaderName(written: string): string {
  return withoutPost(joinAcrossBlanks(written, (last, next) => last.length >= 2 && next.length >= 2));
}

/** A person's name with their post after it (`于会游市长`, `洪湖鹏副市长`, `李明同志`) or before it (`常务副区长张晓晟`). */
const HEAD_OF_GOVERNMENT = '(?:常务)?副?(?:省|市|区|县|州|盟|旗|镇|乡)长';
const POST_AFTER = new RegExp(`^([\u4e00-\u9fa5]{2,3}?)(?:${HEAD_OF_GOVERNMENT}|副?(?:书记|主任|主席|秘书长)|同志)$`);
const POST_BEFORE = new RegExp(`^${HEAD_OF_GOVERNMENT}([\u4e00-\u9fa5]{2,3})$`);
/**
 * What a person's name never holds: the words of posts and of who holds them (`常务副区长` is a post, not 常务 the
 * 副区长; `区委书记`; `分管副省长`, `协管副秘书长`).
 */
const NOT_A_PERSON = /常务|副|委|长|书记|主任|分管|协管|主管|联系|负责|牵头|主要|相关|有关|各|党|支部|总支|人大|政协|纪检|监察/;

/**
 * The person a leader's entry names, without the post written beside the name: the registry lists people, and the
 * same person is written with and without it (`一、于会游市长主抓重点工作` over tasks led by 于会游). A post alone
 * (`常务副区长`) is the entry as written.
 */
function withoutPost(name: string): string {
  const after = POST_AFTER.exec(name);
  return after ? (personIn(after) ?? name) : (personIn(POST_BEFORE.exec(name)) ?? name);
}

/** The name beside the post a pattern matched, when it is a person's: a body's name is no person's (`办公室主任`, `区长办公会`). */
function personIn(m: RegExpExecArray | null): string | null {
  return m && !NOT_A_PERSON.test(m[1]) && suffixOf(m[1]) === '' ? m[1] : null;
}

/** Whether an entry is a person written with their post before the name (`常务副市长沈建良`, `市长于会游`). */
export function hasPostBefore(written: string): boolean {
  return personIn(POST_BEFORE.exec(written)) !== null;
}

/** Levels written inside a collective's name, in brackets: `市、区`, `区`, `县、市、区`. */
const LEVELS_INSIDE = /^(?:县|市|区|旗|州|盟|乡|镇|街道|县区|市区|乡镇)(?:[、,，](?:县|市|区|旗|州|盟|乡|镇|街道|县区|市区|乡镇))*$/;

/** `*`, `＊`, `★`, `▲`: the marks a table puts on the lead's name. */
function isLeadMark(c: number): boolean {
  return c === 0x2a || c === 0xff0a || c === 0x2605 || c === 0x25b2;
}

/** Reads one `、`-separated entry: `蔡甸经济开发区〈奓山街道〉` → base 蔡甸经济开发区, alias 奓山街道. */
function readEntry(line: string, from: number, to: number): Entry | null {
  const [s, trimmedEnd] = trimRange(line, from, to, '。.;；');
  if (s >= trimmedEnd) return null;
  // Searched within the entry only: a search to the line's end for every entry is quadratic on a long line.
  let hasDeng = false;
  for (let i = s; i < trimmedEnd && !hasDeng; i++) hasDeng = line.charCodeAt(i) === 0x7b49; // 等
  const others = hasDeng ? AND_OTHERS.exec(line.slice(s, trimmedEnd)) : null;
  const e = others && others.index >= 2 ? s + others.index : trimmedEnd;
  let firstBracket = -1;
  for (let i = s; i < e; i++) {
    if (isOpenBracket(line.charCodeAt(i))) {
      firstBracket = i;
      break;
    }
  }
  if (firstBracket < 0) {
    // `区财政局*`, `★区发改委`: a star after or before a name marks the lead, as `区财政局（牵头）` does (龙湾's
    // 分解表: `标*的为牵头单位`; 吴江's: `标★的为牵头单位`).
    if (e - s > 2 && isLeadMark(line.charCodeAt(e - 1))) {
      const [ws, we] = trimRange(line, s, e - 1);
      return { start: ws, end: we, base: line.slice(ws, we), aliases: ['牵头'] };
    }
    if (e - s > 2 && isLeadMark(line.charCodeAt(s))) {
      const [ws, we] = trimRange(line, s + 1, e);
      return { start: ws, end: we, base: line.slice(ws, we), aliases: ['牵头'] };
    }
    return { start: s, end: e, base: line.slice(s, e), aliases: [] };
  }
  // Brackets attach aliases or notes; the name is what lies outside them, but for the levels a collective
  // names inside it (`各县(市、区)人民政府`, `各县(区)人民政府`): they are the name's own words.
  const aliases: string[] = [];
  let base = line.slice(s, firstBracket);
  let aliasAt = -1;
  for (let i = firstBracket; i < e; i++) {
    if (isOpenBracket(line.charCodeAt(i))) {
      const close = matchingClose(line, i, e);
      if (close > i) {
        const inner = line.slice(i + 1, close).trim();
        if (LEVELS_INSIDE.test(inner) && close + 1 < e && CHINESE.test(line[close + 1])) {
          base += line.slice(i, close + 1);
        } else {
          if (inner) aliases.push(inner);
          if (aliasAt < 0) aliasAt = i;
        }
        i = close;
        continue;
      }
      // A bracket left open: the written name stops before it, as before a note.
      if (aliasAt < 0) aliasAt = i;
    }
    base += line[i];
  }
  base = base.trim();
  // `【市住建局】`: a name set in brackets whole is the name, not a note on none.
  if (!base && aliases.length === 1 && firstBracket === s && !/[、,，;；]/.test(aliases[0])) {
    const close = matchingClose(line, s, e);
    if (close === e - 1) {
      const [ws, we] = trimRange(line, s + 1, close);
      if (we > ws) return { start: ws, end: we, base: line.slice(ws, we), aliases: [] };
    }
  }
  if (!base) return null;
  // Only levels kept inside the name: it is written whole.
  if (aliasAt < 0) return { start: s, end: e, base, aliases };
  // The written span is the name before its first alias or note; enough for rename and references.
  const [ws, we] = trimRange(line, s, aliasAt);
  return { start: ws, end: we > ws ? we : e, base, aliases };
}

/**
 * A duty written once after a group of names: `市人力社保局、市农业农村局分别牵头`,
 * `省发展改革委、商务厅按职责分工负责`, `…乡镇人民政府按职责分工分别负责`, `区财政局配合`, `…基层处等按职责分工落实`. It is no part of
 * the last name. Group 1 is
 * set when the duty is to lead.
 */
const DUTY_AFTER_NAMES =
  /(?:(?:(?:按照?|根据|依)(?:各自)?(?:职责|职能)(?:分工|职责)?)?(?:(分别|共同)?(牵头)(?:负责)?|(?:分别|共同)?(?:负责落实|负责|落实|抓好落实))|(?:按照?|根据|依)(?:各自)?(?:职责|职能)(?:分工|职责)?|配合|参与|协助|协办)$/;

/** Cheap pre-check for {@link DUTY_AFTER_NAMES}: the last character of every duty phrase. */
function mayEndInDuty(line: string, end: number): boolean {
  const c = line.charCodeAt(end - 1);
  return (
    c === 0x5934 /* 头 */ || c === 0x8d23 /* 责 */ || c === 0x5408 /* 合 */ || c === 0x4e0e /* 与 */ || c === 0x52a9 /* 助 */ || c === 0x529e /* 办 */ ||
    c === 0x5b9e /* 实 */ || c === 0x5de5 /* 工 */
  );
}

/** The entry without a duty phrase closing it, and whether that duty is to lead; null when none closes it. */
function withoutDuty(line: string, e: Entry): { entry: Entry; leads: boolean } | null {
  if (e.aliases.length || !mayEndInDuty(line, e.end)) return null;
  const m = DUTY_AFTER_NAMES.exec(e.base);
  // A bare `办` or `局` ends a name; only a whole duty phrase after a name of two characters or more goes.
  if (!m || m.index < 2 || (m[0] === '协办' && !isWholeName(e.base.slice(0, m.index)))) return null;
  let cut = e.base.length - m[0].length;
  // `…基层处等按职责分工落实`: the 等 that closes the names goes with the duty.
  if (cut > 3 && e.base[cut - 1] === '等') cut--;
  const [s, end] = trimRange(line, e.start, e.start + cut);
  return { entry: { start: s, end, base: line.slice(s, end), aliases: [] }, leads: m[2] === '牵头' };
}

/** A list without the duty closing it (`应急处、…、基层处等按职责分工落实` → `应急处、…、基层处`); the list itself when none does. */
export function withoutClosingDuty(list: string): string {
  if (!mayEndInDuty(list, list.length)) return list;
  const m = DUTY_AFTER_NAMES.exec(list);
  if (!m || m.index < 2) return list;
  const cut = list.length - m[0].length;
  return list.slice(0, cut > 3 && list[cut - 1] === '等' ? cut - 1 : cut);
}

/**
 * The end of the names before a duty closing line[from, to) (`…航空口岸局分别牵头`), and whether the duty is to
 * lead; null unless a duty phrase follows a name with a unit's ending.
 */
function dutyClosing(line: string, from: number, to: number): { end: number; leads: boolean } | null {
  const [s, e] = trimRange(line, from, to);
  if (e - s < 4 || !mayEndInDuty(line, e)) return null;
  const m = DUTY_AFTER_NAMES.exec(line.slice(s, e));
  if (!m || m.index < 2 || !STRONG_SUFFIXES.has(suffixOf(line.slice(s, s + m.index)))) return null;
  return { end: s + m.index, leads: m[2] === '牵头' };
}

/**
 * Splits a unit list and restores what compression left out. `,`/`，` separate groups; `、`
 * separates units within a group, and only within a group may a prefix or suffix be shared.
 * A duty written after a group (`A、B分别牵头`) is read off it: to lead marks each name of the
 * group with the note 牵头, as `A（牵头）` would.
 */
export function readUnitList(line: string, lineNo: number, from: number, to: number): UnitRef[] {
  const out: UnitRef[] = [];
  // `省牵头单位:省农业农村厅` under a table cell's names, `联系人：李四` after them: a label no role is known for ends the
  // names (what follows it is its own value, no one's unit).
  const other = unknownLabelIn(line, from, to, true);
  if (other >= 0) to = other;
  // `【县财政局、县外事办】`: a list set in brackets whole is the list (a round bracket too: with no name before it, it is
  // no note on one — `责任单位：（县财政局、县外事办）`).
  const [ls, le] = trimRange(line, from, to, '。');
  const c = line.charCodeAt(ls);
  if ((isSquareOpen(c) || c === 0xff08 || c === 0x28) && matchingClose(line, ls, le) === le - 1) [from, to] = [ls + 1, le - 1];
  const groups = splitTopLevel(line, from, to, ',，;；');
  for (let g = 0; g < groups.length; g += 2) {
    // `…，各县市区，以下均需各县市区落实，不再逐一列出`: a note on the list ends it.
    if (g > 0 && isListNote(line, groups[g], groups[g + 1])) break;
    const entries: Entry[] = [];
    // Entries a duty inside the group marks as leading (`经济投资局和航空口岸局分别牵头、区发改局`).
    const ledBefore: boolean[] = [];
    let dutyFrom = 0;
    // `（县财政局、县外事办），各乡镇配合`: a group bracketed whole is the group.
    const [gs, ge] = unbracketedList(line, groups[g], groups[g + 1]);
    const pieces = splitTopLevel(line, gs, ge, '、');
    for (let k = 0; k < pieces.length; k += 2) {
      let end = pieces[k + 1];
      // A duty closing a piece before the group's last: it is said of the names since the last duty.
      const duty = k + 2 < pieces.length ? dutyClosing(line, pieces[k], end) : null;
      if (duty) end = duty.end;
      const names = namesEachBracketed(line, pieces[k], end) ?? namesSeparatedByBlanks(line, pieces[k], end) ?? namesJoinedByWords(line, pieces[k], end);
      if (names) for (let n = 0; n < names.length; n += 2) entries.push(readEntry(line, names[n], names[n + 1])!);
      else {
        const e = readEntry(line, pieces[k], end);
        if (e) entries.push(e);
      }
      if (duty) {
        for (let i = dutyFrom; i < entries.length; i++) ledBefore[i] = duty.leads;
        dutyFrom = entries.length;
      }
    }
    let leads = false;
    if (entries.length) {
      const duty = withoutDuty(line, entries[entries.length - 1]);
      if (duty) {
        entries[entries.length - 1] = duty.entry;
        leads = duty.leads;
      }
    }
    const bases = entries.map((e) => withoutInnerBlanks(e.base));
    const names = expandGroup(bases);
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      out.push({
        name: names[i],
        written: spanOf(lineNo, e.start, line.slice(e.start, e.end)),
        aliases: (ledBefore[i] ?? leads) ? [...e.aliases, '牵头'] : e.aliases,
        collective: isCollective(names[i]),
      });
    }
  }
  return fitted(out);
}

/** [from, to) without the bracket round it, when a bracket holds it whole and a 、 parts names inside; as it is otherwise. */
function unbracketedList(line: string, from: number, to: number): [number, number] {
  const c = line.charCodeAt(from);
  if (!isOpenBracket(c) && !isBlankCode(c)) return [from, to];
  const [s, e] = trimRange(line, from, to);
  if (e - s <= 4 || !isOpenBracket(line.charCodeAt(s)) || matchingClose(line, s, e) !== e - 1 || line.indexOf('、', s) >= e - 1) return [from, to];
  // Names and 、 only: a note (`（含各乡镇、街道）`, `（以下单位、部门）`) or roles (`（张三、李四，王五配合）`) is no list.
  const inner = line.slice(s + 1, e - 1);
  return /[，,；;：:]/.test(inner) || BRACKET_NOTE.test(inner) || /配合|负责|牵头|参与|协助/.test(inner) ? [from, to] : [s + 1, e - 1];
}
const BRACKET_NOTE = /^(?:含|包括|包含|以下|以上|其中|如|即|不含|除)/;

/**
 * A note after the names, not a name: `以下均需各县市区落实`, `不再逐一列出`, `下同`, `以下各项均同`.
 * It says how the list applies; a unit's name holds none of these words.
 */
const LIST_NOTE = /^(?:以下|以上|上述|下同|不再|均需|均由|均同|此项|该项)|不再[^，,；;]{0,4}列出|下同$|均同$/;
function isListNote(line: string, from: number, to: number): boolean {
  const [s, e] = trimRange(line, from, to);
  return e > s && LIST_NOTE.test(line.slice(s, e));
}

/** A name that stands on its own: a strong unit ending (`…局`, `…街道办事处`) or a collective (`相关部门`). */
export function isWholeName(name: string): boolean {
  return STRONG_SUFFIXES.has(suffixOf(name)) || isCollective(name);
}

/**
 * `区财政局 区住建局`: names a web copy separated by blanks instead of `、`. The bounds of each
 * name, flat, when line[from,to) is two or more whole names ({@link isWholeName})
 * between blanks; null otherwise, so `区 发改局` (one name spaced out to align) stays one name.
 */
function namesSeparatedByBlanks(line: string, from: number, to: number): number[] | null {
  const [s, e] = trimRange(line, from, to);
  let blanks = false;
  for (let i = s; i < e; i++) {
    const k = line.charCodeAt(i);
    if (isOpenBracket(k)) return null;
    blanks ||= isBlankCode(k);
  }
  if (!blanks) return null;
  const out: number[] = [];
  let i = s;
  while (i < e) {
    let j = i;
    while (j < e && !isBlankCode(line.charCodeAt(j))) j++;
    const name = line.slice(i, j);
    if (name.length < 2 || !isWholeName(name)) return null;
    out.push(i, j);
    while (j < e && isBlankCode(line.charCodeAt(j))) j++;
    i = j;
  }
  return out;
}

/**
 * `市级各有关部门及各县市区政府`, `水利厅等省有关部门和各地级以上市人民政府`: names joined by a word
 * instead of `、`. The bounds of each name, flat, when line[from,to) is two or more whole names
 * ({@link isWholeName}) so joined; null otherwise, so `区自然资源和规划局` stays one name.
 */
/** `省发改委及相关盟市`: the names a piece joins by a word, as readUnitList reads them; the piece itself otherwise. */
function joinedNames(piece: string): string[] {
  const bounds = namesJoinedByWords(piece, 0, piece.length);
  if (!bounds) return [piece];
  const out: string[] = [];
  for (let k = 0; k < bounds.length; k += 2) out.push(piece.slice(bounds[k], bounds[k + 1]));
  return out;
}

/**
 * `【市发改委】【市财政局】`: names each set in square brackets whole, side by side with no separator. The bounds of each
 * name inside its brackets, flat; null unless line[from, to) is two such brackets or more (blanks between them aside).
 */
function namesEachBracketed(line: string, from: number, to: number): number[] | null {
  // Most pieces open with a name's first character: nothing to trim or look at.
  const c = line.charCodeAt(from);
  if (!isSquareOpen(c) && !isBlankCode(c)) return null;
  const [s, e] = trimRange(line, from, to);
  if (!isSquareOpen(line.charCodeAt(s))) return null;
  const out: number[] = [];
  for (let i = s; i < e; ) {
    if (!isSquareOpen(line.charCodeAt(i))) return null;
    const close = matchingClose(line, i, e);
    if (close < 0) return null;
    const [ns, ne] = trimRange(line, i + 1, close);
    if (ne <= ns || isOpenBracketIn(line, ns, ne)) return null;
    out.push(ns, ne);
    i = close + 1;
    while (i < e && isBlankCode(line.charCodeAt(i))) i++;
  }
  return out.length >= 4 ? out : null;
}

/** 【, ［ or [: the brackets a list sets a name in whole (a round one holds a note on the name before it). */
const isSquareOpen = (k: number): boolean => k === 0x3010 || k === 0xff3b || k === 0x5b;

function namesJoinedByWords(line: string, from: number, to: number): number[] | null {
  // One pass over the codes: most entries hold no joining word, and most that do hold it inside a
  // name (`区自然资源和规划局`: 源 before 和 ends no name). Nothing is sliced or allocated for them.
  let out: number[] | null = null;
  let start = -1;
  let e = to;
  for (let i = from + 2; i < to - 1; i++) {
    const k = line.charCodeAt(i);
    if (!isJoinerCode(k)) continue;
    const before = line.charCodeAt(i - 1);
    if (!SUFFIXES_BY_LAST.has(before) && !(EDGE_CHARS[before] & 2)) continue;
    if (start < 0) [start, e] = trimRange(line, from, to);
    if (i < start + 2 || i >= e - 1) continue;
    // `宣传处会政法处`, `市财政局会同市税务局`: 会 (会同) joins a name to those it works with; after 委 it ends a name
    // (`区管委会办公室`, `村委会`), and before 员 议 展… it opens a word (`区工商联会员服务中心`).
    const joiner = k === 0x4ee5 ? (line.startsWith('以及', i) ? '以及' : '') : k === 0x4f1a ? hui(line, i, before) : line[i];
    if (!joiner || !isWholeName(line.slice(start, i))) continue;
    // `区发改局等相关单位` closes the list with "and others" (read by readEntry), naming no one more.
    if (joiner === '等' && AND_OTHERS.exec(line.slice(i, e))?.index === 0) continue;
    (out ??= []).push(start, i);
    start = i + joiner.length;
    i = start + 1;
  }
  if (out === null || start >= e || !isWholeName(line.slice(start, e))) return null;
  for (let k = 0; k < out.length; k += 2) if (isOpenBracketIn(line, out[k], out[k + 1])) return null;
  out.push(start, e);
  return out;
}

/** The joining word that 会 at `i` begins (`会同`, `会`), or '' where it is part of a name or word. */
function hui(line: string, i: number, before: number): string {
  if (before === 0x59d4) return '';
  if (line.startsWith('会同', i)) return '会同';
  return /[员议展计商务所谈战期场]/.test(line[i + 1] ?? '') ? '' : '会';
}

/** 和 及 与 等 以 (以及) 会 (会同): the first character of a word that joins two names in one entry. */
function isJoinerCode(k: number): boolean {
  return k === 0x548c || k === 0x53ca || k === 0x4e0e || k === 0x7b49 || k === 0x4ee5 || k === 0x4f1a;
}

function isOpenBracketIn(line: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isOpenBracket(line.charCodeAt(i))) return true;
  return false;
}

/**
 * Weak endings that also end ordinary words inside a compressed run: `农业农村` in
 * `区科经、商务、农业农村、文旅局` is 区农业农村局. A name with another weak ending is complete.
 */
const ORDINARY_WORD_ENDINGS = new Set(['村', '会', '社']);
/**
 * A bureau's sections (计财股, 规划科, 基教科) and a village's or a community's bodies: complete, with no listed ending; a
 * unit in a table's cell as in a list. A street written short (`仁兴街` for 仁兴街道) too: it borrows no bureau's ending.
 */
const SMALL_BODY = /(股|科|社区|村委会|居委会|街)$/;
const ENDINGS = new Set(SUFFIXES);

/**
 * Whether a name without a strong ending is complete all the same (and so never borrows the ending
 * of the name closing its run: `古林镇、石碶街道`, `司法所、文化站`, `办公室、信息中心`).
 */
function standsAlone(name: string, suffix: string): boolean {
  if (SMALL_BODY.test(name) || ENDINGS.has(name)) return true;
  return suffix !== '' && !ORDINARY_WORD_ENDINGS.has(suffix);
}

/** What a run of levels opens with: `各市、县人民政府`, `相关市、县政府`, `有关县、区政府`. */
const EACH = /^(?:各|相关|有关)/;
/** Levels of government: 省, 市, 县, 区, 乡, 镇, 州, 旗 (and two of them, 县区), perhaps with a level in brackets (`县(市)`). */
const LEVEL = /^[省市县区乡镇州旗]{1,2}(?:[（(][市县区]{1,2}[)）])?$/;
/** The last of a run of levels, with the body they share: `区政府`, `县人民政府`, `县两级政府`, `县(市)人民政府`. */
const LEVEL_BODY = /^([省市县区乡镇州旗]{1,2}(?:[（(][市县区]{1,2}[)）])?)(两级)?(人民政府|政府|党委和政府|党委政府|党委)$/;

/**
 * `各县、市、区政府` is 各县政府, 各市政府 and 各区政府; `市、县两级政府` is 市政府 and 县政府. The levels
 * are written once each, the 各 (or 相关 / 有关) before the first and the body after the last; null when `bases`
 * is no such run.
 */
function expandLevels(bases: readonly string[]): string[] | null {
  const n = bases.length;
  if (n < 2) return null;
  const last = LEVEL_BODY.exec(bases[n - 1]);
  if (!last) return null;
  const lead = last[2] ? null : EACH.exec(bases[0]);
  const levels = bases.slice(0, n - 1).map((b, k) => (k === 0 && lead ? b.slice(lead[0].length) : b));
  if (!levels.every((l) => LEVEL.test(l)) || (!lead && !last[2])) return null;
  const prefix = lead ? lead[0] : '';
  return [...levels, last[1]].map((l) => prefix + l + last[3]);
}

/** Restores shared suffixes and prefixes in one `、` group. */
export function expandGroup(bases: readonly string[]): string[] {
  const lastBase = bases.length > 1 ? bases[bases.length - 1] : '';
  if (lastBase.endsWith('政府') || lastBase.endsWith('党委')) {
    // The run of levels may close a group that names other bodies first: `省民政厅、各市、县人民政府`.
    let k = bases.length - 1;
    while (k > 0 && LEVEL.test(bases[k - 1])) k--;
    if (k > 0 && LEVEL.test(bases[k - 1].replace(EACH, ''))) k--;
    const levels = k < bases.length - 1 ? expandLevels(bases.slice(k)) : null;
    if (levels) return k === 0 ? levels : [...expandGroup(bases.slice(0, k)), ...levels];
  }
  const names = [...bases];
  let runStart = -1;
  for (let i = 0; i < names.length; i++) {
    const b = bases[i];
    const suffix = suffixOf(b);
    // The ending is tested first: the collective pattern is costlier and most names are complete.
    if (!STRONG_SUFFIXES.has(suffix) && !isCollective(b)) {
      if (standsAlone(b, suffix)) {
        // 古林镇, 司法所, 计财股, 社区, 办公室: complete, though too weak an ending to lend to a run.
        runStart = -1;
        continue;
      }
      if (runStart < 0) runStart = i;
      continue;
    }
    // A compressed run closes on an entry with an ending and without its own admin prefix
    // (the prefix is written once, at the start of the run).
    if (runStart >= 0 && !isCollective(b) && !ADMIN_PREFIX.test(b)) {
      const prefix = ADMIN_PREFIX.exec(bases[runStart])?.[0] ?? '';
      for (let j = runStart; j <= i; j++) {
        let n = j < i && !bases[j].endsWith(suffix) ? bases[j] + suffix : bases[j];
        if (prefix && j > runStart && !n.startsWith(prefix)) n = prefix + n;
        names[j] = n;
      }
    }
    runStart = -1;
  }
  eachLevel(names);
  spreadLevel(names);
  sharedQualifier(names);
  return names;
}

/** How a collective's qualifier ends: `各`, `有关`, `相关`, `市直`, `所属`. */
const QUALIFIER_END = /(?:各|有关|相关|直|所属|直属)$/;

/** The kinds of body a collective names (`市直有关部门`, `各有关单位`, `县直企事业单位`). */
const BODY_KIND = /(?:企事业单位|事业单位|单位|部门|机构|企业|组织)$/;

/**
 * `市直有关部门、单位`, `各有关部门、单位`: a collective's qualifier is written once, before the first kind of body, and is
 * each later bare kind's (市直有关单位), never a unit named 单位.
 */
function sharedQualifier(names: string[]): void {
  for (let i = 1; i < names.length; i++) {
    const kind = BODY_KIND.exec(names[i]);
    if (!kind || kind.index !== 0) continue;
    const before = BODY_KIND.exec(names[i - 1]);
    if (!before || before.index < 2 || !isCollective(names[i - 1])) continue;
    // Only a qualifier (`市直有关`, `县直各`, `各有关`): `各金融机构、企业` and `各级党组织、单位` name other kinds of body.
    const qualifier = names[i - 1].slice(0, before.index);
    if (!QUALIFIER_END.test(qualifier)) continue;
    names[i] = qualifier + names[i];
  }
}

/** A level of government, or a kind of place, that 各 makes a collective of (`各区`, `各县级市`, `各乡镇`). */
const EACH_LEVEL = /^(?:[省市县区乡镇州旗]{1,2}|县级市|街道|镇街)$/;

/** `各区、县级市`: the 各 is written once, before the first level, and is each level's (各区 and 各县级市, not a unit named 县级市). */
function eachLevel(names: string[]): void {
  for (let i = 1; i < names.length; i++) {
    const before = names[i - 1];
    if (before.startsWith('各') && EACH_LEVEL.test(before.slice(1)) && EACH_LEVEL.test(names[i])) names[i] = '各' + names[i];
  }
}

/** Endings of a government body that a level written once may stand before (`县工信局、发改局`). */
const BODY_ENDINGS = new Set(['局', '委', '厅', '办', '署', '部', '院', '中心', '服务中心', '办公室', '委员会', '管委会']);
/** A level of its own: 省… 市… 县… 区… 旗… 州… 盟… 镇… 自治区…, but not 市场监管局, 市政园林局, 区域… (区政府新闻办, 区政协办, 区政法委 are the level's). */
const OWN_LEVEL = /^(?:自治区|自治州|[省市县区旗州盟镇])(?!场|政(?!府|协|法)|域)/;
/** A place or level inside the name (`人民银行县支行`, `团县委`, `国家税务总局县税务局`): it is named in full. */
const PLACE_INSIDE = /[省市县区州旗](?!场|政(?!府|协|法)|域)/;
/**
 * National, vertical and independent bodies, never a level's department; and a body named after its
 * province (`河南银保监局`, `湖南能源监管办`: a national regulator's branch), whose place is its level.
 */
const INDEPENDENT =
  /^(?:中国|中华|国家|国网|中央|中共|全国|人民银行|共青团|团|北京|天津|上海|重庆|河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆)|公积金|铁路|海关|出入境|检验检疫|海事|边检|民航|邮政|电力|烟草|通信管理|银保监|证监|能源监管|调查总队/;
/**
 * A party committee's bodies (`县委宣传部`, `县委网信办`): after a government bureau (`县发改局、宣传部`) the level
 * alone would name no body, and the committee is not written: left as written.
 */
const PARTY_BODY = /^(?:宣传部|组织部|统战部|政法委|网信办|编办|纪委|监委|纪委监委|政研室|改革办|深改办|老干部局|党校|党史研究室|保密办|机要局)$/;

/**
 * `县工信局、发改局、住建局、统计局`, `省经贸委、发展改革委、建设厅`: the level is written once, before the first
 * name of the group, and each later name that is a bare department (a body's ending, no level or place of its
 * own) is that level's; a party body (`宣传部`, `网信办`) only after a committee's (`县委组织部、宣传部`). Only
 * where no later name writes a level (`区商务局、…、大数据中心` writes each in full, and its bare name is the
 * body's own), and only a level's word (省, 市, 县, 区, 旗, 州, 盟, 镇, 自治区, 自治州): a place name is seldom elided.
 */
function spreadLevel(names: string[]): void {
  if (names.length < 2) return;
  const first = names[0];
  if (!OWN_LEVEL.test(first) || isCollective(first) || !STRONG_SUFFIXES.has(suffixOf(first))) return;
  // A later name with a level of its own says the list writes each name in full: a bare one is its own name.
  for (let i = 1; i < names.length; i++) if (OWN_LEVEL.test(names[i])) return;
  const level = OWN_LEVEL.exec(first)![0];
  // Under a party committee's department (`县委组织部、宣传部`) a 部 is the committee's too.
  const committee = first[1] === '委' && first.length > 2 ? first.slice(0, 2) : null;
  for (let i = 1; i < names.length; i++) {
    const n = names[i];
    const ending = suffixOf(n);
    // A 管委会 is a named zone's (`光谷科学城管委会`), never a level's department.
    if (n.length < 2 || PLACE_INSIDE.test(n) || INDEPENDENT.test(n) || isCollective(n) || !BODY_ENDINGS.has(ending) || ending === '管委会') continue;
    const party = ending === '部' || PARTY_BODY.test(n);
    if (party && !committee) continue;
    names[i] = (party ? committee : level) + n;
  }
}

/** A seat on a committee held beside a post (`县委常委`, `党组成员`): listed before that post, one person's titles. */
const CONCURRENT_SEAT = /(?:委常委|党组成员|党委委员|党工委委员)$/;

/** Leaders (people or posts) are listed without compression. */
export function readLeaderList(line: string, lineNo: number, from: number, to: number): UnitRef[] {
  const out: UnitRef[] = [];
  // `（张三、李四）`: a list bracketed whole is the list.
  [from, to] = unbracketedList(line, from, to);
  const pieces = splitTopLevel(line, from, to, '、,，;；');
  for (let k = 0; k < pieces.length; k += 2) {
    const start = pieces[k];
    // `县委常委、副县长 周涛`, `党组成员、副局长`: a seat held beside a post is the same person's, the 、 inside one title.
    // Not a group of people (`各县委常委、副县长`, `相关…`).
    while (k + 2 < pieces.length && line[pieces[k + 1]] === '、' && CONCURRENT_SEAT.test(line.slice(pieces[k], pieces[k + 1]).trim()) && !/^[各相有]/.test(line.slice(start, pieces[k + 1]).trim())) k += 2;
    const e = readEntry(line, start, pieces[k + 1]);
    if (!e) continue;
    const padded = !e.aliases.length ? paddedPairs(line, e.start, e.end) : null;
    if (padded) {
      for (let n = 0; n < padded.length; n += 2) {
        const written = line.slice(padded[n], padded[n + 1]);
        out.push({ name: written.replace(BLANKS, ''), written: spanOf(lineNo, padded[n], written), aliases: [], collective: false });
      }
      continue;
    }
    const name = leaderName(e.base);
    const apart = !e.aliases.length && name.indexOf(' ') > 0 ? peopleApart(line, e.start, e.end) : null;
    if (apart) {
      for (let n = 0; n < apart.length; n += 2) {
        const who = line.slice(apart[n], apart[n + 1]);
        out.push({ name: who, written: spanOf(lineNo, apart[n], who), aliases: [], collective: false });
      }
      continue;
    }
    out.push({ name, written: spanOf(lineNo, e.start, line.slice(e.start, e.end)), aliases: e.aliases, collective: isCollective(name) });
  }
  return fitted(out);
}

/**
 * `陆 明俞 悦`: two-character names each padded to three with a blank inside (as a table's leader column
 * aligns them, `俞 悦`), written with nothing between them. The words between blanks are one character,
 * then pairs, then one: each name is the end of one word and the start of the next. Their bounds, flat
 * (each across its blank); null for any other cell.
 */
function paddedPairs(line: string, from: number, to: number): number[] | null {
  const words: number[] = [];
  const re = /[^ \t\u3000\u00a0]+/g;
  const cell = line.slice(from, to);
  for (let m = re.exec(cell); m; m = re.exec(cell)) words.push(from + m.index, from + m.index + m[0].length);
  const n = words.length / 2;
  if (n < 3 || !/^[\u4e00-\u9fa5 \t\u3000\u00a0]+$/.test(cell)) return null;
  for (let k = 0; k < n; k++) if (words[2 * k + 1] - words[2 * k] !== (k === 0 || k === n - 1 ? 1 : 2)) return null;
  const out: number[] = [];
  for (let k = 0; k + 1 < n; k++) out.push(k === 0 ? words[0] : words[2 * k] + 1, k + 1 === n - 1 ? words[2 * k + 3] : words[2 * k + 2] + 1);
  return out;
}

/** A post, not a person: `副区长 张三` is one leader named with the post held. */
const POST = /(长|书记|主任|常委|委员|主席|巡视员|调研员|领导)$/;

/**
 * `张三 李四`: people a table column or a field line lists with blanks between (each of two to four
 * characters, none a post). Their bounds, flat; null when line[from,to) is not such a list.
 */
function peopleApart(line: string, from: number, to: number): number[] | null {
  const out: number[] = [];
  let i = from;
  while (i < to) {
    while (i < to && BLANKS.test(line[i])) i++;
    const s = i;
    while (i < to && !BLANKS.test(line[i])) i++;
    if (i > s) out.push(s, i);
  }
  for (let n = 0; n < out.length; n += 2) {
    const w = line.slice(out[n], out[n + 1]);
    if (w.length < 2 || w.length > 4 || !/^[\u4e00-\u9fa5·]+$/.test(w) || POST.test(w)) return null;
  }
  return out.length >= 4 ? out : null;
}

/**
 * Is `s` a list of unit names (judged after restoring compressed endings: `区发改、财政局`)? A short
 * name without a unit ending (`区发改`) passes, unless `strict`: in a table cell, `张三` or `长期坚持`
 * is no unit.
 */
/**
 * Whether a list names units only, each by a unit's ending or as a collective (see looksLikeUnitList, strict), its
 * bracketed parts aside (`县(市、区)政府`: the 、 inside the bracket parts no names).
 */
export function namesUnitsOnly(s: string): boolean {
  const bare = s.replace(/[(（〈][^()（）〈〉]*[)）〉]/g, '');
  // `县级林业部门`: a level's department of a sector, as national and provincial plans name those below them.
  return looksLikeUnitList(bare, true) || bare.split(/[、，,]/).every((n) => looksLikeUnitList(n, true) || LEVEL_DEPARTMENT.test(n));
}
const LEVEL_DEPARTMENT = /^各?(?:省|市|县|区|州|乡镇|乡|镇)级?[\u4e00-\u9fa5]{1,8}(?:部门|机构|单位)$/;

export function looksLikeUnitList(s: string, strict = false): boolean {
  const names = s
    .split(/[,，]/)
    .flatMap((group) => expandGroup(group.split('、').flatMap((p) => joinedNames(withoutOthers(p.replace(/[〈(（][^〉)）]*[〉)）]/g, '').replace(/[*＊]+\s*$/, '').trim())))));
  return (
    names.length > 0 &&
    names.every(
      (p) =>
        p.length >= 2 &&
        p.length <= 30 &&
        !COUNTED.test(p) &&
        !NOTE_NOT_NAME.test(p) &&
        ((suffixOf(p) !== '' && !isZoneWork(p)) || isCollective(p) || ZONES.has(p) || WHOLE_BODIES.has(p) || (p.length >= 3 && SMALL_BODY.test(p)) || (!strict && p.length <= 6)),
    )
  );
}

/**
 * A remark in a name's place: what a target includes (`含2个省级示范区`, `其中省级示范区`), a count (`新建3个示范区`: not a
 * numbered body, `中电科38所`, `建工3处`), or a part of the work given to someone (`资金由区财政局`, `具体由区教育局`; a
 * place may hold 由 in its name, `由义镇`).
 */
const NOTE_NOT_NAME = /^(?:含[0-9０-９一二两三四五六七八九十]|其中|包括|包含)|[0-9０-９]+(?:个|项|家|座|条|万|亿)|(?:资金|经费|费用|具体|工作|任务|项目|日常|业务|此项|该项)由/;
/** `2所`, `71个`, `3600人`: a figure and what it counts (a target's cell), no body's name. */
const COUNTED = /^[0-9０-９.．]+[\u4e00-\u9fa5]?$/;
/** `残联`, `妇联`, `科协`: a body named by its kind alone, its level left to the table (岳阳楼区's `殘聯`). */
const WHOLE_BODIES = new Set(WHOLE_BODY_ENDINGS.filter((e) => e.length >= 2 && !['银行', '监会', '总社', '合作社'].includes(e)));

/**
 * `做优经开区`, `打造高新区`: a zone after a verb of work is a heading's aim, not the zone's 管委会 (`钟楼经开区`). So is a
 * town or a village a target names after what is to be won (`成功创建首批浙江省美丽城镇`, `建成美丽乡村`: a 攻坚目标 cell,
 * 象山 2024; `打造省级特色小镇`) — but a place's name may open with a word of work too (`建设镇和平村`, `建设路街道`).
 */
function isZoneWork(name: string): boolean {
  const suffix = suffixOf(name);
  if (ZONE_KINDS.includes(suffix)) return ZONE_WORK.test(name) || AIM_WON.test(name);
  // After a word of winning or of work (`打造省级特色小镇`), but not one places are named with (`建设镇和平村`, `振兴街道振兴村`).
  return (suffix === '镇' || suffix === '乡' || suffix === '村') && name.length >= 6 && (AIM_WON.test(name) || (ZONE_WORK.test(name) && !PLACE_WORDS.test(name)));
}
/** Words of work that open places' names too (建设镇, 发展村, 振兴街道, 服务区), unless an aim follows (`建设美丽乡村示范村`). */
const PLACE_WORDS = /^(?:建设|发展|振兴|服务)(?!美丽|特色|示范|省级|国家级|市级|现代|宜居|和美)/;
const ZONE_WORK = /^(?:做[优强精大好实美活]|建设|打造|推动|推进|发展|提升|加快|加强|壮大|优化|聚力|聚焦|深化|坚持|全力|持续|实施|擦亮|激活|振兴|服务)/;
const AIM_WON = /^(?:成功|创建|建成|创成|争创|完成|实现|确保|力争|争取|巩固)/;

/** A zone named by its kind alone is its 管委会, a unit: `经开区、高新区(邹区镇)、各街道`. */
const ZONES = new Set([...ZONE_KINDS, '高新园', '园区']);

/**
 * What to write in place of `written` (which stands for `name`, perhaps with a shared prefix or
 * suffix elided) so that it stands for `newName`: keep the elision where the new name allows it.
 */
export function rewriteWritten(written: string, name: string, newName: string): string {
  if (written === name) return newName;
  // A name written with more beside it (a person's post, `于会游市长`): only the name is rewritten.
  const inside = written.indexOf(name);
  if (inside >= 0) return written.slice(0, inside) + newName + written.slice(inside + name.length);
  const idx = name.indexOf(written);
  if (idx < 0) return newName;
  const prefix = name.slice(0, idx);
  const suffix = name.slice(idx + written.length);
  let out = newName;
  if (prefix && out.startsWith(prefix)) out = out.slice(prefix.length);
  else if (prefix) return newName;
  if (suffix && out.endsWith(suffix) && out.length > suffix.length) out = out.slice(0, out.length - suffix.length);
  else if (suffix) return prefix ? newName : newName;
  return out || newName;
}
