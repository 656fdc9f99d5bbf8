/**
 * Editor settings (`fengong.*`) and initializationOptions: what the client says, normalised.
 * Any client may pass `initializationOptions: { "debounceMs": N }`; VS Code passes the settings.
 */
import type { Level, Locale } from '../core/model';

export interface Settings {
  /** Delay before validating after a change; changes within it coalesce to the latest version. */
  readonly debounceMs: number;
  readonly rules: Readonly<Record<string, Level>>;
  readonly requiredFields: 'auto' | readonly string[];
  readonly registryPath: string | null;
  readonly planYear: number | null;
  readonly draftFiles: readonly string[];
  readonly locale: Locale | null;
  readonly validateWorkspace: boolean;
  readonly diagnosticMode: 'auto' | 'push' | 'pull';
  /** Base URL of the rule docs (`…/docs/rules/`); default: the docs shipped beside the server. */
  readonly docsBaseUrl: string | null;
  /** ISO date used as "today" by hovers and rules (tests). */
  readonly today: string | null;
  /** The client watches the configuration files itself (the VS Code client does); otherwise the server asks to. */
  readonly clientWatchesFiles: boolean;
}

export const DEFAULT_DEBOUNCE_MS = 30;

export const DEFAULT_SETTINGS: Settings = {
  debounceMs: DEFAULT_DEBOUNCE_MS,
  rules: {},
  requiredFields: 'auto',
  registryPath: null,
  planYear: null,
  draftFiles: [],
  locale: null,
  validateWorkspace: true,
  diagnosticMode: 'auto',
  docsBaseUrl: null,
  today: null,
  clientWatchesFiles: false,
};

const LEVELS = new Set(['off', 'hint', 'information', 'warning', 'error']);

function num(v: unknown, min: number, max: number): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.round(v))) : undefined;
}

/** Reads whatever object the client sent (never throws); unknown or ill-typed values are ignored. */
export function readSettings(raw: unknown, base: Settings = DEFAULT_SETTINGS): Settings {
  if (!raw || typeof raw !== 'object') return base;
  const r = raw as Record<string, unknown>;
  // A key the client sends replaces the base value (removing a setting must undo it); absent keys keep it.
  let rules: Record<string, Level> = { ...base.rules };
  if (r.rules && typeof r.rules === 'object') {
    rules = {};
    for (const [k, v] of Object.entries(r.rules as Record<string, unknown>)) if (typeof v === 'string' && LEVELS.has(v)) rules[k] = v as Level;
  }
  const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
  const reqList = strings(r.requiredFields);
  const required: Settings['requiredFields'] =
    r.requiredFields === 'auto' ? 'auto' : reqList ? (reqList.length ? reqList : 'auto') : base.requiredFields;
  const mode = r.diagnosticMode === 'push' || r.diagnosticMode === 'pull' || r.diagnosticMode === 'auto' ? r.diagnosticMode : undefined;
  const has = (k: string): boolean => Object.prototype.hasOwnProperty.call(r, k) && r[k] !== undefined;
  return {
    debounceMs: num(r.debounceMs, 0, 10_000) ?? base.debounceMs,
    rules,
    requiredFields: required,
    registryPath: typeof r.registryPath === 'string' ? r.registryPath.trim() || null : base.registryPath,
    planYear: num(r.planYear, 1949, 2200) ?? (has('planYear') ? null : base.planYear),
    draftFiles: strings(r.draftFiles) ?? base.draftFiles,
    locale: r.locale === 'zh' || r.locale === 'en' ? r.locale : has('locale') ? null : base.locale,
    validateWorkspace: typeof r.validateWorkspace === 'boolean' ? r.validateWorkspace : base.validateWorkspace,
    diagnosticMode: mode ?? base.diagnosticMode,
    docsBaseUrl: typeof r.docsBaseUrl === 'string' ? r.docsBaseUrl : base.docsBaseUrl,
    today: typeof r.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.today) ? r.today : base.today,
    clientWatchesFiles: typeof r.clientWatchesFiles === 'boolean' ? r.clientWatchesFiles : base.clientWatchesFiles,
  };
}
