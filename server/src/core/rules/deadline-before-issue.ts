import type { Rule } from './types';
import { t } from './util';

const rule: Rule = {
  id: 'deadline-before-issue',
  defaultSeverity: 'warning',
  description: {
    zh: '完成时限早于通知的成文日期：任务在印发之前就已到期。',
    en: 'A deadline before the notice\'s issue date: the task is due before the plan is even issued.',
  },
  defaultOptions: {},
  check(ctx) {
    const issued = ctx.analysis.issueDate;
    const years = ctx.analysis.planYears;
    if (!issued) return;
    for (const task of ctx.plan?.tasks ?? []) {
      const d = task.deadline;
      if (!d || !d.valid || !d.date) continue;
      if (years !== null && d.year !== null && (d.year < years.from || d.year > years.to)) continue; // deadline-out-of-range says it
      if (d.date >= issued) continue;
      ctx.report({
        range: d.range,
        message: t(`完成时限“${d.text}”早于成文日期${issued}`, `deadline “${d.text}” is before the issue date ${issued}`),
      });
    }
  },
};
export default rule;
