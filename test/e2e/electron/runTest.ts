// @vscode/test-electron entry: runs the same in-host suite (test/e2e/suite) in a downloaded desktop VS Code.
// Not runnable on the CI machines of this project (no route to the VS Code download servers); see test/e2e/README.md.
//   npm run build && npx esbuild test/e2e/suite/index.ts --bundle --platform=node --format=cjs --external:vscode \
//     --outfile=out-test/e2e/suite.js
//   npx esbuild test/e2e/electron/runTest.ts --bundle --platform=node --format=cjs --packages=external \
//     --outfile=out-test/e2e/runTest.js && node out-test/e2e/runTest.js
// Env: FENGONG_VSCODE_EXECUTABLE (a desktop VS Code to use instead of downloading one),
//      FENGONG_E2E_VSCODE_VERSION (default 'stable'), FENGONG_E2E_FILTER (run only tests whose name contains it).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'fengong') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`package.json of fengong not found above ${__dirname}`);
    dir = up;
  }
}

async function main(): Promise<void> {
  const root = repoRoot();
  const suite = path.join(root, 'out-test', 'e2e', 'suite.js');
  if (!fs.existsSync(suite)) throw new Error(`${suite} is missing: compile test/e2e/suite first (see the header)`);
  // A fresh copy of the fixtures workspace: the suite writes seed copies and workspace settings into it.
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'fengong-e2e-ws-'));
  fs.cpSync(path.join(root, 'test', 'e2e', 'fixtures', 'ws'), ws, { recursive: true });
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'fengong-e2e-user-'));
  try {
    await runTests({
      // A desktop VS Code already on the machine, or one @vscode/test-electron downloads.
      ...(process.env.FENGONG_VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.FENGONG_VSCODE_EXECUTABLE } : {}),
      version: process.env.FENGONG_E2E_VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: suite,
      launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
        `--user-data-dir=${userData}`],
      extensionTestsEnv: { FENGONG_E2E_FILTER: process.env.FENGONG_E2E_FILTER ?? '' },
    });
  } finally {
    fs.rmSync(ws, { recursive: true, force: true });
    fs.rmSync(userData, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`e2e (electron) failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
