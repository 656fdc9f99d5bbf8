/**
 * `一.` / `一．`: part headings as some drafts type them, with a dot for the 、. They were no markers: with
 * `（一）` chapters under them the chapters of part 二 read as a second run of part 一's (a false
 * numbering-duplicate), and without chapters the parts were groups named `一.经济发展`.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { readNumbering } from '../../server/src/core/parse/numbering';
import { lint } from '../../server/src/core/rules';

const PLAN = [
  '青禾区2024年重点工作任务分工方案',
  '一.经济发展',
  '（一）产业升级',
  '1.推进园区建设。（牵头单位：区发改局；完成时限：2024年12月底）',
  '2.扩大有效投资。（牵头单位：区发改局；完成时限：2024年12月底）',
  '二.民生保障',
  '（一）社区服务',
  '3.新建社区食堂。（牵头单位：区民政局；完成时限：2024年10月底）',
  '4.改造老旧小区。（牵头单位：区住建局；完成时限：2024年11月底）',
];

describe('parts numbered 一. / 一．', () => {
  it('reads the marker with its dot, and never a numeral before a decimal or 、 before a digit as anything else', () => {
    const n = readNumbering('二.民生保障', 5, 0)!;
    expect([n.numbering.style, n.numbering.value, n.numbering.marker.text, n.numbering.delimiter, n.textStart]).toEqual(['cn-dun', 2, '二.', '.', 2]);
    expect(readNumbering('三．生态环境', 0, 0)?.numbering.marker.text).toBe('三．');
    // `一、2023年…` is a part whose title begins with a year; `一.5倍` is a number.
    expect(readNumbering('一、2023年经济社会发展主要目标', 0, 0)?.numbering.marker.text).toBe('一、');
    expect(readNumbering('一.5倍以上', 0, 0)).toBeNull();
  });

  it('nests the chapters and tasks under their parts, with no diagnostic', () => {
    const doc = parseDocument(PLAN.join('\n'));
    expect(doc.plan!.tasks.map((t) => t.path.map((s) => `${s.level}:${s.title.text}`).join('/'))).toEqual([
      'part:经济发展/chapter:产业升级',
      'part:经济发展/chapter:产业升级',
      'part:民生保障/chapter:社区服务',
      'part:民生保障/chapter:社区服务',
    ]);
    expect(lint(doc, { today: '2024-03-01' })).toEqual([]);
  });

  it('a damaged copy: a part numbered 三. after 一. is a gap at that heading; 二、 beside 一. a style warning', () => {
    const gap = PLAN.map((l) => l.replace('二.民生保障', '三.民生保障'));
    expect(lint(parseDocument(gap.join('\n')), { today: '2024-03-01' }).map((d) => [d.rule, d.range.start.line, d.range.end.character])).toEqual([['numbering-gap', 5, '三.民生保障'.length]]);
    const mixed = PLAN.map((l) => l.replace('二.民生保障', '二、民生保障'));
    const ds = lint(parseDocument([...mixed, '三.生态环境', '（一）治理', '5.治理河道。（牵头单位：区水利局；完成时限：2024年12月底）'].join('\n')), { today: '2024-03-01' });
    expect(ds.map((d) => [d.rule, d.range.start.line, d.message])).toEqual([['numbering-style', 5, expect.stringContaining('一.')]]);
  });
});
