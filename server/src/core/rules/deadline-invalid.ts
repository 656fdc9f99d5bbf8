import type { TaskRule, Text } from './types';
import { deadlinesOf, t } from './util';
import { forReading } from '../parse/deadline';

const DATE = /(?:(\d{4})\s*年)?\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g;

/** Why `text` names no real date: said of its first impossible date (a deadline in stages may hold several dates). */
function whyInvalid(written: string, planYear: number | null): Text {
  const text = forReading(written);
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return t(`没有${month}月`, `there is no month ${month}`);
    if (!m[3]) continue;
    const year = m[1] ? Number(m[1]) : planYear;
    const day = Number(m[3]);
    // With no year to count from, February is judged by its longest.
    const days = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
    if (day >= 1 && day <= days) continue;
    return year === null
      ? t(`${month}月最多只有${days}天`, `month ${month} has at most ${days} days`)
      : t(`${year}年${month}月只有${days}天`, `${year}-${String(month).padStart(2, '0')} has only ${days} days`);
  }
  return t('不是有效日期', 'is not a valid date');
}

const rule: TaskRule = {
  id: 'deadline-invalid',
  scope: 'task',
  defaultSeverity: 'error',
  description: {
    zh: '完成时限是不存在的日期（“2023年2月30日”“13月”），任务文字中分阶段写明的时限（“13月底前，推行……”）也是。',
    en: 'A deadline names an impossible date (`2023年2月30日`, month 13), including a stage\'s deadline written in the task\'s text (`13月底前，推行……`).',
  },
  defaultOptions: {},
  sameFacts: (prev, next) => prev.planYear === next.planYear,
  checkTask(ctx, task) {
    for (const d of deadlinesOf(task)) {
      if (d.valid) continue;
      const why = whyInvalid(d.text, ctx.analysis.planYear);
      ctx.report({ range: d.range, message: t(`完成时限“${d.text}”不是有效日期：${why.zh}`, `deadline “${d.text}” is not a real date: ${why.en}`) });
    }
    // `13月底前，推行…`: a stage's deadline in the task's text is a deadline all the same.
    for (const s of task.textDeadlines) {
      if (s.valid) continue;
      const why = whyInvalid(s.text, ctx.analysis.planYear);
      ctx.report({
        range: s.range,
        message: t(`任务文字中的时限“${s.text}”不是有效日期：${why.zh}`, `the deadline “${s.text}” in the task's text is not a real date: ${why.en}`),
      });
    }
  },
};
export default rule;
