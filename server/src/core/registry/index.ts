/**
 * The unit/leader registry: full names, aliases and abbreviations, read from a workspace file
 * (validated with zod) or created from an existing plan (last year's plan becomes this year's
 * reference). Suggestions are ranked by edit distance over characters, with abbreviation-as-
 * subsequence (区发改局 ⊂ 区发展和改革局) ranked first. Pure: no I/O.
 */
import { isAliasName, type FengongDocument, type UnitRef } from '../model';
import { issuesToProblems, parseJsonc, registrySchema, type ConfigProblem, type RegistryFile } from '../config';
import { charLength, editDistance, isAbbreviationOf } from './distance';

export { editDistance, isAbbreviationOf, charLength, differingPositions } from './distance';
export { isStandardBody, placeSuffixOf, positionsInKnownWord, BODY_KIND_CHARS } from './lexicon';

export interface RegistryEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly abbreviations: readonly string[];
  readonly note?: string;
}

export interface Suggestion {
  /** The canonical (full) name suggested. */
  readonly name: string;
  /** The spelling that matched (the name, an alias or an abbreviation). */
  readonly matched: string;
  readonly distance: number;
  /** The written name is an abbreviation (character subsequence) of the suggestion. */
  readonly abbreviation: boolean;
}

export type RegistryKind = 'unit' | 'leader';

export interface Registry {
  readonly units: readonly RegistryEntry[];
  readonly leaders: readonly RegistryEntry[];
  readonly collectives: readonly string[];
  /** The entry a written name stands for (name, alias or registered abbreviation), or null. */
  resolve(kind: RegistryKind, name: string): RegistryEntry | null;
  /** Like `resolve`, but also accepts an unregistered abbreviation of exactly one registered full name. */
  recognise(kind: RegistryKind, name: string): RegistryEntry | null;
  /** Up to `max` suggestions, best first. */
  suggest(kind: RegistryKind, name: string, max?: number): Suggestion[];
  isCollective(name: string): boolean;
}

function normaliseEntry(e: RegistryFile['units'] extends (infer T)[] | undefined ? T : never): RegistryEntry {
  if (typeof e === 'string') return { name: e.trim(), aliases: [], abbreviations: [] };
  return {
    name: e.name.trim(),
    aliases: (e.aliases ?? []).map((s) => s.trim()),
    abbreviations: (e.abbreviations ?? []).map((s) => s.trim()),
    ...(e.note !== undefined ? { note: e.note } : {}),
  };
}

export interface RegistryData {
  readonly units?: readonly (string | Partial<RegistryEntry> & { name: string })[];
  readonly leaders?: readonly (string | Partial<RegistryEntry> & { name: string })[];
  readonly collectives?: readonly string[];
}

function toEntries(xs: RegistryData['units']): RegistryEntry[] {
  return (xs ?? []).map((e) =>
    typeof e === 'string'
      ? { name: e, aliases: [], abbreviations: [] }
      : { name: e.name, aliases: e.aliases ?? [], abbreviations: e.abbreviations ?? [], ...(e.note ? { note: e.note } : {}) },
  );
}

class Directory {
  private readonly byName = new Map<string, RegistryEntry>();
  private readonly abbrCache = new Map<string, RegistryEntry | null>();
  constructor(readonly entries: readonly RegistryEntry[]) {
    for (const e of entries) if (!this.byName.has(e.name)) this.byName.set(e.name, e);
    for (const e of entries) for (const s of [...e.aliases, ...e.abbreviations]) if (!this.byName.has(s)) this.byName.set(s, e);
  }
  resolve(name: string): RegistryEntry | null {
    return this.byName.get(name) ?? null;
  }
  recognise(name: string): RegistryEntry | null {
    const exact = this.resolve(name);
    if (exact) return exact;
    if (this.abbrCache.has(name)) return this.abbrCache.get(name)!;
    let found: RegistryEntry | null = null;
    let count = 0;
    for (const e of this.entries) {
      if ([e.name, ...e.aliases].some((full) => isAbbreviationOf(name, full))) {
        if (found !== e) count++;
        found = e;
      }
    }
    const r = count === 1 ? found : null;
    this.abbrCache.set(name, r);
    return r;
  }
  suggest(name: string, max: number): Suggestion[] {
    const len = charLength(name);
    const limit = Math.max(2, Math.ceil(len / 2));
    const best = new Map<RegistryEntry, Suggestion>();
    for (const e of this.entries) {
      for (const spelling of [e.name, ...e.aliases, ...e.abbreviations]) {
        const abbreviation = isAbbreviationOf(name, spelling);
        const distance = editDistance(name, spelling, abbreviation ? Infinity : limit);
        if (!abbreviation && distance > limit) continue;
        const s: Suggestion = { name: e.name, matched: spelling, distance, abbreviation };
        const prev = best.get(e);
        if (!prev || rank(s) < rank(prev)) best.set(e, s);
      }
    }
    return [...best.values()].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name)).slice(0, max);
  }
}

/** Abbreviation matches first (closest length first), then by edit distance. */
function rank(s: Suggestion): number {
  return s.abbreviation ? s.distance / 100 : 1 + s.distance;
}

export function createRegistry(data: RegistryData): Registry {
  const units = new Directory(toEntries(data.units));
  const leaders = new Directory(toEntries(data.leaders));
  const collectives = new Set(data.collectives ?? []);
  const dir = (k: RegistryKind) => (k === 'unit' ? units : leaders);
  return {
    units: units.entries,
    leaders: leaders.entries,
    collectives: [...collectives],
    resolve: (k, n) => dir(k).resolve(n),
    recognise: (k, n) => dir(k).recognise(n),
    suggest: (k, n, max = 3) => dir(k).suggest(n, max),
    isCollective: (n) => collectives.has(n),
  };
}

export const EMPTY_REGISTRY: Registry = createRegistry({});

export interface ParsedRegistry {
  readonly registry: Registry | null;
  readonly problems: readonly ConfigProblem[];
}

/** Parses a registry file's text (JSON, comments allowed). Problems name the file, key path and expected shape. */
export function parseRegistry(text: string, fileName: string): ParsedRegistry {
  const json = parseJsonc(text);
  if (json.error) {
    return {
      registry: null,
      problems: [{ file: fileName, path: '', message: `invalid JSON: ${json.error.message}`, severity: 'error', range: json.error.range }],
    };
  }
  const r = registrySchema.safeParse(json.value);
  if (r.success) {
    return {
      registry: createRegistry({
        units: (r.data.units ?? []).map(normaliseEntry),
        leaders: (r.data.leaders ?? []).map(normaliseEntry),
        collectives: r.data.collectives ?? [],
      }),
      problems: [],
    };
  }
  const problems = issuesToProblems(fileName, text, r.error.issues).map((p) => ({
    ...p,
    message: `${p.message} (expected: a name string or {"name": string, "aliases"?: string[], "abbreviations"?: string[], "note"?: string})`,
  }));
  // Keep the valid entries.
  const raw = json.value && typeof json.value === 'object' ? (json.value as Record<string, unknown>) : {};
  const keep = (xs: unknown) =>
    Array.isArray(xs) ? xs.filter((x) => registrySchema.shape.units.unwrap().element.safeParse(x).success).map((x) => normaliseEntry(x as never)) : [];
  return {
    registry: createRegistry({
      units: keep(raw.units),
      leaders: keep(raw.leaders),
      collectives: Array.isArray(raw.collectives) ? raw.collectives.filter((x): x is string => typeof x === 'string') : [],
    }),
    problems,
  };
}

/**
 * A registry file created from an existing plan: every unit and leader it names (collective
 * assignees excluded), with the bracketed aliases it writes, most used first.
 */
export function createRegistryFromDocument(doc: FengongDocument): RegistryFile {
  const units = new Map<string, { count: number; aliases: Set<string> }>();
  const leaders = new Map<string, { count: number; aliases: Set<string> }>();
  const add = (m: typeof units, r: UnitRef) => {
    if (r.collective || !r.name.trim()) return;
    const e = m.get(r.name) ?? { count: 0, aliases: new Set<string>() };
    e.count++;
    // A bracket after a name may hold another name (`〈奓山街道〉`) or a note (`（牵头）`, a convention's wording): only names are aliases.
    for (const a of r.aliases) if (isAliasName(a)) e.aliases.add(a);
    m.set(r.name, e);
  };
  for (const plan of doc.plans) {
    const visitFields = (fields: readonly { role: string; names: readonly UnitRef[] }[]) => {
      for (const f of fields) for (const r of f.names) add(f.role === 'leaders' ? leaders : units, r);
    };
    for (const t of plan.tasks) visitFields(t.fields);
    const walk = (secs: readonly import('../model').Section[]) => {
      for (const s of secs) {
        visitFields(s.fields);
        walk(s.children.filter((c): c is import('../model').Section => c.type === 'section'));
      }
    };
    walk(plan.sections);
  }
  const out = (m: typeof units) =>
    [...m.entries()]
      .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0], 'zh'))
      .map(([name, e]) => (e.aliases.size ? { name, aliases: [...e.aliases] } : name));
  return { units: out(units), leaders: out(leaders) };
}
