/**
 * Layouts of published provincial, national and county notices that the seeds do not have: a
 * notice that is itself the plan, wrapped notice titles, plan titles ending in 计划/措施/细则/意见,
 * provincial labels, `1﹒`, square brackets round fields, and a deadline with no label closing a
 * labelled list. Inputs are written for these tests in the notices' layouts.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';
import { roles, tasksOf } from '../helpers/tasks';
import { documentJson } from '../../server/src/cli/documentJson';

const titleOf = (text: string) => parseDocument(text).plan?.titleText ?? null;
const TASKS = '一、稳增长\n1.推进项目建设。（牵头单位：区发改局；责任单位：区财政局）\n2.推进招商引资。（牵头单位：区商务局；责任单位：区发改局）\n';

describe('plan titles', () => {
  it.each([
    '湘西自治州2020年优化营商环境工作计划',
    '推动制造业高质量发展若干政策措施',
    '以控制成本为核心优化营商环境的具体措施',
    '关于进一步稳定经济增长的实施细则',
    '关于加快建设现代流通体系的实施意见',
    '2022—2024年数字经济三年行动计划（2022—2024年）',
    '《关于帮助市场主体纾困解难的具体实施细则》',
    '某省人民政府关于进一步优化营商环境的若干意见',
    '某市2024年10件惠民实事',
    '2024年民生实事项目',
  ])('%s', (title) => {
    expect(titleOf(`${title}\n${TASKS}`)).toBe(title);
  });

  it('a title over a preamble that a PDF copy hard-wrapped mid-sentence keeps its title and count', () => {
    const doc = parseDocument('某县2024年重点工作任务分解方案(共3项)\n为全面完成全年目标任务,确保各项工作落到实处,现制定\n如下分解方案。\n一、加强党的建设\n1.加强理论武装。(牵头单位:县委组织部)\n2.加强基层组织。(牵头单位:县直机关工委)\n');
    expect(doc.plan!.titleText).toBe('某县2024年重点工作任务分解方案(共3项)');
    expect(doc.plan!.statedTotal?.value).toBe(3);
  });
  it('…and over a preamble wrapped over four lines', () => {
    const text = '某州2020年优化营商环境工作计划\n为巩固提升我州改革优化营商环境工作实效,切实解决企\n业群众最需、最盼、最急、最难、最堵问题,州人民政府确定202\n0年为营商环境攻坚年,结合实际,特制定\n本计划。\n一、进一步提升政务服务效能\n1.加大简政放权力度。(牵头单位:州行政审批服务局;责任单位:州司法局)\n2.深化一网通办。(牵头单位:州数据局;责任单位:州直各单位)\n';
    expect(titleOf(text)).toBe('某州2020年优化营商环境工作计划');
  });
  it('a title followed by four whole paragraphs before any structure is no title (a report, not a plan)', () => {
    const text = '2024年重点工作任务分解方案\n第一段文字。\n第二段文字。\n第三段文字。\n第四段文字。\n' + TASKS;
    expect(titleOf(text)).toBe('');
  });

  it("a web page's breadcrumb above the title is no part of it", () => {
    expect(titleOf(`当前位置:首页\n>> 专题专栏 >> 归档专题\n某市2024年重点工作责任分解\n${TASKS}`)).toBe('某市2024年重点工作责任分解');
    expect(titleOf(`您现在的位置：首页 > 政务公开 > 计划总结\n某市2024年重点工作责任分解\n${TASKS}`)).toBe('某市2024年重点工作责任分解');
  });

  it('an unnumbered heading 保障措施 or 工作计划 alone is no title', () => {
    const text = `2024年重点工作分工方案\n${TASKS}保障措施\n3.加强督查。（牵头单位：区督查室；责任单位：各街道）\n`;
    expect(titleOf(text)).toBe('2024年重点工作分工方案');
    expect(tasksOf(text).map((t) => t.numbering.value)).toEqual([1, 2, 3]);
    expect(titleOf(`保障措施\n${TASKS}`)).toBe('');
  });
});

describe('a notice that is itself the plan (no 印发, no title of its own)', () => {
  const notice =
    '省人民政府关于2022年重点工作及责任分解的通知\n' +
    '各市人民政府，省政府各部门：\n' +
    '根据《政府工作报告》，省政府确定了2022年重点工作，明确了牵头负责领导、牵头责任单位和协同责任单位。\n' +
    '一、确保完成全年主要预期目标\n' +
    '1﹒全省生产总值增长7%以上。\n' +
    '牵头负责领导：张某。\n' +
    '牵头责任单位：省发展改革委。\n' +
    '协同责任单位：省政府各部门。\n' +
    '2﹒固定资产投资增长10%以上。\n' +
    '牵头负责领导：张某。\n' +
    '牵头责任单位：省发展改革委。\n' +
    '协同责任单位：省经济和信息化厅、省财政厅等。\n' +
    '3﹒城镇新增就业60万人以上。\n' +
    '牵头负责领导：李某。\n' +
    '牵头责任单位：省人力资源社会保障厅。\n' +
    '协同责任单位：省政府各部门。\n' +
    '4﹒居民消费价格涨幅3%左右。\n' +
    '牵头负责领导：李某。\n' +
    '牵头责任单位：省发展改革委。\n' +
    '协同责任单位：省市场监管局。\n';

  it('is a plan: its tasks start at its first numbered paragraph, the notice ends before it', () => {
    const doc = parseDocument(notice);
    expect(doc.kind).toBe('plan');
    expect(doc.notice!.titleText).toBe('省人民政府关于2022年重点工作及责任分解的通知');
    expect(doc.notice!.paragraphs.map((p) => p.range.start.line)).toEqual([2]);
    expect(doc.notice!.range.end.line).toBe(2);
    expect(doc.plan!.sections.map((s) => s.title.text)).toEqual(['确保完成全年主要预期目标']);
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.numbering.marker.text, t.text.text])).toEqual([
      [1, '1﹒', '全省生产总值增长7%以上。'],
      [2, '2﹒', '固定资产投资增长10%以上。'],
      [3, '3﹒', '城镇新增就业60万人以上。'],
      [4, '4﹒', '居民消费价格涨幅3%左右。'],
    ]);
    expect(doc.plan!.tasks.map(roles)).toEqual([
      { leaders: ['张某'], lead: ['省发展改革委'], units: ['省政府各部门'], deadline: null },
      { leaders: ['张某'], lead: ['省发展改革委'], units: ['省经济和信息化厅', '省财政厅'], deadline: null },
      { leaders: ['李某'], lead: ['省人力资源社会保障厅'], units: ['省政府各部门'], deadline: null },
      { leaders: ['李某'], lead: ['省发展改革委'], units: ['省市场监管局'], deadline: null },
    ]);
  });

  it('a field deleted is reported at its task', () => {
    const damaged = notice.replace('牵头责任单位：省发展改革委。\n协同责任单位：省经济和信息化厅', '协同责任单位：省经济和信息化厅');
    expect(damaged).not.toBe(notice);
    const ds = lint(parseDocument(damaged), { today: '2022-03-01' }).filter((d) => d.rule === 'missing-lead');
    expect(ds.map((d) => d.range)).toEqual([{ start: { line: 8, character: 0 }, end: { line: 8, character: 16 } }]);
  });

  it('a notice whose numbered paragraphs carry no fields stays a notice', () => {
    const prose = '关于做好2022年重点工作的通知\n各市人民政府：\n现就有关事项通知如下：\n一、提高认识\n各地要高度重视。\n二、加强督查\n各地要按时报送进展。\n';
    expect(parseDocument(prose).kind).toBe('notice');
  });
});

describe('wrapped notice titles', () => {
  it('over three lines with blank lines between (a web copy): every line is the title; brackets across them pair up', () => {
    const text =
      '区人民政府办公室关于印发《2024年区政府工作报告重点工作\n\n任务分工方案》的通知\n\n各街道办事处，区政府各部门：\n' +
      '    现将《2024年区政府工作报告重点工作任务分工方案》印发给你们，请认真贯彻落实。\n\n2024年区政府工作报告重点工作任务分工方案\n\n' +
      TASKS;
    const doc = parseDocument(text);
    expect(doc.notice!.titleText).toBe('区人民政府办公室关于印发《2024年区政府工作报告重点工作任务分工方案》的通知');
    expect(doc.notice!.titleLines.map((l) => l.range.start.line)).toEqual([0, 2]);
    expect(doc.notice!.title!.range.start).toEqual({ line: 0, character: 0 });
    expect(lint(doc, { today: '2024-03-01' }).filter((d) => d.rule === 'unbalanced-bracket')).toEqual([]);
    // The same bracket left open in a paragraph is still reported.
    const open = text.replace('各街道办事处，区政府各部门：', '各街道办事处，《区政府各部门：');
    expect(lint(parseDocument(open), { today: '2024-03-01' }).filter((d) => d.rule === 'unbalanced-bracket').map((d) => d.range.start)).toEqual([{ line: 4, character: 7 }]);
  });

  it('the issuer on its own line, and `通 知` spaced out', () => {
    const text = '区人民政府办公室\n关于印发2020年区政府重点工作责任分解的\n通 知\n各街道办事处：\n现将有关事项通知如下。\n2020年区政府重点工作责任分解方案\n' + TASKS;
    expect(parseDocument(text).notice!.titleText).toBe('区人民政府办公室关于印发2020年区政府重点工作责任分解的通 知');
  });

  it('a short line before a one-line title is not taken into it', () => {
    const text = '政务公开\n\n区人民政府办公室关于印发2024年重点工作分工方案的通知\n各街道：\n现印发给你们。\n2024年重点工作分工方案\n' + TASKS;
    expect(parseDocument(text).notice!.titleLines.map((l) => l.text)).toEqual(['区人民政府办公室关于印发2024年重点工作分工方案的通知']);
  });
});

describe('provincial labels', () => {
  it('分管省领导 and 部门分工 with the duties after the names', () => {
    const [t] = tasksOf('2021年重点任务分工方案\n一、主要预期目标\n1.地区生产总值增长6%以上。\n分管省领导：王某\n部门分工：省发展改革委牵头，各地、各部门配合。\n2.地方一般公共预算收入增长5%左右。\n分管省领导：王某\n部门分工：省财政厅牵头，各地配合。\n');
    expect(roles(t)).toEqual({ leaders: ['王某'], lead: ['省发展改革委'], units: ['各地', '各部门'], deadline: null });
  });
});

describe('square brackets round a task\'s fields', () => {
  it.each([
    ['[', ']'],
    ['【', '】'],
    ['［', '］'],
  ])('%s…%s', (open, close) => {
    const tasks = tasksOf(`2020年重点工作责任分解方案\n一、稳增长\n1、推进项目建设。${open}牵头单位:区卫健局;责任单位:区疫情防控指挥部成员单位、各街办(新区)${close}\n2、推进招商引资。${open}牵头单位:区商务局;责任单位:区发改局${close}\n`);
    expect(tasks.map(roles)).toEqual([
      { leaders: [], lead: ['区卫健局'], units: ['区疫情防控指挥部成员单位', '各街办'], deadline: null },
      { leaders: [], lead: ['区商务局'], units: ['区发改局'], deadline: null },
    ]);
    expect(tasks[0].text.text).toBe('推进项目建设。');
  });

  it('a label in 【】 before its value is still a label, not a bracket round the fields', () => {
    const [t] = tasksOf('2024年重点工作分工方案\n1.推进某项工作。【牵头单位】区发改局\n2.推进另一项工作。【牵头单位】区财政局\n');
    expect(roles(t).lead).toEqual(['区发改局']);
  });
});

describe('a deadline with no label closing a labelled list', () => {
  it.each([
    ['，2024年底前完成', '2024-12-31'],
    ['；2024年12月底前完成', '2024-12-31'],
    ['；持续推进', null],
  ])('责任单位：区财政局%s', (tail, date) => {
    const [t] = tasksOf(`2024年重点工作责任分解方案\n一、稳增长\n1.推进项目建设。（牵头单位：区发改局；责任单位：区财政局${tail}）\n2.推进招商引资。（牵头单位：区商务局；责任单位：区发改局）\n`);
    expect(roles(t)).toEqual({ leaders: [], lead: ['区发改局'], units: ['区财政局'], deadline: date });
    expect(t.deadline?.text).toBe(tail.slice(1));
  });

  it('a list of names with a comma and no deadline keeps every name', () => {
    const [t] = tasksOf('2024年重点工作责任分解方案\n1.推进城市更新。（牵头单位：区住建局；责任单位：各街道，区发改局）\n2.推进招商。（牵头单位：区商务局）\n');
    expect(roles(t)).toEqual({ leaders: [], lead: ['区住建局'], units: ['各街道', '区发改局'], deadline: null });
  });
});

describe("the notice's own 文号", () => {
  const body = '各乡镇人民政府：\n现将方案印发给你们，请认真贯彻落实。\n2024年优化营商环境工作方案\n' + TASKS;
  it('a number cited in a sentence or in brackets is another document\'s', () => {
    const text = '县人民政府办公室关于印发2024年优化营商环境工作方案的通知\n各乡镇人民政府：\n根据《市人民政府办公室关于印发若干措施的通知》（十政办发〔2024〕3号）要求，现将方案印发给你们。\n2024年优化营商环境工作方案\n' + TASKS;
    expect(parseDocument(text).metadata.docNumber).toBeNull();
  });
  it('a number on a line of its own is the notice\'s', () => {
    const doc = parseDocument('县人民政府办公室关于印发2024年优化营商环境工作方案的通知\n县政办发〔2024〕7号\n' + body);
    expect(doc.metadata.docNumber).toEqual({ text: '县政办发〔2024〕7号', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 12 } } });
  });
  it('a web page\'s metadata rows: the number alone, never the next key or the table\'s bars; 无 is none', () => {
    const row = (meta: string) => parseDocument(`${meta}\n区人民政府办公室关于印发2024年优化营商环境工作方案的通知\n${body}`).metadata.docNumber?.text ?? null;
    expect(row('文      号 洪政办〔2025〕1号 信息分类: 综合政务')).toBe('洪政办〔2025〕1号');
    expect(row('文 号 | 江政办〔2022〕1号 | 发文日期 | 2022年01月05日 |')).toBe('江政办〔2022〕1号');
    expect(row('发文字号: | 无 |')).toBeNull();
    // The page left the field empty: the next words are no number.
    expect(row('文 号: 文件分类: 综合政务 所属机构:')).toBeNull();
    expect(row('文号: 区政办〔2024〕一号')).toBe('区政办〔2024〕一号');
    expect(row('文号 | 督察通报第十七期 | 成文日期: | 2022年09月14日 |')).toBe('督察通报第十七期');
  });
  it('a metadata row `标     题 …的通知` gives the title without its label', () => {
    const doc = parseDocument(`标     题 区人民政府办公室关于印发2024年优化营商环境工作方案的通知\n\n区人民政府办公室关于印发2024年优化营商环境工作方案的通知\n${body}`);
    expect(doc.notice!.titleText).toBe('区人民政府办公室关于印发2024年优化营商环境工作方案的通知');
    expect(doc.notice!.title!.range.start).toEqual({ line: 0, character: 8 });
  });
});

describe('page numbers left by a PDF copy', () => {
  it.each(['— 3 —', '— — — 3 —', '－3－', '- 12 -', '第3页', '第 3 页 共 12 页'])('`%s` between two tasks is no group heading', (marker) => {
    const doc = parseDocument(`2019年重点工作任务分解方案\n一、提高基层治理水平\n1.推进党建引领基层治理。\n牵头单位：区委组织部\n${marker}\n2.推进社区服务提质。\n牵头单位：区民政局\n3.推进网格化管理。\n牵头单位：区城管委\n`);
    const plan = doc.plan!;
    expect(plan.sections.map((s) => [s.title.text, s.children.map((c) => c.type)])).toEqual([['提高基层治理水平', ['task', 'task', 'task']]]);
    expect(plan.tasks.map(roles).map((r) => r.lead)).toEqual([['区委组织部'], ['区民政局'], ['区城管委']]);
  });
  it('a task numbered 3 or a heading `——3个重点片区` stays what it is', () => {
    const doc = parseDocument('2024年重点工作分工方案\n——3个重点片区\n1.推进片区开发。（牵头单位：区发改局）\n2.推进片区招商。（牵头单位：区商务局）\n');
    expect(doc.plan!.sections.map((s) => s.title.text)).toEqual(['3个重点片区']);
  });
});

describe('a bracket of fields a hard wrap cut over three lines', () => {
  const text = [
    '2022年重点工作任务分工方案',
    '一、深化改革',
    '1.全面实施行政许可事项清单管理，动态调整行政许可事项清单。(市政府办公室、',
    '市行政审批制度改革工作领导小组办公室牵头,市级各有关部门及各',
    '县市区政府按职责分工负责)',
    '2.推进政务服务标准化。(市政府办公室牵头,市级各有关部门按职责分工负责)',
    '3.推进工程建设项目审批制度改革，压缩审批时间。（牵头单位：市住建局；责任单位：市',
    '自然资源局、市发改委、市生态环',
    '境局；完成时限：2022年12月底）',
    '',
  ].join('\n');
  it('roles in prose: the short closing line is the bracket\'s end, not a group heading', () => {
    const plan = parseDocument(text).plan!;
    expect(plan.sections[0].children.map((c) => c.type)).toEqual(['task', 'task', 'task']);
    expect(plan.tasks[0].text.text).toBe('全面实施行政许可事项清单管理，动态调整行政许可事项清单。');
    expect(roles(plan.tasks[0])).toEqual({ leaders: [], lead: ['市政府办公室', '市行政审批制度改革工作领导小组办公室'], units: ['市级各有关部门', '各县市区政府'], deadline: null });
    // A name cut by the wrap runs over the line break.
    expect(plan.tasks[0].units[1].written.range).toEqual({ start: { line: 3, character: 29 }, end: { line: 4, character: 5 } });
  });
  it('labelled fields, a name cut in two', () => {
    const t = parseDocument(text).plan!.tasks[2];
    expect(roles(t)).toEqual({ leaders: [], lead: ['市住建局'], units: ['市自然资源局', '市发改委', '市生态环境局'], deadline: '2022-12-31' });
    expect(t.units[0].written.range).toEqual({ start: { line: 6, character: 40 }, end: { line: 7, character: 5 } });
  });
});

describe('a plan title closed by a bracket, a notice title in book-title marks', () => {
  it.each(['2016年重点任务分解表(共3项)', '2016年重点任务分工（共3项）', '2024年重点工作任务分工（2024年）'])('%s', (title) => {
    const doc = parseDocument(`${title}\n一、稳增长\n1.推进项目建设。（牵头单位：区发改局）\n2.推进招商引资。（牵头单位：区商务局）\n`);
    expect(doc.plan!.titleText).toBe(title);
  });
  it('the count in `…分解表(共3项)` is the plan\'s, checked inside a notice too', () => {
    const text = '县人民政府办公室关于印发2016年民生实事目标任务分解表的通知\n各乡镇人民政府：\n现将分解表印发给你们。\n附件\n2016年民生实事目标任务分解表(共3项)\n1.新建人行天桥2座。（牵头单位：县住建局）\n2.新建公厕10座。（牵头单位：县城管局）\n';
    const doc = parseDocument(text);
    expect(doc.kind).toBe('plan');
    expect(doc.plan!.statedTotal?.value).toBe(3);
    expect(lint(doc, { today: '2016-03-01' }).filter((d) => d.rule === 'count-mismatch').map((d) => d.range.start.line)).toEqual([4]);
  });
  it('《…的通知》 on a line of its own is the notice\'s title', () => {
    const doc = parseDocument('《市人民政府办公厅关于印发〈2016年政务公开工作要点〉的通知》\n市政办发〔2016〕26号\n各区人民政府：\n现将《2016年政务公开工作要点》印发给你们。\n市人民政府办公厅\n2016年5月28日\n');
    expect(doc.kind).toBe('notice');
    expect(doc.notice!.titleText).toBe('《市人民政府办公厅关于印发〈2016年政务公开工作要点〉的通知》');
    expect(doc.metadata.issueDate?.date).toBe('2016-05-28');
  });
});

describe('the notice\'s 落款 as web copies give it', () => {
  const plan = '2024年重点工作任务分解\n一、稳增长\n1.地区生产总值增长6%。\n牵头单位：区发改局\n完成时限：2024年2月底\n2.固定资产投资增长8%。\n牵头单位：区发改局\n完成时限：2024年12月底\n';
  it('the issuer repeated under the title (a masthead) is not the 落款; the addressee and date are read', () => {
    const doc = parseDocument('某区人民政府办公室关于印发2024年重点工作任务分解的通知\n某区人民政府办公室\n各镇人民政府，区级各部门：\n现将《2024年重点工作任务分解》印发给你们，请认真贯彻执行。\n某区人民政府办公室\n2024年3月1日\n' + plan);
    expect(doc.notice!.addressee?.text).toBe('各镇人民政府，区级各部门：');
    expect(doc.notice!.signature?.range.start.line).toBe(4);
    expect(doc.metadata.issueDate?.date).toBe('2024-03-01');
    expect(lint(doc, { today: '2024-03-05' }).filter((d) => d.rule === 'deadline-before-issue').map((d) => d.range.start.line)).toEqual([10]);
  });
  it('a copy that opens with the addressee (the title shown outside the text) still has its date', () => {
    const doc = parseDocument('各镇人民政府，区级各部门：\n现将《2024年重点工作任务分解》印发给你们，请认真贯彻执行。\n某区人民政府办公室\n2024年3月1日\n(此件公开发布)\n' + plan);
    expect(doc.kind).toBe('plan');
    expect(doc.metadata.issueDate?.date).toBe('2024-03-01');
  });
});

describe('more forms from published notices', () => {
  it('`…等部门` closing a list in prose roles is "and other departments", not part of a name', () => {
    const tasks = tasksOf('2024年重点工作任务分工方案\n一、扩大有效投资\n1.推进重大项目建设。(区发改局牵头,区财政局、区交运局等部门,区国投公司、各街道办事处配合)\n2.加快专项债券使用。(区财政局牵头,区发改局等部门配合)\n3.推进城市更新。(市住房城乡建设局牵头,市发展改革委、市自然资源局等部门按职责分工负责)\n');
    expect(tasks.map(roles)).toEqual([
      { leaders: [], lead: ['区发改局'], units: ['区财政局', '区交运局', '区国投公司', '各街道办事处'], deadline: null },
      { leaders: [], lead: ['区财政局'], units: ['区发改局'], deadline: null },
      { leaders: [], lead: ['市住房城乡建设局'], units: ['市发展改革委', '市自然资源局'], deadline: null },
    ]);
  });
  it('a plan that is itself the document: its 文号 and 主送 between the title and the preamble; its deadlines take the 文号\'s year', () => {
    const doc = parseDocument('国务院关于落实《政府工作报告》重点工作部门分工的意见\n\n国发〔2020〕6号\n\n各省、自治区、直辖市人民政府:\n\n为做好今年政府工作，现就重点工作提出部门分工意见如下:\n\n一、落实发展主要目标\n\n1.推进减税降费。(财政部、税务总局牵头,12月底前完成)\n\n2.稳定就业。(人力资源社会保障部牵头,年内持续推进)\n');
    expect(doc.plan!.titleText).toBe('国务院关于落实《政府工作报告》重点工作部门分工的意见');
    expect(doc.plan!.tasks.map((t) => t.deadline?.date)).toEqual(['2020-12-31', '2020-12-31']);
  });
  it('a WeChat page\'s trailer (`▼往期推荐▼` and its numbered links) ends the plan', () => {
    const text = '2023年重点工作任务分解\n一、稳增长\n1.地区生产总值增长6%。\n牵头单位：区发改局\n2.固定资产投资增长10%。\n牵头单位：区发改局\n\n▼往期推荐▼\n1.立山区召开2023年全区经济工作会议\n2.我区举办春季招聘会\n扫一扫关注我们\n';
    const doc = parseDocument(text);
    expect(doc.plan!.tasks.map((t) => t.numbering.value)).toEqual([1, 2]);
    expect(lint(doc, { today: '2023-03-01' })).toEqual([]);
  });
  it('a 文号 before the notice\'s title on its line is the notice\'s', () => {
    const doc = parseDocument('某政办发〔2009〕15号 某市人民政府办公室关于印发2009年重点工作任务分解方案的通知\n市政府各部门:\n现将《2009年重点工作任务分解方案》印发给你们,请认真贯彻落实。\n某市人民政府办公室\n2009年2月27日\n2009年重点工作任务分解方案\n一、稳增长\n1.抓好项目建设。(牵头单位:市发改委)\n2.抓好招商引资。(牵头单位:市商务局)\n');
    expect(doc.metadata.docNumber?.text).toBe('某政办发〔2009〕15号');
    expect(doc.metadata.docNumber?.range.start).toEqual({ line: 0, character: 0 });
  });
  it('a metadata line of two keys, `名称: … 文号: …`, gives the 文号; a 组配分类 is its own key', () => {
    const doc = parseDocument('索引号: 11340000/202301-00044 组配分类: 年度重点工作任务分解\n名称: 某县人民政府关于分解落实政府工作报告目标任务的通知 文号: 某政〔2023〕1号\n发布日期: 2023-01-30 08:56\n某县人民政府关于分解落实政府工作报告目标任务的通知\n各乡镇人民政府，县政府各部门：\n现将工作任务予以分解印发，请认真落实。\n某县人民政府\n2023年1月20日\n');
    expect(doc.metadata.docNumber?.text).toBe('某政〔2023〕1号');
    expect(doc.metadata.entries.map((e) => [e.key.text, e.value.text])).toEqual([
      ['索引号', '11340000/202301-00044'],
      ['组配分类', '年度重点工作任务分解'],
      ['名称', '某县人民政府关于分解落实政府工作报告目标任务的通知'],
      ['文号', '某政〔2023〕1号'],
      ['发布日期', '2023-01-30 08:56'],
    ]);
  });
  it('`（A牵头，B负责落实）` and the other words for the units sharing the work', () => {
    const tasks = tasksOf('某县2024年大气污染防治工作方案\n一、重点任务\n1.整治燃煤锅炉。(县生态环境局牵头,县发改局参与)\n2.加强秸秆禁烧。(县农业农村局牵头,各乡镇负责落实)\n3.治理餐饮油烟。(县城管局牵头,县市场监管局具体负责)\n4.整治露天烧烤。(县城管局牵头,各街道组织实施)\n5.控制施工扬尘。(县住建局牵头,各乡镇落实)\n');
    expect(tasks.map((t) => [roles(t).lead, roles(t).units])).toEqual([
      [['县生态环境局'], ['县发改局']],
      [['县农业农村局'], ['各乡镇']],
      [['县城管局'], ['县市场监管局']],
      [['县城管局'], ['各街道']],
      [['县住建局'], ['各乡镇']],
    ]);
  });
  it('fields in a bracket followed by `；` (tasks written as one list) or after a note closed by `。`', () => {
    const tasks = tasksOf('某省2024年重点督办建议分工\n一、重点督办的代表建议\n1.关于加快建设乡镇邮政网点的建议(第1389号。牵头单位:省邮政管理局;协办单位:省财政厅)\n2.新建幼儿园两所(牵头单位:省教育厅;责任单位:省财政厅);\n3.改造农村公路50公里(牵头单位:省交通运输厅;责任单位:省财政厅)。\n');
    expect(tasks.map((t) => [t.text.text, roles(t).lead, roles(t).units])).toEqual([
      ['关于加快建设乡镇邮政网点的建议', ['省邮政管理局'], ['省财政厅']],
      ['新建幼儿园两所', ['省教育厅'], ['省财政厅']],
      ['改造农村公路50公里', ['省交通运输厅'], ['省财政厅']],
    ]);
  });
  it("a web page's `发布人:… / 发布时间:…` line under the title: the title stays the plan's, the time is its publishing date", () => {
    const doc = parseDocument('加快某市流通业发展实施意见\n\n发布人:某某  /  发布时间:2017-11-24 10:12:15\n\n为进一步深化流通业改革，现提出如下意见。\n一、重点任务\n1.完善流通网络。(牵头单位:市商务局;责任单位:市发改委)\n2.培育流通主体。(牵头单位:市商务局;责任单位:市财政局)\n');
    expect(doc.plan!.titleText).toBe('加快某市流通业发展实施意见');
    expect(doc.metadata.publishDate?.date).toBe('2017-11-24');
  });
  it("a web page's 发布日期 line under the plan's title: the title and its count stay the plan's", () => {
    const doc = parseDocument('某市2024年重点工作任务分解方案(共3项)\n发布日期:2024-02-07\n一、重点任务\n1.提高管理效能。(牵头单位:市商务局;责任单位:市编办)\n2.规范市场秩序。(牵头单位:市市场监管局;责任单位:市公安局)\n');
    expect(doc.plan!.titleText).toBe('某市2024年重点工作任务分解方案(共3项)');
    expect(doc.metadata.publishDate?.date).toBe('2024-02-07');
    expect(lint(doc, { today: '2024-03-01' }).map((d) => [d.rule, d.range.start.line])).toEqual([['count-mismatch', 0]]);
  });
  it("a web page's `时间:` line, an empty `来源:` over its value and `浏览次数:` under the title: the title and its year stay the plan's (开化 2023, hunt d7)", () => {
    const text = '开化县2023年度重点工作清单\n时间:2023-12-22 17:46\n来源:\n开化县\n浏览次数:\n序号 | 工作事项 | 进度安排 | 进展情况 |\n1 | 新建2座人行天桥。 | 9月底前建成。 | 进行中。 |\n2 | 启动综合体建设。 | 13月底前开工。 | 进行中。 |\n';
    const doc = parseDocument(text);
    expect(doc.plan!.titleText).toBe('开化县2023年度重点工作清单');
    expect(doc.metadata.entries.map((e) => [e.key.text, e.value.text, e.value.range.start.line])).toEqual([
      ['时间', '2023-12-22 17:46', 1],
      ['来源', '', 2],
      ['浏览次数', '', 4],
    ]);
    expect(doc.plan!.tasks.map((t) => t.deadline?.date ?? null)).toEqual(['2023-09-30', null]);
    // The plan's year known, the impossible month is reported at its cell.
    const line = text.split('\n')[7];
    expect(lint(doc, { today: '2023-12-30' }).map((d) => [d.rule, d.range.start.line, d.range.start.character, d.range.end.character])).toEqual([
      ['deadline-invalid', 7, line.indexOf('13月'), line.indexOf('13月') + '13月底前开工'.length],
    ]);
  });
  it('`时间：` before words and `作者` without its colon begin lines of a plan, not metadata', () => {
    const doc = parseDocument('某区2024年重点工作任务分解方案\n时间：按季度调度\n作者协会换届工作\n一、重点任务\n1.提高管理效能。(牵头单位:区商务局)\n');
    expect(doc.metadata.entries).toEqual([]);
  });
  it('the short labels 牵头： / 配合： / 时限： on lines of their own', () => {
    const [t] = tasksOf('2025年重点工作任务分解方案\n一、稳增长\n1.扩大有效投资。\n牵头：区发改局\n配合：区财政局、区住建局\n时限：2025年12月底\n2.促进消费。\n牵头：区商务局\n');
    expect(roles(t)).toEqual({ leaders: [], lead: ['区发改局'], units: ['区财政局', '区住建局'], deadline: '2025-12-31' });
    expect(t.text.text).toBe('扩大有效投资。');
  });
});

describe("a note before the fields in their bracket (an indicator's kind)", () => {
  const PLAN = (a: string, b: string) => `某市“十四五”规划纲要任务分工方案\n一、主要指标\n1.地区生产总值年均增长7%以上。${a}\n2.能耗下降完成省下达任务。${b}\n二、重点任务\n3.建设国家级高新区。（牵头单位：市科技局；责任单位：高新区管委会）\n4.推进城市更新。（牵头单位：市住建局；责任单位：各区政府）\n`;
  it('`（预期性指标，牵头单位：…；责任单位：…）` closing the task: the fields are read, the note is neither text nor field', () => {
    const doc = parseDocument(PLAN('（预期性指标，牵头单位：市发改委；责任单位：市统计局）', '（约束性指标,牵头单位:市发改委;责任单位:市生态环境局）'));
    expect(doc.plan!.tasks.map(roles).slice(0, 2)).toEqual([
      { leaders: [], lead: ['市发改委'], units: ['市统计局'], deadline: null },
      { leaders: [], lead: ['市发改委'], units: ['市生态环境局'], deadline: null },
    ]);
    expect(doc.plan!.tasks[0].text.text).toBe('地区生产总值年均增长7%以上。');
    expect(doc.plan!.tasks[0].fields[0].range.start.character).toBe('1.地区生产总值年均增长7%以上。（预期性指标，'.length);
    expect(lint(doc, { today: '2021-06-01' })).toEqual([]);
  });
  it('the same on a line of its own under the task', () => {
    const doc = parseDocument(PLAN('\n（预期性指标，牵头单位：市发改委；责任单位：市统计局）', '\n（约束性指标，牵头单位：市发改委；责任单位：市生态环境局）'));
    expect(doc.plan!.tasks.map((t) => roles(t).lead)).toEqual([['市发改委'], ['市发改委'], ['市科技局'], ['市住建局']]);
    expect(lint(doc, { today: '2021-06-01' })).toEqual([]);
  });
  it('a bracket of prose that only mentions a label later is not read as fields', () => {
    const [t] = tasksOf('2024年重点工作分工方案\n一、稳增长\n1.推进项目建设（按照年度计划，责任单位另行明确）。\n牵头单位：区发改局\n');
    expect(t.text.text).toBe('推进项目建设（按照年度计划，责任单位另行明确）。');
    expect(roles(t).lead).toEqual(['区发改局']);
  });
});

describe('items (1)(2) under a task, each with its own fields', () => {
  it('the fields closing an item\'s line are the task\'s: its leads are its items\' (no missing-lead), the item\'s text stops before them', () => {
    const text = '某区2025年重点工作任务分工方案\n\n一、稳增长\n1.扩大有效投资。(牵头单位:区发改局;责任单位:区财政局)\n2.促进消费\n(1)开展促消费活动。(牵头单位:区商务局;责任单位:各街道)\n(2)培育夜间经济。(牵头单位:区文旅局;责任单位:各街道)\n3.稳定外贸。(牵头单位:区商务局;责任单位:区财政局)\n';
    const doc = parseDocument(text);
    const t = doc.plan!.tasks[1];
    expect(roles(t).lead).toEqual(['区商务局', '区文旅局']);
    expect(t.subItems.map((s) => s.text.text)).toEqual(['开展促消费活动。', '培育夜间经济。']);
    expect(lint(doc, { today: '2025-03-01' }).filter((d) => d.rule === 'missing-lead')).toEqual([]);
  });

  // A joint notice of the Party committee's office and the government's signs with both offices, one a line,
  // before its date (广西 2019). Its date was lost, and with it deadline-before-issue.
  it('a joint 落款 (two offices on their lines, then the date) dates the notice', () => {
    const text = [
      '中共青山市委办公室 青山市人民政府办公室关于印发《青山市2019年重点工作任务分工方案》的通知',
      '各县(区)党委和人民政府,市直各单位:',
      '《青山市2019年重点工作任务分工方案》已经市委、市政府同意,现印发给你们,请认真贯彻落实。',
      '中共青山市委办公室',
      '青山市人民政府办公室',
      '2019年5月20日',
      '青山市2019年重点工作任务分工方案',
      '一、重点任务',
      '1.加快高速公路建设。(牵头单位:市交通运输局;完成时限:2019年12月底)',
      '2.推进老旧小区改造。(牵头单位:市住建局;完成时限:2019年11月底)',
      '3.新建中小学5所。(牵头单位:市教育局;完成时限:2019年3月底)',
    ].join('\n');
    const doc = parseDocument(text);
    expect([doc.notice!.signature?.text, doc.notice!.signatureDate?.text, doc.metadata.issueDate?.date]).toEqual(['中共青山市委办公室', '2019年5月20日', '2019-05-20']);
    expect(doc.plan!.titleText).toBe('青山市2019年重点工作任务分工方案');
    expect(lint(doc, { today: '2019-06-01' }).map((d) => [d.rule, d.range.start.line])).toEqual([['deadline-before-issue', 10]]);
  });

  // 山西 2008, 长春 2012: the notice's number in brackets on its own line under the title. A number cited in
  // brackets in the body (`（市政办发〔2023〕12号）` after a cited title) stays a citation.
  it('a 文号 in brackets alone under the notice title is the notice\'s own; one cited after a title in 《》 is not', () => {
    const own = ['长春市人民政府办公厅关于落实重点工作责任分工的通知', '(长府办发〔2012〕19号)', '各县(市)、区人民政府:', '现将重点工作分工如下。'].join('\n');
    const doc = parseDocument(own);
    expect([doc.metadata.docNumber?.text, doc.metadata.docNumber?.range]).toEqual(['长府办发〔2012〕19号', { start: { line: 1, character: 1 }, end: { line: 1, character: 14 } }]);
    const cited = ['某区人民政府办公室关于印发工作方案的通知', '各街道：', '根据《市政府办公室关于做好重点工作的通知》', '（市政办发〔2023〕12号）', '要求，现印发如下。'].join('\n');
    expect(parseDocument(cited).metadata.docNumber).toBeNull();
  });

  // 黑龙江 2013 as a web page gives it: a line break lost between two items, `(一)…。(省发改委负责)(二)…`.
  // Read as one item, (二) lost its lead and (三) was a false numbering-gap.
  it('two items a copy glued onto one line are read as two, at their own places', () => {
    const line = '(一)地区生产总值增长8%左右。(省发改委负责)(二)财政收入增长9%左右。(省财政厅牵头,省税务局配合)';
    const text = ['红土省人民政府关于落实《政府工作报告》重点工作责任分工的意见', '省直有关单位:', '现就重点工作提出分工意见如下:', '一、主要目标', line, '(三)固定资产投资增长15%以上。(省发改委负责)'].join('\n');
    const doc = parseDocument(text);
    const tasks = doc.plan!.tasks;
    expect(tasks.map((t) => [t.numbering.value, t.line, t.text.text, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name)])).toEqual([
      [1, 4, '地区生产总值增长8%左右。', ['省发改委'], []],
      [2, 4, '财政收入增长9%左右。', ['省财政厅'], ['省税务局']],
      [3, 5, '固定资产投资增长15%以上。', ['省发改委'], []],
    ]);
    const second = line.indexOf('(二)');
    expect(tasks[1].numbering.marker.range).toEqual({ start: { line: 4, character: second }, end: { line: 4, character: second + 3 } });
    expect(tasks[0].range.end).toEqual({ line: 4, character: second });
    expect(lint(doc, { today: '2024-03-01' })).toEqual([]);
    // A bracket that is a note, not roles, glues nothing: `（含2个省级）2.` inside a task's text stays text.
    const note = parseDocument(['2024年重点工作分工方案', '一、重点工作', '1.新建园区3个（含2个省级）2.0版本升级。(牵头单位:省发改委)', '2.推进招商。(牵头单位:省商务厅)'].join('\n'));
    expect(note.plan!.tasks.map((t) => t.numbering.value)).toEqual([1, 2]);
    // A line is split a bounded number of times (a copy glues a few items; a paste of thousands is left whole
    // past the bound): the last task keeps the rest of the line as its text, nothing is lost.
    const items = Array.from({ length: 30 }, (_, k) => `${k + 1}.推进第${k + 1}项工作。（牵头单位：区发改局）`);
    const many = parseDocument(['2024年重点工作分工方案', '一、重点工作', items.join('')].join('\n')).plan!.tasks;
    expect(many.length).toBe(21);
    expect(many[20].range.end).toEqual({ line: 2, character: items.join('').length });
  });
});

describe('a note on the plan\'s convention after the roles in their bracket (湖南 2016 分工意见)', () => {
  // The first items of 湘政发〔2016〕1号, as published; (五) and (六) are written in its style.
  const TEXT = [
    '《政府工作报告》重点工作部门分工的意见',
    '湘政发〔2016〕1号',
    '  一、努力保持经济平稳健康发展',
    '  (一)增强创新驱动发展能力。构建人才引进激励、科技成果转化、资源开放共享、军民协同创新、科技金融结合等政策体系(分管副省长、协管副秘书长负责,省科技厅牵头。明确牵头部门的,其他有关部门配合,不逐一列出,下同)。',
    '  (二)落实企业研发费用加计扣除、高新技术企业所得税减免政策(分管副省长、协管副秘书长负责,省科技厅、省发改委、省经信委、省教育厅、省财政厅、省地税局、省国税局等负责。列第一位的为牵头部门,其他部门和单位按职责分工负责,下同)。',
    '  (三)建设一批众创空间和农村“星创天地”(分管副省长、协管副秘书长负责,省科技厅牵头)。',
    '  (四)推进省级财政科技计划和资金管理改革(分管副省长、协管副秘书长负责,省财政厅牵头)。',
    '  (五)深化科技成果使用、处置和收益管理改革(分管副省长、协管副秘书长负责,省科技厅牵头)。',
    '  (六)实施新一轮中小企业成长工程(分管副省长、协管副秘书长负责,省经信委牵头)。',
    '',
  ].join('\n');

  it('reads the roles before the note; the note is no role, and `列第一位的为牵头部门` makes the first named the lead', () => {
    const doc = parseDocument(TEXT);
    expect(doc.plan!.tasks.slice(0, 2).map(roles)).toEqual([
      { leaders: ['分管副省长', '协管副秘书长'], lead: ['省科技厅'], units: [], deadline: null },
      { leaders: ['分管副省长', '协管副秘书长'], lead: ['省科技厅'], units: ['省发改委', '省经信委', '省教育厅', '省财政厅', '省地税局', '省国税局'], deadline: null },
    ]);
    expect(doc.plan!.tasks[1].text.text).toBe('落实企业研发费用加计扣除、高新技术企业所得税减免政策');
  });

  it('reports nothing (the first two items were false missing-lead errors)', () => {
    expect(lint(parseDocument(TEXT), { today: '2016-03-01' })).toEqual([]);
  });

  it('a task of several sentences, each closed by its roles, carries them all', () => {
    const line = '  (一)推进示范区建设,构建政策体系(分管副省长负责,省科技厅牵头)。落实减免政策(分管副省长负责,省科技厅、省财政厅等负责。列第一位的为牵头部门,下同),推进资金管理改革(分管副省长负责,省财政厅牵头)。';
    const doc = parseDocument(['《政府工作报告》重点工作部门分工的意见', '  一、努力保持经济平稳健康发展', line, TEXT.split('\n')[5], ''].join('\n'));
    expect(roles(doc.plan!.tasks[0])).toEqual({ leaders: ['分管副省长', '分管副省长', '分管副省长'], lead: ['省科技厅', '省科技厅', '省财政厅'], units: ['省财政厅'], deadline: null });
    // `parse --format json` names each once, in the order first named.
    const json = documentJson('x.txt', doc).tasks[0];
    expect([json.leaders, json.leadUnits, json.units]).toEqual([['分管副省长'], ['省科技厅', '省财政厅'], ['省财政厅']]);
  });
});

describe('notice titles as web pages print them', () => {
  it('a title only in the page\'s `标 题: | … |` row (安徽 county portals, 谯城 2020) is the notice\'s title', () => {
    const text = [
      '索引号: | 11341602003166647K/202004-00328 | 信息分类: | 规范性文件 |',
      '发布机构: | 谯城区政府(办公室) | 主题分类: | 综合政务 / 公民 / 通知 |',
      '标 题: | 亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知 | ||',
      '各乡镇人民政府、街道办事处,区政府各部门、各直属机构:',
      '现将《谯城区2020年度政府工作报告重点工作任务分解表》印发给你们,请按照要求,结合实际认真抓好落实。',
      '',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.kind).toBe('notice');
    expect(doc.notice!.titleText).toBe('亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知');
    expect(doc.notice!.addressee?.text).toBe('各乡镇人民政府、街道办事处,区政府各部门、各直属机构:');
  });

  it('a title with its 文号 after it on its line (常州 2023, a mirror\'s copy) is the title, the number the document\'s', () => {
    const text = [
      '關于印發2023年《政府工作報告》重點任務分解落實方案的通知 常政發〔2023〕1號 |',
      '各轄市、區人民政府,常州經開區管委會,市各委辦局,市各直屬單位:',
      '現將2023年《政府工作報告》重點任務分解落實方案印發給你們,請認真貫徹落實。',
      '',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.kind).toBe('notice');
    // Read through the Traditional-to-Simplified map, at the original's positions.
    expect(doc.notice!.title!.text).toBe('关于印发2023年《政府工作报告》重点任务分解落实方案的通知');
    expect(doc.notice!.title!.range.end).toEqual({ line: 0, character: '關于印發2023年《政府工作報告》重點任務分解落實方案的通知'.length });
    expect(doc.metadata.docNumber?.text).toBe('常政发〔2023〕1号');
  });

  it('a 文号 before the title in book-title brackets (武汉 2023), or a `名 称:` row (六盘水 2022), gives the title', () => {
    const quoted = parseDocument(['武政办〔2023〕1号《武汉市人民政府办公厅关于印发2023年市〈政府工作报告〉目标任务责任分解方案的通知》', '各区人民政府,市人民政府各部门:', '现将方案印发给你们。', ''].join('\n'));
    expect(quoted.notice!.title!.text).toBe('武汉市人民政府办公厅关于印发2023年市〈政府工作报告〉目标任务责任分解方案的通知');
    expect(quoted.notice!.title!.range.start).toEqual({ line: 0, character: '武政办〔2023〕1号《'.length });
    expect(quoted.metadata.docNumber?.text).toBe('武政办〔2023〕1号');
    const named = parseDocument(['文 号: | 六盘水府办发〔2022〕10号 | 是否有效: | |', '名 称: | 市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案(2022—2024年)的通知 |', '各市、特区、区人民政府:', '现将方案印发给你们。', ''].join('\n'));
    expect([named.kind, named.notice!.title!.text]).toEqual(['notice', '市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案(2022—2024年)的通知']);
    // Further down, such a line is a document the plan cites, not its notice (编制依据), nor is an attachment's line.
    for (const cited of ['市人民政府关于印发2023年度全市重点工作考核办法的通知 市政发〔2023〕16号', '市政发〔2023〕16号《市人民政府关于印发2023年度全市重点工作考核办法的通知》']) {
      const doc = parseDocument(['某县2024年重点工作任务分解方案', '编制依据:', cited, '一、优化营商环境', '1.深化“放管服”改革。(牵头单位:县政务服务中心;完成时限:2024年12月底)', ''].join('\n'));
      expect([doc.notice, doc.metadata.docNumber, doc.plan!.titleText]).toEqual([null, null, '某县2024年重点工作任务分解方案']);
    }
    expect(parseDocument(['附件:关于印发2023年度全市重点工作考核办法的通知 市政发〔2023〕16号', '某县2024年重点工作任务分解方案', ''].join('\n')).notice).toBeNull();
    // A sentence quoting a notice's title is still none (`…印发《…的通知》`).
    expect(parseDocument(['根据《市政府关于印发方案的通知》', '一、工作任务', ''].join('\n')).notice).toBeNull();
  });

  it('a copy that lost both titles (菏泽 2023): the notice\'s numbered requirements are no parts of the plan', () => {
    const head = [
      '菏政办字 〔2023〕1号',
      '各县区人民政府 (管委会),市政府各部门、各直属机构:',
      '为深入贯彻落实 《国务院关于支持山东深化新旧动能转换推动绿色低碳高质量发展的意见》,经市政府同意,现将《分工落实方案》印发给你们,请认真贯彻执行。',
      '一、高度重视,认真研究政策。各县区、各部门要对照《方案》,认真研究政策,抓好贯彻落实。',
      '二、压实责任,推动工作落实。各牵头单位要统筹落实任务事项,制定工作推进方案。',
      '三、加强督导,健全推进机制。市发展改革委负责《方案》工作任务的统一督导调度。',
    ];
    const tasks = ['1. 菏泽市深化新旧动能转换取得重大突破。(牵头单位:市发展改革委)', '2. 持续推进营商环境改革。(牵头单位:市政务服务管理局)', '3. 加快建设现代产业体系。(牵头单位:市工业和信息化局)'];
    const doc = parseDocument([...head, ...tasks, ''].join('\n'));
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.path.length, t.leadUnits.map((u) => u.name)])).toEqual([
      [1, 0, ['市发展改革委']],
      [2, 0, ['市政务服务管理局']],
      [3, 0, ['市工业和信息化局']],
    ]);
    expect(lint(doc, { today: '2023-03-01' })).toEqual([]);
    // A task whose bracket is deleted is still missing its lead.
    const damaged = parseDocument([...head, tasks[0], '2. 持续推进营商环境改革。', tasks[2], ''].join('\n'));
    expect(lint(damaged, { today: '2023-03-01' }).map((d) => [d.rule, d.range.start.line])).toEqual([['missing-lead', 7]]);
    // The plan's own parts (`一、经济发展`, a heading of a few words) stay its parts.
    const parts = parseDocument([...head.slice(0, 3), '一、经济发展', tasks[0], '二、改革开放', tasks[1], ''].join('\n'));
    expect(parts.plan!.tasks.map((t) => t.path.map((p) => p.title.text))).toEqual([['经济发展'], ['改革开放']]);
  });

  it('a covering notice whose copy lost its title (大洼 2021, the plan in an attached table not copied): a notice, dated by its 落款', () => {
    const text = [
      '各镇(街道)人民政府(办事处),区政府各部门、直属机构:',
      '为全面完成好《政府工作报告》中确定的2021年各项工作任务,现将《<政府工作报告>任务分解表》印发给你们。',
      '请各牵头单位要严格按照任务分工,对涉及的工作任务进行再细化、再分解。',
      '附件:《政府工作报告》任务分解表',
      '盘锦市大洼区人民政府办公室',
      '2021年1月25日',
      '(此件公开发布)',
    ];
    const doc = parseDocument(text.join('\n'));
    expect([doc.kind, doc.notice?.title, doc.notice?.addressee?.text, doc.notice?.signature?.text, doc.metadata.issueDate?.date]).toEqual([
      'notice',
      null,
      text[0],
      '盘锦市大洼区人民政府办公室',
      '2021-01-25',
    ]);
    expect(doc.notice!.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 5, character: 10 } });
    // A page's note before the 主送 line (`核心提示:` and a summary) is passed over; the 主送 line is the one naming bodies.
    const noted = parseDocument(['核心提示:', text[1], ...text].join('\n'));
    expect([noted.kind, noted.notice?.addressee?.text, noted.metadata.issueDate?.date]).toEqual(['notice', text[0], '2021-01-25']);
    // Without the paragraph that circulates a plan, or without a 落款, the lines are no notice.
    expect(parseDocument([text[0], text[2], ...text.slice(3)].join('\n')).kind).toBe('other');
    expect(parseDocument(text.slice(0, 4).join('\n')).kind).toBe('other');
  });

  it('a notice that hands its tasks out rather than 印发 them (`…进行责任分解`, `…分解下达`; hunt 21): a notice, dated by its 落款', () => {
    for (const circulates of ['现将2019年《政府工作报告》主要目标任务进行责任分解,并就有关事项通知如下:', '现将《政府工作报告》中涉及2016年的各项目标任务分解下达,请认真抓好落实。', '现对创卫工作任务进行细化分解,请认真抓好落实。']) {
      const doc = parseDocument(['各乡镇人民政府,县政府各部门:', circulates, '附件:2019年《政府工作报告》主要目标任务责任分解表', '安化县人民政府办公室', '2019年3月1日'].join('\n'));
      expect([doc.kind, doc.metadata.issueDate?.date], circulates).toEqual(['notice', '2019-03-01']);
    }
  });

  it('a notice that lost its title and its issuer\'s line before its plan (鄂政发 2018, a mirror\'s copy): the plan is dated by the notice\'s date', () => {
    const text = [
      '各市、州、县人民政府,省政府各部门:',
      '2018年是全面贯彻落实党的十九大精神的开局之年。',
      '经省人民政府同意,现将《政府工作报告》确定的工作任务进行责任分解。各牵头单位要切实履行牵头责任,于3月20日前将落实措施报省政府。',
      '2018年1月29日',
      '《政府工作报告》重点工作责任分解',
      '一、坚决打好三大攻坚战',
      '1、规范政府举债行为。牵头单位:省财政厅;责任单位:省发改委、省审计厅。',
      '2、开展非法金融活动专项整治。牵头单位:省政府金融办;责任单位:省公安厅。',
    ];
    const doc = parseDocument(text.join('\n'));
    expect([doc.kind, doc.plan?.tasks.length, doc.metadata.issueDate?.date]).toEqual(['plan', 2, '2018-01-29']);
    expect(doc.metadata.issueDate!.span.range).toEqual({ start: { line: 3, character: 0 }, end: { line: 3, character: 10 } });
    // Without its 主送 line the date is no notice's.
    expect(parseDocument(text.slice(1).join('\n')).metadata.issueDate).toBeNull();
  });

  it('`特此通知`, the formula closing a notice, is no title (宝山 2008, a page with no title line)', () => {
    const text = [
      '宝府办〔2008〕18号',
      '各镇人民政府,各街道办事处,区政府各委、办、局:',
      '根据区委五届五次全会精神,现将《2008年政府工作目标任务分解》印发给你们,请认真贯彻执行。',
      '特此通知',
      '2008年政府工作目标任务分解',
      '一、促进经济又好又快发展。',
      '1、加强经济运行分析,确保完成主要指标。(牵头单位:发改委、统计局)',
      '2、加快产业结构调整。(牵头单位:经委)',
      '',
    ].join('\n');
    expect(parseDocument(text).notice?.titleText ?? null).not.toBe('特此通知');
  });
});

describe('a title whose first line leads to the book title on the next (呼包银榆 2013, a web copy with blank lines)', () => {
  it('is one title though its second line is long', () => {
    const text = [
      '内蒙古自治区贯彻落实国家',
      '',
      '  《呼包银榆经济区发展规划(2012—2020年)》重点工作分工方案',
      '',
      '  一、战略定位',
      '  (一) 国家综合能源基地。加快输送通道建设。(自治区能源开发局牵头,自治区发展改革委及相关盟市配合)',
      '  (二) 全国节水型社会建设示范区。严格控制用水总量。(自治区水利厅牵头,自治区发展改革委及相关盟市配合)',
      '',
    ].join('\n');
    expect(titleOf(text)).toBe('内蒙古自治区贯彻落实国家《呼包银榆经济区发展规划(2012—2020年)》重点工作分工方案');
    // A short line of other words before a long title is not taken into it.
    expect(titleOf(text.replace('内蒙古自治区贯彻落实国家', '小编带你了解'))).toBe('《呼包银榆经济区发展规划(2012—2020年)》重点工作分工方案');
  });
  it('a web page\'s own name on the line above (`中国政府网`) is no part of a short title under it', () => {
    const text = ['返回首页', '', '中国政府网', '', '  国务院关于落实《政府工作报告》重点工作部门分工的意见', '', '  国发〔2020〕6号', '  一、落实主要目标', '  (一)稳就业。(人力资源社会保障部牵头,年内持续推进)', '  (二)保民生。(民政部牵头,年内持续推进)'].join('\n');
    expect(titleOf(text)).toBe('国务院关于落实《政府工作报告》重点工作部门分工的意见');
  });
});

describe("a web page's metadata table copied a cell per line (郧阳 2023: key, then its value on the next line)", () => {
  const text = [
    '郧阳区人民政府关于分解落实2023年区政府工作目标任务的通知',
    '',
    '索引号',
    '011437144/2023-06550',
    '发文单位',
    '区人民政府办公室',
    '发文字号',
    '郧政发〔2023〕5号',
    '发布日期',
    '2023年02月13日 10:53:20',
    '',
    '各乡镇人民政府,区政府各部门:',
    '经研究决定,现将2023年区政府工作目标任务分解下达给你们,请认真组织落实。',
    '附件:2023年区政府工作目标任务落实责任分解表',
    '2023年1月30日',
  ].join('\n');
  it('reads each value from the line under its key, and takes none of them for the 落款 or the body', () => {
    const doc = parseDocument(text);
    expect(doc.metadata.docNumber).toEqual({ text: '郧政发〔2023〕5号', range: { start: { line: 7, character: 0 }, end: { line: 7, character: 11 } } });
    expect(doc.metadata.issuer?.text).toBe('区人民政府办公室');
    expect(doc.metadata.publishDate?.date).toBe('2023-02-13');
    expect(doc.notice?.signature).toBeNull();
    expect(doc.notice?.addressee?.text).toBe('各乡镇人民政府,区政府各部门:');
    expect(doc.notice?.paragraphs.map((p) => p.text)).not.toContain('011437144/2023-06550');
    expect(doc.metadata.issueDate?.date).toBe('2023-01-30');
  });
  it('a key with its colon and nothing after it is a field the page left empty, not a key over a value', () => {
    const empty = text.replace('发文字号\n郧政发〔2023〕5号', '文 号:\n2023年政务公开工作重点任务台账');
    expect(parseDocument(empty).metadata.docNumber).toBeNull();
  });
});
