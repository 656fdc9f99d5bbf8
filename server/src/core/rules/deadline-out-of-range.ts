import type { Rule } from './types';
import { t } from './util';

const rule: Rule = {
  id: 'deadline-out-of-range',
  defaultSeverity: 'warning',
  description: {
    zh: '完成时限不在方案年度内（方案年度取配置的 planYear，或方案标题中的年份）。',
    en: 'A deadline outside the plan\'s year (the configured planYear, or the year in the plan title).',
  },
  defaultOptions: {},
  check(ctx) {
    const year = ctx.analysis.planYear;
    if (year === null) return;
    for (const task of ctx.plan?.tasks ?? []) {
      const d = task.deadline;
      if (!d || !d.valid || d.year === null || d.year === year) continue;
      ctx.report({
        range: d.range,
        message: t(
          `完成时限“${d.text}”不在方案年度${year}年内`,
          `deadline “${d.text}” is outside the plan year ${year}`,
        ),
      });
    }
  },
};
export default rule;
