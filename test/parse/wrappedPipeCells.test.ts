/**
 * A `|` table copied from a web page (园林城市 2010 任务分解) whose header names no 序号: a category merged over its rows
 * stands in the first cell of the first row only (`生 态 环 境 | 1、城市大环境绿化… | …`), the tasks number themselves in
 * their cells, and a line break inside a cell cut row 1 in two (`… | 市规划局 | 市国土资源局、` / `市农牧林业局 |
 * 2010年9月20日前 |`). Row 1's text was the category, with a false numbering-gap; the cut line was a heading over row 2.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

const TEXT = readFileSync(join(__dirname, '..', 'corpus', 'table-pipe-category-wrapped-cells.txt'), 'utf8');
const LINES = TEXT.split('\n');
const today = { today: '2010-03-01' };

describe('a | table with a category cell and a cell cut by a line break', () => {
  it('reads each task in its numbered cell under the category, the cut row whole', () => {
    const doc = parseDocument(TEXT);
    const tasks = doc.plan!.tasks;
    expect(tasks.map((t) => [t.numbering.value, t.path.map((s) => s.title.text), t.leadUnits.map((u) => u.name), t.units.map((u) => u.name), t.deadline?.text])).toEqual([
      [1, ['生 态 环 境'], ['市规划局'], ['市国土资源局', '市农牧林业局'], '2010年9月20日前'],
      [2, ['生 态 环 境'], ['市规划局', '市建设局'], ['有关部门'], '2010年9月20日前'],
    ]);
    expect(tasks[0].text.text).toBe('城市大环境绿化扎实开展,效果明显,形成城郊一体的优良环境。');
    expect(tasks[0].range.end.line).toBe(2);
    // The unit on the cut line is at its own range.
    const cut = tasks[0].units[1].written.range;
    expect([cut.start, cut.end]).toEqual([{ line: 2, character: 0 }, { line: 2, character: '市农牧林业局'.length }]);
    expect(lint(doc, today)).toEqual([]);
  });

  it('a skipped number is reported at the row; a row whose deadline cell is emptied is missing it', () => {
    const skipped = LINES.map((l, i) => (i === 3 ? l.replace(/^2、/, '3、') : l)).join('\n');
    expect(lint(parseDocument(skipped), today).map((d) => [d.rule, d.range.start.line])).toEqual([['numbering-gap', 3]]);
    const noDeadline = LINES.map((l, i) => (i === 2 ? l.replace(' 2010年9月20日前 |', '  |') : l)).join('\n');
    const tasks = parseDocument(noDeadline).plan!.tasks;
    expect(tasks.map((t) => t.deadline?.text ?? null)).toEqual([null, '2010年9月20日前']);
  });
});
