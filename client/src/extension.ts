/**
 * The VS Code extension: starts dist/server.js over IPC, switches .txt/.md drafts that look like
 * notices to the `fengong` language, and adds the four commands and the status bar item.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions, type WorkspaceEdit } from 'vscode-languageclient/node';
import { looksLikeDraft } from '../../server/src/core/features/detect';
import { renderStatistics, type StatisticsReply } from './statistics';
import { readDocx } from '../../server/src/node/docx';
import { REQUESTS, STATUS_NOTIFICATION, type Status } from '../../server/src/lsp/protocol';

const LANGUAGE = 'fengong';
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Fengong');
  context.subscriptions.push(output);

  // ---- drafts kept as .txt / .md ------------------------------------------------------------
  const switched = new Set<string>();
  const maybeSwitch = (doc: vscode.TextDocument): void => {
    if (doc.languageId !== 'plaintext' && doc.languageId !== 'markdown') return;
    const key = doc.uri.toString();
    if (switched.has(key)) return; // switched once: the drafter's own later choice stands
    const cfg = vscode.workspace.getConfiguration('fengong', doc.uri);
    if (!cfg.get<boolean>('detectDrafts', true)) return;
    const globs = cfg.get<string[]>('draftFiles', []);
    const byGlob = globs.some((g) => vscode.languages.match({ pattern: g }, doc) > 0);
    if (!byGlob && !looksLikeDraft(doc.getText(new vscode.Range(0, 0, 200, 0)))) return;
    switched.add(key);
    vscode.languages.setTextDocumentLanguage(doc, LANGUAGE).then(undefined, (e) => output.appendLine(`language switch failed: ${String(e)}`));
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(maybeSwitch));
  vscode.workspace.textDocuments.forEach(maybeSwitch);

  // ---- the language client --------------------------------------------------------------------
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const settings = vscode.workspace.getConfiguration('fengong');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE, scheme: 'file' },
      { language: LANGUAGE, scheme: 'untitled' },
    ],
    synchronize: {
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/{.fengong/*.json,.fengongrc.json}'),
        vscode.workspace.createFileSystemWatcher('**/*.{fengong,txt,md}'),
      ],
    },
    initializationOptions: {
      debounceMs: settings.get<number>('debounceMs'),
      rules: settings.get('rules'),
      requiredFields: settings.get('requiredFields'),
      registryPath: settings.get('registryPath'),
      planYear: settings.get('planYear'),
      draftFiles: settings.get('draftFiles'),
      locale: settings.get('locale') || undefined,
      validateWorkspace: settings.get('validateWorkspace'),
      clientWatchesFiles: true,
    },
    diagnosticPullOptions: { onChange: true, onSave: true },
    outputChannel: output,
  };
  client = new LanguageClient('fengong', 'Fengong 分工方案', serverOptions, clientOptions);

  // ---- status bar -------------------------------------------------------------------------------
  const status = vscode.window.createStatusBarItem('fengong.status', vscode.StatusBarAlignment.Left, 100);
  status.name = 'Fengong';
  status.command = 'fengong.showStatistics';
  context.subscriptions.push(status);
  const statuses = new Map<string, Status>();
  const refreshStatus = (): void => {
    const ed = vscode.window.activeTextEditor;
    const s = ed && ed.document.languageId === LANGUAGE ? statuses.get(ed.document.uri.toString()) : undefined;
    if (!s) {
      if (!ed || ed.document.languageId !== LANGUAGE) status.hide();
      return;
    }
    status.text = `$(checklist) ${s.tasks} 项任务 $(error) ${s.errors} $(warning) ${s.warnings}`;
    status.tooltip = `Fengong: ${s.tasks} tasks, ${s.errors} errors, ${s.warnings} warnings — 点击查看统计 (click for statistics)`;
    status.show();
  };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(refreshStatus));

  // ---- commands ---------------------------------------------------------------------------------
  const activeDraft = (uri?: unknown): vscode.TextDocument | undefined => {
    if (typeof uri === 'string' || uri instanceof vscode.Uri) {
      const s = uri.toString();
      return vscode.workspace.textDocuments.find((d) => d.uri.toString() === s);
    }
    const ed = vscode.window.activeTextEditor;
    if (ed && ed.document.languageId === LANGUAGE) return ed.document;
    return vscode.window.visibleTextEditors.find((e) => e.document.languageId === LANGUAGE)?.document;
  };
  const needDraft = (uri?: unknown): vscode.TextDocument | undefined => {
    const doc = activeDraft(uri);
    if (!doc) void vscode.window.showWarningMessage('Fengong: 请先打开一份分工方案草稿 (open a 分工方案 draft first).');
    return doc;
  };
  const folderFor = (doc: vscode.TextDocument): vscode.Uri =>
    vscode.workspace.getWorkspaceFolder(doc.uri)?.uri ??
    (doc.uri.scheme === 'file' ? vscode.Uri.file(path.dirname(doc.uri.fsPath)) : (vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(process.cwd())));
  const exists = async (u: vscode.Uri): Promise<boolean> =>
    vscode.workspace.fs.stat(u).then(
      () => true,
      () => false,
    );

  const register = (id: string, fn: (...args: unknown[]) => Promise<unknown>): void => {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          return await fn(...args);
        } catch (e) {
          output.appendLine(`${id}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          void vscode.window.showErrorMessage(`Fengong: ${e instanceof Error ? e.message : String(e)}`);
          return undefined;
        }
      }),
    );
  };

  register('fengong.renumber', async (uri?: unknown) => {
    const doc = needDraft(uri);
    if (!doc || !client) return false;
    const edit = await client.sendRequest<WorkspaceEdit | null>(REQUESTS.renumber, { uri: doc.uri.toString() });
    const ws = edit ? await client.protocol2CodeConverter.asWorkspaceEdit(edit) : undefined;
    if (!ws || ws.size === 0) {
      void vscode.window.showInformationMessage('Fengong: 编号已连续，无需调整 (numbering is already consecutive).');
      return false;
    }
    return vscode.workspace.applyEdit(ws);
  });

  register('fengong.showStatistics', async (uri?: unknown) => {
    const doc = needDraft(uri);
    if (!doc || !client) return undefined;
    const reply = await client.sendRequest<StatisticsReply | null>(REQUESTS.statistics, { uri: doc.uri.toString() });
    if (!reply) return undefined;
    const panel = vscode.window.createWebviewPanel('fengong.statistics', `统计 · ${path.basename(doc.uri.path)}`, vscode.ViewColumn.Beside, {
      enableScripts: false,
    });
    panel.webview.html = renderStatistics(reply.statistics);
    return reply.statistics;
  });

  // A Word draft cannot be edited as text; its text can be: opened as an untitled draft, it is checked
  // live like any other (positions are those of the text, as `fengong check 方案.docx` reports them).
  register('fengong.openWordDocument', async (uriArg?: unknown) => {
    let uri = uriArg instanceof vscode.Uri ? uriArg : typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : undefined;
    if (!uri) {
      const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Word (.docx)': ['docx'] }, openLabel: '打开 Open' });
      uri = picked?.[0];
    }
    if (!uri) return undefined;
    const text = readDocx(Buffer.from(await vscode.workspace.fs.readFile(uri)));
    const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE, content: text });
    await vscode.window.showTextDocument(doc, { preview: false });
    return doc.uri;
  });

  register('fengong.exportLedger', async (uriArg?: unknown, formatArg?: unknown, targetArg?: unknown) => {
    const doc = needDraft(uriArg);
    if (!doc || !client) return undefined;
    const format = formatArg === 'json' ? 'json' : formatArg === 'csv' ? 'csv' : vscode.workspace.getConfiguration('fengong').get<string>('ledgerFormat', 'csv') === 'json' ? 'json' : 'csv';
    const reply = await client.sendRequest<{ content: string } | null>(REQUESTS.ledger, { uri: doc.uri.toString(), format });
    if (!reply) return undefined;
    const base = path.basename(doc.uri.path).replace(/\.[^.]+$/, '') || 'plan';
    const target =
      targetArg instanceof vscode.Uri
        ? targetArg
        : typeof targetArg === 'string'
          ? vscode.Uri.file(targetArg)
          : doc.uri.scheme === 'file'
            ? vscode.Uri.file(path.join(path.dirname(doc.uri.fsPath), `${base}.ledger.${format}`))
            : vscode.Uri.joinPath(folderFor(doc), `${base}.ledger.${format}`);
    await vscode.workspace.fs.writeFile(target, Buffer.from(reply.content, 'utf8'));
    void vscode.window.showInformationMessage(`Fengong: 任务台账已导出 (ledger exported): ${vscode.workspace.asRelativePath(target)}`);
    return target;
  });

  register('fengong.createRegistry', async (uriArg?: unknown) => {
    const doc = needDraft(uriArg);
    if (!doc || !client) return undefined;
    const reply = await client.sendRequest<{ content: string; units: number; leaders: number } | null>(REQUESTS.createRegistry, {
      uri: doc.uri.toString(),
    });
    if (!reply) return undefined;
    const target = vscode.Uri.joinPath(folderFor(doc), '.fengong', 'units.json');
    if (await exists(target)) {
      // Never overwrite a registry someone maintains: show the proposal beside it instead.
      const untitled = await vscode.workspace.openTextDocument({ language: 'json', content: reply.content });
      await vscode.window.showTextDocument(untitled, { preview: false, viewColumn: vscode.ViewColumn.Beside });
      void vscode.window.showInformationMessage('Fengong: .fengong/units.json 已存在，新名录在未保存的编辑器中 (registry exists; the proposal is in an untitled editor).');
      return undefined;
    }
    await vscode.workspace.fs.writeFile(target, Buffer.from(reply.content, 'utf8'));
    await vscode.window.showTextDocument(target, { preview: false, viewColumn: vscode.ViewColumn.Beside });
    void vscode.window.showInformationMessage(`Fengong: 单位名录已创建 (registry created): ${reply.units} 个单位, ${reply.leaders} 位领导.`);
    return target;
  });

  // ---- start ------------------------------------------------------------------------------------
  context.subscriptions.push(
    client.onNotification(STATUS_NOTIFICATION, (s: Status) => {
      statuses.set(s.uri, s);
      refreshStatus();
    }),
  );
  context.subscriptions.push({ dispose: () => void client?.stop() });
  try {
    await client.start();
  } catch (e) {
    // Say so at once: without this a drafter sees no squiggles and no reason until the client gives
    // up restarting the server.
    status.text = '$(error) Fengong';
    status.tooltip = `Fengong language server failed to start: ${e instanceof Error ? e.message : String(e)}`;
    status.show();
    const show = '查看输出 (Show output)';
    void vscode.window
      .showErrorMessage(`Fengong: 语言服务器未能启动 (the language server failed to start): ${e instanceof Error ? e.message : String(e)}`, show)
      .then((choice) => choice === show && output.show());
    return;
  }
  context.subscriptions.push(
    vscode.workspace.onDidCloseTextDocument((d) => statuses.delete(d.uri.toString())),
  );
  refreshStatus();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop().catch(() => undefined);
  client = undefined;
}
