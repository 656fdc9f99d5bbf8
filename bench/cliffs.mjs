// Perf cliffs: parse + all rules over degenerate shapes at doubling sizes; a ratio near 2 per doubling is linear, 3 or
// more is a cliff (a loop over all names inside one over all names, a copy per line…). Not part of the test run.
//   npm run bench:cliffs [-- SHAPE… | list] [--steps=4] [--runs=3] [--budget=20000]
// Each shape runs at base·2^k (k < steps), stopping when one parse + lint takes more than the budget (ms). Prints a
// table per shape, then the shapes whose last doubling grew by 3 or more. Exits 1 when one did (for a manual check).
import { performance } from 'node:perf_hooks';
import { loadCore } from './run.mjs';
import { SHAPES } from './shapes.mjs';

const args = process.argv.slice(2);
const opt = (k, d) => {
  const a = args.find((x) => x.startsWith(`--${k}=`));
  return a ? Number(a.slice(k.length + 3)) : d;
};
const names = args.filter((a) => !a.startsWith('--'));
if (names[0] === 'list') {
  for (const [k, s] of Object.entries(SHAPES)) console.log(`${k.padEnd(22)} base ${String(s.base).padStart(6)}  ${s.desc}`);
  process.exit(0);
}
const list = names.length ? names : Object.keys(SHAPES);
const steps = opt('steps', 4);
const runs = opt('runs', 3);
const budget = opt('budget', 20000);

const core = await loadCore();
const timeMin = (fn) => {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
};
const f = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const cliffs = [];
for (const name of list) {
  const shape = SHAPES[name];
  if (!shape) {
    console.error(`unknown shape ${name} (npm run bench:cliffs -- list)`);
    continue;
  }
  console.log(`\n## ${name}: ${shape.desc}\nN\tMB\tparse+rules ms\t×`);
  let prev = null;
  let last = null;
  for (let k = 0; k < steps; k++) {
    const n = shape.base * 2 ** k;
    const text = shape.gen(n);
    const ms = timeMin(() => {
      core.releaseLintCaches('texts');
      core.lint(core.parseDocument(text), { today: '2023-06-01' });
    });
    last = prev ? ms / prev : null;
    console.log(`${n}\t${(text.length * 2 / 1e6).toFixed(2)}\t${f(ms)}\t${last ? last.toFixed(2) : ''}`);
    prev = ms;
    if (ms > budget) break;
  }
  if (last !== null && last >= 3) cliffs.push(`${name} (×${last.toFixed(2)} at the last doubling)`);
}
console.log(cliffs.length ? `\nsuperlinear: ${cliffs.join(', ')}` : '\nno shape grew by 3 or more at its last doubling');
process.exitCode = cliffs.length ? 1 : 0;
