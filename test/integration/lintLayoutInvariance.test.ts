import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';
import type { FengongDocument } from '../../server/src/core/model';
import { readSeed, SEED } from '../helpers/seeds';
import { renderPlan, type RenderLayout } from '../helpers/render';

/**
 * The rules judge what a document says, not how it is laid out: a seed re-rendered in another
 * layout gets the same diagnostics, by rule and by task. (field-separator is about the exact
 * punctuation of 003 task 71, which re-rendering normalises, so it is left out.)
 */
function findings(doc: FengongDocument) {
  const taskAt = (line: number) => doc.plan!.tasks.find((t) => t.range.start.line <= line && line <= t.range.end.line);
  return lint(doc, { today: '2023-06-01' })
    .filter((d) => d.rule !== 'field-separator')
    .map((d) => {
      const t = taskAt(d.range.start.line);
      return `${d.rule}@${t ? `${t.path.map((s) => s.numbering?.value ?? '-').join('.')}/${t.numbering.value}` : 'plan'}`;
    })
    .sort();
}

describe('diagnostics do not depend on the layout', () => {
  for (const name of [SEED.daxing2023, SEED.caidian2023, SEED.jiangxia2023]) {
    const original = parseDocument(readSeed(name));
    const expected = findings(original);
    for (const layout of ['own-line', 'paren-line', 'inline', 'table'] as RenderLayout[]) {
      for (const fullWidth of [false, true]) {
        it(`${name} as ${layout}${fullWidth ? ', full-width' : ''}`, () => {
          expect(findings(parseDocument(renderPlan(original, { layout, fullWidth })))).toEqual(expected);
        });
      }
    }
  }
});
