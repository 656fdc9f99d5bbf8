/**
 * unknown-unit's misspelling search over many names: past a few hundred repeated names of a length it looks among the
 * names within reach (an index of deletions, see rules/unknown.ts) instead of comparing with all of them, which was
 * quadratic (the cliff hunt: 10,000 distinct units took 7 s). The answers must be the same either way.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint, releaseLintCaches } from '../../server/src/core/rules';
import { misspellingSearch } from '../../server/src/core/rules/unknown';

const CHARS = '安宝昌成东发丰福光广国海和华辉吉嘉建江金锦康乐利林隆明南宁平庆荣瑞盛顺泰天万文新信兴旭阳永裕元长正中';

/** `count` distinct names of 8 characters of bodies, each written twice in the plan, and `typos` written once. */
function plan(count: number, typos: readonly string[]): { text: string; names: string[] } {
  const names: string[] = [];
  for (let k = 0; names.length < count; k++) names.push(`区${CHARS[k % CHARS.length]}${CHARS[Math.floor(k / CHARS.length) % CHARS.length]}${CHARS[(k * 7 + 3) % CHARS.length]}发展中心`);
  const lines = ['2024年重点任务分工方案', '一、重点任务'];
  let n = 0;
  for (const name of [...names, ...names]) lines.push(`${++n}.推进第${n}项工作。（牵头单位：${name}；完成时限：2024年12月底）`);
  for (const typo of typos) lines.push(`${++n}.推进第${n}项工作。（牵头单位：${typo}；完成时限：2024年12月底）`);
  return { text: lines.join('\n'), names };
}

function suggestions(text: string): string[] {
  return lint(parseDocument(text), { today: '2024-01-01' })
    .filter((d) => d.rule === 'unknown-unit')
    .map((d) => d.message);
}

describe('unknown-unit among many names', () => {
  it('the names within reach (looked up) give the answers that comparing with every name gives', () => {
    const { names } = plan(600, []);
    const typos = [0, 7, 123, 599].flatMap((k) => {
      const t = names[k];
      return [t.slice(0, 2) + '某' + t.slice(3), t.slice(0, 1) + '某某' + t.slice(3), t.slice(0, 1) + t[2] + t[1] + t.slice(3), t.slice(0, 3) + t.slice(4), t + '办'];
    });
    const { text } = plan(600, typos);
    const answers = (limit: number) => {
      misspellingSearch.scanLimit = limit;
      releaseLintCaches();
      return lint(parseDocument(text), { today: '2024-01-01' }).filter((d) => d.rule === 'unknown-unit').map((d) => [d.range.start.line, d.message]);
    };
    try {
      const all = answers(Infinity);
      expect(all.length).toBeGreaterThanOrEqual(8);
      expect(answers(0)).toEqual(all);
    } finally {
      misspellingSearch.scanLimit = 256;
      releaseLintCaches();
    }
  });

  it('a changed character is found among 40 names and among 600 alike', () => {
    for (const count of [40, 600]) {
      const { names } = plan(count, []);
      const target = names[7];
      const changed = target.slice(0, 2) + '某' + target.slice(3);
      const ms = suggestions(plan(count, [changed]).text);
      expect(ms.length, `${count} names`).toBe(1);
      expect(ms[0], `${count} names`).toContain(`与本文件出现2次的“${target}”仅差1个字`);
    }
  });
});
