/**
 * Rectification lists (整改清单, 问题汇总表): a table's task is the problem to put right. Its column is named 问题描述 /
 * 存在问题 / 检查发现问题, a name no column was known by (where no column names the work: 工作任务, 整改措施): such a table was read as nothing, and beside a 名称 column
 * (`路段名称 | 问题描述`) the road's name was the task and a short description was lost (岳阳 城管 2019).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { rolesOfHeader } from '../../server/src/core/parse/labels';
import { lint } from '../../server/src/core/rules';

describe('a table of problems to put right', () => {
  it('names its text column by the problem, before a 名称 column beside it', () => {
    expect(rolesOfHeader(['序号', '路段名称', '问题描述', '责任单位', '备注'])).toEqual(['number', undefined, 'text', 'units', undefined]);
    // A column that names the work stays the text (regression hunt: 工作任务 and 整改措施 beside 存在问题).
    expect(rolesOfHeader(['序号', '存在问题', '整改措施', '责任单位', '整改时限'])).toEqual(['number', undefined, 'text', 'units', 'deadline']);
    expect(rolesOfHeader(['序号', '工作任务', '存在问题', '责任单位'])).toEqual(['number', 'text', undefined, 'units']);
    expect(rolesOfHeader(['序号', '检查发现问题', '责任单位'])).toEqual(['number', 'text', 'units']);
    // Elsewhere the first column of words is the text, as before.
    expect(rolesOfHeader(['序号', '项目名称', '建设内容', '责任单位'])).toEqual(['number', 'text', undefined, 'units']);
  });

  it('reads the real list copied a cell per line: each problem a task, its 责任单位 the units, at exact ranges', () => {
    const text = readFileSync(join(__dirname, '..', 'corpus', 'table-cell-per-line-problems.txt'), 'utf8');
    const lines = text.split('\n');
    const doc = parseDocument(text);
    const tasks = doc.plan!.tasks;
    expect(tasks.map((t) => [t.numbering.value, t.text.text, t.units.map((u) => u.name)])).toEqual([
      [1, '湘北大道沿线街道车辆违停严重', ['停车办']],
      [2, '求真垃圾站前种菜,旁边杂草丛生', ['市环卫中心']],
      [3, '师大南湖学校对面工地上泥巴在雨水冲击下大量流向街道,污染严重', ['城管大队']],
      [4, '保利中央公园对面一新开喇叭口没硬化,泥水大量流向街道', ['城管支队']],
      [5, '赶山路与湘北大道交叉口往西150米处路面积水严重', ['市政维护管理处']],
    ]);
    const line = lines.findIndex((l) => l.startsWith('湘北大道沿线街道车辆违停严重'));
    expect(tasks[0].text.range).toEqual({ start: { line, character: 0 }, end: { line, character: '湘北大道沿线街道车辆违停严重'.length } });
    expect(lint(doc, { today: '2019-05-01' })).toEqual([]);
  });

  it('a damaged copy: a row whose 责任单位 cell is emptied is reported', () => {
    const text = readFileSync(join(__dirname, '..', 'corpus', 'table-cell-per-line-problems.txt'), 'utf8');
    const damaged = text.replace('城管大队 |', ' |');
    const diagnostics = lint(parseDocument(damaged), { today: '2019-05-01' });
    // At the row's number, without the bar that closes its cell (`3 |`).
    expect(diagnostics.map((d) => [d.rule, damaged.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character)])).toEqual([
      ['missing-units', '3'],
    ]);
  });
});
