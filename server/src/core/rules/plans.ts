/**
 * A notice that attaches several plans (`附件1 …重点工作任务分工`, `附件2 …民生实事项目分工`) is linted
 * plan by plan: each plan's numbering, stated count, conventions and duplicates are its own, as a
 * reviewer reads them. The rules over the raw lines (brackets, the 文号) read the whole text once,
 * with the first plan.
 */
import type { CancellationToken, Diagnostic, FengongDocument, Plan } from '../model';
import { byPosition, runRules, type Settings } from './engine';

export function lintPlans(doc: FengongDocument, settings: Settings, token?: CancellationToken): Diagnostic[] {
  const total = doc.plans.reduce((n, p) => n + p.tasks.length, 0);
  const out: Diagnostic[] = [];
  doc.plans.forEach((plan, k) => {
    if (token?.isCancellationRequested) return;
    for (const d of runRules(planView(doc, plan, k, total), { settings, token, planRulesOnly: k > 0 })) out.push(d);
  });
  return token?.isCancellationRequested ? [] : out.sort(byPosition);
}

/**
 * The document as one plan's rules see it: that plan, the parser's problems inside it, and the
 * counts the notice states only with the first plan. A notice count of every plan's tasks together
 * (`共安排重点工作和民生实事60项`) is the notice's own sum, not the first plan's count.
 */
function planView(doc: FengongDocument, plan: Plan, k: number, total: number): FengongDocument {
  const first = plan.range.start.line;
  const last = plan.range.end.line;
  const notice = doc.notice && { ...doc.notice, statedCounts: k === 0 ? doc.notice.statedCounts.filter((c) => c.value !== total) : [] };
  const problems = doc.problems.filter((p) => p.range.start.line >= first && p.range.start.line <= last);
  return { ...doc, plan, notice, problems };
}
