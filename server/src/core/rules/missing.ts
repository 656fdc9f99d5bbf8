/** The four required-field rules share one implementation: a field is required when the task's
 *  comparable tasks (same level) mostly carry it, or when the configuration says so. */
import type { Severity, Task } from '../model';
import type { RequiredRole } from '../config';
import { PLACEHOLDER, ROLE_NAME, hasRole, classOf, type Analysis } from './analysis';
import { insertFieldEdit } from './fields';
import type { Rule, Text } from './types';
import { t, taskHeadRange } from './util';

function commonDeadline(a: Analysis, tasks: readonly Task[]): string | null {
  const counts = new Map<string, number>();
  let carriers = 0;
  for (const task of tasks) {
    const d = task.deadline?.text.trim();
    if (!d) continue;
    carriers++;
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((x, y) => y[1] - x[1])[0];
  return best && best[1] * 2 > carriers ? best[0] : null;
}

export function missingFieldRule(id: string, role: RequiredRole, severity: Severity, description: Text): Rule {
  return {
    id,
    defaultSeverity: severity,
    description,
    defaultOptions: {},
    check(ctx) {
      const a = ctx.analysis;
      if (!ctx.plan) return;
      const name = ROLE_NAME[role];
      for (const c of a.classes.values()) {
        if (!c.required.has(role)) continue;
        const label = a.labelFor(role);
        for (const task of c.tasks) {
          if (hasRole(task, role)) continue;
          const empty = task.fields.find((f) => f.role === role);
          const num = task.numbering.marker.text.replace(/[.．、\s]+$/, '');
          const why =
            ctx.config.requiredFields === 'auto'
              ? t(
                  `本方案同级${c.tasks.length}项任务中有${c.carriers[role]}项写明了“${label}”`,
                  `${c.carriers[role]} of the plan's ${c.tasks.length} tasks at this level state “${label}”`,
                )
              : t('配置要求每项任务都写明此项', 'the configuration requires it on every task');
          const what = empty
            ? t(`第${num}项任务的“${empty.label.text}”未填写内容`, `task ${num} has an empty “${empty.label.text}”`)
            : t(`第${num}项任务缺少${label === name.zh ? label : `${label}（${name.zh}）`}`, `task ${num} has no ${name.en} “${label}”`);
          const value = role === 'deadline' ? commonDeadline(a, c.tasks) ?? PLACEHOLDER : PLACEHOLDER;
          const fixes = [];
          if (empty) {
            const at = empty.value.range.start;
            fixes.push({
              title: t(`填写“${value}”`, `fill in “${value}”`),
              edits: [{ range: { start: at, end: empty.value.range.end }, newText: value }],
              preferred: true,
            });
          } else {
            const edit = insertFieldEdit(a, task, role, value);
            if (edit) fixes.push({ title: t(`插入“${label}${a.colon()}${value}”`, `insert “${label}${a.colon()}${value}”`), edits: [edit], preferred: true });
          }
          void classOf;
          ctx.report({
            range: empty ? empty.range : taskHeadRange(ctx.doc, task),
            message: t(`${what.zh}（${why.zh}）`, `${what.en} (${why.en})`),
            fixes,
          });
        }
      }
    },
  };
}
