import type { Section } from '../model';
import type { DocumentRule } from './types';
import { LEVEL_NAME } from './analysis';
import { t } from './util';

/** A heading that says in brackets where its content is (`(以市级下达目标为参照…)`) is not empty by mistake. */
function explainsItself(s: Section): boolean {
  const title = s.title.text;
  const paren = /[(（]([^()（）]*)[)）]\s*$/.exec(title) ?? /[(（]([^()（）]{4,})[)）]/.exec(title);
  if (!paren) return false;
  if (s.statedCount && paren[1].includes(s.statedCount.span.text)) return false;
  return true;
}

/**
 * A numbered paragraph rather than a heading: a sentence closed by its full stop and more after it
 * (`一、高度重视。各县区要认真学习研究，找准切入点。`), as a notice's requirements are written. It has
 * nothing under it by nature.
 */
function isParagraph(s: Section): boolean {
  const title = s.title.text;
  const stop = title.indexOf('。');
  return stop > 0 && stop < title.trimEnd().length - 1;
}

const rule: DocumentRule = {
  id: 'empty-section',
  scope: 'document',
  defaultSeverity: 'warning',
  description: {
    zh: '部分或章节标题下没有任何任务（常见于删去任务后留下的标题）。标题自带字段（如部分标题上的责任单位）、用括号说明了内容出处，其下是一段文字（如“一、指导思想”），或本身就是一段文字（如通知的“一、高度重视。各单位要……。”）的，不算空。',
    en: 'A part or chapter heading with nothing under it (typically left behind when its tasks were deleted). A heading that carries its own fields, explains in brackets where its content is, is followed by a paragraph of prose (such as 一、指导思想), or is itself a paragraph (a notice\'s 一、高度重视。各单位要……。), is not empty.',
  },
  defaultOptions: {},
  check(ctx) {
    const plan = ctx.plan;
    if (!plan || plan.tasks.length === 0) return;
    for (const s of ctx.analysis.allSections) {
      if (s.children.length > 0 || s.fields.length > 0) continue;
      if (!s.numbering && s.level === 'group') continue; // an unnumbered line is only a group when tasks follow it
      // A heading followed by a paragraph of prose (`一、指导思想` / `以……为指导，……。`) introduces the plan.
      if (explainsItself(s) || s.intro || isParagraph(s)) continue;
      const lvl = LEVEL_NAME[s.level];
      ctx.report({
        range: s.headingRange,
        message: t(`${lvl.zh}“${s.title.text.slice(0, 20)}”下没有任务`, `the ${lvl.en} “${s.title.text.slice(0, 20)}” has no tasks under it`),
      });
    }
  },
};
export default rule;
