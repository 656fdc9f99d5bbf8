/** A field whose label no role is known for, among known ones (hunt d9: 宁波's 民生实事 list, a 重点工作 plan with 联系人). */
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/core/rules';
import { parseDocument } from '../../server/src/core/parse';
import { createRegistry } from '../../server/src/core/registry';

describe('a field with a label no role is known for (`联系人：`, `项目责任人:`) ends the names before it (hunt d9)', () => {
  const paren = [
    '2023年重点工作任务分解方案',
    '',
    '一、重点工作',
    '1.推进城区主干道交通信号优化。（牵头单位：市公安局；联系人：李四；完成时限：2023年12月底）',
    '2.推进城区公交线路优化调整。（牵头单位：市交通委；配合单位：市城管局；完成时限：2023年10月底）',
  ].join('\n');
  const inline = [
    '2014年市政府民生实事项目分工',
    '',
    '1.新增安装300套路口交通信息视频采集设备。',
    '牵头领导:王仁洲 责任单位:市公安局 项目责任人:王伟标 配合单位:市城管局、市财政局',
    '实际完成情况:整体进度已完成年度目标任务的55%。',
    '2.新辟公交线路10条。',
    '牵头领导:王仁洲 责任单位:市交通委 项目责任人:劳可军 配合单位:市公安局',
  ].join('\n');

  it('in a bracket of fields after `；`: the lead is 市公安局 alone, its value and field end before the separator', () => {
    const task = parseDocument(paren).plan!.tasks[0];
    const lead = task.fields.find((f) => f.role === 'leadUnits')!;
    expect(lead.names.map((u) => u.name)).toEqual(['市公安局']);
    expect(lead.value.text).toBe('市公安局');
    const at = paren.split('\n')[3].indexOf('市公安局');
    expect(lead.value.range).toEqual({ start: { line: 3, character: at }, end: { line: 3, character: at + 4 } });
    expect(task.fields.find((f) => f.role === 'deadline')!.value.text).toBe('2023年12月底');
  });

  it('in fields on one line after a blank: the names stop before it, the fields after it are read', () => {
    const tasks = parseDocument(inline).plan!.tasks;
    const units = (i: number) => tasks[i].fields.filter((f) => f.role === 'units').map((f) => f.names.map((u) => u.name));
    expect(units(0)).toEqual([['市公安局'], ['市城管局', '市财政局']]);
    expect(units(1)).toEqual([['市交通委'], ['市公安局']]);
  });

  it('no unknown-unit for the label and its value (a registry naming the units)', () => {
    const registry = createRegistry({ units: ['市公安局', '市交通委', '市城管局', '市财政局'] });
    for (const text of [paren, inline]) expect(lint(parseDocument(text), { registry }).filter((d) => d.rule === 'unknown-unit')).toEqual([]);
  });

  it('a note in brackets after a name keeps its colon (`市发改委（联系人：张三）`)', () => {
    const text = paren.replace('市公安局；联系人：李四', '市公安局（联系人：李四）');
    const lead = parseDocument(text).plan!.tasks[0].fields.find((f) => f.role === 'leadUnits')!;
    expect(lead.names.map((u) => [u.name, u.aliases])).toEqual([['市公安局', ['联系人：李四']]]);
  });
});

describe("a labelled note under a table cell's names (`省牵头单位:省农业农村厅`, 杭州's 涉杭任务 tables)", () => {
  const text = [
    '2021年省政府工作报告重点工作涉杭任务责任分解',
    '',
    '序号',
    '',
    '重点工作任务(杭州市2项配合工作)',
    '',
    '责任单位',
    '',
    '1',
    '',
    '加强粮食和重要农产品保障，确保粮食播种面积稳步提升。',
    '',
    '市农业农村局、市规划和自然资源局、市商务局(市粮食和物资储备局)',
    '',
    '省牵头单位:省农业农村厅',
    '',
    '2',
    '',
    '深入实施消费新政，提升传统消费，培育新型消费。',
    '',
    '市商务局、市发改委',
    '',
    '省牵头单位:省商务厅',
  ].join('\n');

  it("is no unit of the task's: the names end before it", () => {
    const tasks = parseDocument(text).plan!.tasks;
    expect(tasks.map((t) => t.units.map((u) => u.name))).toEqual([
      ['市农业农村局', '市规划和自然资源局', '市商务局'],
      ['市商务局', '市发改委'],
    ]);
    const registry = createRegistry({ units: ['市农业农村局', '市规划和自然资源局', '市商务局', '市发改委'] });
    expect(lint(parseDocument(text), { registry, today: '2021-03-01' }).filter((d) => d.rule === 'unknown-unit')).toEqual([]);
  });
});
