import type { Field } from '../model';
import type { RuleContext, TaskRule } from './types';
import { fieldSeparatorOf, isOddSeparatorIn, oddSeparator } from './analysis';
import { t } from './util';

function checkFields(ctx: RuleContext, fields: readonly Field[]): void {
  for (const f of fields) {
    const sep = oddSeparator(f);
    if (!sep || !isOddSeparatorIn(ctx.analysis, sep.text.trim())) continue;
    const want = fieldSeparatorOf(ctx.analysis);
    ctx.report({
      range: sep.range,
      message: t(
        `字段之间应以“${want}”分隔（本文件的写法），“${f.label.text}”前用了“${sep.text}”`,
        `fields are separated by “${want}” in this document; “${sep.text}” is used before “${f.label.text}”`,
      ),
      fixes: [{ title: t(`改为“${want}”`, `change to “${want}”`), edits: [{ range: sep.range, newText: want }], preferred: true }],
    });
  }
}

/** Lines where a field is reported for its separator: the parser's own problem there says the same. */
function reportedLines(ctx: RuleContext): Set<number> {
  const lines = new Set<number>();
  const add = (fields: readonly Field[]) => {
    for (const f of fields) {
      const sep = oddSeparator(f);
      if (sep && isOddSeparatorIn(ctx.analysis, sep.text.trim())) lines.add(sep.range.start.line);
    }
  };
  for (const task of ctx.plan?.tasks ?? []) if (ctx.analysis.hasOddSeparator(task)) add(task.fields);
  for (const s of ctx.analysis.allSections) add(s.fields);
  return lines;
}

const rule: TaskRule = {
  id: 'field-separator',
  scope: 'task',
  defaultSeverity: 'warning',
  description: {
    zh: '同一括号内的字段之间应以分号分隔（本文件的写法“;”或“；”），此处用了逗号等其他符号，例如“(牵头单位:X,责任单位:Y)”。逗号在单位列表中另有含义（分隔单位组），所以容易混淆。逗号多于分号、各项都以逗号分隔字段的文件，逗号就是它的写法：只报告其他符号。',
    en: 'Fields inside one parenthesis must be separated by a semicolon (the document\'s own `;` or `；`); here another mark is used, e.g. `(牵头单位:X,责任单位:Y)`. A comma already separates groups of units inside a list, so it is ambiguous. A document that writes a comma between fields more often than a semicolon has made the comma its separator: then only other marks are reported.',
  },
  defaultOptions: {},
  sameFacts: (prev, next) => fieldSeparatorOf(prev) === fieldSeparatorOf(next),
  checkTask(ctx, task) {
    if (ctx.analysis.hasOddSeparator(task)) checkFields(ctx, task.fields);
  },
  checkRest(ctx) {
    if (!ctx.plan) return;
    for (const s of ctx.analysis.allSections) checkFields(ctx, s.fields);
    let seen: Set<number> | null = null;
    const want = fieldSeparatorOf(ctx.analysis);
    for (const p of ctx.doc.problems) {
      if (p.code !== 'field-separator' || !isOddSeparatorIn(ctx.analysis, (p.detail ?? '').trim())) continue;
      seen ??= reportedLines(ctx);
      if (seen.has(p.range.start.line)) continue;
      ctx.report({
        range: p.range,
        message: t(`字段之间应以“${want}”分隔：${p.detail}`, `fields are separated by “${want}” in this document: ${p.detail}`),
      });
    }
  },
};
export default rule;
