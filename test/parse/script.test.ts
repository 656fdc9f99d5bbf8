/**
 * Traditional-script copies (mirror sites republish mainland notices so): read through a character-for-character
 * map to Simplified, at the original's positions. The strongest check is a seed written back in Traditional: it
 * must parse and lint exactly as the seed does.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../server/src/core/parse';
import { readSource, readSourceAfter } from '../../server/src/core/parse/source';
import { SIMPLIFIED, TRADITIONAL, readsAsTraditional, toSimplified } from '../../server/src/core/parse/script';
import { lint } from '../../server/src/core/rules';

const seedsDir = join(__dirname, '..', '..', 'seeds');
const seed = (p: string) => readFileSync(join(seedsDir, readdirSync(seedsDir).find((f) => f.startsWith(p))!), 'utf8');

/** The seed in Traditional characters: each Simplified form back to the first Traditional character mapped to it. */
const back = new Map<string, string>();
for (let k = TRADITIONAL.length - 1; k >= 0; k--) back.set(SIMPLIFIED[k], TRADITIONAL[k]);
const toTraditional = (text: string) => Array.from(text, (c) => back.get(c) ?? c).join('');

const summary = (text: string) => {
  const doc = parseDocument(text);
  return {
    kind: doc.kind,
    tasks: doc.plan?.tasks.map((t) => [t.numbering.value, t.line, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name), t.deadline?.date ?? null]),
    diagnostics: lint(doc, { today: '2023-06-01' }).map((d) => [d.rule, d.range]),
  };
};

describe('Traditional-script copies', () => {
  it('the map is one to one in length: every position stays the original\'s', () => {
    expect(TRADITIONAL.length).toBe(SIMPLIFIED.length);
    expect(new Set(TRADITIONAL).size).toBe(TRADITIONAL.length);
    for (const c of TRADITIONAL + SIMPLIFIED) expect(c.length).toBe(1);
    // No Simplified form is itself mapped (the map is applied once).
    for (const c of SIMPLIFIED) expect(TRADITIONAL.includes(c)).toBe(false);
  });

  it.each(['000', '001', '002', '003', '004'])('seed %s is Simplified, and read as written', (p) => {
    const text = seed(p);
    expect(readsAsTraditional(text)).toBe(false);
    expect(readSource(text).script).toBeUndefined();
  });

  it.each(['000', '001', '003'])('seed %s written in Traditional parses and lints exactly as the seed', (p) => {
    const text = seed(p);
    const traditional = toTraditional(text);
    expect(traditional).not.toBe(text);
    expect(traditional.length).toBe(text.length);
    expect(readsAsTraditional(traditional)).toBe(true);
    expect(toSimplified(traditional)).toBe(text);
    expect(summary(traditional)).toEqual(summary(text));
  });

  it('an edit to a Traditional copy (or one that makes a copy Traditional) reads as the edited text read afresh', () => {
    const text = toTraditional(seed('003'));
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('牽頭單位'));
    const edited = [...lines.slice(0, at), lines[at].replace('牽頭單位', '牽頭單'), ...lines.slice(at + 1)].join('\n');
    expect(readSourceAfter(edited, readSource(text))).toEqual(readSource(edited));
    // Pasting the Traditional copy over a Simplified one.
    expect(readSourceAfter(text, readSource(seed('003')))).toEqual(readSource(text));
    expect(readSourceAfter(seed('003'), readSource(text))).toEqual(readSource(seed('003')));
  });

  it('a real mirror copy (浙江 2024, 牽頭單位 in a heading\'s leader plan) reads its units and their leads', () => {
    const text = [
      '2024年政府工作報告重點工作責任分解',
      '一、王浩省長牽頭重點工作',
      '1.加大財政支持力度。',
      '責任單位:省財政廳',
      '2.實施“415X”先進製造業集群培育工程。',
      '責任單位:省經信廳牽頭,省發展改革委、省科技廳',
      '',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.source.script).toBe('traditional');
    expect(doc.plan!.tasks.map((t) => [t.leadUnits.map((u) => u.name), t.units.map((u) => u.name)])).toEqual([
      [[], ['省财政厅']],
      [['省经信厅'], ['省发展改革委', '省科技厅']],
    ]);
    // Ranges are the original's: the lead's written span covers 省經信廳 on line 5.
    const lead = doc.plan!.tasks[1].leadUnits[0].written.range;
    expect(text.split('\n')[5].slice(lead.start.character, lead.end.character)).toBe('省經信廳');
  });
});

describe('place names of mirror copies', () => {
  it('石獅, 贛州, 隴南, 蘆溪 are read in Simplified, one for one', () => {
    expect(toSimplified('獅政办〔2025〕1号 贛州 隴南 蘆溪')).toBe('狮政办〔2025〕1号 赣州 陇南 芦溪');
  });
});
