/**
 * The language server never falls over. It runs as a client would start it
 * (`node dist/server.js --stdio`), with `--unhandled-rejections=strict` so that any unhandled
 * rejection kills it, and every test ends by checking it is still alive.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { afterEach, describe, expect, it } from 'vitest';
import { generatePlan } from '../../bench/generate.mjs';
import { bundled, seeds } from './support';
import { TestClient, type PublishedDiagnostics } from './lsp';

const server = bundled('server');
if (!server) throw new Error('server/src/server.ts is missing');
const t = (name: string, fn: () => Promise<void>, timeout = 30_000) => it(name, fn, timeout);

const seed003 = seeds.find((s) => s.name.startsWith('003'))!.text;
const seed000 = seeds.find((s) => s.name.startsWith('000'))!.text;
/** A realistic plan in 003's layout (bench/generate.mjs): distinct task texts, a few diagnostics. */
const bigPlan = (n: number) => generatePlan({ layout: 'inline', tasks: n, seed: 5 });
const uri = (name: string) => pathToFileURL(join(tmpdir(), 'fengong-robustness', name)).href;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until no diagnostics have been published for `quietMs` (bounded by maxMs). */
async function settle(c: TestClient, quietMs = 600, maxMs = 15_000): Promise<void> {
  const t0 = Date.now();
  let n = c.published.length;
  let since = Date.now();
  while (Date.now() - t0 < maxMs) {
    await sleep(50);
    if (c.published.length !== n) {
      n = c.published.length;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}
const lastFor = (c: TestClient, u: string): PublishedDiagnostics | undefined => c.published.filter((p) => p.uri === u).at(-1);
const shape = (p: PublishedDiagnostics | undefined) =>
  JSON.stringify((p?.diagnostics ?? []).map((d) => [d.code, d.severity, d.range, d.message]));

let clients: TestClient[] = [];
function client(args: string[] = [], cwd?: string): TestClient {
  const c = new TestClient(server!, args, cwd);
  clients.push(c);
  return c;
}
afterEach(async () => {
  for (const c of clients) await c.dispose();
  clients = [];
});
async function expectAlive(c: TestClient) {
  expect(await c.alive(), `server died: ${JSON.stringify(c.exited)}\n${c.stderr.slice(-3000)}`).toBe(true);
}

describe('language server robustness', () => {
  t('unknown requests get MethodNotFound, unknown notifications are ignored', async () => {
    const c = client();
    await c.initialize();
    const err = await c.conn.sendRequest('fengong/noSuchMethod', { x: 1 }).then(
      () => null,
      (e: { code?: number }) => e,
    );
    expect(err?.code).toBe(-32601);
    await c.conn.sendNotification('fengong/noSuchNotification', { y: [1, 2] });
    await c.conn.sendNotification('$/noSuchProtocolNotification');
    await expectAlive(c);
  });

  t('malformed messages and nonsense parameters do not bring it down', async () => {
    const c = client();
    await c.initialize();
    // Raw frames straight onto stdin: bad JSON, valid JSON that is not JSON-RPC, wrong types.
    const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    for (const body of ['{{{{{{', '[]', 'null', '42', '{"jsonrpc":"2.0"}', '{"jsonrpc":"2.0","id":999,"method":7}', '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":"nope"}'])
      c.proc.stdin.write(frame(body));
    await sleep(200);
    if (c.exited) throw new Error(`server exited on a malformed frame: ${JSON.stringify(c.exited)}\n${c.stderr.slice(-3000)}`);
    const u = uri('nonsense.fengong');
    const silently = (p: Promise<unknown>) => p.catch((e: unknown) => e);
    await Promise.all([
      silently(c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///never-opened.fengong' } })),
      silently(c.conn.sendRequest('textDocument/documentSymbol', {})),
      silently(c.conn.sendRequest('textDocument/completion', { textDocument: { uri: u }, position: { line: 1e9, character: -5 } })),
      silently(c.conn.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: null })),
      silently(c.conn.sendRequest('textDocument/formatting', { textDocument: { uri: u }, options: null })),
      silently(c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: null, context: {} })),
      silently(c.conn.sendRequest('textDocument/foldingRange', { textDocument: { uri: u } })),
      silently(c.conn.sendRequest('workspace/symbol', { query: 42 })),
    ]);
    // Changes to documents that were never opened, and edits outside the document.
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never.fengong', version: 2 }, contentChanges: [{ text: 'x' }] });
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///never.fengong' } });
    await c.open(u, seed003);
    await c.waitFor(u);
    await c.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: u, version: 2 },
      contentChanges: [{ range: { start: { line: 99999, character: 0 }, end: { line: 99999, character: 5 } }, text: '1.' }],
    });
    await c.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: u, version: 3 },
      contentChanges: [{ range: { start: { line: 5, character: 9999 }, end: { line: 2, character: 0 } }, text: '\uD800' }],
    });
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'fengong', version: 1, text: seed000 } }); // re-open
    await settle(c, 300, 5000);
    await expectAlive(c);
  });

  t('a burst of 1,000 didChange ends with the diagnostics of the final text', async () => {
    const c = client();
    await c.initialize({ initializationOptions: { debounceMs: 0 } });
    const u = uri('burst.fengong');
    const lines = seed003.split(/\r\n|\r|\n/);
    await c.open(u, seed003);
    await c.waitFor(u);
    // Type 1,000 characters one at a time into task lines, as fast as the pipe takes them.
    const taskLines = lines.map((l, i) => (/^\d+[.．]/.test(l) ? i : -1)).filter((i) => i >= 0);
    let version = 1;
    const t0 = Date.now();
    for (let k = 0; k < 1000; k++) {
      const line = taskLines[(k * 7) % taskLines.length];
      const ch = 3 + (k % 5);
      const insert = k % 10 === 9 ? '\uD800' : '改';
      lines[line] = lines[line].slice(0, ch) + insert + lines[line].slice(ch);
      version++;
      const change =
        c.syncKind === 2
          ? { range: { start: { line, character: ch }, end: { line, character: ch } }, text: insert }
          : { text: lines.join('\n') };
      void c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: u, version }, contentChanges: [change] });
    }
    const finalVersion = version;
    // The server reports versions (versionSupport): wait for the final one. A server that coalesces
    // publishes far fewer than 1,000 times; one that falls behind shows up as a timeout here.
    const last = await c.waitFor(u, (p) => p.version === finalVersion || p.version === undefined, 30_000);
    const elapsed = Date.now() - t0;
    await settle(c, 300, 5000);
    expect(lastFor(c, u)?.version ?? finalVersion, 'a stale publish followed the final version').toBe(finalVersion);
    // The server's copy of the text must equal ours: compare with a fresh open of the final text.
    const u2 = uri('burst-reference.fengong');
    await c.open(u2, lines.join('\n'));
    const ref = await c.waitFor(u2);
    expect(shape(last)).toBe(shape(ref));
    const publishes = c.published.filter((p) => p.uri === u).length;
    console.log(`[robustness] burst: 1000 didChange → ${publishes - 1} publishDiagnostics, settled in ${elapsed} ms`);
    await expectAlive(c);
  }, 60_000);

  t('didClose during validation clears the diagnostics and nothing stale follows', async () => {
    const c = client();
    await c.initialize({ initializationOptions: { debounceMs: 0 } });
    const text = bigPlan(10_000); // a few duplicate-task diagnostics to clear
    for (let round = 0; round < 3; round++) {
      const u = uri(`close-${round}.fengong`);
      await c.open(u, text);
      if (round === 1) await sleep(5);
      if (round === 2) await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ text: text + '\n9999.x' }] });
      await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
    }
    await settle(c, 1000, 30_000);
    for (let round = 0; round < 3; round++) {
      const last = lastFor(c, uri(`close-${round}.fengong`));
      if (last) expect(last.diagnostics, `round ${round}: stale diagnostics published after didClose`).toEqual([]);
    }
    await expectAlive(c);
  }, 60_000);

  t('cancellation: cancelled requests answer with a result or RequestCancelled, and the server carries on', async () => {
    const c = client();
    await c.initialize({ initializationOptions: { debounceMs: 0 } });
    const u = uri('cancel.fengong');
    await c.open(u, bigPlan(10_000));
    const outcomes = await Promise.all(
      ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/documentSymbol', 'textDocument/codeAction'].map(async (method) => {
        const src = new CancellationTokenSource();
        const p = c.conn.sendRequest(
          method,
          method === 'textDocument/codeAction'
            ? { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 9000, character: 0 } }, context: { diagnostics: [] } }
            : { textDocument: { uri: u } },
          src.token,
        );
        src.cancel();
        return p.then(
          () => 'result',
          (e: { code?: number }) => e.code,
        );
      }),
    );
    for (const o of outcomes) expect(['result', -32800, -32802, -32601]).toContain(o);
    // Cancelling what does not exist is a no-op.
    await c.conn.sendNotification('$/cancelRequest', { id: 123456 });
    await c.conn.sendNotification('$/cancelRequest', { id: 'nope' });
    await c.conn.sendNotification('$/cancelRequest', {});
    if (!c.published.some((p) => p.uri === u)) await c.waitFor(u);
    await expectAlive(c);
  });

  t('pull diagnostics: requests during a burst of edits answer for a current version or cancel; unknown documents do not crash', async () => {
    const c = client();
    await c.initialize({ initializationOptions: { debounceMs: 0 }, pull: true });
    expect(c.capabilities.diagnosticProvider, 'server offers pull diagnostics to a client that supports them').toBeTruthy();
    const u = uri('pull.fengong');
    await c.open(u, seed003);
    type Report = { kind: string; items?: unknown[] };
    const first = (await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: u } })) as Report;
    expect(first.kind).toBe('full');
    expect(first.items!.length).toBeGreaterThan(0);
    const lines = seed003.split(/\r\n|\r|\n/);
    const pending: Promise<unknown>[] = [];
    for (let v = 2; v <= 200; v++) {
      const line = 20 + (v % 50);
      const ch = Math.min(3, lines[line].length);
      void c.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri: u, version: v },
        contentChanges: [c.syncKind === 2 ? { range: { start: { line, character: ch }, end: { line, character: ch } }, text: '改' } : { text: seed003 }],
      });
      if (v % 20 === 0)
        pending.push(
          c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: u } }).then(
            (r) => (r as Report).kind,
            (e: { code?: number }) => e.code,
          ),
        );
    }
    for (const o of await Promise.all(pending)) expect(['full', 'unchanged', -32802, -32800]).toContain(o);
    const unknown = await c.conn
      .sendRequest('textDocument/diagnostic', { textDocument: { uri: 'file:///never-opened.fengong' } })
      .then((r) => (r as Report).kind, (e: { code?: number }) => e.code);
    expect(['full', -32602, -32803, -32603]).toContain(unknown);
    await expectAlive(c);
  });

  t('nonsense initializationOptions and settings still give a working server', async () => {
    for (const opts of [{ debounceMs: -5 }, { debounceMs: 'soon' }, { debounceMs: 1e12 }, null, 42, [], { fengong: { debounceMs: {} } }]) {
      const c = client();
      c.configuration = { debounceMs: 'x', rules: 7, diagnosticMode: 'sideways', validateWorkspace: 'maybe' };
      await c.initialize({ initializationOptions: opts });
      const u = uri('opts.fengong');
      await c.open(u, seed003);
      // A huge or invalid debounce must not mean "never": the document is validated within 15 s.
      const p = await c.waitFor(u, () => true, 15_000).catch((e: Error) => e);
      expect(p instanceof Error ? `${JSON.stringify(opts)}: ${p.message}` : 'ok').toBe('ok');
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { fengong: { debounceMs: null, rules: 'all' } } });
      await expectAlive(c);
      await c.dispose();
    }
  }, 120_000);

  t('exits when its stdin closes (the client went away)', async () => {
    const c = client();
    await c.initialize();
    c.proc.stdin.end();
    expect(await c.waitExit(10_000), 'server still running 10 s after stdin closed').toBe(true);
  });

  t('exits when the client process named in initialize dies', async () => {
    const parent = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      const c = client();
      await c.initialize({ processId: parent.pid! });
      await sleep(200);
      expect(c.exited).toBe(null);
      parent.kill('SIGKILL');
      expect(await c.waitExit(15_000), 'server still running 15 s after its client process died').toBe(true);
    } finally {
      if (parent.exitCode === null) parent.kill('SIGKILL');
    }
  }, 30_000);

  t('exit without shutdown, and shutdown then exit, both end the process', async () => {
    const a = client();
    await a.initialize();
    await a.conn.sendNotification('exit');
    expect(await a.waitExit(5000)).toBe(true);
    const b = client();
    await b.initialize();
    await b.conn.sendRequest('shutdown');
    await b.conn.sendNotification('exit');
    expect(await b.waitExit(5000)).toBe(true);
    expect(b.exited?.code).toBe(0);
  });

  t('a hostile workspace folder (FIFO, symlink loop, binary and 5 MB files, deep nesting) is scanned without hanging', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'fengong-ws-'));
    try {
      writeFileSync(join(ws, 'plan.txt'), seed003);
      spawnSync('mkfifo', [join(ws, 'pipe.txt')]);
      mkdirSync(join(ws, 'sub'));
      symlinkSync(ws, join(ws, 'sub', 'loop'));
      symlinkSync(join(ws, 'nowhere'), join(ws, 'dangling.txt'));
      writeFileSync(join(ws, 'binary.txt'), Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256)));
      writeFileSync(join(ws, 'big.fengong'), seed003.repeat(120));
      let deep = ws;
      for (let i = 0; i < 60; i++) mkdirSync((deep = join(deep, `d${i}`)));
      writeFileSync(join(deep, 'deep.fengong'), seed000);
      const c = client([], ws);
      await c.initialize({ rootUri: pathToFileURL(ws).href });
      // The workspace scan publishes diagnostics for drafts on disk; the deep one proves the walk finished.
      await c.waitFor(pathToFileURL(join(deep, 'deep.fengong')).href, () => true, 30_000);
      await expectAlive(c);
      const u = pathToFileURL(join(ws, 'plan.txt')).href;
      await c.open(u, seed003, 1, 'plaintext');
      await c.waitFor(u, (p) => p.version === 1);
      await expectAlive(c);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  }, 60_000);

  for (const [name, body] of [
    ['invalid JSON', '{ "rules": { "numbering-gap": 42 }, '],
    ['valid JSON of the wrong shape', '{ "rules": { "numbering-gap": 42, "no-such-rule": "error" }, "registry": 7, "locale": "fr" }'],
    ['a JSON array', '[1, 2, 3]'],
  ] as const) {
    t(`an invalid configuration file (${name}) gets a diagnostic on that file; the plan is still validated`, async () => {
      const ws = mkdtempSync(join(tmpdir(), 'fengong-ws-'));
      try {
        mkdirSync(join(ws, '.fengong'), { recursive: true });
        const cfg = join(ws, '.fengong', 'config.json');
        writeFileSync(cfg, body);
        writeFileSync(join(ws, 'plan.fengong'), seed003);
        const c = client([], ws);
        await c.initialize({ rootUri: pathToFileURL(ws).href });
        const u = pathToFileURL(join(ws, 'plan.fengong')).href;
        const cfgUri = pathToFileURL(cfg).href;
        const cfgDiag = c.waitFor(cfgUri, (p) => p.diagnostics.length > 0);
        const planDiag = c.waitFor(u);
        await c.open(u, seed003);
        const [cd, pd] = await Promise.all([cfgDiag, planDiag]);
        expect(cd.diagnostics[0].message.length).toBeGreaterThan(5);
        // The plan still gets its real diagnostics (003 has four genuine defects) under default settings.
        expect(pd.diagnostics.length).toBeGreaterThan(0);
        await expectAlive(c);
      } finally {
        rmSync(ws, { recursive: true, force: true });
      }
    });
  }
});
