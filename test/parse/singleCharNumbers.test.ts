/** `⒈`/`⑴`: numbers 1–20 written as one character, read at the level of `1.`/`(1)`. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { readNumbering, singleCharNumber } from '../../server/src/core/parse/numbering';
import { renumberPlan } from '../../server/src/core/features/renumber';
import { applyEdits, lint } from '../../server/src/core/rules';

const plan = [
  '2024年重点工作任务分工方案',
  '一、稳住经济大盘',
  '⒈地区生产总值增长6%左右。',
  '牵头单位：区发改局',
  '⒉一般公共预算收入增长5%。',
  '牵头单位：区财政局',
  '⒋固定资产投资增长8%。',
  '⑴实施重大项目30个。',
  '⑶新开工项目20个。',
  '牵头单位：区发改局',
].join('\n');

describe('one-character numbers', () => {
  it('maps ①/⑴/⒈ to 1 and ⑳/⒇/⒛ to 20, nothing else', () => {
    expect(['①', '⑴', '⒈', '⑳', '⒇', '⒛'].map(singleCharNumber)).toEqual([1, 1, 1, 20, 20, 20]);
    expect(singleCharNumber('1')).toBeNaN();
    expect(singleCharNumber('⒜')).toBeNaN();
  });

  it('reads ⒈ as a task marker and ⑴ as a sub-item, each a one-character marker', () => {
    const n = readNumbering('⒋固定资产投资增长8%。', 6, 0)!;
    expect([n.numbering.style, n.numbering.value, n.numbering.marker.text, n.textStart]).toEqual(['arabic-dot', 4, '⒋', 1]);
    const doc = parseDocument(plan);
    expect(doc.plan!.tasks.map((t) => t.numbering.value)).toEqual([1, 2, 4]);
    expect(doc.plan!.tasks[2].subItems.map((s) => [s.numbering.style, s.numbering.value])).toEqual([
      ['arabic-paren', 1],
      ['arabic-paren', 3],
    ]);
  });

  it('renumbering the plan keeps the family: ⒋ becomes ⒊ and no other character moves', () => {
    const doc = parseDocument(plan);
    const out = applyEdits(doc, renumberPlan(doc));
    expect(out).toBe(plan.replace('⒋', '⒊'));
  });

  it('reports the skipped ⒊ and ⑵ at their markers', () => {
    const gaps = lint(parseDocument(plan), { today: '2024-03-01' }).filter((d) => d.rule === 'numbering-gap');
    expect(gaps.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character])).toEqual([
      [6, 0, '⒋固定资产投资增长8%。'.length],
      [8, 0, 1],
    ]);
  });
});
