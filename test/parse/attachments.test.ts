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

describe('a plan attached without a title of its own', () => {
  const LETTER = '区政府各部门，各街道办事处：\n现将今年目标任务进行分解，请严格按照进度计划抓好落实。\n附件：2024年目标任务分解表\n某区人民政府办公室\n2024年2月15日\n';
  const TABLE = '序号 | 任务名称 | 牵头部门 | 配合部门 |\n1 | 地区生产总值增长5.5% | 区发改局 | 区财政局、各街道办事处 |\n2 | 服务业增加值增长6% | 区发改局 | 区商务局 |\n3 | 新增城镇就业1万人 | 区人社局 | 各街道办事处 |\n';
  const BLOCKS = '一、经济发展\n1.地区生产总值增长5.5%。\n牵头单位：区发改局\n责任单位：区财政局\n2.服务业增加值增长6%。\n牵头单位：区商务局\n责任单位：区统计局\n';
  const leads = (text: string) => parseDocument(text).plan?.tasks.map((t) => [t.numbering.value, t.leadUnits.map((u) => u.name).join('、')]) ?? [];

  it('after the notice that names it (`附件：…表` above the 落款): the table is read, the 落款 dates it', () => {
    const doc = parseDocument(LETTER + TABLE);
    expect(leads(LETTER + TABLE)).toEqual([[1, '区发改局'], [2, '区发改局'], [3, '区人社局']]);
    expect(doc.metadata.issueDate?.date).toBe('2024-02-15');
    expect(doc.appendices).toEqual([]);
  });
  it('the same with parts and tasks whose fields stand on lines of their own', () => {
    expect(leads(LETTER + BLOCKS)).toEqual([[1, '区发改局'], [2, '区商务局']]);
  });
  it('after a titled notice, under a bare `附件` label', () => {
    const text = '某区人民政府办公室关于印发2024年重点工作分解表的通知\n' + LETTER.replace('附件：2024年目标任务分解表', '附件：2024年重点工作分解表') + '附件\n' + TABLE;
    const doc = parseDocument(text);
    expect(doc.kind).toBe('plan');
    expect(doc.notice?.titleText).toBe('某区人民政府办公室关于印发2024年重点工作分解表的通知');
    expect(leads(text)).toEqual([[1, '区发改局'], [2, '区发改局'], [3, '区人社局']]);
  });
  it('a title, then `附件1 |` (a copied table\'s label with its bar), then the table', () => {
    const doc = parseDocument('某区2024年目标任务分解\n附件1 |\n' + TABLE);
    expect(doc.plan?.titleText).toBe('某区2024年目标任务分解');
    expect(doc.plan?.tasks).toHaveLength(3);
  });
  it('after a numbered list of attachments and the 落款, under `附件1 |` and a note: the list is no task', () => {
    const text =
      '区政府各部门，各街道办事处：\n为确保完成今年各项目标任务，现将主要目标任务进行分解。\n附件：1. 2019年目标任务分解表\n2. 2019年民生实事项目分解表\n某区人民政府办公室\n2019年2月15日\n（此件公开发布）\n附件1 |\n（注：A类指责任目标；B类指激励目标）\n' +
      TABLE;
    const doc = parseDocument(text);
    expect(leads(text)).toEqual([[1, '区发改局'], [2, '区发改局'], [3, '区人社局']]);
    expect(doc.metadata.issueDate?.date).toBe('2019-02-15');
    expect(lint(doc, { today: '2019-03-01' })).toEqual([]);
  });
  it('an appendix after the tasks still ends the plan', () => {
    const doc = parseDocument('某区2024年目标任务分解方案\n' + BLOCKS + '附件：重点项目清单\n1.某某产业园项目\n2.某某路改造项目\n');
    expect(doc.plan?.tasks).toHaveLength(2);
    expect(doc.appendices.map((a) => a.title.text)).toEqual(['附件：重点项目清单']);
  });
});

describe("the notice's date", () => {
  it('in Chinese numerals with ○ typed for 〇 (`二○○七年四月十三日`) is its issue date', () => {
    const doc = parseDocument('某区人民政府办公室关于印发2007年区政府工作主要任务分解表的通知\n各镇政府，区政府直属单位：\n现将《2007年区政府工作主要任务分解表》印发给你们，请认真落实。\n附件：2007年区政府工作主要任务分解表\n二○○七年四月十三日\n');
    expect(doc.metadata.issueDate?.date).toBe('2007-04-13');
  });
  const notice = (head: string, signatureDate: string) =>
    [
      '某省人民政府关于印发《2008年政府工作报告重点工作分工方案》的通知',
      head,
      '各市人民政府，省政府各部门：',
      '现将《2008年政府工作报告重点工作分工方案》印发给你们，请认真贯彻落实。',
      '某省人民政府',
      signatureDate,
      '2008年政府工作报告重点工作分工方案',
      '1.推进产业园区建设。（牵头单位：省发展改革委；完成时限：2008年6月底前）',
      '2.抓好招商引资工作。（牵头单位：省商务厅；完成时限：2008年9月底前）',
    ].join('\n');
  it('in full-width figures under the 落款 (`２００８年２月２６日`) is its issue date', () => {
    const doc = parseDocument(notice('', '２００８年２月２６日'));
    expect(doc.metadata.issueDate?.date).toBe('2008-02-26');
    expect(doc.metadata.issueDate?.span.range).toEqual({ start: { line: 5, character: 0 }, end: { line: 5, character: 10 } });
  });
  it('in brackets at the head, under the title (`(二OO八年二月二十六日)`, O typed for 〇), is its issue date when no 落款 dates it', () => {
    const doc = parseDocument(notice('(二OO八年二月二十六日)', ''));
    expect(doc.metadata.issueDate?.date).toBe('2008-02-26');
    expect(doc.metadata.issueDate?.span).toEqual({ text: '二OO八年二月二十六日', range: { start: { line: 1, character: 1 }, end: { line: 1, character: 12 } } });
    expect(doc.notice?.paragraphs.map((p) => p.text)).toEqual(['现将《2008年政府工作报告重点工作分工方案》印发给你们，请认真贯彻落实。']);
    // The 落款's date wins over the head's.
    expect(parseDocument(notice('（2008年2月1日）', '2008年2月26日')).metadata.issueDate?.date).toBe('2008-02-26');
  });
  it('alone under the title, with O typed for 〇 and no 落款, is its issue date (hunt d4, 上海宝山 2008)', () => {
    const doc = parseDocument(notice('二OO八年二月二十六日', '').replace(/\n各市人民政府，省政府各部门：\n现将.*\n某省人民政府\n/, '\n'));
    expect(doc.notice?.paragraphs).toEqual([]);
    expect(doc.plan?.title?.map((s) => s.text)).toEqual(['2008年政府工作报告重点工作分工方案']);
    expect(doc.metadata.issueDate?.date).toBe('2008-02-26');
  });
  it('in brackets at the head of a copy that begins below the notice\'s title is its issue date', () => {
    const text = ['(二OO八年二月二十六日)', '宝府办〔2008〕18号', '各镇人民政府,各街道办事处,区政府各委、办、局:', '现将《2008年政府工作目标任务分解》印发给你们。', '特此通知', '２００８年政府工作目标任务分解', '一、促进经济又好又快发展。', '1、加强经济运行分析。(牵头单位:发改委、统计局)', '2、推进重大项目建设。(牵头单位:建交委)'].join('\n');
    const doc = parseDocument(text);
    expect(doc.plan?.tasks).toHaveLength(2);
    expect(doc.metadata.issueDate).toEqual({ span: { text: '二OO八年二月二十六日', range: { start: { line: 0, character: 1 }, end: { line: 0, character: 12 } } }, date: '2008-02-26' });
  });
  it('in brackets after the body is no head date', () => {
    const text = notice('', '').replace('印发给你们，请认真贯彻落实。', '印发给你们，请认真贯彻落实。\n（2008年2月26日）');
    expect(parseDocument(text).metadata.issueDate).toBeNull();
  });
});
