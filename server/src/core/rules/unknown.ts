/**
 * unknown-unit / unknown-leader. With a registry: a name that is neither registered (name, alias,
 * abbreviation) nor an abbreviation of exactly one registered full name. Without one, only the
 * conservative case: a name written once that is one character (two for long names) away from a
 * name the document uses repeatedly, and that does not read as a standard body or another place.
 */
import type { Field, UnitRef } from '../model';
import {
  BODY_KIND_CHARS,
  charLength,
  differingPositions,
  editDistance,
  isAbbreviationOf,
  isStandardBody,
  placeSuffixOf,
  positionsInKnownWord,
  type RegistryKind,
  type Suggestion,
} from '../registry';
import type { Rule, RuleContext, Text } from './types';
import { t } from './util';

/** The repeated names a once-written name is probably a misspelling of (best first), or []. */
/**
 * The names a document uses repeatedly, by length: the only candidates a once-written name can be
 * a misspelling of. Built once per usage map, so checking every name stays linear in the names.
 */
const REPEATED = new WeakMap<ReadonlyMap<string, readonly UnitRef[]>, Map<number, string[]>>();
function repeatedByLength(usage: ReadonlyMap<string, readonly UnitRef[]>): Map<number, string[]> {
  let byLen = REPEATED.get(usage);
  if (!byLen) {
    byLen = new Map();
    for (const [other, refs] of usage) {
      if (refs.length < 2 || refs[0].collective) continue;
      const l = charLength(other);
      const list = byLen.get(l);
      if (list) list.push(other);
      else byLen.set(l, [other]);
    }
    REPEATED.set(usage, byLen);
  }
  return byLen;
}

export function likelyMisspellingOf(name: string, usage: ReadonlyMap<string, readonly UnitRef[]>, kind: RegistryKind): string[] {
  const len = charLength(name);
  if (kind === 'unit' && (len < 4 || isStandardBody(name))) return [];
  if (kind === 'leader' && len < 3) return [];
  const out: { name: string; d: number }[] = [];
  const max = kind === 'leader' ? 1 : len >= 8 ? 2 : 1;
  const byLen = repeatedByLength(usage);
  const candidates: string[] = [];
  for (let l = len - max; l <= len + max; l++) candidates.push(...(byLen.get(l) ?? []));
  for (const other of candidates) {
    if (other === name) continue;
    const olen = charLength(other);
    if (kind === 'leader' && olen !== len) continue;
    const d = editDistance(name, other, max);
    if (d > max) continue;
    if (isAbbreviationOf(name, other) || isAbbreviationOf(other, name)) continue;
    if (kind === 'unit') {
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
      // The changed character makes another known word: 大兴城建 / 大兴基建.
      if (positionsInKnownWord(name, diff)) continue;
      if (diff.length === 1 && diff[0] === len - 1 && BODY_KIND_CHARS.has(Array.from(name)[len - 1]) && BODY_KIND_CHARS.has(Array.from(other)[len - 1])) continue;
    }
    out.push({ name: other, d });
  }
  return out.sort((x, y) => x.d - y.d || (usage.get(y.name)!.length - usage.get(x.name)!.length)).map((x) => x.name);
}

function fieldsOf(ctx: RuleContext): Field[] {
  const out: Field[] = [];
  for (const task of ctx.plan?.tasks ?? []) out.push(...task.fields);
  for (const s of ctx.analysis.allSections) out.push(...s.fields);
  return out;
}

export function unknownNameRule(id: string, kind: RegistryKind, description: Text): Rule {
  const noun = kind === 'unit' ? t('单位', 'unit') : t('领导', 'leader');
  return {
    id,
    defaultSeverity: 'warning',
    description,
    defaultOptions: {},
    check(ctx) {
      if (!ctx.plan) return;
      const reg = ctx.registry;
      const usage = kind === 'unit' ? ctx.analysis.unitUsage : ctx.analysis.leaderUsage;
      for (const f of fieldsOf(ctx)) {
        if (f.role === 'deadline') continue;
        if ((f.role === 'leaders') !== (kind === 'leader')) continue;
        for (const ref of f.names) {
          if (ref.collective || !ref.name.trim()) continue;
          let suggestions: Suggestion[];
          let why: Text;
          if (reg && (kind === 'unit' ? reg.units.length > 0 : reg.leaders.length > 0)) {
            if (reg.isCollective(ref.name)) continue;
            if (reg.recognise(kind, ref.name) || ref.aliases.some((al) => reg.recognise(kind, al))) continue;
            suggestions = reg.suggest(kind, ref.name, 3);
            why = t(`不在${noun.zh}名录中`, `is not in the ${noun.en} registry`);
          } else {
            if ((usage.get(ref.name)?.length ?? 0) !== 1) continue;
            const near = likelyMisspellingOf(ref.name, usage, kind);
            if (!near.length) continue;
            suggestions = near.slice(0, 3).map((n) => ({ name: n, matched: n, distance: editDistance(ref.name, n), abbreviation: false }));
            const n0 = near[0];
            why = t(
              `只出现一次，与本文件出现${usage.get(n0)!.length}次的“${n0}”仅差${suggestions[0].distance}个字`,
              `appears only once and differs by ${suggestions[0].distance} character(s) from “${n0}”, which the document uses ${usage.get(n0)!.length} times`,
            );
          }
          const list = suggestions.map((s) => `“${s.name}”`).join('、');
          const listEn = suggestions.map((s) => `“${s.name}”`).join(', ');
          const canReplace = ref.written.text === ref.name;
          ctx.report({
            range: ref.written.range,
            message: t(
              `未知${noun.zh}“${ref.name}”：${why.zh}${suggestions.length ? `；是否应为${list}？` : ''}`,
              `unknown ${noun.en} “${ref.name}”: ${why.en}${suggestions.length ? `; did you mean ${listEn}?` : ''}`,
            ),
            fixes: canReplace
              ? suggestions.map((s, i) => ({
                  title: t(`改为“${s.name}”`, `replace with “${s.name}”`),
                  edits: [{ range: ref.written.range, newText: s.name }],
                  preferred: i === 0 && suggestions.length === 1,
                }))
              : [],
          });
        }
      }
    },
  };
}
