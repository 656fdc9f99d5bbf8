// Prints the closing line CI reads: "N passed, N failed" over every suite of `npm run test:all`
// (vitest's JSON report, and the e2e runner's own "e2e: N passed, N failed" line in the CI log).
import fs from 'node:fs';

const [vitestJson = 'test-results/vitest.json', log = 'test-results/ci.log'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const parts = [];

try {
  const v = JSON.parse(fs.readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  parts.push(`unit/protocol: ${v.numPassedTests} passed, ${v.numFailedTests} failed, ${skipped} skipped (each skip prints its reason above)`);
} catch (e) {
  failed += 1;
  parts.push(`unit/protocol: no report (${e.message})`);
}

let e2e = null;
try {
  for (const line of fs.readFileSync(log, 'utf8').split(/\r?\n/)) {
    const m = /^e2e(?: total)?:\s*(\d+) passed, (\d+) failed/.exec(line.trim());
    if (m) e2e = m;
  }
} catch {
  /* no log: reported below */
}
if (e2e) {
  passed += +e2e[1];
  failed += +e2e[2];
  parts.push(`e2e: ${e2e[1]} passed, ${e2e[2]} failed`);
} else {
  failed += 1;
  parts.push('e2e: no result line');
}

for (const p of parts) console.log(`  ${p}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed ? 1 : 0;
