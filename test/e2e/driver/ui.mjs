// UI checks on the real workbench (code-server + Chromium): squiggles on a damaged seed, the Problems panel rows,
// the outline view, the status bar item and the statistics view. Screenshots go to OUT_DIR and must be looked at.
// Usage: node ui.mjs PORT EXT_DIR WORKSPACE OUT_DIR
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, repoRoot, workbenchUrl } from './common.mjs';

const [port, extDir, folder, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node ui.mjs PORT EXT_DIR WORKSPACE OUT_DIR');
  process.exit(4);
}
fs.mkdirSync(outDir, { recursive: true });

// The damaged seed: seed 003 with the lead field of task 2 deleted (missing-lead), besides its genuine defects.
const seed = fs.readFileSync(path.join(repoRoot, 'seeds', '003_e6966e7ac26a54e2.txt'), 'utf8');
const seedLines = seed.split(/\r\n|\r|\n/);
const task2 = seedLines.findIndex((l) => /^2[.．、]/.test(l));
seedLines[task2] = seedLines[task2].replace(/牵头单位[:：][^;；,，)）]*[;；]/, '');
const damagedName = 'ui-damaged-003.txt';
fs.writeFileSync(path.join(folder, damagedName), seedLines.join('\n'));
// What the CLI reports on the damaged seed: each must be a row of the Problems panel.
const cli = spawnSync(process.execPath, [path.join(extDir, 'dist', 'cli.js'), 'check', '--format', 'json', path.join(folder, damagedName)], { encoding: 'utf8' });
const expectedRows = (() => {
  try {
    return JSON.parse(cli.stdout).files[0].diagnostics.map((d) => ({ rule: d.rule, at: `[Ln ${d.range.start.line + 1}, Col ${d.range.start.character + 1}]` }));
  } catch {
    return null;
  }
})();
const pkg = JSON.parse(fs.readFileSync(path.join(extDir, 'package.json'), 'utf8'));
const nlsFile = path.join(extDir, 'package.nls.json');
const nls = fs.existsSync(nlsFile) ? JSON.parse(fs.readFileSync(nlsFile, 'utf8')) : {};
const localized = (s) => (typeof s === 'string' ? s.replace(/^%(.+)%$/, (m, k) => nls[k] ?? m) : s);
const commandTitle = (id) => {
  const c = (pkg.contributes?.commands ?? []).find((x) => x.command === id);
  return c ? `${c.category ? `${localized(c.category)}: ` : ''}${localized(c.title)}` : id;
};

const results = [];
const { page, close } = await launchBrowser();
const shot = async (name) => {
  const file = path.join(outDir, name);
  await page.screenshot({ path: file });
  console.log(`       screenshot ${path.relative(repoRoot, file)}`);
};
let blockedBy;
/** A failing gate (the page loads, the server's squiggles appear) fails the later checks at once instead of by timeout. */
async function check(name, fn, { gate = false } = {}) {
  if (blockedBy) {
    results.push({ name, ok: false });
    console.log(`  FAIL ${name} (not run: "${blockedBy}" failed)`);
    return;
  }
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ok   ${name} (${Date.now() - started} ms)`);
  } catch (err) {
    results.push({ name, ok: false });
    if (gate) blockedBy = name;
    console.log(`  FAIL ${name} (${Date.now() - started} ms)\n       ${String(err?.message ?? err).split('\n').slice(0, 8).join('\n       ')}`);
    await shot(`FAIL-${name.replace(/[^a-z0-9]+/gi, '-')}.png`).catch(() => {});
  }
}
async function runCommand(title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 20_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row').first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
}

const started = Date.now();
try {
  await page.goto(workbenchUrl(port, { extDir, folder }));
  await check('workbench loads with the extension under development', async () => {
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.statusbar').waitFor({ timeout: 30_000 });
  }, { gate: true });

  await check('squiggles on the damaged seed', async () => {
    // Open it from the Explorer as a user does (Quick Open depends on the file search, slow to register at startup).
    await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: damagedName }).first().click({ timeout: 30_000 });
    await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 20_000 });
    const squiggles = page.locator('.monaco-editor [class*="squiggly-"]');
    await squiggles.first().waitFor({ timeout: 45_000 }).catch(() => {
      throw new Error(`no squiggle within 45 s on ${damagedName}: is the language server running? (see the 'Fengong' output channel)`);
    });
    console.log(`       ${await squiggles.count()} squiggles rendered in the viewport`);
    // Show the message of the damaged task's squiggle in a hover.
    const line = page.locator('.monaco-editor .view-line').filter({ hasText: /^2[.．、]/ }).first();
    const box = await line.boundingBox();
    if (box) {
      await page.mouse.move(box.x + 12, box.y + box.height / 2);
      await page.locator('.monaco-hover').filter({ hasText: 'missing-lead' }).first().waitFor({ state: 'visible', timeout: 10_000 })
        .catch(() => console.log('       (no hover with the missing-lead message appeared)'));
    }
    await shot('01-squiggles.png');
    await page.mouse.move(5, 500);
  }, { gate: true });

  await check('Problems panel lists the fengong diagnostics', async () => {
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ timeout: 30_000 });
    if (!expectedRows) throw new Error(`the CLI gave no JSON for the damaged seed: ${cli.stderr}`);
    const deadline = Date.now() + 30_000;
    let texts = [];
    let missing = expectedRows;
    while (Date.now() < deadline) {
      texts = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
      missing = expectedRows.filter((e) => !texts.some((t) => t.includes('fengong') && t.includes(e.rule) && t.includes(e.at)));
      if (missing.length === 0) break;
      await page.waitForTimeout(200);
    }
    console.log(`       ${texts.length} rows rendered, e.g. ${JSON.stringify(texts.slice(0, 3))}`);
    if (missing.length) throw new Error(`Problems rows missing for the CLI's diagnostics: ${JSON.stringify(missing)}`);
    console.log(`       all ${expectedRows.length} CLI diagnostics of ${damagedName} are rows: ${expectedRows.map((e) => `${e.rule} ${e.at}`).join(', ')}`);
    await shot('02-problems.png');
  });

  await check('outline view lists the plan structure', async () => {
    await runCommand('Outline: Focus on Outline View');
    const rows = page.locator('.outline-pane .monaco-list-row, [id="outline"] .monaco-list-row');
    await rows.first().waitFor({ timeout: 30_000 });
    const deadline = Date.now() + 15_000;
    let texts = await rows.allInnerTexts();
    while (!texts.some((t) => t.includes('重点工作')) && Date.now() < deadline) {
      await page.waitForTimeout(200);
      texts = await rows.allInnerTexts();
    }
    if (!texts.some((t) => t.includes('重点工作'))) throw new Error(`the outline lacks part 二、重点工作: ${JSON.stringify(texts)}`);
    console.log(`       ${texts.length} outline rows rendered, e.g. ${JSON.stringify(texts.slice(0, 4).map((t) => t.replace(/\s+/g, ' ').slice(0, 40)))}`);
    await shot('03-outline.png');
  });

  await check('status bar shows the task count (139)', async () => {
    const item = page.locator('.statusbar-item').filter({ hasText: /139/ });
    await item.first().waitFor({ timeout: 30_000 });
    console.log(`       status bar item: ${JSON.stringify((await item.first().innerText()).trim())}`);
    await item.first().screenshot({ path: path.join(outDir, '04-statusbar-item.png') });
    await shot('04-statusbar.png');
  });

  await check('statistics view opens and shows the task count', async () => {
    await page.locator('.monaco-editor .view-lines').first().click();
    await runCommand(commandTitle('fengong.showStatistics'));
    // The webview's content lives in nested iframes: find the frame that shows the statistics.
    const deadline = Date.now() + 30_000;
    let text = '';
    while (Date.now() < deadline && !/139/.test(text)) {
      for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
        const t = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
        if (/139/.test(t)) text = t;
      }
      if (!/139/.test(text)) await page.waitForTimeout(250);
    }
    if (!/139/.test(text)) throw new Error(`no webview frame shows the statistics (139 tasks); frames: ${page.frames().map((f) => f.url().slice(0, 80)).join(' | ')}`);
    console.log(`       statistics view: ${JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 160))}`);
    await shot('05-statistics.png');
  });
} finally {
  await close();
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`E2E-RESULT ${JSON.stringify({ suite: 'ui', passed, failed })}`);
console.log(`[ui] ${passed} passed, ${failed} failed (${Math.round((Date.now() - started) / 1000)} s)`);
process.exit(failed > 0 ? 1 : 0);
