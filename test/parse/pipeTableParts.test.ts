/**
 * A `|` table as pandoc's Markdown (pipe or gfm) writes a Word table: a part's row spans the table, its words in
 * the first cell and the other cells empty (郧阳 2023 through `pandoc -t gfm`).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

describe('a part\'s row across a | table', () => {
  it('is a heading, and the fields closing it speak for its tasks', () => {
    const text = [
      '# 2023年区政府工作目标任务落实责任分解表',
      '',
      '| 序号 | 目 标 任 务 | 牵头单位 | 责任单位 | 责任人 |',
      '|------|------|------|------|------|',
      '| 一、主要经济社会发展指标等工作目标(牵头领导:成坤、柯相国、王俊) |   |   |   |   |',
      '| 1 | 地区生产总值增长15%。 | 区发改局 | 区统计局 | 张三 |',
      '| 2 | 固定资产投资增长20%。 | 区发改局 | 区住建局 | 李四 |',
      '| 二、营商环境(牵头领导:王俊) |   |   |   |   |',
      '| 3 | 优化营商环境。 | 区营商办 | 区政务服务中心 | 王五 |',
    ].join('\n');
    const doc = parseDocument(text);
    const parts = doc.plan!.children.filter((c) => c.type === 'section');
    expect(parts.map((p) => p.type === 'section' && [p.numbering?.value, p.title.text, p.fields.map((f) => f.value.text)])).toEqual([
      [1, '主要经济社会发展指标等工作目标', ['成坤、柯相国、王俊']],
      [2, '营商环境', ['王俊']],
    ]);
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.path.map((s) => s.numbering?.value)])).toEqual([
      [1, [1]],
      [2, [1]],
      [3, [2]],
    ]);
    expect(lint(doc, { today: '2023-01-01' })).toEqual([]);
  });
});
