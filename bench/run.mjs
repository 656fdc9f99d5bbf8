// The Fengong benchmark: `npm run bench` (bundles dist/ first), or `node bench/run.mjs [--quick] [--only=a,b]`.
//
// Sections (each reported even when its piece has not landed yet, as {status: 'not-landed', reason}):
//   core     baseline (split lines + one regex per line) vs parseDocument vs parseDocument + lint,
//            3 layouts × 100/1,000/10,000/50,000 tasks; per-size ratios and 1k→10k→50k growth; and a w3m box
//            table of the plan at 100/1,000/10,000 tasks; growth also as throughput (one 10k plan against ten 1k ones)
//   seeds    parse + lint per seed, warm (measured first, before the large synthetic plans)
//   lsp      dist/server.js --stdio with debounceMs 0: didChange→publishDiagnostics p50/p95 over
//            single-character edits (300 and 10,000 tasks), documentSymbol and completion latency,
//            server heap with 50 open 300-task plans
//   cli      wall time of `node dist/cli.js check seeds/*`
//   bundle   sizes of dist/*.js (raw and gzip)
// Results: bench/results.json (machine noted) and a Markdown summary on stdout (docs/performance.md quotes it);
// `node bench/run.mjs --report` re-prints the summary of the last full run. `--quick` skips 50,000 tasks and
// the profiles and writes bench/fixtures/results.partial.json instead; so does `--only=core,seeds,lsp,cli,bundle,profile`.
import { spawn, spawnSync, execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, statSync, readdirSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem, platform, release, tmpdir, loadavg, getPriority } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { generatePlan, fixturePath, writeFixtures, rng, LAYOUTS, SIZES, BOX, BOX_SIZES, ROOT, SEEDS_DIR, FIXTURES_DIR } from './generate.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const ONLY = (args.find((a) => a.startsWith('--only=')) ?? '').slice(7).split(',').filter(Boolean);
const want = (s) => ONLY.length === 0 || ONLY.includes(s);
const log = (...a) => console.error('[bench]', ...a);

// ---------------------------------------------------------------- helpers
function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  const r = (x) => Math.round(x * 1000) / 1000;
  return { runs: s.length, min: r(s[0]), p50: r(q(0.5)), p95: r(q(0.95)), max: r(s[s.length - 1]) };
}

/** Runs fn until both minRuns and minMs are reached (or maxRuns), after warm-up; ms per run. */
function measure(fn, { warmup = 2, minRuns = 5, minMs = 400, maxRuns = 500 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  const t0 = performance.now();
  while (samples.length < maxRuns && (samples.length < minRuns || performance.now() - t0 < minMs)) {
    const a = performance.now();
    fn();
    samples.push(performance.now() - a);
  }
  return stats(samples);
}

const notLanded = (reason) => ({ status: 'not-landed', reason });
const errText = (e) => (e && e.stack ? e.stack.split('\n').slice(0, 6).join('\n') : String(e));

// ---------------------------------------------------------------- the floor
const TASK_LINE = /^[\s\u3000]*\d+[.．、]/;
/** What any parser pays at least: split into lines, test each with one regular expression. */
function baseline(text) {
  const lines = text.split(/\r\n|\r|\n/);
  let n = 0;
  for (let i = 0; i < lines.length; i++) if (TASK_LINE.test(lines[i])) n++;
  return n;
}

// ---------------------------------------------------------------- core bundle
async function loadCore() {
  const outdir = join(FIXTURES_DIR, '.build');
  mkdirSync(outdir, { recursive: true });
  const hasFeatures = existsSync(join(ROOT, 'server/src/core/features/index.ts'));
  const contents = [
    `export { parseDocument } from './server/src/core/parse';`,
    `export { lint, releaseLintCaches } from './server/src/core/rules';`,
    existsSync(join(ROOT, 'server/src/node/heap.ts'))
      ? `export { keepYoungObjectsYoung } from './server/src/node/heap';`
      : `export const keepYoungObjectsYoung = () => {};`,
    hasFeatures ? `export * as features from './server/src/core/features';` : `export const features = null;`,
  ].join('\n');
  const outfile = join(outdir, 'core.cjs');
  await esbuild.build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-core.ts' },
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    outfile,
    logLevel: 'error',
  });
  delete require.cache[outfile];
  const core = require(outfile);
  // The same V8 setting as the server and the CLI, before anything is parsed here.
  core.keepYoungObjectsYoung();
  return core;
}

function probeParse(core) {
  try {
    core.parseDocument('1.测试');
    return null;
  } catch (e) {
    return errText(e);
  }
}

// ---------------------------------------------------------------- core section
function benchCore(core) {
  const parseMissing = probeParse(core);
  const sizes = QUICK ? SIZES.filter((s) => s <= 10000) : SIZES;
  const rows = [];
  for (const layout of [...LAYOUTS, BOX]) {
    for (const tasks of layout === BOX ? sizes.filter((n) => BOX_SIZES.includes(n)) : sizes) {
      const text = readFileSync(fixturePath(layout, tasks), 'utf8');
      const row = { layout, tasks, bytes: Buffer.byteLength(text), lines: text.split(/\r\n|\r|\n/).length };
      if (parseMissing) {
        row.baseline = measure(() => baseline(text));
        row.parse = row.parseLint = notLanded(parseMissing);
      } else {
        try {
          // Interleaved rounds (baseline, parse, parse+lint) so that load from other processes on the
          // machine hits all three alike; ratios use the minimum (the least disturbed run).
          const fns = {
            baseline: () => baseline(text),
            parse: () => core.parseDocument(text),
            parseLint: () => core.lint(core.parseDocument(text), { today: '2023-06-01' }),
          };
          const rounds = tasks >= 50000 ? 3 : tasks >= 10000 ? 5 : tasks >= 1000 ? 15 : 40;
          const warm = tasks >= 10000 ? 1 : 10;
          for (let i = 0; i < warm; i++) for (const f of Object.values(fns)) f();
          const samples = { baseline: [], parse: [], parseLint: [] };
          for (let i = 0; i < rounds; i++) {
            for (const [k, f] of Object.entries(fns)) {
              // Every lint here is a first one: what `fengong check` pays for a file. Without this,
              // the rules' caches (task texts, the near-duplicate join) would answer from the last round.
              if (k === 'parseLint') core.releaseLintCaches('texts');
              const a = performance.now();
              f();
              samples[k].push(performance.now() - a);
            }
          }
          for (const k of Object.keys(fns)) row[k] = stats(samples[k]);
          const doc = core.parseDocument(text);
          row.parsedTasks = doc.plan ? doc.plan.tasks.length : 0;
          row.diagnostics = core.lint(doc, { today: '2023-06-01' }).length;
          row.ratio = round2(row.parseLint.min / row.baseline.min);
          row.parseRatio = round2(row.parse.min / row.baseline.min);
          row.usPerTask = round2((row.parseLint.min * 1000) / tasks);
          if (tasks <= 10000) row.edit = benchEdits(core, text, tasks >= 10000 ? 40 : 150);
        } catch (e) {
          row.baseline ??= measure(() => baseline(text));
          row.error = errText(e);
        }
      }
      log('core', layout, tasks, JSON.stringify({ base: row.baseline?.min, parse: row.parse?.min, all: row.parseLint?.min, ratio: row.ratio, error: row.error }));
      rows.push(row);
    }
  }
  // Growth: time(10k)/time(1k) should be ≈10, time(50k)/time(10k) ≈5 when linear.
  const growth = {};
  for (const layout of LAYOUTS) {
    const t = (n) => rows.find((r) => r.layout === layout && r.tasks === n)?.parseLint?.min;
    const b = (n) => rows.find((r) => r.layout === layout && r.tasks === n)?.baseline?.min;
    growth[layout] = {
      parseLint_1k_to_10k: t(1000) && t(10000) ? round2(t(10000) / t(1000)) : null,
      parseLint_10k_to_50k: t(10000) && t(50000) ? round2(t(50000) / t(10000)) : null,
      baseline_1k_to_10k: b(1000) && b(10000) ? round2(b(10000) / b(1000)) : null,
      baseline_10k_to_50k: b(10000) && b(50000) ? round2(b(50000) / b(10000)) : null,
      ideal: { '1k_to_10k': 10, '10k_to_50k': 5 },
    };
  }
  return { rows, growth, amortized: QUICK ? null : amortizedGrowth(core, sizes) };
}

/**
 * Growth as throughput: one plan of N tasks against N/n plans of n tasks parsed and linted back to back (the same
 * number of tasks), median over alternating rounds. The minimum of separate runs (above) may flatter the small
 * plan: its garbage can be collected in a later round, which the minimum leaves out, while a large plan pays its
 * collections inside its own run. Here both pay for their garbage; a ratio of 10 (5) is linear. Shown beside the
 * target's ratios, not instead of them.
 */
function amortizedGrowth(core, sizes) {
  const out = {};
  const run = (text) => {
    core.releaseLintCaches('texts');
    core.lint(core.parseDocument(text), { today: '2023-06-01' });
  };
  for (const layout of LAYOUTS) {
    out[layout] = {};
    for (const [small, big] of [
      [1000, 10000],
      [10000, 50000],
    ]) {
      if (!sizes.includes(small) || !sizes.includes(big)) continue;
      const a = readFileSync(fixturePath(layout, small), 'utf8');
      const b = readFileSync(fixturePath(layout, big), 'utf8');
      const k = big / small;
      const block = [];
      const one = [];
      run(a);
      run(b);
      for (let r = 0; r < (big >= 50000 ? 3 : 5); r++) {
        let t = performance.now();
        for (let i = 0; i < k; i++) run(a);
        block.push(performance.now() - t);
        t = performance.now();
        run(b);
        one.push(performance.now() - t);
      }
      const med = (x) => [...x].sort((p, q) => p - q)[x.length >> 1];
      out[layout][`parseLint_${small / 1000}k_to_${big / 1000}k`] = round2((k * med(one)) / med(block));
    }
    log('core amortized growth', layout, JSON.stringify(out[layout]));
  }
  return out;
}

/**
 * The keystroke path the server takes: one character inserted into (or deleted from) a task line,
 * parsed and linted with the version before (`parseDocument(text, previous)`, `lint(doc, { previous })`).
 */
function benchEdits(core, text, edits) {
  const options = { today: '2023-06-01' };
  const editor = makeEditor(text);
  let doc = core.parseDocument(text);
  let diagnostics = core.lint(doc, options);
  const parse = [];
  const parseLint = [];
  for (let i = 0; i < edits; i++) {
    editor.next();
    const edited = editor.text();
    const a = performance.now();
    const next = core.parseDocument(edited, doc);
    const b = performance.now();
    const nextDiagnostics = core.lint(next, { ...options, previous: { doc, diagnostics } });
    parse.push(b - a);
    parseLint.push(performance.now() - a);
    doc = next;
    diagnostics = nextDiagnostics;
  }
  return { edits, parse: stats(parse), parseLint: stats(parseLint) };
}

function benchSeeds(core) {
  const parseMissing = probeParse(core);
  const files = readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).sort();
  const texts = files.map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));
  if (parseMissing) return files.map((file) => ({ file, ...notLanded(parseMissing) }));
  const options = { today: '2023-06-01' };
  // Interleaved rounds, as in the core section: every seed is measured in every stretch of time, so a
  // slow second of the machine (frequency, a neighbour) falls on all of them alike, not on one.
  const parse = texts.map(() => []);
  const all = texts.map(() => []);
  const again = texts.map(() => []);
  const errors = texts.map(() => null);
  const round = (record) => {
    texts.forEach((text, k) => {
      if (errors[k]) return;
      try {
        let a = performance.now();
        core.parseDocument(text);
        const p = performance.now() - a;
        // A first lint of the plan, as `fengong check` or opening the file pays (see benchCore)…
        core.releaseLintCaches('texts');
        a = performance.now();
        core.lint(core.parseDocument(text), options);
        const b = performance.now() - a;
        // …and the same text parsed and linted again, the rules' caches holding its task texts: what
        // a server pays to re-check an open plan (an edit re-reads less still: see the LSP section).
        a = performance.now();
        core.lint(core.parseDocument(text), options);
        const c = performance.now() - a;
        if (record) {
          parse[k].push(p);
          all[k].push(b);
          again[k].push(c);
        }
      } catch (e) {
        errors[k] = errText(e);
      }
    });
  };
  const warmUntil = performance.now() + 1000;
  while (performance.now() < warmUntil) round(false);
  const t0 = performance.now();
  for (let r = 0; r < 1000 && (r < 100 || performance.now() - t0 < 3000); r++) round(true);
  return files.map((file, k) => {
    if (errors[k]) return { file, error: errors[k] };
    const doc = core.parseDocument(texts[k]);
    const out = { file, kind: doc.kind, tasks: doc.plan ? doc.plan.tasks.length : 0, parse: stats(parse[k]), parseLint: stats(all[k]), relint: stats(again[k]) };
    out.underTarget = out.parseLint.p50 < 2;
    log('seed', file, JSON.stringify(out.parseLint));
    return out;
  });
}

// ---------------------------------------------------------------- LSP
class Lsp {
  constructor(serverJs, env = {}) {
    const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
    this.probe = join(tmpdir(), `fengong-heap-${process.pid}-${Date.now()}.json`);
    const prof = env.CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${env.CPU_PROF_DIR}`, '--cpu-prof-interval=250'] : [];
    this.proc = spawn(
      process.execPath,
      [...prof, '--expose-gc', '-r', join(ROOT, 'bench/heap-probe.cjs'), serverJs, '--stdio'],
      { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env, FENGONG_HEAP_PROBE: this.probe } },
    );
    this.stderr = '';
    this.proc.stderr.on('data', (d) => (this.stderr = (this.stderr + d).slice(-20000)));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.waiters = new Map(); // uri -> [{version, resolve}]
    this.conn.onNotification('textDocument/publishDiagnostics', (p) => {
      const ws = this.waiters.get(p.uri);
      if (!ws) return;
      for (let i = 0; i < ws.length; i++) {
        const w = ws[i];
        if (p.version === undefined || p.version === null || p.version >= w.version) {
          ws.splice(i--, 1);
          w.resolve(p);
        }
      }
    });
    this.conn.onRequest(() => null); // workspace/configuration, client/registerCapability, …
    this.conn.onNotification(() => {});
    this.conn.listen();
  }
  async init(initializationOptions, { pull = false } = {}) {
    const res = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        textDocument: {
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          synchronization: { didSave: true, dynamicRegistration: false },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          completion: { completionItem: { snippetSupport: true } },
          ...(pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        },
        workspace: { configuration: true },
      },
      initializationOptions,
    });
    this.capabilities = res.capabilities;
    const sync = res.capabilities.textDocumentSync;
    this.syncKind = typeof sync === 'number' ? sync : (sync?.change ?? 1);
    await this.conn.sendNotification('initialized', {});
    return res;
  }
  diagnosticsFor(uri, version, timeoutMs = 120000) {
    return new Promise((resolve, reject) => {
      const list = this.waiters.get(uri) ?? [];
      this.waiters.set(uri, list);
      const t = setTimeout(() => reject(new Error(`no publishDiagnostics for ${uri} v${version} within ${timeoutMs} ms`)), timeoutMs);
      list.push({ version, resolve: (p) => (clearTimeout(t), resolve(p)) });
    });
  }
  async open(uri, text, version = 1) {
    const d = this.diagnosticsFor(uri, version);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'fengong', version, text } });
    return d;
  }
  heap() {
    return new Promise((resolve, reject) => {
      rmSync(this.probe, { force: true });
      this.proc.kill('SIGUSR2');
      const t0 = Date.now();
      const poll = () => {
        if (existsSync(this.probe)) return resolve(JSON.parse(readFileSync(this.probe, 'utf8')));
        if (Date.now() - t0 > 10000) return reject(new Error('heap probe timed out'));
        setTimeout(poll, 20);
      };
      poll();
    });
  }
  async close() {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      this.conn.sendNotification('exit');
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
    this.conn.dispose();
    if (this.proc.exitCode === null) this.proc.kill();
    rmSync(this.probe, { force: true });
  }
}

/** A line of a box table's row with words in its task's cell (`│   │推动黄村镇…│`): where a keystroke goes in such a table. */
const BOX_TASK_LINE = /^│[^│]*│[^│\s]/;

/**
 * Applies one edit to a line array (single line, single character) and returns the LSP change event. In a box table
 * the character goes into the task's cell (pushing the bars after it, as typing does).
 */
function makeEditor(text) {
  const lines = text.split('\n');
  const taskLines = [];
  lines.forEach((l, i) => ((TASK_LINE.test(l) && l.length > 12) || BOX_TASK_LINE.test(l)) && taskLines.push(i));
  const r = rng(42);
  let pending = null; // an inserted character to delete next
  return {
    lines,
    next() {
      if (pending) {
        const { line, ch } = pending;
        pending = null;
        lines[line] = lines[line].slice(0, ch) + lines[line].slice(ch + 1);
        return { range: { start: { line, character: ch }, end: { line, character: ch + 1 } }, text: '' };
      }
      const line = taskLines[Math.floor(r() * taskLines.length)];
      const l = lines[line];
      const cell = l.startsWith('│') ? [l.indexOf('│', 1) + 1, l.indexOf('│', l.indexOf('│', 1) + 1)] : null;
      const ch = cell ? cell[0] + Math.floor(r() * (cell[1] - cell[0])) : 6 + Math.floor(r() * (l.length - 8));
      lines[line] = lines[line].slice(0, ch) + '改' + lines[line].slice(ch);
      pending = { line, ch };
      return { range: { start: { line, character: ch }, end: { line, character: ch } }, text: '改' };
    },
    text: () => lines.join('\n'),
  };
}

async function editRoundTrip(lsp, uri, text, edits) {
  const ed = makeEditor(text);
  let version = 1;
  await lsp.open(uri, text, version);
  const samples = [];
  for (let i = 0; i < edits; i++) {
    const change = ed.next();
    version++;
    const contentChanges = lsp.syncKind === 2 ? [change] : [{ text: ed.text() }];
    const wait = lsp.diagnosticsFor(uri, version);
    const t0 = performance.now();
    await lsp.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    await wait;
    samples.push(performance.now() - t0);
  }
  return { syncKind: lsp.syncKind === 2 ? 'incremental' : 'full', ...stats(samples.slice(Math.min(5, samples.length >> 2))) };
}

/** Sends `edits` single-character edits without waiting, then times until the final version is published. */
async function burst(lsp, uri, text, edits) {
  const ed = makeEditor(text);
  let version = 1;
  await lsp.open(uri, text, version);
  const before = performance.now();
  for (let i = 0; i < edits; i++) {
    const change = ed.next();
    version++;
    const contentChanges = lsp.syncKind === 2 ? [change] : [{ text: ed.text() }];
    void lsp.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }
  const last = await lsp.diagnosticsFor(uri, version, 300000);
  return { edits, ms: Math.round(performance.now() - before), finalVersion: last.version ?? null };
}

/** Pull mode (what VS Code's client uses when offered): didChange, then textDocument/diagnostic; time to the report. */
async function pullRoundTrip(lsp, uri, text, edits) {
  const ed = makeEditor(text);
  let version = 1;
  await lsp.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'fengong', version, text } });
  await lsp.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const samples = [];
  for (let i = 0; i < edits; i++) {
    const change = ed.next();
    version++;
    const contentChanges = lsp.syncKind === 2 ? [change] : [{ text: ed.text() }];
    const t0 = performance.now();
    await lsp.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    const r = await lsp.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    samples.push(performance.now() - t0);
    if (r?.kind !== 'full' && r?.kind !== 'unchanged') throw new Error(`unexpected report ${JSON.stringify(r).slice(0, 200)}`);
  }
  return { ...stats(samples.slice(Math.min(5, samples.length >> 2))) };
}

async function requestLatency(lsp, method, paramsFn, n) {
  const samples = [];
  let last;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    last = await lsp.conn.sendRequest(method, paramsFn(i));
    samples.push(performance.now() - t0);
  }
  const size = Array.isArray(last) ? last.length : Array.isArray(last?.items) ? last.items.length : last == null ? 0 : 1;
  return { ...stats(samples.slice(3)), resultSize: size };
}

async function benchLsp() {
  const serverJs = join(ROOT, 'dist/server.js');
  if (!existsSync(serverJs)) return notLanded('dist/server.js does not exist (server/src/server.ts not landed or bundle failed)');
  const out = {};
  const lsp = new Lsp(serverJs);
  try {
    const init = await Promise.race([
      lsp.init({ debounceMs: 0 }),
      new Promise((_, rej) => setTimeout(() => rej(new Error('initialize timed out (10 s)')), 10000)),
    ]);
    out.capabilities = Object.keys(init.capabilities).sort();
    out.syncKind = lsp.syncKind;
    // --- round trips
    const cases = [
      { name: 'edit-300', layout: 'inline', tasks: 300, edits: QUICK ? 60 : 300 },
      { name: 'edit-300-own-line', layout: 'own-line', tasks: 300, edits: QUICK ? 60 : 200 },
      { name: 'edit-300-box', layout: BOX, tasks: 300, edits: QUICK ? 60 : 200 },
      { name: 'edit-10000', layout: 'inline', tasks: 10000, edits: QUICK ? 15 : 30 },
    ];
    for (const c of cases) {
      const uri = pathToFileURL(join(FIXTURES_DIR, `lsp-${c.name}.fengong`)).href;
      try {
        out[c.name] = await editRoundTrip(lsp, uri, readFileSync(fixturePath(c.layout, c.tasks), 'utf8'), c.edits);
        out[c.name].target = c.tasks <= 300 ? 15 : 60;
        out[c.name].meetsTarget = out[c.name].p95 < out[c.name].target;
      } catch (e) {
        out[c.name] = { error: errText(e), serverStderr: lsp.stderr.slice(-2000) };
      }
      log('lsp', c.name, JSON.stringify(out[c.name]));
    }
    // --- a burst of edits sent without waiting (typing faster than validation): time to the final version
    for (const [name, tasks, edits] of [
      ['burst-300', 300, 200],
      ['burst-10000', 10000, QUICK ? 10 : 20],
    ]) {
      const u = pathToFileURL(join(FIXTURES_DIR, `lsp-${name}.fengong`)).href;
      try {
        out[name] = await burst(lsp, u, readFileSync(fixturePath('inline', tasks), 'utf8'), edits);
      } catch (e) {
        out[name] = { error: errText(e) };
      }
      log('lsp', name, JSON.stringify(out[name]));
    }
    // --- documentSymbol / completion on the (now open) 300 and 10,000 plans
    for (const [name, c] of [
      ['300', 'edit-300'],
      ['10000', 'edit-10000'],
    ]) {
      const uri = pathToFileURL(join(FIXTURES_DIR, `lsp-${c}.fengong`)).href;
      const n = name === '300' ? 100 : 20;
      const has = (cap) => Boolean(lsp.capabilities[cap]);
      try {
        out[`documentSymbol-${name}`] = has('documentSymbolProvider')
          ? await requestLatency(lsp, 'textDocument/documentSymbol', () => ({ textDocument: { uri } }), n)
          : notLanded('server does not advertise documentSymbolProvider');
      } catch (e) {
        out[`documentSymbol-${name}`] = { error: errText(e) };
      }
      try {
        if (has('completionProvider')) {
          const text = readFileSync(fixturePath('inline', Number(name)), 'utf8').split('\n');
          const positions = [];
          text.forEach((l, i) => {
            const at = l.indexOf('(牵头单位:');
            if (at >= 0 && positions.length < 50) positions.push({ line: i, character: at + 6 });
          });
          out[`completion-${name}`] = await requestLatency(
            lsp,
            'textDocument/completion',
            (i) => ({ textDocument: { uri }, position: positions[i % positions.length] }),
            n,
          );
        } else out[`completion-${name}`] = notLanded('server does not advertise completionProvider');
      } catch (e) {
        out[`completion-${name}`] = { error: errText(e) };
      }
      log('lsp', name, JSON.stringify({ sym: out[`documentSymbol-${name}`], comp: out[`completion-${name}`] }));
    }
  } catch (e) {
    out.error = errText(e);
    out.serverStderr = lsp.stderr.slice(-2000);
  } finally {
    await lsp.close();
  }
  // --- pull diagnostics (fresh server, client declares textDocument.diagnostic)
  const p = new Lsp(serverJs);
  try {
    const init = await p.init({ debounceMs: 0 }, { pull: true });
    if (!init.capabilities.diagnosticProvider) out['pull-300'] = notLanded('server does not offer diagnosticProvider');
    else {
      for (const [name, tasks, edits] of [
        ['pull-300', 300, QUICK ? 60 : 200],
        ['pull-10000', 10000, QUICK ? 10 : 30],
      ]) {
        const u = pathToFileURL(join(FIXTURES_DIR, `lsp-${name}.fengong`)).href;
        out[name] = await pullRoundTrip(p, u, readFileSync(fixturePath('inline', tasks), 'utf8'), edits);
        log('lsp', name, JSON.stringify(out[name]));
      }
    }
  } catch (e) {
    out['pull-300'] ??= { error: errText(e), serverStderr: p.stderr.slice(-2000) };
  } finally {
    await p.close();
  }
  // --- heap with 50 open 300-task plans (fresh server)
  const h = new Lsp(serverJs);
  try {
    await h.init({ debounceMs: 0 });
    await new Promise((r) => setTimeout(r, 300));
    const before = await h.heap();
    const opened = [];
    for (let i = 0; i < 50; i++) {
      const text = generatePlan({ layout: LAYOUTS[i % 3], tasks: 300, seed: 100 + i });
      opened.push(h.open(pathToFileURL(join(FIXTURES_DIR, `heap-${i}.fengong`)).href, text));
    }
    await Promise.all(opened);
    await new Promise((r) => setTimeout(r, 300));
    const after = await h.heap();
    const mb = (x) => Math.round((x / 1048576) * 10) / 10;
    out.heap50 = {
      heapUsedBeforeMB: mb(before.heapUsed),
      heapUsedMB: mb(after.heapUsed),
      heapTotalMB: mb(after.heapTotal),
      rssMB: mb(after.rss),
      perPlanMB: Math.round(((after.heapUsed - before.heapUsed) / 50 / 1048576) * 100) / 100,
      target: 150,
      meetsTarget: after.heapUsed / 1048576 < 150,
    };
  } catch (e) {
    out.heap50 = { error: errText(e), serverStderr: h.stderr.slice(-2000) };
  } finally {
    await h.close();
  }
  log('lsp heap', JSON.stringify(out.heap50));
  return out;
}

// ---------------------------------------------------------------- profiles
/** CPU profiles: the core on a 10,000-task plan, and the server over 100 edit round trips on 300 tasks. */
async function profiles() {
  const { profile, summarize } = await import('./profile.mjs');
  const out = {};
  try {
    out.core = await profile({ layout: 'inline', tasks: 10000, reps: 3, top: 15 });
  } catch (e) {
    out.core = { error: errText(e) };
  }
  const serverJs = join(ROOT, 'dist/server.js');
  if (existsSync(serverJs)) {
    const dir = join(FIXTURES_DIR, 'prof-server');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const lsp = new Lsp(serverJs, { CPU_PROF_DIR: dir });
    try {
      await lsp.init({ debounceMs: 0 });
      const uri = pathToFileURL(join(FIXTURES_DIR, 'prof-edit-300.fengong')).href;
      out.serverEdit300 = { edits: 100, ...(await editRoundTrip(lsp, uri, readFileSync(fixturePath('inline', 300), 'utf8'), 100)) };
    } catch (e) {
      out.serverEdit300 = { error: errText(e) };
    } finally {
      await lsp.close();
    }
    await new Promise((r) => setTimeout(r, 500));
    const f = readdirSync(dir).find((x) => x.endsWith('.cpuprofile'));
    if (f) Object.assign(out.serverEdit300, { profile: `bench/fixtures/prof-server/${f}`, ...summarize(join(dir, f), serverJs, 15) });
  }
  for (const [k, p] of Object.entries(out)) {
    if (!p?.functions) continue;
    log(`profile ${k}: top self time`);
    for (const f of p.functions.slice(0, 10)) log(`  ${String(f.pct).padStart(5)}%  ${f.fn}`);
  }
  return out;
}

// ---------------------------------------------------------------- CLI & bundle
function benchCli() {
  const cli = join(ROOT, 'dist/cli.js');
  if (!existsSync(cli)) return notLanded('dist/cli.js does not exist');
  const seeds = readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).sort().map((f) => join(SEEDS_DIR, f));
  const run = (files, reps = 6) => {
    const samples = [];
    let last;
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      last = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
      if (i > 0) samples.push(performance.now() - t0);
    }
    return { ...stats(samples), exitCode: last.status, stderr: last.stderr.slice(0, 500) || undefined };
  };
  const nodeStartup = (() => {
    const s = [];
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      spawnSync(process.execPath, ['-e', '0']);
      if (i) s.push(performance.now() - t0);
    }
    return stats(s);
  })();
  const out = { nodeStartup, seeds: run(seeds) };
  const archive = LAYOUTS.flatMap((l) => [100, 300, 1000, 10000].map((n) => fixturePath(l, n)));
  out.archive = { files: archive.length, tasks: 3 * (100 + 300 + 1000 + 10000), ...run(archive, 3) };
  log('cli', JSON.stringify(out));
  return out;
}

function bundleSizes() {
  const out = {};
  for (const f of ['server.js', 'cli.js', 'extension.js']) {
    const p = join(ROOT, 'dist', f);
    if (!existsSync(p)) {
      out[f] = null;
      continue;
    }
    const buf = readFileSync(p);
    out[f] = { bytes: buf.length, gzipBytes: gzipSync(buf).length };
  }
  return out;
}

// ---------------------------------------------------------------- summary
function round2(x) {
  return Math.round(x * 100) / 100;
}

function fmt(x) {
  if (x == null) return '—';
  if (typeof x === 'object') return x.status === 'not-landed' ? 'n/l' : x.error ? 'ERR' : fmt(x.p50);
  return x < 10 ? x.toFixed(2) : x.toFixed(1);
}

export function summary(res) {
  const L = [];
  L.push(`Machine: ${res.machine.cpu} × ${res.machine.cores}, ${res.machine.memGB} GB, Node ${res.machine.node}, ${res.machine.os}; load average ${res.machine.loadAverageAtStart?.join(' ')} at start, ${res.machine.loadAverageAtEnd?.join(' ')} at end${res.machine.nice ? ` (run at nice ${res.machine.nice})` : ''}; commit ${res.commit}; ${res.date}`);
  // Targets of issue 5, measured.
  const T = [];
  const mark = (ok) => (ok == null ? '—' : ok ? '✓' : '✗');
  if (res.core?.rows) {
    const rs = res.core.rows.filter((r) => r.ratio != null);
    if (rs.length) {
      const worst = rs.reduce((a, b) => (b.ratio > a.ratio ? b : a));
      const best = rs.reduce((a, b) => (b.ratio < a.ratio ? b : a));
      T.push(`| parse + all rules ≤ 4× baseline, every size | ${best.ratio}× (${best.layout} ${best.tasks}) … ${worst.ratio}× (${worst.layout} ${worst.tasks}) | ${mark(worst.ratio <= 4)} |`);
    }
    const g = Object.entries(res.core.growth ?? {});
    if (g.length) {
      const txt = g.map(([l, x]) => `${l} ${x.parseLint_1k_to_10k ?? '—'} / ${x.parseLint_10k_to_50k ?? '—'}`).join('; ');
      const ok = g.every(([, x]) => x.parseLint_1k_to_10k != null && x.parseLint_1k_to_10k <= 15 && (x.parseLint_10k_to_50k ?? 0) <= 7.5);
      T.push(`| linear growth: 1k→10k ≈ 10, 10k→50k ≈ 5 (✓ within 1.5×) | ${txt} | ${mark(ok)} |`);
    }
    const am = Object.entries(res.core.amortized ?? {});
    if (am.length) {
      // The same, as throughput (each side pays for its own garbage): shown beside the target, not instead of it.
      const txt = am.map(([l, x]) => `${l} ${x.parseLint_1k_to_10k ?? '—'} / ${x.parseLint_10k_to_50k ?? '—'}`).join('; ');
      T.push(`| the same growth as throughput (one 10k plan against ten 1k plans back to back) | ${txt} | |`);
    }
  }
  if (Array.isArray(res.seeds)) {
    const plans = res.seeds.filter((x) => x.kind === 'plan' && x.parseLint);
    if (plans.length) {
      const worst = Math.max(...plans.map((x) => x.parseLint.p50));
      const again = plans.every((x) => x.relint) ? `; checked again (rules' caches warm): ${plans.map((x) => `${x.file.slice(0, 3)} ${fmt(x.relint.p50)}`).join(', ')} ms` : '';
      T.push(`| seed plans < 2 ms each, warm (p50), first lint | ${plans.map((x) => `${x.file.slice(0, 3)} ${fmt(x.parseLint.p50)}`).join(', ')} ms${again} | ${mark(worst < 2)} |`);
    }
  }
  const e = (k) => res.lsp?.[k];
  if (e('edit-300')?.p95 != null)
    T.push(
      `| edit round trip p95 < 15 ms, 300 tasks | ${fmt(e('edit-300').p95)} ms (own-line ${fmt(e('edit-300-own-line')?.p95)} ms, box table ${fmt(e('edit-300-box')?.p95)} ms) | ${mark(e('edit-300').p95 < 15 && (e('edit-300-own-line')?.p95 ?? 0) < 15 && (e('edit-300-box')?.p95 ?? 0) < 15)} |`,
    );
  if (e('edit-10000')?.p95 != null) T.push(`| edit round trip p95 < 60 ms, 10,000 tasks | ${fmt(e('edit-10000').p95)} ms | ${mark(e('edit-10000').p95 < 60)} |`);
  if (e('heap50')?.heapUsedMB != null) T.push(`| server heap < 150 MB with 50 open 300-task plans | ${e('heap50').heapUsedMB} MB | ${mark(e('heap50').heapUsedMB < 150)} |`);
  if (T.length) L.push('', '| target (issue 5) | measured | |', '|---|---|---|', ...T);
  if (res.core) {
    L.push('', 'Times are the minimum over interleaved rounds (p50 in results.json); ratio = parse+rules ÷ baseline.', '', '| layout | tasks | MB | baseline ms | parse ms | parse+rules ms | ratio (≤4) | µs/task | after an edit: parse+rules p50 / p95 ms |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    const fm = (x) => (x && typeof x.min === 'number' ? fmt(x.min) : fmt(x));
    for (const r of res.core.rows)
      L.push(`| ${r.layout} | ${r.tasks} | ${(r.bytes / 1048576).toFixed(2)} | ${fm(r.baseline)} | ${r.error ? 'ERR' : fm(r.parse)} | ${r.error ? 'ERR' : fm(r.parseLint)} | ${r.ratio ?? '—'}${r.ratio > 4 ? ' ✗' : ''} | ${r.usPerTask ?? '—'} | ${r.edit ? `${fm({ min: r.edit.parseLint.p50 })} / ${fm({ min: r.edit.parseLint.p95 })}` : '—'} |`);
    L.push('', 'Growth (ratio of minimum times; linear = 10 and 5):', '', '| layout | parse+rules 1k→10k (ideal 10) | 10k→50k (ideal 5) | baseline 1k→10k | baseline 10k→50k |', '|---|---:|---:|---:|---:|');
    for (const [l, g] of Object.entries(res.core.growth))
      L.push(`| ${l} | ${g.parseLint_1k_to_10k ?? '—'} | ${g.parseLint_10k_to_50k ?? '—'} | ${g.baseline_1k_to_10k ?? '—'} | ${g.baseline_10k_to_50k ?? '—'} |`);
    if (res.core.amortized) {
      L.push('', 'Growth as throughput (one plan of 10k tasks against ten of 1k parsed and linted back to back, median of alternating rounds; linear = 10 and 5). The minimum above leaves out the collections a small plan\'s garbage causes in later rounds; here each side pays for its own:', '', '| layout | parse+rules 1k→10k | 10k→50k |', '|---|---:|---:|');
      for (const [l, g] of Object.entries(res.core.amortized)) L.push(`| ${l} | ${g.parseLint_1k_to_10k ?? '—'} | ${g.parseLint_10k_to_50k ?? '—'} |`);
    }
  }
  if (res.seeds) {
    L.push('', '| seed | kind | tasks | parse ms | parse+rules ms p50, first lint (<2) | parse+rules ms p50, checked again |', '|---|---|---:|---:|---:|---:|');
    for (const s of res.seeds) L.push(`| ${s.file} | ${s.kind ?? '—'} | ${s.tasks ?? '—'} | ${fmt(s.parse)} | ${fmt(s.parseLint)} | ${s.relint ? fmt(s.relint) : '—'} |`);
  }
  if (res.lsp) {
    const l = res.lsp;
    const row = (name, key, target) => {
      const v = l[key];
      if (!v) return `| ${name} | — | — | ${target} |`;
      if (v.status) return `| ${name} | n/l | n/l | ${target} |`;
      if (v.error) return `| ${name} | ERR | ERR | ${target} |`;
      return `| ${name} | ${fmt(v.p50)} | ${fmt(v.p95)} | ${target} |`;
    };
    L.push('', '| LSP (debounceMs 0) | p50 ms | p95 ms | target |', '|---|---:|---:|---|');
    if (l.status) L.push(`| (server not landed) | | | |`);
    else {
      L.push(row('didChange→publishDiagnostics, 300 tasks (inline)', 'edit-300', 'p95 < 15'));
      L.push(row('didChange→publishDiagnostics, 300 tasks (own-line)', 'edit-300-own-line', 'p95 < 15'));
      L.push(row('didChange→publishDiagnostics, 300 tasks (a w3m box table)', 'edit-300-box', 'p95 < 15'));
      L.push(row('didChange→publishDiagnostics, 10,000 tasks', 'edit-10000', 'p95 < 60'));
      L.push(row('pull: didChange + textDocument/diagnostic, 300 tasks', 'pull-300', '(as VS Code)'));
      L.push(row('pull: didChange + textDocument/diagnostic, 10,000 tasks', 'pull-10000', '(as VS Code)'));
      L.push(row('documentSymbol, 300 tasks', 'documentSymbol-300', ''));
      L.push(row('documentSymbol, 10,000 tasks', 'documentSymbol-10000', ''));
      L.push(row('completion, 300 tasks', 'completion-300', ''));
      L.push(row('completion, 10,000 tasks', 'completion-10000', ''));
      for (const k of ['burst-300', 'burst-10000']) {
        const b = l[k];
        if (b && !b.error) L.push(`| burst of ${b.edits} edits sent at once, ${k.slice(6)} tasks: until the final version is published | ${b.ms} (total) | | |`);
      }
      const h = l.heap50;
      if (h && !h.error) L.push('', `Server heap with 50 open 300-task plans: ${h.heapUsedMB} MB used after GC (${h.heapUsedBeforeMB} MB empty, ${h.perPlanMB} MB per plan; RSS ${h.rssMB} MB); target < 150 MB.`);
      else if (h) L.push('', `Server heap: ERR`);
    }
  }
  if (res.cli) {
    const c = res.cli;
    if (c.status) L.push('', 'CLI: not landed.');
    else L.push('', `CLI \`check\` over the 5 seeds: ${fmt(c.seeds)} ms wall (node startup alone ${fmt(c.nodeStartup)} ms), exit ${c.seeds.exitCode}; over ${c.archive.files} synthetic plans (${c.archive.tasks} tasks): ${fmt(c.archive)} ms, exit ${c.archive.exitCode}.`);
  }
  if (res.profile) {
    for (const [k, p] of Object.entries(res.profile)) {
      if (!p?.functions) continue;
      const what = k === 'core' ? `parse + lint of ${p.layout}-${p.tasks} ×${p.reps}` : 'server, 100 edit round trips on a 300-task plan';
      L.push('', `CPU profile (${what}; \`${p.profile}\`), self time:`, '', '| % | function — source |', '|---:|---|');
      for (const f of p.functions.slice(0, 12)) L.push(`| ${f.pct} | ${f.fn.replace(/\|/g, '\\|')} |`);
    }
  }
  if (res.bundle) {
    L.push('', '| bundle | bytes | gzip |', '|---|---:|---:|');
    for (const [f, b] of Object.entries(res.bundle)) L.push(`| dist/${f} | ${b ? b.bytes : '—'} | ${b ? b.gzipBytes : '—'} |`);
  }
  return L.join('\n');
}

// ---------------------------------------------------------------- main
async function main() {
  const t0 = performance.now();
  if (!existsSync(fixturePath('inline', 50000)) || !existsSync(fixturePath(BOX, 300)) || args.includes('--regen')) {
    log('writing fixtures');
    writeFixtures();
  }
  const res = {
    date: new Date().toISOString(),
    commit: (() => {
      try {
        return execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
      } catch {
        return null;
      }
    })(),
    machine: {
      cpu: cpus()[0]?.model.trim(),
      cores: cpus().length,
      memGB: Math.round(totalmem() / 1073741824),
      loadAverageAtStart: loadavg().map((x) => Math.round(x * 10) / 10),
      nice: getPriority(),
      node: process.version,
      os: `${platform()} ${release()}`,
    },
    quick: QUICK,
  };
  let core = null;
  try {
    core = await loadCore();
  } catch (e) {
    res.coreBuildError = errText(e);
  }
  // The seeds first, warmed by themselves, so that their figures do not depend on the large synthetic
  // plans parsed before them (whose heap and JIT state no editor or CLI run shares).
  if (want('seeds')) res.seeds = core ? benchSeeds(core) : notLanded(res.coreBuildError);
  if (want('core')) res.core = core ? benchCore(core) : notLanded(res.coreBuildError);
  if (want('lsp')) res.lsp = await benchLsp();
  if (want('cli')) res.cli = benchCli();
  if (want('bundle')) res.bundle = bundleSizes();
  if (want('profile') && !QUICK) res.profile = await profiles();
  res.machine.loadAverageAtEnd = loadavg().map((x) => Math.round(x * 10) / 10);
  res.totalSeconds = Math.round((performance.now() - t0) / 1000);
  const file = join(ROOT, 'bench/results.json');
  if (ONLY.length === 0 && !QUICK) writeFileSync(file, JSON.stringify(res, null, 2) + '\n');
  else writeFileSync(join(FIXTURES_DIR, 'results.partial.json'), JSON.stringify(res, null, 2) + '\n');
  console.log(summary(res));
}

const isMain = process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url;
if (isMain && args.includes('--report')) {
  // Re-print the Markdown summary of the last full run (bench/results.json) without measuring;
  // with --write-docs, also replace the generated block of docs/performance.md.
  const text = summary(JSON.parse(readFileSync(join(ROOT, 'bench/results.json'), 'utf8')));
  console.log(text);
  if (args.includes('--write-docs')) {
    const doc = join(ROOT, 'docs/performance.md');
    const md = readFileSync(doc, 'utf8');
    const a = '<!-- bench:begin (generated by `node bench/run.mjs --report --write-docs`) -->';
    const b = '<!-- bench:end -->';
    const i = md.indexOf(a);
    const j = md.indexOf(b);
    if (i < 0 || j < i) throw new Error(`docs/performance.md has no ${a} … ${b} block`);
    writeFileSync(doc, md.slice(0, i + a.length) + '\n' + text + '\n' + md.slice(j));
  }
} else if (isMain) {
  // A benchmark that vanishes half-way should say why (an empty event loop exits silently).
  process.on('exit', (code) => code === 0 || log(`exiting with code ${code}`));
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(sig, () => (log(`killed by ${sig}`), process.exit(128)));
  const keepAlive = setInterval(() => {}, 1 << 30);
  main().finally(() => clearInterval(keepAlive)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
export { Lsp, editRoundTrip, baseline, loadCore };
