import type { Numbering } from '../model';
import type { DocumentRule } from './types';
import { chineseNumeral, t } from './util';
import { hasTaskMark } from '../parse/numbering';

/** The marker a numbering would have in a given style signature. */
function markerFor(style: Numbering['style'], fullWidth: boolean, delimiter: string, value: number): string {
  switch (style) {
    case 'cn-di':
      return `第${chineseNumeral(value)}${delimiter || '部分'}`;
    case 'cn-tiao':
      return `第${chineseNumeral(value)}条`;
    case 'cn-dun':
      return `${chineseNumeral(value)}${delimiter || '、'}`;
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
  if (n.style === 'arabic-dun' || n.style === 'arabic-circled') return n.style;
  if (n.style === 'arabic-dot' || n.style === 'cn-dun') return `${n.style}|${n.delimiter}`;
  return `${n.style}|${n.fullWidth ? 'full' : 'ascii'}`;
}

/** `signature(a) === signature(b)`, without building the strings (most of a level agrees). */
function sameSignature(a: Numbering, b: Numbering): boolean {
  if (a.style !== b.style) return false;
  if (a.style === 'arabic-dun' || a.style === 'arabic-circled') return true;
  if (a.style === 'arabic-dot' || a.style === 'cn-dun') return a.delimiter === b.delimiter;
  return a.fullWidth === b.fullWidth;
}

function describe(n: Numbering): string {
  return markerFor(n.style, n.fullWidth, n.delimiter, 1);
}

const rule: DocumentRule = {
  id: 'numbering-style',
  scope: 'document',
  defaultSeverity: 'warning',
  description: {
    zh: '同一层级混用不同的编号样式（“1.”与“1、”，“(一)”与“（一）”），以本文件同级多数的写法为准；以及层级使用不当，如子项编号“(1)”直接出现在部分标题之下，而本方案任务写作“1.”。',
    en: 'Mixed numbering styles within one level (`1.` beside `1、`, `(一)` beside `（一）`); the majority style of that level in the document is the norm. Also a level used out of its place: `(1)`, a sub-item\'s numbering, directly under a part in a plan whose tasks are `1.`.',
  },
  defaultOptions: {},
  check(ctx) {
    const a = ctx.analysis;
    if (!ctx.plan) return;
    const groups: Numbering[][] = [];
    for (const c of a.classes.values()) {
      // A table's 序号 cell (`| 4 |`) has no delimiter by nature: it is not a list marker to compare.
      const listed: Numbering[] = [];
      for (const task of c.tasks) if (!task.numbering.cell && !task.numbering.implicit) listed.push(task.numbering);
      groups.push(listed);
    }
    for (const level of ['part', 'chapter'] as const) {
      const secs: Numbering[] = [];
      for (const s of a.allSections) if (s.level === level && s.numbering) secs.push(s.numbering);
      groups.push(secs);
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
      if (items.length < 3 || items.every((n) => sameSignature(n, items[0]))) continue;
      const counts = new Map<string, { n: number; sample: Numbering }>();
      for (const it of items) {
        const k = signature(it);
        const e = counts.get(k) ?? { n: 0, sample: it };
        e.n++;
        counts.set(k, e);
      }
      const [bestKey, best] = [...counts.entries()].sort((x, y) => y[1].n - x[1].n)[0];
      if (best.n * 2 <= items.length) continue; // no clear convention
      for (const it of items) {
        if (signature(it) === bestKey) continue;
        const want = markerFor(best.sample.style, best.sample.fullWidth, best.sample.delimiter, it.value);
        ctx.report({
          range: it.marker.range,
          message: t(
            `编号样式不一致：本级${best.n}处写作“${describe(best.sample)}”样式，此处为“${it.marker.text}”`,
            `inconsistent numbering style: ${best.n} items of this level are written like “${describe(best.sample)}”, this one is “${it.marker.text}”`,
          ),
          // A task's mark (`1*、`) is no part of the style: a marker holding one is left for the drafter to rewrite.
          fixes: hasTaskMark(it.marker.text) ? undefined : [{ title: t(`改为“${want}”`, `change to “${want}”`), edits: [{ range: it.marker.range, newText: want }], preferred: true }],
        });
      }
    }
  },
};
export default rule;
