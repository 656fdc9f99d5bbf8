// Runs the in-extension-host suite (out-test/e2e/suite.js) in a real VS Code workbench served by code-server.
// Usage: node in-host.mjs PORT EXT_DIR TESTS_FILE WORKSPACE   (exit code = the suite's; 3 = timeout; 4 = setup)
// The workbench calls window.codeAutomationExit(code) when run() settles and forwards the extension host's console
// to window.codeAutomationLog(type, args); both are exposed before the page loads.
import { isNoise, launchBrowser, workbenchUrl } from './common.mjs';

const [port, extDir, testsFile, folder] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node in-host.mjs PORT EXT_DIR TESTS_FILE WORKSPACE');
  process.exit(4);
}
const timeoutMs = Number(process.env.FENGONG_E2E_TIMEOUT_MS || 300_000);
const verbose = !!process.env.FENGONG_E2E_VERBOSE;

const { page, close } = await launchBrowser();
let finish;
const exitCode = new Promise((resolve) => (finish = resolve));
const timer = setTimeout(() => {
  console.error(`TIMEOUT: the in-host suite did not finish within ${timeoutMs / 1000} s (codeAutomationExit never called); ` +
    'the extension host may have failed to load the extension or the test module');
  finish(3);
}, timeoutMs);

await page.exposeFunction('codeAutomationLog', (type, args) => {
  const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
  if (!verbose && type !== 'log' && isNoise(text)) return;
  (type === 'error' ? console.error : console.log)(type === 'log' || type === 'info' ? text : `[exthost ${type}] ${text}`);
});
await page.exposeFunction('codeAutomationExit', (code) => finish(code));
if (verbose) page.on('console', (m) => console.log(`[browser ${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.error(`[browser pageerror] ${e.message}`));

await page.goto(workbenchUrl(port, { extDir, testsFile, folder }));
const code = await exitCode;
clearTimeout(timer);
await close();
console.log(`in-host suite exit code ${code}`);
process.exit(code);
