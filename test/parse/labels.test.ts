/**
 * Field labels: every label the parser knows is read as a field of its role, on its own line and
 * inside a bracket, and the variants drafters use (牵头责任单位, 时间安排, 责任主体…) are known.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { LABEL_ROLES } from '../../server/src/core/parse/labels';
import { lint } from '../../server/src/core/rules';
import { formatDocument } from '../../server/src/core/features';

const VALUE = { leaders: '张三', leadUnits: '区发改局', groupLead: '区发改局', units: '区财政局', deadline: '2024年12月底' } as const;

describe('field labels', () => {
  it.each([...LABEL_ROLES].filter(([, role]) => role !== 'groupLead'))('%s (%s) on its own line and in a bracket', (label, role) => {
    const value = VALUE[role];
    const own = parseDocument(['2024年重点任务分工方案', '', `1.推进项目建设。`, `${label}：${value}`, '2.推进招商引资。', `${label}：${value}`].join('\n'));
    const field = own.plan!.tasks[0].fields[0];
    expect([field.role, field.label.text, field.value.text]).toEqual([role, label, value]);
    expect(field.label.range).toEqual({ start: { line: 3, character: 0 }, end: { line: 3, character: label.length } });
    const inline = parseDocument(['2024年重点任务分工方案', '', `1.推进项目建设。（${label}：${value}）`, `2.推进招商引资。（${label}：${value}）`].join('\n'));
    expect(inline.plan!.tasks[0].fields.map((f) => [f.role, f.value.text])).toEqual([[role, value]]);
    expect(inline.plan!.tasks[0].text.text).toBe('推进项目建设。');
  });

  it('a variant label no longer swallows its line into the task text, and its absence is reported', () => {
    const tasks = ['推进项目建设', '推进招商引资', '强化用地保障', '加强监督考核'].map((t, i) => [
      `${i + 1}.${t}。`,
      i === 2 ? '协同部门：区发改局' : '牵头责任单位：区商务局',
      '时间安排：2024年10月底前',
    ]);
    const lines = ['2024年重点任务分工方案', '', ...tasks.flat()];
    const doc = parseDocument(lines.join('\n'));
    expect(doc.plan!.tasks.map((t) => t.text.text)).toEqual(['推进项目建设。', '推进招商引资。', '强化用地保障。', '加强监督考核。']);
    expect(doc.plan!.tasks.map((t) => t.deadline?.date)).toEqual(Array(4).fill('2024-10-31'));
    const d = lint(doc, { today: '2024-01-01' });
    expect(d.map((x) => [x.rule, x.range.start.line])).toEqual([['missing-lead', lines.indexOf('3.强化用地保障。')]]);
  });

  it('labels in 【】 delimit themselves: no separator is needed between the fields', () => {
    const line = '（1）推进项目建设。【牵头单位】区发改局【责任单位】区财政局、区商务局【完成时限】2024年12月底';
    const doc = parseDocument(['2024年重点任务分工方案', '', '一、产业发展', line, '（2）推进招商引资。【牵头单位】区商务局【完成时限】2024年10月底'].join('\n'));
    const [t1] = doc.plan!.tasks;
    expect(t1.text.text).toBe('推进项目建设。');
    expect(t1.fields.map((f) => [f.role, f.value.text, f.value.range.start.character, f.separatorBefore])).toEqual([
      ['leadUnits', '区发改局', line.indexOf('区发改局'), null],
      ['units', '区财政局、区商务局', line.indexOf('区财政局'), null],
      ['deadline', '2024年12月底', line.indexOf('2024'), null],
    ]);
    expect(lint(doc, { today: '2024-01-01' })).toEqual([]);
  });

  it('∶ (U+2236, which some input methods give for a colon) after a label reads as a colon, and formatting writes ：', () => {
    const doc = parseDocument(['2024年重点工作分工方案', '1.推进项目建设。', '牵头单位∶区发改局', '完成时限∶2024年底', '2.推进招商。（牵头单位∶区商务局；完成时限∶2024年底）'].join('\n'));
    const [t1, t2] = doc.plan!.tasks;
    expect([t1.text.text, t1.leadUnits.map((u) => u.name), t1.deadline?.date]).toEqual(['推进项目建设。', ['区发改局'], '2024-12-31']);
    expect([t2.text.text, t2.leadUnits.map((u) => u.name), t2.deadline?.date]).toEqual(['推进招商。', ['区商务局'], '2024-12-31']);
    expect(formatDocument(doc).filter((e) => e.newText === '：').map((e) => [e.range.start.line, e.range.start.character])).toEqual([
      [2, 4],
      [3, 4],
      [4, 12],
      [4, 22],
    ]);
  });
});
