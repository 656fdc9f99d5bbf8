/**
 * Finding and loading the workspace configuration and registry for a draft: the only part of the
 * rule catalogue with I/O. The CLI and the language server find files the same way:
 *
 *   walk up from the draft's folder; in each folder the first of `.fengong/config.json`,
 *   `.fengongrc.json` is the configuration. Its `registry` key (relative to the configuration
 *   file) names the registry; otherwise the nearest `.fengong/units.json` walking up is used.
 *
 * Invalid files never stop validation: their problems (file, key path, message) are returned and
 * the valid parts still apply.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG, parseConfig, type ConfigProblem, type ResolvedConfig } from '../core/config';
import { parseRegistry, type Registry } from '../core/registry';

export const CONFIG_NAMES: readonly string[] = ['.fengong/config.json', '.fengongrc.json'];
export const REGISTRY_DEFAULT = '.fengong/units.json';

export interface LoadedConfig {
  readonly config: ResolvedConfig;
  readonly registry: Registry | null;
  readonly configFile: string | null;
  readonly registryFile: string | null;
  readonly problems: readonly ConfigProblem[];
}

function isFile(f: string): boolean {
  try {
    return fs.statSync(f).isFile();
  } catch {
    return false;
  }
}

/** The nearest file among `names`, walking up from `startDir` (stopping after `stopAt`, if given). */
export function findUp(startDir: string, names: readonly string[], stopAt?: string): string | null {
  let dir = path.resolve(startDir);
  const stop = stopAt ? path.resolve(stopAt) : null;
  for (let i = 0; i < 128; i++) {
    for (const n of names) {
      const f = path.join(dir, n);
      if (isFile(f)) return f;
    }
    if (stop !== null && dir === stop) break;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}

export function findConfigFile(startDir: string, stopAt?: string): string | null {
  return findUp(startDir, CONFIG_NAMES, stopAt);
}

export interface LoadOptions {
  /** Use this configuration file instead of searching (CLI `--config`). */
  readonly configFile?: string;
  /** Use this registry file (CLI `--registry`), overriding the configuration's. */
  readonly registryFile?: string;
  /** Do not walk above this folder (a workspace root). */
  readonly stopAt?: string;
}

function read(file: string, problems: ConfigProblem[]): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    problems.push({ file, path: '', message: `cannot read file: ${(e as Error).message}`, severity: 'error', range: null });
    return null;
  }
}

/** The configuration and registry that apply to a draft (a file path or a folder). */
export function loadConfigFor(draft: string, opts: LoadOptions = {}): LoadedConfig {
  const problems: ConfigProblem[] = [];
  const abs = path.resolve(draft);
  const startDir = isFile(abs) ? path.dirname(abs) : abs;
  const configFile = opts.configFile ? path.resolve(opts.configFile) : findConfigFile(startDir, opts.stopAt);
  let config: ResolvedConfig = DEFAULT_CONFIG;
  if (configFile) {
    const text = read(configFile, problems);
    if (text !== null) {
      const parsed = parseConfig(text, configFile);
      config = parsed.config;
      problems.push(...parsed.problems);
    }
  }
  let registryFile: string | null = null;
  if (opts.registryFile) registryFile = path.resolve(opts.registryFile);
  else if (config.registry && configFile) registryFile = path.resolve(path.dirname(configFile), config.registry);
  else registryFile = findUp(startDir, [REGISTRY_DEFAULT], opts.stopAt);
  let registry: Registry | null = null;
  if (registryFile) {
    const text = read(registryFile, problems);
    if (text !== null) {
      const parsed = parseRegistry(text, registryFile);
      registry = parsed.registry;
      problems.push(...parsed.problems);
    }
  }
  return { config, registry, configFile, registryFile, problems };
}
