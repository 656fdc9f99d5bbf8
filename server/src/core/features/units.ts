/**
 * Unit identity for features: which written names mean the same unit. Abbreviation-aware
 * through a directory built from the workspace registry (when there is one); without a registry,
 * a unit is its expanded name.
 */
import type { FengongDocument, Position, Range, Task } from '../model';
import { rolesOf } from '../model';
import { isAbbreviationOf, type Registry } from '../registry';
import { nameOccurrences, occurrenceAt, taskId, tasksIn, type NameOccurrence, uniq } from './util';
import { Sidecar } from '../sidecar';

export interface UnitInfo {
  /** The full (canonical) name. */
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: 'unit' | 'leader';
  /** Free text from the registry (a note, a parent body). */
  readonly note?: string;
}

/** What features need from a registry. Built by the adapter from whatever the registry module offers. */
export interface UnitDirectory {
  /** The entry a written name (full name, abbreviation or alias) stands for, or null. */
  resolve(name: string): UnitInfo | null;
  all(): readonly UnitInfo[];
}

export const EMPTY_DIRECTORY: UnitDirectory = { resolve: () => null, all: () => [] };

/** A directory over plain entries (also what tests use). */
export function directoryOf(entries: readonly UnitInfo[]): UnitDirectory {
  const map = new Map<string, UnitInfo>();
  for (const e of entries) {
    map.set(e.name, e);
    for (const a of e.aliases) if (!map.has(a)) map.set(a, e);
  }
  return { resolve: (n) => map.get(n) ?? null, all: () => entries };
}

/** A directory over the workspace registry: names, aliases and abbreviations (registered or recognisable). */
export function directoryFromRegistry(reg: Registry | null | undefined): UnitDirectory {
  if (!reg) return EMPTY_DIRECTORY;
  const info = (kind: 'unit' | 'leader', e: { name: string; aliases: readonly string[]; abbreviations: readonly string[]; note?: string }): UnitInfo => ({
    name: e.name,
    aliases: [...e.aliases, ...e.abbreviations],
    kind,
    ...(e.note ? { note: e.note } : {}),
  });
  const all = [...reg.units.map((e) => info('unit', e)), ...reg.leaders.map((e) => info('leader', e))];
  const cache = new Map<string, UnitInfo | null>();
  return {
    resolve(name) {
      if (cache.has(name)) return cache.get(name)!;
      const u = reg.recognise('unit', name);
      const l = u ? null : reg.recognise('leader', name);
      const r = u ? info('unit', u) : l ? info('leader', l) : null;
      cache.set(name, r);
      return r;
    },
    all: () => all,
  };
}

/** The key two written names share when they mean the same unit. */
export function unitKey(name: string, dir: UnitDirectory = EMPTY_DIRECTORY): string {
  return dir.resolve(name)?.name ?? name;
}

const distinctNames = new Sidecar<FengongDocument, string[]>('fengong.distinctNames');
function namesOf(doc: FengongDocument): string[] {
  let names = distinctNames.get(doc);
  if (!names) distinctNames.set(doc, (names = [...new Set(nameOccurrences(doc).map((o) => o.ref.name))]));
  return names;
}

/**
 * The key of a name within a document: the registry's canonical name where it knows one, else the
 * one longer name in the same document this name abbreviates (区发改局 → 区发展和改革局), else itself.
 */
export function documentKey(doc: FengongDocument, name: string, dir: UnitDirectory = EMPTY_DIRECTORY): string {
  const r = dir.resolve(name);
  if (r) return r.name;
  let full: string | null = null;
  for (const f of namesOf(doc)) {
    if (f === name || !isAbbreviationOf(name, f) || dir.resolve(f)) continue;
    if (full !== null) return name; // ambiguous
    full = f;
  }
  return full ?? name;
}

/** Which names in the document mean the same unit as `name` (linear in the number of distinct names). */
export function sameUnitAs(doc: FengongDocument, name: string, dir: UnitDirectory = EMPTY_DIRECTORY): (n: string) => boolean {
  const key = documentKey(doc, name, dir);
  const members = new Set<string>();
  for (const n of namesOf(doc)) {
    if (n === key || n === name) members.add(n);
    else {
      const r = dir.resolve(n);
      if (r) {
        if (r.name === key) members.add(n);
      } else if (isAbbreviationOf(n, key) && documentKey(doc, n, dir) === key) members.add(n);
    }
  }
  const known = new Set(namesOf(doc));
  return (n) => members.has(n) || (!known.has(n) && unitKey(n, dir) === key);
}

export interface UnitUsage {
  readonly key: string;
  readonly info: UnitInfo | null;
  /** Every spelling the document uses for it. */
  readonly spellings: readonly string[];
  readonly occurrences: readonly NameOccurrence[];
  /** Task numbers (as written) where it leads / shares. */
  readonly leads: readonly string[];
  readonly shares: readonly string[];
  readonly leaderOf: readonly string[];
}

/** Where the unit named at `p` is used across the document, or null when no name is there. */
export function unitUsageAt(doc: FengongDocument, p: Position, dir: UnitDirectory = EMPTY_DIRECTORY): UnitUsage | null {
  const at = occurrenceAt(doc, p);
  if (!at) return null;
  return unitUsage(doc, at.ref.name, dir, at.ref.written.range);
}

/**
 * The tasks an occurrence speaks for: its task, or under a heading (`（一）省编办牵头的工作`,
 * `一、…（牵头单位：区发改局）`) the tasks below whose role it fills (`rolesOf`: they name none, and no nearer
 * heading does).
 */
function tasksOf(o: NameOccurrence): readonly Task[] {
  if (o.task) return [o.task];
  const role = o.field.role;
  if (!o.section || (role !== 'leaders' && role !== 'leadUnits' && role !== 'units')) return [];
  const names = o.field.names;
  return tasksIn(o.section).filter((t) => rolesOf(t)[role] === names);
}

export function unitUsage(doc: FengongDocument, name: string, dir: UnitDirectory = EMPTY_DIRECTORY, _at?: Range): UnitUsage {
  const key = documentKey(doc, name, dir);
  const same = sameUnitAs(doc, name, dir);
  const occurrences = nameOccurrences(doc).filter((o) => same(o.ref.name) || o.ref.aliases.some(same));
  const num = (o: NameOccurrence): string[] => tasksOf(o).map((t) => taskId(doc, t));
  // A name leads where the task counts it among its leads: in a 牵头单位 field, and also first in a
  // 责任单位 list under 列第一位者为牵头单位, marked `（牵头）`, or before `分别牵头`.
  const leads = (o: NameOccurrence): boolean => o.field.role === 'leadUnits' || (o.field.role === 'units' && !!o.task?.leadUnits.includes(o.ref));
  const ids = (keep: (o: NameOccurrence) => boolean): string[] => uniq(occurrences.filter(keep).flatMap(num));
  return {
    key,
    info: dir.resolve(name),
    spellings: uniq(occurrences.map((o) => o.ref.written.text)),
    occurrences,
    leads: ids(leads),
    shares: ids((o) => o.field.role === 'units' && !leads(o)),
    leaderOf: ids((o) => o.field.role === 'leaders'),
  };
}
