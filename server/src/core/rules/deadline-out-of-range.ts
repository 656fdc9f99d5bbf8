import type { TaskRule } from './types';
import { samePlanYears } from './analysis';
import { deadlinesOf, t } from './util';

const rule: TaskRule = {
  id: 'deadline-out-of-range',
  scope: 'task',
  defaultSeverity: 'warning',
  description: {
    zh: '完成时限不在方案年度内（方案年度取配置的 planYear，或方案标题中的年份；标题写明“2023—2025年”或“十四五”（“第十四个五年”）的，取该区间，“2035年远景目标”不是方案年度；标题未写年份的，取两项以上任务所用的年份）。跨年度的时限（“2024—2026年”）含方案年度的、以方案年度为基准写的（“次年1月”“明年底前”），是有意这样写，不报。任务文字中分阶段写明的时限（“2023年9月底前，……”）早于方案年度的也报告（已知成文日期时，改为与成文日期比较，见 deadline-before-issue）；晚于方案年度的常是文字展望的目标，不报。',
    en: 'A deadline outside the plan\'s year (the configured planYear, or the year in the plan title; a span such as `2023—2025年` or `十四五` (`第十四个五年`) in the title is accepted as a whole, and `2035年远景目标` is a horizon, not the plan year; without a year in the title, the years two or more deadlines use). A span of years that takes in the plan\'s (`2024—2026年`), or a year named relative to it (`次年1月`, `明年底前`), is written so on purpose and not reported. A stage\'s deadline written in the task\'s text (`2023年9月底前，…`) is reported when it falls before the plan\'s years (where the issue date is known, it is compared with that instead: see deadline-before-issue); one after them is often a goal the text looks ahead to.',
  },
  defaultOptions: {},
  sameFacts: samePlanYears,
  checkTask(ctx, task) {
    const years = ctx.analysis.planYears;
    if (years === null) return;
    const label = years.from === years.to ? `${years.from}年` : `${years.from}—${years.to}年`;
    const labelEn = years.from === years.to ? `${years.from}` : `${years.from}–${years.to}`;
    for (const d of deadlinesOf(task)) {
      if (!d.valid || d.year === null || (d.year >= years.from && d.year <= years.to)) continue;
      // `次年1月` (a year-end assessment), `2024—2026年` (a three-year action) over the plan's year: written so on purpose.
      if (d.relative || (d.fromYear !== undefined && d.fromYear <= years.to && d.year >= years.from)) continue;
      ctx.report({
        range: d.range,
        message: t(`完成时限“${d.text}”不在方案年度${label}内`, `deadline “${d.text}” is outside the plan year ${labelEn}`),
      });
    }
    // A stage in the task's text due before the plan's years begin (`2023年9月底前，…` in a 2024 plan). One due
    // after them is often a goal the text looks ahead to (`2025年底前，全面建成…`), and is not reported. Where the
    // notice's issue date is known, that is the line instead (deadline-before-issue): a three-year plan issued in
    // November may well ask for a first step that December.
    if (ctx.analysis.issueDate) return;
    for (const s of task.textDeadlines) {
      if (!s.valid || s.year === null || s.year >= years.from) continue;
      ctx.report({
        range: s.range,
        message: t(`任务文字中的时限“${s.text}”早于方案年度${label}`, `the deadline “${s.text}” in the task's text is before the plan year ${labelEn}`),
      });
    }
  },
};
export default rule;
