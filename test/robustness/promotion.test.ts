/**
 * What a parse leaves behind must die young: the server parses a version per keystroke and drops
 * the one before, so its garbage has to be freed by the cheap minor GCs. Two things used to promote
 * every seed parse's model to the old generation (~0.75 MB a parse, minor GCs of ~9 ms, warm seed
 * p50 doubled):
 *   - side state kept in WeakMaps keyed by the document (V8's minor GC keeps WeakMap values alive);
 *   - V8's pretenuring, switched on for good by the first large plan parsed from scratch.
 * This file runs in its own process (vitest forks per file), so the large parse below is the first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { keepYoungObjectsYoung } from '../../server/src/node/heap';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';
import { generatePlan } from '../../bench/generate.mjs';

keepYoungObjectsYoung(); // as the server and the CLI do first
setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;
const oldSpaceUsed = () => getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')!.space_used_size;
const root = join(__dirname, '../..');

describe('garbage of a parse dies young', () => {
  it('after a 1,500-task plan parsed from scratch, 40 seed parses promote almost nothing', () => {
    const big = generatePlan({ layout: 'inline', tasks: 1500, seed: 11 });
    for (let k = 0; k < 3; k++) expect(lint(parseDocument(big)).length).toBeGreaterThanOrEqual(0);
    const seed = readFileSync(join(root, 'seeds/000_bb9545a5710306fa.txt'), 'utf8');
    for (let k = 0; k < 10; k++) lint(parseDocument(seed));
    gc();
    const before = oldSpaceUsed();
    let diagnostics = 0;
    for (let k = 0; k < 40; k++) {
      diagnostics += lint(parseDocument(seed)).length;
      gc({ type: 'minor' });
    }
    expect(diagnostics, 'seed 000 is clean').toBe(0);
    // Promoted, each parse's model is ~0.75 MB: 30 MB here.
    expect((oldSpaceUsed() - before) / 1e6, 'MB promoted by 40 seed parses').toBeLessThan(8);
  });

  it('the server and the CLI switch pretenuring off before they parse anything', () => {
    const server = readFileSync(join(root, 'server/src/server.ts'), 'utf8');
    expect(server.indexOf('keepYoungObjectsYoung();')).toBeGreaterThan(0);
    expect(server.indexOf('keepYoungObjectsYoung();')).toBeLessThan(server.indexOf('startServer('));
    const cli = readFileSync(join(root, 'server/src/cli/main.ts'), 'utf8');
    const entry = cli.indexOf('if (require.main === module)');
    expect(cli.indexOf('keepYoungObjectsYoung();', entry)).toBeGreaterThan(entry);
    expect(cli.indexOf('keepYoungObjectsYoung();', entry)).toBeLessThan(cli.indexOf('run(process.argv', entry));
    // What the bundles run: the flag is set in both.
    for (const bundle of ['dist/server.js', 'dist/cli.js'])
      expect(readFileSync(join(root, bundle), 'utf8'), bundle).toContain('--no-allocation-site-pretenuring');
  });
});
