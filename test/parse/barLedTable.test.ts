/**
 * Tables a web mirror copies a cell per line, each cell but a row's first opened by a bar and a bar alone closing each
 * row (株洲 2012, 长沙): read as tables, their cells merged over rows left out. Before, the 株洲 table's categories and
 * rows ran together (a category's title taken as a unit, a row's words lost) and the 长沙 table was no plan at all.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';
import type { UnitRef } from '../../server/src/core/model';

const corpus = (name: string) => readFileSync(join(__dirname, '..', 'corpus', name), 'utf8');
const names = (us: readonly UnitRef[]) => us.map((u) => u.name);
const diagnostics = (text: string) => lint(parseDocument(text), { today: '2024-06-01' }).map((d) => [d.rule, d.range.start.line, d.range.start.character, d.range.end.character]);

describe('a category column before the task\'s words (株洲 2012 工作要点)', () => {
  const text = corpus('table-bar-led-category.txt');
  const tasks = parseDocument(text).plan!.tasks;

  it('each row is a task under its part and its category; a row without a category cell stays under the one above', () => {
    expect(tasks.map((t) => [t.path.map((s) => s.title.text), t.text.text.slice(0, 8)])).toEqual([
      [['不断提高新型工业化水平', '打造产业旗舰。'], '全面实施“511'],
      [['不断提高新型工业化水平', '优化产业布局。'], '继续实施非均衡发'],
      [['不断提高新型工业化水平', '优化产业布局。'], '毫不动摇地巩固和'],
      [['不断提高新型工业化水平', '优化产业布局。'], '坚持扶优扶强,积'],
      [['不断提高新型工业化水平', '优化产业布局。'], '充分发挥区位交通'],
      [['不断提高新型工业化水平', '优化产业布局。'], '大力发展以生产性'],
    ]);
  });
  it('a row short of cells puts them in the columns their words fit: the task under 工作任务, the names under 牵头单位 and 参与单位', () => {
    expect(tasks.map((t) => [names(t.leadUnits), names(t.units)])).toEqual([
      [['市企业发展促进局', '市发改委'], ['市“5115”工程领导小组成员单位', '各县市区']],
      [['市发该委'], ['市招商局', '市企业发展促进局', '各县市区']],
      [['市企业发展促进局'], ['市发改委', '市工商局', '市工商联', '各县市区']],
      [[], []],
      [['市商务局'], ['市发改委', '芦淞区']],
      [['市商务局', '市旅游局'], ['市发改委', '各县市区']],
    ]);
    // The task's words are its cell's, without the bar that opens it.
    expect(tasks[1].text.range).toEqual({ start: { line: 13, character: 2 }, end: { line: 13, character: 74 } });
  });
  it('reports only the planted misspelling, at its exact range: the row of words alone shares the cells merged over it', () => {
    expect(diagnostics(text)).toEqual([['unknown-unit', 14, 2, 6]]);
  });
});

describe('the lead\'s column first, its names wrapped a few characters a line (长沙 目标任务责任分解表)', () => {
  const text = corpus('table-bar-led-lead-first.txt');
  const doc = parseDocument(text);

  it('is a plan of the table\'s rows (was kind other), titled by a title line above the header where the copy keeps one', () => {
    expect([doc.kind, doc.plan!.tasks.length]).toEqual(['plan', 11]);
    const titled = parseDocument('市政府工作报告目标任务责任分解表\n' + text);
    expect([titled.plan!.titleText, titled.plan!.tasks.length]).toEqual(['市政府工作报告目标任务责任分解表', 11]);
  });
  it('a lead wrapped over lines (`市政` / `府办` / `公厅`) is one name, written from its first line to its last', () => {
    const [lead] = doc.plan!.tasks[0].leadUnits;
    expect([lead.name, lead.written.range]).toEqual(['市政府办公厅', { start: { line: 4, character: 0 }, end: { line: 6, character: 2 } }]);
    expect(doc.plan!.tasks.map((t) => names(t.leadUnits).join('、'))).toEqual(['市政府办公厅', '', '长沙先导区管委会', '', '', '市监察局', '', '市发改委', '', '', '']);
  });
  it('rows under a lead merged over them report no missing lead', () => {
    expect(diagnostics(text)).toEqual([]);
  });
  it('damaged: without the header\'s closing bar the lines are no table, and no task is read from them', () => {
    const damaged = text.replace('| 责 任 单 位\n|\n', '| 责 任 单 位\n');
    expect(parseDocument(damaged).plan?.tasks.length ?? 0).toBe(0);
  });
});

describe('rows that number their own tasks', () => {
  const text = [
    '2024年重点工作任务清单',
    '工作任务',
    '| 牵头单位',
    '| 完成时限',
    '|',
    '1.推进老旧小区改造。',
    '| 区住建局',
    '| 2024年6月底',
    '|',
    '2.新建停车位500个。',
    '| 区城管局',
    '| 2024年12月底',
    '|',
    '4.完成道路提升工程。',
    '| 区交通局',
    '| 2024年10月底',
    '|',
  ].join('\n');

  it('are numbered as written, and a skipped number is reported at its row', () => {
    const tasks = parseDocument(text).plan!.tasks;
    expect(tasks.map((t) => [t.numbering.value, names(t.leadUnits), t.deadline?.text])).toEqual([
      [1, ['区住建局'], '2024年6月底'],
      [2, ['区城管局'], '2024年12月底'],
      [4, ['区交通局'], '2024年10月底'],
    ]);
    expect(diagnostics(text)).toEqual([['numbering-gap', 13, 0, 11]]);
  });
  it('damaged: a row whose closing bar is lost ends where the next row\'s number opens', () => {
    const damaged = text.replace('| 2024年6月底\n|\n', '| 2024年6月底\n');
    expect(parseDocument(damaged).plan!.tasks.map((t) => [t.numbering.value, names(t.leadUnits), t.deadline?.text])).toEqual([
      [1, ['区住建局'], '2024年6月底'],
      [2, ['区城管局'], '2024年12月底'],
      [4, ['区交通局'], '2024年10月底'],
    ]);
  });
});

describe('a 序号 column', () => {
  const text = ['2024年重点工作任务分解表', '序号', '| 工作任务', '| 牵头单位', '| 完成时限', '|']
    .concat(...[['1', '推进老旧小区改造。', '区住建局', '2024年6月底'], ['2', '新建停车位500个。', '区城管局', '2024年12月底'], ['4', '完成道路提升工程。', '区交通局', '2024年10月底']].map(([n, ...cells]) => [n, ...cells.map((c) => `| ${c}`), '|']))
    .join('\n');

  it('numbers each row by its cell: the row starts there, its words on the line after, and a skipped number is reported at that cell', () => {
    const tasks = parseDocument(text).plan!.tasks;
    expect(tasks.map((t) => [t.numbering.value, t.numbering.implicit ?? false, t.range.start, t.text.text])).toEqual([
      [1, false, { line: 6, character: 0 }, '推进老旧小区改造。'],
      [2, false, { line: 11, character: 0 }, '新建停车位500个。'],
      [4, false, { line: 16, character: 0 }, '完成道路提升工程。'],
    ]);
    expect(diagnostics(text)).toEqual([['numbering-gap', 16, 0, 1]]);
  });
});

describe('a copy that lost every bar alone', () => {
  it('still reads the header and ends each row with its last cell (the table was not found: its first row had no closing bar)', () => {
    const text = ['2024年重点工作任务清单', '工作任务', '| 牵头单位', '| 完成时限', '|', '推进老旧小区改造。', '| 区住建局', '| 2024年6月底', '新建停车位500个。', '| 区城管局', '| 2024年12月底'].join('\n');
    expect(parseDocument(text).plan!.tasks.map((t) => [t.text.text, names(t.leadUnits), t.deadline?.text])).toEqual([
      ['推进老旧小区改造。', ['区住建局'], '2024年6月底'],
      ['新建停车位500个。', ['区城管局'], '2024年12月底'],
    ]);
  });
});
