/**
 * The extension packages to a .vsix with @vscode/vsce, with the flags of `npm run package`, into a
 * temporary directory; the manifest's contributions are consistent (commands, settings, nls keys).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipEntries } from '../../server/src/node/zip';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const nlsEn = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
const nlsZh = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.zh-cn.json'), 'utf8'));
const COMMANDS = ['fengong.renumber', 'fengong.createRegistry', 'fengong.exportLedger', 'fengong.showStatistics', 'fengong.openWordDocument'];

/** Entries of the packaged .vsix (a zip), each with a reader for its contents. */
function readZip(file: string): Map<string, () => Buffer> {
  return zipEntries(readFileSync(file));
}

describe('manifest', () => {
  it('contributes the five commands, with titles in both languages', () => {
    const cmds = manifest.contributes.commands as { command: string; title: string }[];
    expect(cmds.map((c) => c.command).sort()).toEqual([...COMMANDS].sort());
    for (const c of cmds) {
      const key = /^%(.+)%$/.exec(c.title)?.[1];
      expect(key, c.command).toBeTruthy();
      expect(nlsEn[key!], `${key} (en)`).toBeTruthy();
      expect(nlsZh[key!], `${key} (zh-cn)`).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('settings: rule severities, required fields, registry path, plan year, debounce, draft files — described in both languages', () => {
    const props = manifest.contributes.configuration.properties as Record<string, { markdownDescription?: string; description?: string }>;
    for (const k of ['fengong.rules', 'fengong.requiredFields', 'fengong.registryPath', 'fengong.planYear', 'fengong.debounceMs', 'fengong.draftFiles']) {
      expect(props, k).toHaveProperty(k);
      const key = /^%(.+)%$/.exec(props[k].markdownDescription ?? props[k].description ?? '')?.[1];
      expect(key, k).toBeTruthy();
      expect(nlsEn[key!], `${key} (en)`).toMatch(/[a-z]/);
      expect(nlsZh[key!], `${key} (zh-cn)`).toMatch(/[\u4e00-\u9fff]/);
    }
    // Every nls key the manifest names exists in both files.
    const used = [...JSON.stringify(manifest).matchAll(/"%([a-zA-Z.]+)%"/g)].map((m) => m[1]);
    for (const k of used) {
      expect(nlsEn, k).toHaveProperty(k);
      expect(nlsZh, k).toHaveProperty(k);
    }
  });

  it('the rule-severity setting names every rule id', async () => {
    const { RULE_IDS } = await import('../../server/src/core/config/ruleIds');
    const rules = manifest.contributes.configuration.properties['fengong.rules'].properties;
    for (const id of RULE_IDS) expect(rules, id).toHaveProperty(id);
  });

  it('jsonValidation points at the generated schema', () => {
    const urls = (manifest.contributes.jsonValidation as { url: string }[]).map((j) => j.url);
    expect(urls).toContain('./schemas/fengong.schema.json');
  });
});

describe('vsce package', () => {
  let dir: string;
  let vsix: string;
  let result: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    dir = mkdtempSync(path.join(tmpdir(), 'fengong-vsix-'));
    vsix = path.join(dir, 'fengong.vsix');
    // The flags of `npm run package`, with the output redirected.
    const script: string = manifest.scripts.package;
    const args = script
      .slice(script.indexOf('vsce package') + 'vsce package'.length)
      .trim()
      .split(/\s+/);
    const out = args.indexOf('--out');
    if (out >= 0) args.splice(out, 2);
    result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', ...args, '--out', vsix], {
      cwd: ROOT,
      encoding: 'utf8',
      input: '',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes vsce\'s checks and writes the .vsix', () => {
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(existsSync(vsix)).toBe(true);
  });

  it('holds the bundled server and extension, the grammar, snippets, schemas, nls, licence and icon — and no sources', () => {
    const entries = [...readZip(vsix).keys()];
    for (const f of [
      'extension/package.json',
      'extension/dist/extension.js',
      'extension/dist/server.js',
      'extension/syntaxes/fengong.tmLanguage.json',
      'extension/schemas/fengong.schema.json',
      'extension/package.nls.json',
      'extension/package.nls.zh-cn.json',
      'extension/LICENSE.txt',
      'extension/images/icon.png',
      'extension/readme.md',
    ]) {
      expect(entries, f).toContain(f);
    }
    expect(entries.some((e) => e.startsWith('extension/server/src/') || e.startsWith('extension/node_modules/') || e.endsWith('.vsix'))).toBe(false);
  });

  it('the packaged manifest is the extension\'s, pointing at the bundled entry', () => {
    const zip = readZip(vsix);
    const pkg = JSON.parse(zip.get('extension/package.json')!().toString('utf8'));
    expect(pkg.main).toBe('./dist/extension.js');
    expect(pkg.contributes.languages[0].id).toBe('fengong');
    const ext = zip.get('extension/dist/extension.js')!().toString('utf8');
    expect(ext).toContain('fengong.showStatistics');
    expect(ext).toContain("require(\"vscode\")");
  });
});
