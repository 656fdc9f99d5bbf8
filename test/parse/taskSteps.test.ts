/**
 * A task followed by its steps numbered again from 1 in the task's own style (武汉 2017 十件实事办理方案: `18.新、改、扩建公益
 * 普惠性幼儿园30所…(责任单位:市教育局)` / `1.细化分解…` / `2. 督促各区…`): the steps were tasks of their own, with a false
 * numbering-order error (`18之后应为19`). The steps are the task's items when numbering starts again with no heading
 * between, the task closes with its fields and no step does, up to the next task.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

const LINES = [
  '2017年十件实事办理方案',
  '17.实行市、区属中等职业教育免除学费。(牵头单位:市教育局;责任单位:市财政局、市人力资源社会保障局)',
  '18.新、改、扩建公益普惠性幼儿园30所,新增幼儿入园学位4800个。(牵头单位:市教育局)',
  '1.细化分解新改扩建公益普惠性幼儿园30所,新增幼儿入园学位4800个,明确各区建设项目和任务,督促其尽早启动各项工作。',
  '2. 督促各区在本级财政中列入预算,确保及时拨付到位。协调市财政安排专项经费对各区给予补助。',
  '3加强协调,为项目建设提供支持服务;跟踪督办,确保完成进度目标。',
  '19.推进中小学校舍改造。(牵头单位:市教育局)',
  '',
];
const today = { today: '2017-03-01' };
const numbers = (text: string) => parseDocument(text).plan!.tasks.map((t) => t.numbering.value);

describe('steps numbered again from 1 under a task', () => {
  it('are the task\'s items; the numbering goes on at 19', () => {
    const doc = parseDocument(LINES.join('\n'));
    const tasks = doc.plan!.tasks;
    expect(tasks.map((t) => t.numbering.value)).toEqual([17, 18, 19]);
    expect(tasks[1].subItems.map((s) => [s.numbering.value, s.text.text.slice(0, 4)])).toEqual([
      [1, '细化分解'],
      [2, '督促各区'],
    ]);
    expect(tasks[1].range.end.line).toBe(4);
    // The plan starts at 17 (a page of a longer plan): an extract, so no diagnostic at all.
    expect(lint(doc, today).map((d) => [d.rule, d.range.start.line])).toEqual([]);
  });

  it('are tasks where one of them closes with its own fields: the restart is reported', () => {
    const withFields = LINES.map((l, i) => (i === 4 ? l + '(牵头单位:市财政局)' : l)).join('\n');
    expect(numbers(withFields)).toEqual([17, 18, 1, 2, 19]);
    expect(lint(parseDocument(withFields), today).some((d) => d.rule === 'numbering-order' && d.range.start.line === 3)).toBe(true);
  });

  it('are tasks where a bracket of fields on its own line closes one (a PDF\'s wrap), or where the run goes on into the next task (a lost heading)', () => {
    const wrapped = ['2024年重点任务分工方案', '一、提升政务服务效能', '1.深化“一网通办”改革。（牵头单位：市政务服务中心）', '2.推行告知承诺制。', '（牵头单位：市司法局）', '1.优化工程建设项目审批流程。', '（牵头单位：市住建局）', '2.推进水电气暖报装“一件事一次办”。', '（牵头单位：市城管局）', '3.规范涉企行政检查。（牵头单位：市司法局）', ''];
    expect(numbers(wrapped.join('\n'))).toEqual([1, 2, 1, 2, 3]);
    expect(lint(parseDocument(wrapped.join('\n')), today).map((d) => [d.rule, d.range.start.line])).toEqual([['numbering-order', 5]]);
    const lost = ['2024年重点任务分工方案', '一、提升政务服务效能', '1.深化“一网通办”改革。（牵头单位：市政务服务中心）', '2.推行告知承诺制。（牵头单位：市司法局）', '1.优化工程建设项目审批流程。', '2.推进水电气暖报装“一件事一次办”。', '3.规范涉企行政检查。（牵头单位：市司法局）', ''];
    expect(numbers(lost.join('\n'))).toEqual([1, 2, 1, 2, 3]);
  });

  it('are tasks under a task that names no one, and after a heading', () => {
    expect(numbers(LINES.map((l, i) => (i === 2 ? '18.新、改、扩建公益普惠性幼儿园30所,新增幼儿入园学位4800个。' : l)).join('\n'))).toEqual([17, 18, 1, 2, 19]);
    expect(numbers([...LINES.slice(0, 3), '二、保障措施', ...LINES.slice(3)].join('\n'))).toEqual([17, 18, 1, 2, 19]);
  });
});

describe('a month alone on its line between tasks (the same page\'s 完成时限 column, a cell a line: `3月` / `孟晖` / `6月`)', () => {
  it('heads no group: the next task stays where it was', () => {
    const text = [
      '2017年十件实事办理方案',
      '17.实行市、区属中等职业教育免除学费。(牵头单位:市教育局;责任单位:市财政局、市人力资源社会保障局)',
      '加强领导,建立机制。制定《武汉市中职学校免除学费实施意见》,明确职责。',
      '3月',
      '孟晖',
      '6月',
      '',
      '18.新、改、扩建公益普惠性幼儿园30所,新增幼儿入园学位4800个。(牵头单位:市教育局)',
      '',
    ].join('\n');
    expect(parseDocument(text).plan!.tasks.map((t) => [t.numbering.value, t.path.map((p) => p.title.text)])).toEqual([
      [17, []],
      [18, []],
    ]);
    // Months that head tasks numbered from 1 under each (a timeline) are headings still.
    const timeline = ['2024年城市更新重点任务分工方案', '一、工作安排', '3月', '1.制定老旧小区改造年度计划。（牵头单位：市住建局）', '2.开展城市体检评估。（牵头单位：市自然资源局）', '6月', '1.启动老旧小区改造项目建设。（牵头单位：市住建局）', '2.完成城市排水管网排查。（牵头单位：市城管局）', ''].join('\n');
    expect(parseDocument(timeline).plan!.tasks.map((t) => t.path.map((p) => p.title.text))).toEqual([['工作安排', '3月'], ['工作安排', '3月'], ['工作安排', '6月'], ['工作安排', '6月']]);
    expect(lint(parseDocument(timeline), today)).toEqual([]);
    // A heading of words still heads its group.
    const worded = text.replace('6月', '教育民生');
    expect(parseDocument(worded).plan!.tasks.map((t) => t.path.map((p) => p.title.text))).toEqual([[], ['教育民生']]);
  });
});

