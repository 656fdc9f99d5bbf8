/** A mark on a task's number (`1*.`): new or key tasks in 广州's and 杭州's plans (hunt d9). */
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/core/rules';
import { parseDocument } from '../../server/src/core/parse';

describe('a star between a task\'s number and its dot marks the task (`1*.`, `2* .`: 广州, 杭州) (hunt d9)', () => {
  const text = [
    '广州市黄埔区进一步打造国际一流营商环境行动方案',
    '',
    '一、推进营商环境评价指标系统化提升',
    '1*.开展“一证多址”改革。（责任单位：区市场监管局、区政务服务数据管理局）',
    '2* .开展企业住所标准化登记。（责任单位：区市场监管局）',
    '3.推进市场准入效能评估工作。（责任单位：区发展改革局、区市场监管局）',
    '4＊.深化企业注销便利化改革。（责任单位：区市场监管局、区税务局）',
  ].join('\n');

  it('is read as a task with its number, and no numbering-gap', () => {
    const doc = parseDocument(text);
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.numbering.marker.text, t.text.text.slice(0, 4)])).toEqual([
      [1, '1*.', '开展“一'],
      [2, '2* .', '开展企业'],
      [3, '3.', '推进市场'],
      [4, '4＊.', '深化企业'],
    ]);
    expect(lint(doc, { today: '2024-01-01' })).toEqual([]);
  });

  it('a message cites the number without the mark; a style fix, which would drop it, is not offered', () => {
    const damaged = text.replace('4＊.深化', '4＊、深化');
    const ds = lint(parseDocument(damaged), { today: '2024-01-01' });
    expect(ds.map((d) => [d.rule, d.range.start.line, d.fixes?.length ?? 0])).toEqual([['numbering-style', 6, 0]]);
    const gap = lint(parseDocument(text.replace('2* .开展', '5* .开展')), { today: '2024-01-01' }).filter((d) => d.rule.startsWith('numbering'));
    expect(gap.length).toBeGreaterThan(0);
    for (const d of gap) expect(d.message).not.toMatch(/\d[*＊]/);
  });
});

describe("a star after a table row's number (`1*` in its 序号 cell)", () => {
  const rows = (first: string) => [
    '2021年重点工作责任分解',
    '',
    '序号\t重点工作任务\t责任单位',
    `${first}\t大力推进杭州城西科创大走廊建设。\t市科技局、市发改委`,
    '2\t推进现代流通体系建设。\t市商务局',
    '3*\t加快培育国际消费中心城市。\t市商务局、市发改委',
  ];

  it('in a tab table and in a table copied a cell per line, the row is read with its number', () => {
    const tab = rows('1*').join('\n');
    const perLine = rows('1*').flatMap((l, k) => (k < 2 ? [l] : [...l.split('\t').flatMap((c) => [c, ''])])).join('\n');
    for (const text of [tab, perLine]) {
      const doc = parseDocument(text);
      expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.units.map((u) => u.name)])).toEqual([
        [1, ['市科技局', '市发改委']],
        [2, ['市商务局']],
        [3, ['市商务局', '市发改委']],
      ]);
      expect(lint(doc, { today: '2021-03-01' })).toEqual([]);
    }
  });
});
