import type { DocumentRule } from './types';
import { numberingEvents } from './numbering';

const rule: DocumentRule = {
  id: 'numbering-order',
  scope: 'document',
  defaultSeverity: 'error',
  description: {
    zh: '序号顺序颠倒、倒退，或与本文件的编号方案不符（应连续编号处从1重新开始，或应从1开始处接续上一部分）。',
    en: 'Numbers out of order: two numbers swapped, a step backwards, or a restart where the document numbers continuously (and the reverse).',
  },
  defaultOptions: {},
  check(ctx) {
    for (const e of numberingEvents(ctx.doc, ctx.analysis)) if (e.kind === 'order') ctx.report(e.report);
  },
};
export default rule;
