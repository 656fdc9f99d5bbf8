/** Counts a document states about itself, and what is content. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { readStatedCount } from '../../server/src/core/parse/counts';
import { lint } from '../../server/src/core/rules';

const span = (text: string) => ({ text, range: { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } } });
const value = (text: string) => readStatedCount(span(text), 'section', 'heading')?.value ?? null;

describe('stated counts', () => {
  it.each([
    ['二、重点工作(共135项)', 135],
    ['2023年区政府重点工作责任分解方案(共计121项)', 121],
    ['第一部分 数字产业化（3项）', 3],
    ['一、民生保障(12项任务)', 12],
    ['（一）做强制造业（ 4 项 ）', 4],
    // Content, not a count of the section's tasks:
    ['一、落实8方面25项任务', null],
    ['（二）完成3项改革（2024—2025年）', null],
    ['三、建设10个项目（含3项续建）', null],
  ])('%s', (text, expected) => expect(value(text)).toBe(expected));

  it('a heading whose bracketed count is wrong is reported at the number', () => {
    const lines = [
      '2024年重点任务分工方案',
      '',
      '第一部分 数字产业化（4项）',
      '（一）做强电子信息制造业',
      ...['推进集成电路项目建设', '培育新型显示产业集群', '建设软件产业园'].flatMap((t, i) => [`${i + 1}.${t}。`, '牵头单位：市发展改革委', '完成时限：2024年12月底']),
    ];
    const d = lint(parseDocument(lines.join('\n')), { today: '2024-01-01' });
    const at = lines[2].indexOf('4');
    expect(d.map((x) => [x.rule, x.range])).toEqual([['count-mismatch', { start: { line: 2, character: at }, end: { line: 2, character: at + 1 } }]]);
    expect(d[0].fixes?.[0].edits[0].newText).toBe('3');
  });
});
