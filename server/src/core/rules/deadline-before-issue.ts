import type { TaskRule } from './types';
import { samePlanYears } from './analysis';
import { deadlinesOf, t } from './util';

const rule: TaskRule = {
  id: 'deadline-before-issue',
  scope: 'task',
  defaultSeverity: 'warning',
  description: {
    zh: '完成时限早于通知的成文日期：任务在印发之前就已到期。任务文字中分阶段写明的时限（“3月底前，完成……”）也是。',
    en: 'A deadline before the notice\'s issue date: the task is due before the plan is even issued. So is a stage\'s deadline written in the task\'s text (`3月底前，完成……`).',
  },
  defaultOptions: {},
  sameFacts: (prev, next) => prev.issueDate === next.issueDate && samePlanYears(prev, next),
  checkTask(ctx, task) {
    const issued = ctx.analysis.issueDate;
    const years = ctx.analysis.planYears;
    if (!issued) return;
    for (const d of deadlinesOf(task)) {
      if (!(d.valid && d.date && d.date < issued) || (years !== null && d.year !== null && (d.year < years.from || d.year > years.to))) continue;
      // (Outside the plan's years, deadline-out-of-range says it.)
      ctx.report({
        range: d.range,
        message: t(`完成时限“${d.text}”早于成文日期${issued}`, `deadline “${d.text}” is before the issue date ${issued}`),
      });
    }
    // `3月底前，完成调研` in a plan issued in April (whatever the plan's years: see deadline-out-of-range).
    for (const s of task.textDeadlines) {
      if (!s.valid || !s.date || s.date >= issued) continue;
      ctx.report({
        range: s.range,
        message: t(`任务文字中的时限“${s.text}”早于成文日期${issued}`, `the deadline “${s.text}” in the task's text is before the issue date ${issued}`),
      });
    }
  },
};
export default rule;
