/** A tab-separated table whose header takes two rows: `责任分工` merged over `牵头单位` / `配合单位`. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

const text = readFileSync(join(__dirname, '..', 'corpus', 'table-two-row-header.txt'), 'utf8');
const lines = text.split('\n');

describe('a two-row table header', () => {
  const tasks = parseDocument(text).plan!.tasks;

  it('names the columns under the merged cell from its second row', () => {
    const t1 = tasks[0];
    expect(t1.fields.map((f) => `${f.role}:${f.label.text}=${f.value.text}`)).toEqual([
      'leadUnits:牵头单位=区发改局',
      'units:配合单位=区统计局',
      'deadline:完成时限=2024年12月底',
    ]);
    const line = lines[t1.line];
    const at = line.indexOf('区统计局');
    expect(t1.units[0].written.range).toEqual({ start: { line: t1.line, character: at }, end: { line: t1.line, character: at + 4 } });
  });

  it('an empty 牵头单位 cell is an absent lead, the 配合单位 cell beside it still read', () => {
    const t5 = tasks[4];
    expect(t5.leadUnits).toEqual([]);
    expect(t5.units.map((u) => u.name)).toEqual(['区财政局']);
  });

  it('without the second row, the merged column is no field (as before)', () => {
    const one = parseDocument(lines.filter((l) => !l.startsWith('\t\t牵头单位')).join('\n')).plan!.tasks;
    expect(one[0].leadUnits).toEqual([]);
    expect(one[0].deadline?.text).toBe('2024年12月底');
  });

  it('a row of data is never read as a second header row', () => {
    // A row whose number cell is empty holds data, not column names.
    const odd = text.replace('\t\t牵头单位\t配合单位\t', '\t\t区发改局\t区统计局\t');
    expect(parseDocument(odd).plan!.tasks[0].leadUnits).toEqual([]);
  });
});

describe('a `|` table whose header takes two rows (a Markdown table, or bare bars; probe 22)', () => {
  const rows = [
    '| 1 | 实施重点项目100个。 | 区发改局 | 区住建局、区自然资源局 | 2025年12月底 |',
    '| 2 | 新建口袋公园12个。 |  | 区城管局 | 2025年9月底 |',
    '| 3 | 新增停车泊位2000个。 | 区交通局 | 区公安分局 | 2025年12月底 |',
  ];
  const head = ['## XX区2025年重点工作任务分工方案', '', '| 序号 | 工作任务 | 责任分工 |  | 完成时限 |'];
  it.each([
    ['Markdown', [...head, '|---|---|---|---|---|', '|  |  | 牵头单位 | 配合单位 |  |', ...rows]],
    ['bare bars', [...head, '|  |  | 牵头单位 | 配合单位 |  |', ...rows]],
  ])('%s: the columns under the merged cell are named by the second row; an empty lead is reported', (_, lines) => {
    const doc = parseDocument((lines as string[]).join('\n'));
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name)])).toEqual([
      [1, ['区发改局'], ['区住建局', '区自然资源局']],
      [2, [], ['区城管局']],
      [3, ['区交通局'], ['区公安分局']],
    ]);
    const last = (lines as string[]).length - 2;
    expect(lint(doc, { today: '2025-01-01' }).map((d) => [d.rule, d.range.start.line])).toEqual([['missing-lead', last]]);
  });
});
