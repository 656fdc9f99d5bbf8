/**
 * What a notice says it attaches, and the plans it attaches: its list of attachments
 * (`附件：1.…分解表` / `2.…`) is part of the notice, not a plan. Inputs are written for these tests in
 * the layouts of published county notices.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

const NOTICE = (list: string) =>
  `某区人民政府办公室关于做好2024年重点工作分解落实的通知\n各镇人民政府，区政府各部门：\n现将今年重点工作分解表印发给你们，请认真抓好落实。\n${list}\n某区人民政府办公室\n2024年2月1日\n`;

describe("a notice's list of attachments", () => {
  it.each([
    ['titles beginning with a year (`2.2024年…`, which reads as a decimal elsewhere)', '附件：1.2024年政府工作报告重点工作分解表\n2.2024年民生实事项目分解表\n3.市级民生实事项目分解表'],
    ['titles without a year', '附件：1.政府工作报告重点工作分解表\n2.民生实事项目分解表\n3.市级民生实事项目分解表'],
    ['full-width numbers and colon', '附件：１．2024年政府工作报告重点工作分解表\n２．2024年民生实事项目分解表'],
  ])('is part of the notice, not a plan: %s', (_, list) => {
    const doc = parseDocument(NOTICE(list));
    expect(doc.kind).toBe('notice');
    expect(doc.plan).toBeNull();
    expect(doc.metadata.issueDate?.date).toBe('2024-02-01');
    expect(lint(doc, { today: '2024-03-01' })).toEqual([]);
  });
});
