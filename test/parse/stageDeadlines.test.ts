/**
 * Deadlines written as the opening of a stage of the task's text (`9月底前,实现…`, `①6月底前,…;②…`), as
 * 行动计划 and 实施方案 write them instead of a 完成时限 field (山东 2022). They were not read, so `13月底前`
 * there went unreported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';
import { hover } from '../../server/src/core/features';
import { documentJson } from '../../server/src/cli/documentJson';
import { roles, tasksOf } from '../helpers/tasks';

const TEXT = readFileSync(join(__dirname, '..', 'corpus', 'stage-deadlines.txt'), 'utf8');
const LINES = TEXT.split('\n');
const lineOf = (s: string) => LINES.findIndex((l) => l.includes(s));
/** The range of the first `what` on the line holding `anchor`, as `line:start-end`. */
const at = (anchor: string, what: string) => {
  const l = lineOf(anchor);
  const c = LINES[l].indexOf(what);
  return `${l}:${c}-${c + what.length}`;
};
const TODAY = '2022-03-01';
const diags = (text: string) =>
  lint(parseDocument(text), { today: TODAY }).map((d) => `${d.rule}@${d.range.start.line}:${d.range.start.character}-${d.range.end.character}`);

describe('stage deadlines in a task\'s text', () => {
  const doc = parseDocument(TEXT);
  const task = (n: number) => doc.plan!.tasks.find((t) => t.numbering.value === n)!;
  const read = (n: number) => task(n).textDeadlines.map((d) => [d.text, d.date, d.valid]);

  it('reads each stage\'s date at its exact range, with the plan\'s year where the text leaves it out', () => {
    expect(read(1)).toEqual([['9月底前', '2022-09-30', true]]);
    const d = task(1).textDeadlines[0];
    expect(`${d.range.start.line}:${d.range.start.character}-${d.range.end.character}`).toBe(at('1. 提升设立登记便利度', '9月底前'));
    expect(read(7)).toEqual([['6月底前', '2022-06-30', true], ['2月30日前', null, false]]);
    // No 完成时限 field: the task's deadline stays null; the stages are not fields.
    expect(task(1).deadline).toBeNull();
    expect(task(1).fields.map((f) => f.role)).toEqual(['leadUnits']);
  });

  it('a date inside a sentence is no deadline: `对2021年12月31日前已取得施工许可的项目`', () => {
    expect(read(6)).toEqual([['2021年12月底前', '2021-12-31', true]]);
  });

  it('reports an impossible stage date and one before the plan\'s year, at the date, and nothing on the clean tasks', () => {
    expect(diags(TEXT)).toEqual([
      `deadline-invalid@${at('5. 推行工程建设项目', '13月底前')}`,
      `deadline-out-of-range@${at('6. 深化工程建设项目', '2021年12月底前')}`,
      `deadline-invalid@${at('7. 提升水电气暖', '2月30日前')}`,
    ]);
    const msgs = lint(doc, { today: TODAY }).map((d) => d.message);
    expect(msgs[0]).toBe('任务文字中的时限“13月底前”不是有效日期：没有13月');
    expect(msgs[2]).toBe('任务文字中的时限“2月30日前”不是有效日期：2022年2月只有28天');
  });

  it('a damaged copy: 29 February in a year that has none is reported at that date', () => {
    const damaged = TEXT.replace('3. 探索推广代位注销模式。6月底前', '3. 探索推广代位注销模式。2022年2月29日前');
    expect(diags(damaged)).toContain(`deadline-invalid@${lineOf('3. 探索推广代位注销模式')}:${'3. 探索推广代位注销模式。'.length}-${'3. 探索推广代位注销模式。2022年2月29日前'.length}`);
  });

  it('a stage due before the notice was issued is reported; one after it is not', () => {
    const notice = ['山东省人民政府办公厅关于印发营商环境创新2022年行动计划的通知', '各市人民政府：', '现将《营商环境创新2022年行动计划》印发给你们，请认真贯彻落实。', '山东省人民政府办公厅', '2022年7月1日', ''].join('\n');
    const text = notice + TEXT;
    const off = notice.split('\n').length - 1;
    const got = diags(text).filter((d) => d.startsWith('deadline-before-issue'));
    // Tasks 2 and 3 and the first stage of 7 are due at the end of June, task 6's stage in 2021; 1 and 4 in September.
    const l = (s: string) => lineOf(s) + off;
    const col = (s: string, d: string) => `${l(s)}:${LINES[lineOf(s)].indexOf(d)}-${LINES[lineOf(s)].indexOf(d) + d.length}`;
    expect(got).toEqual([
      `deadline-before-issue@${col('2. 提升银行开户效率', '6月底前')}`,
      `deadline-before-issue@${col('3. 探索推广代位注销模式', '6月底前')}`,
      `deadline-before-issue@${col('6. 深化工程建设项目联合验收', '2021年12月底前')}`,
      `deadline-before-issue@${col('7. 提升水电气暖', '6月底前')}`,
    ]);
    // With the issue date known, a stage is measured against it, not against the plan's year.
    expect(diags(text).filter((d) => d.startsWith('deadline-out-of-range'))).toEqual([]);
  });

  it('where the plan writes 完成时限 on its tasks, a task whose text gives its stages\' dates lacks none; one with neither does', () => {
    const plan = [
      '2024年优化营商环境行动计划',
      '一、主要任务',
      '1.推行企业开办一网通办。（牵头单位：县市场监管局；完成时限：2024年6月底）',
      '2.推行证照联办。（牵头单位：县行政审批局；完成时限：2024年9月底）',
      '3.提升开户效率。6月底前，推行账户信息在线推送。（牵头单位：县人民银行）',
      '4.推广简易注销。（牵头单位：县市场监管局；完成时限：2024年10月底）',
      '5.推行水电气报装联办。（牵头单位：县住建局）',
      '6.推行工程建设项目告知承诺制。（牵头单位：县住建局；完成时限：2024年11月底）',
      '7.深化联合验收。（牵头单位：县住建局；完成时限：2024年12月底）',
      '8.推行不动产登记一窗受理。（牵头单位：县自然资源局；完成时限：2024年12月底）',
      '',
    ].join('\n');
    expect(diags(plan).filter((d) => d.startsWith('missing-deadline')).map((d) => d.split('@')[1].split(':')[0])).toEqual(['6']);
  });

  it('parse --format json lists them as textDeadlines; hover on one shows its date', () => {
    const json = documentJson('x.txt', doc);
    expect(json.tasks[6].textDeadlines).toEqual([
      { text: '6月底前', date: '2022-06-30', kind: 'month-end' },
      { text: '2月30日前', date: null, kind: 'date' },
    ]);
    expect(json.tasks[0].deadline).toBeNull();
    const d = task(1).textDeadlines[0];
    const h = hover(doc, d.range.start, { today: TODAY })!;
    expect(h.range).toEqual(d.range);
    expect(h.markdown).toContain('`2022-09-30`');
  });

  it('reads a stage without a year, a quarter, a span, and one whose verb follows with no comma; not a condition after the date', () => {
    const text = [
      '南湖区2023年优化服务工作方案',
      '一、重点任务',
      '1.培育骨干企业。年底前，认定一批示范企业。（牵头单位：区工信局）',
      '2.落实减税政策。①3月底前，梳理政策清单；②二季度末前，完成兑现；③第三季度前，开展评估。（牵头单位：区税务局）',
      '3.公布事项清单。2023年10月底前编制并公布区级事项清单。（牵头单位：区行政审批局）',
      '4.延续奖补政策。2022年12月31日前，已纳入区级奖补名录的企业按原政策执行。（牵头单位：区工信局）',
      '5.稳定市场主体。2022年底前，符合条件的企业可继续享受缓缴政策；凡2022年底前，仍在缓缴期的不再申报。（牵头单位：区人社局）',
      '6.推进专项整治。2023年3月至6月底前，开展集中整治。（牵头单位：区市场监管局）',
      '',
    ].join('\n');
    const tasks = parseDocument(text).plan!.tasks;
    expect(tasks.map((t) => t.textDeadlines.map((d) => d.date))).toEqual([
      ['2023-12-31'],
      ['2023-03-31', '2023-06-30', '2023-09-30'],
      ['2023-10-31'],
      [],
      [],
      ['2023-06-30'],
    ]);
  });

  it('a three-year plan\'s stages written with 到 and a year (`到2025年，`, `力争到2026年底，`), at their ranges; a year inside a sentence is none', () => {
    const text = [
      '广元市安全生产治本攻坚三年行动方案',
      '(2024—2026年)',
      '一、重点任务',
      '1.2024年6月底前,制定重大事故隐患判定标准清单。(牵头单位:市应急局)',
      '2.到2025年,重点行业领域重大事故隐患动态清零。(牵头单位:市应急局)',
      '3.力争到2026年底,安全生产治本攻坚取得明显成效。(牵头单位:市应急局)',
      '4.对照到2027年的目标,持续推进隐患排查。(牵头单位:市应急局)',
      '',
    ].join('\n');
    const tasks = parseDocument(text).plan!.tasks;
    expect(tasks.map((t) => t.textDeadlines.map((d) => [d.text, d.date]))).toEqual([
      [['2024年6月底前', '2024-06-30']],
      [['2025年', '2025-12-31']],
      [['2026年底', '2026-12-31']],
      [],
    ]);
    const lines = text.split('\n');
    expect(tasks[1].textDeadlines[0].range).toEqual({ start: { line: 4, character: lines[4].indexOf('2025') }, end: { line: 4, character: lines[4].indexOf('2025') + 5 } });
    // A damaged copy: a stage before the plan's years is reported.
    const damaged = text.replace('到2025年', '到2022年');
    expect(lint(parseDocument(damaged), { today: '2024-03-01' }).map((d) => `${d.rule}@${d.range.start.line}`)).toEqual(['deadline-out-of-range@4']);
  });

  it('a three-year plan issued in November may ask for a first step that December: with an issue date, only a stage before it is reported', () => {
    const text = [
      '西河市人民政府办公室关于印发《西河市数字经济发展三年行动计划（2024—2026年）》的通知',
      '各县（区）人民政府，市直各单位：',
      '现将《西河市数字经济发展三年行动计划（2024—2026年）》印发给你们，请认真贯彻落实。',
      '西河市人民政府办公室',
      '2023年11月28日',
      '西河市数字经济发展三年行动计划（2024—2026年）',
      '一、重点任务',
      '1.推进园区建设。2023年12月15日前，启动园区规划编制。（牵头单位：市自然资源局；责任单位：市工信局）',
      '2.做好统计监测。2023年底前，建立数字经济统计制度。（牵头单位：市统计局；责任单位：市工信局）',
      '3.完善政策体系。2024年6月底前，出台专项扶持政策。（牵头单位：市工信局；责任单位：市财政局）',
      '',
    ].join('\n');
    expect(diags(text)).toEqual([]);
    const early = text.replace('2023年12月15日前，启动', '2023年11月15日前，启动');
    expect(diags(early)).toEqual([`deadline-before-issue@7:${'1.推进园区建设。'.length}-${'1.推进园区建设。2023年11月15日前'.length}`]);
  });
});


describe('a national 分工意见 bracket with a stage before its deadline (国发 2021: `（X牵头，3月底前出台相关政策，年内持续推进）`)', () => {
  const text = [
    '国务院关于落实《政府工作报告》重点工作分工的意见',
    '国发〔2021〕6号',
    '一、2021年经济社会发展主要目标和宏观政策',
    '(一)保持宏观政策连续性稳定性可持续性。',
    '1.积极的财政政策要提质增效、更可持续。(财政部牵头,年内持续推进)',
    '2.稳健的货币政策要灵活精准、合理适度。(人民银行牵头,年内持续推进)',
    '3.完善和落实支持小微企业的政策。(财政部、税务总局牵头,3月底前出台相关政策,年内持续推进)',
    '4.延续普惠小微企业贷款延期还本付息政策。(人民银行、银保监会牵头,6月底前出台相关政策)',
  ].join('\n');
  it('reads the lead, and both segments as the deadline, which ends with the last: no false missing-lead', () => {
    const doc = parseDocument(text);
    const task = tasksOf(text)[2];
    expect(task.text.text).toBe('完善和落实支持小微企业的政策。');
    expect(roles(task).lead).toEqual(['财政部', '税务总局']);
    expect(task.deadline).toMatchObject({ text: '3月底前出台相关政策,年内持续推进', date: '2021-12-31' });
    expect(task.deadline?.range).toEqual({ start: { line: 6, character: 29 }, end: { line: 6, character: 46 } });
    expect(lint(doc).map((d) => d.rule)).toEqual([]);
  });
  it('an impossible date in the stage is reported, though the last segment is a real deadline', () => {
    const damaged = parseDocument(text.replace('3月底前出台', '2月30日前出台'));
    const found = lint(damaged).filter((d) => d.rule === 'deadline-invalid');
    expect(found.map((d) => [d.range.start, d.message])).toEqual([
      [{ line: 6, character: 29 }, '完成时限“2月30日前出台相关政策,年内持续推进”不是有效日期：2021年2月只有28天'],
    ]);
  });
});

describe('an impossible date with no year to count it from', () => {
  it('is judged by the month\'s longest, and the message names no year the text does not', () => {
    const text = ['某县重点工作任务分工方案', '1.完成老旧小区改造，2月30日前完成。(牵头单位:县住建局)', '2.推进农村公路建设。(牵头单位:县交通运输局)'].join('\n');
    const found = lint(parseDocument(text)).filter((d) => d.rule === 'deadline-invalid');
    expect(found.map((d) => d.message)).toEqual(['任务文字中的时限“2月30日前”不是有效日期：2月最多只有29天']);
  });
});

describe('a stage date inside a clause, after who does the work (云南 2017: `财政部门2017年3月底前拨付…`)', () => {
  const plan = (text: string) =>
    parseDocument(['某省2017年稳增长若干措施', `1.加快资金拨付进度。${text}(省发展改革委牵头;省财政厅配合)`, '2.加强城市基础设施投入。(省住房城乡建设厅牵头;省财政厅配合)'].join('\n')).plan!.tasks[0];
  const stages = (text: string) => plan(text).textDeadlines.map((d) => [d.text, d.range.start.character, d.date]);
  it('is a stage when a verb of work follows its 前: each at its range, in the order written', () => {
    const text = '发展改革、财政部门2017年3月底前拨付省预算内前期工作经费。专项资金须于2017年6月底前下达60%以上、9月底前下达80%以上、11月底前全部下达到位。';
    const at = (s: string) => '1.加快资金拨付进度。'.length + text.indexOf(s);
    expect(stages(text)).toEqual([
      ['2017年3月底前', at('2017年3月'), '2017-03-31'],
      ['2017年6月底前', at('2017年6月'), '2017-06-30'],
      ['9月底前', at('9月底前'), '2017-09-30'],
      ['11月底前', at('11月底前'), '2017-11-30'],
    ]);
  });
  it('not what a clause is about (`对…前完成改造的小区`, `截至…前`), nor the month of a date with its year, nor 明年底', () => {
    expect(stages('对2016年12月31日前完成改造的小区给予奖补。')).toEqual([]);
    expect(stages('截至2017年6月底前完成的项目予以验收。')).toEqual([]);
    expect(stages('项目明年底前开工建设。')).toEqual([]);
    expect(stages('项目单位2017年6月底前完成招标。').map((s) => s[0])).toEqual(['2017年6月底前']);
  });
  it('an impossible date so written is reported at it', () => {
    const doc = parseDocument(['某省稳增长若干措施', '1.加快资金拨付进度。财政部门2017年2月30日前拨付前期工作经费。(省发展改革委牵头;省财政厅配合)', '2.加强城市基础设施投入。(省住房城乡建设厅牵头;省财政厅配合)'].join('\n'));
    expect(lint(doc).map((d) => [d.rule, d.range.start.character])).toEqual([['deadline-invalid', 15]]);
  });
});

describe('a deadline of stages over two lines (`2023年3月底前出台实施方案;` / `2023年12月底前全面推行`) (hunt d10)', () => {
  const NOTICE = ['关于印发《2023年区重点改革任务分工方案》的通知', '各街道办事处,区政府各部门:', '现将《2023年区重点改革任务分工方案》印发给你们,请认真贯彻落实。', '区人民政府办公室', '2023年4月10日', ''];
  const ownLine = [
    ...NOTICE,
    '2023年区重点改革任务分工方案',
    '',
    '1.深化工程建设项目审批制度改革,推行“拿地即开工”。',
    '牵头单位:区住建局',
    '完成时限:2023年3月底前出台实施方案;',
    '2023年12月底前全面推行',
    '2.推进公立医院综合改革,完善分级诊疗制度。',
    '牵头单位:区卫健委',
    '完成时限:2023年6月底前完成试点;',
    '2023年12月底前总结推广',
    '3.深化国有企业改革,完成区属国企整合重组。',
    '牵头单位:区国资办',
    '完成时限:2023年9月底前',
  ].join('\n');
  const perLine = [
    ...NOTICE,
    '2023年区重点改革任务台账',
    '',
    ...['序号', '改革任务', '牵头单位', '时间节点'].flatMap((c) => [c, '']),
    ...['1', '深化工程建设项目审批制度改革,推行“拿地即开工”。', '区住建局', '2023年3月底前出台实施方案;', '2023年12月底前全面推行'].flatMap((c) => [c, '']),
    ...['2', '推进公立医院综合改革,完善分级诊疗制度。', '区卫健委', '2023年6月底前完成试点;', '2023年12月底前总结推广'].flatMap((c) => [c, '']),
    ...['3', '深化国有企业改革,完成区属国企整合重组。', '区国资办', '2023年9月底前'].flatMap((c) => [c, '']),
  ].join('\n');

  for (const [name, text] of [['own-line fields', ownLine], ['a table written a cell per line', perLine]] as const) {
    it(`${name}: one deadline, dated by its last stage; no deadline-before-issue on the first, no heading made of the second`, () => {
      const doc = parseDocument(text);
      const plan = doc.plan!;
      expect(plan.tasks.map((t) => [t.numbering.value, t.deadline?.date])).toEqual([
        [1, '2023-12-31'],
        [2, '2023-12-31'],
        [3, '2023-09-30'],
      ]);
      expect(plan.sections).toEqual([]);
      const d = plan.tasks[0].deadline!;
      const lines = text.split('\n');
      const first = lines.findIndex((l) => l.includes('2023年3月底前出台实施方案'));
      expect(d.range.start).toEqual({ line: first, character: lines[first].indexOf('2023年3月') });
      expect(d.range.end).toEqual({ line: first + (name === 'own-line fields' ? 1 : 2), character: '2023年12月底前全面推行'.length });
      expect(lint(doc, { today: '2023-05-01' })).toEqual([]);
    });
  }
});
