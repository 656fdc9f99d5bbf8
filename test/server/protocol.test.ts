import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type {
  CodeAction,
  CompletionItem,
  DocumentSymbol,
  Hover,
  InitializeResult,
  TextEdit,
  WorkspaceEdit,
  FoldingRange,
  Location,
  SymbolInformation,
  CodeLens,
} from 'vscode-languageserver-protocol';
import { ensureBundle, fileUri, LspClient, ROOT } from './client';

const SEEDS = ['000_bb9545a5710306fa', '001_f25d7ef47833415f', '002_21ef4edaad49e63b', '003_e6966e7ac26a54e2', '004_c4f1182ef43108cd'];
const seedText = (n: string): string => readFileSync(path.join(ROOT, 'seeds', `${n}.txt`), 'utf8');
const seedUri = (n: string): string => fileUri(path.join(ROOT, 'seeds', `${n}.txt`));
const S003 = SEEDS[3];
const lines003 = seedText(S003).split(/\r\n|\r|\n/);
const lineOf = (lines: string[], needle: string, nth = 0): { line: number; character: number } => {
  let k = 0;
  for (let l = 0; l < lines.length; l++) {
    const i = lines[l].indexOf(needle);
    if (i >= 0 && k++ === nth) return { line: l, character: i };
  }
  throw new Error(`not found ${needle}`);
};

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split(/\r\n|\r|\n/);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  for (const e of [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)) {
    const before = lines[e.range.start.line].slice(0, e.range.start.character);
    const after = lines[e.range.end.line].slice(e.range.end.character);
    lines.splice(e.range.start.line, e.range.end.line - e.range.start.line + 1, ...(before + e.newText + after).split('\n'));
  }
  return lines.join(eol);
}

let clients: LspClient[] = [];
const client = (): LspClient => {
  const c = new LspClient();
  clients.push(c);
  return c;
};
beforeAll(() => ensureBundle(), 120_000);
afterEach(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  clients = [];
});

describe('language server over stdio', () => {
  let c: LspClient;
  let init: InitializeResult;
  beforeAll(async () => {
    c = new LspClient();
    init = await c.initialize({ initializationOptions: { debounceMs: 0, today: '2023-03-09' } });
  });
  afterAll(() => c.dispose());

  it('announces its capabilities', () => {
    const caps = init.capabilities;
    for (const k of [
      'documentSymbolProvider',
      'foldingRangeProvider',
      'workspaceSymbolProvider',
      'hoverProvider',
      'completionProvider',
      'codeActionProvider',
      'referencesProvider',
      'renameProvider',
      'documentHighlightProvider',
      'codeLensProvider',
      'documentFormattingProvider',
      'documentRangeFormattingProvider',
    ]) {
      expect(caps, k).toHaveProperty(k);
    }
    expect(caps.diagnosticProvider).toBeUndefined(); // this client did not ask for pull diagnostics
  });

  it('publishes diagnostics for every seed, tagged with source, rule id and a docs link', async () => {
    const counts: Record<string, number> = {};
    for (const n of SEEDS) {
      const pub = await c.open(seedUri(n), seedText(n));
      expect(pub.version).toBe(1);
      counts[n] = pub.diagnostics.length;
      for (const d of pub.diagnostics) {
        expect(d.source).toBe('fengong');
        expect(typeof d.code).toBe('string');
        if (d.codeDescription) expect(d.codeDescription.href).toMatch(new RegExp(`docs/rules/${d.code}\\.md$`));
        expect(d.range.start.line).toBeGreaterThanOrEqual(0);
      }
    }
    // Prose reports are not flooded with task diagnostics.
    expect(counts[SEEDS[2]]).toBeLessThanOrEqual(3);
    expect(counts[SEEDS[4]]).toBeLessThanOrEqual(3);
  });

  it('003: the outline holds the 139 tasks under parts, chapters and groups', async () => {
    const syms = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: seedUri(S003) } });
    const tasks: DocumentSymbol[] = [];
    const walk = (xs: DocumentSymbol[]): void => xs.forEach((s) => (s.kind === 12 ? tasks.push(s) : walk(s.children ?? [])));
    walk(syms);
    expect(tasks.length).toBe(139);
    expect(tasks[0].name).toMatch(/^1\. 抢抓车光产业/);
    expect(tasks[0].detail).toBe('区发改局');
  });

  it('folding ranges for the sections', async () => {
    const folds = await c.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: seedUri(SEEDS[0]) } });
    expect(folds.length).toBeGreaterThan(100);
  });

  it('hover on a task number and on a unit', async () => {
    const p = lineOf(lines003, '3.支持武汉客车');
    const h = await c.request<Hover>('textDocument/hover', { textDocument: { uri: seedUri(S003) }, position: p });
    expect((h.contents as { value: string }).value).toContain('区科经局');
    const u = lineOf(lines003, '区科经、商务局');
    const h2 = await c.request<Hover>('textDocument/hover', { textDocument: { uri: seedUri(S003) }, position: { line: u.line, character: u.character + 1 } });
    expect((h2.contents as { value: string }).value).toMatch(/\*\*区科经局\*\*[\s\S]*牵头 17 项/);
  });

  it('completion: units in a field, the next task at a line start', async () => {
    const p = lineOf(lines003, '(牵头单位:区发改局;');
    const items = await c.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: seedUri(S003) },
      position: { line: p.line, character: p.character + 6 },
    });
    expect(items.map((i) => i.label)).toContain('区科经局');
    const t31 = lineOf(lines003, '31.');
    const start = await c.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: seedUri(S003) }, position: { line: t31.line, character: 0 } });
    const next = start.find((i) => i.kind === 15)!;
    expect(next.insertTextFormat).toBe(2);
    expect((next.textEdit as TextEdit).newText).toBe('31.${1:工作任务}。(牵头单位:${2:};责任单位:${3:})');
  });

  it('code actions: quick fixes from the rules and the renumbering refactorings', async () => {
    const uri = fileUri(path.join(tmpdir(), 'fengong-proto', 'gap.fengong'));
    const text = ['2023年重点工作分工方案', '一、产业', '1.修路。(牵头单位:区交通局;责任单位:区财政局)', '3.建桥。(牵头单位:区交通局;责任单位:区财政局)', ''].join('\n');
    const pub = await c.open(uri, text);
    const p = { line: 3, character: 0 };
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: p, end: p },
      context: { diagnostics: pub.diagnostics.filter((d) => d.range.start.line === 3) },
    });
    const refactors = actions.filter((a) => a.kind === 'refactor.rewrite');
    expect(refactors.map((a) => a.title)).toEqual(['重新编号本级任务 (Renumber this level)', '重新编号整个方案 (Renumber the plan)']);
    const out = applyEdits(text, refactors[1].edit!.changes![uri]);
    expect(out.split('\n')[3]).toBe('2.建桥。(牵头单位:区交通局;责任单位:区财政局)');
    // Any diagnostic with a fix yields a quick fix that names it.
    for (const a of actions.filter((x) => x.kind === 'quickfix')) expect(a.edit?.changes?.[uri]?.length).toBeGreaterThan(0);
  });

  it('003 task 71: the field-separator diagnostic and its quick fix', async () => {
    const pub = c.published.filter((p) => p.uri === seedUri(S003)).at(-1)!;
    const sep = pub.diagnostics.filter((d) => d.code === 'field-separator');
    if (!sep.length) return; // the rule catalogue owns whether it reports; nothing to fix here
    const d = sep[0];
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: seedUri(S003) },
      range: d.range,
      context: { diagnostics: [d], only: ['quickfix'] },
    });
    expect(actions.length).toBeGreaterThan(0);
    expect(actions[0].diagnostics?.[0]?.code).toBe('field-separator');
  });

  it('references, highlights and rename for a unit', async () => {
    const u = lineOf(lines003, '区科经、商务局');
    const pos = { line: u.line, character: u.character + 1 };
    const refs = await c.request<Location[]>('textDocument/references', { textDocument: { uri: seedUri(S003) }, position: pos, context: { includeDeclaration: true } });
    const own = refs.filter((r) => r.uri === seedUri(S003));
    expect(own.length).toBeGreaterThanOrEqual(43);
    for (const r of own) expect(lines003[r.range.start.line].slice(r.range.start.character, r.range.end.character)).toMatch(/^区?科经局?$/);
    const hl = await c.request<unknown[]>('textDocument/documentHighlight', { textDocument: { uri: seedUri(S003) }, position: pos });
    expect(hl.length).toBe(own.length);
    const prep = await c.request<{ placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: seedUri(S003) }, position: pos });
    expect(prep.placeholder).toBe('区科经局');
    const edit = await c.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: seedUri(S003) }, position: pos, newName: '区科技经信局' });
    const edits = edit.changes![seedUri(S003)];
    expect(edits.length).toBe(own.length);
    expect(applyEdits(seedText(S003), edits).split(/\r\n|\r|\n/)[u.line]).toContain('区科技经信、商务局');
  });

  it('formatting: full-width fields, idempotent, never the task text', async () => {
    const edits = await c.request<TextEdit[]>('textDocument/formatting', {
      textDocument: { uri: seedUri(S003) },
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(edits.length).toBeGreaterThan(100);
    const out = applyEdits(seedText(S003), edits);
    expect(out).toContain('（牵头单位：区发改局；责任单位：区科经、商务局，郑店、五里界街道办事处，江夏经济开发区管委会）');
    const uri2 = fileUri(path.join(tmpdir(), 'fengong-proto', 'formatted.fengong'));
    await c.open(uri2, out);
    const again = await c.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: uri2 }, options: { tabSize: 2, insertSpaces: true } });
    expect(again).toEqual([]);
    const range = await c.request<TextEdit[]>('textDocument/rangeFormatting', {
      textDocument: { uri: seedUri(S003) },
      range: { start: { line: 12, character: 0 }, end: { line: 13, character: 0 } },
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(range.length).toBeGreaterThan(0);
    expect(range.every((e) => e.range.start.line === 12)).toBe(true);
  });

  it('code lens over parts and chapters', async () => {
    const lenses = await c.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: seedUri(S003) } });
    expect(lenses.length).toBeGreaterThan(5);
    expect(lenses[0].command?.title).toMatch(/^135 项任务/);
  });

  it('workspace symbols across the open seeds', async () => {
    const syms = await c.request<SymbolInformation[]>('workspace/symbol', { query: '区财政局' });
    expect(new Set(syms.map((s) => s.location.uri)).size).toBeGreaterThanOrEqual(2);
  });

  it('statistics, ledger and registry requests', async () => {
    const stats = await c.request<{ statistics: { tasks: number }; markdown: string }>('fengong/statistics', { uri: seedUri(SEEDS[0]) });
    expect(stats.statistics.tasks).toBe(121);
    const ledger = await c.request<{ content: string }>('fengong/ledger', { uri: seedUri(S003), format: 'csv' });
    expect(ledger.content.split('\r\n').filter(Boolean).length).toBe(140);
    const reg = await c.request<{ content: string; units: number }>('fengong/createRegistry', { uri: seedUri(S003) });
    expect(reg.units).toBeGreaterThan(50);
    expect(JSON.parse(reg.content).units).toContain('区发改局');
  });

  it('renumbering through the custom request and the server command (workspace/applyEdit)', async () => {
    const uri = fileUri(path.join(tmpdir(), 'fengong-proto', 'renumber.fengong'));
    const text = ['2023年重点工作分工方案', '一、产业', '1.修路。(牵头单位:区交通局)', '3.建桥。(牵头单位:区交通局)', '三、民生', '4.办学。(牵头单位:区教委)', ''].join('\n');
    await c.open(uri, text);
    const edit = await c.request<WorkspaceEdit>('fengong/renumber', { uri });
    expect(applyEdits(text, edit.changes![uri]).split('\n').slice(3, 6)).toEqual(['2.建桥。(牵头单位:区交通局)', '二、民生', '3.办学。(牵头单位:区教委)']);
    const level = await c.request<WorkspaceEdit>('fengong/renumber', { uri, position: { line: 4, character: 0 } });
    expect(level.changes![uri].map((e) => e.newText)).toEqual(['二']);
    const applied = new Promise<{ edit: WorkspaceEdit }>((resolve) => c.conn.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => (resolve(p), { applied: true })));
    await c.request('workspace/executeCommand', { command: 'fengong.server.renumber', arguments: [uri] });
    expect((await applied).edit.changes![uri].length).toBe(3);
    const json = await c.request<{ content: string }>('fengong/ledger', { uri, format: 'json' });
    expect(JSON.parse(json.content).tasks.map((t: { id: string }) => t.id)).toEqual(['1', '3', '4']);
  });

  it('parses each document once per version, whatever features are asked', async () => {
    const uri = fileUri(path.join(tmpdir(), 'fengong-proto', 'once.fengong'));
    const before = (await c.request<{ parses: number }>('fengong/cacheStats', {})).parses;
    await c.open(uri, seedText(SEEDS[0]));
    const td = { textDocument: { uri } };
    const pos = { line: 32, character: 2 };
    await Promise.all([
      c.request('textDocument/documentSymbol', td),
      c.request('textDocument/foldingRange', td),
      c.request('textDocument/hover', { ...td, position: pos }),
      c.request('textDocument/completion', { ...td, position: pos }),
      c.request('textDocument/codeLens', td),
      c.request('textDocument/codeAction', { ...td, range: { start: pos, end: pos }, context: { diagnostics: [] } }),
      c.request('textDocument/formatting', { ...td, options: { tabSize: 2, insertSpaces: true } }),
    ]);
    expect((await c.request<{ parses: number }>('fengong/cacheStats', {})).parses - before).toBe(1);
  });

  it('rename refuses a name with list punctuation', async () => {
    const u = lineOf(lines003, '区科经、商务局');
    const edit = await c.request<WorkspaceEdit | null>('textDocument/rename', {
      textDocument: { uri: seedUri(S003) },
      position: { line: u.line, character: u.character + 1 },
      newName: '区科经局、区商务局',
    });
    expect(edit).toBeNull();
  });

  it('logged no errors while doing all this', () => {
    const errors = c.notifications.filter((n) => n.method === 'window/logMessage' && (n.params as { type: number }).type === 1);
    expect(errors.map((e) => (e.params as { message: string }).message)).toEqual([]);
    expect(c.stderr).toBe('');
  });

  it('a status notification per validation (task and error counts)', async () => {
    const st = c.notifications.filter((n) => n.method === 'fengong/status').map((n) => n.params as { uri: string; tasks: number });
    expect(st.find((s) => s.uri === seedUri(S003))?.tasks).toBe(139);
  });
});

describe('validation scheduling', () => {
  it('coalesces a burst of changes to the latest version', async () => {
    const c = client();
    await c.initialize({ initializationOptions: { debounceMs: 300 } });
    const uri = fileUri(path.join(tmpdir(), 'fengong-proto', 'burst.fengong'));
    const text = seedText(S003);
    await c.open(uri, text);
    const before = c.published.length;
    for (let v = 2; v <= 101; v++) {
      void c.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: v % 2 ? 'x' : '' }],
      });
    }
    const last = await c.waitForDiagnostics((p) => p.uri === uri && p.version === 101);
    expect(last.version).toBe(101);
    // One publish for the burst (a loaded machine may split it once or twice, never per change).
    const after = c.published.slice(before).filter((p) => p.uri === uri);
    expect(after.length).toBeLessThanOrEqual(3);
    expect(after.at(-1)!.version).toBe(101);
  });

  it('an opened document is validated at once, whatever the debounce', async () => {
    const c = client();
    await c.initialize({ initializationOptions: { debounceMs: 5000 } });
    const uri = fileUri(path.join(tmpdir(), 'fengong-proto', 'open-now.fengong'));
    const t0 = Date.now();
    await c.open(uri, seedText(S003));
    expect(Date.now() - t0).toBeLessThan(4000);
  });

  it('with debounce 0 the final publish is still the latest version', async () => {
    const c = client();
    await c.initialize({ initializationOptions: { debounceMs: 0 } });
    const uri = fileUri(path.join(tmpdir(), 'fengong-proto', 'burst0.fengong'));
    await c.open(uri, seedText(S003));
    for (let v = 2; v <= 200; v++) {
      void c.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: ' ' }],
      });
    }
    const last = await c.waitForDiagnostics((p) => p.uri === uri && p.version === 200);
    const versions = c.published.filter((p) => p.uri === uri).map((p) => p.version!);
    expect(versions.length).toBeLessThan(200);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions); // never a stale version after a newer one
    expect(last.version).toBe(200);
  });

  it('pull diagnostics when the client supports them', async () => {
    const c = client();
    const init = await c.initialize({
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: {} },
      initializationOptions: { debounceMs: 0 },
    });
    expect(init.capabilities.diagnosticProvider).toBeDefined();
    const uri = seedUri(S003);
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'fengong', version: 1, text: seedText(S003) } });
    const report = await c.request<{ kind: string; items: { code: string; source: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
    expect(report.kind).toBe('full');
    expect(report.items.every((d) => d.source === 'fengong')).toBe(true);
    expect(c.published.filter((p) => p.uri === uri)).toEqual([]);
    const again = await c.request<{ kind: string; resultId: string }>('textDocument/diagnostic', {
      textDocument: { uri },
      previousResultId: (report as unknown as { resultId: string }).resultId,
    });
    expect(again.kind).toBe('unchanged');
  });
});

describe('settings', () => {
  it('a rule severity from the editor settings applies live (workspace/configuration + didChangeConfiguration)', async () => {
    const c = client();
    c.settings = { rules: { 'numbering-gap': 'error' }, debounceMs: 0 };
    await c.initialize({
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: {} },
      initializationOptions: { debounceMs: 0 },
    });
    const uri = fileUri(path.join(tmpdir(), 'fengong-proto', 'settings.fengong'));
    const text = ['2023年重点工作分工方案', '1.修路。(牵头单位:区交通局;责任单位:区财政局)', '3.建桥。(牵头单位:区交通局;责任单位:区财政局)', ''].join('\n');
    const gapSeverity = (p: { diagnostics: { code?: unknown; severity?: number }[] }) => p.diagnostics.find((d) => d.code === 'numbering-gap')?.severity;
    // Settings are fetched after `initialized`; the first publish may predate them, so wait for the right one.
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'fengong', version: 1, text } });
    await c.waitForDiagnostics((p) => p.uri === uri && gapSeverity(p) === 1);
    c.settings = { rules: { 'numbering-gap': 'hint' }, debounceMs: 0 };
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await c.waitForDiagnostics((p) => p.uri === uri && gapSeverity(p) === 4, 15_000, false);
    c.settings = { rules: { 'numbering-gap': 'off' }, debounceMs: 0 };
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await c.waitForDiagnostics((p) => p.uri === uri && gapSeverity(p) === undefined, 15_000, false);
    // Removing the setting (VS Code then answers with the default, an empty object) restores the rule's default.
    c.settings = { rules: {}, debounceMs: 0 };
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await c.waitForDiagnostics((p) => p.uri === uri && gapSeverity(p) !== undefined, 15_000, false);
  });
});

describe('workspace', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'fengong-ws-'));
    writeFileSync(path.join(dir, 'plan.txt'), seedText(S003));
    writeFileSync(path.join(dir, 'sample.fengong'), '2023年重点工作分工方案\n1.修路。(牵头单位:区交通局)\n3.建桥。(牵头单位:区交通局)\n');
    writeFileSync(path.join(dir, 'README.md'), '# notes\n\nnothing to see\n');
    mkdirSync(path.join(dir, '.fengong'));
    writeFileSync(path.join(dir, '.fengong', 'config.json'), '{ "rules": { "no-such-rule": "error" }, "planYear": "soon" }');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('validates the drafts of open folders (with progress), not other files', async () => {
    const c = client();
    await c.initialize({ workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }], initializationOptions: { debounceMs: 0 } });
    await c.waitForDiagnostics((p) => p.uri === fileUri(path.join(dir, 'plan.txt')));
    await c.waitForDiagnostics((p) => p.uri === fileUri(path.join(dir, 'sample.fengong')));
    const progress = c.notifications.filter((n) => n.method === '$/progress');
    await expect
      .poll(() => c.notifications.filter((n) => n.method === '$/progress').some((n) => (n.params as { value: { kind: string } }).value.kind === 'end'), { timeout: 10_000 })
      .toBe(true);
    expect(progress.length).toBeGreaterThan(0);
    expect(c.published.some((p) => p.uri === fileUri(path.join(dir, 'README.md')))).toBe(false);
    const syms = await c.request<SymbolInformation[]>('workspace/symbol', { query: '建桥' });
    expect(syms.map((s) => s.location.uri)).toContain(fileUri(path.join(dir, 'sample.fengong')));
    // References reach drafts that are not open (read from disk on demand).
    const other = fileUri(path.join(tmpdir(), 'fengong-proto', 'refs.fengong'));
    await c.open(other, '2023年重点工作分工方案\n1.修桥。(牵头单位:区交通局)\n');
    const refs = await c.request<Location[]>('textDocument/references', {
      textDocument: { uri: other },
      position: { line: 1, character: 12 },
      context: { includeDeclaration: true },
    });
    expect(refs.filter((r) => r.uri === fileUri(path.join(dir, 'sample.fengong'))).length).toBe(2);
  });

  it('drops what lints keep cached (task texts) after a workspace scan and when a document closes', async () => {
    const c = client();
    await c.initialize({ workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }], initializationOptions: { debounceMs: 0 } });
    const entries = async () => (await c.request<{ lintCacheEntries: number }>('fengong/cacheStats', {})).lintCacheEntries;
    await expect
      .poll(() => c.notifications.some((n) => n.method === '$/progress' && (n.params as { value: { kind: string } }).value.kind === 'end'), { timeout: 10_000 })
      .toBe(true);
    await expect.poll(entries, { timeout: 10_000 }).toBe(0);
    const uri = fileUri(path.join(dir, 'sample.fengong'));
    await c.open(uri, readFileSync(path.join(dir, 'sample.fengong'), 'utf8'));
    expect(await entries()).toBeGreaterThan(0);
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    // The closed file is re-read from disk (it is a workspace draft), then the caches are dropped.
    await expect.poll(entries, { timeout: 10_000 }).toBe(0);
  });

  it('asks to watch configuration files when the client can register watchers, and reacts to their changes', async () => {
    const c = client();
    const registrations: unknown[] = [];
    c.conn.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
      registrations.push(...p.registrations.map((r) => r.method));
      return null;
    });
    await c.initialize({
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true }, textDocument: {} },
      workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }],
      initializationOptions: { debounceMs: 0 },
    });
    const cfgUri = fileUri(path.join(dir, '.fengong', 'config.json'));
    await c.waitForDiagnostics((p) => p.uri === cfgUri && p.diagnostics.length > 0);
    expect(registrations).toContain('workspace/didChangeWatchedFiles');
    const original = readFileSync(path.join(dir, '.fengong', 'config.json'), 'utf8');
    try {
      writeFileSync(path.join(dir, '.fengong', 'config.json'), '{ "rules": { "numbering-gap": "off" } }');
      await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: cfgUri, type: 2 }] });
      await c.waitForDiagnostics((p) => p.uri === cfgUri && p.diagnostics.length === 0, 15_000, false);
    } finally {
      writeFileSync(path.join(dir, '.fengong', 'config.json'), original);
    }
  });

  it('an invalid configuration file gets a clear diagnostic; validation goes on', async () => {
    const c = client();
    await c.initialize({ workspaceFolders: [{ uri: fileUri(dir), name: 'ws' }], initializationOptions: { debounceMs: 0 } });
    const cfg = await c.waitForDiagnostics((p) => p.uri === fileUri(path.join(dir, '.fengong', 'config.json')) && p.diagnostics.length > 0);
    expect(cfg.diagnostics.map((d) => d.message).join('\n')).toMatch(/no-such-rule/);
    expect(cfg.diagnostics.every((d) => d.source === 'fengong')).toBe(true);
    const pub = await c.open(fileUri(path.join(dir, 'sample.fengong')), readFileSync(path.join(dir, 'sample.fengong'), 'utf8'));
    expect(pub.diagnostics.length).toBeGreaterThan(0);
  });
});

describe('lifecycle', () => {
  it('exits when its client goes away (stdin closes)', async () => {
    const c = client();
    await c.initialize();
    c.proc.stdin.end();
    const code = await Promise.race([c.exit, new Promise((r) => setTimeout(() => r('timeout'), 10_000))]);
    expect(code).not.toBe('timeout');
  });

  it('shutdown then exit ends the process with code 0', async () => {
    const c = client();
    await c.initialize();
    await c.request('shutdown', null);
    await c.conn.sendNotification('exit');
    expect(await c.exit).toBe(0);
  });
});
