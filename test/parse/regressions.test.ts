/** One case per parser bug found by the property tests over the corpus (each failed before its fix). */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lspLines, rangeProblems } from '../robustness/support';

describe('parser regressions', () => {
  it('a prose role whose bracket a line break cut (`…牵头` ends the line) keeps its field inside the line', () => {
    const text = '2024年重点任务分工方案\n\n一、优化政务服务\n1.深化改革。（由区政务服务中心牵头\r区发改局配合）\n2.优化服务。（区市场监管局牵头，区税务局配合）\n';
    const doc = parseDocument(text);
    expect(rangeProblems(doc, lspLines(text))).toEqual([]);
  });

  it('a `|` table row with a stray tab after its last bar is still a row', () => {
    const header = '| 序号 | 工作任务 | 牵头单位 | 完成时限 |';
    const row = (n: number, tail = '') => `| ${n} | 任务${n}。 | 区发改局 | 2025年12月31日 |${tail}`;
    const text = ['2025年重点工作分工方案', '', header, '| --- | --- | --- | --- |', row(1), row(2, '\t')].join('\n');
    expect(parseDocument(text).plan!.tasks.map((t) => [t.numbering.value, t.leadUnits.map((u) => u.name)])).toEqual([
      [1, ['区发改局']],
      [2, ['区发改局']],
    ]);
  });
});
