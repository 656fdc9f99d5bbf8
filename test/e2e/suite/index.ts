// The in-extension-host e2e suite. Loaded as `extensionTestsPath` by code-server (test/e2e/driver/in-host.mjs) and
// by @vscode/test-electron (test/e2e/electron/runTest.ts); both call run() and turn its outcome into an exit code.
// The workspace is a temporary copy of test/e2e/fixtures/ws; the tests add seed copies to it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { gate, preview, runAll, test, waitFor } from './harness';
import { zip } from '../../helpers/zip';
import {
  CliDiagnostic,
  SEED_003,
  SEVERITY_NAMES,
  cliCheck,
  cliCheckText,
  cliKeys,
  cliParse,
  closeAllEditors,
  codeOf,
  current,
  extension,
  fengongDiagnostics,
  flattenSymbols,
  hoverText,
  lineOf,
  lines,
  openAndWait,
  seedText,
  taskLine,
  vsKeys,
  writeWsFile,
  wsFile,
} from './util';

const COMMANDS = ['fengong.renumber', 'fengong.createRegistry', 'fengong.exportLedger', 'fengong.showStatistics', 'fengong.openWordDocument'];

// ---- shared state: seed 003 as written, its CLI diagnostics, its task lines --------------------------------------
let seed003Path = '';
let seed003: string;
let cli003: CliDiagnostic[] = [];

function seed003Setup(): void {
  if (seed003Path) return;
  seed003 = seedText(SEED_003);
  seed003Path = writeWsFile('seed003.txt', seed003);
  cli003 = cliCheck(seed003Path);
}

/** 0-based lines of the known genuine defects of seed 003 (DOMAIN.md). */
function seed003Defects(): { missingLead: number[]; fieldSeparator: number } {
  const part3 = lineOf(seed003, '三、全力建设人民满意政府');
  return {
    missingLead: [1, 3, 4].map((n) => taskLine(seed003, n, part3)),
    fieldSeparator: taskLine(seed003, 71),
  };
}

// ---- activation ---------------------------------------------------------------------------------------------------

gate('activates on a .txt notice draft and serves it', async () => {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(wsFile('draft.txt')));
  await vscode.window.showTextDocument(doc, { preview: false });
  const ext = extension();
  await waitFor(
    "the extension to activate on draft.txt (activate() failed or never ran: does dist/server.js start? see the 'Fengong' output channel)",
    () => ext.isActive,
    (a) => a,
    30_000,
  );
  // The server must treat the draft as a plan: its outline lists the 4 tasks.
  const syms = await waitFor(
    'document symbols for draft.txt from the language server (is dist/server.js running?)',
    async () => flattenSymbols((await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri)) ?? []),
    (s) => s.length > 0,
    30_000,
  );
  // The extension switches a .txt that looks like a notice to the fengong language.
  await waitFor('draft.txt to be switched to the fengong language', () => current(doc.uri).languageId, (l) => l === 'fengong', 20_000);
  const text = doc.getText();
  const taskLines = [1, 2, 3, 4].map((n) => taskLine(text, n));
  const found = taskLines.filter((l) => syms.some((s) => s.line === l));
  assert.deepStrictEqual(found, taskLines, `outline of draft.txt (language ${doc.languageId}) lacks tasks: ${preview(syms)}`);
  console.log(`       draft.txt: language ${current(doc.uri).languageId}, ${syms.length} symbols, ${fengongDiagnostics(doc.uri).length} diagnostics`);
});

test('activates on a .fengong file (language fengong) and reports its numbering gap', async () => {
  const file = wsFile('sample.fengong');
  const { doc, diags } = await openAndWait(file, (d) => d.some((x) => codeOf(x) === 'numbering-gap'), 'numbering-gap on sample.fengong');
  assert.strictEqual(doc.languageId, 'fengong');
  assert.ok(extension().isActive);
  const gapLine = taskLine(doc.getText(), 5);
  assert.ok(
    diags.some((d) => codeOf(d) === 'numbering-gap' && d.range.start.line === gapLine),
    `numbering-gap expected on line ${gapLine}: ${preview(vsKeys(diags))}`,
  );
});

test('a .md notice draft is switched to the fengong language and served', async () => {
  const uri = vscode.Uri.file(wsFile('draft.md'));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  await waitFor('draft.md to be switched from markdown to fengong', () => current(uri).languageId, (l) => l === 'fengong');
  const text = current(uri).getText();
  const taskLines = [1, 2, 3, 4].map((n) => taskLine(text, n));
  await waitFor(
    'the outline of draft.md to list its 4 tasks',
    async () => flattenSymbols((await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri)) ?? []).map((s) => s.line),
    (ls) => taskLines.every((l) => ls.includes(l)),
  );
  await closeAllEditors();
});

// ---- diagnostics equal the CLI's ------------------------------------------------------------------------------------

test('seed 003: diagnostics in VS Code equal the CLI (rule + range)', async () => {
  seed003Setup();
  const expected = cliKeys(cli003);
  const { diags } = await openAndWait(
    seed003Path,
    (d) => JSON.stringify(vsKeys(d)) === JSON.stringify(expected),
    `VS Code diagnostics of seed003.txt to equal the CLI's ${expected.length} (${preview(expected, 600)})`,
  );
  // The known genuine defects are among them.
  const defects = seed003Defects();
  for (const line of defects.missingLead) {
    assert.ok(diags.some((d) => codeOf(d) === 'missing-lead' && d.range.start.line === line), `missing-lead expected on line ${line}`);
  }
  assert.ok(
    diags.some((d) => codeOf(d) === 'field-separator' && d.range.start.line === defects.fieldSeparator),
    `field-separator expected on line ${defects.fieldSeparator} (task 71)`,
  );
  // Severities agree too (with default settings).
  const sev = (xs: { key: string; sev: string }[]) => xs.map((x) => `${x.key}=${x.sev}`).sort();
  assert.deepStrictEqual(
    sev(diags.map((d) => ({ key: vsKeys([d])[0], sev: SEVERITY_NAMES[d.severity] }))),
    sev(cli003.map((d) => ({ key: cliKeys([d])[0], sev: d.severity }))),
  );
  console.log(`       ${expected.length} diagnostics agree: ${preview([...new Set(cli003.map((d) => d.rule))])}`);
});

test('seeds 000 and 001: outline = the parser\'s tasks, diagnostics = the CLI\'s', async () => {
  for (const seed of ['000_bb9545a5710306fa.txt', '001_f25d7ef47833415f.txt']) {
    const file = writeWsFile(`seed-${seed}`, seedText(seed));
    const uri = vscode.Uri.file(file);
    const parsed = cliParse(file);
    const taskLines = new Set(parsed.tasks.map((t) => t.line));
    assert.ok(taskLines.size > 100, `the CLI parses only ${taskLines.size} tasks in ${seed}`);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    await waitFor(`${seed} to switch to the fengong language`, () => current(uri).languageId, (l) => l === 'fengong');
    await waitFor(
      `the outline of ${seed} to list the ${taskLines.size} tasks the CLI parses`,
      async () => {
        const syms = flattenSymbols((await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri)) ?? []);
        return new Set(syms.filter((x) => taskLines.has(x.line)).map((x) => x.line)).size;
      },
      (n) => n === taskLines.size,
    );
    await expectKeys(uri, cliKeys(cliCheck(file)), `of ${seed}`);
    console.log(`       ${seed}: ${taskLines.size} tasks, ${cliCheck(file).length} diagnostics`);
  }
  await closeAllEditors();
});

test('prose reports (seeds 002, 004) stay plain text and get no diagnostics', async () => {
  const uris = ['002_21ef4edaad49e63b.txt', '004_c4f1182ef43108cd.txt'].map((seed) => vscode.Uri.file(writeWsFile(`prose-${seed}`, seedText(seed))));
  for (const uri of uris) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  // Barrier: a real draft opened after them is switched; by then the reports would have been too.
  const barrier = vscode.Uri.file(writeWsFile('barrier.txt', fs.readFileSync(wsFile('draft.txt'), 'utf8')));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(barrier), { preview: false });
  await waitFor('barrier.txt (a draft) to switch to the fengong language', () => current(barrier).languageId, (l) => l === 'fengong');
  await waitFor('the outline of barrier.txt', async () => flattenSymbols((await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', barrier)) ?? []).length, (n) => n > 0);
  for (const uri of uris) {
    assert.strictEqual(current(uri).languageId, 'plaintext', `${uri.fsPath} was switched to ${current(uri).languageId}`);
    assert.deepStrictEqual(vsKeys(fengongDiagnostics(uri)), [], `diagnostics on the prose report ${uri.fsPath}`);
  }
  await closeAllEditors();
});

test('a workspace draft validated while closed: after opening, an edit updates its diagnostics (no stale copy)', async () => {
  seed003Setup();
  const file = writeWsFile('reopen.txt', seed003);
  const uri = vscode.Uri.file(file);
  const expected = cliKeys(cliCheck(file));
  await waitFor(
    'diagnostics of the closed file reopen.txt from the workspace validation to equal the CLI',
    () => vsKeys(fengongDiagnostics(uri)),
    (k) => sameKeys(k, expected),
  );
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  await waitFor('reopen.txt to switch to the fengong language', () => current(uri).languageId, (l) => l === 'fengong');
  // Repair task 71's separator by an edit: its field-separator must go, in every diagnostic collection.
  const line = taskLine(seed003, 71);
  const text = current(uri).lineAt(line).text;
  const at = text.indexOf(',责任单位');
  assert.ok(at > 0, 'task 71 has no ",责任单位"');
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(line, at, line, at + 1), ';');
  assert.ok(await vscode.workspace.applyEdit(edit));
  const expectedAfter = cliKeys(cliCheckText(current(uri).getText(), 'reopen.txt'));
  assert.ok(!expectedAfter.some((k) => k.startsWith('field-separator')), 'the CLI still reports field-separator after the edit');
  await expectKeys(uri, expectedAfter, 'of reopen.txt after the edit');
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('a workspace draft keeps its on-disk diagnostics when its editor is closed', async () => {
  seed003Setup();
  const file = writeWsFile('closed.txt', seed003);
  const uri = vscode.Uri.file(file);
  const expected = cliKeys(cliCheck(file));
  // Open it as a user does (vscode.open, not workspace.openTextDocument: a document an extension opened stays
  // open in the extension host for up to 3 minutes after its editor closes).
  await vscode.commands.executeCommand('vscode.open', uri);
  await waitFor('closed.txt to switch to the fengong language', () => current(uri).languageId, (l) => l === 'fengong');
  await waitFor('diagnostics of the open closed.txt', () => vsKeys(fengongDiagnostics(uri)), (k) => k.length > 0);
  await closeAllEditors();
  await waitFor(
    'closed.txt to be closed in the extension host',
    () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()),
    (open) => !open,
  );
  await expectKeys(uri, expected, 'of closed.txt after closing its editor (fengong.validateWorkspace is on)');
});

/** Waits until the fengong diagnostics of `uri` are exactly `expected`; explains duplicates and differences. */
async function expectKeys(uri: vscode.Uri, expected: string[], when: string, timeoutMs = 15_000): Promise<void> {
  try {
    await waitFor(`diagnostics ${when}`, () => vsKeys(fengongDiagnostics(uri)), (k) => sameKeys(k, expected), timeoutMs);
  } catch {
    const got = vsKeys(fengongDiagnostics(uri));
    const dup = got.filter((k, i) => got.indexOf(k) !== i);
    const missing = expected.filter((k) => !got.includes(k));
    const extra = [...new Set(got)].filter((k) => !expected.includes(k));
    assert.fail(
      `diagnostics ${when} differ from the CLI after ${timeoutMs} ms: ` +
        (dup.length ? `${dup.length} DUPLICATED (the same diagnostic twice: stale pushed diagnostics of the file on disk next to the open document's pulled ones?) ${preview(dup, 300)}; ` : '') +
        `missing ${preview(missing, 300)}; extra ${preview(extra, 300)}; expected ${expected.length}, got ${got.length}`,
    );
  }
}

function sameKeys(a: string[], b: string[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// ---- quick fixes --------------------------------------------------------------------------------------------------

async function applyQuickFix(doc: vscode.TextDocument, diag: vscode.Diagnostic): Promise<string> {
  const actions =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      diag.range,
      vscode.CodeActionKind.QuickFix.value,
    )) ?? [];
  const codeActions = actions.filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
  const forThis = codeActions.filter((a) => (a.diagnostics ?? []).some((d) => codeOf(d) === codeOf(diag) && d.range.isEqual(diag.range)));
  const fixes = forThis.length > 0 ? forThis : codeActions.filter((a) => (a.diagnostics ?? []).length === 0);
  assert.ok(fixes.length > 0, `no quick fix offered for ${codeOf(diag)} at ${diag.range.start.line}: ${preview(actions.map((a) => a.title))}`);
  const fix = fixes.find((f) => f.isPreferred) ?? fixes[0];
  if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), `applyEdit of "${fix.title}" failed`);
  if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
  return fix.title;
}

test('damaged copy: a deleted lead field gives missing-lead and its quick fix repairs it', async () => {
  seed003Setup();
  const ls = lines(seed003);
  const line = taskLine(seed003, 2);
  const original = ls[line];
  const damaged = original.replace(/牵头单位[:：][^;；,，)）]*[;；]/, '');
  assert.notStrictEqual(damaged, original, 'could not remove the lead field of task 2');
  ls[line] = damaged;
  const file = writeWsFile('seed003-damaged.txt', ls.join('\n'));
  const { doc, diags } = await openAndWait(
    file,
    (d) => d.some((x) => codeOf(x) === 'missing-lead' && x.range.start.line === line),
    `missing-lead on line ${line} of the damaged copy`,
  );
  const diag = diags.find((x) => codeOf(x) === 'missing-lead' && x.range.start.line === line)!;
  const title = await applyQuickFix(doc, diag);
  await waitFor(
    `missing-lead on line ${line} to disappear after quick fix "${title}"`,
    () => fengongDiagnostics(doc.uri).filter((d) => d.range.start.line === line).map((d) => `${codeOf(d)} ${d.message}`),
    (ds) => !ds.some((d) => d.startsWith('missing-lead')),
  );
  const fixed = current(doc.uri).lineAt(line).text;
  assert.match(fixed, /牵头单位[:：]\s*\S/, `the repaired line has no lead unit: ${fixed}`);
  console.log(`       fix "${title}": ${fixed.slice(fixed.lastIndexOf('('))}`);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('seed 003 task 71: the field-separator quick fix replaces the comma', async () => {
  seed003Setup();
  const file = writeWsFile('seed003-sep.txt', seed003);
  const line = taskLine(seed003, 71);
  const { doc, diags } = await openAndWait(
    file,
    (d) => d.some((x) => codeOf(x) === 'field-separator' && x.range.start.line === line),
    `field-separator on line ${line}`,
  );
  const diag = diags.find((x) => codeOf(x) === 'field-separator' && x.range.start.line === line)!;
  const title = await applyQuickFix(doc, diag);
  await waitFor(
    `field-separator on line ${line} to disappear after "${title}"`,
    () => fengongDiagnostics(doc.uri).map((d) => `${codeOf(d)}@${d.range.start.line}`),
    (ks) => !ks.includes(`field-separator@${line}`),
  );
  assert.match(current(doc.uri).lineAt(line).text, /区农业农村局[;；]责任单位/);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

// ---- language features ----------------------------------------------------------------------------------------------

test('outline of seed 003 lists every task the parser finds (139)', async () => {
  seed003Setup();
  const parsed = cliParse(seed003Path);
  const taskLines = new Set(parsed.tasks.map((t) => t.line));
  assert.strictEqual(parsed.tasks.length, 139, `the CLI parses ${parsed.tasks.length} tasks (135 + 4 expected)`);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(seed003Path));
  const syms = await waitFor(
    'document symbols of seed003.txt',
    async () => flattenSymbols((await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri)) ?? []),
    (s) => s.length > 0,
  );
  const onTasks = new Set(syms.filter((s) => taskLines.has(s.line)).map((s) => s.line));
  const missing = [...taskLines].filter((l) => !onTasks.has(l));
  assert.deepStrictEqual(missing, [], `tasks missing from the outline (lines): ${preview(missing)}`);
  assert.strictEqual(onTasks.size, 139);
  console.log(`       ${syms.length} symbols, ${onTasks.size} of them tasks`);
});

test('hover answers on a task', async () => {
  seed003Setup();
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(seed003Path));
  const line = taskLine(seed003, 1);
  const text = doc.lineAt(line).text;
  const candidates = [
    new vscode.Position(line, 0), // the task number
    new vscode.Position(line, text.indexOf('区发改局') + 1), // the lead unit
    new vscode.Position(line, text.indexOf('牵头单位') + 1), // the field label
  ];
  const answers: string[] = [];
  for (const pos of candidates) {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    answers.push(hoverText(hovers));
  }
  assert.ok(answers.some((a) => a.length > 0), `no hover at the task number, the lead unit or the label of task 1: ${preview(answers)}`);
  console.log(`       hover: ${preview(answers.find((a) => a.length > 0)!.replace(/\s+/g, ' '), 160)}`);
});

test('completion answers in a unit field', async () => {
  seed003Setup();
  const file = writeWsFile('completion.txt', seed003);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(doc, { preview: false });
  const line = taskLine(seed003, 1);
  const text = doc.lineAt(line).text;
  const pos = new vscode.Position(line, text.indexOf('牵头单位') + '牵头单位:'.length);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
  const items = (list?.items ?? []).filter((i) => i.kind !== vscode.CompletionItemKind.Snippet);
  const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
  assert.ok(items.length > 0, `no completion items after "牵头单位:" (only snippets or nothing): ${preview((list?.items ?? []).map(label))}`);
  console.log(`       ${items.length} items, e.g. ${preview(items.slice(0, 5).map(label))}`);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('rename of a unit answers with edits at every use', async () => {
  seed003Setup();
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(seed003Path));
  const line = taskLine(seed003, 1);
  const text = doc.lineAt(line).text;
  const pos = new vscode.Position(line, text.indexOf('区发改局') + 1);
  const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
    'vscode.executeDocumentRenameProvider',
    doc.uri,
    pos,
    '区发展和改革局',
  );
  assert.ok(edit, 'rename returned nothing');
  const edits = edit.entries().flatMap(([, es]) => es);
  assert.ok(edits.length > 1, `rename of 区发改局 produced ${edits.length} edits`);
  for (const e of edits) assert.ok(e.newText.includes('发展和改革') || e.newText.includes('区发展'), `odd rename edit: ${preview(e)}`);
  console.log(`       ${edits.length} edits`);
});

// ---- commands ---------------------------------------------------------------------------------------------------

test('commands are registered', async () => {
  const all = await vscode.commands.getCommands(true);
  const missing = COMMANDS.filter((c) => !all.includes(c));
  assert.deepStrictEqual(missing, [], 'commands not registered');
});

test('fengong.renumber repairs the numbering of sample.fengong', async () => {
  const file = writeWsFile('renumber.fengong', fs.readFileSync(wsFile('sample.fengong'), 'utf8'));
  const { doc } = await openAndWait(file, (d) => d.some((x) => codeOf(x) === 'numbering-gap'), 'numbering-gap on renumber.fengong');
  const applied = await vscode.commands.executeCommand('fengong.renumber');
  await waitFor(
    `task numbers 1..5 after fengong.renumber (it returned ${applied})`,
    () => lines(current(doc.uri).getText()).map((l) => /^\s*(\d+)[.．、]/.exec(l)?.[1]).filter(Boolean).join(','),
    (s) => s === '1,2,3,4,5',
  );
  await waitFor('numbering-gap to disappear', () => fengongDiagnostics(doc.uri).map(codeOf), (c) => !c.includes('numbering-gap'));
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

/** Runs a command with the seed open; a command that waits for user input fails here instead of hanging the run. */
async function runOnSeed<T>(cmd: string): Promise<T> {
  seed003Setup();
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(seed003Path));
  await vscode.window.showTextDocument(doc, { preview: false });
  await waitFor('seed003.txt to be in the fengong language', () => current(doc.uri).languageId, (l) => l === 'fengong');
  await vscode.window.showTextDocument(current(doc.uri), { preview: false });
  let settled = false;
  const p = Promise.resolve(vscode.commands.executeCommand<T>(cmd)).finally(() => (settled = true));
  await waitFor(`${cmd} to finish (a command waiting for user input would hang here)`, () => settled, (x) => x, 20_000);
  return p;
}

test('fengong.showStatistics opens the statistics of seed 003', async () => {
  const stats = await runOnSeed<{ tasks?: number } | undefined>('fengong.showStatistics');
  assert.ok(stats, 'fengong.showStatistics returned nothing (no statistics for seed003.txt)');
  assert.strictEqual(stats.tasks, 139, `statistics: ${preview(stats, 400)}`);
  const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
  const isStats = (t: vscode.Tab) => t.input instanceof vscode.TabInputWebview || /统计|statistic/i.test(t.label);
  await waitFor('a statistics (webview) tab', () => tabs().map((t) => `${t.label} (${t.input?.constructor?.name})`), () => tabs().some(isStats), 10_000);
  const tab = tabs().find(isStats)!;
  console.log(`       tab "${tab.label}", webview: ${tab.input instanceof vscode.TabInputWebview}`);
  await closeAllEditors();
});

test('the statistics agree with the diagnostics on a damaged copy (a task without its lead field)', async () => {
  seed003Setup();
  const ls = lines(seed003);
  const line = taskLine(seed003, 2);
  ls[line] = ls[line].replace(/牵头单位[:：][^;；,，)）]*[;；]/, '');
  const file = writeWsFile('stats-damaged.txt', ls.join('\n'));
  const uri = vscode.Uri.file(file);
  const { diags } = await openAndWait(file, (d) => d.some((x) => codeOf(x) === 'missing-lead' && x.range.start.line === line), 'missing-lead on task 2');
  await waitFor('stats-damaged.txt in the fengong language', () => current(uri).languageId, (l) => l === 'fengong');
  await vscode.window.showTextDocument(current(uri), { preview: false });
  const stats = await vscode.commands.executeCommand<{ tasks: number; missing: Record<string, number>; diagnostics: Record<string, number> }>(
    'fengong.showStatistics',
  );
  assert.ok(stats, 'no statistics');
  const missingLead = fengongDiagnostics(uri).filter((d) => codeOf(d) === 'missing-lead').length;
  assert.strictEqual(
    stats.missing.leadUnits ?? 0,
    missingLead,
    `the statistics view counts ${stats.missing.leadUnits ?? 0} tasks without a lead unit, the diagnostics report ${missingLead} missing-lead ` +
      `(${preview(diags.filter((d) => codeOf(d) === 'missing-lead').map((d) => d.range.start.line + 1))}; task 2 sits in a group with 总牵头单位)`,
  );
  await closeAllEditors();
});

test('fengong.exportLedger writes the ledger of seed 003', async () => {
  const target = await runOnSeed<vscode.Uri | undefined>('fengong.exportLedger');
  assert.ok(target instanceof vscode.Uri, `fengong.exportLedger returned ${preview(target)}`);
  const content = fs.readFileSync(target.fsPath, 'utf8');
  const rows = lines(content.trim());
  assert.ok(rows.length >= 140, `ledger ${target.fsPath} has ${rows.length} lines (header + 139 tasks expected)`);
  assert.ok(content.includes('区发改局') && content.includes('区农业农村局'), 'ledger lacks the lead units');
  console.log(`       ${vscode.workspace.asRelativePath(target)}: ${rows.length} lines; ${preview(rows[0], 120)}`);
  await closeAllEditors();
});

test('fengong.openWordDocument opens a .docx as an untitled draft, checked live', async () => {
  // A Word draft with Word's own list numbers: task 2 has no 完成时限.
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const para = (t: string, numId = 0) =>
    `<w:p>${numId ? `<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>` : ''}<w:r><w:t>${t}</w:t></w:r></w:p>`;
  const body = [
    para('某区2024年重点工作任务分工方案'),
    para('稳住经济大盘', 1),
    para('地区生产总值增长6%左右。', 2),
    para('牵头单位：区发改局'),
    para('完成时限：2024年12月底'),
    para('新增城镇就业3000人。', 2),
    para('牵头单位：区人社局'),
    para('新建幼儿园2所。', 2),
    para('牵头单位：区教育局'),
    para('完成时限：2024年9月底'),
    para('改造老旧小区10个。', 2),
    para('牵头单位：区住建局'),
    para('完成时限：2024年10月底'),
  ].join('');
  const numbering = `<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
  const file = wsFile('方案.docx');
  fs.writeFileSync(file, zip({ 'word/document.xml': `<w:document ${W}><w:body>${body}</w:body></w:document>`, 'word/numbering.xml': numbering }, true));
  const uri = await vscode.commands.executeCommand<vscode.Uri>('fengong.openWordDocument', vscode.Uri.file(file));
  assert.ok(uri instanceof vscode.Uri && uri.scheme === 'untitled', `fengong.openWordDocument returned ${preview(uri)}`);
  const doc = current(uri);
  assert.strictEqual(doc.languageId, 'fengong');
  assert.strictEqual(lines(doc.getText())[1], '一、稳住经济大盘', `the Word numbers are written out: ${preview(doc.getText(), 200)}`);
  const line = lines(doc.getText()).indexOf('2.新增城镇就业3000人。');
  const diags = await waitFor('missing-deadline on task 2 of the Word draft', () => fengongDiagnostics(uri), (d) => d.some((x) => codeOf(x) === 'missing-deadline'), 30_000);
  assert.deepStrictEqual(
    diags.map((d) => `${codeOf(d)}@${d.range.start.line}`),
    [`missing-deadline@${line}`],
    `diagnostics on the Word draft: ${preview(vsKeys(diags))}`,
  );
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

// ---- settings change severities live --------------------------------------------------------------------------------

test('settings change a rule severity live', async () => {
  seed003Setup();
  const cfgProps = configurationProperties();
  const key = Object.keys(cfgProps).find((k) => /^fengong\.(rules|severity|severities|ruleSeverity)$/i.test(k));
  assert.ok(key, `no rule-severity setting found in contributes.configuration: ${preview(Object.keys(cfgProps))}`);
  const section = key.slice('fengong.'.length);
  const config = () => vscode.workspace.getConfiguration('fengong');
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(seed003Path));
  await vscode.window.showTextDocument(doc, { preview: false });
  const line = taskLine(seed003, 71);
  const sevAt = () =>
    fengongDiagnostics(doc.uri)
      .filter((d) => codeOf(d) === 'field-separator' && d.range.start.line === line)
      .map((d) => SEVERITY_NAMES[d.severity]);
  const initial = await waitFor('field-separator on task 71', sevAt, (s) => s.length === 1);
  const target = initial[0] === 'error' ? 'hint' : 'error';
  try {
    await config().update(section, { 'field-separator': target }, vscode.ConfigurationTarget.Workspace);
    await waitFor(`field-separator severity to become ${target}`, sevAt, (s) => s.length === 1 && s[0] === target);
    await config().update(section, { 'field-separator': 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitFor('field-separator to disappear when off', sevAt, (s) => s.length === 0);
    await config().update(section, undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor(`field-separator back to its default ${initial[0]} once the setting is removed`, sevAt, (s) => s.length === 1 && s[0] === initial[0]);
  } catch (err) {
    // Leave the server as the later tests expect it (the default level, set explicitly), then report.
    await config().update(section, { 'field-separator': initial[0] }, vscode.ConfigurationTarget.Workspace);
    await waitFor('field-separator restored explicitly', sevAt, (s) => s.length === 1 && s[0] === initial[0]).catch(() => undefined);
    throw err;
  }
});

function configurationProperties(): Record<string, unknown> {
  const c = (extension().packageJSON as { contributes?: { configuration?: unknown } }).contributes?.configuration;
  const list = Array.isArray(c) ? c : c ? [c] : [];
  return Object.assign({}, ...list.map((x: { properties?: Record<string, unknown> }) => x.properties ?? {}));
}

test('the configuration file is validated against its JSON schema', async () => {
  const file = writeWsFile('schema-check/.fengongrc.json', '{\n  "locale": "fr",\n  "planYear": 1800\n}\n');
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(doc, { preview: false });
  const diags = await waitFor(
    'JSON schema diagnostics on "locale": "fr" and "planYear": 1800',
    () => vscode.languages.getDiagnostics(doc.uri),
    (d) => d.some((x) => x.range.start.line === 1) && d.some((x) => x.range.start.line === 2),
    30_000,
  );
  console.log(`       ${diags.length} diagnostics: ${preview(diags.map((d) => `${d.source}@${d.range.start.line}: ${d.message}`), 300)}`);
  await closeAllEditors();
  fs.rmSync(wsFile('schema-check'), { recursive: true, force: true });
});

// Last: the registry changes what the server (and the CLI) know about units.
test('fengong.createRegistry writes .fengong/units.json and the diagnostics still equal the CLI', async () => {
  const target = await runOnSeed<vscode.Uri | undefined>('fengong.createRegistry');
  assert.ok(target instanceof vscode.Uri, `fengong.createRegistry returned ${preview(target)}`);
  assert.strictEqual(vscode.workspace.asRelativePath(target), '.fengong/units.json');
  const registry = JSON.parse(fs.readFileSync(target.fsPath, 'utf8'));
  assert.ok(JSON.stringify(registry).includes('区发改局'), 'registry lacks 区发改局');
  const expected = cliKeys(cliCheck(seed003Path)); // the CLI reads the registry of the folder too
  await expectKeys(vscode.Uri.file(seed003Path), expected, 'of seed003.txt with the new registry', 20_000);
  console.log(`       registry with ${preview(Object.keys(registry))}; ${expected.length} diagnostics agree`);
  await closeAllEditors();
});

// ---- entry point ----------------------------------------------------------------------------------------------------

export async function run(): Promise<void> {
  console.log(`fengong e2e in-host suite: VS Code ${vscode.version}, ${vscode.env.appName}, node ${process.version}`);
  const result = await runAll('in-host', process.env.FENGONG_E2E_FILTER || undefined);
  if (result.failed > 0) {
    throw new Error(`${result.failed} in-host test(s) failed: ${result.failures.map((f) => f.name).join('; ')}`);
  }
}
