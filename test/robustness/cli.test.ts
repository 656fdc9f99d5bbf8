/**
 * The CLI under hostile conditions: unreadable input among readable files, files that change while
 * being read, binary and empty files. Exit codes per DOMAIN.md: 0 clean, 1 some error diagnostic,
 * 2 bad usage or unreadable input — and the readable files are still checked.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, appendFileSync, truncateSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundled, rng, seeds, SEEDS_DIR } from './support';

const cli = bundled('cli');
const run = (args: string[], cwd?: string) =>
  spawnSync(process.execPath, ['--unhandled-rejections=strict', cli!, ...args], {
    encoding: 'utf8',
    cwd,
    timeout: 60_000,
    maxBuffer: 1 << 28,
  });

interface CheckJson {
  files: { path: string; kind: string; diagnostics: { rule: string; range: unknown }[] }[];
}
const parseJson = (s: string): CheckJson => JSON.parse(s) as CheckJson;
const NO_STACK = /\n\s+at .+:\d+:\d+\)?/; // a raw stack trace printed to the user

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fengong-cli-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

if (!cli) throw new Error('server/src/cli/main.ts is missing');
const t = it;
const reason = '';

describe('CLI robustness', () => {
  t(`an unreadable file is reported with exit 2 and the other files are still checked${reason}`, () => {
    const missing = join(dir, 'does-not-exist.txt');
    const seed = join(SEEDS_DIR, seeds[0].name);
    const r = run(['check', '--format', 'json', missing, seed]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('does-not-exist.txt');
    expect(r.stderr).not.toMatch(NO_STACK);
    const out = parseJson(r.stdout);
    expect(out.files.map((f) => f.path).some((p) => p.endsWith(seeds[0].name))).toBe(true);
  });

  t(`a directory given as a file, and an unreadable (EISDIR-like) entry, do not crash${reason}`, () => {
    const sub = join(dir, 'subdir.txt');
    mkdirSync(sub, { recursive: true });
    const r = run(['check', '--format', 'json', sub, join(SEEDS_DIR, seeds[1].name)]);
    expect([0, 1, 2]).toContain(r.status);
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  t(`empty, BOM-only, binary and NUL-filled files are checked without a crash${reason}`, () => {
    const r0 = rng(7);
    const files: [string, string | Buffer][] = [
      ['empty.txt', ''],
      ['bom.txt', '\uFEFF'],
      ['binary.bin', Buffer.from(Array.from({ length: 65536 }, () => Math.floor(r0() * 256)))],
      ['nul.txt', Buffer.alloc(10000)],
      ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seeds[0].text.slice(0, 5000), 'utf16le')])],
      ['latin1.txt', Buffer.from('1.任务\n牵头单位:区发改局\n', 'latin1')],
    ];
    const paths = files.map(([n, c]) => {
      const p = join(dir, n);
      writeFileSync(p, c);
      return p;
    });
    for (const format of ['text', 'json', 'sarif']) {
      const r = run(['check', '--format', format, ...paths]);
      expect([0, 1], `${format}: ${r.stderr}`).toContain(r.status);
      expect(r.stderr).not.toMatch(NO_STACK);
      if (format !== 'text') JSON.parse(r.stdout);
    }
    for (const p of paths) {
      const r = run(['parse', '--format', 'json', p]);
      expect([0, 1], r.stderr).toContain(r.status);
      JSON.parse(r.stdout);
    }
  });

  t(`a file that changes while it is read gives a result or a clean error, never a crash${reason}`, async () => {
    const p = join(dir, 'changing.txt');
    const big = seeds.map((s) => s.text).join('\n').repeat(20); // ~3.6 MB
    writeFileSync(p, big);
    const others = seeds.map((s) => join(SEEDS_DIR, s.name));
    const results: { status: number | null; stderr: string; stdout: string }[] = [];
    for (let round = 0; round < 5; round++) {
      const child = spawn(process.execPath, ['--unhandled-rejections=strict', cli!, 'check', '--format', 'json', p, ...others], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      const done = new Promise<number | null>((res) => child.on('close', (code) => res(code)));
      // Rewrite, truncate, append, delete and recreate the file while the CLI runs.
      let k = 0;
      const timer = setInterval(() => {
        try {
          switch (k++ % 5) {
            case 0: truncateSync(p, 1000 + k); break;
            case 1: appendFileSync(p, seeds[2].text); break;
            case 2: writeFileSync(p, big.slice(0, big.length >> 1)); break;
            case 3: rmSync(p, { force: true }); break;
            case 4: writeFileSync(p, big); break;
          }
        } catch {
          /* the race is the point */
        }
      }, 1);
      const status = await done;
      clearInterval(timer);
      writeFileSync(p, big);
      results.push({ status, stderr, stdout });
    }
    for (const r of results) {
      expect([0, 1, 2], r.stderr).toContain(r.status);
      expect(r.stderr).not.toMatch(NO_STACK);
      const out = parseJson(r.stdout);
      // The seeds are always checked, whatever happened to the changing file.
      expect(out.files.filter((f) => /seeds/.test(f.path)).length).toBe(seeds.length);
    }
  }, 60_000);

  it(
    'a FIFO inside a checked directory is skipped, not read (it would block the read forever)',
    () => {
      const ws = join(dir, 'fifo-ws');
      mkdirSync(ws, { recursive: true });
      writeFileSync(join(ws, 'plan.txt'), seeds[3].text);
      spawnSync('mkfifo', [join(ws, 'pipe.txt')]);
      const r = spawnSync(process.execPath, [cli!, 'check', '--format', 'json', ws], { encoding: 'utf8', timeout: 4000 });
      expect(r.signal, 'check hung on the FIFO and was killed after 4 s').toBe(null);
      expect(parseJson(r.stdout).files.length).toBe(1);
    },
    20_000,
  );

  it('a FIFO or a device named on the command line is reported (exit 2), never read; the rest is checked', () => {
    const fifo = join(dir, 'named-pipe.txt');
    spawnSync('mkfifo', [fifo]);
    const r = spawnSync(process.execPath, [cli!, 'check', '--format', 'json', fifo, '/dev/zero', join(SEEDS_DIR, seeds[1].name)], {
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(r.signal, 'check hung on a FIFO or /dev/zero').toBe(null);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('named-pipe.txt');
    expect(r.stderr).toContain('/dev/zero');
    expect(parseJson(r.stdout).files.map((f) => f.path).some((p) => p.endsWith(seeds[1].name))).toBe(true);
  }, 20_000);

  it(
    'a symlink loop inside a checked directory is walked once',
    () => {
      const ws = join(dir, 'loop-ws');
      mkdirSync(join(ws, 'sub'), { recursive: true });
      writeFileSync(join(ws, 'plan.txt'), seeds[3].text);
      symlinkSync(ws, join(ws, 'sub', 'loop'));
      const r = spawnSync(process.execPath, [cli!, 'check', '--format', 'json', ws], { encoding: 'utf8', timeout: 30_000, maxBuffer: 1 << 28 });
      expect([0, 1]).toContain(r.status);
      expect(parseJson(r.stdout).files.length).toBe(1);
    },
    40_000,
  );

  t(`bad usage exits 2 with a message, not a stack${reason}`, () => {
    for (const args of [[], ['frobnicate'], ['check', '--format', 'yaml', join(SEEDS_DIR, seeds[0].name)], ['parse', '--format', 'json']]) {
      const r = run(args);
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).not.toMatch(NO_STACK);
    }
  });
});
