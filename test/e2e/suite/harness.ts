// A minimal test harness for the in-extension-host suite. No mocha: the same run() works under code-server's
// test payload and under @vscode/test-electron, and its output is plain lines on the console.
import * as assert from 'assert';

export interface TestCase {
  name: string;
  fn: () => Promise<void> | void;
  timeoutMs: number;
  /** When a gate fails, the later tests are not run (each is counted failed with the gate's name). */
  gate?: boolean;
}

const cases: TestCase[] = [];

export function test(name: string, fn: () => Promise<void> | void, timeoutMs = 60_000): void {
  cases.push({ name, fn, timeoutMs });
}

/** A test the others depend on (the extension activates, its server answers): if it fails, the rest fail at once. */
export function gate(name: string, fn: () => Promise<void> | void, timeoutMs = 60_000): void {
  cases.push({ name, fn, timeoutMs, gate: true });
}

export interface SuiteResult {
  passed: number;
  failed: number;
  failures: { name: string; error: string }[];
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

export async function runAll(suiteName: string, filter?: string): Promise<SuiteResult> {
  const result: SuiteResult = { passed: 0, failed: 0, failures: [] };
  const parts = (filter ?? '').split('|').filter(Boolean); // FENGONG_E2E_FILTER: name parts separated by |
  const selected = parts.length ? cases.filter((c) => parts.some((p) => c.name.includes(p))) : cases;
  let blockedBy: string | undefined;
  for (const c of selected) {
    if (blockedBy) {
      result.failed++;
      result.failures.push({ name: c.name, error: `not run: "${blockedBy}" failed` });
      console.log(`  FAIL ${c.name} (not run: "${blockedBy}" failed)`);
      continue;
    }
    const started = Date.now();
    try {
      await withTimeout(Promise.resolve().then(c.fn), c.timeoutMs, c.name);
      result.passed++;
      console.log(`  ok   ${c.name} (${Date.now() - started} ms)`);
    } catch (err) {
      result.failed++;
      const msg = err instanceof Error ? (err.stack ?? err.message) : String(err);
      result.failures.push({ name: c.name, error: msg });
      console.log(`  FAIL ${c.name} (${Date.now() - started} ms)\n${indent(msg)}`);
      if (c.gate) blockedBy = c.name;
    }
  }
  // Machine-readable line read by scripts/e2e/run.sh to sum the suites.
  console.log(`E2E-RESULT ${JSON.stringify({ suite: suiteName, passed: result.passed, failed: result.failed })}`);
  console.log(`[${suiteName}] ${result.passed} passed, ${result.failed} failed`);
  return result;
}

function indent(s: string): string {
  return s
    .split('\n')
    .slice(0, 25)
    .map((l) => `       ${l}`)
    .join('\n');
}

/** Poll `probe` until it returns a value accepted by `ok`, or fail after `timeoutMs` with the last value seen. */
export async function waitFor<T>(
  what: string,
  probe: () => T | Promise<T>,
  ok: (v: T) => boolean,
  timeoutMs = 20_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastErr: unknown;
  for (;;) {
    try {
      last = await probe();
      if (ok(last)) return last;
      lastErr = undefined;
    } catch (err) {
      lastErr = err;
    }
    if (Date.now() > deadline) {
      const seen = lastErr ? `error: ${lastErr instanceof Error ? lastErr.message : String(lastErr)}` : `last value: ${preview(last)}`;
      throw new assert.AssertionError({ message: `timed out after ${timeoutMs} ms waiting for ${what} (${seen})` });
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export function preview(v: unknown, max = 1500): string {
  let s: string;
  try {
    s = JSON.stringify(v);
  } catch {
    s = String(v);
  }
  if (s === undefined) s = String(v);
  return s.length > max ? `${s.slice(0, max)}… (${s.length} chars)` : s;
}
