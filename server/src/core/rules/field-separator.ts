import type { Range } from '../model';
import type { Rule } from './types';
import { t } from './util';

const SEMICOLONS = new Set([';', '；']);

const rule: Rule = {
  id: 'field-separator',
  defaultSeverity: 'warning',
  description: {
    zh: '同一括号内的字段之间应以分号分隔（本文件的写法“;”或“；”），此处用了逗号等其他符号，例如“(牵头单位:X,责任单位:Y)”。逗号在单位列表中另有含义（分隔单位组），所以容易混淆。',
    en: 'Fields inside one parenthesis must be separated by a semicolon (the document\'s own `;` or `；`); here another mark is used, e.g. `(牵头单位:X,责任单位:Y)`. A comma already separates groups of units inside a list, so it is ambiguous.',
  },
  defaultOptions: {},
  check(ctx) {
    const plan = ctx.plan;
    if (!plan) return;
    const want = plan.conventions.fieldSeparator || (plan.conventions.fullWidth ? '；' : ';');
    const seen: Range[] = [];
    const fields = [...plan.tasks.flatMap((x) => x.fields), ...ctx.analysis.allSections.flatMap((s) => s.fields)];
    for (const f of fields) {
      const sep = f.separatorBefore;
      if (!sep || SEMICOLONS.has(sep.text.trim())) continue;
      seen.push(sep.range);
      ctx.report({
        range: sep.range,
        message: t(
          `字段之间应以“${want}”分隔（本文件的写法），“${f.label.text}”前用了“${sep.text}”`,
          `fields are separated by “${want}” in this document; “${sep.text}” is used before “${f.label.text}”`,
        ),
        fixes: [{ title: t(`改为“${want}”`, `change to “${want}”`), edits: [{ range: sep.range, newText: want }], preferred: true }],
      });
    }
    for (const p of ctx.doc.problems) {
      if (p.code !== 'field-separator') continue;
      if (seen.some((r) => r.start.line === p.range.start.line)) continue;
      ctx.report({
        range: p.range,
        message: t(`字段之间应以“${want}”分隔：${p.detail}`, `fields are separated by “${want}” in this document: ${p.detail}`),
      });
    }
  },
};
export default rule;
