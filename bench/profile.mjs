// CPU profile of parseDocument + lint on one fixture: where the time goes.
//   node bench/profile.mjs [layout=inline | a file, e.g. seeds/003_….txt] [tasks=10000] [--parse-only] [--top=25] [--reps=N]
// Runs the core (bundled by bench/run.mjs's loader into bench/fixtures/.build/core.cjs) under
// `node --cpu-prof`, then prints self time per function with its source file (from esbuild's
// `// server/src/…` module markers in the bundle) and the totals per file. Used by run.mjs too.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { FIXTURES_DIR, ROOT, fixturePath, writeFixtures } from './generate.mjs';
import { existsSync } from 'node:fs';

export async function buildProfileCore() {
  const outfile = join(FIXTURES_DIR, '.build', 'core-prof.cjs');
  mkdirSync(join(FIXTURES_DIR, '.build'), { recursive: true });
  await esbuild.build({
    stdin: {
      contents: `export { parseDocument } from './server/src/core/parse';\nexport { lint, releaseLintCaches } from './server/src/core/rules';`,
      resolveDir: ROOT,
      loader: 'ts',
      sourcefile: 'bench-core.ts',
    },
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    // No keepNames: the bundle is not minified, so functions keep their names anyway, and esbuild's `__name`
    // wrapper ran for every closure created (a fifth of a seed's profile went to it, none of production's time).
    sourcemap: 'external',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Map (0-based bundle line, column) → `source:line`, from the external source map (VLQ decoded here). */
function moduleMap(bundle) {
  const map = JSON.parse(readFileSync(bundle + '.map', 'utf8'));
  const lines = map.mappings.split(';');
  const decoded = [];
  let src = 0;
  let sl = 0;
  for (const line of lines) {
    const segs = [];
    let col = 0;
    for (const seg of line ? line.split(',') : []) {
      const vals = [];
      let v = 0;
      let shift = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        v += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          vals.push(v & 1 ? -(v >>> 1) : v >>> 1);
          v = 0;
          shift = 0;
        }
      }
      col += vals[0];
      if (vals.length >= 4) {
        src += vals[1];
        sl += vals[2];
        segs.push([col, src, sl]);
      }
    }
    decoded.push(segs);
  }
  return (line, column = 0) => {
    const segs = decoded[line] ?? [];
    let best = segs[0];
    for (const s of segs) if (s[0] <= column) best = s;
    if (!best) return '?';
    return `${map.sources[best[1]].replace(/^(\.\.\/)+/, '')}:${best[2] + 1}`;
  };
}

export function summarize(profileFile, bundle, top = 25) {
  const prof = JSON.parse(readFileSync(profileFile, 'utf8'));
  const fileOf = moduleMap(bundle);
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = prof.timeDeltas;
  for (let i = 0; i < prof.samples.length; i++) {
    const n = byId.get(prof.samples[i]);
    self.set(n.id, (self.get(n.id) ?? 0) + (dt[i] ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fn = new Map();
  const files = new Map();
  for (const [id, us] of self) {
    const cf = byId.get(id).callFrame;
    const inCore = cf.url && cf.url.endsWith(bundle.split('/').pop());
    const where = inCore ? fileOf(cf.lineNumber, cf.columnNumber) : cf.url ? cf.url.replace(/^.*node_modules\//, 'node_modules/') : `(${cf.functionName || 'native'})`;
    const file = where.replace(/:\d+$/, '');
    const key = `${cf.functionName || '(anonymous)'} — ${where}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    files.set(file, (files.get(file) ?? 0) + us);
  }
  const pct = (us) => Math.round((us / total) * 1000) / 10;
  return {
    totalMs: Math.round(total / 1000),
    functions: [...fn].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => ({ fn: k, selfMs: Math.round(us / 1000), pct: pct(us) })),
    files: [...files].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, us]) => ({ file: k, selfMs: Math.round(us / 1000), pct: pct(us) })),
  };
}

/**
 * Profiles parse(+lint) of fixture (layout, tasks) over `reps` repetitions in a child process. A
 * `layout` naming a file (a seed) profiles that file instead, as a first lint each time: the
 * rules' text caches are released before every repetition, as the seeds' benchmark does.
 */
export async function profile({ layout = 'inline', tasks = 10000, parseOnly = false, reps = 5, top = 25 } = {}) {
  const file = existsSync(layout) ? layout : fixturePath(layout, tasks);
  if (!existsSync(file)) writeFixtures();
  const bundle = await buildProfileCore();
  const dir = join(FIXTURES_DIR, 'prof');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const script = join(dir, 'target.cjs');
  writeFileSync(
    script,
    `const core = require(${JSON.stringify(bundle)});
const text = require('fs').readFileSync(${JSON.stringify(file)}, 'utf8');
for (let i = 0; i < ${reps}; i++) { core.releaseLintCaches('texts'); const d = core.parseDocument(text); ${parseOnly ? '' : "core.lint(d, { today: '2023-06-01' });"} }\n`,
  );
  const r = spawnSync(process.execPath, ['--no-allocation-site-pretenuring', '--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const prof = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  return { layout, tasks: file === layout ? 'file' : tasks, reps, parseOnly, profile: join('bench/fixtures/prof', prof), ...summarize(join(dir, prof), bundle, top) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const a = process.argv.slice(2);
  const pos = a.filter((x) => !x.startsWith('--'));
  const top = Number((a.find((x) => x.startsWith('--top=')) ?? '--top=25').slice(6));
  const reps = Number((a.find((x) => x.startsWith('--reps=')) ?? '--reps=0').slice(7));
  const layout = pos[0] ?? 'inline';
  const res = await profile({ layout, tasks: Number(pos[1] ?? 10000), parseOnly: a.includes('--parse-only'), top, reps: reps || (existsSync(layout) ? 2000 : 5) });
  console.log(`profile ${res.profile}: ${res.totalMs} ms sampled (${res.reps}× ${res.parseOnly ? 'parse' : 'parse+lint'} of ${res.layout}-${res.tasks})`);
  console.log('\nself time by function:');
  for (const f of res.functions) console.log(`${String(f.pct).padStart(5)}%  ${String(f.selfMs).padStart(6)} ms  ${f.fn}`);
  console.log('\nself time by file:');
  for (const f of res.files) console.log(`${String(f.pct).padStart(5)}%  ${String(f.selfMs).padStart(6)} ms  ${f.file}`);
}
