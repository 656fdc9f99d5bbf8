/**
 * The configuration: parse (pure, from text), validate with zod, resolve to defaults. The file
 * lookup (walking up from a draft) is in server/src/node/config.ts; this module does no I/O.
 */
import type { z } from 'zod';
import type { Level, Locale, Range } from '../model';
import { locateKey, parseJsonc } from './json';
import { isRuleId, RULE_IDS, type RuleId } from './ruleIds';
import { configSchema, ruleSettingSchema, type FengongConfig, type RequiredRole, type RuleSetting } from './schema';

export * from './ruleIds';
export * from './schema';
export { parseJsonc } from './json';

/** Something wrong in a configuration or registry file, naming the file and the key path. */
export interface ConfigProblem {
  readonly file: string;
  /** Dotted key path, e.g. `rules.numbering-gap` or `units[3].aliases`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  readonly range: Range | null;
}

export interface ResolvedRuleSetting {
  /** Undefined: the rule's default severity. */
  readonly level?: Level;
  readonly options: Readonly<Record<string, unknown>>;
}

export interface ResolvedConfig {
  readonly locale: Locale;
  readonly planYear: number | null;
  readonly requiredFields: 'auto' | readonly RequiredRole[];
  /** As written in the file (relative to it); the node loader resolves it. */
  readonly registry: string | null;
  readonly rules: Readonly<Partial<Record<RuleId, ResolvedRuleSetting>>>;
}

export const DEFAULT_CONFIG: ResolvedConfig = {
  locale: 'zh',
  planYear: null,
  requiredFields: 'auto',
  registry: null,
  rules: {},
};

export interface ParsedConfig {
  readonly config: ResolvedConfig;
  readonly problems: readonly ConfigProblem[];
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

export function issuesToProblems(
  file: string,
  text: string,
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  for (const raw of issues) {
    const issue = deepestBranch(raw);
    const branchPrefix = issue === raw ? [] : raw.path;
    if (issue !== raw) {
      out.push(...issuesToProblems(file, text, [issue], [...prefix, ...branchPrefix]));
      continue;
    }
    const path = [...prefix, ...issue.path];
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys;
      const inRules = path.length === 1 && path[0] === 'rules';
      message = inRules
        ? `unknown rule id ${keys.map((k) => `"${k}"`).join(', ')}; expected one of: ${RULE_IDS.join(', ')}`
        : `unknown key ${keys.map((k) => `"${k}"`).join(', ')}`;
      for (const k of keys) {
        out.push({
          file,
          path: formatPath([...path, k]),
          message,
          severity: 'error',
          range: locateKey(text, [...path, k] as (string | number)[]),
        });
      }
      continue;
    }
    out.push({
      file,
      path: formatPath(path),
      message,
      severity: 'error',
      range: locateKey(text, path as (string | number)[]),
    });
  }
  return out;
}

/**
 * For a value matching no branch of a union (`"lead"` for a field role, `{"name": 3}` for a registry
 * entry), the branch that got furthest says best what was expected.
 */
function deepestBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union' || !issue.errors?.length) return issue;
  let best: z.core.$ZodIssue | null = null;
  let depth = -1;
  for (const branch of issue.errors) {
    for (const i of branch) {
      // A type mismatch at the root says only "not this branch".
      const d = i.path.length + (i.code === 'invalid_type' && i.path.length === 0 ? -1 : 0);
      if (d > depth) {
        depth = d;
        best = i;
      }
    }
  }
  if (!best || depth < 0 || (depth === 0 && best.code !== 'invalid_value')) return issue;
  return deepestBranch(best);
}

function resolveRuleSetting(s: RuleSetting): ResolvedRuleSetting {
  if (typeof s === 'string') return { level: s, options: {} };
  return { level: s.level, options: s.options ?? {} };
}

/** Turns a validated configuration object into the resolved form (defaults filled in). */
export function resolveConfig(c: FengongConfig | undefined | null): ResolvedConfig {
  if (!c) return DEFAULT_CONFIG;
  const rules: Partial<Record<RuleId, ResolvedRuleSetting>> = {};
  for (const [id, s] of Object.entries(c.rules ?? {})) {
    if (s !== undefined && isRuleId(id)) rules[id] = resolveRuleSetting(s);
  }
  return {
    locale: c.locale ?? DEFAULT_CONFIG.locale,
    planYear: c.planYear ?? null,
    requiredFields: c.requiredFields ?? 'auto',
    registry: c.registry ?? null,
    rules,
  };
}

/**
 * Parses a configuration file's text. Never throws: problems name the file and the key path; the
 * valid parts of an invalid file are kept (an unknown rule id does not disable the others).
 */
export function parseConfig(text: string, fileName: string): ParsedConfig {
  const json = parseJsonc(text);
  if (json.error) {
    return {
      config: DEFAULT_CONFIG,
      problems: [{ file: fileName, path: '', message: `invalid JSON: ${json.error.message}`, severity: 'error', range: json.error.range }],
    };
  }
  const whole = configSchema.safeParse(json.value);
  if (whole.success) return { config: resolveConfig(whole.data), problems: [] };

  const problems = issuesToProblems(fileName, text, whole.error.issues);
  if (typeof json.value !== 'object' || json.value === null || Array.isArray(json.value)) {
    return { config: DEFAULT_CONFIG, problems };
  }
  // Keep what is valid, key by key.
  const raw = json.value as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  const shape = configSchema.shape as Record<string, z.ZodType>;
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'rules') continue;
    const s = shape[key];
    if (s && s.safeParse(value).success) kept[key] = value;
  }
  if (raw.rules && typeof raw.rules === 'object' && !Array.isArray(raw.rules)) {
    const rules: Record<string, unknown> = {};
    for (const [id, setting] of Object.entries(raw.rules as Record<string, unknown>)) {
      if (isRuleId(id) && ruleSettingSchema.safeParse(setting).success) rules[id] = setting;
    }
    kept.rules = rules;
  }
  const partial = configSchema.safeParse(kept);
  return { config: partial.success ? resolveConfig(partial.data) : DEFAULT_CONFIG, problems };
}

/** Accepts either a resolved configuration or a raw (file-shaped) one; anything else gives defaults. */
export function toResolvedConfig(c: unknown): ResolvedConfig {
  if (!c || typeof c !== 'object') return DEFAULT_CONFIG;
  const o = c as Record<string, unknown>;
  if (typeof o.locale === 'string' && 'requiredFields' in o && 'rules' in o && 'planYear' in o && 'registry' in o) {
    const parsed = configSchema.safeParse({
      ...o,
      planYear: o.planYear ?? undefined,
      registry: o.registry ?? undefined,
      rules: undefined,
    });
    if (parsed.success) return c as ResolvedConfig;
  }
  const parsed = configSchema.safeParse(c);
  return parsed.success ? resolveConfig(parsed.data) : DEFAULT_CONFIG;
}
