/**
 * Runs parseDocument + lint on one text inside a worker thread (bundled by hostile.test.ts), so that
 * a hang or a quadratic blow-up is cut off at the test's bound instead of stalling the whole suite.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';
import { lspLines, rangeProblems } from './support';

const { text } = workerData as { text: string };
try {
  const t0 = performance.now();
  const doc = parseDocument(text);
  const parseMs = performance.now() - t0;
  const diags = lint(doc, { today: '2023-06-01' });
  const ms = performance.now() - t0;
  const lines = lspLines(text);
  parentPort!.postMessage({
    ok: true,
    ms,
    parseMs,
    lineCount: doc.source.lines.length,
    expectedLines: lines.length,
    diagnostics: diags.length,
    docProblems: rangeProblems(doc, lines),
    diagProblems: rangeProblems(diags, lines),
  });
} catch (e) {
  parentPort!.postMessage({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
}
