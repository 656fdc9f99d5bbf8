/**
 * The grammar highlights exactly the field labels the parser reads, each as its role. Its label
 * alternations are derived from the parser's table (`parse/labels.ts`); `UPDATE_GRAMMAR=1` rewrites
 * them in `syntaxes/fengong.tmLanguage.json` (then read the diff).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABEL_ROLES } from '../../server/src/core/parse/labels';

const FILE = join(__dirname, '../../syntaxes/fengong.tmLanguage.json');

/** Every group of the grammar whose alternatives are all field labels, with all labels of the same roles. */
function withParserLabels(grammar: string): string {
  // Groups are written `(A|B)` or `(?:A|B)` inside JSON strings; labels are CJK, so `[\u4e00-\u9fa5|]+` finds them.
  return grammar.replace(/\((\?:)?([\u4e00-\u9fa5]+(?:\|[\u4e00-\u9fa5]+)+)\)/g, (whole, nc: string | undefined, alts: string) => {
    const labels = alts.split('|');
    if (!labels.every((l) => LABEL_ROLES.has(l))) return whole;
    const roles = new Set(labels.map((l) => LABEL_ROLES.get(l)));
    const all = [...LABEL_ROLES].filter(([, r]) => roles.has(r)).map(([l]) => l); // longest first
    return `(${nc ?? ''}${all.join('|')})`;
  });
}

describe('grammar labels', () => {
  const text = readFileSync(FILE, 'utf8');
  const expected = withParserLabels(text);
  if (process.env.UPDATE_GRAMMAR && expected !== text) writeFileSync(FILE, expected);

  it('every label alternation lists all labels of its roles, longest first', () => {
    expect(text).toBe(expected);
  });

  it('has a begin rule per role', () => {
    const grammar = JSON.parse(text);
    const begins: string[] = grammar.repository.field.patterns.map((p: { begin: string }) => p.begin);
    for (const label of LABEL_ROLES.keys()) expect(begins.some((b) => new RegExp(b).exec(`${label}：`)?.[1] === label), label).toBe(true);
  });
});
