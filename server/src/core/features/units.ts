/**
 * Unit identity for features: which written names mean the same unit. Abbreviation-aware
 * through a directory built from the workspace registry (when there is one); without a registry,
 * a unit is its expanded name.
 */
import type { FengongDocument, Position, Range } from '../model';
import { nameOccurrences, occurrenceAt, taskId, type NameOccurrence, uniq } from './util';

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

/** The key two written names share when they mean the same unit. */
export function unitKey(name: string, dir: UnitDirectory = EMPTY_DIRECTORY): string {
  return dir.resolve(name)?.name ?? name;
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

export function unitUsage(doc: FengongDocument, name: string, dir: UnitDirectory = EMPTY_DIRECTORY, _at?: Range): UnitUsage {
  const key = unitKey(name, dir);
  const occurrences = nameOccurrences(doc).filter(
    (o) => unitKey(o.ref.name, dir) === key || o.ref.aliases.some((a) => unitKey(a, dir) === key),
  );
  const num = (o: NameOccurrence): string | null => (o.task ? taskId(doc, o.task) : null);
  const byRole = (roles: string[]): string[] =>
    uniq(occurrences.filter((o) => roles.includes(o.field.role)).map(num).filter((x): x is string => !!x));
  return {
    key,
    info: dir.resolve(name),
    spellings: uniq(occurrences.map((o) => o.ref.written.text)),
    occurrences,
    leads: byRole(['leadUnits']),
    shares: byRole(['units']),
    leaderOf: byRole(['leaders']),
  };
}
