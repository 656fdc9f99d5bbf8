import type { Task } from '../model';
import type { Rule } from './types';
import { t, taskHeadRange } from './util';

function normalise(s: string): string {
  return s.replace(/[^\p{L}\p{N}]+/gu, '');
}

function bigrams(s: string): string[] {
  const cs = Array.from(s);
  const out = new Set<string>();
  for (let i = 0; i + 1 < cs.length; i++) out.add(cs[i] + cs[i + 1]);
  return [...out];
}

const rule: Rule<{ similarity: number; minLength: number }> = {
  id: 'duplicate-task',
  defaultSeverity: 'warning',
  description: {
    zh: '两项任务的正文相同或几乎相同（忽略标点和空白后，字符二元组的 Jaccard 相似度不低于 similarity，默认0.8；正文不少于 minLength 个字，默认12）。常见于合并稿件时同一任务被分解两次。',
    en: 'Two tasks with the same or nearly the same text (ignoring punctuation and blanks; character-bigram Jaccard similarity at least `similarity`, default 0.8, for texts of at least `minLength` characters, default 12). Typical of a task split twice when drafts are merged.',
  },
  defaultOptions: { similarity: 0.8, minLength: 12 },
  check(ctx) {
    const tasks = ctx.plan?.tasks ?? [];
    const sim = Number(ctx.options.similarity) || 0.8;
    const minLength = Number(ctx.options.minLength) || 12;
    const byText = new Map<string, Task[]>();
    for (const task of tasks) {
      const n = normalise(task.text.text);
      if (!n) continue;
      const list = byText.get(n) ?? [];
      list.push(task);
      byText.set(n, list);
    }
    const num = (x: Task) => x.numbering.marker.text.replace(/[.．、\s]+$/, '');
    const reported = new Set<Task>();
    for (const list of byText.values()) {
      for (let i = 1; i < list.length; i++) {
        reported.add(list[i]);
        ctx.report({
          range: taskHeadRange(ctx.doc, list[i]),
          message: t(`第${num(list[i])}项任务与第${num(list[0])}项任务正文相同`, `task ${num(list[i])} has the same text as task ${num(list[0])}`),
          related: [{ range: taskHeadRange(ctx.doc, list[0]), message: t('相同的任务', 'the same task') }],
        });
      }
    }
    // Near duplicates among distinct texts, with prefix filtering on rare bigrams.
    const uniq = [...byText.entries()].filter(([n]) => Array.from(n).length >= minLength);
    const grams = uniq.map(([n]) => bigrams(n));
    const df = new Map<string, number>();
    for (const g of grams) for (const b of g) df.set(b, (df.get(b) ?? 0) + 1);
    const index = new Map<string, number[]>();
    const best = new Map<number, { j: number; s: number }>();
    grams.forEach((g, i) => {
      const sorted = [...g].sort((x, y) => df.get(x)! - df.get(y)! || (x < y ? -1 : 1));
      const prefix = sorted.length - Math.ceil(sim * sorted.length) + 1;
      const candidates = new Set<number>();
      for (const b of sorted.slice(0, prefix)) for (const j of index.get(b) ?? []) candidates.add(j);
      const set = new Set(g);
      for (const j of candidates) {
        const h = grams[j];
        if (Math.min(h.length, g.length) < sim * Math.max(h.length, g.length)) continue;
        let inter = 0;
        for (const b of h) if (set.has(b)) inter++;
        const jac = inter / (g.length + h.length - inter);
        if (jac >= sim && jac > (best.get(i)?.s ?? 0)) best.set(i, { j, s: jac });
      }
      for (const b of sorted.slice(0, prefix)) {
        const l = index.get(b) ?? [];
        l.push(i);
        index.set(b, l);
      }
    });
    for (const [i, { j, s }] of best) {
      const a = uniq[i][1][0];
      const b = uniq[j][1][0];
      const [later, earlier] = a.index > b.index ? [a, b] : [b, a];
      if (reported.has(later)) continue;
      reported.add(later);
      ctx.report({
        range: taskHeadRange(ctx.doc, later),
        message: t(
          `第${num(later)}项任务与第${num(earlier)}项任务几乎相同（相似度${Math.round(s * 100)}%）`,
          `task ${num(later)} is nearly the same as task ${num(earlier)} (${Math.round(s * 100)}% similar)`,
        ),
        related: [{ range: taskHeadRange(ctx.doc, earlier), message: t('相似的任务', 'the similar task') }],
      });
    }
  },
};
export default rule;
