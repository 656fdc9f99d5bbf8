/**
 * Configuration and registry per document: the workspace files (found by walking up from the
 * draft), merged over the editor settings. Invalid files never stop validation: their problems
 * become diagnostics on the file itself and the valid parts still apply.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI_TO_PATH, pathToUri } from './uri';
import { DEFAULT_CONFIG, parseConfig, type ConfigProblem, type ResolvedConfig, type RuleId, isRuleId } from '../core/config';
import { parseRegistry, type Registry } from '../core/registry';
import { directoryFromRegistry, type UnitDirectory, EMPTY_DIRECTORY } from '../core/features';
import type { Settings } from './settings';

export const CONFIG_NAMES = ['.fengong/config.json', '.fengongrc.json'];
export const REGISTRY_DEFAULT = '.fengong/units.json';

export interface DocumentConfig {
  readonly config: ResolvedConfig;
  readonly registry: Registry | null;
  readonly directory: UnitDirectory;
  /** Files read for this document (config, registry). */
  readonly files: readonly string[];
  /** A key that changes whenever anything above does. */
  readonly key: string;
}

interface Loaded<T> {
  readonly value: T;
  readonly problems: readonly ConfigProblem[];
}

export class ConfigService {
  private readonly files = new Map<string, Loaded<unknown> | null>();
  /** Problems per file path, so the server can publish them on the file. */
  readonly problems = new Map<string, readonly ConfigProblem[]>();
  private generation = 0;

  constructor(private settings: Settings, private roots: readonly string[] = []) {}

  setSettings(s: Settings): void {
    this.settings = s;
    this.generation++;
  }

  setRoots(roots: readonly string[]): void {
    this.roots = roots;
    this.generation++;
  }

  /** Forget cached files (after a watched-file change). */
  invalidate(): void {
    this.files.clear();
    this.problems.clear();
    this.generation++;
  }

  get version(): number {
    return this.generation;
  }

  private read<T>(file: string, parse: (text: string, file: string) => Loaded<T>): Loaded<T> | null {
    if (this.files.has(file)) return this.files.get(file) as Loaded<T> | null;
    let result: Loaded<T> | null = null;
    try {
      if (fs.statSync(file).isFile()) result = parse(fs.readFileSync(file, 'utf8'), file);
    } catch {
      result = null;
    }
    this.files.set(file, result);
    this.problems.set(file, result?.problems ?? []);
    return result;
  }

  private findUp(startDir: string, names: readonly string[]): string | null {
    const stopAt = this.roots.find((r) => startDir === r || startDir.startsWith(r + path.sep));
    let dir = startDir;
    for (let i = 0; i < 64; i++) {
      for (const n of names) {
        const f = path.join(dir, n);
        if (this.files.get(f) !== undefined ? this.files.get(f) !== null : fs.existsSync(f)) return f;
      }
      if (stopAt !== undefined && dir === stopAt) break;
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
    return null;
  }

  forDocument(uri: string): DocumentConfig {
    const file = URI_TO_PATH(uri);
    const s = this.settings;
    let config: ResolvedConfig = DEFAULT_CONFIG;
    const files: string[] = [];
    let base: string | null = null;
    if (file) {
      const cfgFile = this.findUp(path.dirname(file), CONFIG_NAMES);
      if (cfgFile) {
        const loaded = this.read(cfgFile, (t, f) => {
          const p = parseConfig(t, f);
          return { value: p.config, problems: p.problems };
        });
        if (loaded) {
          config = loaded.value;
          files.push(cfgFile);
          base = path.basename(path.dirname(cfgFile)) === '.fengong' ? path.dirname(path.dirname(cfgFile)) : path.dirname(cfgFile);
        }
      }
    }
    config = mergeSettings(config, s);
    let registry: Registry | null = null;
    if (file) {
      let regFile: string | null = null;
      if (config.registry && files[0]) regFile = path.resolve(path.dirname(files[0]), config.registry);
      else if (s.registryPath) {
        const root = this.roots.find((r) => file.startsWith(r + path.sep)) ?? base ?? path.dirname(file);
        regFile = path.isAbsolute(s.registryPath) ? s.registryPath : path.resolve(root, s.registryPath);
      } else regFile = this.findUp(path.dirname(file), [REGISTRY_DEFAULT]);
      if (regFile) {
        const loaded = this.read(regFile, (t, f) => {
          const p = parseRegistry(t, f);
          return { value: p.registry, problems: p.problems };
        });
        if (loaded) {
          registry = loaded.value;
          files.push(regFile);
        }
      }
    }
    return {
      config,
      registry,
      directory: registry ? directoryFromRegistry(registry) : EMPTY_DIRECTORY,
      files,
      key: `${this.generation}:${files.join('|')}`,
    };
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
