/**
 * A `|` table copied from a web page whose 序号 and 责任单位 cells are merged over several rows (临安 2022 民生实事 进展情况表):
 * the rows under a merged cell leave it out (`新增婴幼儿照护服务托位500个。 | 新增…600个。 | ||`). Such a row is more of
 * the task above: seven of the plan's eleven targets were lost.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

const TEXT = readFileSync(join(__dirname, '..', 'corpus', 'table-pipe-merged-number-rows.txt'), 'utf8');
const LINES = TEXT.split('\n');

describe('a | row under a merged 序号 cell', () => {
  it('is more of the task above: its words are the task\'s, the task ends on its line', () => {
    const doc = parseDocument(TEXT);
    const tasks = doc.plan!.tasks;
    expect(tasks.map((t) => [t.numbering.value, t.text.text.split('\n').length, t.units.map((u) => u.name)])).toEqual([
      [1, 1, ['教育局']],
      [2, 3, ['卫生健康局']],
      [3, 3, ['交通运输局']],
      [4, 4, ['住建局']],
    ]);
    const last = LINES.findIndex((l) => l.startsWith('开展胃肠癌联合筛查1万例以上。'));
    expect(tasks[1].text.text.split('\n')[2]).toBe('开展胃肠癌联合筛查1万例以上。');
    expect(tasks[1].range.end.line).toBe(last);
    expect(lint(doc, { today: '2022-11-03' })).toEqual([]);
  });

  it('a heading across the table (`| 二、交通出行 |  |  |  |`) is no such row: it heads the rows after it', () => {
    const row = LINES.findIndex((l) => l.startsWith('4 |'));
    const withHeading = [...LINES.slice(0, row), '| 二、交通出行 |  |  |  |', ...LINES.slice(row)].join('\n');
    const tasks = parseDocument(withHeading).plan!.tasks;
    expect(tasks.map((t) => t.numbering.value)).toEqual([1, 2, 3, 4]);
    expect(tasks[3].path.map((s) => s.title.text)).toEqual(['交通出行']);
    expect(tasks[2].text.text.split('\n')).toHaveLength(3);
  });
});
