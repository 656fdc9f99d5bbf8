import type { Numbering } from '../model';
import type { Rule } from './types';
import { chineseNumeral, t, taskHeadRange } from './util';

/** The marker a numbering would have in a given style signature. */
function markerFor(style: Numbering['style'], fullWidth: boolean, delimiter: string, value: number): string {
  switch (style) {
    case 'cn-di':
      return `第${chineseNumeral(value)}${delimiter || '部分'}`;
    case 'cn-dun':
      return `${chineseNumeral(value)}、`;
    case 'cn-paren':
      return fullWidth ? `（${chineseNumeral(value)}）` : `(${chineseNumeral(value)})`;
    case 'arabic-dot':
      return `${value}${delimiter || (fullWidth ? '．' : '.')}`;
    case 'arabic-dun':
      return `${value}、`;
    case 'arabic-paren':
      return fullWidth ? `（${value}）` : `(${value})`;
    case 'arabic-circled':
      return String.fromCodePoint(0x2460 + value - 1);
  }
}

function signature(n: Numbering): string {
  if (n.style === 'cn-dun' || n.style === 'arabic-dun' || n.style === 'arabic-circled') return n.style;
  if (n.style === 'arabic-dot') return `${n.style}|${n.delimiter}`;
  return `${n.style}|${n.fullWidth ? 'full' : 'ascii'}`;
}

function describe(n: Numbering): string {
  return markerFor(n.style, n.fullWidth, n.delimiter, 1);
}

const rule: Rule = {
  id: 'numbering-style',
  defaultSeverity: 'warning',
  description: {
    zh: '同一层级混用不同的编号样式（“1.”与“1、”，“(一)”与“（一）”），以本文件同级多数的写法为准；以及层级使用不当，如子项编号“(1)”直接出现在部分标题之下，而本方案任务写作“1.”。',
    en: 'Mixed numbering styles within one level (`1.` beside `1、`, `(一)` beside `（一）`); the majority style of that level in the document is the norm. Also a level used out of its place: `(1)`, a sub-item\'s numbering, directly under a part in a plan whose tasks are `1.`.',
  },
  defaultOptions: {},
  check(ctx) {
    const a = ctx.analysis;
    if (!ctx.plan) return;
    const groups: { numbering: Numbering; range: import('../model').Range; what: { zh: string; en: string } }[][] = [];
    for (const c of a.classes.values()) {
      // A table's 序号 cell (`| 4 |`) has no delimiter by nature: it is not a list marker to compare.
      const listed = c.tasks.filter((task) => !task.numbering.cell);
      groups.push(listed.map((task) => ({ numbering: task.numbering, range: taskHeadRange(ctx.doc, task), what: t('任务', 'task') })));
    }
    for (const level of ['part', 'chapter'] as const) {
      const secs = a.allSections.filter((s) => s.level === level && s.numbering);
      groups.push(secs.map((s) => ({ numbering: s.numbering!, range: s.numbering!.marker.range, what: t('标题', 'heading') })));
    }
    // A level used out of its place: `(1)` (a sub-item's numbering) directly under a part or chapter
    // in a plan whose tasks are numbered `1.`.
    const main = a.mainClass === null ? null : a.classes.get(a.mainClass)!;
    if (main) {
      const total = ctx.plan.tasks.length;
      for (const c of a.classes.values()) {
        if (c.key <= main.key || c.tasks.length * 5 > total) continue;
        const sample = main.tasks[0].numbering;
        for (const task of c.tasks) {
          const parent = task.path[task.path.length - 1];
          const where = parent ? `“${parent.numbering?.marker.text ?? ''}${parent.title.text.slice(0, 12)}”` : '方案';
          const whereEn = parent ? `“${parent.numbering?.marker.text ?? ''}${parent.title.text.slice(0, 12)}”` : 'the plan';
          ctx.report({
            range: task.numbering.marker.range,
            message: t(
              `层级使用不当：“${task.numbering.marker.text}”是任务下子项的编号，此处直接位于${where}之下；本方案任务写作“${describe(sample)}”`,
              `numbering level out of place: “${task.numbering.marker.text}” numbers sub-items of a task, but stands directly under ${whereEn}; this plan numbers its tasks like “${describe(sample)}”`,
            ),
          });
        }
      }
    }
    for (const items of groups) {
      if (items.length < 3) continue;
      const counts = new Map<string, { n: number; sample: Numbering }>();
      for (const it of items) {
        const k = signature(it.numbering);
        const e = counts.get(k) ?? { n: 0, sample: it.numbering };
        e.n++;
        counts.set(k, e);
      }
      if (counts.size < 2) continue;
      const [bestKey, best] = [...counts.entries()].sort((x, y) => y[1].n - x[1].n)[0];
      if (best.n * 2 <= items.length) continue; // no clear convention
      for (const it of items) {
        if (signature(it.numbering) === bestKey) continue;
        const want = markerFor(best.sample.style, best.sample.fullWidth, best.sample.delimiter, it.numbering.value);
        ctx.report({
          range: it.numbering.marker.range,
          message: t(
            `编号样式不一致：本级${best.n}处写作“${describe(best.sample)}”样式，此处为“${it.numbering.marker.text}”`,
            `inconsistent numbering style: ${best.n} items of this level are written like “${describe(best.sample)}”, this one is “${it.numbering.marker.text}”`,
          ),
          fixes: [{ title: t(`改为“${want}”`, `change to “${want}”`), edits: [{ range: it.numbering.marker.range, newText: want }], preferred: true }],
        });
      }
    }
  },
};
export default rule;
