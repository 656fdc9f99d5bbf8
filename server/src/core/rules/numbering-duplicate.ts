import type { DocumentRule } from './types';
import { numberingEvents } from './numbering';

const rule: DocumentRule = {
  id: 'numbering-duplicate',
  scope: 'document',
  defaultSeverity: 'error',
  description: {
    zh: '同一序列中出现重复的序号（如两个“57.”）。',
    en: 'The same number is used twice in one sequence (two tasks numbered 57).',
  },
  defaultOptions: {},
  check(ctx) {
    for (const e of numberingEvents(ctx.doc, ctx.analysis)) if (e.kind === 'duplicate') ctx.report(e.report);
  },
};
export default rule;
