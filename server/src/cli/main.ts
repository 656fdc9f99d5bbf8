import * as path from 'path';
import { parseDocument } from '../core/parse';
import { writtenLines } from '../core/parse/source';
import { lint, RULES, ruleDocsUrl } from '../core/rules';
import { createRegistryFromDocument } from '../core/registry';
import { loadConfigFor, type LoadedConfig } from '../node/config';
import { keepYoungObjectsYoung } from '../node/heap';
import * as fs from 'fs';
import type { Diagnostic, Locale } from '../core/model';
import { documentJson } from './documentJson';
import { expandPaths, readDraft } from './files';
import { formatText } from './textFormat';
import { toSarif } from './sarif';
import { version } from '../../../package.json';

/**
 * `fengong check|parse …`: a thin adapter over the core. Exit 0 when no error-severity
 * diagnostic, 1 when some, 2 on bad usage or unreadable input (DOMAIN.md contract).
 */

const USAGE = `fengong ${version} — 分工方案 checker

Usage:
  fengong check [--format text|json|sarif] [--locale zh|en] [--config FILE] [--registry FILE]
                [--rule ID]… [--no-color] PATH…
  fengong parse [--format json] FILE
  fengong registry [--out FILE] PLAN      create a unit/leader registry from an existing plan
  fengong --help | --version

PATH may be a file or a directory (walked for .txt, .md, .fengong and .docx drafts). A Word .docx is
read for its text (paragraphs, table rows, Word's list numbers); a .doc, WPS or PDF file is refused
with a message.
Configuration is found by walking up from each draft (.fengong/config.json or .fengongrc.json);
see docs/configuration.md.
Exit status: 0 no errors, 1 errors found, 2 bad usage or unreadable input.`;

interface Options {
  format: string;
  locale: Locale | undefined;
  color: boolean;
  paths: string[];
  config?: string;
  registry?: string;
  out?: string;
  rules: string[];
}

class UsageError extends Error {}

function parseArgs(args: string[]): Options {
  const o: Options = { format: '', locale: undefined, color: !!process.stdout.isTTY && !process.env.NO_COLOR, paths: [], rules: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === '--format' || a.startsWith('--format=') || a === '-f') o.format = value('--format');
    else if (a === '--locale' || a.startsWith('--locale=')) {
      const l = value('--locale');
      if (l !== 'zh' && l !== 'en') throw new UsageError(`--locale must be zh or en, not "${l}"`);
      o.locale = l;
    } else if (a === '--config' || a.startsWith('--config=')) o.config = value('--config');
    else if (a === '--registry' || a.startsWith('--registry=')) o.registry = value('--registry');
    else if (a === '--out' || a.startsWith('--out=') || a === '-o') o.out = value('--out');
    else if (a === '--rule' || a.startsWith('--rule=')) {
      const id = value('--rule');
      if (!RULES.some((r) => r.id === id)) throw new UsageError(`unknown rule "${id}" (known: ${RULES.map((r) => r.id).join(', ')})`);
      o.rules.push(id);
    } else if (a === '--no-color') o.color = false;
    else if (a === '--color') o.color = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else o.paths.push(a);
  }
  return o;
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export function run(argv: string[], io: Io): number {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE);
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      io.out(version);
      return 0;
    }
    const opts = parseArgs(rest);
    if (command === 'parse') return parseCommand(opts, io);
    if (command === 'check') return checkCommand(opts, io);
    if (command === 'registry') return registryCommand(opts, io);
    throw new UsageError(`unknown command "${command}"`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`fengong: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

function parseCommand(opts: Options, io: Io): number {
  if (opts.format && opts.format !== 'json') throw new UsageError(`parse supports --format json only`);
  if (opts.paths.length !== 1) throw new UsageError('parse takes exactly one FILE');
  const file = opts.paths[0];
  let text: string;
  try {
    text = readDraft(file);
  } catch (e) {
    io.err(`fengong: cannot read ${file}: ${(e as Error).message}`);
    return 2;
  }
  io.out(JSON.stringify(documentJson(file, parseDocument(text)), null, 2));
  return 0;
}

interface FileResult {
  path: string;
  kind: 'plan' | 'notice' | 'other';
  lines: readonly string[];
  diagnostics: Diagnostic[];
}

function checkCommand(opts: Options, io: Io): number {
  const format = opts.format || 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`unknown format "${format}" (text, json or sarif)`);
  if (!opts.paths.length) throw new UsageError('check needs at least one PATH');
  const results: FileResult[] = [];
  let unreadable = false;
  let badConfig = false;
  // Drafts in one folder share their configuration: load it once per folder.
  const configs = new Map<string, LoadedConfig>();
  const reported = new Set<string>();
  const configFor = (file: string): LoadedConfig => {
    const dir = path.dirname(path.resolve(file));
    let c = configs.get(dir);
    if (!c) {
      c = loadConfigFor(file, { configFile: opts.config, registryFile: opts.registry });
      configs.set(dir, c);
      for (const p of c.problems) {
        const key = `${p.file}|${p.path}|${p.message}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const where = p.range ? `:${p.range.start.line + 1}:${p.range.start.character + 1}` : '';
        io.err(`fengong: ${p.file}${where}: ${p.path ? `"${p.path}": ` : ''}${p.message}`);
        if (p.severity === 'error') badConfig = true;
      }
    }
    return c;
  };
  for (const file of expandPaths(opts.paths)) {
    let text: string;
    try {
      text = readDraft(file);
    } catch (e) {
      // Report and go on with the rest: one bad file must not hide the others' findings.
      io.err(`fengong: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      unreadable = true;
      continue;
    }
    const doc = parseDocument(text);
    const { config, registry } = configFor(file);
    const diagnostics = lint(doc, { config, registry, locale: opts.locale, ...(opts.rules.length ? { only: opts.rules } : {}) });
    // A Traditional copy is read in Simplified; the lines quoted back are the file's own.
    results.push({ path: file, kind: doc.kind, lines: doc.source.script ? writtenLines(text) : doc.source.lines, diagnostics });
  }

  if (format === 'json') {
    io.out(
      JSON.stringify(
        { files: results.map((r) => ({ path: r.path, kind: r.kind, diagnostics: r.diagnostics.map(contractDiagnostic) })) },
        null,
        2,
      ),
    );
  } else if (format === 'sarif') {
    const descriptors = RULES.map((r) => ({ id: r.id, description: r.description.en, helpUri: ruleDocsUrl(r.id) }));
    io.out(JSON.stringify(toSarif(results, descriptors, version), null, 2));
  } else {
    const blocks = results.filter((r) => r.diagnostics.length).map((r) => formatText(r.path, r.lines, r.diagnostics, opts));
    if (blocks.length) io.out(blocks.join('\n'));
    const count = (s: Diagnostic['severity']) => results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === s).length, 0);
    io.out(
      opts.locale !== 'en'
        ? `检查了 ${results.length} 个文件：${count('error')} 个错误，${count('warning')} 个警告，${count('information') + count('hint')} 个提示`
        : `${results.length} file(s) checked: ${count('error')} error(s), ${count('warning')} warning(s), ${count('information') + count('hint')} note(s)`,
    );
  }
  if (unreadable || badConfig) return 2;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

function registryCommand(opts: Options, io: Io): number {
  if (opts.paths.length !== 1) throw new UsageError('registry takes exactly one PLAN file');
  let text: string;
  try {
    text = readDraft(opts.paths[0]);
  } catch (e) {
    io.err(`fengong: cannot read ${opts.paths[0]}: ${(e as Error).message}`);
    return 2;
  }
  const doc = parseDocument(text);
  if (doc.kind !== 'plan') {
    io.err(`fengong: ${opts.paths[0]} is not a plan (no tasks found); no registry written`);
    return 2;
  }
  const json = JSON.stringify(createRegistryFromDocument(doc), null, 2) + '\n';
  if (opts.out) {
    fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
    fs.writeFileSync(opts.out, json);
    io.err(`fengong: wrote ${opts.out}`);
  } else io.out(json);
  return 0;
}

/** Exactly the fields the JSON contract names, in its order. */
function contractDiagnostic(d: Diagnostic) {
  return { rule: d.rule, severity: d.severity, message: d.message, range: d.range };
}

if (require.main === module) {
  keepYoungObjectsYoung();
  const write = (stream: NodeJS.WriteStream) => (s: string) => stream.write(s.endsWith('\n') ? s : s + '\n');
  // A reader that stops early (`fengong check … | head`) closes the pipe: stop there, as Unix tools
  // do, with the exit code the run has set, rather than fall over on EPIPE with a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      process.exit(process.exitCode ?? 0);
    });
  }
  process.exitCode = run(process.argv.slice(2), { out: write(process.stdout), err: write(process.stderr) });
}
