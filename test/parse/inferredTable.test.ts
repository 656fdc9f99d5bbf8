/** A task table copied without its header row: the columns are judged from what the rows hold. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../server/src/core/parse';
import { inferColumns } from '../../server/src/core/parse/inferredTable';

const text = readFileSync(join(__dirname, '..', 'corpus', 'headerless-tab-table.txt'), 'utf8');
const lines = text.split('\n');

describe('inferColumns', () => {
  it('names each column by what every cell it fills holds; the text is the column of the longest cells', () => {
    const rows = [
      ['1', '地区生产总值增长6%左右。', '张三', '县发改局', '县统计局', '2024年12月底'],
      ['2', '一般公共预算收入增长5%。', '李四', '县财政局', '', '2024年12月底'],
    ];
    expect(inferColumns(rows)).toEqual({
      roles: ['number', 'text', 'leaders', 'leadUnits', 'units', 'deadline'],
      headers: ['序号', '工作任务', '责任领导', '牵头单位', '配合单位', '完成时限'],
    });
  });

  it('rows with no field column are no task table', () => {
    expect(inferColumns([['1', '第一段说明文字，较长。', '备注一'], ['2', '第二段说明文字，也较长。', '备注二']])).toBeNull();
  });

  it('a column whose cells disagree (a unit here, a sentence there) is no field', () => {
    const roles = inferColumns([
      ['1', '推进重大项目建设，全年完成投资800亿元。', '县发改局', '2024年12月底'],
      ['2', '推进招商引资，全年引进项目50个以上。', '视情况协调推进', '2024年12月底'],
    ])!.roles;
    expect(roles).toEqual(['number', 'text', undefined, 'deadline']);
    expect(roles[3]).toBe('deadline');
  });
});

describe('a table without its header row', () => {
  const doc = parseDocument(text);
  const tasks = doc.plan!.tasks;

  it('reads its rows as tasks with fields at exact ranges', () => {
    expect(tasks.map((t) => t.numbering.value)).toEqual([1, 2, 3, 4, 5, 6]);
    const t1 = tasks[0];
    expect(t1.text.text).toBe('地区生产总值增长6%左右。');
    const line = lines[t1.line];
    const at = line.indexOf('县发改局');
    expect(t1.leadUnits[0].written.range).toEqual({ start: { line: t1.line, character: at }, end: { line: t1.line, character: at + 4 } });
    expect(t1.leaders.map((u) => u.name)).toEqual(['张三']);
    expect(t1.deadline?.date).toBe('2024-12-31');
  });

  it('an empty cell is an absent field', () => {
    expect(tasks[2].deadline).toBeNull();
    expect(tasks[2].units.map((u) => u.name)).toEqual(['县住建局', '县财政局']);
  });

  it('a single numbered line with tabs is no table (a Word list number keeps its tab)', () => {
    const one = parseDocument('2024年重点工作任务分解表\n1\t推进项目建设。\t县发改局\t2024年12月底\n其他说明。');
    expect(one.plan).toBeNull();
  });
});
