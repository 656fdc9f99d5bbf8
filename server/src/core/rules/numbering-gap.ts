import type { DocumentRule } from './types';
import { numberingEvents } from './numbering';
import { namesPlan } from '../parse/planTitle';

/**
 * `市档案馆2024年《政府工作报告》主要任务上半年落实情况`: a department's report on the tasks it carries lists them
 * under the plan's own numbers (12, 57, 133…): the gaps are the tasks it does not carry.
 */
function isProgressReport(title: string): boolean {
  return /(落实|进展|完成|推进|办理|进度)情况/.test(title);
}

const rule: DocumentRule = {
  id: 'numbering-gap',
  scope: 'document',
  defaultSeverity: 'error',
  description: {
    zh: '任务或标题序号跳号（如3之后是5）。序号方案（跨部分连续或每部分从1开始）按本文件自身的做法推断。标题为某方案“落实情况”“进展情况”“完成情况”的报告沿用原方案序号，只列部分任务，不报跳号；序号一路递增、至少跳号三次且不足最大序号一半的（如部门摘录的“3. 7. 12. 15.”），是沿用另一份清单的序号，也不报跳号；全文第一组任务从大于全文任务数的序号起连续编号、且其后各部分不再从1编号的（如只列本部门承担的“33 34 35”），同样是摘录，不报其前的缺号，其上的标题（如“三、”）也沿用原序号。',
    en: 'A task or heading number is skipped (5 after 3). The numbering scheme (continuous across parts, or restarting in each part) is inferred from the document itself. A report titled as a plan\'s `落实情况` / `进展情况` / `完成情况` keeps the plan\'s numbers for the tasks it lists, and is not checked for skips; nor is a list whose numbers always rise, skip three times or more and are fewer than half the numbers up to its last (a department\'s extract: `3. 7. 12. 15.`), which keeps another list\'s numbers; nor the numbers missing before the document\'s first tasks when they start past as many numbers as the plan holds tasks and no later part numbers from 1 again (a department\'s rows `33 34 35` of a county\'s table), nor before the headings above them (`三、` over `33`), which keep the other list\'s numbers too.',
  },
  defaultOptions: {},
  check(ctx) {
    // The plan's title where it names a plan (`…分工方案`); else that of the notice and the first line too (a report is
    // titled so): a report (`…重点工作任务完成情况的通报`) may carry a table captioned as the plan it reports on.
    const planTitle = ctx.plan?.titleText ?? '';
    const titles = namesPlan(planTitle) ? [planTitle] : [planTitle, ctx.doc.notice?.titleText ?? '', ctx.doc.source.lines.find((l) => l.trim()) ?? ''];
    if (titles.some(isProgressReport)) return;
    for (const e of numberingEvents(ctx.doc, ctx.analysis)) if (e.kind === 'gap') ctx.report(e.report);
  },
};
export default rule;
