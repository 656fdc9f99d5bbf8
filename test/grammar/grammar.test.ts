/**
 * The TextMate grammar (syntaxes/fengong.tmLanguage.json, scope text.fengong):
 *  - the rendered vscode-tmgrammar-test files in test/grammar/cases/ are up to date with cases.ts, and each passes;
 *  - the harness does fail on a wrong assertion (so a passing run means something);
 *  - every line of every seed tokenizes identically with ASCII and full-width punctuation;
 *  - every regex compiles and every include resolves.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IGrammar } from 'vscode-textmate';
import { CASES_DIR, ROOT, renderAll, toFullWidth } from './cases';
import { GRAMMAR_PATH, finalDepth, loadGrammar, oniguruma, tokenize as tokenizeWith } from './textmate';

const BIN = path.join(ROOT, 'node_modules/.bin/vscode-tmgrammar-test');
const SEEDS_DIR = path.join(ROOT, 'seeds');

function runTmGrammarTest(files: string[]) {
  return spawnSync(BIN, ['--compact', '--grammar', GRAMMAR_PATH, ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('grammar test files (vscode-tmgrammar-test)', () => {
  const rendered = renderAll();

  it('test/grammar/cases/ matches cases.ts (UPDATE_GRAMMAR_CASES=1 to rewrite)', () => {
    if (process.env.UPDATE_GRAMMAR_CASES) {
      fs.mkdirSync(CASES_DIR, { recursive: true });
      for (const f of fs.readdirSync(CASES_DIR)) {
        if (f.endsWith('.test.fengong') && !rendered.has(f)) fs.unlinkSync(path.join(CASES_DIR, f));
      }
      for (const [name, text] of rendered) fs.writeFileSync(path.join(CASES_DIR, name), text);
    }
    const onDisk = fs.readdirSync(CASES_DIR).filter((f) => f.endsWith('.test.fengong')).sort();
    expect(onDisk).toEqual([...rendered.keys()].sort());
    for (const [name, text] of rendered) {
      expect(fs.readFileSync(path.join(CASES_DIR, name), 'utf8'), name).toBe(text);
    }
  });

  it.each([...rendered.keys()].sort())('%s passes', (name) => {
    const r = runTmGrammarTest([path.join(CASES_DIR, name)]);
    expect(r.error).toBeUndefined();
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  });

  it('fails on a deliberately wrong assertion', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengong-grammar-'));
    try {
      const bad = path.join(dir, 'bad.test.fengong');
      // `1.` is a task marker, not a part marker; the first assertion is right, the second wrong
      fs.writeFileSync(
        bad,
        [
          '## SYNTAX TEST "text.fengong" "deliberately broken"',
          '1.任务(牵头单位:区发改局)',
          '##<-- keyword.other.numbering.task.fengong',
          '##<-- keyword.other.numbering.part.fengong',
          '',
        ].join('\n'),
      );
      const r = runTmGrammarTest([bad]);
      expect(r.error).toBeUndefined();
      expect(r.status).not.toBe(0);
      expect(r.stdout).toMatch(/keyword\.other\.numbering\.part\.fengong/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

// ---- direct tokenization with vscode-textmate (the engine VS Code uses) ----
let grammar: IGrammar;
beforeAll(async () => {
  grammar = await loadGrammar();
});
const tokenize = (lines: string[]) => tokenizeWith(grammar, lines);

function seedLines(file: string): string[] {
  return fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

describe('ASCII and full-width punctuation tokenize the same', () => {
  for (const file of fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort()) {
    it(file, () => {
      const ascii = seedLines(file);
      const full = ascii.map(toFullWidth);
      const a = tokenize(ascii);
      const b = tokenize(full);
      for (let i = 0; i < ascii.length; i++) {
        expect(b[i], `line ${i + 1}: ${full[i]}`).toEqual(a[i]);
      }
    });
  }

  it('toFullWidth changes the punctuation the seeds write in ASCII', () => {
    expect(toFullWidth('  12.任务。(牵头单位:甲,乙;责任单位:丙)')).toBe('  12．任务。（牵头单位：甲，乙；责任单位：丙）');
  });
});

describe('seed tokenization sanity', () => {
  const scopesOf = (file: string) => tokenize(seedLines(file)).flat().map(([, , s]) => s);
  const count = (scopes: string[], scope: string) => scopes.filter((s) => s.endsWith(scope)).length;

  it('000: 121 task markers, 121 deadlines, 121 lead-unit labels', () => {
    const s = scopesOf(fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith('000_'))!);
    expect(count(s, 'keyword.other.numbering.task.fengong')).toBe(121);
    expect(count(s, 'entity.name.tag.label.deadline.fengong')).toBe(121);
    expect(count(s, 'entity.name.tag.label.lead.fengong')).toBe(121);
    expect(count(s, 'entity.name.tag.label.leader.fengong')).toBe(121);
  });

  it('003: 139 task markers (the 附表 placeholders are not tasks), a field group on each', () => {
    const s = scopesOf(fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith('003_'))!);
    expect(count(s, 'keyword.other.numbering.task.fengong')).toBe(139);
    expect(count(s, 'punctuation.definition.fields.end.fengong')).toBeGreaterThanOrEqual(139);
  });

  it('every seed line ends outside any multi-line construct', () => {
    for (const file of fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'))) {
      expect(finalDepth(grammar, seedLines(file)), file).toBe(1);
    }
  });
});

describe('grammar file', () => {
  const raw = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8'));

  it('is the text.fengong grammar that package.json contributes', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const contributed = pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === 'text.fengong');
    expect(contributed).toBeTruthy();
    expect(path.resolve(ROOT, contributed.path)).toBe(GRAMMAR_PATH);
    expect(raw.scopeName).toBe('text.fengong');
  });

  it('every include resolves, every regex compiles, every scope ends in .fengong', () => {
    const problems: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}[${i}]`));
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
        if (k === 'include' && typeof v === 'string' && v.startsWith('#') && !(v.slice(1) in raw.repository)) {
          problems.push(`${where}: unresolved include ${v}`);
        }
        if ((k === 'match' || k === 'begin' || k === 'end') && typeof v === 'string') {
          try {
            new oniguruma.OnigScanner([v]).dispose();
          } catch (e) {
            problems.push(`${where}.${k}: ${(e as Error).message}`);
          }
        }
        if ((k === 'name' || k === 'contentName') && typeof v === 'string' && where !== '$') {
          for (const scope of v.split(/\s+/)) {
            if (!scope.endsWith('.fengong')) problems.push(`${where}.${k}: ${scope}`);
          }
        }
        walk(v, `${where}.${k}`);
      }
    };
    walk(raw, '$');
    expect(problems).toEqual([]);
  });
});
