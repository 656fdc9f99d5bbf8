import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

/**
 * The regression corpus: drafts in layouts the seeds do not have, one file per layout or per bug
 * found, each with the diagnostics a reviewer accepted (`X.expected.json`: rule, severity, range,
 * and the task counts the parser must see). Every expected diagnostic was read and judged genuine
 * when the file was added; `UPDATE_CORPUS=1` rewrites them, after which `git diff` must be read.
 */
const DIR = __dirname;
const TODAY = '2023-01-01';

interface Expected {
  kind: string;
  tasks: number[];
  diagnostics: { rule: string; severity: string; range: string }[];
}

function actual(text: string): Expected {
  const doc = parseDocument(text);
  const r = (d: { range: { start: { line: number; character: number }; end: { line: number; character: number } } }) =>
    `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
  return {
    kind: doc.kind,
    // Every plan's tasks, in document order (a notice may attach several).
    tasks: doc.plans.flatMap((p) => p.tasks.map((t) => t.numbering.value)),
    diagnostics: lint(doc, { today: TODAY }).map((d) => ({ rule: d.rule, severity: d.severity, range: r(d) })),
  };
}

describe('regression corpus', () => {
  const files = fs.readdirSync(DIR).filter((f) => /\.(txt|md|fengong)$/.test(f) && !/^readme/i.test(f)).sort();
  it('has drafts', () => expect(files.length).toBeGreaterThanOrEqual(4));
  for (const file of files) {
    it(file, () => {
      const got = actual(fs.readFileSync(path.join(DIR, file), 'utf8'));
      const expectedFile = path.join(DIR, file.replace(/\.(txt|md|fengong)$/, '.expected.json'));
      if (process.env.UPDATE_CORPUS) fs.writeFileSync(expectedFile, JSON.stringify(got, null, 2) + '\n');
      expect(fs.existsSync(expectedFile), `${expectedFile} is missing (UPDATE_CORPUS=1 writes it; review it)`).toBe(true);
      expect(got).toEqual(JSON.parse(fs.readFileSync(expectedFile, 'utf8')));
    });
  }
});
