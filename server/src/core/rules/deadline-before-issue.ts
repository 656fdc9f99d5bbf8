import type { TaskRule } from './types';
import { samePlanYears } from './analysis';
import { t } from './util';

const rule: TaskRule = {
  id: 'deadline-before-issue',
  scope: 'task',
  defaultSeverity: 'warning',
  description: {
    zh: '完成时限早于通知的成文日期：任务在印发之前就已到期。',
    en: 'A deadline before the notice\'s issue date: the task is due before the plan is even issued.',
  },
  defaultOptions: {},
  sameFacts: (prev, next) => prev.issueDate === next.issueDate && samePlanYears(prev, next),
  checkTask(ctx, task) {
    const issued = ctx.analysis.issueDate;
    const years = ctx.analysis.planYears;
    if (!issued) return;
    const d = task.deadline;
    if (!d || !d.valid || !d.date) return;
    if (years !== null && d.year !== null && (d.year < years.from || d.year > years.to)) return; // deadline-out-of-range says it
    if (d.date >= issued) return;
    ctx.report({
      range: d.range,
      message: t(`完成时限“${d.text}”早于成文日期${issued}`, `deadline “${d.text}” is before the issue date ${issued}`),
    });
  },
};
export default rule;
