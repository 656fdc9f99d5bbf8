// Shared by the code-server drivers: playwright-core from the e2e tools folder, Chromium launch, workbench URL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const toolsDir = process.env.FENGONG_E2E_TOOLS || path.join(repoRoot, '.e2e', 'tools');

export function loadPlaywright() {
  try {
    return createRequire(path.join(toolsDir, 'package.json'))('playwright-core');
  } catch (err) {
    console.error(`FATAL: playwright-core not found under ${toolsDir}: run scripts/e2e/install.sh (${err.message})`);
    process.exit(4);
  }
}

/** URL that opens `folder` in the workbench with the extension under development (and optionally the test module). */
export function workbenchUrl(port, { extDir, testsFile, folder }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
  const payload = [['extensionDevelopmentPath', remote(extDir)], ['skipWelcome', 'true']];
  if (testsFile) payload.push(['extensionTestsPath', remote(testsFile)]);
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(path.resolve(folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export async function launchBrowser() {
  const { chromium } = loadPlaywright();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengong-e2e-chromium-'));
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.FENGONG_E2E_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1600, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  const close = async () => {
    await ctx.close().catch(() => {});
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return { ctx, page, close };
}

/** Extension-host console lines that are known noise offline (gallery lookups, vsda, chat runtime). */
export function isNoise(text) {
  return /ENOTFOUND|getaddrinfo|vsda|marketplace|gallery|Failed to fetch|net::ERR_|copilot|chat/i.test(text);
}
