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
import { lint } from '../../server/src/core/rules';
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
