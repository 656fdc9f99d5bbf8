import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import type { FengongDocument, Task } from '../../server/src/core/model';
import { readSeed, SEED } from '../helpers/seeds';
import { renderPlan, type RenderLayout } from '../helpers/render';

/** What a reviewer reads off a task, independent of layout and punctuation. */
const summary = (doc: FengongDocument, roles: readonly ('leaders' | 'leadUnits' | 'units' | 'deadline')[]) =>
  doc.plan!.tasks.map((t: Task) => ({
    n: t.numbering.value,
    path: t.path.map((s) => s.numbering?.value ?? s.title.text),
    text: t.text.text.replace(/\n/g, ''),
    ...(roles.includes('leaders') ? { leaders: t.leaders.map((u) => u.name) } : {}),
    ...(roles.includes('leadUnits') ? { lead: t.leadUnits.map((u) => u.name) } : {}),
    ...(roles.includes('units') ? { units: t.units.map((u) => u.name) } : {}),
    ...(roles.includes('deadline') ? { deadline: t.deadline?.date ?? null } : {}),
  }));

const ALL = ['leaders', 'leadUnits', 'units', 'deadline'] as const;

describe('the same plan in every layout reads the same', () => {
  for (const name of [SEED.daxing2023, SEED.caidian2023, SEED.jiangxia2023]) {
    const original = parseDocument(readSeed(name));
    const layouts: [RenderLayout, readonly (typeof ALL)[number][]][] = [
      ['own-line', ALL],
      ['paren-line', ALL],
      ['inline', ALL],
      ['table', ALL],
      // Prose names only lead and co-responsible units.
      ['prose', ['leadUnits', 'units']],
    ];
    for (const [layout, roles] of layouts) {
      for (const fullWidth of [false, true]) {
        it(`${name} as ${layout}${fullWidth ? ', full-width' : ''}`, () => {
          const text = renderPlan(original, { layout, fullWidth });
          const doc = parseDocument(text);
          expect(doc.kind).toBe('plan');
          // Prose (`X牵头，Y配合`) cannot express a task without a lead unit (001's targets, 003 part 三
          // tasks 1, 3, 4): compare the tasks it can express.
          const keep = (s: ReturnType<typeof summary>) => (layout === 'prose' ? s.filter((t) => t.lead?.length) : s);
          expect(keep(summary(doc, roles))).toEqual(keep(summary(original, roles)));
          expect(doc.plan!.conventions.fieldLayout).toBe(layout === 'prose' ? 'prose' : layout);
        });
      }
    }
  }
});
