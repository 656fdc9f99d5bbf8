/**
 * Shared helpers for the robustness suite: seed texts, a walker that checks every range in a
 * parsed document or a diagnostic list, and a fresh bundle of the server / CLI to spawn.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const SEEDS_DIR = join(ROOT, 'seeds');

export const seedFiles: string[] = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();
export const seeds: { name: string; text: string }[] = seedFiles.map((name) => ({
  name,
  text: readFileSync(join(SEEDS_DIR, name), 'utf8'),
}));

/** The regression corpus: drafts in layouts the seeds lack (tables, Markdown, prose roles…). */
const CORPUS_DIR = join(ROOT, 'test', 'corpus');
export const corpus: { name: string; text: string }[] = readdirSync(CORPUS_DIR)
  .filter((f) => /\.(txt|md|fengong)$/.test(f) && !/^readme/i.test(f))
  .sort()
  .map((name) => ({ name: `corpus/${name}`, text: readFileSync(join(CORPUS_DIR, name), 'utf8') }));
/** Every real or realistic draft the property tests damage: the seeds, then the corpus. */
export const drafts = [...seeds, ...corpus];

/** Lines exactly as LSP sees them: only \r\n, \r and \n end a line; a leading BOM is dropped. */
export function lspLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

interface Pos {
  line: number;
  character: number;
}
const isPos = (p: unknown): p is Pos =>
  typeof p === 'object' && p !== null && typeof (p as Pos).line === 'number' && typeof (p as Pos).character === 'number';

/**
 * Every object under `root` that looks like a range ({start, end} positions) must lie inside the
 * document: line < line count, character ≤ that line's length, start ≤ end. Returns the problems
 * (empty when all is well), each with the property path, so a failure says where.
 */
export function rangeProblems(root: unknown, lines: readonly string[], limit = 10): string[] {
  const problems: string[] = [];
  const seen = new Set<object>();
  const checkPos = (p: Pos, where: string) => {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0)
      problems.push(`${where}: bad position ${JSON.stringify(p)}`);
    else if (p.line >= lines.length) problems.push(`${where}: line ${p.line} ≥ line count ${lines.length}`);
    else if (p.character > lines[p.line].length)
      problems.push(`${where}: character ${p.character} > length ${lines[p.line].length} of line ${p.line}`);
  };
  const walk = (v: unknown, where: string) => {
    if (problems.length >= limit || typeof v !== 'object' || v === null) return;
    if (seen.has(v)) return;
    seen.add(v);
    const o = v as Record<string, unknown>;
    if (isPos(o.start) && isPos(o.end)) {
      checkPos(o.start, `${where}.start`);
      checkPos(o.end, `${where}.end`);
      const s = o.start;
      const e = o.end;
      if (s.line > e.line || (s.line === e.line && s.character > e.character))
        problems.push(`${where}: start ${JSON.stringify(s)} after end ${JSON.stringify(e)}`);
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`));
    else
      for (const k of Object.keys(o)) {
        // `path` on tasks/sections points back up the tree: already visited, skip for speed.
        if (k === 'path' || k === 'source') continue;
        walk(o[k], `${where}.${k}`);
      }
  };
  walk(root, '$');
  return problems;
}

/** Newest mtime of any file under a directory (recursively). */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Path of a bundled entry ('server' or 'cli') that reflects the current sources: dist/<name>.js when it
 * is newer than every file under server/src (as after `npm test`, which builds first), otherwise a fresh
 * esbuild bundle with the same options as scripts/build.mjs in out-test/robustness/. Null when the entry
 * point does not exist yet.
 */
export function bundled(name: 'server' | 'cli'): string | null {
  const entry = name === 'server' ? 'server/src/server.ts' : 'server/src/cli/main.ts';
  if (!existsSync(join(ROOT, entry))) return null;
  const dist = join(ROOT, 'dist', `${name}.js`);
  if (existsSync(dist) && statSync(dist).mtimeMs >= newestMtime(join(ROOT, 'server/src'))) return dist;
  const outDir = join(ROOT, 'out-test', 'robustness');
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, `${name}.js`);
  execFileSync(
    join(ROOT, 'node_modules/esbuild/bin/esbuild'),
    [
      entry,
      '--bundle',
      '--platform=node',
      '--target=node18',
      '--format=cjs',
      '--log-level=error',
      `--outfile=${out}`,
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return out;
}

/** Deterministic PRNG for hostile-input generation. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
