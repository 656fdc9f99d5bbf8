import type { TaskRule } from './types';
import { t } from './util';

const DATE = /(?:(\d{4})\s*年)?\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/;

const rule: TaskRule = {
  id: 'deadline-invalid',
  scope: 'task',
  defaultSeverity: 'error',
  description: {
    zh: '完成时限是不存在的日期（“2023年2月30日”“13月”）。',
    en: 'A deadline names an impossible date (`2023年2月30日`, month 13).',
  },
  defaultOptions: {},
  sameFacts: (prev, next) => prev.planYear === next.planYear,
  checkTask(ctx, task) {
    const d = task.deadline;
    if (!d || d.valid) return;
    const m = DATE.exec(d.text);
    let why = t('不是有效日期', 'is not a valid date');
    if (m) {
      const month = Number(m[2]);
      const year = m[1] ? Number(m[1]) : ctx.analysis.planYear ?? 2000;
      if (month < 1 || month > 12) why = t(`没有${month}月`, `there is no month ${month}`);
      else if (m[3]) {
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        why = t(`${year}年${month}月只有${days}天`, `${year}-${String(month).padStart(2, '0')} has only ${days} days`);
      }
    }
    ctx.report({
      range: d.range,
      message: t(`完成时限“${d.text}”不是有效日期：${why.zh}`, `deadline “${d.text}” is not a real date: ${why.en}`),
    });
  },
};
export default rule;
