/** Property-based: numbering damage anywhere inside a run is reported once, by the right rule, at the right line. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { applyFix, check, fullWidthCrlf, interiorTasks, keys, numberingMutation, seed, taskTexts, type NumberingKind } from './helpers';

const KINDS: NumberingKind[] = ['skip', 'duplicate', 'swap', 'swap-adjacent'];

for (const prefix of ['000', '001', '003']) {
  describe(`seed ${prefix}`, () => {
    for (const variant of [false, true]) {
      const text = variant ? fullWidthCrlf(seed(prefix)) : seed(prefix);
      const doc = parseDocument(text);
      const baseline = keys(check(text).diagnostics);
      const tasks = interiorTasks(doc);
      it(`any interior task, any numbering damage${variant ? ' (full-width, CRLF)' : ''}`, () => {
        expect(tasks.length).toBeGreaterThan(50);
        fc.assert(
          fc.property(fc.integer({ min: 0, max: tasks.length - 1 }), fc.constantFrom(...KINDS), (k, kind) => {
            const m = numberingMutation(doc, tasks[k], kind);
            const got = check(m.text);
            const expected = m.expected.map((e) => `${e.rule}@${e.line}`);
            expect(keys(got.diagnostics)).toEqual([...baseline, ...expected].sort());
            // The preferred fix of the first reported diagnostic repairs it without touching task text.
            const d = got.diagnostics.find((x) => expected.includes(`${x.rule}@${x.range.start.line}`))!;
            const fix = d.fixes!.find((f) => f.preferred) ?? d.fixes![0];
            const fixed = check(applyFix(got.doc, fix.edits));
            expect(taskTexts(fixed.doc)).toEqual(taskTexts(got.doc));
            expect(keys(fixed.diagnostics)).toEqual(baseline);
          }),
          { numRuns: 40, seed: 20230303 },
        );
      });
    }
  });
}

describe('a unit misspelt by one character, anywhere', () => {
  for (const prefix of ['000', '001', '003']) {
    it(`seed ${prefix}: every fully written unit used three times or more`, () => {
      const text = seed(prefix);
      const doc = parseDocument(text);
      const baseline = keys(check(text).diagnostics);
      const usage = new Map<string, number>();
      for (const t of doc.plan!.tasks) for (const f of t.fields) for (const n of f.names) usage.set(n.name, (usage.get(n.name) ?? 0) + 1);
      const refs = doc.plan!.tasks.flatMap((t) =>
        t.fields
          .filter((f) => f.role === 'leadUnits' || f.role === 'units')
          .flatMap((f) => f.names)
          .filter((n) => !n.collective && n.written.text === n.name && (usage.get(n.name) ?? 0) >= 3)
          .filter((n) => Array.from(n.name).length >= 4 && !/(街道办事处|人民政府|街道|镇|乡)$/.test(n.name)),
      );
      expect(refs.length).toBeGreaterThan(5);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: refs.length - 1 }), fc.nat(), fc.constantFrom('乂', '彡', '丌', '亍'), (r, p, ch) => {
          const ref = refs[r];
          const cs = Array.from(ref.name);
          const pos = p % cs.length;
          cs[pos] = ch;
          const wrong = cs.join('');
          const lines = doc.source.lines.slice();
          const l = ref.written.range.start.line;
          lines[l] = lines[l].slice(0, ref.written.range.start.character) + wrong + lines[l].slice(ref.written.range.end.character);
          const got = check(lines.join(doc.source.eol));
          expect(keys(got.diagnostics)).toEqual([...baseline, `unknown-unit@${l}`].sort());
          const d = got.diagnostics.find((x) => x.rule === 'unknown-unit')!;
          expect(d.fixes!.map((f) => f.edits[0].newText)).toContain(ref.name);
        }),
        { numRuns: 60, seed: 7 },
      );
    });
  }
});
