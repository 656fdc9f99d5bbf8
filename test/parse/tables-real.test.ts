/**
 * Task tables as real notices copied from government web pages lay them out: other header words,
 * part rows and extra columns inside a table written a cell per line, cells closed by bars, cells
 * parted by single spaces, a unit list written a name per line. Each was read as no table at all
 * (the plan then had no tasks, and the checker said nothing).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { roleOfHeaderCell, rolesOfHeader } from '../../server/src/core/parse/labels';
import { lint } from '../../server/src/core/rules';

const TITLE = ['2024年重点工作任务分工方案', ''];

const summary = (text: string) =>
  parseDocument(text).plan?.tasks.map((t) => ({
    n: t.numbering.value,
    text: t.text.text,
    leaders: t.leaders.map((u) => u.name),
    lead: t.leadUnits.map((u) => u.name),
    units: t.units.map((u) => u.name),
    deadline: t.deadline?.text ?? null,
  }));

describe('header words', () => {
  it('names the column of the task text in the words notices use', () => {
    for (const h of ['重点工作', '民生实事', '项目名称', '主要内容', '工作目标', '主要工作任务', '主 要 工 作 任 务', '工 作 任 务'])
      expect(roleOfHeaderCell(h), h).toBe('text');
  });

  it('names unit columns in the words notices use', () => {
    for (const h of ['承办单位', '实施主体', '协同单位', '协同责任单位', '责任主体与协同单位']) expect(roleOfHeaderCell(h), h).toBe('units');
    for (const h of ['责任主体', '牵头责任单位', '牵头负责部门']) expect(roleOfHeaderCell(h), h).toBe('leadUnits');
    for (const h of ['任务来源', '备注', '政策依据', '具体要求']) expect(roleOfHeaderCell(h), h).toBeUndefined();
  });

  it('具体要求 is the text only in a table with no other text column', () => {
    expect(rolesOfHeader(['序号', '具体要求', '责任单位'])).toEqual(['number', 'text', 'units']);
    expect(rolesOfHeader(['序号', '工作任务', '具体要求', '责任单位'])).toEqual(['number', 'text', undefined, 'units']);
    // A second column of words is an extra column: 全年目标任务 beside 主要任务.
    expect(rolesOfHeader(['序号', '主要任务', '全年目标任务', '牵头单位'])).toEqual(['number', 'text', undefined, 'leadUnits']);
  });

  it('reads a table written a cell per line under those words, an unused column beside', () => {
    const text = [...TITLE, '序号', '民生实事', '承办单位', '政策依据', '完成时限', '1', '新建社区食堂5个。', '区民政局', '区委常委会纪要', '2024年10月底', '2', '改造背街小巷20条。', '区住建局', '区政府常务会议', '2024年11月底'].join('\n');
    expect(summary(text)).toEqual([
      { n: 1, text: '新建社区食堂5个。', leaders: [], lead: [], units: ['区民政局'], deadline: '2024年10月底' },
      { n: 2, text: '改造背街小巷20条。', leaders: [], lead: [], units: ['区住建局'], deadline: '2024年11月底' },
    ]);
  });

  it('reads a tab-separated table whose text column is 具体要求', () => {
    const text = [...TITLE, '序号\t具体要求\t牵头负责部门\t实施主体\t备注', '1\t建成智慧停车平台。\t区城管局\t区数据局\t续建', '2\t完成河道清淤10公里。\t区水务局\t各街道办事处\t'].join('\n');
    expect(summary(text)).toEqual([
      { n: 1, text: '建成智慧停车平台。', leaders: [], lead: ['区城管局'], units: ['区数据局'], deadline: null },
      { n: 2, text: '完成河道清淤10公里。', leaders: [], lead: ['区水务局'], units: ['各街道办事处'], deadline: null },
    ]);
  });
});

describe('a table written a cell per line, with part rows and an extra column', () => {
  const text = [
    ...TITLE,
    ...['序号', '重点工作', '牵头责任单位', '协同责任单位', '任务来源'].flatMap((c) => [c, '']),
    '一、张明副市长负责事项（共2项）',
    '',
    ...['1', '推进重大项目集中开工。', '市发展改革委', '市财政局、市自然资源局', '市政府工作报告'].flatMap((c) => [c, '']),
    ...['2', '完善企业服务专员制度。', '市工业和信息化局', '市政府各部门', '市委经济工作会议'].flatMap((c) => [c, '']),
    '二、李华副市长负责事项（共1项）',
    '',
    ...['3', '新增城镇就业2万人。', '市人社局', '市财政局', '市政府工作报告'].flatMap((c) => [c, '']),
  ].join('\n');

  it('reads every row, the 任务来源 cell in no field and no text', () => {
    expect(summary(text)).toEqual([
      { n: 1, text: '推进重大项目集中开工。', leaders: [], lead: ['市发展改革委'], units: ['市财政局', '市自然资源局'], deadline: null },
      { n: 2, text: '完善企业服务专员制度。', leaders: [], lead: ['市工业和信息化局'], units: ['市政府各部门'], deadline: null },
      { n: 3, text: '新增城镇就业2万人。', leaders: [], lead: ['市人社局'], units: ['市财政局'], deadline: null },
    ]);
  });

  it('makes each part row a part holding its rows, with its stated count', () => {
    const plan = parseDocument(text).plan!;
    expect(plan.sections.map((s) => [s.level, s.title.text, s.statedCount?.value ?? null, s.children.length])).toEqual([
      ['part', '张明副市长负责事项（共2项）', 2, 2],
      ['part', '李华副市长负责事项（共1项）', 1, 1],
    ]);
  });
});

describe('cells closed by bars', () => {
  const rows = [['序号', '重点工作', '责任领导', '责任单位', '完成时限'], ['1', '建成人才公寓300套。', '王强', '规划建设局', '2024年12月底'], ['2', '引进科技型企业20家。', '李娜', '科技创新局、招商服务局', '2024年11月底']];

  it('reads a cell closed by ` |` on its line', () => {
    const text = [...TITLE, ...rows.flat().map((c) => `${c} |`)].join('\n');
    const doc = parseDocument(text);
    expect(summary(text)).toEqual([
      { n: 1, text: '建成人才公寓300套。', leaders: ['王强'], lead: [], units: ['规划建设局'], deadline: '2024年12月底' },
      { n: 2, text: '引进科技型企业20家。', leaders: ['李娜'], lead: [], units: ['科技创新局', '招商服务局'], deadline: '2024年11月底' },
    ]);
    // The bar is no part of a cell.
    const t2 = doc.plan!.tasks[1];
    expect(t2.numbering.marker.text).toBe('2');
    expect(t2.fields.map((f) => f.value.text)).toEqual(['李娜', '科技创新局、招商服务局', '2024年11月底']);
  });

  it('reads a bar alone on a line between cells', () => {
    const text = [...TITLE, ...rows.flat().flatMap((c) => [c, '|'])].join('\n');
    expect(summary(text)!.map((t) => [t.n, t.text, t.units, t.deadline])).toEqual([
      [1, '建成人才公寓300套。', ['规划建设局'], '2024年12月底'],
      [2, '引进科技型企业20家。', ['科技创新局', '招商服务局'], '2024年11月底'],
    ]);
  });
});

describe('cells parted by single spaces', () => {
  it('reads rows under a header spaced out a character at a time', () => {
    const text = [...TITLE, '序号 工 作 任 务 牵头负责部门 完成时限', '1 粮食产量稳定在120万吨以上 市农业农村局 2024年10月底', '2 新建5G基站800个 市工业和信息化局 2024年12月底', '3 完成营造林面积3万亩'].join('\n');
    expect(summary(text)).toEqual([
      { n: 1, text: '粮食产量稳定在120万吨以上', leaders: [], lead: ['市农业农村局'], units: [], deadline: '2024年10月底' },
      { n: 2, text: '新建5G基站800个', leaders: [], lead: ['市工业和信息化局'], units: [], deadline: '2024年12月底' },
      // A row with no field cells: an absent lead and deadline, its text whole.
      { n: 3, text: '完成营造林面积3万亩', leaders: [], lead: [], units: [], deadline: null },
    ]);
  });

  it('keeps the spaces inside a task text', () => {
    const text = [...TITLE, '序号 工作任务 牵头单位', '1 推进 老旧小区 改造 区住建局', '2 建成口袋公园10个 区城管局'].join('\n');
    expect(summary(text)!.map((t) => [t.text, t.lead])).toEqual([
      ['推进 老旧小区 改造', ['区住建局']],
      ['建成口袋公园10个', ['区城管局']],
    ]);
  });

  it('never reads prose with spaces as a row: not without a header, not after the table', () => {
    const noHeader = [...TITLE, '一、稳增长', '1 推进项目建设 区发改局 2024年12月底', '2 推进招商引资 区商务局 2024年12月底'].join('\n');
    expect(parseDocument(noHeader).plan?.tasks.some((t) => t.fields.some((f) => f.layout === 'table')) ?? false).toBe(false);
    const after = [...TITLE, '序号 工作任务 牵头单位', '1 建成口袋公园10个 区城管局', '以上任务请各单位按季度报送进展 情况。', '2 年内 完成 区财政局'].join('\n');
    expect(summary(after)!.map((t) => t.n)).toEqual([1]);
    const year = [...TITLE, '序号 工作任务 牵头单位', '1 建成口袋公园10个 区城管局', '2024 年各项任务 区政府办'].join('\n');
    expect(summary(year)!.map((t) => t.n)).toEqual([1]);
  });
});

describe('a table copied from a web page with single spaces between its cells (渭南市教育局 2020)', () => {
  // Real lines (hunt d1, document 06): a unit list wrapped in its cell keeps the blank after its `、`; the 备注 column
  // names who else answers; a second line of work under row 2's merged 序号 cell has no number.
  const text = [
    '渭南市教育局关于印发《渭南市教育系统2020年巩固国家卫生城市工作任务》的通知',
    '',
    '临渭区、华州区、高新区、经开区教育局,机关相关科室,局属各单位:',
    '',
    '为了全面做好全市教育系统国家卫生城市巩固提升工作,现将《渭南市教育系统2020年巩固国家卫生城市工作任务》印发给你们,请抓好贯彻落实。',
    '',
    '渭南市教育局',
    '',
    '2020年4月7日',
    '',
    '渭南市教育系统2020年巩固国家卫生城市工作任务',
    '',
    '(一)共性工作任务',
    '',
    '序号 工作任务 责任部门 备注',
    '1 健全本单位巩固国卫组织机构和工作网咯,做到人员稳定,工作运转正常。 基教科 各区教育局、 市局直属单位',
    '2 坚持将巩固国卫工作列入本部门年度综合目标考核内容,严格考核奖惩。 人秘科 各区教育局、 市局直属单位',
    '完成市创建办下达的阶段性和年度创建目标任务。 各科室',
    '3 落实门前“四包”责任制,督促指导本系统下属单位做好爱国卫生、病媒生物防制、健康教育、环境秩序、食品安全等常态化管理,每季度开展一次督导检查和考核评比。 体卫艺安全稳定科 各区教育局、 市局直属单位',
    '4 开展无烟单位创建。强化室内禁烟劝阻,每季度更换一期健康教育专栏,开展一次卫生知识培训或健康讲座。 体卫艺安全稳定科 各区教育局、 市局直属单位',
    '5 坚决贯彻落实中、省、市关于新型冠状病毒疫情防控的有关安排部署,完成渭南市 应对新型冠状病毒感染肺炎疫情工作领导小组下达的各项工作任务。 体卫艺安全稳定科 各区教育局、 市局直属单位',
  ].join('\n');

  it('reads each row cell by cell: the 责任部门 a 科 of the bureau, the unit list under 备注 whole, a space in the words kept', () => {
    const doc = parseDocument(text);
    expect(doc.kind).toBe('plan');
    // Its title names no plan (`…工作任务`), but the notice circulates it by that name.
    expect(doc.plan!.title.map((s) => [s.text, s.range.start.line])).toEqual([['渭南市教育系统2020年巩固国家卫生城市工作任务', 10]]);
    const tasks = summary(text)!;
    expect(tasks.map((t) => [t.n, t.units])).toEqual([
      [1, ['基教科']],
      [2, ['人秘科', '各科室']],
      [3, ['体卫艺安全稳定科']],
      [4, ['体卫艺安全稳定科']],
      [5, ['体卫艺安全稳定科']],
    ]);
    expect(tasks[0].text).toBe('健全本单位巩固国卫组织机构和工作网咯,做到人员稳定,工作运转正常。');
    // The second line of work under row 2 is more of task 2.
    expect(tasks[1].text).toBe('坚持将巩固国卫工作列入本部门年度综合目标考核内容,严格考核奖惩。\n完成市创建办下达的阶段性和年度创建目标任务。');
    expect(tasks[4].text).toBe('坚决贯彻落实中、省、市关于新型冠状病毒疫情防控的有关安排部署,完成渭南市 应对新型冠状病毒感染肺炎疫情工作领导小组下达的各项工作任务。');
    // The 责任部门 cell at its exact range.
    const unit = doc.plan!.tasks[0].units[0].written.range;
    expect(text.split('\n')[unit.start.line].slice(unit.start.character, unit.end.character)).toBe('基教科');
  });

  it('finds what a reviewer would: nothing in the real rows, a row without its 责任部门 in a damaged copy', () => {
    expect(lint(parseDocument(text), { today: '2020-05-01' }).map((d) => d.rule)).toEqual([]);
    const damaged = text.replace('或健康讲座。 体卫艺安全稳定科 各区教育局、 市局直属单位', '或健康讲座。');
    const found = lint(parseDocument(damaged), { today: '2020-05-01' }).map((d) => `${d.rule} ${d.range.start.line}`);
    expect(found).toEqual(['missing-units 19']);
  });
});

describe('a unit cell written a name per line, and an unnumbered sub-row', () => {
  const text = [
    ...TITLE,
    ...['序号', '工作任务', '责任单位', '完成时限'],
    ...['1', '建设城市防洪排涝工程。', '县水利局', '县住建局', '县城管局', '2024年6月底前'],
    ...['2', '新建社区卫生服务站3个。', '县卫健局', '2024年9月底前', '配齐站点医护人员。', '县人社局', '2024年12月底前'],
    ...['3', '改造农贸市场2个。', '县商务局', '2024年10月底前'],
  ].join('\n');

  it('keeps every name of the list, none in the text', () => {
    expect(summary(text)![0]).toEqual({ n: 1, text: '建设城市防洪排涝工程。', leaders: [], lead: [], units: ['县水利局', '县住建局', '县城管局'], deadline: '2024年6月底前' });
  });

  it('reads a sub-row without a number as more of the task above it', () => {
    const tasks = summary(text)!;
    expect(tasks.map((t) => t.n)).toEqual([1, 2, 3]);
    expect(tasks[1]).toEqual({ n: 2, text: '新建社区卫生服务站3个。\n配齐站点医护人员。', leaders: [], lead: [], units: ['县卫健局', '县人社局'], deadline: '2024年9月底前' });
    expect(tasks[2].units).toEqual(['县商务局']);
  });

  it('a lead column and a units column still take one list each', () => {
    const two = [...TITLE, '序号', '工作任务', '牵头单位', '配合单位', '1', '推进垃圾分类。', '区城管局', '区住建局', '2', '推进厕所革命。', '区农业农村局', '区城管局'].join('\n');
    expect(summary(two)!.map((t) => [t.lead, t.units])).toEqual([
      [['区城管局'], ['区住建局']],
      [['区农业农村局'], ['区城管局']],
    ]);
  });
});

describe('a tab row a cell short (a cell merged over rows in the source)', () => {
  const head = '序号\t重点任务\t牵头单位\t责任单位\t完成时限';
  const text = ['乙区2024年重点工作任务分解表', head, '1\t建设丙园区。\t区发改局\t区财政局\t2024年12月底', '2\t新建丁小学。\t区住建局\t2024年9月底', '3\t新增就业2000人。\t区人社局\t各街道\t2024年12月底'].join('\n');
  it('keeps its deadline as the deadline, at its cell, and reads no deadline as a unit', () => {
    const t = parseDocument(text).plan!.tasks[1];
    const line = text.split('\n')[3];
    expect([t.leadUnits.map((u) => u.name), t.units.map((u) => u.name), t.deadline?.date]).toEqual([['区住建局'], [], '2024-09-30']);
    expect(t.deadline?.range).toEqual({ start: { line: 3, character: line.indexOf('2024') }, end: { line: 3, character: line.length } });
    expect(t.fields.find((f) => f.role === 'deadline')?.label.text).toBe('完成时限');
  });
  it('a row with every cell keeps each in its column', () => {
    const t = parseDocument(text).plan!.tasks[2];
    expect([t.units.map((u) => u.name), t.deadline?.date]).toEqual([['各街道'], '2024-12-31']);
  });
});

describe('a tab sub-row under a merged 序号 cell', () => {
  const head = '序号\t民生实事\t责任单位\t完成时限';
  const lines = ['乙区2024年民生实事任务分解表', head, '1\t新建人行天桥2座。\t区住建局\t9月底前', '2\t开工建设区养老院。\t区民政局\t5月底前动工', '\t开工建设老年大学。\t12月底前', '3\t新建农贸市场1个。\t区商务局\t12月底前'];
  it('is more of the task above: its text is kept at its own line, and its cells are that task\'s fields', () => {
    const doc = parseDocument(lines.join('\n'));
    const t = doc.plan!.tasks[1];
    expect(doc.plan!.tasks.map((x) => x.numbering.value)).toEqual([1, 2, 3]);
    expect(t.text.text).toBe('开工建设区养老院。\n开工建设老年大学。');
    expect(t.range.end).toEqual({ line: 4, character: lines[4].length });
    expect(t.fields.filter((f) => f.role === 'deadline').map((f) => [f.value.text, f.range.start.line])).toEqual([
      ['5月底前动工', 3],
      ['12月底前', 4],
    ]);
  });
});

describe('a row a cell or two short, under a cell the source merged over rows (广东卫健委 2021 台账)', () => {
  const table = [
    '2021年政务公开工作重点任务台账',
    '序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |',
    '1 | 做好常态化疫情防控信息发布 | 重点围绕散发疫情、隔离管控、流调溯源等发布权威信息 | 应急处、监督处 | 长期推进 | |',
    '2 | 扎实做好疫苗接种信息公开和舆论引导工作 | 疾控处 | 长期推进 |',
    '3 | 提高新冠肺炎疫情信息发布规范化水平 | 宣传处 | 2021年8月前 |',
  ];
  it('puts each cell in the column its words fit: the office under 责任处室, the date under 完成时限', () => {
    const tasks = parseDocument(table.join('\n')).plan!.tasks;
    expect(tasks.map((t) => [t.text.text, t.units.map((u) => u.name), t.deadline?.text])).toEqual([
      ['做好常态化疫情防控信息发布', ['应急处', '监督处'], '长期推进'],
      ['扎实做好疫苗接种信息公开和舆论引导工作', ['疾控处'], '长期推进'],
      ['提高新冠肺炎疫情信息发布规范化水平', ['宣传处'], '2021年8月前'],
    ]);
    const f = tasks[1].fields.find((x) => x.role === 'units')!;
    expect([f.label.text, f.value.range.start]).toEqual(['责任处室', { line: 3, character: 26 }]);
  });
  it('a merged category column before the task (园林城市 2010): the lead stays the lead, the helpers the helpers', () => {
    const text = [
      '任务内容 | 国家园林城市标准或要求 | 工作内容及要求 | 责任单位或牵头单位 | 协助单位 | 完成期限 |',
      '生态环境 | 1、城市大环境绿化扎实开展,效果明显。 | 禁止开发城市周围的自然山体。 | 市林业局 | 有关部门 | 2010年 |',
      '2、按照城市卫生、安全、防灾等要求建设防护绿地。 | 加强建成区防护绿地的建设。 | 市规划局、市建设局 | 有关部门 | 2010年 |',
    ].join('\n');
    const tasks = parseDocument(text).plan!.tasks;
    expect(tasks.map((t) => [t.leadUnits.map((u) => u.name), t.units.map((u) => u.name)])).toEqual([
      [['市林业局'], ['有关部门']],
      [['市规划局', '市建设局'], ['有关部门']],
    ]);
  });
  it('a full row keeps its cells in order, and a cell that fits nowhere stays in its own column', () => {
    const cut = [...table.slice(0, 2), '2 | 服务业增加值 | 增长6% | 区发改经信局、区 | 2021年 |'].join('\n');
    const t = parseDocument(cut).plan!.tasks[0];
    expect([t.text.text, t.units.map((u) => u.name), t.deadline?.text]).toEqual(['服务业增加值', ['区发改经信局', '区'], '2021年']);
  });
});

describe('a table with no 序号 whose tasks number themselves in their cell, under a merged category (江门 2021 政务公开)', () => {
  const text = [
    '工作任务 | 具体要求 | 责任部门 |',
    '一、做好财政信息公开。 | 1.积极推进本中心预算、决算及相关报表公开。 | 财务科 |',
    '二、做好政府网站专栏信息公开。 | 2.及时更新网站频道的各类型概况信息。 | 办公室 |',
    '3.及时反馈网民对调查征集信息的意见。 | 各科室 | |',
    '4.及时更新微信公众号信息。 | 办公室牵头,各科室配合 | |',
  ].join('\n');
  it('reads each category as a heading and each numbered cell as its task, numbered as written, with its unit', () => {
    const doc = parseDocument(text);
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.text.text, t.path.map((s) => s.title.text), t.leadUnits.map((u) => u.name), t.units.map((u) => u.name)])).toEqual([
      [1, '积极推进本中心预算、决算及相关报表公开。', ['做好财政信息公开。'], [], ['财务科']],
      [2, '及时更新网站频道的各类型概况信息。', ['做好政府网站专栏信息公开。'], [], ['办公室']],
      [3, '及时反馈网民对调查征集信息的意见。', ['做好政府网站专栏信息公开。'], [], ['各科室']],
      [4, '及时更新微信公众号信息。', ['做好政府网站专栏信息公开。'], ['办公室'], ['各科室']],
    ]);
    expect(doc.plan!.tasks[0].numbering.marker.range).toEqual({ start: { line: 1, character: 14 }, end: { line: 1, character: 16 } });
    expect(lint(doc)).toEqual([]);
  });
  it('a number skipped there is reported at the row that skips it, and nothing else', () => {
    const skipped = lint(parseDocument(text.replace('4.及时更新', '5.及时更新')));
    expect(skipped.map((d) => [d.rule, d.range.start.line])).toEqual([['numbering-gap', 4]]);
  });
});

describe('a row that opens a part and a chapter in cells before its numbered task (浙江 区级 政务公开 台账 2022, hunt d16)', () => {
  const text = [
    '主要工作任务 | 任务内容 | 完成时限 | 责任单位 |',
    '一、围绕中心工作,提升重点领域信息公开质量 | (一)聚焦共同富裕示范先行区建设加大公开力度 | 1.做好共同富裕示范先行区行动计划执行情况信息公开,集中展示建设成果。 | 全年 | 区发改局、区级其他有关部门,各街道办事处 |',
    '2.加强稳进提质系列政策的集成发布、权威解读。 | 全年 | 区发改局、区级其他有关部门,各街道办事处 |',
    '(二)聚焦打造一流营商环境加大公开力度 | 3.建立健全市场主体反映投资和工程建设项目审批问题的办理和反馈机制。 | 三季度前 | 区发改局、区住建局 |',
    '4.加强反垄断、反不正当竞争、知识产权保护等领域执法信息公开。 | 全年 | 区市场监管局,各街道办事处 |',
  ].join('\n');
  it('heads the rows with the part and the chapter, each task numbered as written with its deadline and units', () => {
    const doc = parseDocument(text);
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.path.map((s) => s.title.text.slice(0, 6)), t.text.text.slice(0, 6), t.units.map((u) => u.name), t.deadline?.text])).toEqual([
      [1, ['围绕中心工作', '聚焦共同富裕'], '做好共同富裕', ['区发改局', '区级其他有关部门', '各街道办事处'], '全年'],
      [2, ['围绕中心工作', '聚焦共同富裕'], '加强稳进提质', ['区发改局', '区级其他有关部门', '各街道办事处'], '全年'],
      [3, ['围绕中心工作', '聚焦打造一流'], '建立健全市场', ['区发改局', '区住建局'], '三季度前'],
      [4, ['围绕中心工作', '聚焦打造一流'], '加强反垄断、', ['区市场监管局', '各街道办事处'], '全年'],
    ]);
    expect(doc.plan!.tasks[0].numbering.marker.range).toEqual({ start: { line: 1, character: 49 }, end: { line: 1, character: 51 } });
    expect(doc.plan!.sections.map((s) => s.title.text.slice(0, 6))).toEqual(['围绕中心工作']);
    expect(lint(doc)).toEqual([]);
  });
  it('a task number skipped is reported at its row; a chapter skipped, at the chapter', () => {
    expect(lint(parseDocument(text.replace('4.加强反垄断', '5.加强反垄断'))).map((d) => [d.rule, d.range.start.line])).toEqual([['numbering-gap', 4]]);
    expect(lint(parseDocument(text.replace('(二)聚焦打造', '(三)聚焦打造'))).map((d) => [d.rule, d.range.start.line])).toEqual([['numbering-gap', 3]]);
  });
});

describe('a header with a column for each level of heading (`工作类别 | 工作重点 | 工作任务 | 完成时限 | 责任单位`, regression hunt)', () => {
  const text = [
    '工作类别 | 工作重点 | 工作任务 | 完成时限 | 责任单位 |',
    '一、提升重点领域信息公开质量 | (一)聚焦营商环境加大公开力度 | 1.做好行动计划执行情况信息公开。 | 全年 | 区发改局 |',
    '2.加强稳进提质系列政策的集成发布、权威解读。 | 全年 | 区发改局 |',
    '(二)聚焦重点领域 | 3.建立健全投资项目审批问题的办理和反馈机制。 | 三季度前 | 区住建局 |',
    '二、强化政策解读 | (三)做好解读 | 4.规范政策解读流程。 | 全年 | 区府办 |',
  ].join('\n');
  it('a later row with one heading and a cell too many keeps the task\'s column (regression hunt)', () => {
    const doc = parseDocument(text + '\n三、民生保障 | 5.新建学校2所。 | 全年 | 区教育局 | 区财政局 |');
    const t5 = doc.plan!.tasks.find((t) => t.numbering.value === 5)!;
    expect([t5.units.map((u) => u.name), t5.deadline?.text]).toEqual([['区教育局'], '全年']);
  });
  it('reads each cell after the task in its own column, in rows with two headings, one or none', () => {
    const doc = parseDocument(text);
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.path.length, t.units.map((u) => u.name), t.deadline?.text])).toEqual([
      [1, 2, ['区发改局'], '全年'],
      [2, 2, ['区发改局'], '全年'],
      [3, 2, ['区住建局'], '三季度前'],
      [4, 2, ['区府办'], '全年'],
    ]);
    expect(lint(doc)).toEqual([]);
  });
});

describe('a table whose category stands before 序号 (池州 2021 政务公开任务清单: `工作任务 | 序号 | 具体要求 | …`)', () => {
  const text = [
    '工作任务 | 序号 | 具体要求 | 责任科室 | 时限要求 |',
    '强化行政规范性文件集中规范公开 | 1 | 对行政规范性文件进行全面清理,并向社会公布现行有效行政规范性文件目录。 | 办公室 | 年底前 |',
    '深化政策解读形式 | 2 | 积极做好政策解读工作,持续提升政策解读质量,丰富解读形式。 | 各科室 | 持续推进 |',
    '做好主动公开基础工作 | 3 | 严格规范政府信息公开专栏,及时、集中、规范发布法定主动公开内容。 | 各科室 | 持续推进 |',
    '4 | 规范做好政府信息公开工作年度报告编制发布工作。 | 办公室 | 持续推进 |',
  ].join('\n');
  it('heads a group of its rows with each category, and reads each row from 序号 on; a row under the same category writes none', () => {
    const doc = parseDocument(text);
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.path.map((s) => s.title.text), t.text.text.slice(0, 8), t.units.map((u) => u.name), t.deadline?.text])).toEqual([
      [1, ['强化行政规范性文件集中规范公开'], '对行政规范性文件', ['办公室'], '年底前'],
      [2, ['深化政策解读形式'], '积极做好政策解读', ['各科室'], '持续推进'],
      [3, ['做好主动公开基础工作'], '严格规范政府信息', ['各科室'], '持续推进'],
      [4, ['做好主动公开基础工作'], '规范做好政府信息', ['办公室'], '持续推进'],
    ]);
    expect(lint(doc)).toEqual([]);
    const skipped = lint(parseDocument(text.replace('\n4 | 规范', '\n5 | 规范')));
    expect(skipped.map((d) => [d.rule, d.range.start.line])).toEqual([['numbering-gap', 4]]);
  });
});
