/** A minimal LSP client over stdio for the robustness suite (vscode-jsonrpc, as any client would). */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: unknown; message: string; severity?: number }[];
}

export class TestClient {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly conn: MessageConnection;
  stderr = '';
  exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  readonly published: PublishedDiagnostics[] = [];
  private listeners: ((p: PublishedDiagnostics) => void)[] = [];
  capabilities: Record<string, unknown> = {};
  syncKind = 1;
  /** Responses the server asked of us (workspace/configuration …) answer with this. */
  configuration: unknown = null;

  constructor(serverJs: string, extraArgs: string[] = [], cwd?: string) {
    this.proc = spawn(process.execPath, ['--unhandled-rejections=strict', serverJs, '--stdio', ...extraArgs], {
      stdio: ['pipe', 'pipe', 'pipe'],
      cwd,
    });
    this.proc.stderr.on('data', (d: Buffer) => (this.stderr = (this.stderr + d.toString()).slice(-50_000)));
    this.proc.on('exit', (code, signal) => (this.exited = { code, signal }));
    this.proc.stdin.on('error', () => {}); // EPIPE after the server exits is expected in exit tests
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.published.push(p);
      for (const l of [...this.listeners]) l(p);
    });
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.configuration));
    this.conn.onRequest(() => null);
    this.conn.onNotification(() => {});
    this.conn.onError(() => {});
    this.conn.listen();
  }

  async initialize(opts: { processId?: number | null; rootUri?: string | null; initializationOptions?: unknown; pull?: boolean } = {}) {
    const res = (await this.conn.sendRequest('initialize', {
      processId: opts.processId === undefined ? process.pid : opts.processId,
      rootUri: opts.rootUri ?? null,
      workspaceFolders: opts.rootUri ? [{ uri: opts.rootUri, name: 'ws' }] : null,
      capabilities: {
        textDocument: {
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          synchronization: { didSave: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          ...(opts.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        },
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          ...(opts.pull ? { diagnostics: { refreshSupport: true } } : {}),
        },
      },
      initializationOptions: opts.initializationOptions ?? { debounceMs: 0 },
    })) as { capabilities: Record<string, unknown> };
    this.capabilities = res.capabilities;
    const sync = res.capabilities.textDocumentSync as number | { change?: number } | undefined;
    this.syncKind = typeof sync === 'number' ? sync : (sync?.change ?? 1);
    await this.conn.sendNotification('initialized', {});
    return res;
  }

  /** Resolves with the first publishDiagnostics for `uri` that satisfies `pred` (now or later). */
  waitFor(uri: string, pred: (p: PublishedDiagnostics) => boolean = () => true, timeoutMs = 20_000): Promise<PublishedDiagnostics> {
    return new Promise((resolve, reject) => {
      const l = (p: PublishedDiagnostics) => {
        if (p.uri === uri && pred(p)) {
          clearTimeout(t);
          this.listeners = this.listeners.filter((x) => x !== l);
          resolve(p);
        }
      };
      const t = setTimeout(() => {
        this.listeners = this.listeners.filter((x) => x !== l);
        reject(new Error(`no matching publishDiagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr.slice(-1000)}`));
      }, timeoutMs);
      this.listeners.push(l);
    });
  }

  open(uri: string, text: string, version = 1, languageId = 'fengong') {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Alive = has not exited and still answers a request. */
  async alive(timeoutMs = 10_000): Promise<boolean> {
    if (this.exited) return false;
    try {
      await Promise.race([
        this.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///alive-probe.fengong' } }).catch((e: unknown) => e),
        new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), timeoutMs)),
      ]);
      return !this.exited;
    } catch {
      return false;
    }
  }

  waitExit(timeoutMs: number): Promise<boolean> {
    if (this.exited) return Promise.resolve(true);
    return new Promise((resolve) => {
      const t = setTimeout(() => resolve(false), timeoutMs);
      this.proc.once('exit', () => {
        clearTimeout(t);
        resolve(true);
      });
    });
  }

  async dispose(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 1000))]);
        await this.conn.sendNotification('exit');
      } catch {
        /* already gone */
      }
      await this.waitExit(2000);
    }
    this.conn.dispose();
    if (!this.exited) this.proc.kill('SIGKILL');
  }
}
