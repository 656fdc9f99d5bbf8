/**
 * A draft begun with its first task: a drafter opens a new file and types `1.推进园区建设。(牵头单位:…)` before any
 * title. It read as nothing (kind `other`) until a second task carried fields, so the first task went unchecked.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

const TODAY = '2024-03-01';
const TASK = '1.推进园区建设。(牵头单位:区发改局;责任单位:区财政局;完成时限:2024年13月)';
const diags = (text: string) => lint(parseDocument(text), { today: TODAY }).map((d) => [d.rule, d.range.start.line, d.range.start.character, d.range.end.character]);
const at = TASK.indexOf('2024年13月');

describe('a draft of one task', () => {
  it('with its fields in a bracket, alone or under a heading, is a plan of one task, checked', () => {
    for (const [text, line] of [[TASK, 0], [`一、重点任务\n${TASK}`, 1], [`（一）重点任务\n${TASK}\n`, 1]] as const) {
      const doc = parseDocument(text);
      expect(doc.kind).toBe('plan');
      expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name)])).toEqual([[1, ['区发改局'], ['区财政局']]]);
      expect(diags(text)).toEqual([['deadline-invalid', line, at, at + '2024年13月'.length]]);
    }
  });

  it('with its fields on lines of their own', () => {
    const text = '1.推进园区建设。\n牵头单位：区发改局\n完成时限：2024年2月30日\n';
    expect(parseDocument(text).kind).toBe('plan');
    expect(diags(text)).toEqual([['deadline-invalid', 2, 5, 5 + '2024年2月30日'.length]]);
  });

  it('a numbered paragraph naming a role in prose is no plan: it may be a notice\'s requirement', () => {
    const text = '1.加强督促检查。由市政府督查室牵头，对落实情况进行跟踪督办。\n';
    expect(parseDocument(text).kind).toBe('other');
    expect(diags(text)).toEqual([]);
  });

  it('a label with nothing after it yet (`牵头单位：` as the drafter types it) makes no plan', () => {
    expect(parseDocument('1.推进园区建设。\n牵头单位：\n').kind).toBe('other');
  });
});
