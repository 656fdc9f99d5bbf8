/**
 * Tables copied a cell per line whose header names no 序号 (the page merged it into the cell before): 池州 信访局's 政务公开
 * list (`工作任务` / `|` / `具体要求` / `|` / `责任科室` / … with its rows' numbers in a cell of their own) and 安康 2021's
 * 安全生产 task list (`主要任务 |` / `重点工作和要求 |` / … with its tasks numbered in their words, `1.制定…`). Both were
 * read as no plan, or as tasks with none of their units and deadlines, and nothing was reported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

const CHIZHOU = readFileSync(join(__dirname, '..', 'corpus', 'table-cell-per-line-no-number-header.txt'), 'utf8');
const LINES = CHIZHOU.split('\n');
const today = { today: '2023-03-01' };

const ANKANG = [
  '2021年安康市安全生产专项整治三年行动工作任务清单',
  '主要任务 |',
  '重点工作和要求 |',
  '责任单位 |',
  '完成时限 |',
  '完成进展 |',
  '一、加强安全生产专项整治三年行动安排部署 |',
  '||||',
  '(一)制定工作任务清单。 |',
  '1.制定2021年全市安全生产专项整治三年行动工作任务清单,分解落实到县区、部门。 |',
  '市安委办 (工作专班办公室) |',
  '1月20日前 |',
  '|',
  '2.制定行业领域2021年安全生产专项整治三年行动工作任务清单,分解落实到县区、部门,并报市安委办。 |',
  '市级各专委会办公室、市生态环境局 |',
  '2月10日前 |',
  '|',
  '3.制定县区2021年安全生产专项整治三年行动工作任务清单,分解落实到县区、部门,并报市安委办。 |',
  '各县区安委会 |',
  '2月5日前 |',
  '|',
  '',
];

describe('a cell-per-line table whose header names no 序号', () => {
  it('reads each numbered row with its 责任科室 and 时限要求 (池州)', () => {
    const doc = parseDocument(CHIZHOU);
    const tasks = doc.plan!.tasks;
    expect(tasks.map((t) => [t.numbering.value, t.units.map((u) => u.name), t.deadline?.text])).toEqual([
      [1, ['办公室'], '年底前'],
      [2, ['各科室'], '持续推进'],
      [3, ['各科室'], '持续推进'],
      [4, ['办公室'], '持续推进'],
      [5, ['各科室'], '持续推进'],
      [6, ['办公室'], '持续推进'],
      [7, ['各科室'], '持续推进'],
      [8, ['办公室'], '持续推进'],
    ]);
    expect(tasks[0].text.text).toBe('对行政规范性文件进行全面清理,并向社会公布现行有效行政规范性文件目录。');
    expect(lint(doc, today)).toEqual([]);
  });

  it('reports a row whose 责任科室 cell is emptied, at its number', () => {
    const row3 = LINES.indexOf('3');
    const cell = LINES.indexOf('各科室', row3);
    const damaged = LINES.map((l, i) => (i === cell ? '' : l)).join('\n');
    expect(lint(parseDocument(damaged), today).map((d) => [d.rule, d.range.start.line])).toEqual([['missing-units', row3]]);
  });

  it('reads tasks numbered in their words under the headings written in the table (安康), the bars no part of them', () => {
    const doc = parseDocument(ANKANG.join('\n'));
    const tasks = doc.plan!.tasks;
    expect(tasks.map((t) => [t.numbering.value, t.path.map((s) => s.title.text), t.units.map((u) => u.name), t.deadline?.text])).toEqual([
      [1, ['加强安全生产专项整治三年行动安排部署', '制定工作任务清单。'], ['市安委办'], '1月20日前'],
      [2, ['加强安全生产专项整治三年行动安排部署', '制定工作任务清单。'], ['市级各专委会办公室', '市生态环境局'], '2月10日前'],
      [3, ['加强安全生产专项整治三年行动安排部署', '制定工作任务清单。'], ['各县区安委会'], '2月5日前'],
    ]);
    expect(tasks[0].text.text).toBe('制定2021年全市安全生产专项整治三年行动工作任务清单,分解落实到县区、部门。');
    // Tasks 2 and 3 assign the same work to different subjects (行业领域, 县区): not reported as nearly the same.
    expect(lint(doc, { today: '2021-01-18' })).toEqual([]);
    // Task 2 skipped to 4: reported at its number.
    const skipped = ANKANG.map((l) => (l.startsWith('3.制定') ? l.replace(/^3\./, '4.') : l)).join('\n');
    expect(lint(parseDocument(skipped), { today: '2021-01-18' }).map((d) => [d.rule, d.range.start.line])).toEqual([['numbering-gap', 17]]);
  });

  it('a row whose deadline cell is emptied keeps its units (the bars no longer say where its cells stand)', () => {
    const emptied = ANKANG.map((l) => (l === '2月10日前 |' ? '|' : l)).join('\n');
    const task = parseDocument(emptied).plan!.tasks[1];
    expect([task.text.text, task.units.map((u) => u.name), task.deadline]).toEqual([ANKANG[13].slice(2, -2), ['市级各专委会办公室', '市生态环境局'], null]);
  });

  it('a heading that names the work (`主要任务`) over ordinary lines is no table', () => {
    const text = ['2021年工作方案', '主要任务', '1.推进园区建设。(牵头单位:市发改委)', '2.推进招商引资。(牵头单位:市商务局)', ''].join('\n');
    expect(parseDocument(text).plan!.tasks.map((t) => [t.numbering.value, t.leadUnits.map((u) => u.name)])).toEqual([
      [1, ['市发改委']],
      [2, ['市商务局']],
    ]);
  });
});
