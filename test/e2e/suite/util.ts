// Helpers shared by the in-host tests: the CLI as the reference, diagnostics as comparable keys, document setup.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { preview, waitFor } from './harness';

export const EXTENSION_ID = 'fengong.fengong';
export const SEED_003 = '003_e6966e7ac26a54e2.txt';

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded in this extension host`);
  return ext;
}

export function extensionPath(): string {
  return extension().extensionPath;
}

export function workspaceRoot(): string {
  const folders = vscode.workspace.workspaceFolders;
  assert.ok(folders && folders.length > 0, 'no workspace folder is open (the runner must open the fixtures workspace)');
  return folders[0].uri.fsPath;
}

export function wsFile(name: string): string {
  return path.join(workspaceRoot(), name);
}

/** Writes `content` into the workspace (overwriting) and returns its path. */
export function writeWsFile(name: string, content: string): string {
  const p = wsFile(name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

export function seedText(name = SEED_003): string {
  return fs.readFileSync(path.join(extensionPath(), 'seeds', name), 'utf8');
}

// ---- the CLI, the reference the editor must agree with ------------------------------------------------------------

export interface CliRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
export interface CliDiagnostic {
  rule: string;
  severity: string;
  message: string;
  range: CliRange;
}

function nodeBinary(): string {
  // In code-server the extension host is a real node; under Electron process.execPath is the Electron binary.
  return process.env.FENGONG_E2E_NODE || (process.versions.electron ? 'node' : process.execPath);
}

function runCli(args: string[]): unknown {
  const cli = path.join(extensionPath(), 'dist', 'cli.js');
  assert.ok(fs.existsSync(cli), `${cli} is missing: run \`npm run build\` first`);
  const r = spawnSync(nodeBinary(), [cli, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.ok(r.status === 0 || r.status === 1, `fengong ${args.join(' ')} exited ${r.status}: ${r.error ?? ''}${r.stderr}`);
  try {
    return JSON.parse(r.stdout);
  } catch (err) {
    throw new Error(`fengong ${args.join(' ')} printed no JSON: ${preview(r.stdout, 500)} ${r.stderr}`);
  }
}

export function cliCheck(file: string): CliDiagnostic[] {
  const out = runCli(['check', '--format', 'json', file]) as { files: { path: string; diagnostics: CliDiagnostic[] }[] };
  assert.strictEqual(out.files.length, 1, `CLI reported ${out.files.length} files for ${file}`);
  return out.files[0].diagnostics;
}

/** CLI diagnostics of `text` checked as a file outside the workspace (so no workspace configuration applies). */
export function cliCheckText(text: string, name = 'draft.txt'): CliDiagnostic[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengong-e2e-cli-'));
  try {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return cliCheck(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface CliTask {
  number: number | string;
  line: number;
  text: string;
}
export function cliParse(file: string): { kind: string; tasks: CliTask[] } {
  return runCli(['parse', '--format', 'json', file]) as { kind: string; tasks: CliTask[] };
}

// ---- diagnostics --------------------------------------------------------------------------------------------------

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return '';
  if (typeof c === 'object') return String(c.value);
  return String(c);
}

export function fengongDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'fengong');
}

export function rangeKey(r: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

export function vsKeys(diags: vscode.Diagnostic[]): string[] {
  return diags.map((d) => `${codeOf(d)}@${rangeKey(d.range)}`).sort();
}

export function cliKeys(diags: CliDiagnostic[]): string[] {
  return diags.map((d) => `${d.rule}@${rangeKey(d.range)}`).sort();
}

export const SEVERITY_NAMES: Record<number, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

/** Opens (and shows) a document and waits until the fengong server has published diagnostics matching `ok`. */
export async function openAndWait(
  file: string,
  ok: (diags: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<{ doc: vscode.TextDocument; diags: vscode.Diagnostic[] }> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(doc, { preview: false });
  const diags = await waitFor(what, () => fengongDiagnostics(doc.uri), ok, timeoutMs);
  return { doc, diags };
}

// ---- locating things in seed 003 -------------------------------------------------------------------------------

export function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** 0-based line of task `n` (written `n.`/`n．`/`n、`) counted from line `from`. */
export function taskLine(text: string, n: number, from = 0): number {
  const ls = lines(text);
  const re = new RegExp(`^[\\s\\u3000]*${n}[.．、]`);
  for (let i = from; i < ls.length; i++) if (re.test(ls[i])) return i;
  throw new Error(`task ${n} not found after line ${from}`);
}

export function lineOf(text: string, needle: string): number {
  const i = lines(text).findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not found`);
  return i;
}

export function flattenSymbols(items: (vscode.DocumentSymbol | vscode.SymbolInformation)[]): { name: string; line: number; kind: number }[] {
  const out: { name: string; line: number; kind: number }[] = [];
  const walk = (s: vscode.DocumentSymbol | vscode.SymbolInformation) => {
    if ('children' in s) {
      out.push({ name: s.name, line: s.range.start.line, kind: s.kind });
      for (const c of s.children) walk(c);
    } else {
      out.push({ name: s.name, line: s.location.range.start.line, kind: s.kind });
    }
  };
  for (const s of items ?? []) walk(s);
  return out;
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  const parts: string[] = [];
  for (const h of hovers ?? []) {
    for (const c of h.contents) {
      if (typeof c === 'string') parts.push(c);
      else if (c instanceof vscode.MarkdownString) parts.push(c.value);
      else if (c && typeof (c as { value?: unknown }).value === 'string') parts.push((c as { value: string }).value);
    }
  }
  return parts.join('\n').trim();
}

/** The live document for `uri`: the extension switches .txt drafts to the fengong language, which replaces the
 * TextDocument object the test opened; read text from this one. */
export function current(uri: vscode.Uri): vscode.TextDocument {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  assert.ok(doc, `${uri.fsPath} is no longer open`);
  return doc;
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
