import { spawnSync } from 'child_process';
import * as path from 'path';
import { describe, expect, it } from 'vitest';

/**
 * The @vscode/test-electron run of the in-host suite (activation, diagnostics vs the CLI, outline, …:
 * test/e2e/suite) in a desktop VS Code. It needs a desktop build: one given by
 * FENGONG_VSCODE_EXECUTABLE, or one @vscode/test-electron may download (FENGONG_E2E_ELECTRON=download).
 * Neither exists on this project's machines (only the npm registry and Debian are reachable, and
 * neither carries VS Code or Electron), so here it is skipped — and says so. The same suite runs in a
 * real VS Code workbench (code-server) in `npm run test:e2e`, which CI runs.
 */
const ROOT = path.resolve(__dirname, '../..');
const executable = process.env.FENGONG_VSCODE_EXECUTABLE;
const mayDownload = process.env.FENGONG_E2E_ELECTRON === 'download';
const REASON =
  'no desktop VS Code on this machine and none can be downloaded (only the npm registry and Debian are reachable); ' +
  'the same in-host suite runs in code-server via `npm run test:e2e`. Set FENGONG_VSCODE_EXECUTABLE=/path/to/code ' +
  'or FENGONG_E2E_ELECTRON=download to run it here (test/e2e/README.md).';

const esbuild = path.join(ROOT, 'node_modules', '.bin', 'esbuild');
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: 'inherit', timeout: 15 * 60_000 });

describe('@vscode/test-electron: the in-host suite in a desktop VS Code', () => {
  if (!executable && !mayDownload) {
    console.warn(`[electron] skipped: ${REASON}`);
    it.skip(`skipped: ${REASON}`, () => undefined);
    return;
  }
  it('activates, publishes the CLI diagnostics and the outline (test/e2e/suite)', () => {
    expect(run(esbuild, ['test/e2e/suite/index.ts', '--bundle', '--platform=node', '--format=cjs', '--external:vscode', '--outfile=out-test/e2e/suite.js']).status).toBe(0);
    expect(run(esbuild, ['test/e2e/electron/runTest.ts', '--bundle', '--platform=node', '--format=cjs', '--packages=external', '--outfile=out-test/e2e/runTest.js']).status).toBe(0);
    expect(run(process.execPath, ['out-test/e2e/runTest.js']).status).toBe(0);
  }, 20 * 60_000);
});
