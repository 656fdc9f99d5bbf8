// Regenerates schemas/*.schema.json from the zod schemas in server/src/core/config.
//   node scripts/gen-schema.mjs          write the files
//   node scripts/gen-schema.mjs --check  exit 1 when they are out of date
// (test/config/schema.test.ts checks the same on every test run.)
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'fengong-schema-'));
const out = join(dir, 'schema.cjs');
try {
  await esbuild.build({
    entryPoints: [join(root, 'server/src/core/config/jsonSchema.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: out,
    logLevel: 'warning',
  });
  const { schemaFiles } = createRequire(import.meta.url)(out);
  const check = process.argv.includes('--check');
  let stale = false;
  for (const [rel, text] of Object.entries(schemaFiles())) {
    const file = join(root, rel);
    let current = null;
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    if (current === text) continue;
    stale = true;
    if (check) console.error(`${rel} is out of date; run node scripts/gen-schema.mjs`);
    else {
      writeFileSync(file, text);
      console.log(`wrote ${rel}`);
    }
  }
  if (check && stale) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
