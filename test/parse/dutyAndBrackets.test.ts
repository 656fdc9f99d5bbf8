/**
 * Layouts from provincial and city plans the seeds lack: `〔责任单位：…〕` brackets, a duty written
 * after the names (`A、B分别牵头`, `…按职责分工负责`), a note sentence after a list, the plan title
 * over two lines with a blank between, and the first-listed-leads convention in its other wordings.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, spliceStats } from '../../server/src/core/parse';
import { modelJson } from '../helpers/modelJson';
import { readSeed, SEED } from '../helpers/seeds';
import { lint } from '../../server/src/core/rules';
const lintDocument = (d: Parameters<typeof lint>[0]) => lint(d, { today: '2023-01-01' });
import type { Task, UnitRef } from '../../server/src/core/model';

const corpus = (name: string) => readFileSync(join(__dirname, '..', 'corpus', name), 'utf8');
const names = (us: readonly UnitRef[]) => us.map((u) => u.name);
/** Where each name was written: `line:start-end`. */
const where = (us: readonly UnitRef[]) => us.map((u) => `${u.written.range.start.line}:${u.written.range.start.character}-${u.written.range.end.character}`);
const taskAt = (tasks: readonly Task[], n: number) => tasks.find((t) => t.numbering.value === n)!;

describe('〔〕 brackets a task’s fields', () => {
  const text = corpus('province-bracket-fields.txt');
  const doc = parseDocument(text);
  const lines = text.split('\n');

  it('reads the (一) items as tasks with their 责任单位, and the plan title after the date line', () => {
    expect(doc.kind).toBe('plan');
    expect(doc.plan!.titleText).toBe('某省“十四五”县域商业体系建设实施方案');
    expect(doc.plan!.tasks.map((t) => t.numbering.value)).toEqual([1, 2, 3, 4, 6, 7]);
    const t2 = taskAt(doc.plan!.tasks, 2);
    expect(names(t2.units)).toEqual(['省商务厅', '省供销社']);
    // The task's text stops before the bracket.
    expect(t2.text.text).toBe('建设乡镇商贸中心。推动乡镇商贸中心改造升级，2024年底前实现主要乡镇全覆盖。');
    expect(lines[8].slice(t2.text.range.end.character, t2.text.range.end.character + 1)).toBe('〔');
  });

  it('a duty after the names is no part of the last name, and a sentence after the list is a note', () => {
    const t1 = taskAt(doc.plan!.tasks, 1);
    expect(names(t1.units)).toEqual(['省商务厅', '省发展改革委', '省财政厅']);
    const line = lines[7];
    const last = t1.units[2].written;
    expect(line.slice(last.range.start.character, last.range.end.character)).toBe('省财政厅');
    expect(line.slice(last.range.end.character).startsWith('按职责分工负责。')).toBe(true);
    // The field's value ends where the note begins.
    const field = t1.fields.find((f) => f.role === 'units')!;
    expect(field.value.text).toBe('省商务厅、省发展改革委、省财政厅按职责分工负责');
  });

  it('`A、B分别牵头，C、D配合`: A and B lead, C and D share the work', () => {
    const t3 = taskAt(doc.plan!.tasks, 3);
    expect(names(t3.leadUnits)).toEqual(['省交通运输厅', '省邮政管理局']);
    expect(names(t3.units)).toEqual(['省商务厅', '省供销社']);
    const line = lines[9];
    const at = line.indexOf('省交通运输厅');
    expect(where(t3.leadUnits)).toEqual([`9:${at}-${at + 6}`, `9:${at + 7}-${at + 13}`]);
    const d = line.indexOf('省供销社');
    expect(where(t3.units)[1]).toBe(`9:${d}-${d + 4}`);
  });

  it('reports only the planted defects: （五） skipped, （七） without 责任单位', () => {
    const diags = lintDocument(doc).map((d) => `${d.rule}@${d.range.start.line}`);
    expect(diags).toEqual(['numbering-gap@12', 'missing-units@13']);
  });

  it('damaged: dropping a closing 〕 leaves the fields unread and the bracket reported', () => {
    const damaged = text.replace('〔责任单位：省商务厅、省供销社〕', '〔责任单位：省商务厅、省供销社');
    const d = parseDocument(damaged);
    const diags = lintDocument(d).map((x) => `${x.rule}@${x.range.start.line}`);
    expect(diags).toContain('unbalanced-bracket@8');
  });
});

describe('own-line lists with a duty after the names', () => {
  const text = corpus('duty-after-names.txt');
  const doc = parseDocument(text);
  const tasks = doc.plan!.tasks;

  it('joins a title written over two lines with a blank line between, `(2024年)` closing it', () => {
    expect(doc.plan!.titleText).toBe('某市2024年政府工作报告重点工作责任分解(2024年)');
    expect(doc.plan!.title.map((s) => s.range.start.line)).toEqual([0, 2]);
  });

  it('`分别牵头` marks every name of its group as leading', () => {
    expect(names(taskAt(tasks, 3).leadUnits)).toEqual(['市人力社保局', '市农业农村局']);
    expect(taskAt(tasks, 3).units).toEqual([]);
  });

  it('`负责` and `,X配合` close a name without becoming part of it', () => {
    expect(names(taskAt(tasks, 5).leadUnits)).toEqual(['市住建局']);
    const line = text.split('\n').findIndex((l) => l === '责任单位:市住建局负责');
    expect(where(taskAt(tasks, 5).leadUnits)).toEqual([`${line}:5-9`]);
    expect([...names(taskAt(tasks, 6).leadUnits), ...names(taskAt(tasks, 6).units)]).toEqual(['市交通运输局', '市商务局', '市财政局']);
  });

  it('reads the convention `列第一位的为牵头或汇总单位`: the first 责任单位 of a task without a lead leads', () => {
    expect(doc.plan!.conventions.firstListedLeads).toBe(true);
    expect(names(taskAt(tasks, 2).leadUnits)).toEqual(['市财政局']);
    expect(names(taskAt(tasks, 2).units)).toEqual(['市税务局']);
    expect(names(taskAt(tasks, 4).leadUnits)).toEqual(['市发改委']);
    // `分别牵头` names the leads itself.
    expect(names(taskAt(tasks, 3).leadUnits)).toEqual(['市人力社保局', '市农业农村局']);
  });

  it('without the convention, a 责任单位 list names no lead', () => {
    const plain = parseDocument(text.replace('(除标注“分别牵头”外,列第一位的为牵头或汇总单位,下同)', ''));
    expect(plain.plan!.conventions.firstListedLeads).toBe(false);
    expect(taskAt(plain.plan!.tasks, 2).leadUnits).toEqual([]);
  });

  it('a 配合单位 list never gives the lead, convention or not', () => {
    const plan = ['2024年重点工作分工方案', '（列第一位者为牵头单位）', '一、重点任务', '1.推进项目建设。', '配合单位：区财政局、区统计局', '2.推进招商引资。', '责任单位：区商务局'].join('\n');
    const t = parseDocument(plan).plan!.tasks;
    expect(t[0].leadUnits).toEqual([]);
    expect(names(t[1].leadUnits)).toEqual(['区商务局']);
  });

  it('a lead marked in a list counts as the task’s lead for missing-lead', () => {
    // Where most tasks state a lead, `责任单位：A、B分别牵头` and `A（牵头）` state one too.
    const plan = [
      '2024年重点工作分工方案',
      '一、重点任务',
      '1.推进项目建设。',
      '牵头单位：区发改局',
      '2.推进招商引资。',
      '牵头单位：区商务局',
      '3.推进城市更新。',
      '责任单位：区住建局、区城管局分别牵头',
      '4.推进乡村振兴。',
      '责任单位：区农业农村局（牵头）、区财政局',
      '5.推进文旅融合。',
      '责任单位：区文旅局',
    ].join('\n');
    const diags = lintDocument(parseDocument(plan)).filter((d) => d.rule === 'missing-lead');
    expect(diags.map((d) => d.range.start.line)).toEqual([10]);
  });
});

describe('a duty phrase is read only after a name', () => {
  const unitsOf = (value: string) => parseDocument(`2024年重点工作分工方案\n一、重点任务\n1.推进项目建设。\n责任单位：${value}\n2.推进招商引资。\n责任单位：区商务局`).plan!.tasks[0];

  it('keeps names that end in a duty word’s characters (`区政府办`, `区合作办`)', () => {
    expect(names(unitsOf('区政府办、区合作办').units)).toEqual(['区政府办', '区合作办']);
  });

  it('strips `按职责分工负责` and `牵头负责`', () => {
    expect(names(unitsOf('区发改局、区财政局按职责分工负责').units)).toEqual(['区发改局', '区财政局']);
    const t = unitsOf('区发改局牵头负责，区财政局参与');
    expect(names(t.leadUnits)).toEqual(['区发改局']);
    expect(names(t.units)).toEqual(['区财政局']);
  });
});

describe('the first-listed-leads convention, as plans word it', () => {
  const stated = (sentence: string) =>
    parseDocument(`2024年重点工作责任分工\n（${sentence}）\n一、重点任务\n1.推进项目建设。（区发改局、区财政局负责）\n2.推进招商引资。（区商务局负责）`).plan!;

  it.each([
    '列第一位者为牵头单位',
    '列第一位的责任单位为牵头单位',
    '列第一位的为牵头或汇总单位',
    '排在首位的单位为牵头单位',
    '列第一位者为工作牵头单位或汇总单位，下同',
    // 厦门 2019 若干措施, closing its first list of names.
    '第一责任单位为牵头单位，下同',
  ])('%s', (sentence) => {
    const plan = stated(sentence);
    expect(plan.conventions.firstListedLeads).toBe(true);
    expect(names(plan.tasks[0].leadUnits)).toEqual(['区发改局']);
  });

  it('stated at the end of the first list of names, in brackets (`…、市税务局(列第一位者为工作牵头单位或汇总单位,下同)`)', () => {
    const plan = parseDocument('2020年重点工作责任分解方案\n一、重点工作\n1.支持企业发展。\n责任单位:市经信局、市财政局、市税务局(列第一位者为工作牵头单位或汇总单位,下同)\n2.开展项目活动。\n责任单位:市发展改革委、市经信局\n').plan!;
    expect(plan.conventions.firstListedLeads).toBe(true);
    expect(plan.tasks.map((t) => [names(t.leadUnits), names(t.units)])).toEqual([
      [['市经信局'], ['市财政局', '市税务局']],
      [['市发展改革委'], ['市经信局']],
    ]);
  });

  it('is not read from a sentence that only mentions a lead unit', () => {
    expect(stated('各牵头单位要加强统筹').conventions.firstListedLeads).toBe(false);
  });
});

describe('a plan title is not', () => {
  it('`（此件公开发布）` closing the notice, joined to the title under it', () => {
    const text = corpus('notice-numbered-paragraphs.txt');
    const lines = text.split('\n');
    const title = lines.indexOf('2024年市《政府工作报告》任务分解和责任分工方案');
    expect(lines[title - 1]).toBe('（此件公开发布）');
    const doc = parseDocument(text);
    expect(doc.plan!.titleText).toBe(lines[title]);
    expect(doc.plan!.title.map((s) => s.range.start.line)).toEqual([title]);
    // The notice's numbered requirements (lines 4–6) are not tasks.
    const taskLines = lines.flatMap((l, i) => (i > title && /^\d\./.test(l) ? [i] : []));
    expect(taskLines.length).toBe(6);
    expect(doc.plan!.tasks.map((t) => t.line)).toEqual(taskLines);
  });

  it('a date line joined to the title under it', () => {
    const doc = parseDocument(['某省商务厅', '2023年3月15日', '某省县域商业体系建设实施方案', '一、完善网络', '（一）改造县城商贸中心。〔责任单位：省商务厅〕', '（二）建设乡镇商贸中心。〔责任单位：省商务厅〕'].join('\n'));
    expect(doc.plan!.titleText).toBe('某省县域商业体系建设实施方案');
    expect(doc.plan!.title[0].range.start.line).toBe(2);
  });
});

describe('names joined by a word, and shared duties in prose', () => {
  const task = (bracket: string) => {
    const line = `1.推进项目建设。（${bracket}）`;
    const doc = parseDocument(`2024年重点工作分工方案\n一、重点任务\n${line}\n2.推进招商引资。（区商务局牵头）`);
    return { t: doc.plan!.tasks[0], line };
  };

  it('`A、B按职责分工负责`: both share the task (no single lead is named)', () => {
    const { t, line } = task('省发展改革委、住房城乡建设厅按职责分工负责');
    // 省 is written once, before the first name: 住房城乡建设厅 is the province's.
    expect(names(t.leadUnits)).toEqual(['省发展改革委', '省住房城乡建设厅']);
    const at = line.indexOf('住房城乡建设厅');
    expect(where(t.leadUnits)[1]).toBe(`2:${at}-${at + 7}`);
  });

  it('`…等省有关部门和各地级以上市人民政府`: 等/和/及 between whole names separate them, at exact ranges', () => {
    const { t, line } = task('省发展改革委、水利厅等省有关部门和各地级以上市人民政府按职责分工负责');
    expect(names(t.leadUnits)).toEqual(['省发展改革委', '水利厅', '省有关部门', '各地级以上市人民政府']);
    const a = line.indexOf('省有关部门');
    const b = line.indexOf('各地级以上市人民政府');
    expect(where(t.leadUnits).slice(2)).toEqual([`2:${a}-${a + 5}`, `2:${b}-${b + 10}`]);
    expect(t.leadUnits[2].collective).toBe(true);
  });

  it('keeps names with 和 inside them whole (`区自然资源和规划局`, `区住房和城乡建设局`)', () => {
    const { t } = task('区自然资源和规划局牵头，区住房和城乡建设局、市场监管和知识产权局配合');
    expect(names(t.leadUnits)).toEqual(['区自然资源和规划局']);
    expect(names(t.units)).toEqual(['区住房和城乡建设局', '区市场监管和知识产权局']);
  });

  it('`市级各有关部门及各县市区政府` is two collectives', () => {
    const { t } = task('市政府办公室牵头，市级各有关部门及各县市区政府按职责分工负责');
    expect(names(t.units)).toEqual(['市级各有关部门', '各县市区政府']);
  });
});

describe('labels county plans use', () => {
  it('包抓领导 names the leader, 责任科室 the units, 牵头股室 the lead', () => {
    const doc = parseDocument(
      ['2024年重点工作任务分解', '一、重点任务', '1.推进项目建设。', '包抓领导：王五', '牵头股室：规划股', '责任科室：财务科、办公室', '2.推进招商引资。', '包抓领导：赵六', '牵头股室：招商股'].join('\n'),
    );
    const t = doc.plan!.tasks[0];
    expect([names(t.leaders), names(t.leadUnits), names(t.units)]).toEqual([['王五'], ['规划股'], ['财务科', '办公室']]);
    expect(t.fields.map((f) => `${f.label.text}@${f.range.start.line}`)).toEqual(['包抓领导@3', '牵头股室@4', '责任科室@5']);
  });
});

describe('national style: 按职责分工负责, bodies with weak endings, 分工的意见', () => {
  const text = corpus('state-council-prose.txt');
  const doc = parseDocument(text);
  const tasks = doc.plan!.tasks;

  it('finds the title `…重点工作分工的意见`', () => {
    expect(doc.plan!.titleText).toBe('关于落实《政府工作报告》重点工作分工的意见');
  });

  it('`（A、B、C、D等按职责分工负责）` names four who share the task, 等 in none of them', () => {
    const t6 = taskAt(tasks, 6);
    expect(names(t6.leadUnits)).toEqual(['国家发展改革委', '财政部', '中国人民银行', '金融监管总局']);
    const line = text.split('\n')[t6.line];
    const at = line.indexOf('金融监管总局');
    expect(where(t6.leadUnits)[3]).toBe(`${t6.line}:${at}-${at + 6}`);
  });

  it('does not lend 局 or 部 to 中国人民银行 or 中国证监会 (whole names without a 区/市 prefix)', () => {
    expect(names(taskAt(tasks, 7).units)).toEqual(['中国证监会', '国务院国资委']);
    expect(names(taskAt(tasks, 9).units)).toEqual(['市场监管总局', '中国人民银行', '中华全国工商业联合会']);
  });

  it('reads a deadline closing the prose (`，2024年6月底前出台`)', () => {
    expect(taskAt(tasks, 3).deadline?.date).toBe('2024-06-30');
    expect(taskAt(tasks, 2).deadline?.text).toBe('年内持续推进');
  });
});

describe('chapters numbered on across parts', () => {
  const text = corpus('state-council-prose.txt');
  const rules = (s: string) => lintDocument(parseDocument(s)).map((d) => `${d.rule}@${d.range.start.line}:${d.range.start.character}-${d.range.end.character}`);

  it('`（三）` opening part 二 after `（一）（二）` is no gap', () => {
    expect(rules(text).filter((r) => r.startsWith('numbering'))).toEqual([]);
  });

  it('damaged: `（四）` opening part 二 is a gap in the one sequence', () => {
    const damaged = text.replace('（三）推动产业链', '（四）推动产业链');
    const line = damaged.split('\n').indexOf('（四）推动产业链供应链优化升级。');
    expect(rules(damaged).filter((r) => r.startsWith('numbering'))).toEqual([`numbering-gap@${line}:0-16`]);
    const message = lintDocument(parseDocument(damaged)).find((d) => d.rule === 'numbering-gap')!.message;
    expect(message).toContain('跨部分连续编号');
  });

  it('parts that each start again at （一） keep their own sequences', () => {
    const restarted = text.replace('（三）推动产业链', '（一）推动产业链');
    expect(rules(restarted).filter((r) => r.startsWith('numbering'))).toEqual([]);
  });

  it('damaged: a part that opens with `（二）` where the first part had `（一）（二）` is reported', () => {
    const twice = text.replace('（三）推动产业链', '（二）推动产业链');
    const line = twice.split('\n').indexOf('（二）推动产业链供应链优化升级。');
    expect(rules(twice).filter((r) => r.startsWith('numbering'))).toEqual([`numbering-duplicate@${line}:0-16`]);
  });
});

describe('units in brackets with no label or role word', () => {
  const text = corpus('bare-unit-brackets.txt');
  const lines = text.split('\n');
  const tasks = parseDocument(text).plan!.tasks;

  it('reads `（A、B）` as the units responsible, the first leading under the plan\'s convention, at exact ranges', () => {
    const t1 = taskAt(tasks, 1);
    expect([names(t1.leadUnits), names(t1.units)]).toEqual([['市发改委'], ['市重点办']]);
    const at = lines[t1.line].indexOf('市重点办');
    expect(where(t1.units)).toEqual([`${t1.line}:${at}-${at + 4}`]);
    expect(t1.text.text).toBe('全年实施重大项目200个以上，完成投资800亿元。');
  });

  it('a deadline may close the bracket; a note inside the text stays text', () => {
    expect(taskAt(tasks, 2).deadline?.date).toBe('2024-12-31');
    expect(taskAt(tasks, 3).text.text).toBe('新建改建农村公路300公里（含2条省道）。');
    expect(names(taskAt(tasks, 3).leadUnits)).toEqual(['市交通运输局']);
  });

  it('a bracket that names no unit is no field (`（试行）`, `（含2个省级）`)', () => {
    // A note may end as a zone's name does (`…示范区`); what it includes, a count, or a part of the work given to someone
    // (`资金由区财政局负责`) is no unit's name either.
    for (const note of ['（试行）', '（含2个省级）', '（2024—2026年）', '（含2个省级示范区）', '（其中省级示范区）', '（新建3个产业园区）', '（资金由区财政局负责）']) {
      const doc = parseDocument(`2024年重点工作分工方案\n一、重点任务\n1.推进城市更新。${note}\n2.推进招商引资。（区商务局）`);
      expect(doc.plan!.tasks[0].fields, note).toEqual([]);
    }
  });

  it('without the convention, every unit named is responsible (all lead)', () => {
    const plain = parseDocument(text.replace('，列第一位的为牵头单位', ''));
    expect(names(taskAt(plain.plan!.tasks, 1).leadUnits)).toEqual(['市发改委', '市重点办']);
  });
});

describe('the units share the task under a label that says how the work is divided (粤府 2021 `部门分工`)', () => {
  const text = [
    '2021年省《政府工作报告》重点任务分工方案',
    '一、2021年经济社会发展主要预期目标',
    '1.地区生产总值增长6%以上。',
    '分管省领导:林克庆',
    '部门分工:省发展改革委牵头,各地、各部门配合。',
    '2.地方一般公共预算收入增长5%左右。',
    '分管省领导:林克庆',
    '部门分工:省财政厅牵头,各地、各部门配合。',
    '3.城镇新增就业110万人。',
    '分管省领导:林克庆',
    '部门分工:省人力资源社会保障厅牵头,各地、各部门配合。',
    '4.居民消费价格涨幅3%左右。',
    '分管省领导:林克庆',
    '部门分工:省发展改革委、省统计局按职责分工负责。',
  ].join('\n');
  it('`A、B按职责分工负责` there lacks no lead, as in a bracket; a bare list there still does', () => {
    expect(lintDocument(parseDocument(text))).toEqual([]);
    const bare = lintDocument(parseDocument(text.replace('省发展改革委、省统计局按职责分工负责。', '省发展改革委、省统计局。')));
    expect(bare.map((d) => [d.rule, d.range.start.line])).toEqual([['missing-lead', 11]]);
  });
});

describe('a shared duty worded with 落实 (`…基层处等按职责分工落实`, 广东卫健委 台账)', () => {
  it('is no part of the last name, nor is the 等 before it', () => {
    const text = [
      '序号 | 工作任务 | 责任处室 | 完成时限 |',
      '1 | 做好常态化疫情防控信息发布 | 应急处、监督处、医政医管处、疾控处、基层处等按职责分工落实 | 长期推进 |',
      '2 | 扎实做好疫苗接种信息公开和舆论引导工作 | 疾控处 | 长期推进 |',
    ].join('\n');
    const units = parseDocument(text).plan!.tasks[0].units;
    expect(units.map((u) => u.name)).toEqual(['应急处', '监督处', '医政医管处', '疾控处', '基层处']);
    expect(units[4].written.range).toEqual({ start: { line: 1, character: 38 }, end: { line: 1, character: 41 } });
  });
});

describe('a fields bracket never closed, the next item after it (钢城 2021)', () => {
  const text = [
    '一、推进简政放权,释放发展活力',
    '1.严格落实行政许可设定审查制度。(牵头单位:区政府办公室、区司法局;责任单位:区政府有关部门)',
    '2.规范行政备案事项管理,编制并公布区级层面设定的行政备案事项清单。(牵头单位:区政府办公室;责任单位:区司法局等有关部门',
    '3.深入研究论证区级行政权力事项。(牵头单位:区司法局;责任单位:区政府有关部门)',
    '4.深化投资审批制度改革。(牵头单位:区行政审批服务局、区发展改革局;责任单位:区政府有关部门)',
  ].join('\n');
  it('holds the task\'s fields all the same: only the bracket is reported, at the bracket', () => {
    const doc = parseDocument(text);
    const task = taskAt(doc.plan!.tasks, 2);
    expect(task.text.text).toBe('规范行政备案事项管理,编制并公布区级层面设定的行政备案事项清单。');
    expect(names(task.leadUnits)).toEqual(['区政府办公室']);
    expect(names(task.units)).toEqual(['区司法局']);
    expect(lintDocument(doc).map((d) => [d.rule, d.range.start.line, d.range.start.character])).toEqual([['unbalanced-bracket', 2, 34]]);
  });
  it('a 〔 left open too (河池 2024): the labels after the 〔 are the bracket\'s, not a list after the sentence', () => {
    const doc = parseDocument(text.replace('(牵头单位:区政府办公室;责任单位:区司法局等有关部门', '〔牵头单位:区政府办公室;责任单位:区司法局等有关部门'));
    const task = taskAt(doc.plan!.tasks, 2);
    expect([names(task.leadUnits), names(task.units)]).toEqual([['区政府办公室'], ['区司法局']]);
    expect(lintDocument(doc).map((d) => d.rule)).toEqual(['unbalanced-bracket']);
  });
  it('the last item of the plan too; a lead deleted from such a bracket is still missing', () => {
    const last = parseDocument(text.replace(/\)$/, ''));
    expect(names(taskAt(last.plan!.tasks, 4).leadUnits)).toEqual(['区行政审批服务局', '区发展改革局']);
    const deleted = lintDocument(parseDocument(text.replace('(牵头单位:区政府办公室;责任单位:区司法局等有关部门', '(责任单位:区司法局等有关部门')));
    expect(deleted.map((d) => [d.rule, d.range.start.line])).toEqual([['missing-lead', 2], ['unbalanced-bracket', 2]]);
  });
  it('a bracket a wrap cut and the next line closes is read as before, and an edit in the task re-reads as a full parse does', () => {
    const wrapped = text.replace('责任单位:区司法局等有关部门\n', '责任单位:区司法局等\n有关部门)\n');
    const whole = parseDocument(wrapped);
    expect(names(taskAt(whole.plan!.tasks, 2).units)).toEqual(['区司法局']);
    expect(taskAt(whole.plan!.tasks, 2).range.end.line).toBe(3);
    expect(lintDocument(whole)).toEqual([]);
    // In a seed, whose tasks are re-read one at a time: a task of 江夏 2023 with its bracket left open.
    const seed = readSeed(SEED.jiangxia2023).split('\n');
    const k = seed.findIndex((l, i) => i > 80 && /^\d+\..*\(责任单位:[^()]*\)$/.test(l.trim()));
    seed[k] = seed[k].trimEnd().slice(0, -1);
    const open = seed.join('\n');
    const doc = parseDocument(open);
    const task = doc.plan!.tasks.find((t) => t.line === k)!;
    expect(task.units.length).toBeGreaterThan(0);
    const at = task.text.range.start.character + 2;
    seed[k] = seed[k].slice(0, at) + '〓' + seed[k].slice(at);
    const edited = seed.join('\n');
    const spliced = spliceStats.spliced;
    const next = parseDocument(edited, doc);
    expect(spliceStats.spliced).toBe(spliced + 1);
    expect(modelJson(next)).toBe(modelJson(parseDocument(edited)));
    expect(next.plan!.tasks.find((t) => t.line === k)!.units.map((u) => u.name)).toEqual(task.units.map((u) => u.name));
  });
});

describe('two brackets of fields after a task\'s sentence (`（牵头单位：X）（完成时限：Y）`, regression hunt)', () => {
  it('both are the fields\'; the text ends before the first', () => {
    const text = ['2024年重点工作任务分工方案', '一、重点任务', '1.推进工业园区建设。（牵头单位：县发改局）（完成时限：2024年12月底）', '2.推进外贸发展。［牵头单位：县商务局；责任单位：县财政局］［完成时限：2024年9月底］'].join('\n');
    const tasks = parseDocument(text).plan!.tasks;
    expect(tasks.map((t) => [t.text.text, names(t.leadUnits), names(t.units), t.deadline?.text])).toEqual([
      ['推进工业园区建设。', ['县发改局'], [], '2024年12月底'],
      ['推进外贸发展。', ['县商务局'], ['县财政局'], '2024年9月底'],
    ]);
    expect(lintDocument(parseDocument(text))).toEqual([]);
  });
  it('a bracket inside the sentence stays the text\'s (`推进（含县发改局）工作。（牵头单位：X）`)', () => {
    const t = parseDocument(['2024年重点工作任务分工方案', '1.推进园区（含高新区）建设。（牵头单位：县发改局）（完成时限：2024年12月底）'].join('\n')).plan!.tasks[0];
    expect(t.text.text).toBe('推进园区（含高新区）建设。');
  });
});
