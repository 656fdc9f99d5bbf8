/**
 * Configuration and registry per document: the workspace files (found by walking up from the
 * draft), merged over the editor settings. Invalid files never stop validation: their problems
 * become diagnostics on the file itself and the valid parts still apply.
 */
import * as path from 'node:path';
import { URI_TO_PATH, pathToUri } from './uri';
import { DEFAULT_CONFIG, type ConfigProblem, type ResolvedConfig, type RuleId, isRuleId } from '../core/config';
import type { Registry } from '../core/registry';
import { CONFIG_NAMES, REGISTRY_DEFAULT, loadConfigFor, type LoadedConfig } from '../node/config';
import { directoryFromRegistry, type UnitDirectory, EMPTY_DIRECTORY } from '../core/features';
import type { Settings } from './settings';

export { CONFIG_NAMES, REGISTRY_DEFAULT };

export interface DocumentConfig {
  readonly config: ResolvedConfig;
  readonly registry: Registry | null;
  readonly directory: UnitDirectory;
  /** Files read for this document (config, registry). */
  readonly files: readonly string[];
}

/**
 * Loads through server/src/node/config.ts (the CLI finds files the same way), once per folder until
 * a watched configuration file changes, and keeps each file's problems for publishing on it.
 */
export class ConfigService {
  private readonly byFolder = new Map<string, DocumentConfig>();
  /** Problems per file path, so the server can publish them on the file. */
  readonly problems = new Map<string, readonly ConfigProblem[]>();
  private generation = 0;

  constructor(
    private settings: Settings,
    private roots: readonly string[] = [],
  ) {}

  setSettings(s: Settings): void {
    this.settings = s;
    this.invalidate();
  }

  setRoots(roots: readonly string[]): void {
    this.roots = roots;
    this.invalidate();
  }

  /** Forget loaded files (after a watched-file or settings change). */
  invalidate(): void {
    this.byFolder.clear();
    // Files that had problems are re-read on the next load; until then they have none, so a deleted
    // or repaired file loses its diagnostics.
    for (const k of this.problems.keys()) this.problems.set(k, []);
    this.generation++;
  }

  /** Changes whenever the configuration of any document may have changed. */
  get version(): number {
    return this.generation;
  }

  forDocument(uri: string): DocumentConfig {
    const file = URI_TO_PATH(uri);
    const folder = file ? path.dirname(file) : '';
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const s = this.settings;
    let loaded: LoadedConfig | null = null;
    if (file) {
      const stopAt = this.roots.find((r) => file.startsWith(r + path.sep));
      try {
        loaded = loadConfigFor(file, stopAt ? { stopAt } : {});
        if (!loaded.config.registry && s.registryPath) {
          const base = stopAt ?? (loaded.configFile ? path.dirname(loaded.configFile) : folder);
          const registryFile = path.isAbsolute(s.registryPath) ? s.registryPath : path.resolve(base, s.registryPath);
          loaded = loadConfigFor(file, { ...(stopAt ? { stopAt } : {}), ...(loaded.configFile ? { configFile: loaded.configFile } : {}), registryFile });
        }
      } catch {
        loaded = null;
      }
    }
    const files = [loaded?.configFile, loaded?.registryFile].filter((f): f is string => !!f);
    for (const f of files) this.problems.set(f, (loaded?.problems ?? []).filter((p) => p.file === f));
    for (const p of loaded?.problems ?? []) if (!files.includes(p.file)) this.problems.set(p.file, [...(this.problems.get(p.file) ?? []), p]);
    const registry = loaded?.registry ?? null;
    const dc: DocumentConfig = {
      config: mergeSettings(loaded?.config ?? DEFAULT_CONFIG, s),
      registry,
      directory: registry ? directoryFromRegistry(registry) : EMPTY_DIRECTORY,
      files,
    };
    this.byFolder.set(folder, dc);
    return dc;
  }
}

/** Editor settings fill what the workspace file leaves open; the file wins where it speaks. */
export function mergeSettings(c: ResolvedConfig, s: Settings): ResolvedConfig {
  const rules: Record<string, unknown> = {};
  for (const [id, level] of Object.entries(s.rules)) if (isRuleId(id)) rules[id] = { level, options: {} };
  for (const [id, v] of Object.entries(c.rules)) rules[id] = v;
  const required = c.requiredFields === 'auto' && s.requiredFields !== 'auto' ? (s.requiredFields as ResolvedConfig['requiredFields']) : c.requiredFields;
  return {
    ...c,
    locale: s.locale ?? c.locale,
    planYear: c.planYear ?? s.planYear,
    requiredFields: required,
    rules: rules as ResolvedConfig['rules'],
  };
}

export function isConfigFile(file: string): boolean {
  const norm = file.replace(/\\/g, '/');
  return CONFIG_NAMES.some((n) => norm.endsWith('/' + n)) || norm.endsWith('/' + REGISTRY_DEFAULT);
}

export { pathToUri };
export type { RuleId };
