/**
 * A quarter's report of progress on a unit's share of the plan (怀远县农业农村局 2023年11月), copied a cell per line:
 * `序号 / 目标任务 / 牵头责任单位 / 计划完成时间 / 目前完成情况 / 是否达到序时进度`. The progress cells are paragraphs,
 * numbered ones too (`1、查处违法行为31起…2、…`): that one was a task of its own (a false numbering-order error, and a
 * missing-lead on it). Row 6 holds a stray figure between its unit and its deadline (`经管站` / `2` / `2023年底`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

const TEXT = readFileSync(join(__dirname, '..', 'corpus', 'table-cell-per-line-progress.txt'), 'utf8');
const LINES = TEXT.split('\n');
const today = { today: '2023-12-14' };

describe('a cell-per-line table with columns of progress', () => {
  it('reads each row with its unit and deadline; its progress cells are no tasks', () => {
    const doc = parseDocument(TEXT);
    const tasks = doc.plan!.tasks;
    expect(tasks.map((t) => [t.numbering.value, t.leadUnits.map((u) => u.name), t.deadline?.text])).toEqual([
      [6, ['经管站'], '2023年底'],
      [52, ['农田建设管理股', '农业股'], '2023年底'],
      [53, ['经管站'], '2023年底'],
      [54, ['农业股', '乡村产业发展股'], '2023年底'],
      [55, ['农业执法大队'], '2023年底'],
    ]);
    expect(lint(doc, today)).toEqual([]);
  });

  it('reports a row whose 牵头责任单位 cell was emptied, at its number', () => {
    const row53 = LINES.indexOf('53');
    const lead = LINES.indexOf('经管站', row53);
    const damaged = LINES.map((l, i) => (i === lead ? '' : l)).join('\n');
    const found = lint(parseDocument(damaged), today);
    expect(found.map((d) => [d.rule, d.range.start, d.range.end])).toEqual([['missing-lead', { line: row53, character: 0 }, { line: row53, character: 2 }]]);
  });

  it('a deadline whose cell is emptied is missing: the progress after it is no deadline', () => {
    const row53 = LINES.indexOf('53');
    const deadline = LINES.indexOf('2023年底', row53);
    const damaged = LINES.map((l, i) => (i === deadline ? '' : l)).join('\n');
    const found = lint(parseDocument(damaged), today);
    expect(found.map((d) => [d.rule, d.range.start.line])).toEqual([['missing-deadline', row53]]);
  });

  it('without the stray figure, row 6 reads the same', () => {
    const row6 = LINES.indexOf('6');
    const stray = LINES.indexOf('2', row6);
    const tasks = parseDocument(LINES.filter((_, i) => i !== stray).join('\n')).plan!.tasks;
    expect([tasks[0].leadUnits.map((u) => u.name), tasks[0].deadline?.text]).toEqual([['经管站'], '2023年底']);
  });

  it('a numbered paragraph after the last row of a table whose rows fill no progress stays read as before', () => {
    // Rows 52 to 55 without their progress cells, and a list after the table.
    const noProgress = TEXT.replace(/\n(?:完成“三品一标”|高标准农田8\.3万亩|1、查处违法行为|三季度绝对数|已累计完成|[^\n]*推进中)[^\n]*/g, '\n');
    const doc = parseDocument(noProgress + '\n1、各股室于每月5日前报送进展。\n');
    expect(doc.plan!.tasks.map((t) => t.numbering.value)).toEqual([6, 52, 53, 54, 55, 1]);
  });
});

describe('what follows the table in a report of progress', () => {
  it('a line closing on a colon (`下一步工作打算:`) ends the table; the numbered steps under it are no tasks', () => {
    const doc = parseDocument(TEXT + '\n下一步工作打算:\n\n1.加快推进高标准农田建设,确保年底前完成主体工程。\n\n2.持续开展农资打假专项治理行动。\n');
    expect(doc.plan!.tasks.map((t) => t.numbering.value)).toEqual([6, 52, 53, 54, 55]);
    expect(lint(doc, today)).toEqual([]);
  });

  it('so does a sentence announcing a list (`下一步,我们将重点做好以下工作。`)', () => {
    const doc = parseDocument(TEXT + '\n下一步,我们将重点做好以下工作。\n\n1.加快推进高标准农田建设,确保年底前完成主体工程。\n\n2.持续开展农资打假专项治理行动。\n');
    expect(doc.plan!.tasks.map((t) => t.numbering.value)).toEqual([6, 52, 53, 54, 55]);
    expect(lint(doc, today)).toEqual([]);
  });

  it('after a table of complete rows too (no progress cells): the steps under the sentence are no tasks', () => {
    const table = ['某县2023年重点工作任务进展情况', '序号', '工作任务', '责任单位', '完成时限', '1', '推进园区道路建设。', '县住建局', '2023年12月底', '2', '完成老旧小区改造10个。', '县住建局', '2023年10月底'];
    const doc = parseDocument([...table, '下一步,我们将重点做好以下工作。', '1.加快项目建设进度,确保按期完成。', '2.加强资金保障,积极争取上级资金。'].join('\n'));
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.units.map((u) => u.name)])).toEqual([
      [1, ['县住建局']],
      [2, ['县住建局']],
    ]);
    expect(lint(doc, today)).toEqual([]);
  });

  it('a category closing on a colon over the next row (`农业执法类:` / `55`) is no end of the table', () => {
    const row55 = LINES.indexOf('55');
    const doc = parseDocument([...LINES.slice(0, row55), '农业执法类:', '', ...LINES.slice(row55)].join('\n'));
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.leadUnits.map((u) => u.name)]).slice(-1)).toEqual([[55, ['农业执法大队']]]);
  });
});

describe('a deadline of stages over two lines of its cell', () => {
  it('goes on where the second stage opens with 年底 / 年内 as well as with a date', () => {
    const head = ['2024年为民办实事工作任务分工方案', '', '序号', '', '工作任务', '', '牵头单位', '', '配合单位', '', '完成时限', ''];
    const row = (n: number, second: string) => [String(n), '', '新建改扩建中小学校3所,新增学位2700个。', '', '区教育局', '', '区发改局、区财政局', '', '2024年6月底前完成主体工程;', '', second, ''];
    for (const [second, date] of [['年底前投入使用', '2024-12-31'], ['2024年12月底前投入使用', '2024-12-31'], ['年内完成主体封顶', '2024-12-31']] as const) {
      const doc = parseDocument([...head, ...row(1, second), ...row(2, second), ''].join('\n'));
      const deadline = doc.plan!.tasks[0].deadline!;
      expect(deadline.text.endsWith(second)).toBe(true);
      expect(deadline.date).toBe(date);
    }
  });
});

