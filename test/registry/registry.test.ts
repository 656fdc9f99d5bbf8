import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  createRegistry,
  createRegistryFromDocument,
  editDistance,
  isAbbreviationOf,
  parseRegistry,
} from '../../server/src/core/registry';
import { parseDocument } from '../../server/src/core/parse';
import { registrySchema } from '../../server/src/core/config';

const seed = (p: string) => {
  const dir = join(__dirname, '..', '..', 'seeds');
  return readFileSync(join(dir, readdirSync(dir).find((f) => f.startsWith(p))!), 'utf8');
};

describe('measures', () => {
  it('edit distance over characters', () => {
    expect(editDistance('区商物局', '区商务局')).toBe(1);
    expect(editDistance('区发改局', '区发展和改革局')).toBe(3);
    expect(editDistance('', '区')).toBe(1);
  });
  it('is a metric (symmetric, zero on equal strings, triangle inequality)', () => {
    const s = fc.string({ maxLength: 8 });
    fc.assert(
      fc.property(s, s, s, (a, b, c) => {
        const ab = editDistance(a, b);
        expect(ab).toBe(editDistance(b, a));
        expect(editDistance(a, a)).toBe(0);
        expect(editDistance(a, c)).toBeLessThanOrEqual(ab + editDistance(b, c));
      }),
      { numRuns: 200 },
    );
  });
  it('agrees with the textbook table over code points, and with its bound', () => {
    // The table of Wagner and Fischer over arrays of code points, as the measure read before its scratch rows.
    const reference = (a: string, b: string): number => {
      const x = Array.from(a);
      const y = Array.from(b);
      const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= x.length; i++)
        for (let j = 1; j <= y.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      return d[x.length][y.length];
    };
    // Chinese, astral characters (a surrogate pair is one character) and strings longer than the first scratch.
    const ch = fc.constantFrom('区', '局', '发', '改', '𠀀', '𪚥', 'a', '\ud800');
    const s = fc.oneof(fc.array(ch, { maxLength: 12 }).map((a) => a.join('')), fc.array(ch, { minLength: 60, maxLength: 140 }).map((a) => a.join('')));
    fc.assert(
      fc.property(s, s, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const d = reference(a, b);
        expect(editDistance(a, b)).toBe(d);
        expect(editDistance(a, b, max)).toBe(d > max ? max + 1 : d);
      }),
      { numRuns: 300 },
    );
    expect(editDistance('𠀀区商务局', '𪚥区商务局')).toBe(1);
  });
  it('abbreviation as subsequence keeps the first and last character', () => {
    expect(isAbbreviationOf('区发改局', '区发展和改革局')).toBe(true);
    expect(isAbbreviationOf('区人社局', '区人力资源和社会保障局')).toBe(true);
    expect(isAbbreviationOf('发改局', '区发展和改革局')).toBe(false);
    expect(isAbbreviationOf('区发改委', '区发展和改革局')).toBe(false);
  });
});

describe('registry', () => {
  const reg = createRegistry({
    units: [
      { name: '区发展和改革局', abbreviations: ['区发改局'] },
      { name: '区商务局' },
      '区审计局',
      '区人力资源和社会保障局',
      { name: '区财政局', aliases: ['区金融办'] },
    ],
    leaders: ['张晓晟', { name: '常务副区长' }],
    collectives: ['区普法领导小组成员单位'],
  });
  it('resolves names, aliases and abbreviations', () => {
    expect(reg.resolve('unit', '区发改局')?.name).toBe('区发展和改革局');
    expect(reg.resolve('unit', '区金融办')?.name).toBe('区财政局');
    expect(reg.resolve('unit', '区人社局')).toBeNull();
    expect(reg.recognise('unit', '区人社局')?.name).toBe('区人力资源和社会保障局');
    expect(reg.resolve('leader', '张晓晟')?.name).toBe('张晓晟');
    expect(reg.isCollective('区普法领导小组成员单位')).toBe(true);
  });
  it('suggests up to three, abbreviation matches first, then by edit distance', () => {
    const near = reg.suggest('unit', '区商物局');
    expect(near).toHaveLength(3);
    expect(near[0].name).toBe('区商务局');
    expect(reg.suggest('unit', '区商物局')[0].distance).toBe(1);
    const s = reg.suggest('unit', '区人社局');
    expect(s[0]).toMatchObject({ name: '区人力资源和社会保障局', abbreviation: true });
    expect(reg.suggest('leader', '张晓晨')[0].name).toBe('张晓晟');
    expect(reg.suggest('unit', '完全无关的名称')).toEqual([]);
  });
});

describe('registry files', () => {
  it('parses a valid file', () => {
    const { registry, problems } = parseRegistry('{"units": ["区商务局", {"name": "区发展和改革局", "abbreviations": ["区发改局"]}], "leaders": ["张三"]}', 'u.json');
    expect(problems).toEqual([]);
    expect(registry!.units.map((u) => u.name)).toEqual(['区商务局', '区发展和改革局']);
  });
  it('errors name the file, the key path and the expected shape; valid entries are kept', () => {
    const { registry, problems } = parseRegistry('{"units": ["区商务局", {"name": ""}, {"name": "区财政局", "alias": ["x"]}], "leader": []}', '/w/.fengong/units.json');
    expect(problems.map((p) => p.path).sort()).toEqual(['leader', 'units[1].name', 'units[2].alias'].sort());
    for (const p of problems) {
      expect(p.file).toBe('/w/.fengong/units.json');
      expect(p.message).toMatch(/expected/);
    }
    expect(registry!.units.map((u) => u.name)).toEqual(['区商务局']);
  });
  it('invalid JSON is one problem and no registry', () => {
    const r = parseRegistry('{"units": [', 'u.json');
    expect(r.registry).toBeNull();
    expect(r.problems[0].message).toMatch(/invalid JSON/);
  });
});

describe('createRegistryFromDocument', () => {
  it('last year\'s plan becomes this year\'s reference: every unit and leader, collectives excluded, most used first', () => {
    const file = createRegistryFromDocument(parseDocument(seed('000')));
    expect(registrySchema.safeParse(file).success).toBe(true);
    const units = file.units!.map((u) => (typeof u === 'string' ? u : u.name));
    expect(units[0]).toBe('区农业农村局');
    expect(units).toContain('区商务局');
    expect(units).not.toContain('各部门');
    expect(units).not.toContain('相关属地');
    const leaders = file.leaders!.map((u) => (typeof u === 'string' ? u : u.name));
    expect(leaders[0]).toBe('张晓晟');
  });
  it('keeps bracketed aliases (001: 蔡甸经济开发区〈奓山街道〉)', () => {
    const file = createRegistryFromDocument(parseDocument(seed('001')));
    const e = file.units!.find((u) => typeof u !== 'string' && u.name === '蔡甸经济开发区');
    expect(e).toMatchObject({ aliases: ['奓山街道'] });
  });
});
