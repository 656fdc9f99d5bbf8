import type { Section, StatedCount, Task } from '../model';
import type { DocumentRule } from './types';
import { classOf } from './analysis';
import { t } from './util';

function tasksUnder(s: Section, main: number | null): number {
  let n = 0;
  const walk = (children: readonly (Section | Task)[]) => {
    for (const c of children) {
      if (c.type === 'task') {
        if (main === null || classOf(c) === main) n++;
      } else walk(c.children);
    }
  };
  walk(s.children);
  return n;
}

/**
 * The entries a reader counts in `children`: each task (of whatever kind), but a group numbered as tasks are (`1.抓好重大项目建设。` over
 * items `(1)` `(2)` that are the tasks) once for all of them. A plan stating `（共3项）` over `1.` `2.` (headings of items)
 * and `3.` (a task) counts so, and is right.
 */
function entriesIn(children: readonly (Section | Task)[]): number {
  let n = 0;
  for (const c of children) {
    if (c.type === 'task') n++;
    else if (c.level === 'group' && c.numbering && (c.numbering.style === 'arabic-dot' || c.numbering.style === 'arabic-dun') && c.children.some((x) => x.type === 'task')) n++;
    else n += entriesIn(c.children);
  }
  return n;
}

/**
 * A section's title as a message names it: without the count it states (`（共9项）`, `(3项)`), which the
 * message quotes on its own, and cut with an ellipsis when long, never inside a bracket.
 */
export function sectionName(title: string): string {
  const bare = title.replace(/\s*[（(]\s*(?:共\s*计?\s*)?[0-9０-９]+\s*项\s*[)）]\s*$/, '').trim();
  const chars = Array.from(bare);
  if (chars.length <= 16) return bare;
  let cut = chars.slice(0, 15).join('');
  // An opening bracket left without its close reads as a typo: cut before it.
  const open = Math.max(cut.lastIndexOf('（'), cut.lastIndexOf('('));
  if (open > Math.max(cut.lastIndexOf('）'), cut.lastIndexOf(')')) && open > 0) cut = cut.slice(0, open);
  return cut + '…';
}

const rule: DocumentRule = {
  id: 'count-mismatch',
  scope: 'document',
  defaultSeverity: 'error',
  description: {
    zh: '文件自述的任务数（标题中的“(共计121项)”、部分标题中的“(共135项)”、方案说明中的“现将4项重点任务分解如下”、通知正文中的“将121项……进行分解”）与实际任务数不符。任务正文中提到的其他数量（“落实8方面25项任务”）属于内容，不检查。',
    en: 'A count the document states about itself (`(共计121项)` in the plan title, `(共135项)` in a heading, `现将4项重点任务分解如下` in the plan\'s preamble, `将121项…进行分解` in the notice) differs from the number of tasks it covers. Counts inside task texts (`落实8方面25项任务`) are content and never checked.',
  },
  defaultOptions: {},
  check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    const main = ctx.analysis.mainClass;
    const planTotal = main === null ? 0 : ctx.analysis.classes.get(main)!.tasks.length;
    // A count is right by the plan's tasks of its main kind, or by every task, or by its entries (see entriesIn).
    const check = (c: StatedCount, actual: number, where: { zh: string; en: string }, ...readings: number[]) => {
      if (c.value === actual || readings.includes(c.value)) return;
      ctx.report({
        range: c.numberRange,
        message: t(
          `${where.zh}写明“${c.span.text}”，实际有${actual}项任务`,
          `${where.en} states “${c.span.text}” (${c.value}), but it has ${actual} tasks`,
        ),
        fixes: [{ title: t(`改为${actual}`, `change to ${actual}`), edits: [{ range: c.numberRange, newText: String(actual) }], preferred: true }],
      });
    };
    const seen = new Set<StatedCount>();
    if (plan.statedTotal) {
      seen.add(plan.statedTotal);
      const where =
        plan.statedTotal.source === 'notice-body'
          ? t('通知正文', 'the notice')
          : plan.statedTotal.source === 'plan-preamble'
            ? t('方案说明', "the plan's preamble")
            : t('方案标题', 'the plan title');
      check(plan.statedTotal, planTotal, where, entriesIn(plan.children), plan.tasks.length);
    }
    for (const c of ctx.doc.notice?.statedCounts ?? []) {
      if (seen.has(c) || c.scope !== 'plan') continue;
      seen.add(c);
      check(c, planTotal, t('通知正文', 'the notice'), entriesIn(plan.children), plan.tasks.length);
    }
    for (const s of ctx.analysis.allSections) {
      const c = s.statedCount;
      if (!c || seen.has(c)) continue;
      seen.add(c);
      if (c.scope === 'plan') check(c, planTotal, t('方案', 'the plan'), entriesIn(plan.children), plan.tasks.length);
      else {
        const name = sectionName(s.title.text);
        check(c, tasksUnder(s, main), t(`“${name}”一节`, `the section “${name}”`), entriesIn(s.children), tasksUnder(s, null));
      }
    }
  },
};
export default rule;
