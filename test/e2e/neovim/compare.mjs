// Neovim test: runs lsp-diag.lua (headless Neovim as the LSP client of `node dist/server.js --stdio`) on seed 003 and
// compares the published diagnostics with the CLI's (`node dist/cli.js check --format json`): rule + range + severity.
// Usage: node compare.mjs [FILE]   (default: seed 003)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const seed = process.argv[2] || path.join(root, 'seeds', '003_e6966e7ac26a54e2.txt');
const server = process.env.FENGONG_E2E_SERVER || path.join(root, 'dist', 'server.js');
const results = [];
const check = (name, fn) => {
  try {
    fn();
    results.push(true);
    console.log(`  ok   ${name}`);
  } catch (err) {
    results.push(false);
    console.log(`  FAIL ${name}\n       ${String(err.message).split('\n').join('\n       ')}`);
  }
};
const key = (rule, r) => `${rule}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
const SEV = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

// Work on a copy in a temp folder so that the server sees no workspace configuration of this repository.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengong-nvim-'));
const file = path.join(dir, path.basename(seed));
fs.copyFileSync(seed, file);

let expected = [];
let nv;
check('CLI checks the seed', () => {
  const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`CLI exited ${r.status}: ${r.stderr}`);
  expected = JSON.parse(r.stdout).files[0].diagnostics;
});
check('Neovim gets the diagnostics from the server over stdio', () => {
  const started = Date.now();
  const r = spawnSync('nvim', ['--headless', '--clean', '-n', '-u', 'NONE', '-c', `luafile ${path.join(here, 'lsp-diag.lua')}`], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, FILE: file, SERVER: server, NODE: process.execPath, EXPECT: String(expected.length), TIMEOUT_MS: '20000' },
  });
  const line = (r.stdout || '').trim().split('\n').pop() || '';
  try {
    nv = JSON.parse(line);
  } catch {
    throw new Error(`nvim exited ${r.status} without JSON: stdout=${JSON.stringify(r.stdout)} stderr=${JSON.stringify(r.stderr)} ${r.error ?? ''}`);
  }
  if (r.status !== 0) {
    throw new Error(`nvim exited ${r.status}: ${nv.error ?? line}${nv.code !== undefined ? ` (server exit code ${nv.code})` : ''} — server: node ${server} --stdio`);
  }
  console.log(`       nvim ${nv.nvim} (filetype ${nv.filetype}): ${nv.diagnostics.length} diagnostics in ${Date.now() - started} ms, ${nv.publishes} publish(es), ${nv.shown_in_buffer} shown in the buffer`);
});
check('Neovim diagnostics equal the CLI (rule + range + severity)', () => {
  if (!nv?.diagnostics) throw new Error('no diagnostics from Neovim to compare (see the previous failure)');
  const got = nv.diagnostics.filter((d) => d.source === 'fengong').map((d) => `${key(d.code, d.range)}=${SEV[d.severity]}`).sort();
  const want = expected.map((d) => `${key(d.rule, d.range)}=${d.severity}`).sort();
  const missing = want.filter((k) => !got.includes(k));
  const extra = got.filter((k) => !want.includes(k));
  if (missing.length || extra.length) {
    throw new Error(`differ: missing in Neovim ${JSON.stringify(missing.slice(0, 10))} (${missing.length}), extra ${JSON.stringify(extra.slice(0, 10))} (${extra.length})`);
  }
  if (want.length === 0) throw new Error('the CLI reports no diagnostics on the seed: nothing was compared');
  console.log(`       ${want.length} diagnostics agree`);
});
fs.rmSync(dir, { recursive: true, force: true });
const passed = results.filter(Boolean).length;
const failed = results.length - passed;
console.log(`E2E-RESULT ${JSON.stringify({ suite: 'neovim', passed, failed })}`);
console.log(`[neovim] ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
