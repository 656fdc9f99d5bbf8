// The in-extension-host e2e suite. Loaded as `extensionTestsPath` by code-server (test/e2e/driver/in-host.mjs) and
// by @vscode/test-electron (test/e2e/electron/runTest.ts); both call run() and turn its outcome into an exit code.
// The workspace is a temporary copy of test/e2e/fixtures/ws; the tests add seed copies to it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { preview, runAll, test, waitFor } from './harness';
import {
  CliDiagnostic,
  SEED_003,
  SEVERITY_NAMES,
  cliCheck,
  cliKeys,
  cliParse,
  closeAllEditors,
  codeOf,
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

const COMMANDS = ['fengong.renumber', 'fengong.createRegistry', 'fengong.exportLedger', 'fengong.showStatistics'];

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

test('activates on a .txt notice draft and serves it', async () => {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(wsFile('draft.txt')));
  await vscode.window.showTextDocument(doc, { preview: false });
  const ext = extension();
  await waitFor('extension to activate on draft.txt', () => ext.isActive, (a) => a, 30_000);
  // The server must treat the draft as a plan: its outline lists the 4 tasks.
  const syms = await waitFor(
    'document symbols for draft.txt',
    async () => flattenSymbols((await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri)) ?? []),
    (s) => s.length > 0,
    30_000,
  );
  const text = doc.getText();
  const taskLines = [1, 2, 3, 4].map((n) => taskLine(text, n));
  const found = taskLines.filter((l) => syms.some((s) => s.line === l));
  assert.deepStrictEqual(found, taskLines, `outline of draft.txt (language ${doc.languageId}) lacks tasks: ${preview(syms)}`);
  console.log(`       draft.txt languageId=${doc.languageId}, ${syms.length} symbols, ${fengongDiagnostics(doc.uri).length} diagnostics`);
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
    () => fengongDiagnostics(doc.uri).filter((d) => d.range.start.line === line).map((d) => codeOf(d)),
    (codes) => !codes.includes('missing-lead'),
  );
  const fixed = doc.lineAt(line).text;
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
  assert.match(doc.lineAt(line).text, /区农业农村局[;；]责任单位/);
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
  await vscode.commands.executeCommand('fengong.renumber');
  await waitFor(
    'task numbers 1..5 after fengong.renumber',
    () => lines(doc.getText()).map((l) => /^\s*(\d+)[.．、]/.exec(l)?.[1]).filter(Boolean).join(','),
    (s) => s === '1,2,3,4,5',
  );
  await waitFor('numbering-gap to disappear', () => fengongDiagnostics(doc.uri).map(codeOf), (c) => !c.includes('numbering-gap'));
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('fengong.showStatistics, createRegistry and exportLedger run on seed 003', async () => {
  seed003Setup();
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(seed003Path));
  await vscode.window.showTextDocument(doc, { preview: false });
  const before = new Set(fs.readdirSync(wsFileDir()));
  for (const cmd of ['fengong.showStatistics', 'fengong.createRegistry', 'fengong.exportLedger']) {
    await vscode.window.showTextDocument(doc, { preview: false });
    const started = Date.now();
    let settled = false;
    const p = Promise.resolve(vscode.commands.executeCommand(cmd)).finally(() => (settled = true));
    await waitFor(`${cmd} to finish (a command waiting for user input would hang here)`, () => settled, (s) => s, 20_000);
    await p;
    console.log(`       ${cmd}: ok in ${Date.now() - started} ms`);
  }
  const created = fs.readdirSync(wsFileDir()).filter((f) => !before.has(f));
  console.log(`       new workspace files: ${preview(created)}`);
  await closeAllEditors();
});

function wsFileDir(): string {
  return wsFile('.');
}

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
  } finally {
    await config().update(section, undefined, vscode.ConfigurationTarget.Workspace);
  }
  await waitFor(`field-separator back to ${initial[0]}`, sevAt, (s) => s.length === 1 && s[0] === initial[0]);
});

function configurationProperties(): Record<string, unknown> {
  const c = (extension().packageJSON as { contributes?: { configuration?: unknown } }).contributes?.configuration;
  const list = Array.isArray(c) ? c : c ? [c] : [];
  return Object.assign({}, ...list.map((x: { properties?: Record<string, unknown> }) => x.properties ?? {}));
}

// ---- entry point ----------------------------------------------------------------------------------------------------

export async function run(): Promise<void> {
  console.log(`fengong e2e in-host suite: VS Code ${vscode.version}, ${vscode.env.appName}, node ${process.version}`);
  const result = await runAll('in-host', process.env.FENGONG_E2E_FILTER || undefined);
  if (result.failed > 0) {
    throw new Error(`${result.failed} in-host test(s) failed: ${result.failures.map((f) => f.name).join('; ')}`);
  }
}
