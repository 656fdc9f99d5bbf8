/**
 * unknown-unit / unknown-leader. With a registry: a name that is neither registered (name, alias,
 * abbreviation) nor an abbreviation of exactly one registered full name. Without one, only the
 * conservative case: a name written once that is one character (two for long names) away from a
 * name the document uses repeatedly, and that does not read as a standard body or another place.
 */
import { isRoleNote, isWrittenWhole, type Field } from '../model';
import { rewriteWritten } from '../parse/units';
import {
  BODY_KIND_CHARS,
  charLength,
  differingPositions,
  editDistance,
  isAbbreviationOf,
  isStandardBody,
  placeSuffixOf,
  positionsInKnownWord,
  type Registry,
  type RegistryKind,
  type Suggestion,
} from '../registry';
import type { Analysis } from './analysis';
import { isBlank } from './text';
import { sameUses, type NameUse } from './usage';
import type { RuleContext, TaskRule, Text } from './types';
import { t } from './util';
import { Sidecar } from '../sidecar';

/**
 * The names a document uses repeatedly, by length: the only candidates a once-written name can be
 * a misspelling of. What a name is a likely misspelling of depends on these names (their order and
 * counts) alone, so the answers are kept per set of repeated names: an edit seldom changes it.
 */
interface Repeated {
  readonly byLength: Map<number, string[]>;
  readonly answers: Map<string, string[]>;
  /** Built the first time a name meets many repeated names of its length (see `nearIndex`). */
  index: NearIndex | null;
}

/**
 * Indexes so that a once-written name meets only the repeated names within reach, not all of them: with thousands of
 * distinct names (a 10,000-task plan), comparing each singleton with every repeated name was quadratic. A name within
 * `max` edits of another shares a string with it after at most `max` deletions on each side (the symmetric-delete
 * property); max is 2 only for names of 8 characters or more, so names shorter than 6 (which only meet queries with
 * max 1) need one deletion.
 */
interface NearIndex {
  /** Each repeated name's place in the order a scan by length takes (by length, then as listed). */
  readonly order: Map<string, number>;
  /** Deletion neighbourhood: each string made from a repeated name by deleting up to two characters → those names. */
  readonly byDeletion: Map<string, string[]>;
  /** A repeated name's characters sorted → the names with those characters (words swapped). */
  readonly bySorted: Map<string, string[]>;
}

/**
 * Up to `scanLimit` repeated names of a name's lengths are compared one by one: a plan's first lint builds no index.
 * (A test sets it to 0 and to Infinity to compare the two ways.)
 */
export const misspellingSearch = { scanLimit: 256 };

function nearIndex(byLength: ReadonlyMap<number, string[]>): NearIndex {
  const order = new Map<string, number>();
  const byDeletion = new Map<string, string[]>();
  const bySorted = new Map<string, string[]>();
  for (const l of [...byLength.keys()].sort((a, b) => a - b))
    for (const other of byLength.get(l)!) {
      order.set(other, order.size);
      const cs = Array.from(other);
      for (const d of deletions(cs, cs.length >= 6 ? 2 : 1, new Set())) addTo(byDeletion, d, other);
      if (cs.length >= 5) addTo(bySorted, cs.slice().sort().join(''), other);
    }
  return { order, byDeletion, bySorted };
}

/** The strings made from `cs` by deleting up to `max` characters (with `cs` itself), each once. */
function deletions(cs: readonly string[], max: number, into: Set<string>): Set<string> {
  into.add(cs.join(''));
  if (max >= 1)
    for (let i = 0; i < cs.length; i++) {
      const one = cs.slice(0, i).concat(cs.slice(i + 1));
      into.add(one.join(''));
      if (max >= 2) for (let j = i; j < one.length; j++) into.add(one.slice(0, j).concat(one.slice(j + 1)).join(''));
    }
  return into;
}

function addTo(m: Map<string, string[]>, key: string, name: string): void {
  const list = m.get(key);
  if (list) list.push(name);
  else m.set(key, [name]);
}

const REPEATED = new Sidecar<ReadonlyMap<string, NameUse>, Repeated>('fengong.repeated');
/** The last few sets of repeated names met, by kind and content. */
const RECENT = new Map<string, Repeated>();
const MAX_RECENT = 8;

/** Forgets the kept sets of repeated names. */
export function releaseRepeatedNames(): void {
  RECENT.clear();
}

function repeatedIn(usage: ReadonlyMap<string, NameUse>, kind: RegistryKind): Repeated {
  let r = REPEATED.get(usage);
  if (r) return r;
  let key = kind;
  for (const [name, use] of usage) if (use.count >= 2 && !use.collective) key += `\u0000${name}\u0001${use.count}`;
  r = RECENT.get(key);
  if (!r) {
    const byLength = new Map<number, string[]>();
    for (const [other, use] of usage) {
      if (use.count < 2 || use.collective) continue;
      const l = charLength(other);
      const list = byLength.get(l);
      if (list) list.push(other);
      else byLength.set(l, [other]);
    }
    r = { byLength, answers: new Map(), index: null };
    if (RECENT.size >= MAX_RECENT) RECENT.delete(RECENT.keys().next().value!);
    RECENT.set(key, r);
  }
  REPEATED.set(usage, r);
  return r;
}

/** The repeated names a once-written name is probably a misspelling of (best first), or []. */
export function likelyMisspellingOf(name: string, usage: ReadonlyMap<string, NameUse>, kind: RegistryKind): string[] {
  const repeated = repeatedIn(usage, kind);
  let answer = repeated.answers.get(name);
  if (!answer) repeated.answers.set(name, (answer = misspellingCandidates(name, usage, repeated, kind)));
  return answer;
}

/** The characters that number bodies of one kind (第一…第十, 一中, 2号). */
const NUMERALS = '一二三四五六七八九十〇零两0123456789０１２３４５６７８９';

/**
 * Whether character `p` of `cs` is the number of one of a series: after 第 (`第二人民医院`), or before the kind of
 * body it numbers (`县二中`, `三小`, `38所`) — not a figure inside a term (`三农办`, `十四五办`).
 */
function isSeriesNumber(cs: readonly string[], p: number): boolean {
  if (!NUMERALS.includes(cs[p])) return false;
  let a = p;
  while (a > 0 && NUMERALS.includes(cs[a - 1])) a--;
  let b = p + 1;
  while (b < cs.length && NUMERALS.includes(cs[b])) b++;
  return cs[a - 1] === '第' || /^[中小院所处队团师厂校医局幼高职]/.test(cs[b] ?? '');
}

/** The same characters, each as often, in any order. */
function sameCharacters(a: string, b: string): boolean {
  return Array.from(a).sort().join('') === Array.from(b).sort().join('');
}

function misspellingCandidates(name: string, usage: ReadonlyMap<string, NameUse>, repeated: Repeated, kind: RegistryKind): string[] {
  const len = charLength(name);
  if (kind === 'unit' && (len < 4 || isStandardBody(name))) return [];
  if (kind === 'leader' && len < 3) return [];
  const out: { name: string; d: number }[] = [];
  const max = kind === 'leader' ? 1 : len >= 8 ? 2 : 1;
  for (const other of candidatesFor(name, len, max, kind, repeated)) {
    if (other === name) continue;
    const olen = charLength(other);
    if (olen < len - max || olen > len + max) continue;
    if (kind === 'leader' && olen !== len) continue;
    // Words swapped (省农村农业厅 for 省农业农村厅) are two edits or more, but the same characters in another order.
    const d = editDistance(name, other, max);
    const swapped = d > max && kind === 'unit' && olen === len && len >= 5 && sameCharacters(name, other);
    if (d > max && !swapped) continue;
    if (isAbbreviationOf(name, other) || isAbbreviationOf(other, name)) continue;
    // The checks below tell a changed character that makes another body's name; words swapped make none.
    if (kind === 'unit' && !swapped) {
      // Different places with the same kind of office: 郑店街道办事处 / 金口街道办事处.
      const ps = placeSuffixOf(other);
      if (ps && name.endsWith(ps)) {
        const diff = differingPositions(name, other);
        const cut = len - charLength(ps);
        if (olen !== len || diff.every((p) => p < cut)) continue;
      }
      // The same body written without its administrative prefix: 企业和人才服务中心 / 区企业和人才服务中心.
      if (olen === len + 1 && other.endsWith(name) && /^[区市县省]/.test(other)) continue;
      // Different kinds of body with the same stem: 区城管委 / 区城管局.
      const diff = differingPositions(name, other);
      // The same office of two places named first: 福建出入境检验检疫局 / 厦门出入境检验检疫局 (a misspelling
      // changes one character, not a whole two-character place name).
      if (len >= 6 && diff.length === 2 && diff[0] === 0 && diff[1] === 1) continue;
      // Another of a numbered series: 市第一人民医院 / 市第二人民医院, 县第三小学 / 县第五小学, 县一中 / 县二中.
      if (diff.length && isSeriesNumber(Array.from(name), diff[0])) {
        const [nc, oc] = [Array.from(name), Array.from(other)];
        if (diff.every((p) => isSeriesNumber(nc, p) && isSeriesNumber(oc, p))) continue;
      }
      // The changed character makes another known word: 大兴城建 / 大兴基建.
      if (positionsInKnownWord(name, diff)) continue;
      if (diff.length === 1 && diff[0] === len - 1 && BODY_KIND_CHARS.has(Array.from(name)[len - 1]) && BODY_KIND_CHARS.has(Array.from(other)[len - 1])) continue;
    }
    out.push({ name: other, d });
  }
  return out.sort((x, y) => x.d - y.d || usage.get(y.name)!.count - usage.get(x.name)!.count).map((x) => x.name);
}

/**
 * The repeated names a name of `len` characters is compared with, in the order a scan by length takes: those of
 * lengths within `max` of its own, or, where they are many, only those within `max` edits (all of them share a
 * deletion with it) and those with its characters in another order (see NearIndex). The same answers either way.
 */
function candidatesFor(name: string, len: number, max: number, kind: RegistryKind, repeated: Repeated): readonly string[] {
  const scan: string[] = [];
  for (let l = len - max; l <= len + max; l++) for (const other of repeated.byLength.get(l) ?? []) scan.push(other);
  if (scan.length <= misspellingSearch.scanLimit) return scan;
  const index = (repeated.index ??= nearIndex(repeated.byLength));
  const cs = Array.from(name);
  const near = new Set<string>();
  for (const d of deletions(cs, max, new Set())) for (const other of index.byDeletion.get(d) ?? []) near.add(other);
  if (kind === 'unit' && len >= 5) for (const other of index.bySorted.get(cs.slice().sort().join('')) ?? []) near.add(other);
  return [...near].sort((a, b) => index.order.get(a)! - index.order.get(b)!);
}

function registryCovers(reg: Registry | null, kind: RegistryKind): boolean {
  return !!reg && (kind === 'unit' ? reg.units.length > 0 : reg.leaders.length > 0);
}

function usesRegistry(ctx: RuleContext, kind: RegistryKind): boolean {
  return registryCovers(ctx.registry, kind);
}

function usageOf(a: Analysis, kind: RegistryKind): ReadonlyMap<string, NameUse> {
  return kind === 'unit' ? a.unitUsage : a.leaderUsage;
}

function checkFields(ctx: RuleContext, kind: RegistryKind, noun: Text, fields: readonly Field[]): void {
  const reg = usesRegistry(ctx, kind) ? ctx.registry! : null;
  for (const f of fields) {
    if (f.role === 'deadline') continue;
    if ((f.role === 'leaders') !== (kind === 'leader')) continue;
    for (const ref of f.names) {
      if (ref.collective || isBlank(ref.name)) continue;
      let suggestions: Suggestion[];
      let why: Text;
      if (reg) {
        if (reg.isCollective(ref.name)) continue;
        // `X（牵头）`: a note of the part is no other name of the unit (a registry made from a plan may hold it as one).
        if (reg.recognise(kind, ref.name) || ref.aliases.some((al) => !isRoleNote(al) && reg.recognise(kind, al))) continue;
        suggestions = reg.suggest(kind, ref.name, 3);
        why = t(`不在${noun.zh}名录中`, `is not in the ${noun.en} registry`);
      } else {
        const usage = usageOf(ctx.analysis, kind);
        if ((usage.get(ref.name)?.count ?? 0) !== 1) continue;
        const near = likelyMisspellingOf(ref.name, usage, kind);
        if (!near.length) continue;
        suggestions = near.slice(0, 3).map((n) => ({ name: n, matched: n, distance: editDistance(ref.name, n), abbreviation: false }));
        const n0 = near[0];
        // Names are counted plan by plan: in a file of several plans, say so.
        const where = ctx.analysis.doc.plans.length > 1 ? t('本方案', 'the plan') : t('本文件', 'the document');
        why = t(
          `只出现一次，与${where.zh}出现${usage.get(n0)!.count}次的“${n0}”仅差${suggestions[0].distance}个字`,
          `appears only once and differs by ${suggestions[0].distance} character(s) from “${n0}”, which ${where.en} uses ${usage.get(n0)!.count} times`,
        );
      }
      const list = suggestions.map((s) => `“${s.name}”`).join('、');
      const listEn = suggestions.map((s) => `“${s.name}”`).join(', ');
      // A name written short (`统汁局` for 县统汁局 after `县工信局、`, `科经` in `区科经、商务局`) is replaced short,
      // keeping what the list shares, when the suggestion allows it.
      const replacement = (name: string) => (ref.written.text === ref.name ? name : rewriteWritten(ref.written.text, ref.name, name));
      // (A name a table's cell wrapped past the row's other cells is reported, not rewritten: see isWrittenWhole.)
      const canReplace = !/\s/.test(ref.written.text) && isWrittenWhole(ctx.analysis.doc.source.lines, ref.written);
      ctx.report({
        range: ref.written.range,
        message: t(
          `未知${noun.zh}“${ref.name}”：${why.zh}${suggestions.length ? `；是否应为${list}？` : ''}`,
          `unknown ${noun.en} “${ref.name}”: ${why.en}${suggestions.length ? `; did you mean ${listEn}?` : ''}`,
        ),
        fixes: canReplace
          ? suggestions.map((s, i) => ({
              title: t(`改为“${s.name}”`, `replace with “${s.name}”`),
              edits: [{ range: ref.written.range, newText: replacement(s.name) }],
              preferred: i === 0 && suggestions.length === 1,
            }))
          : [],
      });
    }
  }
}

export function unknownNameRule(id: string, kind: RegistryKind, description: Text): TaskRule {
  const noun = kind === 'unit' ? t('单位', 'unit') : t('领导', 'leader');
  return {
    id,
    scope: 'task',
    defaultSeverity: 'warning',
    description,
    defaultOptions: {},
    readsNames: (registry) => !registryCovers(registry, kind),
    // With a registry a name is judged alone; without one, by how often the document writes it and its look-alikes.
    sameFacts: (prev, next, ctx) => usesRegistry(ctx, kind) || sameUses(usageOf(prev, kind), usageOf(next, kind)),
    checkTask(ctx, task) {
      // Without a registry only a name written once is reported: most tasks write none.
      if (!usesRegistry(ctx, kind) && !ctx.analysis.writesSingleton(task, kind)) return;
      checkFields(ctx, kind, noun, task.fields);
    },
    checkRest(ctx) {
      if (!ctx.plan) return;
      for (const s of ctx.analysis.allSections) checkFields(ctx, kind, noun, s.fields);
    },
  };
}
