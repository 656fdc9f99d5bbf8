import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, parseConfig, RULE_IDS, toResolvedConfig } from '../../server/src/core/config';
import { schemaFiles } from '../../server/src/core/config/jsonSchema';
import { findConfigFile, loadConfigFor } from '../../server/src/node/config';

const ROOT = join(__dirname, '..', '..');

describe('parseConfig', () => {
  it('an empty object is the defaults', () => {
    expect(parseConfig('{}', 'c.json')).toEqual({ config: DEFAULT_CONFIG, problems: [] });
  });
  it('reads levels, options, required fields, plan year, registry and locale (comments allowed)', () => {
    const text = `{
      // JSON with comments, as VS Code settings
      "locale": "en",
      "planYear": 2024,
      "requiredFields": ["leadUnits", "deadline"],
      "registry": "units.json",
      "rules": { "numbering-gap": "off", "duplicate-task": { "level": "information", "options": { "similarity": 0.9 } } }
    }`;
    const { config, problems } = parseConfig(text, 'c.json');
    expect(problems).toEqual([]);
    expect(config).toEqual({
      locale: 'en',
      planYear: 2024,
      requiredFields: ['leadUnits', 'deadline'],
      registry: 'units.json',
      rules: { 'numbering-gap': { level: 'off', options: {} }, 'duplicate-task': { level: 'information', options: { similarity: 0.9 } } },
    });
  });
  it('a syntax error names the file and where', () => {
    const { config, problems } = parseConfig('{\n  "locale": "en",\n  oops\n}', '/w/.fengongrc.json');
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: '/w/.fengongrc.json', path: '', severity: 'error' });
    expect(problems[0].range?.start.line).toBe(2);
  });
  it('an unknown rule id is named with the ids expected, and the valid rules still apply', () => {
    const { config, problems } = parseConfig('{"rules": {"numbering-gapp": "off", "missing-lead": "warning"}}', 'c.json');
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('rules.numbering-gapp');
    expect(problems[0].message).toContain('numbering-gap');
    expect(config.rules['missing-lead']).toEqual({ level: 'warning', options: {} });
  });
  it('a wrong value names its key path and what was expected', () => {
    const { config, problems } = parseConfig('{"planYear": "2023", "locale": "fr", "requiredFields": ["lead"], "rules": {"missing-lead": "loud"}}', 'c.json');
    const paths = problems.map((p) => p.path).sort();
    expect(paths).toEqual(['locale', 'planYear', 'requiredFields[0]', 'rules.missing-lead'].sort());
    expect(problems.find((p) => p.path === 'planYear')!.message).toMatch(/number/);
    expect(config).toEqual(DEFAULT_CONFIG);
  });
  it('a top-level array is not a configuration', () => {
    expect(parseConfig('[]', 'c.json').problems[0].message).toMatch(/object/);
  });
  it('toResolvedConfig accepts resolved or raw objects', () => {
    const r = parseConfig('{"locale":"en"}', 'c').config;
    expect(toResolvedConfig(r)).toBe(r);
    expect(toResolvedConfig({ locale: 'en' }).locale).toBe('en');
    expect(toResolvedConfig(42)).toBe(DEFAULT_CONFIG);
  });
});

describe('JSON Schema generated from the zod schema', () => {
  it('schemas/ is up to date (regenerate with node scripts/gen-schema.mjs)', () => {
    for (const [rel, text] of Object.entries(schemaFiles())) {
      if (process.env.UPDATE_SCHEMA) writeFileSync(join(ROOT, rel), text);
      expect(readFileSync(join(ROOT, rel), 'utf8'), rel).toBe(text);
    }
  });
  it('offers every rule id for completion and rejects unknown keys', () => {
    const schema = JSON.parse(schemaFiles()['schemas/fengong.schema.json']);
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual([...RULE_IDS].sort());
    expect(schema.additionalProperties).toBe(false);
  });
  it('is contributed to VS Code (jsonValidation) for the configuration and registry files', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const urls = pkg.contributes.jsonValidation.map((j: { url: string }) => j.url);
    expect(urls).toEqual(expect.arrayContaining(['./schemas/fengong.schema.json', './schemas/fengong-units.schema.json']));
  });
});

describe('finding the configuration (node)', () => {
  const ws = mkdtempSync(join(tmpdir(), 'fengong-cfg-'));
  afterAll(() => rmSync(ws, { recursive: true, force: true }));
  mkdirSync(join(ws, '.fengong'));
  mkdirSync(join(ws, 'drafts', '2023', 'q1'), { recursive: true });
  mkdirSync(join(ws, 'other', 'sub'), { recursive: true });
  writeFileSync(join(ws, '.fengong', 'config.json'), '{"planYear": 2023, "rules": {"nope": "off"}}');
  writeFileSync(join(ws, '.fengong', 'units.json'), '{"units": ["区商务局", {"name": "区发展和改革局", "abbreviations": ["区发改局"]}]}');
  writeFileSync(join(ws, 'other', '.fengongrc.json'), '{"locale": "en", "registry": "names.json"}');
  writeFileSync(join(ws, 'other', 'names.json'), '{"units": [{"name": 3}]}');
  const draft = join(ws, 'drafts', '2023', 'q1', 'plan.txt');
  writeFileSync(draft, '');

  it('walks up from the draft to .fengong/config.json and loads .fengong/units.json', () => {
    const r = loadConfigFor(draft);
    expect(r.configFile).toBe(join(ws, '.fengong', 'config.json'));
    expect(r.config.planYear).toBe(2023);
    expect(r.registryFile).toBe(join(ws, '.fengong', 'units.json'));
    expect(r.registry?.recognise('unit', '区发改局')?.name).toBe('区发展和改革局');
    expect(r.problems.map((p) => [p.file, p.path])).toEqual([[join(ws, '.fengong', 'config.json'), 'rules.nope']]);
  });
  it('.fengongrc.json nearer the draft wins; its registry key is relative to it; registry problems name file and key', () => {
    const r = loadConfigFor(join(ws, 'other', 'sub'));
    expect(r.configFile).toBe(join(ws, 'other', '.fengongrc.json'));
    expect(r.config.locale).toBe('en');
    expect(r.registryFile).toBe(join(ws, 'other', 'names.json'));
    expect(r.problems[0]).toMatchObject({ file: join(ws, 'other', 'names.json'), path: 'units[0].name' });
    expect(r.problems[0].message).toMatch(/expected/);
  });
  it('finds nothing above a stop folder', () => {
    expect(findConfigFile(join(ws, 'drafts'), join(ws, 'drafts'))).toBeNull();
    expect(loadConfigFor(join(ws, 'drafts'), { stopAt: join(ws, 'drafts') }).config).toEqual(DEFAULT_CONFIG);
  });
  it('explicit files override the search', () => {
    const r = loadConfigFor(draft, { configFile: join(ws, 'other', '.fengongrc.json'), registryFile: join(ws, '.fengong', 'units.json') });
    expect(r.config.locale).toBe('en');
    expect(r.registry?.units.length).toBe(2);
  });
});

describe('messages for a rule level', () => {
  it('an unknown level lists the levels', () => {
    const { problems } = parseConfig('{"rules": {"missing-lead": "loud"}}', 'c.json');
    expect(problems[0].path).toBe('rules.missing-lead');
    expect(problems[0].message).toMatch(/off.*hint.*information.*warning.*error/);
  });
});
