/**
 * A long editing session must not keep old versions alive. Each version is parsed and linted with
 * the one before (as the server does); what survives a garbage collection after hundreds of edits
 * must be about one version's worth, not one text per edit. (A slice of a string keeps its whole
 * parent alive in V8: lines re-read from each version used to keep that version's text.)
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint, lintCacheEntries, releaseLintCaches } from '../../server/src/core/rules';
import { generatePlan } from '../../bench/generate.mjs';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('memory over an editing session', () => {
  it('400 keystrokes in a 2,000-task plan keep about one version alive', () => {
    const text = generatePlan({ layout: 'inline', tasks: 2000, seed: 3 });
    const lines = text.split('\n');
    const taskLines = lines.flatMap((l, i) => (/^\s*\d+[.．、]/.test(l) && l.length > 12 ? [i] : []));
    let doc = parseDocument(text);
    let diagnostics = lint(doc);
    const edit = (k: number) => {
      // Type into a different task each time, at a different place: every version's text is new.
      const line = taskLines[(k * 7919) % taskLines.length];
      const at = 4 + (k % Math.max(1, lines[line].length - 6));
      lines[line] = lines[line].slice(0, at) + '改' + lines[line].slice(at);
      const next = parseDocument(lines.join('\n'), doc);
      diagnostics = lint(next, { previous: { doc, diagnostics } });
      doc = next;
    };
    for (let k = 0; k < 20; k++) edit(k);
    const before = heapAfterGc();
    for (let k = 20; k < 420; k++) edit(k);
    const after = heapAfterGc();
    // One version of this plan is ~0.5 MB of text; 400 retained texts would be ~200 MB.
    expect((after - before) / 1e6, 'MB retained after 400 more edits').toBeLessThan(30);
    expect(doc.plan!.tasks.length).toBe(2000);
  }, 120_000);
});

describe('memory after a large plan is gone', () => {
  it('releaseLintCaches lets a linted 5,000-task plan be collected; lints after it are unchanged', () => {
    const small = generatePlan({ layout: 'paren-line', tasks: 60, seed: 5 });
    const smallDoc = parseDocument(small);
    const expected = lint(smallDoc);
    releaseLintCaches();
    const base = heapAfterGc();
    let big: ReturnType<typeof parseDocument> | null = parseDocument(generatePlan({ layout: 'inline', tasks: 5000, seed: 4 }));
    lint(big);
    big = null;
    // The task texts kept as memo keys are slices of the plan's text, so they keep all of it.
    const kept = (heapAfterGc() - base) / 1e6;
    expect(lintCacheEntries()).toBeGreaterThan(5000);
    releaseLintCaches();
    expect(lintCacheEntries()).toBe(0);
    const released = (heapAfterGc() - base) / 1e6;
    expect(kept, 'MB kept by the caches before the release').toBeGreaterThan(5);
    expect(released, 'MB left after the release').toBeLessThan(3);
    expect(lint(parseDocument(small))).toEqual(expected);
  }, 60_000);

  it("releaseLintCaches('texts') lets the plan's text go too, keeping only tables without text; lints after it are unchanged", () => {
    const small = generatePlan({ layout: 'own-line', tasks: 60, seed: 6 });
    const expected = lint(parseDocument(small));
    releaseLintCaches();
    lint(parseDocument(small));
    const base = heapAfterGc();
    let big: ReturnType<typeof parseDocument> | null = parseDocument(generatePlan({ layout: 'inline', tasks: 5000, seed: 7 }));
    lint(big);
    big = null;
    releaseLintCaches('texts');
    expect(lintCacheEntries()).toBe(0);
    // The bigram table and scratch arrays sized for 5,000 tasks stay (a few MB at most), the text does not.
    expect((heapAfterGc() - base) / 1e6, 'MB left after the release').toBeLessThan(3);
    expect(lint(parseDocument(small))).toEqual(expected);
  }, 60_000);
});

