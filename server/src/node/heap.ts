import { setFlagsFromString } from 'node:v8';

/**
 * Lets short-lived objects die young in a process that parses many versions or many files (the
 * server, the CLI).
 *
 * V8 watches each place that allocates object literals; when most of its objects survive minor GCs,
 * it decides to allocate them in the old generation from then on ("pretenuring"), and that decision
 * is never taken back. A parse of a large plan from scratch makes every model object survive (they
 * are the result), so after the first large plan every later parse (each keystroke's, each small
 * file's) put its short-lived objects in the old generation, where only a major GC frees them.
 * Measured on the seeds after one 1,000-task parse: parse + lint p50 2.9 → 1.7 ms, p95 12–15 → 3–5 ms
 * (docs/performance.md). Large plans parse no slower without it.
 *
 * Called by the entry points before anything is parsed; never by the core, which touches no process
 * state.
 */
export function keepYoungObjectsYoung(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}
