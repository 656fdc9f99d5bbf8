/**
 * The language server: thin adapters from LSP to the pure core. Every feature reads the cached
 * model for the document's current version; diagnostics are pushed (coalesced to the latest
 * version) or pulled, as the client prefers.
 */
import { REQUESTS, STATUS_NOTIFICATION, type Status } from './protocol';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type Connection,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
  type Diagnostic as LspDiagnostic,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position } from '../core/model';
import { lint, lintCacheEntries, releaseLintCaches } from '../core/rules';
import * as F from '../core/features';
import { createRegistryFromDocument, isAbbreviationOf } from '../core/registry';
import { ModelCache, Entry } from './cache';
import { ConfigService, isConfigFile, type DocumentConfig } from './config';
import { toCodeAction, toCompletionItem, toDocumentSymbol, toLspDiagnostic, toWorkspaceEdit, symbolKind } from './convert';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import { Scheduler, yieldToEventLoop } from './validator';
import { findDrafts, isDraft } from './workspace';
import { URI_TO_PATH, pathToUri } from './uri';

export const SERVER_COMMANDS = { renumber: 'fengong.server.renumber' } as const;

export { REQUESTS, STATUS_NOTIFICATION, type Status } from './protocol';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new ModelCache();
  /** Drafts found on disk (not open), by URI: task summaries only, so a big folder stays small in memory. */
  const workspaceIndex = new Map<string, { readonly tasks: readonly F.TaskSummary[] }>();
  /** Validates a draft read from disk, publishes its diagnostics and keeps its summary. */
  const indexFromDisk = async (uri: string, text: string): Promise<void> => {
    const entry = new Entry(uri, -1, text);
    const diagnostics = toLsp(uri, diagnosticsOf(entry));
    workspaceIndex.set(uri, { tasks: F.summarise(entry.doc) });
    await connection.sendDiagnostics({ uri, diagnostics });
  };
  /** The model of a file that is not open, parsed from disk on demand (references across files). */
  const readEntry = (uri: string): Entry | null => {
    const file = URI_TO_PATH(uri);
    if (!file) return null;
    try {
      return new Entry(uri, -1, fs.readFileSync(file, 'utf8'));
    } catch {
      return null;
    }
  };
  let settings: Settings = DEFAULT_SETTINGS;
  let roots: string[] = [];
  const configs = new ConfigService(settings);
  let pull = false;
  let canConfigure = false;
  let canProgress = false;
  let canFolderEvents = false;
  let canWatchFiles = false;
  let docsBase: string | null = null;
  let scanGeneration = 0;

  const log = (e: unknown): void => {
    try {
      connection.console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    } catch {
      // the connection is gone
    }
  };
  const safe =
    <P extends unknown[], R>(fallback: R, fn: (...args: P) => R | Promise<R>) =>
    async (...args: P): Promise<R> => {
      try {
        return await fn(...args);
      } catch (e) {
        log(e);
        return fallback;
      }
    };

  // ---- the model for a URI --------------------------------------------------------------
  const entryFor = (uri: string): Entry | null => {
    const open = documents.get(uri);
    if (open) return cache.get(uri, open.version, () => open.getText());
    return workspaceIndex.has(uri) ? readEntry(uri) : null;
  };
  const configFor = (uri: string): DocumentConfig => configs.forDocument(uri);
  const diagnosticsOf = (entry: Entry, token?: CancellationToken | { isCancellationRequested: boolean }): Diagnostic[] => {
    const dc = configFor(entry.uri);
    const gen = configs.version;
    const cached = entry.diagnostics(gen);
    if (cached) return cached;
    // The version before, linted under the same configuration, lets lint re-check only what changed.
    const previous = entry.previousLint(gen);
    const diags = lint(entry.doc, {
      ...(previous ? { previous } : {}),
      config: dc.config,
      registry: dc.registry ?? undefined,
      locale: dc.config.locale,
      ...(settings.today ? { today: settings.today } : {}),
      ...(token ? { token } : {}),
    });
    if (!token?.isCancellationRequested) entry.setDiagnostics(gen, diags);
    publishConfigProblems();
    return diags;
  };
  const toLsp = (uri: string, ds: readonly Diagnostic[]): LspDiagnostic[] => ds.map((d) => toLspDiagnostic(d, { uri, docsBase }));

  const statusOf = (entry: Entry, ds: readonly Diagnostic[]): Status => ({
    uri: entry.uri,
    version: entry.version,
    kind: entry.doc.kind,
    tasks: entry.doc.plans.reduce((n, p) => n + p.tasks.length, 0),
    errors: ds.filter((d) => d.severity === 'error').length,
    warnings: ds.filter((d) => d.severity === 'warning').length,
  });

  const publishedConfig = new Map<string, string>();
  const publishConfigProblems = (): void => {
    for (const [file, problems] of configs.problems) {
      const uri = pathToUri(file);
      const p0 = { line: 0, character: 0 };
      const diagnostics: LspDiagnostic[] = problems.map((p) => ({
        range: p.range ?? { start: p0, end: p0 },
        severity: p.severity === 'error' ? 1 : 2,
        source: 'fengong',
        code: 'config',
        message: p.path ? `${p.path}: ${p.message}` : p.message,
      }));
      const key = JSON.stringify(diagnostics);
      if ((publishedConfig.get(uri) ?? '[]') === key) continue;
      publishedConfig.set(uri, key);
      void connection.sendDiagnostics({ uri, diagnostics }).catch(log);
    }
  };

  // ---- validation ----------------------------------------------------------------------
  const validate = async (uri: string, token: { isCancellationRequested: boolean }): Promise<void> => {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    // Let queued messages (a newer change, a close) in before the first expensive step.
    await yieldToEventLoop();
    if (token.isCancellationRequested || documents.get(uri)?.version !== version) return;
    const entry = cache.get(uri, version, () => doc.getText());
    void entry.doc; // parse
    await yieldToEventLoop();
    if (token.isCancellationRequested || documents.get(uri)?.version !== version) return;
    const ds = diagnosticsOf(entry, token);
    await yieldToEventLoop();
    if (token.isCancellationRequested || documents.get(uri)?.version !== version) return;
    if (!pull) await connection.sendDiagnostics({ uri, version, diagnostics: toLsp(uri, ds) });
    await connection.sendNotification(STATUS_NOTIFICATION, statusOf(entry, ds));
  };
  const scheduler = new Scheduler(validate, settings.debounceMs, log);

  /** TextDocuments reports an open as a content change too; the open is validated at once, the change is not a second request. */
  const justOpened = new Set<string>();
  documents.onDidOpen((e) => {
    justOpened.add(e.document.uri);
    // In pull mode the client pulls for open documents: drop what the workspace scan pushed.
    if (workspaceIndex.delete(e.document.uri) && pull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(log);
    scheduler.schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    if (justOpened.delete(e.document.uri)) return;
    scheduler.schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    justOpened.delete(uri);
    scheduler.cancel(uri);
    cache.delete(uri);
    if (!pull) void connection.sendDiagnostics({ uri, diagnostics: [] }).catch(log);
    // What lints keep for the next one (task texts as memo keys) may be this document's whole text:
    // drop it once the file is re-read from disk (or not), so a closed plan leaves memory.
    void revalidateFromDisk(uri).finally(releaseLintCaches);
  });

  /** A closed file that is still a workspace draft keeps its (on-disk) diagnostics. */
  const revalidateFromDisk = async (uri: string): Promise<void> => {
    const file = URI_TO_PATH(uri);
    if (!settings.validateWorkspace || !file || !roots.some((r) => file.startsWith(r + path.sep))) return;
    try {
      const text = await fs.promises.readFile(file, 'utf8');
      const root = roots.find((r) => file.startsWith(r + path.sep)) ?? null;
      if (documents.get(uri) || !isDraft(file, text, root, settings.draftFiles)) return;
      await indexFromDisk(uri, text);
    } catch {
      // deleted or unreadable: nothing to show
    }
  };

  const revalidateAll = (): void => {
    for (const d of documents.all()) scheduler.schedule(d.uri, 0);
    if (pull) connection.languages.diagnostics.refresh();
    void scanWorkspace();
  };

  const scanWorkspace = async (): Promise<void> => {
    const gen = ++scanGeneration;
    if (!settings.validateWorkspace || !roots.length) return;
    let progress: WorkDoneProgressServerReporter | null = null;
    try {
      if (canProgress) {
        progress = await connection.window.createWorkDoneProgress();
        progress.begin('Fengong', 0, '检查工作区草稿 (validating workspace drafts)', true);
      }
      let n = 0;
      const cancelled = (): boolean => gen !== scanGeneration || !!progress?.token.isCancellationRequested;
      for (const root of roots) {
        for await (const found of findDrafts(root, settings.draftFiles, cancelled)) {
          const uri = pathToUri(found.file);
          if (documents.get(uri)) continue;
          await indexFromDisk(uri, found.text);
          n++;
          progress?.report(`${n}: ${path.basename(found.file)}`);
          // The parsed model is kept for workspace symbols; let requests in between files.
          await yieldToEventLoop();
        }
      }
    } catch (e) {
      log(e);
    } finally {
      progress?.done();
      // The scan linted every draft: the texts it left in the lint caches are of files nobody edits.
      releaseLintCaches();
    }
  };

  // ---- lifecycle -----------------------------------------------------------------------
  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    settings = readSettings(params.initializationOptions, DEFAULT_SETTINGS);
    configs.setSettings(settings);
    scheduler.delayMs = settings.debounceMs;
    canConfigure = !!caps.workspace?.configuration;
    canProgress = !!caps.window?.workDoneProgress;
    canFolderEvents = !!caps.workspace?.workspaceFolders;
    canWatchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    const supportsPull = !!caps.textDocument?.diagnostic;
    pull = settings.diagnosticMode === 'pull' ? true : settings.diagnosticMode === 'push' ? false : supportsPull;
    roots = (params.workspaceFolders ?? [])
      .map((f) => URI_TO_PATH(f.uri))
      .filter((p): p is string => !!p)
      .concat(!params.workspaceFolders && params.rootUri && URI_TO_PATH(params.rootUri) ? [URI_TO_PATH(params.rootUri)!] : []);
    configs.setRoots(roots);
    const docsDir = path.resolve(__dirname, '..', 'docs', 'rules');
    docsBase = settings.docsBaseUrl ?? (fs.existsSync(docsDir) ? pathToUri(docsDir) + '/' : null);
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'Fengong' },
        foldingRangeProvider: true,
        workspaceSymbolProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', '：', '、', '，', ','], resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, CodeActionKind.SourceFixAll] },
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentHighlightProvider: true,
        codeLensProvider: { resolveProvider: false },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        executeCommandProvider: { commands: [SERVER_COMMANDS.renumber] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'fengong', version: '0.1.0' },
    };
    if (pull) result.capabilities.diagnosticProvider = { identifier: 'fengong', interFileDependencies: false, workspaceDiagnostics: false };
    return result;
  });

  const fetchSettings = async (): Promise<void> => {
    if (!canConfigure) return;
    const raw = await connection.workspace.getConfiguration('fengong');
    // Settings from the editor override the initialization options they were seeded with.
    settings = readSettings(raw, settings);
    configs.setSettings(settings);
    scheduler.delayMs = settings.debounceMs;
  };

  connection.onInitialized(async () => {
    try {
      if (canConfigure) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: 'fengong' }).catch(() => undefined);
        await fetchSettings();
      }
      if (canWatchFiles && !settings.clientWatchesFiles) {
        // Configuration and registry files, and drafts: what onDidChangeWatchedFiles reacts to.
        await connection.client
          .register(DidChangeWatchedFilesNotification.type, {
            watchers: [{ globPattern: '**/{.fengong/*.json,.fengongrc.json}' }, { globPattern: '**/*.{fengong,txt,md}' }],
          })
          .catch(() => undefined);
      }
      if (canFolderEvents) {
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          const removed = new Set(e.removed.map((f) => URI_TO_PATH(f.uri)));
          roots = roots.filter((r) => !removed.has(r)).concat(e.added.map((f) => URI_TO_PATH(f.uri)).filter((p): p is string => !!p));
          configs.setRoots(roots);
          void scanWorkspace();
        });
      }
    } catch (e) {
      log(e);
    }
    void scanWorkspace();
  });

  connection.onDidChangeConfiguration(async (change) => {
    try {
      if (canConfigure) await fetchSettings();
      else {
        const s = (change.settings as Record<string, unknown> | null)?.fengong ?? change.settings;
        settings = readSettings(s, settings);
        configs.setSettings(settings);
        scheduler.delayMs = settings.debounceMs;
      }
    } catch (e) {
      log(e);
    }
    revalidateAll();
  });

  connection.onDidChangeWatchedFiles((e) => {
    let configChanged = false;
    for (const ch of e.changes) {
      const file = URI_TO_PATH(ch.uri);
      if (file && isConfigFile(file)) configChanged = true;
      else if (ch.type === FileChangeType.Deleted) {
        workspaceIndex.delete(ch.uri);
        if (!documents.get(ch.uri)) void connection.sendDiagnostics({ uri: ch.uri, diagnostics: [] }).catch(log);
      } else if (!documents.get(ch.uri)) void revalidateFromDisk(ch.uri);
    }
    if (configChanged) {
      configs.invalidate();
      revalidateAll();
      publishConfigProblems();
    }
  });

  // ---- diagnostics (pull) ----------------------------------------------------------------
  connection.languages.diagnostics.on(
    safe<[DocumentDiagnosticParams, CancellationToken], DocumentDiagnosticReport>({ kind: DocumentDiagnosticReportKind.Full, items: [] }, async (params, token) => {
      const entry = entryFor(params.textDocument.uri);
      if (!entry) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      // Same version, same configuration: the client keeps what it has.
      const resultId = `${entry.version}:${configs.version}`;
      if (params.previousResultId === resultId && entry.diagnostics(configs.version)) {
        return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      }
      await yieldToEventLoop();
      const ds = diagnosticsOf(entry, token);
      void connection.sendNotification(STATUS_NOTIFICATION, statusOf(entry, ds)).catch(log);
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items: toLsp(entry.uri, ds) };
    }),
  );

  // ---- features ---------------------------------------------------------------------------
  const withEntry = <R>(uri: string, fallback: R, fn: (e: Entry) => R): R => {
    const e = entryFor(uri);
    return e ? fn(e) : fallback;
  };
  const today = (): string | undefined => settings.today ?? undefined;

  connection.onDocumentSymbol(
    safe(null, (p, token) => withEntry(p.textDocument.uri, null, (e) => F.documentSymbols(e.doc, token).map(toDocumentSymbol))),
  );
  connection.onFoldingRanges(safe(null, (p) => withEntry(p.textDocument.uri, null, (e) => F.foldingRanges(e.doc))));
  connection.onWorkspaceSymbol(
    safe([], (p, token) => {
      const files = [
        ...documents.all().map((d) => ({ uri: d.uri, tasks: F.summarise(entryFor(d.uri)!.doc) })),
        ...[...workspaceIndex.entries()].map(([uri, w]) => ({ uri, tasks: w.tasks })),
      ];
      return F.searchTasks(files, p.query, token).map((s) => ({
        name: s.name,
        kind: symbolKind('task'),
        containerName: s.containerName,
        location: { uri: s.uri, range: s.range },
      }));
    }),
  );
  connection.onHover(
    safe(null, (p) =>
      withEntry(p.textDocument.uri, null, (e) => {
        const h = F.hover(e.doc, p.position, { directory: configFor(e.uri).directory, today: today() });
        return h ? { contents: { kind: 'markdown' as const, value: h.markdown }, range: h.range } : null;
      }),
    ),
  );
  connection.onCompletion(
    safe([], (p) =>
      withEntry(p.textDocument.uri, [], (e) =>
        F.completions(e.doc, p.position, { directory: configFor(e.uri).directory, today: today() }).map(toCompletionItem),
      ),
    ),
  );
  connection.onCodeAction(
    safe([], (p) =>
      withEntry(p.textDocument.uri, [], (e) =>
        F.codeActions(e.doc, p.range, diagnosticsOf(e), p.context.only).map((a) => toCodeAction(e.uri, a, p.context.diagnostics)),
      ),
    ),
  );
  connection.onReferences(
    safe([], (p) =>
      withEntry(p.textDocument.uri, [], (e) => {
        const dir = configFor(e.uri).directory;
        const at = F.prepareUnitRename(e.doc, p.position, dir);
        if (!at) return [];
        const name = at.placeholder;
        const out = F.unitReferences(e.doc, p.position, dir).map((range) => ({ uri: e.uri, range }));
        const needle = name.replace(/\s+/g, '').toLowerCase();
        const closed = [...workspaceIndex.entries()]
          .filter(([uri, w]) => uri !== e.uri && w.tasks.some((t) => t.names.some((n) => n.includes(needle) || needle.includes(n) || isAbbreviationOf(n, needle) || isAbbreviationOf(needle, n))))
          .map(([uri]) => readEntry(uri))
          .filter((x): x is Entry => !!x);
        for (const other of [...documents.all().map((d) => entryFor(d.uri)!), ...closed]) {
          if (other.uri === e.uri) continue;
          for (const range of F.referencesToName(other.doc, name, configFor(other.uri).directory)) out.push({ uri: other.uri, range });
        }
        return out;
      }),
    ),
  );
  connection.onDocumentHighlight(
    safe([], (p) =>
      withEntry(p.textDocument.uri, [], (e) =>
        F.unitHighlights(e.doc, p.position, configFor(e.uri).directory).map((h) => ({ range: h.range, kind: h.kind === 'write' ? 3 : 2 })),
      ),
    ),
  );
  connection.onPrepareRename(
    safe(null, (p) =>
      withEntry(p.textDocument.uri, null, (e) => {
        const t = F.prepareUnitRename(e.doc, p.position, configFor(e.uri).directory);
        return t ? { range: t.range, placeholder: t.placeholder } : null;
      }),
    ),
  );
  connection.onRenameRequest(
    safe(null, (p) =>
      withEntry(p.textDocument.uri, null, (e) => {
        const name = p.newName.trim();
        // A unit name cannot be empty or contain list or field punctuation.
        if (!name || /[、，,;；:：()（）\r\n]/.test(name)) return null;
        const edits = F.renameUnit(e.doc, p.position, name, configFor(e.uri).directory);
        return edits ? toWorkspaceEdit(e.uri, edits) : null;
      }),
    ),
  );
  connection.onCodeLens(
    safe([], (p) =>
      withEntry(p.textDocument.uri, [], (e) => {
        const req = configFor(e.uri).config.requiredFields;
        return F.codeLenses(e.doc, req === 'auto' ? undefined : req, diagnosticsOf(e)).map((l) => ({
          range: l.range,
          command: { title: l.title, command: 'fengong.showStatistics', arguments: [e.uri] },
        }));
      }),
    ),
  );
  const isMarkdown = (uri: string): boolean => /\.(md|markdown)$/i.test(uri);
  connection.onDocumentFormatting(safe([], (p) => withEntry(p.textDocument.uri, [], (e) => F.formatDocument(e.doc, { markdown: isMarkdown(e.uri) }))));
  connection.onDocumentRangeFormatting(
    safe([], (p) => withEntry(p.textDocument.uri, [], (e) => F.formatDocument(e.doc, { range: p.range, markdown: isMarkdown(e.uri) }))),
  );

  // ---- commands and custom requests ---------------------------------------------------------
  const renumberEdit = (uri: string, position?: Position) =>
    withEntry(uri, null, (e) => {
      const edits = position ? F.renumberLevel(e.doc, position) : F.renumberPlan(e.doc);
      return edits ? toWorkspaceEdit(e.uri, edits) : null;
    });
  connection.onExecuteCommand(
    safe(null, async (p) => {
      if (p.command !== SERVER_COMMANDS.renumber) return null;
      const [uri, position] = (p.arguments ?? []) as [string, Position | undefined];
      const edit = typeof uri === 'string' ? renumberEdit(uri, position) : null;
      if (edit) await connection.workspace.applyEdit({ label: 'Renumber', edit });
      return null;
    }),
  );
  connection.onRequest(
    REQUESTS.renumber,
    safe(null, (p: { uri: string; position?: Position }) => renumberEdit(p.uri, p.position)),
  );
  connection.onRequest(
    REQUESTS.statistics,
    safe(null, (p: { uri: string }) =>
      withEntry(p.uri, null, (e) => {
        const s = F.statistics(e.doc, diagnosticsOf(e));
        return { statistics: s, markdown: F.statisticsMarkdown(s) };
      }),
    ),
  );
  connection.onRequest(
    REQUESTS.ledger,
    safe(null, (p: { uri: string; format?: 'csv' | 'json' }) =>
      withEntry(p.uri, null, (e) => ({ format: p.format ?? 'csv', content: p.format === 'json' ? F.ledgerJson(e.doc) : F.ledgerCsv(e.doc) })),
    ),
  );
  connection.onRequest(
    REQUESTS.createRegistry,
    safe(null, (p: { uri: string }) =>
      withEntry(p.uri, null, (e) => {
        const file = createRegistryFromDocument(e.doc);
        return { content: JSON.stringify(file, null, 2) + '\n', units: file.units?.length ?? 0, leaders: file.leaders?.length ?? 0 };
      }),
    ),
  );

  connection.onRequest(REQUESTS.cacheStats, () => ({
    parses: cache.parses,
    open: documents.all().length,
    workspace: workspaceIndex.size,
    lintCacheEntries: lintCacheEntries(),
  }));

  connection.onShutdown(() => scheduler.dispose());
  documents.listen(connection);
  connection.listen();
}
