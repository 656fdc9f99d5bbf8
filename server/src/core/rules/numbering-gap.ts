import type { DocumentRule } from './types';
import { numberingEvents } from './numbering';

const rule: DocumentRule = {
  id: 'numbering-gap',
  scope: 'document',
  defaultSeverity: 'error',
  description: {
    zh: '任务或标题序号跳号（如3之后是5）。序号方案（跨部分连续或每部分从1开始）按本文件自身的做法推断。',
    en: 'A task or heading number is skipped (5 after 3). The numbering scheme (continuous across parts, or restarting in each part) is inferred from the document itself.',
  },
  defaultOptions: {},
  check(ctx) {
    for (const e of numberingEvents(ctx.doc, ctx.analysis)) if (e.kind === 'gap') ctx.report(e.report);
  },
};
export default rule;
