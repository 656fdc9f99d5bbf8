import type { TaskRule } from './types';
import { deadlinesOf, t } from './util';

const rule: TaskRule = {
  id: 'deadline-unreadable',
  scope: 'task',
  defaultSeverity: 'information',
  description: {
    zh: '完成时限无法识别为日期、月底、年底、季度、半年、“长期坚持/持续推进/立行立改”或整改清单的“3天/5个工作日内”等写法，因此不能检查其是否在方案年度内。仅作提示。',
    en: 'A deadline that reads as none of the known forms (date, month end, year end, quarter, half year, ongoing or at once, or a time allowed from the notice such as `3天` / `5个工作日内` in a 整改 list), so it cannot be checked against the plan year. Information only.',
  },
  defaultOptions: {},
  sameFacts: () => true,
  checkTask(ctx, task) {
    for (const d of deadlinesOf(task)) {
      if (!d.valid || d.kind !== 'unknown' || !d.text.trim()) continue;
      ctx.report({
        range: d.range,
        message: t(`无法识别完成时限“${d.text}”，未能核对其日期`, `cannot read the deadline “${d.text}”; its date was not checked`),
      });
    }
  },
};
export default rule;
