/**
 * A `|` table whose header names no 序号 though its rows number themselves in a cell of their own (荆州 2022 政务公开
 * 任务分解责任清单): the page merged the header's first cell (`工作任务`) over the category and 序号 columns, so row 1 reads
 * `一、… | (一)… | 1 | 进一步… | 市政府各有关部门… | 持续推进 |` and row 2 `2 | 开设… | … | 持续推进 | ||`. Row 1 was a part's
 * title, row 2's text its number and a false numbering-gap said 1 was missing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

const TEXT = readFileSync(join(__dirname, '..', 'corpus', 'table-header-merged-over-number.txt'), 'utf8');
const LINES = TEXT.split('\n');
const ROW1 = LINES.findIndex((l) => l.startsWith('一、以公开'));
const ROW2 = LINES.findIndex((l) => l.startsWith('2 |'));

describe('a table whose header is merged over its 序号 column', () => {
  it('reads each row: its number, its words under 具体要求, its units and deadline; the headings before row 1 head it', () => {
    const doc = parseDocument(TEXT);
    const tasks = doc.plan!.tasks;
    expect(tasks.map((t) => [t.numbering.value, t.range.start.line, t.units.map((u) => u.name), t.deadline?.text])).toEqual([
      [1, ROW1, ['市政府各有关部门', '各县市区人民政府', '功能区管委会'], '持续推进'],
      [2, ROW2, ['市政府各有关部门', '各县市区人民政府', '功能区管委会'], '持续推进'],
    ]);
    expect(tasks[0].text.text).toMatch(/^进一步增强政策文件制定实施的透明度/);
    expect(tasks[0].text.range.start).toEqual({ line: ROW1, character: LINES[ROW1].indexOf('进一步') });
    expect(tasks[1].text.text).toMatch(/^开设行业帮扶政策公开专题.*消费恢复。$/);
    expect(tasks[1].path.map((s) => s.title.text)).toEqual(['以公开助力经济平稳健康发展。', '加强涉及市场主体的信息公开。']);
    expect(lint(doc, { today: '2022-07-25' })).toEqual([]);
  });

  it('reports a row whose number skips, and a row that writes another\'s words again', () => {
    const skipped = LINES.map((l, i) => (i === ROW2 ? l.replace(/^2 \|/, '3 |') : l)).join('\n');
    const gap = lint(parseDocument(skipped), { today: '2022-07-25' }).filter((d) => d.rule === 'numbering-gap');
    // The row's head: its number to the end of its words.
    const end = LINES[ROW2].indexOf('消费恢复。') + '消费恢复。'.length;
    expect(gap.map((d) => [d.range.start, d.range.end])).toEqual([[{ line: ROW2, character: 0 }, { line: ROW2, character: end }]]);
    // Row 2 writing row 1's words again: a duplicate, at row 2's head (its number and words).
    const words1 = parseDocument(TEXT).plan!.tasks[0].text.text;
    const twice = LINES.map((l, i) => (i === ROW2 ? `2 | ${words1} | 市商务局 | 持续推进 | ||` : l)).join('\n');
    const dup = lint(parseDocument(twice), { today: '2022-07-25' }).filter((d) => d.rule === 'duplicate-task');
    expect(dup.map((d) => [d.range.start, d.range.end])).toEqual([[{ line: ROW2, character: 0 }, { line: ROW2, character: 4 + words1.length }]]);
  });

  it('a row of a header with a text column and no other unnamed one stays read as before', () => {
    const header = LINES.findIndex((l) => l.startsWith('工作任务 |'));
    const plain = [...LINES.slice(0, header), '工作任务 | 责任单位 | 时限要求', '开设行业帮扶政策公开专题。 | 市商务局 | 持续推进', ''].join('\n');
    const tasks = parseDocument(plain).plan!.tasks;
    expect(tasks.map((t) => [t.numbering.value, t.text.text, t.units.map((u) => u.name)])).toEqual([[1, '开设行业帮扶政策公开专题。', ['市商务局']]]);
  });

  it('a figure beside a heading cell in rows that line up with the header is that column\'s (a score, a target), not the row\'s number', () => {
    const scores = ['某县2023年度目标责任考核任务分解表', '考核内容 | 分值 | 牵头单位 | 配合单位 | 完成时限', '一、优化营商环境,政务服务事项网上可办率达到98%。 | 10 | 县政务服务中心 | 县数据资源局 | 2023年底', '二、扩大有效投资,完成固定资产投资增长8%。 | 15 | 县发改局 | 县统计局 | 2023年底', ''].join('\n');
    const targets = ['某县2023年民生实事项目责任分解表', '项目名称 | 目标数量 | 责任单位 | 完成时限', '(一)新建城区幼儿园 | 3 | 县教育局 | 2023年9月底', '(二)改造老旧小区 | 12 | 县住建局 | 2023年底', ''].join('\n');
    for (const [text, first] of [[scores, '一、优化营商环境'], [targets, '(一)新建城区幼儿园']] as const) {
      const doc = parseDocument(text);
      // Each row a task of the cell's words (numbered by its place), as before the header's first cell was read over 序号.
      expect(doc.plan!.tasks[0].text.text.startsWith(first)).toBe(true);
      expect(doc.plan!.tasks.every((t) => t.text.text.length > 4)).toBe(true);
      expect(lint(doc, { today: '2023-03-01' })).toEqual([]);
    }
    // The tab copy alike.
    const tab = parseDocument(targets.replace(/ \| /g, '\t'));
    expect(tab.plan!.tasks.map((t) => t.text.text)).toEqual(['(一)新建城区幼儿园', '(二)改造老旧小区']);
  });
});
