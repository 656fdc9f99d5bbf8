import type { Task } from '../model';
import type { Rule } from './types';
import { t, taskHeadRange } from './util';

const MAX_POSTING = 48;

function normalise(s: string): string {
  return s.replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Near duplicates among distinct texts: for each text index, the most similar other text with a
 * Jaccard similarity of bigrams ≥ `sim`. The last answer is kept: an edit that leaves every task's
 * text as it was (a keystroke in a field, the common case) costs one string comparison.
 */
let lastKey = '';
let lastResult = new Map<number, { j: number; s: number }>();
function nearDuplicates(texts: readonly string[], sim: number): Map<number, { j: number; s: number }> {
  const key = `${sim}\u0001${texts.join('\u0000')}`;
  if (key === lastKey) return lastResult;
  const ids = new Map<number, number>();
  const dfList: number[] = [];
  // Characters get dense ids first, so a bigram key stays a small integer (a fast Map key) for
  // any realistic document: a few thousand distinct characters.
  const charIds = new Map<number, number>();
  const charId = (c: number) => {
    let id = charIds.get(c);
    if (id === undefined) charIds.set(c, (id = charIds.size));
    return id;
  };
  const raw: number[][] = texts.map((n) => {
    const seen = new Set<number>();
    let prev = -1;
    for (let i = 0; i < n.length; i++) {
      const c = charId(n.charCodeAt(i));
      if (prev >= 0) seen.add(prev * 0x10000 + c); // ids < 0x10000 (UTF-16 units): keys never collide
      prev = c;
    }
    const out: number[] = [];
    for (const key of seen) {
      let id = ids.get(key);
      if (id === undefined) {
        id = dfList.length;
        ids.set(key, id);
        dfList.push(0);
      }
      dfList[id]++;
      out.push(id);
    }
    return out;
  });
  const order = dfList.map((_, i) => i).sort((a, b) => dfList[a] - dfList[b] || a - b);
  const rank = new Int32Array(dfList.length);
  order.forEach((id, r) => (rank[id] = r));
  const grams = raw.map((g) => Int32Array.from(g, (id) => rank[id]).sort());
  const index: number[][] = [];
  const best = new Map<number, { j: number; s: number }>();
  const minOverlap = (a: number, b: number) => Math.ceil((sim / (1 + sim)) * (a + b) - 1e-9);
  grams.forEach((g, i) => {
    const prefix = g.length - Math.ceil(sim * g.length) + 1;
    const candidates = new Set<number>();
    for (let k = 0; k < prefix && k < g.length; k++) {
      const posting = index[g[k]];
      // A bigram shared by very many texts is no evidence of duplication; a true near duplicate
      // shares most of the rarer ones too. Keeps large plans (50,000 tasks) near linear.
      if (posting && posting.length <= MAX_POSTING) for (const j of posting) candidates.add(j);
    }
    for (const j of candidates) {
      const h = grams[j];
      if (Math.min(h.length, g.length) < sim * Math.max(h.length, g.length)) continue;
      const need = minOverlap(g.length, h.length);
      let a = 0;
      let b = 0;
      let inter = 0;
      while (a < g.length && b < h.length) {
        if (inter + Math.min(g.length - a, h.length - b) < need) break;
        if (g[a] === h[b]) {
          inter++;
          a++;
          b++;
        } else if (g[a] < h[b]) a++;
        else b++;
      }
      if (inter < need) continue;
      const jac = inter / (g.length + h.length - inter);
      if (jac >= sim && jac > (best.get(i)?.s ?? 0)) best.set(i, { j, s: jac });
    }
    for (let k = 0; k < prefix && k < g.length; k++) (index[g[k]] ??= []).push(i);
  });
  lastKey = key;
  lastResult = best;
  return best;
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
      for (let i = 1; i < list.length && !ctx.full(); i++) {
        reported.add(list[i]);
        ctx.report({
          range: taskHeadRange(ctx.doc, list[i]),
          message: t(`第${num(list[i])}项任务与第${num(list[0])}项任务正文相同`, `task ${num(list[i])} has the same text as task ${num(list[0])}`),
          related: [{ range: taskHeadRange(ctx.doc, list[0]), message: t('相同的任务', 'the same task') }],
        });
      }
    }
    // Near duplicates among distinct texts: set-similarity join with prefix filtering. Bigrams are
    // integers ranked rarest first; each text is a sorted array of ranks, so the overlap is a merge.
    const uniq = [...byText.entries()].filter(([n]) => Array.from(n).length >= minLength);
    const best = nearDuplicates(uniq.map(([n]) => n), sim);
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
