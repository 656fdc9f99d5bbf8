/** Name counts updated after an edit are the counts a fresh count gives: names, uses, order, first places. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../bench/generate.mjs';
import type { FengongDocument, Section, Task } from '../../server/src/core/model';
import { parseDocument } from '../../server/src/core/parse';
import { compareDocuments } from '../../server/src/core/rules/incremental';
import { countUsage, updateUsage, type Usage } from '../../server/src/core/rules/usage';
import { seed } from './helpers';

const RUNS = Number(process.env.FENGONG_FUZZ_RUNS ?? 100);

function sections(doc: FengongDocument): Section[] {
  const out: Section[] = [];
  const walk = (children: readonly (Section | Task)[]) => {
    for (const c of children) if (c.type === 'section') out.push(c), walk(c.children);
  };
  walk(doc.plan?.children ?? []);
  return out;
}

const usageOf = (doc: FengongDocument) => countUsage(doc.plan?.tasks ?? [], sections(doc));

/** Everything a usage says, in order. */
const dump = (u: Usage) => ({ units: [...u.units], leaders: [...u.leaders], singletons: [...u.singletons] });

const plans = [seed('000'), seed('003'), generatePlan({ layout: 'own-line', tasks: 60, seed: 3 })];
const NAMES = ['区发改局', '区财政局', '区商务局', '各街道办事处', '区财改局', '张三'];

describe('updateUsage', () => {
  it('gives what a fresh count gives, or says to count afresh', () => {
    let updated = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...plans),
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), kind: fc.nat(7), name: fc.constantFrom(...NAMES) }), { minLength: 1, maxLength: 4 }),
        (text, edits) => {
          let doc = parseDocument(text);
          let usage = usageOf(doc);
          for (const e of edits) {
            const lines = text.split('\n');
            const i = Math.floor(e.at * lines.length);
            // The hard cases: the line where a name is first written loses it (it may be written again later).
            const firsts = [...usage.units.values(), ...usage.leaders.values()] as unknown as { owner: number }[];
            const owner = firsts[Math.floor(e.at * firsts.length)]?.owner ?? -1;
            const first = owner >= 0 ? doc.plan!.tasks[owner].fields.find((f) => f.names.length)?.range.start.line : undefined;
            if (e.kind === 0) lines[i] = lines[i].replace(/局/, '居');
            else if (e.kind === 1) lines.splice(i, 0, `责任单位：${e.name}、区科经局`);
            else if (e.kind === 2) lines.splice(i, 1);
            else if (e.kind === 3) lines.splice(i, 0, lines[i]);
            else if (e.kind === 6) {
              // A task more or less: the names first written after it move with it.
              const t = doc.plan!.tasks[Math.floor(e.at * doc.plan!.tasks.length)];
              if (t && e.name.length % 2) lines.splice(t.line, 1);
              else if (t) lines.splice(t.line, 0, lines[t.line]);
            } else if (first !== undefined && e.kind === 4) lines.splice(first, 1);
            else if (first !== undefined) lines[first] = lines[first].replace(/[局办委]/g, '处');
            text = lines.join('\n');
            const next = parseDocument(text, doc);
            const fresh = usageOf(next);
            const incremental = updateUsage(usage, doc.plan?.tasks ?? [], next.plan?.tasks ?? [], compareDocuments(doc, next));
            if (incremental) {
              updated++;
              expect(dump(incremental)).toEqual(dump(fresh));
            }
            doc = next;
            usage = incremental ?? fresh;
          }
        },
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
    expect(updated).toBeGreaterThan(RUNS / 2);
  }, 60_000);
});
