/**
 * Field labels: every label the parser knows is read as a field of its role, on its own line and
 * inside a bracket, and the variants drafters use (牵头责任单位, 时间安排, 责任主体…) are known.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { LABEL_ROLES, labelFormStartsAt } from '../../server/src/core/parse/labels';
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

  it('a 整改 list: 问题整改责任单位 and 整改时限 on one line are two fields, and 3天 is a time allowed, not an unreadable deadline', () => {
    const lines = [
      '某某县创文督查问题整改清单',
      '1.县图书馆',
      '（1）院内电动车未按指定区域停放；',
      '（2）灭火器过期未更换。',
      '问题整改责任单位：县文旅局 整改时限：3天',
      '2.县人民医院',
      '（1）禁烟标识数量不达标。',
      '问题整改责任单位：县卫健局 整改时限：5个工作日内',
    ];
    const doc = parseDocument(lines.join('\n'));
    expect(doc.kind).toBe('plan');
    const [t1, t2] = doc.plan!.tasks;
    expect(t1.units.map((u) => [u.name, u.written.range])).toEqual([['县文旅局', { start: { line: 4, character: 9 }, end: { line: 4, character: 13 } }]]);
    expect([t1.deadline?.text, t1.deadline?.kind, t1.deadline?.range]).toEqual(['3天', 'relative', { start: { line: 4, character: 19 }, end: { line: 4, character: 21 } }]);
    expect(t1.subItems.length).toBe(2);
    expect([t2.units.map((u) => u.name), t2.deadline?.kind]).toEqual([['县卫健局'], 'relative']);
    expect(lint(doc, { today: '2024-05-01' })).toEqual([]);
  });

  it('a 巡察 list with 整改时限 on its own line: each task keeps its deadline, and none becomes a heading', () => {
    const doc = parseDocument(
      ['某某县巡察反馈问题整改任务清单', '一、落实上级决策部署不到位', '1.重点项目推进滞后。', '县级责任领导：张某', '牵头单位：县发改局', '落实单位：城关镇', '整改时限：2024年6月底前', '2.项目调度机制不健全。', '包保领导：李某', '牵头单位：县发改局', '推进时限：立行立改'].join('\n'),
    );
    const [t1, t2] = doc.plan!.tasks;
    expect([t1.leaders.map((u) => u.name), t1.units.map((u) => u.name), t1.deadline?.date]).toEqual([['张某'], ['城关镇'], '2024-06-30']);
    expect([t2.path.map((s) => s.title.text), t2.leaders.map((u) => u.name), t2.deadline?.text, t2.deadline?.kind]).toEqual([['落实上级决策部署不到位'], ['李某'], '立行立改', 'ongoing']);
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

describe("a ministry's 工作要点 split among its 司局", () => {
  it('牵头司局 leads and 参与司局 takes part; the 司 and 厅 are units', () => {
    const doc = parseDocument(['2024年工作要点', '一、加强党的建设', '1.加强思想理论武装。(牵头司局:规划司;参与司局:财务司、法规司)', '2.加强政治建设。(牵头司局:办公厅;参与司局:人事司)'].join('\n'));
    expect(doc.plan!.tasks.map((t) => [t.text.text, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name)])).toEqual([
      ['加强思想理论武装。', ['规划司'], ['财务司', '法规司']],
      ['加强政治建设。', ['办公厅'], ['人事司']],
    ]);
    expect(lint(doc)).toEqual([]);
  });
});

describe('第一责任单位 beside 主要责任单位 (嘉兴 2006 十一五 目标任务分解; 厦门 2019 states 第一责任单位为牵头单位)', () => {
  const at = (line: number, a: number, b: number) => ({ start: { line, character: a }, end: { line, character: b } });
  const TABLE = [
    '《嘉兴市国民经济和社会发展第十一个五年规划纲要》主要目标任务分解落实方案',
    '序号\t主要工作任务\t第一责任单位\t主要责任单位',
    '一、主要发展指标',
    '1\t地区生产总值年均增长12%左右,人均生产总值达到6万元左右。\t市发展改革委\t各县(市、区)政府、嘉兴经济开发区、嘉兴港区',
    '2\t服务业增加值占生产总值比重达到40%。\t市发展改革委\t各县(市、区)政府、市三产发展领导小组各成员单位',
    '3\t全社会固定资产投资年均增长12%左右。\t市发展改革委\t各县(市、区)政府、嘉兴经济开发区、嘉兴港区',
  ];
  const roles = (text: string) => parseDocument(text).plan!.tasks.map((t) => [t.leadUnits.map((u) => u.name), t.units.map((u) => u.name)]);

  it('in a table: the 第一 column leads, the 主要 column shares (were the other way round)', () => {
    expect(roles(TABLE.join('\n'))).toEqual([
      [['市发展改革委'], ['各县(市、区)政府', '嘉兴经济开发区', '嘉兴港区']],
      [['市发展改革委'], ['各县(市、区)政府', '市三产发展领导小组各成员单位']],
      [['市发展改革委'], ['各县(市、区)政府', '嘉兴经济开发区', '嘉兴港区']],
    ]);
    expect(lint(parseDocument(TABLE.join('\n')), { today: '2006-06-01' })).toEqual([]);
  });

  it('a row whose 第一责任单位 cell is emptied is reported as missing its lead, at the row', () => {
    const damaged = TABLE.map((l, i) => (i === 4 ? l.replace('\t市发展改革委\t', '\t\t') : l));
    expect(lint(parseDocument(damaged.join('\n')), { today: '2006-06-01' }).map((d) => [d.rule, d.range])).toEqual([['missing-lead', at(4, 0, damaged[4].indexOf('\t\t'))]]);
  });

  it('as fields of a task: 第一责任单位 leads and 主要责任单位 shares; 主要责任单位 alone still leads', () => {
    const text = [
      '某市2024年重点工作任务分工方案',
      '1.推进县城老旧小区改造，完成改造小区20个。',
      '第一责任单位：市住建局',
      '主要责任单位：各县（市、区）政府',
      '2.新增城镇就业2万人。',
      '主要责任单位：市人社局',
    ].join('\n');
    expect(roles(text)).toEqual([
      [['市住建局'], ['各县（市、区）政府']],
      [['市人社局'], []],
    ]);
  });
});

describe('a label said with 为 instead of a colon (`(责任单位为市发改委)`)', () => {
  const roles = (text: string) => parseDocument(text).plan!.tasks.map((t) => [t.leadUnits.map((u) => u.name), t.units.map((u) => u.name), t.deadline?.text ?? null]);
  const PLAN = ['2024年重点工作任务分解方案', '一、经济发展', '1.推进园区建设。(牵头单位为市发改委)', '2.推进招商引资。(牵头单位为市商务局,配合单位为市财政局,完成时限为2024年12月底)', '3.推进项目建设。(牵头单位为市住建局)'];

  it('opening a bracket or a clause of it, gives the field its value (was a unit named 牵头单位为市发改委)', () => {
    expect(roles(PLAN.join('\n'))).toEqual([
      [['市发改委'], [], null],
      [['市商务局'], ['市财政局'], '2024年12月底'],
      [['市住建局'], [], null],
    ]);
    expect(lint(parseDocument(PLAN.join('\n')), { today: '2024-03-01' })).toEqual([]);
    // `为:` closes the label as a colon does.
    expect(roles(['2023年重点工作任务分解方案', '1.深化改革。(牵头单位为:县政务服务中心;完成时限为:2023年6月底)', ''].join('\n'))).toEqual([[['县政务服务中心'], [], '2023年6月底']]);
  });

  it('a task whose bracket is deleted is missing its lead', () => {
    const damaged = PLAN.map((l, i) => (i === 4 ? '3.推进项目建设。' : l)).join('\n');
    expect(lint(parseDocument(damaged), { today: '2024-03-01' }).map((d) => [d.rule, d.range.start.line])).toEqual([['missing-lead', 4]]);
  });

  it('is no label where 为 says no value, or where the label does not open a bracket or clause', () => {
    const starts = (line: string, at: number) => labelFormStartsAt(line, at, line.length);
    expect(starts('(责任单位为市发改委)', 1)).toBe(true);
    expect(starts('(牵头单位:市商务局,配合单位为市财政局)', '(牵头单位:市商务局,'.length)).toBe(true);
    // A convention (`第一责任单位为牵头单位`), a role (`…为第一责任人`), a weight (`…为主`), a label inside a sentence.
    expect(starts('(第一责任单位为牵头单位,下同)', 1)).toBe(false);
    expect(starts('(责任单位为第一责任人)', 1)).toBe(false);
    expect(starts('(责任单位为主)', 1)).toBe(false);
    expect(starts('各牵头单位为本项工作的责任主体', 1)).toBe(false);
    // A sentence opening a line (`牵头单位为任务落实的责任主体,…` under 保障措施), a clause that is no name (…为…的…).
    expect(starts('牵头单位为任务落实的责任主体,主要负责同志要亲自抓。', 0)).toBe(false);
    expect(starts('(牵头单位为任务落实的责任主体)', 1)).toBe(false);
    const measures = ['某县2023年重点工作任务分解方案', '一、重点任务', '1.深化“放管服”改革。', '牵头单位:县政务服务中心', '2.开展涉企收费专项治理。', '牵头单位:县市场监管局', '二、保障措施', '(一)压实工作责任。', '牵头单位为任务落实的责任主体,主要负责同志要亲自抓、负总责。', ''];
    expect(parseDocument(measures.join('\n')).plan!.tasks.map((t) => t.leadUnits.map((u) => u.name))).toEqual([['县政务服务中心'], ['县市场监管局']]);
    const doc = parseDocument(['2024年重点工作任务分解方案', '1.推进园区建设,确保各牵头单位为项目服务。(牵头单位:市发改委)', ''].join('\n'));
    expect(doc.plan!.tasks.map((t) => [t.text.text, t.leadUnits.map((u) => u.name)])).toEqual([['推进园区建设,确保各牵头单位为项目服务。', ['市发改委']]]);
  });
});
