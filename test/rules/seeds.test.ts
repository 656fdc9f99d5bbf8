import { describe, expect, it } from 'vitest';
import { check, fullWidthCrlf, keys, seed, seedFiles } from './helpers';

/** The genuine defects of the seeds (DOMAIN.md), as rule@line (1-based lines for readability). */
const EXPECTED: Record<string, string[]> = {
  '000': [],
  '001': [],
  '002': [],
  '003': [
    'field-separator@97', // task 71: `(牵头单位:区农业农村局,责任单位:…)`
    'missing-lead@176', // part 三 task 1: only 责任单位
    'missing-lead@180', // part 三 task 3
    'missing-lead@182', // part 三 task 4
  ],
  '004': [],
};

/** Every figure and the marks between figures full-width: `2023.6` → `２０２３．６`, `2023-06-30` → `２０２３－０６－３０`. */
const fullWidthFigures = (text: string) =>
  text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/(?<=[0-9０-９])[.-](?=[0-9０-９])/g, (c) => (c === '.' ? '．' : '－'));

const oneBased = (ks: string[]) => ks.map((k) => k.replace(/@(\d+)$/, (_, l) => `@${Number(l) + 1}`));

describe('the five seeds give exactly their genuine defects', () => {
  it('has the five seeds', () => {
    expect(seedFiles().map((f) => f.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
  });
  for (const [prefix, expected] of Object.entries(EXPECTED)) {
    it(`seed ${prefix}`, () => {
      const { diagnostics } = check(seed(prefix));
      expect(oneBased(keys(diagnostics))).toEqual([...expected].sort());
    });
    it(`seed ${prefix}, full-width and CRLF`, () => {
      const { diagnostics } = check(fullWidthCrlf(seed(prefix)));
      expect(oneBased(keys(diagnostics))).toEqual([...expected].sort());
    });
    it(`seed ${prefix}, its figures full-width too (２０２３年３月３日, ２０２３．６), reads the same dates`, () => {
      const plain = check(seed(prefix));
      const { doc, diagnostics } = check(fullWidthFigures(fullWidthCrlf(seed(prefix))));
      expect(oneBased(keys(diagnostics))).toEqual([...expected].sort());
      expect(doc.metadata.issueDate?.date).toBe(plain.doc.metadata.issueDate?.date);
      const dates = (d: typeof doc) => d.plan?.tasks.map((t) => t.deadline?.date ?? t.deadline?.kind ?? null);
      expect(dates(doc)).toEqual(dates(plain.doc));
    });
  }

  it('says what was expected and why, in Chinese and in English', () => {
    const zh = check(seed('003')).diagnostics.find((d) => d.rule === 'missing-lead')!;
    expect(zh.message).toContain('第1项任务缺少牵头单位');
    expect(zh.message).toMatch(/139项任务中有136项/);
    const en = check(seed('003'), { locale: 'en' }).diagnostics.find((d) => d.rule === 'field-separator')!;
    expect(en.message).toMatch(/separated by “;”/);
  });

  it('003 task 71: the separator fix normalises to the document\'s `;`', () => {
    const { doc, diagnostics } = check(seed('003'));
    const d = diagnostics.find((x) => x.rule === 'field-separator')!;
    expect(d.fixes?.[0].edits[0].newText).toBe(';');
    expect(doc.source.lines[d.range.start.line].slice(d.range.start.character, d.range.end.character)).toBe(',');
  });

  it('003 part 三: the missing-lead fix inserts the field inside the task\'s own parenthesis', () => {
    const { doc, diagnostics } = check(seed('003'));
    const d = diagnostics.find((x) => x.rule === 'missing-lead')!;
    const e = d.fixes![0].edits[0];
    expect(e.newText).toBe('牵头单位:待定;');
    expect(doc.source.lines[e.range.start.line].slice(e.range.start.character - 1, e.range.start.character)).toBe('(');
  });
});
