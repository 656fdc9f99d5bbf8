/**
 * Mutation tests generated from every seed plan (and its full-width/CRLF variant): each damage is
 * reported by the right rule at the right line and nothing else in the output changes; every quick
 * fix offered for it, applied, removes that diagnostic and leaves every task's text unchanged.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { applyFix, check, fullWidthCrlf, keys, mutations, seed, taskTexts, type Mutation } from './helpers';

const PLANS = ['000', '001', '003'];

function shifted(baseline: string[], m: Mutation): string[] {
  if (!m.removed) return baseline;
  const { at, count } = m.removed;
  return baseline.map((k) => {
    const [rule, l] = k.split('@');
    const line = Number(l);
    return `${rule}@${line >= at + count ? line - count : line}`;
  });
}

for (const prefix of PLANS) {
  for (const variant of ['as published', 'full-width + CRLF'] as const) {
    const text = variant === 'as published' ? seed(prefix) : fullWidthCrlf(seed(prefix));
    describe(`seed ${prefix} (${variant})`, () => {
      const baseline = keys(check(text).diagnostics);
      const ms = mutations(text);

      it('generates the mutations that apply to its layout', () => {
        const names = ms.map((m) => m.name.replace(/ \(.*\)$/, ''));
        expect(names).toEqual(expect.arrayContaining(['skip a number', 'duplicate a number', 'swap two numbers', 'misspell a unit', 'delete a lead field']));
        if (prefix === '000') {
          expect(names).toEqual(
            expect.arrayContaining(['delete a deadline', 'change a stated count', 'make a date impossible', 'move a deadline to another year']),
          );
        }
        if (prefix === '003') expect(names).toContain('change a stated count');
      });

      for (const m of ms) {
        describe(m.name, () => {
          const { doc, diagnostics } = check(m.text);
          const expectedKeys = m.expected.map((e) => `${e.rule}@${e.line}`);

          it('is reported by the right rule at the right line, and nothing else changes', () => {
            expect(keys(diagnostics)).toEqual([...shifted(baseline, m), ...expectedKeys].sort());
          });

          it('every fix removes the diagnostic and leaves every task text unchanged', () => {
            const before = taskTexts(doc);
            const targets = diagnostics.filter((d) => expectedKeys.includes(`${d.rule}@${d.range.start.line}`));
            expect(targets.length).toBe(expectedKeys.length);
            let fixesTried = 0;
            for (const d of targets) {
              for (const fix of d.fixes ?? []) {
                fixesTried++;
                const fixed = applyFix(doc, fix.edits);
                const after = check(fixed);
                const still = after.diagnostics.filter((x) => x.rule === d.rule && x.range.start.line === d.range.start.line);
                expect(still, `${fix.title}`).toEqual([]);
                expect(taskTexts(after.doc), fix.title).toEqual(before);
                expect(parseDocument(fixed).plan!.tasks.length).toBe(doc.plan!.tasks.length);
              }
            }
            // Rules with no safe fix: an impossible or out-of-year date needs a person to decide.
            if (!/date|deadline to another year/.test(m.name)) expect(fixesTried).toBeGreaterThan(0);
          });

          it('the preferred fix of each diagnostic restores a clean baseline for numbering and counts', () => {
            if (!/number|count/.test(m.name)) return;
            let text = m.text;
            let cur = check(text);
            for (let guard = 0; guard < 4; guard++) {
              const d = cur.diagnostics.find((x) => expectedKeys.includes(`${x.rule}@${x.range.start.line}`) && x.fixes?.length);
              if (!d) break;
              const fix = d.fixes!.find((f) => f.preferred) ?? d.fixes![0];
              text = applyFix(cur.doc, fix.edits);
              cur = check(text);
            }
            expect(keys(cur.diagnostics)).toEqual(baseline);
          });
        });
      }
    });
  }
}
