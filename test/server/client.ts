/**
 * A real JSON-RPC client for protocol tests: spawns `node dist/server.js --stdio` and talks LSP
 * over vscode-jsonrpc. Waits are on notifications with deadlines, never fixed sleeps.
 */
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SERVER_JS = path.join(ROOT, 'dist', 'server.js');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** `npm run bundle` (esbuild only) unless dist/server.js is newer than every server source. */
export function ensureBundle(): void {
  if (existsSync(SERVER_JS) && statSync(SERVER_JS).mtimeMs >= newest(path.join(ROOT, 'server', 'src'))) return;
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch {
    // Another entry (CLI, extension) may be mid-edit: bundle the server alone, with the same options.
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', 'esbuild', 'bin', 'esbuild'),
        'server/src/server.ts',
        '--bundle',
        '--platform=node',
        '--target=node18',
        '--format=cjs',
        '--sourcemap',
        '--log-level=error',
        `--outfile=${SERVER_JS}`,
      ],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
  }
}

export function fileUri(p: string): string {
  return pathToFileURL(p).href;
}

type Waiter = { pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void };

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly conn: MessageConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  stderr = '';
  private waiters: Waiter[] = [];
  exit: Promise<number | null>;

  constructor(args: string[] = []) {
    this.proc = spawn(process.execPath, [SERVER_JS, '--stdio', ...args], { cwd: ROOT });
    this.proc.stderr.on('data', (d) => (this.stderr += String(d)));
    this.exit = new Promise((resolve) => this.proc.on('exit', (code) => resolve(code)));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => {
        if (!w.pred(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    this.conn.onNotification((method, params) => this.notifications.push({ method, params }));
    this.conn.onUnhandledProgress((params) => this.notifications.push({ method: '$/progress', params }));
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('workspace/applyEdit', () => ({ applied: true }));
    this.conn.listen();
  }

  settings: unknown = {};

  async initialize(options: { initializationOptions?: unknown; capabilities?: object; workspaceFolders?: { uri: string; name: string }[] | null } = {}): Promise<InitializeResult> {
    const result = await this.conn.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: options.capabilities ?? {
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
          completion: { completionItem: { snippetSupport: true } },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          rename: { prepareSupport: true },
        },
        workspace: { workspaceFolders: true, configuration: false },
        window: { workDoneProgress: true },
      },
      initializationOptions: options.initializationOptions ?? { debounceMs: 0 },
      workspaceFolders: options.workspaceFolders ?? null,
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  /** The next publishDiagnostics matching `pred` (or one already received), within `ms`. */
  waitForDiagnostics(pred: (p: PublishDiagnosticsParams) => boolean, ms = 15_000, includePast = true): Promise<PublishDiagnosticsParams> {
    if (includePast) {
      const past = [...this.published].reverse().find(pred);
      if (past) return Promise.resolve(past);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching publishDiagnostics within ${ms} ms; stderr: ${this.stderr.slice(-2000)}`)), ms);
      this.waiters.push({
        pred,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  async open(uri: string, text: string, version = 1, languageId = 'fengong'): Promise<PublishDiagnosticsParams> {
    const wait = this.waitForDiagnostics((p) => p.uri === uri && (p.version === undefined || p.version === version), 15_000, false);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return wait;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest<R>(method, params);
  }

  async dispose(): Promise<void> {
    if (this.proc.exitCode === null) {
      try {
        await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await this.conn.sendNotification('exit');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => this.proc.kill(), 3000);
      await this.exit;
      clearTimeout(timer);
    }
    this.conn.dispose();
  }
}

export type { Diagnostic };
