/**
 * Roles written as prose: `（由区发改局牵头，区财政局等配合，2024年底前完成）`. The agent marker 由 and a closing
 * 等 are not part of any name, and a deadline may be the last clause.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { readUnitList } from '../../server/src/core/parse/units';
import { lint } from '../../server/src/core/rules';

const plan = (...tasks: string[]) => ['2024年重点任务分工方案', '', '一、重点任务', ...tasks].join('\n');
const at = (line: number, a: number, b: number) => ({ start: { line, character: a }, end: { line, character: b } });

describe('roles in prose', () => {
  it('reads 由 before the lead, 等 after the last unit and a deadline clause, at exact ranges', () => {
    const line = '1.推进招商引资。（由区商务局牵头，区投促中心、区财政局等配合，2024年10月底前完成）';
    const doc = parseDocument(plan(line, '2.强化用地保障。（区自然资源和规划局牵头，区发改局配合，2024年12月31日前完成）'));
    const [t1, t2] = doc.plan!.tasks;
    expect(t1.text.text).toBe('推进招商引资。');
    expect(t1.leadUnits.map((u) => [u.name, u.written.range])).toEqual([['区商务局', at(3, line.indexOf('区商务局'), line.indexOf('区商务局') + 4)]]);
    expect(t1.units.map((u) => [u.name, u.written.text])).toEqual([
      ['区投促中心', '区投促中心'],
      ['区财政局', '区财政局'],
    ]);
    const due = t1.fields.find((f) => f.role === 'deadline')!;
    expect(due.value.text).toBe('2024年10月底前完成');
    expect(due.value.range).toEqual(at(3, line.indexOf('2024'), line.indexOf('）')));
    expect(t1.deadline).toMatchObject({ kind: 'month-end', date: '2024-10-31' });
    expect(t2.deadline).toMatchObject({ kind: 'date', date: '2024-12-31' });
  });

  it('reads the same as the last sentence of the task, with 负责 and a semicolon', () => {
    const doc = parseDocument(plan('1.加强监督考核。由区督查室牵头，各街道办事处配合，长期坚持。', '2.推进招商引资。（由区商务局负责；2024年底前完成）'));
    const [t1, t2] = doc.plan!.tasks;
    expect([t1.text.text, t1.leadUnits.map((u) => u.name), t1.units.map((u) => u.name), t1.deadline?.kind]).toEqual(['加强监督考核。', ['区督查室'], ['各街道办事处'], 'ongoing']);
    expect([t2.leadUnits.map((u) => u.name), t2.deadline?.date]).toEqual([['区商务局'], '2024-12-31']);
  });

  it('a last clause that is no deadline is no deadline: a clause of work is passed over, anything else leaves the roles unread', () => {
    const doc = parseDocument(plan('1.推进招商引资。（区商务局牵头，区财政局配合，做好协调）', '2.优化服务。（区政务服务中心牵头，区财政局配合）', '3.推进招商引资。（区商务局牵头，区财政局配合，视情调整）'));
    expect(doc.plan!.tasks[0].fields.map((f) => [f.role, f.names.map((u) => u.name)])).toEqual([
      ['leadUnits', ['区商务局']],
      ['units', ['区财政局']],
    ]);
    expect(doc.plan!.tasks[2].fields).toEqual([]);
    expect(doc.plan!.tasks[1].leadUnits.map((u) => u.name)).toEqual(['区政务服务中心']);
  });

  it('等, 等相关单位 and 等部门 close a unit list in any layout', () => {
    const names = (s: string) => readUnitList(s, 0, 0, s.length).map((u) => [u.name, u.written.text]);
    expect(names('区发改局、区财政局等')).toEqual([
      ['区发改局', '区发改局'],
      ['区财政局', '区财政局'],
    ]);
    expect(names('区发改局等相关单位')).toEqual([['区发改局', '区发改局']]);
    expect(names('区科经、商务局等部门')).toEqual([
      ['区科经局', '区科经'],
      ['区商务局', '商务局'],
    ]);
    expect(names('平等')).toEqual([['平等', '平等']]); // too short to be a name and 等
  });

  it('a damaged copy: the deadline clause removed from one task of five is reported at that task', () => {
    const tasks = ['推进招商引资', '优化企业开办', '推进审批改革', '强化用地保障', '加强监督考核'].map(
      (t, i) => `${i + 1}.${t}。（由区商务局牵头，区财政局等配合，2024年${i + 6}月底前完成）`,
    );
    tasks[2] = tasks[2].replace('，2024年8月底前完成', '');
    const diagnostics = lint(parseDocument(plan(...tasks)), { today: '2024-01-01' });
    expect(diagnostics.map((d) => [d.rule, d.range])).toEqual([['missing-deadline', at(5, 0, tasks[2].indexOf('（'))]]);
  });

  describe('a task of two sentences, each closed by its own roles bracket', () => {
    const line = '1.整治燃煤锅炉。(县生态环境局牵头,县发改局参与)开展餐饮油烟治理。(县城管局牵头,县市场监管局参与)';
    it('reads both leads and both sets of units, in the order written, at exact ranges; the first bracket stays in the text', () => {
      const t = parseDocument(plan(line)).plan!.tasks[0];
      expect(t.text.text).toBe('整治燃煤锅炉。(县生态环境局牵头,县发改局参与)开展餐饮油烟治理。');
      expect(t.leadUnits.map((u) => [u.name, u.written.range])).toEqual([
        ['县生态环境局', at(3, line.indexOf('县生态环境局'), line.indexOf('县生态环境局') + 6)],
        ['县城管局', at(3, line.indexOf('县城管局'), line.indexOf('县城管局') + 4)],
      ]);
      expect(t.units.map((u) => u.name)).toEqual(['县发改局', '县市场监管局']);
    });

    it('labelled brackets, and a bracket before the semicolon that ends its sentence, read the same', () => {
      const doc = parseDocument(plan('1.扩大有效投资(牵头单位:区发改局;责任单位:区财政局)；促进消费(牵头单位:区商务局;责任单位:各街道)。'));
      const t = doc.plan!.tasks[0];
      expect([t.leadUnits.map((u) => u.name), t.units.map((u) => u.name)]).toEqual([
        ['区发改局', '区商务局'],
        ['区财政局', '各街道'],
      ]);
    });

    it('a bracket inside a sentence, or one that names no lead, is part of the text only', () => {
      const doc = parseDocument(plan('1.开展调研（由各街道负责组织）并形成报告。(区发改局牵头,区财政局配合)', '2.建设社区食堂。（含2个街道）(区民政局牵头)'));
      const [t1, t2] = doc.plan!.tasks;
      expect(t1.leadUnits.map((u) => u.name)).toEqual(['区发改局']);
      expect(t1.units.map((u) => u.name)).toEqual(['区财政局']);
      expect(t2.leadUnits.map((u) => u.name)).toEqual(['区民政局']);
      expect(t2.fields.length).toBe(1);
    });

    it('a damaged copy: with the lead of the first bracket gone, nothing is invented, and the task keeps its other lead', () => {
      const damaged = line.replace('县生态环境局牵头,', '');
      const t = parseDocument(plan(damaged)).plan!.tasks[0];
      expect(t.leadUnits.map((u) => u.name)).toEqual(['县城管局']);
      expect(t.text.text).toBe('整治燃煤锅炉。(县发改局参与)开展餐饮油烟治理。');
    });
  });

  it('牵头督导 / 牵头推进 name the lead as 牵头 does', () => {
    const t = parseDocument(plan('1.排查整治“散乱污”企业。(市生态环境局、市工信局牵头督导,市公安局参与)', '2.治理扬尘污染。(市住建局牵头推进,市城管局参与)')).plan!.tasks;
    expect(t.map((x) => [x.leadUnits.map((u) => u.name), x.units.map((u) => u.name)])).toEqual([
      [['市生态环境局', '市工信局'], ['市公安局']],
      [['市住建局'], ['市城管局']],
    ]);
  });

  it('a damaged copy: a bracket left with only `(B、C参与)` is missing its lead, and only that (its units are read)', () => {
    const tasks = ['制定准入清单', '整治燃煤锅炉', '治理扬尘污染', '管控机动车排放', '整治餐饮油烟'].map((x, i) => `${i + 1}.${x}。(市生态环境局牵头,市发展改革局、市工信局参与)`);
    tasks[1] = tasks[1].replace('市生态环境局牵头,', '');
    const doc = parseDocument(plan(...tasks));
    expect(doc.plan!.tasks[1].units.map((u) => [u.name, u.written.range.start.character])).toEqual([
      ['市发展改革局', tasks[1].indexOf('市发展改革局')],
      ['市工信局', tasks[1].indexOf('市工信局')],
    ]);
    const ds = lint(doc, { today: '2024-01-01' });
    expect(ds.map((d) => [d.rule, d.range.start.line])).toEqual([['missing-lead', 4]]);
  });

  // Provincial and city plans name the roles with other verbs. Each of these read nothing: a bracket
  // `(A主办,B协办)` gave B's list with `A主办` as a unit and a false missing-lead, and a plan written
  // wholly in `由A负责落实。` sentences was no plan at all.
  it('主办 / 协办, 负总责, 牵头落实 and 会同 name the lead and the units that share the work', () => {
    const t = parseDocument(
      plan('1.财政收入增长9%左右。(市财政局主办,市国税局、市地税局协办)', '2.实施老旧小区改造。(市住建局负总责,各区政府配合)', '3.推进河湖长制。(市水利局牵头落实,市生态环境局配合)', '4.实施农村公路提升工程。(市交通局会同市财政局负责)'),
    ).plan!.tasks;
    expect(t.map((x) => [x.leadUnits.map((u) => u.name), x.units.map((u) => u.name)])).toEqual([
      [['市财政局'], ['市国税局', '市地税局']],
      [['市住建局'], ['各区政府']],
      [['市水利局'], ['市生态环境局']],
      [['市交通局'], ['市财政局']],
    ]);
    const line = '4.实施农村公路提升工程。(市交通局会同市财政局负责)';
    expect(t[3].units[0].written.range).toEqual(at(6, line.indexOf('市财政局'), line.indexOf('市财政局') + 4));
  });

  it('负责落实 / 负责实施 / 组织实施 / 具体负责 name the units responsible, in brackets and as the last sentence', () => {
    const t = parseDocument(
      plan('1.做好规划信息公开。(市规划局负责落实)', '2.新建乡镇卫生院10所。由市卫生局负责实施。', '3.改造城区背街小巷30条。由市城管局组织实施。', '4.推进城乡供水一体化。(市水利局具体负责)', '5.继续实施种粮农民直接补贴。由市财政局、市农业局负责落实。'),
    ).plan!.tasks;
    expect(t.map((x) => [x.text.text, x.leadUnits.map((u) => u.name)])).toEqual([
      ['做好规划信息公开。', ['市规划局']],
      ['新建乡镇卫生院10所。', ['市卫生局']],
      ['改造城区背街小巷30条。', ['市城管局']],
      ['推进城乡供水一体化。', ['市水利局']],
      ['继续实施种粮农民直接补贴。', ['市财政局', '市农业局']],
    ]);
  });

  it('a clause of leaders opening the bracket (`分管副省长、协管副秘书长负责,`) gives the leaders, then the units\' roles', () => {
    const line = '(一)经济增长7.5%左右。(分管副省长、协管副秘书长负责,省发展改革委牵头,省统计局配合)';
    const doc = parseDocument(['红土省人民政府关于落实《政府工作报告》重点工作部门分工的意见', '省直有关单位:', '现就重点工作提出部门分工意见如下:', '一、落实主要预期目标', line, '(二)财政收入增长4%。(分管副省长负责,省财政厅牵头,省税务局配合)'].join('\n'));
    expect(doc.kind).toBe('plan');
    const [t1, t2] = doc.plan!.tasks;
    expect(t1.leaders.map((u) => [u.name, u.written.range])).toEqual([
      ['分管副省长', at(4, line.indexOf('分管副省长'), line.indexOf('分管副省长') + 5)],
      ['协管副秘书长', at(4, line.indexOf('协管副秘书长'), line.indexOf('协管副秘书长') + 6)],
    ]);
    expect([t1.leadUnits.map((u) => u.name), t1.units.map((u) => u.name)]).toEqual([['省发展改革委'], ['省统计局']]);
    expect([t2.leaders.map((u) => u.name), t2.leadUnits.map((u) => u.name)]).toEqual([['分管副省长'], ['省财政厅']]);
    // A first clause of units, not posts, is no leaders' clause: the bracket reads as before (nothing).
    expect(parseDocument(plan('1.推进招商。(区商务局负责,区财政局牵头,区发改局配合)')).plan?.tasks[0].leaders ?? []).toEqual([]);
  });

  it('a damaged copy: the lead removed from one `(A主办,B协办)` task of five is reported there, and only there', () => {
    const tasks = ['地区生产总值增长8%', '财政收入增长9%', '固定资产投资增长15%', '社会消费品零售总额增长12%', '进出口总额增长6%'].map((x, i) => `${i + 1}.${x}左右。(市发改委主办,市统计局协办)`);
    tasks[2] = tasks[2].replace('市发改委主办,', '');
    const ds = lint(parseDocument(plan(...tasks)), { today: '2024-01-01' });
    expect(ds.map((d) => [d.rule, d.range.start.line])).toEqual([['missing-lead', 5]]);
  });

  // 政务公开要点 and county plans write `(A负责,B配合)`; a provincial plan `(A牵头,B及相关盟市配合)`. The first gave a
  // false missing-lead (the bracket stayed in the text), the second lost the whole plan (0 tasks, kind notice).
  it('`(A负责,B配合)` and `(A组织实施,B参与)` name the lead and the helpers', () => {
    const line = '1.做好环境信息公开。(县生态环境局负责,县城管局配合)';
    const t = parseDocument(plan(line, '2.做好教育信息公开。(县教育局组织实施,县人社局参与)')).plan!.tasks;
    expect(t.map((x) => [x.text.text, x.leadUnits.map((u) => u.name), x.units.map((u) => u.name)])).toEqual([
      ['做好环境信息公开。', ['县生态环境局'], ['县城管局']],
      ['做好教育信息公开。', ['县教育局'], ['县人社局']],
    ]);
    expect(t[0].units[0].written.range).toEqual(at(3, line.indexOf('县城管局'), line.indexOf('县城管局') + 4));
  });

  it('a helper list joined by 及 / 以及 to a collective (`B及相关盟市`, `B以及各区县`) is read, not the bracket dropped', () => {
    const doc = parseDocument(plan('1.建设能源基地。(自治区能源开发局牵头,自治区发展改革委及相关盟市配合)', '2.建设节水示范区。(自治区水利厅牵头,自治区财政厅以及各区县配合)'));
    expect(doc.kind).toBe('plan');
    expect(doc.plan!.tasks.map((x) => [x.leadUnits.map((u) => u.name), x.units.map((u) => u.name)])).toEqual([
      [['自治区能源开发局'], ['自治区发展改革委', '相关盟市']],
      [['自治区水利厅'], ['自治区财政厅', '各区县']],
    ]);
  });

  it('a damaged copy: the 负责 clause removed from one `(A负责,B配合)` task of five is its missing-lead, there only', () => {
    const tasks = ['重大项目', '财政预决算', '社会救助', '教育', '环境'].map((x, i) => `${i + 1}.做好${x}信息公开。(县发展改革局负责,县自然资源局配合)`);
    tasks[3] = tasks[3].replace('县发展改革局负责,', '');
    const ds = lint(parseDocument(plan(...tasks)), { today: '2024-01-01' });
    expect(ds.map((d) => [d.rule, d.range.start.line])).toEqual([['missing-lead', 6]]);
  });
});

describe('roles opening the task\'s sentence: `由X负责，Y配合，…` (福建 食品放心工程 实施方案)', () => {
  const TEXT = [
    '省治理“餐桌污染”建设“食品放心工程”工作实施方案',
    '一、治理畜牧业产品污染',
    '(一)由省经贸委负责,省农业厅、环保局、福建出入境检验检疫局配合,加快省级无公害畜禽基地建设,确定一批省级规模生猪、蛋禽无公害基地。',
    '(二)由福建出入境检验检疫局、厦门出入境检验检疫局负责,省农业厅配合,强化对出口备案基地的监管。',
    '(三)由省卫生厅承办,省工商局协办,开展食品卫生专项整治。',
    '(四)由省质监局牵头,省卫生厅配合,加强食品生产加工企业监管。',
    '',
  ].join('\n');

  it('reads the lead and those who help; the sentence stays the task\'s text', () => {
    const doc = parseDocument(TEXT);
    expect(doc.kind).toBe('plan');
    expect(doc.plan!.tasks.map((t) => [t.leadUnits.map((u) => u.name), t.units.map((u) => u.name)])).toEqual([
      [['省经贸委'], ['省农业厅', '省环保局', '福建出入境检验检疫局']],
      [['福建出入境检验检疫局', '厦门出入境检验检疫局'], ['省农业厅']],
      [['省卫生厅'], ['省工商局']],
      [['省质监局'], ['省卫生厅']],
    ]);
    expect(doc.plan!.tasks[3].text.text).toBe('由省质监局牵头,省卫生厅配合,加强食品生产加工企业监管。');
    const lead = doc.plan!.tasks[0].leadUnits[0].written.range;
    expect(lead).toEqual({ start: { line: 2, character: 4 }, end: { line: 2, character: 8 } });
    expect(lint(doc, { today: '2005-06-01' })).toEqual([]);
  });

  it('a sentence that merely opens with 由 (`由各地负责组织…`, no comma after the role) is no roles clause', () => {
    const text = ['某某工作实施方案', '一、总体要求', '(一)由各地结合实际制定具体措施。', '(二)由于条件所限,暂缓实施。', ''].join('\n');
    expect(parseDocument(text).plan?.tasks.flatMap((t) => t.fields) ?? []).toEqual([]);
  });
});

describe('the 国办 分工通知: roles in the item\'s last clause, `由X会同Y等部门负责落实` (国办函〔2014〕31号)', () => {
  const text = [
    '国务院办公厅关于落实中共中央国务院',
    '关于全面深化农村改革加快推进农业现代化',
    '若干意见有关政策措施分工的通知',
    '国办函〔2014〕31号',
    '国务院各部委、各直属机构:',
    '  经国务院同意,现就有关事项通知如下:',
    '  一、工作分工',
    '  (一)关于“确保谷物基本自给、口粮绝对安全”的问题,由发展改革委会同中央农办、农业部、财政部、粮食局等部门研究提出落实意见。',
    '  (二)关于“严守耕地保护红线,划定永久基本农田”的问题,由国土资源部会同农业部等部门负责落实。',
  ].join('\n');
  it('is a plan of two tasks: who leads, with whom; each item\'s text ends before the clause', () => {
    const doc = parseDocument(text);
    expect(doc.kind).toBe('plan');
    expect(doc.plan!.tasks.map((t) => [t.text.text, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name)])).toEqual([
      ['关于“确保谷物基本自给、口粮绝对安全”的问题', ['发展改革委'], ['中央农办', '农业部', '财政部', '粮食局']],
      ['关于“严守耕地保护红线,划定永久基本农田”的问题', ['国土资源部'], ['农业部']],
    ]);
    expect(lint(doc)).toEqual([]);
  });
  it('a clause that names no one after 由 is the item\'s words, not its roles', () => {
    const plain = parseDocument(text.replace('由国土资源部会同农业部等部门负责落实', '由各地结合实际抓好落实'));
    expect(plain.plan?.tasks.find((t) => t.numbering.value === 2)?.leadUnits ?? []).toEqual([]);
  });
});

describe('a city\'s 大气 plans (hunt 20): roles in several clauses, and a 负责 after each sentence of a task', () => {
  const TASKS = [
    '1.严格环境准入。落实高耗能、高污染和资源型行业准入条件。(市生态环境局牵头,市发改委、市经信局等参与,县(市、区)政府负责落实)',
    '2.优化产业布局。加快重污染企业搬迁改造。(市生态环境局牵头,市自然资源和规划局参与,县(市、区)政府负责落实)',
    '3.推进清洁取暖。完成散煤替代。(市发改委牵头,市住建局参与。以下均需县(市、区)政府落实,不再列出)',
  ];

  it('after the lead, each clause of units with its part (`等参与`, `负责落实`) shares the work (the bracket was left unread)', () => {
    const doc = parseDocument(plan(...TASKS));
    expect(doc.plan!.tasks.map((t) => [t.text.text, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name)])).toEqual([
      ['严格环境准入。落实高耗能、高污染和资源型行业准入条件。', ['市生态环境局'], ['市发改委', '市经信局', '县(市、区)政府']],
      ['优化产业布局。加快重污染企业搬迁改造。', ['市生态环境局'], ['市自然资源和规划局', '县(市、区)政府']],
      ['推进清洁取暖。完成散煤替代。', ['市发改委'], ['市住建局']],
    ]);
    const county = doc.plan!.tasks[0].units[2];
    const start = TASKS[0].indexOf('县(市、区)政府');
    expect(county.written.range).toEqual(at(3, start, start + 8));
    expect(lint(doc, { today: '2020-06-01' })).toEqual([]);
  });

  it('a clause of work (`加强督导`, `全力推进`, `各方共同参与`) names no one: it is passed over, the units around it are read', () => {
    const lines = [
      '1.推进燃煤锅炉整治。(市生态环境局牵头,加强督导,各县区负责落实)',
      '2.开展餐饮油烟治理。(市城管局牵头,各区政府分别负责)',
      '3.加强扬尘管控。(市住建局牵头,市交通运输局、市水利局全力配合)',
      '4.推进柴油货车治理。(市公安局牵头,市交通运输局配合,全力推进)',
      '5.优化营商环境。(市政务服务局牵头,市司法局等参与,各方共同参与)',
      '6.强化秸秆禁烧。(市农业农村局牵头,市财政局,市住建局配合)',
      '7.加强监测预警。(市生态环境局牵头,市气象局)',
      '8.推进工业治理。(市经信局牵头,全力推进)',
    ];
    const doc = parseDocument(plan(...lines));
    expect(doc.plan!.tasks.map((t) => [t.text.text, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name)])).toEqual([
      ['推进燃煤锅炉整治。', ['市生态环境局'], ['各县区']],
      ['开展餐饮油烟治理。', ['市城管局'], ['各区政府']],
      ['加强扬尘管控。', ['市住建局'], ['市交通运输局', '市水利局']],
      ['推进柴油货车治理。', ['市公安局'], ['市交通运输局']],
      ['优化营商环境。', ['市政务服务局'], ['市司法局']],
      ['强化秸秆禁烧。', ['市农业农村局'], ['市财政局', '市住建局']],
      ['加强监测预警。', ['市生态环境局'], ['市气象局']],
      ['推进工业治理。', ['市经信局'], []],
    ]);
    // The names listed with a comma before the clause's word are one field, at their place.
    const f = doc.plan!.tasks[5].fields.find((x) => x.role === 'units')!;
    const from = lines[5].indexOf('市财政局');
    expect(f.value.range).toEqual(at(3 + 5, from, from + '市财政局,市住建局'.length));
    // Task 4 lost its lead to the clause of work (a false missing-lead, missing-units): only task 8, whose lead works alone
    // while its neighbours name units beside theirs, is reported.
    expect(lint(doc, { today: '2020-06-01' }).map((d) => [d.rule, d.range.start.line])).toEqual([['missing-units', 10]]);
  });
  it('a clause that is neither units nor work, or a lead that names no unit with no one after it, leaves the bracket unread', () => {
    const doc = parseDocument(plan('1.加强扬尘管控。(强化部门联动牵头,全力推进)', '2.推进治理。(市公安局牵头,研究制定方案)', '3.推进治理。(市公安局牵头,市财政局,全力推进)'));
    expect(doc.plan!.tasks.map((t) => t.fields.length)).toEqual([0, 0, 0]);
  });

  const food = (first: string) => ['2020年食品安全重点工作安排', '一、年度重点任务', first, '2.实施源头治理专项行动。开展耕地土壤污染防治。(区生态环境分局负责)'].join('\n');
  it('`…。(区卫生健康委负责)严格…。(区农业农村局负责)`: each sentence\'s 负责 names whom it falls to (the first was lost)', () => {
    const doc = parseDocument(food('1.实施风险评估和标准贯宣专项行动。完善食品安全标准管理制度。(区卫生健康委负责)严格落实农药残留限量新标准。(区农业农村局负责)'));
    expect(doc.plan!.tasks[0].leadUnits.map((u) => u.name)).toEqual(['区卫生健康委', '区农业农村局']);
  });
  it('a 负责 inside a sentence (`…制度（由各地负责）。`) stays a remark', () => {
    const doc = parseDocument(food('1.完善食品安全标准管理制度（由各地负责）。严格落实农药残留限量新标准。(区农业农村局负责)'));
    expect(doc.plan!.tasks[0].leadUnits.map((u) => u.name)).toEqual(['区农业农村局']);
  });
});

describe('a sentence of roles opened by words before its 由, or alone on the line under its task (probe 21)', () => {
  it('`…。此项工作由X牵头，Y配合，2025年12月底前完成。`: X leads (it was read as `此项工作由X`)', () => {
    const line = '1.实施重点项目100个。此项工作由县发展改革局牵头，县财政局配合，2025年12月底前完成。';
    const doc = parseDocument(plan(line, '2.争取专项债券资金10亿元。具体由县财政局牵头，县发展改革局配合，2025年9月底前完成。'));
    expect(doc.plan!.tasks.map((t) => [t.text.text, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name), t.deadline?.date])).toEqual([
      ['实施重点项目100个。', ['县发展改革局'], ['县财政局'], '2025-12-31'],
      ['争取专项债券资金10亿元。', ['县财政局'], ['县发展改革局'], '2025-09-30'],
    ]);
    const at0 = line.indexOf('县发展改革局');
    expect(doc.plan!.tasks[0].leadUnits[0].written.range).toEqual(at(3, at0, at0 + 6));
  });
  it('a task\'s sentence opening with its roles and closing with its work (`由X牵头，Y配合，做好项目申报。`) keeps its words', () => {
    const doc = parseDocument(plan('1.由区发改局牵头，区财政局配合，做好项目申报。', '2.由区商务局牵头，区财政局配合，推进招商。'));
    expect(doc.plan!.tasks.map((t) => [t.text.text, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name)])).toEqual([
      ['由区发改局牵头，区财政局配合，做好项目申报。', ['区发改局'], ['区财政局']],
      ['由区商务局牵头，区财政局配合，推进招商。', ['区商务局'], ['区财政局']],
    ]);
  });
  it('the sentence alone on the next line is the task\'s fields, not more of its text', () => {
    const doc = parseDocument(plan('1.实施重点项目100个，完成投资80亿元。', '此项工作由县发展改革局牵头，县财政局、县自然资源局配合，2025年12月底前完成。', '2.争取专项债券资金10亿元。', '由县财政局牵头，县发展改革局配合。'));
    expect(doc.plan!.tasks.map((t) => [t.text.text, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name), t.deadline?.date ?? null])).toEqual([
      ['实施重点项目100个，完成投资80亿元。', ['县发展改革局'], ['县财政局', '县自然资源局'], '2025-12-31'],
      ['争取专项债券资金10亿元。', ['县财政局'], ['县发展改革局'], null],
    ]);
  });
  it('a damaged copy: the lead deleted from `由X牵头，Y配合，…` leaves Y sharing the work, and only missing-lead is reported', () => {
    const lines = ['1.谋划储备重大项目120个。由县发展改革局牵头，县财政局配合，2024年6月底前完成。', '2.实施农村人居环境整治项目50个。县住房城乡建设局、县生态环境局配合，2024年12月底前完成。', '3.开展促消费活动30场次。由县商务局牵头，县文旅局配合，2024年12月底前完成。'];
    const doc = parseDocument(plan(...lines));
    expect(doc.plan!.tasks[1].units.map((u) => u.name)).toEqual(['县住房城乡建设局', '县生态环境局']);
    expect(doc.plan!.tasks[1].deadline?.date).toBe('2024-12-31');
    expect(lint(doc, { today: '2024-01-01' }).map((d) => [d.rule, d.range.start.line])).toEqual([['missing-lead', 4]]);
    // Unbracketed, a sentence of helpers names whole units only.
    const prose = parseDocument(plan(lines[0], '2.实施农村人居环境整治项目50个。各部门要密切配合。', lines[2]));
    expect(prose.plan!.tasks[1].fields).toEqual([]);
  });
});

describe('a bracket of roles, then a bracket of the deadline alone', () => {
  it('`…。(市发改委负责)(2024年底前完成)`: both are the task\'s fields, the deadline at its place (the lead was lost, or read as `(市商务局`)', () => {
    const lines = ['1.推进项目建设。(市发改委负责)(2024年底前完成)', '2.优化营商环境。(市商务局牵头,市财政局配合)(2024年6月底前)'];
    const doc = parseDocument(plan(...lines));
    expect(doc.plan!.tasks.map((t) => [t.text.text, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name), t.deadline?.text])).toEqual([
      ['推进项目建设。', ['市发改委'], [], '2024年底前完成'],
      ['优化营商环境。', ['市商务局'], ['市财政局'], '2024年6月底前'],
    ]);
    const at2 = lines[1].indexOf('2024');
    expect(doc.plan!.tasks[1].deadline!.range).toEqual(at(4, at2, at2 + 9));
    expect(lint(doc, { today: '2024-01-01' })).toEqual([]);
  });
  it('a remark in a bracket before the deadline\'s is no role: the line reads as before', () => {
    for (const note of ['(含2个省级)', '(含2个省级示范区)', '(资金由区财政局负责)']) {
      const doc = parseDocument(plan(`1.推进对外开放。${note}(2024年底)`));
      expect(doc.plan!.tasks[0].fields, note).toEqual([]);
    }
  });
});
