/**
 * A task table with no 序号 column (`任务内容 | 牵头单位 | 配合单位 | 完成时限`, or `类别` first with its cell merged
 * over rows): each row is a task numbered by its place. Such a table read as nothing before: kind `notice`
 * or `other`, 0 tasks, no word.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { applyEdits, lint } from '../../server/src/core/rules';
import { createRegistry, createRegistryFromDocument } from '../../server/src/core/registry';
import { formatDocument, renumberPlan } from '../../server/src/core/features';

const TODAY = '2025-03-01';
const TAB = [
  '青禾县2025年重点工作任务分解表',
  '任务内容\t牵头单位\t配合单位\t完成时限',
  '推进园区标准厂房建设\t县发改局\t县财政局\t2025年12月底',
  '扩大有效投资\t县发改局\t县自然资源局\t2025年12月底',
  '优化营商环境\t县商务局\t县市场监管局\t2025年11月底',
  '新建社区食堂5个\t县民政局\t各乡镇\t2025年10月底',
];
const at = (line: number, a: number, b: number) => ({ start: { line, character: a }, end: { line, character: b } });

describe('a task table with no 序号 column', () => {
  it('reads each row as a task, its cells as fields at exact ranges, under the plan title', () => {
    const doc = parseDocument(TAB.join('\n'));
    expect(doc.kind).toBe('plan');
    expect(doc.plan!.titleText).toBe('青禾县2025年重点工作任务分解表');
    const tasks = doc.plan!.tasks;
    expect(tasks.map((t) => [t.numbering.value, t.numbering.implicit, t.text.text, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name), t.deadline?.date])).toEqual([
      [1, true, '推进园区标准厂房建设', ['县发改局'], ['县财政局'], '2025-12-31'],
      [2, true, '扩大有效投资', ['县发改局'], ['县自然资源局'], '2025-12-31'],
      [3, true, '优化营商环境', ['县商务局'], ['县市场监管局'], '2025-11-30'],
      [4, true, '新建社区食堂5个', ['县民政局'], ['各乡镇'], '2025-10-31'],
    ]);
    const row = TAB[3];
    expect(tasks[1].text.range).toEqual(at(3, 0, '扩大有效投资'.length));
    expect(tasks[1].units[0].written.range).toEqual(at(3, row.indexOf('县自然资源局'), row.indexOf('县自然资源局') + 6));
    expect(lint(doc, { today: TODAY })).toEqual([]);
  });

  it('reads a `|` table with a category column whose cell is merged over rows the same', () => {
    const text = [
      '青禾县2025年重点工作任务分解表',
      '| 类别 | 任务内容 | 牵头领导 | 责任单位 |',
      '| 经济发展 | 推进园区标准厂房建设 | 王明 | 县发改局、县财政局 |',
      '|  | 扩大有效投资 | 王明 | 县发改局 |',
      '| 民生保障 | 新建社区食堂5个 | 李红 | 县民政局、各乡镇 |',
    ].join('\n');
    const tasks = parseDocument(text).plan!.tasks;
    expect(tasks.map((t) => [t.text.text, t.leaders.map((u) => u.name), t.units.map((u) => u.name)])).toEqual([
      ['推进园区标准厂房建设', ['王明'], ['县发改局', '县财政局']],
      ['扩大有效投资', ['王明'], ['县发改局']],
      ['新建社区食堂5个', ['李红'], ['县民政局', '各乡镇']],
    ]);
    // The task begins at its text, not at the category cell.
    expect(tasks[0].range.start).toEqual({ line: 2, character: '| 经济发展 | '.length });
  });

  it('damaged copies are reported at the row: an emptied lead cell, a misspelt unit, a repeated row', () => {
    const noLead = TAB.map((l, i) => (i === 4 ? l.replace('\t县商务局\t', '\t\t') : l));
    expect(lint(parseDocument(noLead.join('\n')), { today: TODAY }).map((d) => [d.rule, d.range, d.message])).toEqual([
      ['missing-lead', at(4, 0, '优化营商环境'.length), '第3项任务缺少牵头单位（本方案同级4项任务中有3项写明了“牵头单位”）'],
    ]);
    const registry = createRegistry(createRegistryFromDocument(parseDocument(TAB.join('\n'))));
    const misspelt = TAB.map((l, i) => (i === 5 ? l.replace('县民政局', '县民正局') : l));
    expect(lint(parseDocument(misspelt.join('\n')), { today: TODAY, registry }).map((d) => [d.rule, d.range.start])).toEqual([['unknown-unit', { line: 5, character: TAB[5].indexOf('县民政局') }]]);
    const repeated = [...TAB, TAB[3]];
    expect(lint(parseDocument(repeated.join('\n')), { today: TODAY }).map((d) => [d.rule, d.range.start.line, d.message])).toEqual([
      ['duplicate-task', 6, '第5项任务与第2项任务（第4行）正文相同'],
    ]);
  });

  it("the lead's column before the task's words, its cell merged over its group's rows (长沙 2012): a row leaving it empty is led as the row above", () => {
    const rows = [
      '长沙市2012年《政府工作报告》目标任务责任分解表',
      '牵头单位\t目标任务\t责任单位',
      '市政府办公厅\t强化行政监督,优质高效办理人大代表议案、建议和政协提案\t市直各单位、各区县市',
      '\t推进国家安全工作发展\t市直各单位、各区县市',
      '市发改委\t地区生产总值增长13%\t统计局和市直相关单位、各区县市',
      '\t固定资产投资增长20%\t',
      '\t单位地区生产总值综合能耗下降3.5%\t',
      '市监察局\t建设诚信、廉洁的政府\t审计局、财政局',
    ];
    const bar = rows.map((l, i) => (i === 0 ? l : `| ${l.replace(/\t/g, ' | ')} |`));
    for (const table of [rows, bar]) {
      const doc = parseDocument(table.join('\n'));
      const tasks = doc.plan!.tasks;
      // A row filling its text alone is a row of its own, not more words of the row above.
      expect(tasks.map((t) => [t.numbering.value, t.text.text, t.leadUnits.map((u) => u.name), t.line])).toEqual([
        [1, '强化行政监督,优质高效办理人大代表议案、建议和政协提案', ['市政府办公厅'], 2],
        [2, '推进国家安全工作发展', [], 3],
        [3, '地区生产总值增长13%', ['市发改委'], 4],
        [4, '固定资产投资增长20%', [], 5],
        [5, '单位地区生产总值综合能耗下降3.5%', [], 6],
        [6, '建设诚信、廉洁的政府', ['市监察局'], 7],
      ]);
      expect(tasks.every((t) => t.mergedCells)).toBe(true);
      expect(lint(doc, { today: '2012-03-10' })).toEqual([]);
      // The first row has no row above to take its lead from: an emptied lead there is missing.
      const damaged = table.map((l, i) => (i === 2 ? l.replace('市政府办公厅', '') : l));
      expect(lint(parseDocument(damaged.join('\n')), { today: '2012-03-10' }).map((d) => [d.rule, d.range.start.line])).toEqual([
        ['missing-lead', 2],
        ['missing-lead', 3],
      ]);
    }
    // The lead's column after the task's words merges nothing: an empty cell there is a lead missing.
    const after = ['某县2025年重点工作任务分解表', '目标任务\t牵头单位\t责任单位', '扩大有效投资\t县发改局\t县财政局', '优化营商环境\t\t县市场监管局', '新建社区食堂\t县民政局\t各乡镇'];
    const doc = parseDocument(after.join('\n'));
    expect(doc.plan!.tasks.some((t) => t.mergedCells)).toBe(false);
    expect(lint(doc, { today: '2025-03-01' }).map((d) => [d.rule, d.range.start.line])).toEqual([['missing-lead', 3]]);
  });

  it('numbering rules, renumbering and formatting leave its rows as they are', () => {
    const doc = parseDocument(TAB.join('\n'));
    expect(renumberPlan(doc)).toEqual([]);
    const formatted = applyEdits(doc, formatDocument(doc));
    expect(parseDocument(formatted).plan!.tasks.map((t) => t.text.text)).toEqual(doc.plan!.tasks.map((t) => t.text.text));
    // A row whose category cell is merged over it begins with a tab: an empty cell, not an indent to normalise.
    const merged = parseDocument(['青禾县2025年重点工作任务分解表', '类别\t任务内容\t牵头单位', '经济发展\t推进园区建设\t县发改局', '\t扩大有效投资\t县发改局'].join('\n'));
    expect(formatDocument(merged)).toEqual([]);
  });

  it('a row of data is never a header, and a table with neither text nor an answerable column is none', () => {
    // Cells that name no columns: prose with tabs, not a table.
    expect(parseDocument(['说明', '推进园区建设\t县发改局\t2025年底'].join('\n')).plan).toBeNull();
    // A header of columns the parser cannot use for tasks (no one answers for anything).
    expect(parseDocument(['青禾县2025年重点工作任务分解表', '任务内容\t备注\t完成时限', '推进园区建设\t无\t2025年12月底'].join('\n')).plan?.tasks ?? []).toEqual([]);
  });

  // `指标 | 预期目标`: the indicator names the task; read as the target alone, two indicators both `增长6%左右`
  // were a false duplicate-task.
  it('a table of indicators and targets takes the indicator as the task\'s text', () => {
    const text = ['青石县2024年经济社会发展预期目标任务分解表', '指标 | 预期目标 | 责任单位 | 完成时限', '地区生产总值 | 增长6%左右 | 县发展改革局 | 2024年12月底', '一般公共预算收入 | 增长6%左右 | 县财政局 | 2024年12月底'].join('\n');
    const doc = parseDocument(text);
    expect(doc.plan!.tasks.map((t) => t.text.text)).toEqual(['地区生产总值', '一般公共预算收入']);
    expect(lint(doc, { today: TODAY }).filter((d) => d.rule === 'duplicate-task')).toEqual([]);
  });
});
