/**
 * Hostile input to the pure core: each must parse and lint without throwing, with every range inside
 * the document, within a bound generous enough never to be flaky (a hang or a quadratic blow-up is
 * what this catches; timing proper is `npm run bench`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, rng, seeds } from './support';


/** A generous ceiling: a linear pass over any of these inputs takes well under a second; a worker
 *  that has not answered by then is terminated and the case fails (a hang or a quadratic blow-up). */
const BOUND_MS = Number(process.env.FENGONG_HOSTILE_BOUND_MS ?? 15_000);

let workerJs = '';
beforeAll(() => {
  const outDir = join(ROOT, 'out-test', 'robustness');
  mkdirSync(outDir, { recursive: true });
  workerJs = join(outDir, `hostile-worker-${process.pid}.cjs`);
  execFileSync(
    join(ROOT, 'node_modules/esbuild/bin/esbuild'),
    ['test/robustness/hostile-worker.ts', '--bundle', '--platform=node', '--target=node18', '--format=cjs', '--log-level=error', `--outfile=${workerJs}`],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
});

afterAll(() => {
  if (workerJs) rmSync(workerJs, { force: true });
});

interface WorkerResult {
  ok: boolean;
  error?: string;
  ms: number;
  parseMs: number;
  lineCount: number;
  expectedLines: number;
  diagnostics: number;
  docProblems: string[];
  diagProblems: string[];
}
function runBounded(text: string, bound = BOUND_MS): Promise<WorkerResult | 'timeout'> {
  return new Promise((resolve, reject) => {
    const w = new Worker(workerJs, { workerData: { text }, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    const timer = setTimeout(() => {
      void w.terminate();
      resolve('timeout');
    }, bound);
    w.once('message', (m: WorkerResult) => {
      clearTimeout(timer);
      void w.terminate();
      resolve(m);
    });
    w.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

function binaryNoise(bytes: number, seed: number): string {
  const r = rng(seed);
  const buf = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) buf[i] = Math.floor(r() * 256);
  return buf.toString('utf8'); // what fs.readFileSync(…, 'utf8') makes of a binary file
}
function utf16Noise(units: number, seed: number): string {
  const r = rng(seed);
  let s = '';
  for (let i = 0; i < units; i++) s += String.fromCharCode(Math.floor(r() * 0x10000));
  return s;
}

const seed000 = seeds.find((s) => s.name.startsWith('000'))!.text;
const seed003 = seeds.find((s) => s.name.startsWith('003'))!.text;

const cases: [string, () => string][] = [
  ['empty', () => ''],
  ['a lone BOM', () => '\uFEFF'],
  ['only line breaks (mixed CR/LF/CRLF)', () => '\r\n\n\r\r\n\r'.repeat(5000)],
  ['only U+3000 and spaces', () => ('\u3000 '.repeat(200) + '\n').repeat(500)],
  ['binary noise, 256 KB decoded as UTF-8', () => binaryNoise(256 * 1024, 1)],
  ['random UTF-16 code units (lone surrogates, controls), 128 K', () => utf16Noise(128 * 1024, 2)],
  ['lone surrogates everywhere in a seed', () => seed003.replace(/(.)/gsu, (c, _x, i: number) => (i % 7 === 0 ? '\uD800' + c : i % 11 === 0 ? c + '\uDFFF' : c))],
  ['a 1 MB single line of task text', () => '1.' + '推进产业发展,'.repeat(Math.ceil((1024 * 1024) / 7))],
  ['a 1 MB single line of fields', () => '1.任务(' + '牵头单位:区发改局;责任单位:区财政局、'.repeat(40000) + ')'],
  ['a 1 MB single line of list separators', () => '责任单位:' + '区、'.repeat(512 * 1024)],
  ['100,000 lines of only `1.`', () => '1.\n'.repeat(100_000)],
  ['100,000 numbered tasks counting up, no fields', () => Array.from({ length: 100_000 }, (_, i) => `${i + 1}.任务`).join('\n')],
  ['100,000 identical tasks with fields (duplicate-task worst case)', () => '1.完成工作任务。(牵头单位:区发改局)\n'.repeat(100_000)],
  ['deeply nested ASCII brackets (100,000 deep)', () => '1.' + '('.repeat(100_000) + ')'.repeat(100_000)],
  ['deeply nested full-width and mixed brackets', () => '1.' + '（〈《〔“'.repeat(40_000) + '”〕》〉）'.repeat(40_000)],
  ['only opening brackets, 200,000', () => '（'.repeat(200_000)],
  ['a field label repeated 50,000 times on one line', () => '牵头单位:'.repeat(50_000)],
  ['50,000 chapter headings', () => Array.from({ length: 50_000 }, (_, i) => `(${['一', '二', '三'][i % 3]})标题`).join('\n')],
  ['mixed CR / LF / CRLF in a seed', () => { let i = 0; return seed000.replace(/\r\n|\r|\n/g, () => ['\n', '\r\n', '\r'][i++ % 3]); }],
  ['a seed with every line ending CR only and a BOM', () => '\uFEFF' + seed003.replace(/\r\n|\n/g, '\r')],
  ['a seed with NULs between every character', () => seed000.slice(0, 20000).split('').join('\u0000')],
  ['a huge number', () => '9'.repeat(5000) + '.任务\n' + '(' + '9'.repeat(5000) + ')标题\n1.任务'],
  ['one field listing 40,000 distinct units (unknown-unit worst case)', () => {
    const r = rng(3);
    const cjk = (n: number) => Array.from({ length: n }, () => String.fromCharCode(0x4e00 + Math.floor(r() * 20000))).join('');
    const head = ['2023年区政府工作报告重点工作分工方案', '一、重点工作'];
    for (let i = 1; i <= 30; i++) head.push(`${i}.${cjk(20)}。(牵头单位:区财政局;责任单位:区发改局)`);
    return [...head, `31.${cjk(20)}。(牵头单位:${Array.from({ length: 40_000 }, () => `区${cjk(3)}局`).join('、')})`].join('\n');
  }],
  // Each entry searched the rest of the line for 等: quadratic on a long line of bracketed items (3.8 s for 850 kB).
  // The same line is what two items glued onto one line look like, 30,000 times over: never split past a bound.
  ['a 850 kB single line of 30,000 items each closing with its roles', () =>
    '2024年重点工作分工方案\n一、重点工作\n' + Array.from({ length: 30_000 }, (_, k) => `${k + 1}.推进第${k + 1}项工作。（牵头单位：区发改局）`).join('')],
  // A table printed as columns whose rows wrap over the lines around their numbers is read ahead from its header.
  ['a column-printed table of 30,000 rows, each wrapped above and below its number', () =>
    ['2024年重点工作分工方案', '   序号            工作任务          牵头领导       主要责任单位        完成时限',
      ...Array.from({ length: 30_000 }, (_, k) => [`          推进第${k + 1}项重点工作落实`, `${String(k + 1).padStart(5)}                         常务副区长、   区发展改革委、       2024 年 12 月 31 日`, '          见效。                  张三           区财政局']).flat()].join('\n')],
  ['a column-printed table of 20,000 numbers amid ragged pieces', () =>
    ['   序号            工作任务          牵头领导       主要责任单位        完成时限',
      ...Array.from({ length: 20_000 }, (_, k) => [`          x`.repeat(1 + (k % 3)), `${k % 1000}   ` + '  y'.repeat(k % 7)]).flat()].join('\n')],
  // A table drawn with borders is read whole at its first rule: a row's cell may run on for any number of lines.
  ['a bordered table of 20,000 rows, and one whose single row runs 60,000 lines', () =>
    ['2024年重点工作分工方案', '┌────┬────────────┬──────┬────────┐', '│序号│  工作任务  │牵头领│牵头单位│', '│    │            │  导  │        │',
      ...Array.from({ length: 20_000 }, (_, k) => ['├────┼────────────┼──────┼────────┤', `│${String(k + 1).padEnd(4)}│推进第${String(k + 1).padEnd(5)}项│常务副│区发改局│`, '│    │工作落实。  │区长  │        │']).flat(),
      '└────┴────────────┴──────┴────────┘', '', '+----+------+------+', '| 序号 | 工作任务 | 牵头领导 |', '+----+------+------+', '| 1 | 加强 | 张 |',
      ...Array.from({ length: 60_000 }, () => '|    | 推进 | 三 |'), '+----+------+------+'].join('\n')],
  ['a rule, a header, then a 1 MB line of 300,000 bars', () =>
    ['+----+------+------+', '| 序号 | 工作任务 | 牵头单位 |', '+----+------+------+', '|' + '1 |任务|'.repeat(150_000), '+----+------+------+'].join('\n')],
  // Each bullet was numbered by counting the task's items before it: quadratic (304 s for 100,000).
  ['100,000 bulleted items under one task, each closing with its roles', () => '2023年工作方案\n1.任务。(牵头单位:甲局)\n' + '▲推进工作。(责任单位:乙局)\n'.repeat(100_000)],
  ['full-width figures and Latin O years, 1 MB', () => '(二OO八年二月二十六日\n' + '二OO八年'.repeat(50_000) + '\n' + '１２３４５６７８９０．－'.repeat(40_000)],
  ['dates at the edges', () => '1.任务\n完成时限:9999年99月99日\n2.任务\n完成时限:0年0月0日\n3.任务\n完成时限:2023年2月29日\n4.任务\n完成时限:' + '2023年'.repeat(10000)],
];

/**
 * Cases that fail today, each with the reason (reported to the owner). `it.fails` keeps the suite
 * green while the defect stands and turns red the moment it is fixed, so the entry gets removed.
 */
const KNOWN_FAILURES: Record<string, string> = {
  // ('50,000 chapter headings' was quadratic in parse/hierarchy.ts finalise() — 181 s — until fixed.)
  // ('one field listing 40,000 distinct units' was quadratic in rules/unknown.ts likelyMisspellingOf() until
  // repeated names were indexed by length.)
};

// Sequential on purpose: run concurrently on a loaded 2-core machine, the 100,000-line cases approach the bound.
describe('hostile input to parseDocument + lint', () => {
  for (const [name, make] of cases) {
    const known = KNOWN_FAILURES[name];
    (known ? it.fails : it)(known ? `${name} — known failure: ${known}` : name, async () => {
      // A known (quadratic) failure gets a short bound: fixed, it runs in about a second and the entry is removed.
      const bound = known ? 5_000 : BOUND_MS;
      const r = await runBounded(make(), bound);
      if (r === 'timeout') throw new Error(`${name}: parse + lint did not finish within ${bound} ms (terminated)`);
      if (!r.ok) throw new Error(`${name}: threw\n${r.error}`);
      expect(r.lineCount).toBe(r.expectedLines);
      expect(r.docProblems).toEqual([]);
      expect(r.diagProblems).toEqual([]);
    }, 60_000);
  }
});
