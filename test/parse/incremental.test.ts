/**
 * Re-parsing an edited draft with its previous parse (`parseDocument(text, previous)`) must give
 * exactly what a parse from scratch gives, while reading only the lines that changed.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, reusedLines } from '../../server/src/core/parse';
import { readSeed, SEED } from '../helpers/seeds';

const RUNS = Number(process.env.FENGONG_FUZZ_RUNS ?? 100);
const params = { numRuns: RUNS, endOnFailure: true } as const;

const plans: { name: string; text: string }[] = [SEED.daxing2023, SEED.caidian2023, SEED.jiangxia2023].map((name) => ({ name, text: readSeed(name) }));
// A synthetic plan in each layout the seeds lack (bracketed, table, Markdown, first-listed convention).
for (const name of ['table-tabs.txt', 'markdown-draft.md', 'convention-first-listed.txt', 'notice-attachment-fullwidth-crlf.txt'])
  plans.push({ name, text: readFileSync(join(__dirname, '..', 'corpus', name), 'utf8') });

/** What a drafter does between two keystroke parses: type, delete, press Enter, paste a line. */
type Edit =
  | { kind: 'type'; line: number; col: number; s: string }
  | { kind: 'erase'; line: number; col: number; len: number }
  | { kind: 'splitLine'; line: number; col: number }
  | { kind: 'deleteLine'; line: number }
  | { kind: 'duplicateLine'; line: number; to: number };

const typed = fc.constantFrom('区', '局', '1', '2', '.', '、', '：', ':', ';', '；', '(', '）', '牵头单位:', '完成时限：2023年6月底', '，', ' ', '一、', '（三）', '——', '<!-- fengong-disable-line -->', '2023年');
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('type' as const), line: fc.nat(), col: fc.nat(), s: typed }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('erase' as const), line: fc.nat(), col: fc.nat(), len: fc.integer({ min: 1, max: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('splitLine' as const), line: fc.nat(), col: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteLine' as const), line: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicateLine' as const), line: fc.nat(), to: fc.nat() }) },
);

function apply(text: string, e: Edit): string {
  const lines = text.split('\n');
  const i = e.line % lines.length;
  const l = lines[i];
  switch (e.kind) {
    case 'type': {
      const c = e.col % (l.length + 1);
      lines[i] = l.slice(0, c) + e.s + l.slice(c);
      break;
    }
    case 'erase': {
      const c = e.col % (l.length + 1);
      lines[i] = l.slice(0, c) + l.slice(c + e.len);
      break;
    }
    case 'splitLine': {
      const c = e.col % (l.length + 1);
      lines.splice(i, 1, l.slice(0, c), l.slice(c));
      break;
    }
    case 'deleteLine':
      lines.splice(i, 1);
      break;
    case 'duplicateLine':
      lines.splice(e.to % (lines.length + 1), 0, l);
      break;
  }
  return lines.join('\n');
}

/** The model as JSON; a section's `path` (its ancestors, a cycle) is written as their titles. */
const json = (doc: unknown) =>
  JSON.stringify(doc, (k, v) => (k === 'path' && Array.isArray(v) ? v.map((s: { title: { text: string } }) => s.title.text) : v));
const same = (a: unknown, b: unknown) => expect(json(a)).toBe(json(b));

describe('incremental parse', () => {
  it('a chain of edits, each parsed with the previous parse, reads the same as parsing from scratch', () => {
    fc.assert(
      fc.property(fc.nat({ max: plans.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 12 }), (p, edits) => {
        let text = plans[p].text;
        let doc = parseDocument(text);
        for (const e of edits) {
          text = apply(text, e);
          const next = parseDocument(text, doc);
          same(next, parseDocument(text));
          doc = next;
        }
      }),
      params,
    );
  }, 120_000);

  it('typing one character in a task reads only that line again', () => {
    for (const { name, text } of plans.slice(0, 3)) {
      const doc = parseDocument(text);
      const task = doc.plan!.tasks[5];
      const lines = text.split('\n');
      const l = task.text.range.start.line;
      lines[l] = lines[l].slice(0, task.text.range.start.character + 2) + '加' + lines[l].slice(task.text.range.start.character + 2);
      const edited = lines.join('\n');
      const next = parseDocument(edited, doc);
      same(next, parseDocument(edited));
      expect(next.plan!.tasks[5].text.text, name).toContain('加');
      // Every body line the hierarchy reads, except the edited one, comes from the previous parse.
      const read = parseDocument(text, doc);
      expect(reusedLines(next), name).toBeGreaterThan(0);
      expect(reusedLines(read) - reusedLines(next), `${name}: the edited line is read again`).toBeGreaterThanOrEqual(1);
      // Unchanged fields are the very same objects: the next parse shares them with the previous one.
      expect(next.plan!.tasks[6].fields[0], name).toBe(doc.plan!.tasks[6].fields[0]);
      expect(next.plan!.tasks[5].numbering, name).not.toBe(doc.plan!.tasks[5].numbering);
    }
  });

  it('a change of document-wide context (the plan year) reads every line again', () => {
    const text = readSeed(SEED.daxing2023);
    const doc = parseDocument(text);
    const year = doc.plan!.titleText.match(/20\d\d/)![0];
    const edited = text.replace(doc.plan!.titleText, doc.plan!.titleText.replace(year, String(+year + 1)));
    const next = parseDocument(edited, doc);
    expect(reusedLines(next)).toBe(0);
    same(next, parseDocument(edited));
  });
});
