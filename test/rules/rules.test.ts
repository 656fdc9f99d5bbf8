/** Rule-by-rule cases on real seed text, damaged by hand where a mutation of the generated suite does not reach. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { describe, expect, it } from 'vitest';
import { lint, RULES, ruleDocsUrl } from '../../server/src/core/rules';
import { sectionName } from '../../server/src/core/rules/count-mismatch';
import { RULE_IDS } from '../../server/src/core/config';
import { createRegistry, createRegistryFromDocument } from '../../server/src/core/registry';
import { parseDocument } from '../../server/src/core/parse';
import { documentJson } from '../../server/src/cli/documentJson';
import { applyFix, check, fullWidthCrlf, keys, seed, taskTexts, TODAY } from './helpers';

const lines = (text: string) => text.split('\n');
/** Replaces the first occurrence of `from` on the line that contains `anchor`. */
function edit(text: string, anchor: string, from: string, to: string): { text: string; line: number } {
  const ls = lines(text);
  const i = ls.findIndex((l) => l.includes(anchor));
  if (i < 0) throw new Error(`no line with ${anchor}`);
  ls[i] = ls[i].replace(from, to);
  return { text: ls.join('\n'), line: i };
}
const only = (text: string, rule: string) => check(text).diagnostics.filter((d) => d.rule === rule);
const added = (base: string, text: string) => {
  const b = new Set(keys(check(base).diagnostics));
  return keys(check(text).diagnostics).filter((k) => !b.has(k));
};

describe('catalogue', () => {
  it('has one module per stable rule id, each with bilingual description and docs URL', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
    for (const r of RULES) {
      expect(r.description.zh.length).toBeGreaterThan(10);
      expect(r.description.en.length).toBeGreaterThan(10);
      expect(ruleDocsUrl(r.id)).toMatch(new RegExp(`docs/rules/${r.id}\\.md$`));
    }
  });
  it('never throws and says nothing about an empty or binary-looking text', () => {
    expect(lint(parseDocument(''))).toEqual([]);
    expect(lint(parseDocument('\u0000\u0001\u0002'))).toEqual([]);
  });
});

describe('counts', () => {
  const s000 = seed('000');
  it('counts in task texts (落实8方面25项任务) are content, never checked', () => {
    expect(s000).toContain('落实8方面25项任务');
    const m = edit(s000, '落实8方面25项任务', '25项', '26项');
    expect(added(s000, m.text)).toEqual([]);
  });
  it('a section named in a message: without its stated count, long titles cut with an ellipsis, never inside a bracket', () => {
    const text = '2022年重点工作责任清单\n一、潘东旭市长负责事项（共3项）\n1.推进项目建设。（牵头单位：市发改委）\n2.推进招商引资。（牵头单位：市商务局）\n二、推动经济社会发展的主要预期目标全面完成（共1项）\n1.地区生产总值增长6%。（牵头单位：市统计局）\n';
    expect(only(text, 'count-mismatch').map((d) => d.message)).toEqual([
      '“潘东旭市长负责事项”一节写明“（共3项）”，实际有2项任务',
    ]);
    expect(sectionName('推动经济社会发展的主要预期目标全面完成')).toBe('推动经济社会发展的主要预期目标…');
    expect(sectionName('关于加快推进城市更新（老旧小区改造）的工作')).toBe('关于加快推进城市更新…');
  });
});

describe('empty fields', () => {
  it('a label with no value counts as missing, and the fix fills it in', () => {
    const s000 = seed('000');
    const m = edit(s000, '主要责任单位:区财政局', '区财政局', '');
    const ls = lines(s000);
    const taskLine = ls.slice(0, m.line).map((l, i) => [l, i] as const).filter(([l]) => /^\s*\d+\./.test(l)).pop()![1];
    const ds = check(m.text).diagnostics.filter((d) => d.rule === 'missing-lead');
    expect(ds).toHaveLength(1);
    expect(ds[0].range.start.line === m.line || ds[0].range.start.line === taskLine).toBe(true);
    expect(ds[0].message).toMatch(/未填写/);
    const fixed = applyFix(check(m.text).doc, ds[0].fixes![0].edits);
    expect(only(fixed, 'missing-lead')).toEqual([]);
    expect(taskTexts(check(fixed).doc)).toEqual(taskTexts(check(s000).doc));
  });
  it('a registry of units only leaves leaders to the document heuristic', () => {
    const s000 = seed('000');
    const reg = createRegistry(createRegistryFromDocument(parseDocument(s000)) as never);
    const unitsOnly = createRegistry({ units: reg.units.map((u) => u.name) });
    expect(lint(parseDocument(s000), { registry: unitsOnly }).filter((d) => d.rule === 'unknown-leader')).toEqual([]);
  });
});

describe('numbering-gap and a report on some of a plan\'s tasks', () => {
  const report = (title: string, second = '57') =>
    [title, '序号 | 主要任务 | 牵头单位 | 落实情况 |', '12 | 推进数字档案馆建设。 | 市档案馆 | 已完成系统招标。 |', `${second} | 加强地方志编纂。 | 市地方志办 | 完成年鉴初稿。 |`, '133 | 做好重点项目档案验收。 | 市档案馆 | 验收项目6个。 |'].join('\n');
  it('a 落实情况 / 推进情况 report keeps the plan\'s numbers (12, 57, 133): no skips reported', () => {
    expect(only(report('市档案馆2024年《政府工作报告》主要任务上半年落实情况'), 'numbering-gap')).toEqual([]);
    expect(only(report('2023年区政府重点民生实事项目推进情况(1-11月)'), 'numbering-gap')).toEqual([]);
  });
  it('the same rows under a plan\'s title keep another list\'s numbers too (fewer than half the numbers up to 133); a number written twice in a report is still a duplicate', () => {
    expect(only(report('2024年重点工作任务分解表'), 'numbering-gap')).toEqual([]);
    expect(only(report('市档案馆2024年主要任务落实情况', '12'), 'numbering-duplicate').map((d) => d.range.start.line)).toEqual([3]);
  });
});

describe('missing-units and a task carried alone', () => {
  const plan = (third: string) =>
    ['青山市重点工作责任分工', '一、重点工作', '1.抓好50个重点产业项目。(市发改委牵头,市工信局配合)', '2.抓好10个技术改造项目。(市工信局牵头,市发改委配合)', third, '4.改造老旧小区20个。(市住建局牵头,各区政府配合)'].join('\n');
  it('`(X负责)` / `由X负责落实` name who carries the task alone: no co-units are missing', () => {
    expect(only(plan('3.编制全市国土空间总体规划。(市自然资源局负责)'), 'missing-units')).toEqual([]);
    expect(only(plan('3.编制全市国土空间总体规划。由市自然资源局负责落实。'), 'missing-units')).toEqual([]);
  });
  it('a damaged copy: `(X牵头)` with its 配合 clause deleted still lacks its co-units, at that task', () => {
    const ds = only(plan('3.编制全市国土空间总体规划。(市自然资源局牵头)'), 'missing-units');
    expect(ds.map((d) => [d.range.start.line, d.range.start.character])).toEqual([[4, 0]]);
  });
  it('with units required by the configuration, a task carried alone is reported too', () => {
    const doc = parseDocument(plan('3.编制全市国土空间总体规划。(市自然资源局负责)'));
    const ds = lint(doc, { today: '2024-01-01', config: { requiredFields: ['leadUnits', 'units'] } }).filter((d) => d.rule === 'missing-units');
    expect(ds.map((d) => d.range.start.line)).toEqual([4]);
  });
});

describe('missing-units and a blank 配合单位 beside a lead (hunt d8)', () => {
  const table = (helpers: string) =>
    ['某市2021年重点工作责任分工', `序号\t重点工作\t分管领导\t牵头单位\t${helpers}`, '1\t建设科技创新轴\t王东\t市科技局\t黄埔区政府', '2\t推进地铁18号线建设\t陈志英\t广州地铁集团\t市交通运输局', '3\t建设国际消费中心城市\t\t市商务局\t', '4\t推进城市更新\t黄志\t市住建局\t各区政府'].join('\n');
  it('a table whose 配合单位 cell is blank on a task with its lead: the lead works alone, nothing is missing but its leader, named as the column is', () => {
    const ds = lint(parseDocument(table('配合单位')), { today: '2021-03-01' });
    expect(ds.map((d) => [d.rule, d.range.start.line, d.message])).toEqual([
      ['missing-leader', 4, '第3项任务缺少分管领导（牵头领导）（本方案同级4项任务中有3项写明了“分管领导”）'],
    ]);
  });
  it('a blank 责任单位 cell is still reported, named as its column is', () => {
    const ds = lint(parseDocument(table('责任单位')), { today: '2021-03-01' }).filter((d) => d.rule === 'missing-units');
    expect(ds.map((d) => [d.range.start.line, d.message])).toEqual([[4, '第3项任务缺少责任单位（本方案同级4项任务中有3项写明了“责任单位”）']]);
  });
  it('own-line fields: a task with its 牵头单位 and no 配合单位 line lacks nothing; one with neither lacks its lead', () => {
    const text = ['某区2024年重点任务分工方案', '一、重点任务', '1.推进园区建设。', '牵头单位：区发改局', '配合单位：区财政局', '2.优化营商环境。', '牵头单位：区商务局', '3.扩大有效投资。', '牵头单位：区发改局', '配合单位：区住建局', '4.建设社区食堂。', '配合单位：区民政局', '5.推进城市更新。', '牵头单位：区住建局', '配合单位：各街道'].join('\n');
    expect(lint(parseDocument(text), { today: '2024-03-01' }).map((d) => [d.rule, d.range.start.line])).toEqual([['missing-lead', 10]]);
    // The configuration may require co-units on every task all the same.
    const forced = lint(parseDocument(text), { today: '2024-03-01', config: { requiredFields: ['leadUnits', 'units'] } });
    expect(forced.filter((d) => d.rule === 'missing-units').map((d) => d.range.start.line)).toEqual([5]);
  });
  it('prose roles: `（A牵头负责）` with no one to help says A carries the task alone (hunt d9); `（A牵头）` alone may have lost its `B配合`', () => {
    const text = (alone: string) =>
      [
        '德州市贯彻落实三年行动计划实施方案',
        '一、加快科技创新',
        '加强科技创新主体培育。到2025年，全市高新技术企业达到1000家。（市科技局牵头负责，市财政局配合）',
        '强化科技平台载体赋能。积极创建国家技术创新中心。（市科技局牵头负责，市发展改革委、市工业和信息化局配合）',
        `加快科技成果转移转化。完善技术转移服务体系。（${alone}）`,
        '实施传统产业改造提升行动。每年实施技改项目300个以上。（市工业和信息化局牵头负责，市财政局配合）',
      ].join('\n');
    const units = (s: string) => lint(parseDocument(s), { today: '2023-03-01' }).filter((d) => d.rule === 'missing-units').map((d) => d.range.start.line);
    expect(units(text('市科技局牵头负责'))).toEqual([]);
    expect(parseDocument(text('市科技局牵头负责')).plan!.tasks.map((t) => [t.leadUnits.map((u) => u.name), t.units.length])).toEqual([
      [['市科技局'], 1],
      [['市科技局'], 2],
      [['市科技局'], 0],
      [['市工业和信息化局'], 1],
    ]);
    expect(units(text('市科技局牵头'))).toEqual([4]);
  });
});

describe('inserting a missing field in the document\'s own layout', () => {
  it('in the brackets the plan puts round its fields (`〔责任单位：…〕`)', () => {
    const text = readFileSync(join(__dirname, '..', 'corpus', 'province-bracket-fields.txt'), 'utf8');
    const d = only(text, 'missing-units')[0];
    expect(d.fixes![0].edits[0].newText).toBe('〔责任单位：待定〕');
    const fixed = applyFix(check(text).doc, d.fixes![0].edits);
    expect(only(fixed, 'missing-units')).toEqual([]);
  });
  it('001: a task whose only parenthesised line was deleted gets a new `(牵头单位:待定)` line', () => {
    const s001 = seed('001');
    const text = s001.replace('106. 扎实做好民族、宗教工作。\n\n(牵头单位:区民宗局)\n', '106. 扎实做好民族、宗教工作。\n');
    expect(text).not.toBe(s001);
    const d = only(text, 'missing-lead')[0];
    expect(d.fixes![0].edits[0].newText).toBe('\n\n(牵头单位:待定)');
    const fixed = applyFix(check(text).doc, d.fixes![0].edits);
    expect(fixed).toBe(s001.replace('(牵头单位:区民宗局)', '(牵头单位:待定)'));
  });
  it('000 (full-width, CRLF): the inserted line uses the document\'s colon and line ending', () => {
    const s000 = fullWidthCrlf(seed('000'));
    const text = s000.replace('\r\n\r\n  完成时限：2023年10月31日', '');
    expect(text).not.toBe(s000);
    const d = only(text, 'missing-deadline')[0];
    expect(d.fixes![0].edits[0].newText).toBe('\r\n\r\n  完成时限：2023年12月31日');
  });
});

describe('the separator between fields is the document\'s own', () => {
  const s001 = seed('001');
  const commas = s001.replaceAll(';责任单位', ',责任单位');
  it('001 with a comma between the fields of every task: the comma is its convention, nothing is reported', () => {
    expect(commas).not.toBe(s001);
    expect(only(s001, 'field-separator')).toEqual([]);
    expect(only(commas, 'field-separator')).toEqual([]);
    expect(check(commas).doc.plan!.conventions.fieldSeparator).toBe(',');
    expect(keys(check(commas).diagnostics)).toEqual(keys(check(s001).diagnostics));
  });
  it('a semicolon among them is never odd; a full stop is, and its fix writes the comma', () => {
    const semi = edit(commas, '(牵头单位:区发展和改革局,责任单位:区科技和经信局、区商务局)', ',责任单位', ';责任单位');
    expect(only(semi.text, 'field-separator')).toEqual([]);
    const stop = edit(commas, '(牵头单位:区发展和改革局,责任单位:区科技和经信局、区商务局)', ',责任单位', '。责任单位');
    const [d] = only(stop.text, 'field-separator');
    expect(d.range).toEqual({ start: { line: stop.line, character: 13 }, end: { line: stop.line, character: 14 } });
    expect(d.fixes![0].edits[0].newText).toBe(',');
  });
  it('where semicolons are as common, a comma is still reported (003 writes “;” and one “,”)', () => {
    const s003 = seed('003');
    expect(only(s003, 'field-separator').map((d) => d.range.start.line)).toEqual([96]);
  });
  it('a missing field is inserted with the document\'s comma', () => {
    const text = edit(commas, '(牵头单位:区发展和改革局,责任单位:区科技和经信局、区商务局)', '(牵头单位:区发展和改革局,', '(').text;
    const d = only(text, 'missing-lead').find((x) => x.fixes?.length);
    expect(d?.fixes![0].edits[0].newText).toMatch(/^牵头单位:.*,$/);
  });
});

describe('missing-lead under the convention that a task\'s 责任单位 lead it when it names no lead', () => {
  // 武政办〔2023〕1号: `牵头单位(无牵头单位的,责任单位即为牵头单位,下同)` (hunt d4).
  const plan = (convention: string, heading = '一、主要目标') =>
    [
      '关于印发《2023年市〈政府工作报告〉目标任务责任分解方案》的通知',
      `各责任单位要统筹办理,特别是牵头单位${convention}要统筹相关责任单位制订办理方案。`,
      '2023年市《政府工作报告》目标任务责任分解方案',
      heading,
      '1.地区生产总值增长6.5%以上。(牵头单位:市发展改革委;责任单位:市统计局)',
      '2.规模以上工业增加值增长7%。(牵头单位:市经信局;责任单位:各区人民政府)',
      '3.城镇新增就业22万人。(责任单位:市人社局、市财政局)',
    ].join('\n');
  it('the units lead: no missing-lead, and the task is led by every one of them', () => {
    for (const convention of ['(无牵头单位的,责任单位即为牵头单位,下同)', '（未明确牵头单位的，责任单位为牵头单位）', '(没有牵头单位的,其责任单位视为牵头单位)']) {
      const { doc, diagnostics } = check(plan(convention));
      expect(keys(diagnostics)).toEqual([]);
      expect(doc.plan!.tasks.map((t) => [t.leadUnits.map((u) => u.name), t.units.map((u) => u.name)])).toEqual([
        [['市发展改革委'], ['市统计局']],
        [['市经信局'], ['各区人民政府']],
        [['市人社局', '市财政局'], []],
      ]);
    }
  });
  it('a copy in Traditional characters (`無牽頭單位的，責任單位即為牽頭單位`) states it too', () => {
    const traditional = '某縣2024年重點工作任務分工方案\n（無牽頭單位的，責任單位即為牽頭單位）\n一、重點任務\n1.推進園區建設。（牽頭單位：縣發改局；責任單位：縣財政局）\n2.優化營商環境。（責任單位：縣商務局、縣市場監管局）\n3.擴大有效投資。（牽頭單位：縣發改局；責任單位：縣住建局）\n';
    const { doc, diagnostics } = check(traditional);
    expect(keys(diagnostics)).toEqual([]);
    // Read in Simplified (the model reads a Traditional copy so), at the positions written.
    expect(doc.plan!.tasks[1].leadUnits.map((u) => [u.name, u.written.range.start.character])).toEqual([
      ['县商务局', '2.優化營商環境。（責任單位：'.length],
      ['县市场监管局', '2.優化營商環境。（責任單位：縣商務局、'.length],
    ]);
    expect(keys(check(traditional.replace('（無牽頭單位的，責任單位即為牽頭單位）\n', '')).diagnostics)).toEqual(['missing-lead@3']);
  });
  it('without the convention the task lacks its lead, and a heading that names the lead keeps it', () => {
    expect(keys(check(plan('')).diagnostics)).toEqual(['missing-lead@6']);
    const headed = check(plan('(无牵头单位的,责任单位即为牵头单位,下同)', '一、主要目标（牵头单位：市发展改革委）')).doc.plan!.tasks[2];
    expect([headed.leadUnits.map((u) => u.name), headed.units.map((u) => u.name)]).toEqual([[], ['市人社局', '市财政局']]);
  });
});

describe('missing-lead in a short plan: a second task left without its lead does not hide the first (damage hunt)', () => {
  const plan = (leads: string[]) =>
    ['某区2024年重点任务分工方案', '一、重点任务', ...leads.map((l, k) => `${k + 1}.推进第${k + 1}项重点工作。(${l ? `牵头单位:${l};` : ''}责任单位:区财政局)`)].join('\n');
  const lines = (ds: { rule: string; range: { start: { line: number } } }[]) => ds.filter((d) => d.rule === 'missing-lead').map((d) => d.range.start.line);
  it('3 leads of 5 are most: both tasks without one are reported', () => {
    expect(lines(lint(parseDocument(plan(['', '区发改局', '区商务局', '区住建局', ''])), { today: TODAY }))).toEqual([2, 6]);
  });
  it('2 of 5 are not: a plan naming its leads on some tasks only says nothing', () => {
    expect(lines(lint(parseDocument(plan(['', '区发改局', '', '区住建局', ''])), { today: TODAY }))).toEqual([]);
  });
  it('a deadline is not required so: 3 of 5 deadlines leave the other two alone', () => {
    const text = ['某区2024年重点任务分工方案', '一、重点任务', ...['2024年6月底', '', '2024年9月底', '', '2024年12月底'].map((d, k) => `${k + 1}.推进第${k + 1}项重点工作。(牵头单位:区发改局${d ? `;完成时限:${d}` : ''})`)].join('\n');
    expect(lint(parseDocument(text), { today: TODAY })).toEqual([]);
  });
});

describe('missing-lead and units that share a task', () => {
  const plan = (second: string) =>
    [
      '2024年某某区政务公开工作要点',
      '一、深化重点领域信息公开',
      '（一）聚焦中心工作。重点公开产业政策举措和进展成效。（区发改委、区工信局、区商务局按职责分工负责）',
      `（二）聚焦营商环境。公开惠企政策兑现情况。〔责任单位：${second}〕`,
      '（三）聚焦民生实事。公开民生项目进展。（区民政局牵头，区财政局、各街道按职责分工负责）',
    ].join('\n');
  it('`〔责任单位：A、B按职责分工负责〕` is carried by them together, as the bracket `（A、B按职责分工负责）` beside it: no lead is missing', () => {
    expect(only(plan('区政务服务中心、区市场监管局按职责分工负责'), 'missing-lead')).toEqual([]);
  });
  it('a damaged copy whose list drops the duty names no one to lead, and is reported', () => {
    expect(only(plan('区政务服务中心、区市场监管局'), 'missing-lead').map((d) => d.range.start.line)).toEqual([3]);
  });
});

describe('which fields a plan requires', () => {
  const plan = (leads: boolean[]) =>
    '2024年重点工作责任分解方案\n一、稳增长\n' +
    leads.map((lead, k) => `${k + 1}.推进第${k + 1}项工作。\n${lead ? '牵头单位:区发改局\n' : ''}责任单位:区财政局\n`).join('');
  const missing = (leads: boolean[]) => only(plan(leads), 'missing-lead').map((d) => d.range.start.line);
  it('a lead is required where two thirds of the tasks (two at least) name one: 2 of 3, 4 of 6', () => {
    expect(missing([true, false, true])).toEqual([5]);
    expect(missing([true, true, false, true, false, true])).toEqual([8, 13]);
  });
  it('in a short plan, where all but one or two tasks name one (3 of 5): a second omission does not hide the first', () => {
    expect(missing([true, false, true, false, true])).toEqual([5, 10]);
  });
  it('not where fewer do: 3 of 6, 2 of 5, 1 of 2', () => {
    expect(missing([true, false, true, false, true, false])).toEqual([]);
    expect(missing([true, false, true, false, false])).toEqual([]);
    expect(missing([true, false])).toEqual([]);
  });
  it('other fields keep three quarters: 责任单位 on 4 of 6 tasks is not required', () => {
    const text = '2024年重点工作责任分解方案\n' + [1, 2, 3, 4, 5, 6].map((k) => `${k}.推进第${k}项工作。\n牵头单位:区发改局\n${k <= 4 ? '责任单位:区财政局\n' : ''}`).join('');
    expect(only(text, 'missing-units')).toEqual([]);
  });
});

describe('missing-lead speaks of the plan\'s own way of naming leads', () => {
  it('a plan that names its units in bare brackets is not said to write “牵头单位”', () => {
    const text = readFileSync(join(__dirname, '..', 'corpus', 'bare-unit-brackets.txt'), 'utf8');
    const [d] = only(text, 'missing-lead');
    expect(d.message).toBe('第5项任务缺少牵头单位（本方案同级8项任务中有7项写明了牵头单位）');
    const [en] = lint(parseDocument(text), { locale: 'en', config: { rules: { 'missing-lead': 'error' } } }).filter((x) => x.rule === 'missing-lead');
    expect(en.message).toBe("task 5 has no lead unit (7 of the plan's 8 tasks at this level name their lead unit)");
  });
});

describe('a heading\'s fields speak for the tasks under it', () => {
  const plan = (part1: string, tasks1: string[], tasks2: string[]) =>
    ['2024年重点工作任务分工方案', `一、扩大有效投资${part1}`, ...tasks1, '二、改善民生', ...tasks2].join('\n');
  const t = (n: number, fields: string) => `${n}.推进第${n}项工作。（${fields}完成时限：2024年底）`;

  it('a part heading with 牵头单位 gives its tasks a lead: no missing-lead there, one where no heading gives it', () => {
    const text = plan('（牵头单位：区发改局）', [t(1, '责任单位：区财政局；'), t(2, '责任单位：区商务局；')], [t(3, '牵头单位：区民政局；'), t(4, '责任单位：各街道；'), t(5, '牵头单位：区人社局；')]);
    const ds = only(text, 'missing-lead');
    expect(ds.map((d) => [d.range.start.line, d.message])).toEqual([[6, '第4项任务缺少牵头单位（本方案同级5项任务中有4项写明了“牵头单位”）']]);
    // Without the heading's field, tasks 1 and 2 lack a lead too, and 2 of 5 is no convention to hold them to.
    expect(only(text.replace('（牵头单位：区发改局）', ''), 'missing-lead')).toEqual([]);
  });

  it('a part heading with 牵头领导 does the same for missing-leader', () => {
    const text = plan('（牵头领导：张三）', [t(1, '牵头单位：区财政局；'), t(2, '牵头单位：区商务局；')], [t(3, '牵头领导：李四；牵头单位：区民政局；'), t(4, '牵头领导：李四；牵头单位：区民政局；'), t(5, '牵头单位：区人社局；')]);
    expect(only(text, 'missing-leader').map((d) => d.range.start.line)).toEqual([7]);
  });

  it('a group\'s 总牵头单位 does not stand in for a task\'s own 牵头单位 (seed 003\'s convention)', () => {
    const text = ['2024年重点工作任务分工方案', '一、扩大有效投资', '——推动产业集群（总牵头单位：区发改局）', t(1, '牵头单位：区财政局；'), t(2, '责任单位：区商务局；'), t(3, '牵头单位：区商务局；'), t(4, '牵头单位：区人社局；')].join('\n');
    expect(only(text, 'missing-lead').map((d) => d.range.start.line)).toEqual([4]);
  });

  it('an edit to the heading alone is seen by the next incremental lint', () => {
    // The tasks after the edited heading are unchanged, so the lint reuses what it knew of them.
    const part1 = [1, 2, 3, 4, 5].map((n) => t(n, '牵头单位：区财政局；'));
    const text = plan('', part1, [t(6, '牵头单位：区民政局；'), t(7, '责任单位：各街道；')]).replace('二、改善民生', '二、改善民生（牵头单位：区民政局）');
    const doc = parseDocument(text);
    const diagnostics = lint(doc);
    expect(diagnostics.filter((d) => d.rule === 'missing-lead')).toEqual([]);
    // The heading's unit stays, its role changes: the names the document counts are the same.
    const edited = parseDocument(text.replace('（牵头单位：区民政局）', '（责任单位：区民政局）'), doc);
    const again = lint(edited, { previous: { doc, diagnostics } });
    expect(again.filter((d) => d.rule === 'missing-lead').map((d) => d.range.start.line)).toEqual([9]);
    expect(again).toEqual(lint(parseDocument(edited.source.text)));
  });
});

describe('counts in the notice', () => {
  it('000: “将121项区政府重点工作进行分解” must match the plan too', () => {
    const s000 = seed('000');
    const m = edit(s000, '将121项区政府重点工作进行分解', '将121项', '将120项');
    expect(added(s000, m.text)).toEqual([`count-mismatch@${m.line}`]);
    const d = only(m.text, 'count-mismatch')[0];
    expect(d.message).toMatch(/通知正文.*120.*121项任务/);
    expect(applyFix(check(m.text).doc, d.fixes![0].edits)).toBe(s000);
  });
});

describe('deadline-out-of-range: a span over the plan\'s year, a year named relative to it (probe 21)', () => {
  const plan = (due: string) =>
    ['××区2025年安全生产工作责任分解', '', '1.组织安全生产大检查。（牵头单位：区应急管理局；责任单位：各街道办事处；完成时限：2025年12月底前）', `2.开展安全生产考核。（牵头单位：区应急管理局；责任单位：区委组织部；完成时限：${due}）`].join('\n');
  it('`2024—2026年` (a three-year action) and `次年1月` (a year-end assessment) are written so on purpose', () => {
    for (const due of ['2024—2026年', '2024年—2026年', '2025年3月至2026年6月', '次年1月', '明年3月底前']) expect(only(plan(due), 'deadline-out-of-range'), due).toEqual([]);
  });
  it('a year written outside it, or a span that misses it, is still reported', () => {
    for (const due of ['2026年12月底前', '2026—2027年', '2023—2024年']) expect(only(plan(due), 'deadline-out-of-range').map((d) => d.range.start.line), due).toEqual([3]);
  });
});

describe('deadlines', () => {
  const s000 = seed('000');
  const anchorLine = lines(s000).findIndex((l) => l.includes('完成时限:2023年12月31日'));
  const swap = (to: string) => {
    const ls = lines(s000);
    ls[anchorLine] = ls[anchorLine].replace('2023年12月31日', to);
    return ls.join('\n');
  };
  it('month 13 is impossible', () => {
    expect(added(s000, swap('2023年13月1日'))).toEqual([`deadline-invalid@${anchorLine}`]);
  });
  it('says why a date in full-width figures is impossible, as it does in ASCII', () => {
    for (const [to, why] of [
      ['２０２３年１３月１日', '没有13月'],
      ['２０２３年２月３０日', '2023年2月只有28天'],
    ]) {
      const d = only(swap(to), 'deadline-invalid');
      expect(d.map((x) => x.range.start.line)).toEqual([anchorLine]);
      expect(d[0].message).toContain(why);
    }
  });
  it('a second deadline a task states (a second line of work under its merged 序号) is checked as the first is', () => {
    // 大竹县 2016 民生实事 (hunt d2), copied a cell per line: task 5's second row is its own work and deadline.
    const text = (second: string) =>
      ['2016年民生实事目标任务分解表', '', '序号', '民生实事', '责任单位', '完成时限', '1', '开工建设县老年养护楼。', '县民政局', '5月底前动工', '开工建设老年大学。', second, '2', '迁建县政务服务中心。', '县政务服务中心', '12月底前', '3', '新建城区公厕10座。', '县城管局', '10月底前'].join(
        '\n',
      );
    expect(keys(check(text('12月底前')).diagnostics)).toEqual([]);
    expect(keys(check(text('13月底前')).diagnostics)).toEqual(['deadline-invalid@11']);
    expect(keys(check(text('2015年12月底前')).diagnostics)).toEqual(['deadline-out-of-range@11']);
  });
  it('a deadline before the issue date (成文日期 2023年3月3日)', () => {
    expect(added(s000, swap('2023年1月31日'))).toEqual([`deadline-before-issue@${anchorLine}`]);
  });
  it('a plan whose title spans years (2023—2025年) accepts deadlines within the span', () => {
    const text = swap('2024年12月31日').replace('2023年区政府工作报告重点工作分工方案(共计121项)', '2023—2025年区政府工作报告重点工作分工方案(共计121项)');
    expect(only(text, 'deadline-out-of-range')).toEqual([]);
    const late = text.replace('完成时限:2024年12月31日', '完成时限:2026年12月31日');
    expect(only(late, 'deadline-out-of-range')[0].message).toMatch(/2023—2025年/);
  });
  it('a plan without a year in its title keeps to the years its deadlines use; one written once outside them stands out', () => {
    const task = (n: number, year: number) => [`${n}.推进第${n}项工作。`, '牵头单位：区发改局', `完成时限：${year}年12月底`];
    const years = [2023, 2023, 2024, 2024, 2025, 2025, 2052];
    const text = ['重点工作分工方案', '一、重点任务', ...years.flatMap((y, i) => task(i + 1, y))].join('\n');
    const ds = only(text, 'deadline-out-of-range');
    expect(ds.map((d) => d.range.start.line)).toEqual([2 + 6 * 3 + 2]);
    expect(ds[0].message).toMatch(/2023—2025年/);
    // `十四五` in the title names 2021–2025: 2052 is still out, the rest in.
    const fyp = text.replace('重点工作分工方案', '“十四五”重点工作分工方案');
    expect(only(fyp, 'deadline-out-of-range').map((d) => d.message)).toEqual(['完成时限“2052年12月底”不在方案年度2021—2025年内']);
    // A 规划纲要's title spells the five years out and names its horizon: 2035 is not the plan's year.
    for (const title of ['国民经济和社会发展第十四个五年规划和2035年远景目标纲要任务分工方案', '国民经济和社会发展第十四个五年规划纲要任务清单']) {
      const ds2 = only(text.replace('重点工作分工方案', title), 'deadline-out-of-range');
      expect([title, ds2.map((d) => d.message)]).toEqual([title, ['完成时限“2052年12月底”不在方案年度2021—2025年内']]);
    }
  });
  it('a 规划纲要 whose tasks give 年底前 with no year: the year comes from the issue date, never from 2035年远景目标', () => {
    const text = ['关于印发某区国民经济和社会发展第十四个五年规划和2035年远景目标纲要任务分工方案的通知', '', '各街道：', '现印发给你们，请认真贯彻落实。', '', '某区人民政府', '2021年6月1日', '', '某区国民经济和社会发展第十四个五年规划和2035年远景目标纲要任务分工方案', '一、生态建设', '1.推进垃圾分类。', '牵头单位：区城管局', '完成时限：年底前', '2.推进污水处理厂建设。', '牵头单位：区住建局', '完成时限：2023年底前'].join('\n');
    const doc = parseDocument(text);
    expect(doc.plan!.tasks.map((t) => t.deadline?.date)).toEqual(['2021-12-31', '2023-12-31']);
    expect(lint(doc, { today: '2021-06-02' })).toEqual([]);
  });
  it('an unreadable deadline is information, not an error', () => {
    const ds = check(swap('视情况而定')).diagnostics.filter((d) => d.rule === 'deadline-unreadable');
    expect(ds.map((d) => d.severity)).toEqual(['information']);
  });
});

describe('numbering', () => {
  it('a part restarted at 1 in a plan numbered continuously across parts (000 part 三): one diagnostic', () => {
    const s000 = seed('000');
    const ls = lines(s000);
    let first = -1;
    for (let v = 30; v <= 38; v++) {
      const i = ls.findIndex((l) => l.startsWith(`  ${v}.`));
      if (v === 30) first = i;
      ls[i] = ls[i].replace(`${v}.`, `${v - 29}.`);
    }
    const text = ls.join('\n');
    const ds = check(text).diagnostics.filter((d) => d.rule.startsWith('numbering'));
    expect(ds.map((d) => `${d.rule}@${d.range.start.line}`)).toEqual([`numbering-order@${first}`]);
    expect(ds[0].message).toMatch(/跨部分连续编号.*从1重新开始.*应为30/);
    const fixed = applyFix(check(text).doc, ds[0].fixes![0].edits);
    expect(fixed).toBe(s000);
  });
  it('a plan that numbers part 三 on from part 二 is consistent when no other part says otherwise (003)', () => {
    let text = seed('003');
    for (const [from, to] of [['1.旗帜鲜明', '136.旗帜鲜明'], ['2.坚持在区委', '137.坚持在区委'], ['3.坚持实字', '138.坚持实字'], ['4.全面落实党风', '139.全面落实党风']]) {
      text = text.replace(from, to);
    }
    expect(check(text).diagnostics.filter((d) => d.rule.startsWith('numbering'))).toEqual([]);
  });
  it('mixed styles within one level: `15、` among `1.`', () => {
    const s000 = seed('000');
    const m = edit(s000, '15.深入实施', '15.', '15、');
    expect(added(s000, m.text)).toEqual([`numbering-style@${m.line}`]);
    const d = only(m.text, 'numbering-style')[0];
    expect(d.fixes![0].edits[0].newText).toBe('15.');
  });
});

describe('numbers in full-width figures', () => {
  it('a wrong number is fixed in the figures the plan writes (`１６．` after `１４．`)', () => {
    const fw = (s: string) => s.replace(/(?<=^\s*)(\d+)\./gm, (_, n: string) => n.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) + '．');
    const s000 = fw(seed('000'));
    const m = edit(s000, '１５．深入实施', '１５．', '１６．');
    const ds = only(m.text, 'numbering-duplicate');
    expect(ds.map((d) => d.range.start.line)).toEqual([m.line]);
    expect(ds[0].fixes![0].edits[0].newText).toBe('１５');
    expect(check(applyFix(check(m.text).doc, ds[0].fixes![0].edits)).diagnostics).toEqual(check(s000).diagnostics);
  });
});

describe('a skipped number and, later, a repeated one (damage hunt)', () => {
  const plan = (nums: number[]) =>
    ['某区2024年重点任务分工方案', '一、重点任务', ...nums.map((n, k) => `${n}.推进第${k + 1}项工作。(牵头单位:区发改局;责任单位:区财政局)`)].join('\n');
  it('`1 2 4 5 6 7 7`: the gap at 4 and the repeat at the second 7, each reported; fixing either renumbers the stretch and clears both', () => {
    const { doc, diagnostics } = check(plan([1, 2, 4, 5, 6, 7, 7]));
    expect(diagnostics.map((d) => [d.rule, d.range.start.line, d.message])).toEqual([
      ['numbering-gap', 4, '序号跳号：本方案任务序号依次连续编号，2之后应为3，实为4（缺少3）'],
      ['numbering-duplicate', 8, '序号7重复：本方案任务序号依次连续编号，前面缺少3，其后的序号多了1'],
    ]);
    expect(diagnostics[1].related![0].range.start.line).toBe(7);
    for (const d of diagnostics) expect(check(applyFix(doc, d.fixes![0].edits)).diagnostics).toEqual([]);
  });
  it('a plain gap (`1 2 4 5 6 7 8`) stays one report', () => {
    expect(check(plan([1, 2, 4, 5, 6, 7, 8])).diagnostics.map((d) => d.rule)).toEqual(['numbering-gap']);
  });
});

describe('numbers kept from another list: a department\'s extract of the tasks it carries (hunt d6)', () => {
  const plan = (nums: number[]) =>
    ['县市场监管局承担的2024年县政府重点工作任务清单', '', ...nums.map((n, k) => `${n}.推进第${k + 1}项工作。(牵头单位:县市场监管局;责任单位:县财政局)`)].join('\n');
  it('`3. 7. 12. 15. 21. 26. 30.`: rising, fewer than half the numbers up to the last, no gap reported', () => {
    expect(keys(check(plan([3, 7, 12, 15, 21, 26, 30])).diagnostics)).toEqual([]);
  });
  it('a repeat or a step back among them is still reported', () => {
    expect(keys(check(plan([3, 7, 12, 12, 21, 26, 30])).diagnostics)).not.toEqual([]);
  });
  it('a draft whose tasks were deleted without renumbering keeps most of its numbers, and each gap is reported', () => {
    expect(keys(check(plan([1, 2, 4, 5, 7, 9, 10, 12])).diagnostics)).toEqual(['numbering-gap@4', 'numbering-gap@6', 'numbering-gap@7', 'numbering-gap@9']);
  });
  it('consecutive rows of another list (谯城 科技局 2023: `33` `34` `35` of the county\'s table): no gap before them (hunt d16)', () => {
    expect(keys(check(plan([33, 34, 35])).diagnostics)).toEqual([]);
    expect(keys(check(plan([5, 6, 7, 8])).diagnostics)).toEqual([]);
  });
  it('a draft that lost its first tasks holds more than it lost: reported (`2` … `9`, `4` … `9`)', () => {
    expect(keys(check(plan([2, 3, 4, 5, 6, 7, 8, 9])).diagnostics)).toEqual(['numbering-gap@2']);
    expect(keys(check(plan([4, 5, 6, 7, 8, 9])).diagnostics)).toEqual(['numbering-gap@2']);
    // Two tasks are too few to tell an extract from a damaged draft.
    expect(keys(check(plan([33, 34])).diagnostics)).toEqual(['numbering-gap@2']);
  });
  it('the part heading above the extract\'s rows (`三、坚持创新驱动发展` over `33` `34` `35`) keeps the other list\'s number too', () => {
    const text = plan([33, 34, 35]).replace('\n\n', '\n三、坚持创新驱动发展\n');
    expect(keys(check(text).diagnostics)).toEqual([]);
    // Its next part skipped is still reported.
    expect(keys(check(text + '\n五、扩大有效投资\n36.推进第4项工作。(牵头单位:县市场监管局;责任单位:县财政局)').diagnostics)).toEqual(['numbering-gap@5']);
  });
  it('a plan whose later parts number from 1 again lost its first part\'s first tasks: reported (regression hunt of 6c85678)', () => {
    const part = (h: string, nums: number[], unit: string) => [h, ...nums.map((n) => `${n}.推进第${n}项工作。(牵头单位:${unit})`)];
    const text = ['某市2024年重点工作任务分工方案', ...part('一、推动经济高质量发展', [4, 5, 6], '市发改委'), ...part('二、持续保障和改善民生', [1, 2, 3, 4], '市民政局'), ...part('三、加强生态环境保护', [1, 2, 3, 4], '市园林局')].join('\n');
    expect(keys(check(text).diagnostics.filter((d) => d.rule.startsWith('numbering')))).toEqual(['numbering-gap@2']);
  });
  it('a first run starting past its numbers but not past the plan\'s tasks (`4 5 6`, then five rows of a table) is reported', () => {
    const text = [
      '某局2024年政务公开工作要点',
      '一、工作要点',
      ...[4, 5, 6].map((n) => `${n}.及时发布第${n}类信息。(责任科室:综合科)`),
      '二、重点工作任务分解',
      '重点任务 | 工作内容 | 负责科室 |',
      ...['政策解读', '回应关切', '政务服务', '财政资金', '制度建设'].map((w) => `${w} | 做好${w}工作,及时发布相关信息。 | 综合科 |`),
    ].join('\n');
    expect(keys(check(text).diagnostics)).toEqual(['numbering-gap@2']);
  });
  it('only where the numbering begins: a part that starts past its numbers after another part is still reported', () => {
    const text = [
      '某区2024年重点任务分工方案',
      '一、扩大投资',
      ...[1, 2, 3].map((n) => `${n}.推进第${n}项投资工作。(牵头单位:区发改局)`),
      '二、改善民生',
      ...[8, 9, 10].map((n) => `${n}.推进第${n}项民生工作。(牵头单位:区民政局)`),
    ].join('\n');
    expect(keys(check(text).diagnostics)).toEqual(['numbering-gap@6']);
  });
});

describe('the first two numbers of a part swapped (damage hunt 2)', () => {
  const plan = (second: number[]) =>
    [
      '2024年区政府重点工作任务分工方案',
      '一、扩大有效投资',
      ...[1, 2, 3].map((n) => `${n}.推进第${n}项投资工作。（牵头单位：区发改局；责任单位：区财政局）`),
      '二、保障和改善民生',
      ...second.map((n, k) => `${n}.推进第${k + 1}项民生工作。（牵头单位：区民政局；责任单位：区卫健局）`),
    ].join('\n');
  it('`2.` `1.` `3.` under a part numbered from 1: the swap on the two, nothing on the third', () => {
    const { doc, diagnostics } = check(plan([2, 1, 3]));
    expect(keys(diagnostics)).toEqual(['numbering-order@6', 'numbering-order@7']);
    expect(diagnostics[0].message).toContain('在每个部分内从1开始');
    expect(check(applyFix(doc, diagnostics[0].fixes![0].edits)).diagnostics).toEqual([]);
  });
  it('numbers run on across parts: `5.` `4.` `6.` after 3 is the same swap', () => {
    expect(keys(check(plan([5, 4, 6])).diagnostics)).toEqual(['numbering-order@6', 'numbering-order@7']);
  });
});

describe('sub-items', () => {
  it('a task\'s sub-items (1)(3) skip a number', () => {
    const s000 = seed('000');
    const text = s000.replace('  10.打造北京国际核酸制药产业园,力争11月投入使用。\n', '  10.打造北京国际核酸制药产业园,力争11月投入使用。\n\n  (1)完成园区规划。\n\n  (3)完成主体建设。\n');
    const line = lines(text).findIndex((l) => l.includes('(3)完成主体建设'));
    const ds = check(text).diagnostics;
    expect(keys(ds)).toEqual([`numbering-gap@${line}`]);
    expect(ds[0].message).toContain('第10项任务的子项');
    const fixed = applyFix(check(text).doc, ds[0].fixes![0].edits);
    expect(check(fixed).diagnostics).toEqual([]);
  });
});

describe('sub-items in two levels', () => {
  // A task's items (1)(2), each with its own ① ② (a 民生工程 outline, as a county plan wrote it).
  const outline = (a: string, b: string, c: string) =>
    [
      '某县2024年重点工作分工方案',
      '一、民生工程',
      '1.居民增收工程',
      '（1）城镇居民',
      `${a}稳定就业岗位，帮助1万人就业。（牵头单位：县人社局）`,
      `${b}扶持创业500人。（牵头单位：县财政局）`,
      '（2）农村居民',
      `${c}发展特色产业，带动农户增收。（牵头单位：县农业农村局）`,
    ].join('\n');

  it('① starts again under each (n): no numbering problem', () => {
    expect(check(outline('①', '②', '①')).diagnostics).toEqual([]);
  });
  it('a skip within one (n) is still reported, where it is', () => {
    const ds = check(outline('①', '③', '①')).diagnostics;
    expect(keys(ds)).toEqual(['numbering-gap@5']);
    // Each ① closing with its own lead is a task (楚雄 2021): the range is the task's head, its number and words.
    expect(ds[0].range).toEqual({ start: { line: 5, character: 0 }, end: { line: 5, character: '③扶持创业500人。'.length } });
  });
  it('the outer items stay one sequence across the inner ones', () => {
    const text = outline('①', '②', '①').replace('（2）农村居民', '（3）农村居民');
    expect(keys(check(text).diagnostics)).toEqual(['numbering-gap@6']);
  });
});

describe('numbering levels', () => {
  it('`(1)` directly under a part, in a plan whose tasks are `1.`', () => {
    const s000 = seed('000');
    const ls = lines(s000);
    const i = ls.findIndex((l) => l.includes('二、紧扣现代化产业体系建设'));
    ls.splice(i + 1, 0, '', '  (1)测试一个直接位于部分之下的子项内容。', '', '  牵头领导:蔡小军', '', '  主要责任单位:区商务局', '', '  完成时限:2023年12月31日');
    const text = ls.join('\n');
    const b = keys(check(s000).diagnostics).map((k) => k.replace(/@(\d+)$/, (_, l) => `@${Number(l) > i ? Number(l) + 8 : l}`));
    expect(keys(check(text).diagnostics)).toEqual([...b, `numbering-style@${i + 2}`].sort());
  });
});

describe('tasks numbered as articles, 第一条 第二条 (若干措施, 责任清单; probe 21)', () => {
  const task = (n: string, x: string) => `${n} ${x}。（牵头单位：区生态环境分局；配合单位：区发展改革局；完成时限：2025年12月31日）`;
  it('with no heading above them, they are the plan\'s tasks (it read as no plan), and a skipped one is reported, with its fix', () => {
    const text = ['××区2025年生态环境保护重点工作责任分工', '', task('第一条', '全区PM2.5平均浓度控制在32微克/立方米以内'), task('第二条', '完成燃煤锅炉淘汰改造30台'), task('第四条', '完成入河排污口整治50个')].join('\n');
    const doc = parseDocument(text);
    expect([doc.kind, doc.plan?.tasks.map((t) => [t.numbering.style, t.numbering.value, t.numbering.marker.text, t.text.text.slice(0, 6)])]).toEqual([
      'plan',
      [
        ['cn-tiao', 1, '第一条', '全区PM2.'],
        ['cn-tiao', 2, '第二条', '完成燃煤锅炉'],
        ['cn-tiao', 4, '第四条', '完成入河排污'],
      ],
    ]);
    const gap = only(text, 'numbering-gap');
    expect(gap.map((d) => [d.range.start.line, d.fixes?.[0]?.edits.map((e) => [e.range.start.character, e.newText])])).toEqual([[4, [[1, '三']]]]);
  });
  it('numbered on across parts', () => {
    const own = (n: string, x: string) => [`${n}　${x}。（牵头单位：区生态环境分局；完成时限：2025年12月31日）`];
    const text = ['××区2025年生态环境保护重点工作责任分工', '一、大气污染防治', ...own('第一条', '控制PM2.5浓度'), ...own('第二条', '淘汰燃煤锅炉'), '二、水污染防治', ...own('第三条', '整治入河排污口'), ...own('第五条', '建设污水管网')].join('\n');
    const doc = parseDocument(text);
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.text.text, t.leadUnits.map((u) => u.name)])).toEqual([
      [1, '控制PM2.5浓度。', ['区生态环境分局']],
      [2, '淘汰燃煤锅炉。', ['区生态环境分局']],
      [3, '整治入河排污口。', ['区生态环境分局']],
      [5, '建设污水管网。', ['区生态环境分局']],
    ]);
    expect(check(text).diagnostics.map((d) => [d.rule, d.range.start.line])).toEqual([['numbering-gap', 6]]);
  });
});

describe('outline numbers with no heading lines (`1.1` `1.2` `2.1`: a 任务清单 whose group titles a copy dropped; probe 21)', () => {
  const row = (n: string, x: string) => `${n} ${x}。（牵头单位：区发改局；责任单位：区住建局；完成时限：2025年12月底前）`;
  const text = (ns: string[]) => ['2025年重点工作任务清单', '', ...ns.map((n, k) => row(n, `推进第${k + 1}批重点项目建设`))].join('\n');
  it('a list that starts again at 1 under the next leading number is no restart (numbering-order errors on each `2.1`)', () => {
    expect(check(text(['1.1', '1.2', '2.1', '2.2', '3.1'])).diagnostics).toEqual([]);
    expect(check(text(['1.1', '1.2', '2.1', '2.2', '3.1']).replace(/ /g, '\t')).diagnostics).toEqual([]);
  });
  it('a number skipped under one leading number is still reported there', () => {
    expect(check(text(['1.1', '1.2', '2.1', '2.3', '3.1'])).diagnostics.map((d) => [d.rule, d.range.start.line])).toEqual([['numbering-gap', 5]]);
  });
  it('a ledger\'s 序号 written `1-1` `1-2` `2-1` numbers its rows (it read as no table at all), the row\'s number the last part', () => {
    const rows = (ns: string[]) =>
      ['2025年重点工作任务清单', '', '序号\t重点任务\t牵头单位\t配合单位\t完成时间', ...ns.map((n, k) => `${n}\t推进第${k + 1}批重点项目建设\t区发改局\t区住建局\t2025年12月底前`)].join('\n');
    const doc = parseDocument(rows(['1-1', '1-2', '2-1', '2-2']));
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.numbering.outline, t.numbering.marker.text, t.leadUnits.map((u) => u.name)])).toEqual([
      [1, '1-', '1', ['区发改局']],
      [2, '1-', '2', ['区发改局']],
      [1, '2-', '1', ['区发改局']],
      [2, '2-', '2', ['区发改局']],
    ]);
    expect(check(rows(['1-1', '1-2', '2-1', '2-2'])).diagnostics).toEqual([]);
    const gap = check(rows(['1-1', '1-2', '2-1', '2-3'])).diagnostics;
    expect(gap.map((d) => [d.rule, d.range.start.line, d.fixes?.[0]?.edits.map((e) => [e.range.start.character, e.newText])])).toEqual([['numbering-gap', 6, [[2, '2']]]]);
  });
});

describe('duplicate tasks', () => {
  it('a near-duplicate task text is reported on the later task', () => {
    const s000 = seed('000');
    const ls = lines(s000);
    const a = ls.findIndex((l) => l.includes('44.分批次推进老旧小区改造'));
    const b = ls.findIndex((l) => l.includes('47.完成11处公路'));
    ls[b] = '  47.分批次推进老旧小区改造,全年新开工30个、完工12个,让群众居住品质持续改善。';
    const text = ls.join('\n');
    expect(added(s000, text)).toEqual([`duplicate-task@${b}`]);
    expect(only(text, 'duplicate-task')[0].related?.[0].range.start.line).toBe(a);
  });
  it('two tasks of the same number (numbering restarted in each part) are told apart by their lines', () => {
    const task = (n: number, x: string) => [`${n}.${x}`, '牵头单位：区发改局'];
    const text = ['2024年重点任务分工方案', '一、经济发展', ...task(1, '推进重大项目建设，全年完成投资增长8%。'), ...task(2, '扩大招商引资成果。'), '二、民生保障', ...task(1, '推进重大项目建设，全年完成投资增长8%。'), ...task(2, '新增就业岗位。')].join('\n');
    expect(only(text, 'duplicate-task').map((d) => [d.range.start.line, d.message])).toEqual([[7, '第1项任务与第1项任务（第3行）正文相同']]);
  });
  it('in a table, a column beside the task\'s words (`任务名称 | 指标要求`) makes rows of the same name two tasks (上城区 2019, hunt d4)', () => {
    const rows = (second: string, sep: string, pipe: boolean) => {
      const row = (cells: string[]) => (pipe ? cells.join(' | ') + ' |' : cells.join(sep));
      return [
        '2019年《政府工作报告》目标任务分解方案',
        row(['序号', '任务名称', '指标要求', '牵头部门', '配合部门']),
        row(['1', '保障性住房', '开工建设500套', '区住建局', '各街道办事处']),
        row(['2', '保障性住房', second, '区住建局', '各街道办事处']),
        row(['3', '服务业增加值', '增长6%', '区发改经信局', '区商务局']),
      ].join('\n');
    };
    for (const [sep, pipe] of [[' | ', true], ['\t', false]] as const) {
      expect(only(rows('竣工交付300套', sep, pipe), 'duplicate-task')).toEqual([]);
      // The same name and the same 指标 are the same task.
      expect(only(rows('开工建设500套', sep, pipe), 'duplicate-task').map((d) => [d.range.start.line, d.message])).toEqual([[3, '第2项任务与第1项任务正文相同']]);
    }
  });
});

describe('empty sections', () => {
  it('a numbered heading left with no tasks', () => {
    const s000 = seed('000');
    const ls = lines(s000);
    const i = ls.findIndex((l) => l.includes('六、紧扣政府治理能力现代化'));
    ls.splice(i, 0, '  六、新增部分标题', '');
    ls[i + 2] = ls[i + 2].replace('六、', '七、');
    const text = ls.join('\n');
    expect(added(s000, text)).toEqual([`empty-section@${i}`]);
  });
  it('a heading followed by a paragraph of prose (一、指导思想) introduces the plan: not empty; without it, reported', () => {
    const plan = (intro: string[]) =>
      [
        '2024年重点工作责任分工',
        '一、指导思想',
        ...intro,
        '二、重点工作',
        '1.实施招商引资攻坚行动。(牵头单位:县商务局;责任单位:各镇政府)',
        '2.推进城乡环境综合整治。(牵头单位:县城管局;责任单位:各镇政府)',
      ].join('\n');
    expect(only(plan(['以习近平新时代中国特色社会主义思想为指导，推动各领域工作再上新台阶。']), 'empty-section')).toEqual([]);
    expect(only(plan([]), 'empty-section').map((d) => [d.range.start.line, d.range.start.character, d.range.end.character])).toEqual([[1, 0, 6]]);
    // A heading wrapped onto a second line is still one heading: its tasks are what count.
    expect(only(plan(['和总体要求']), 'empty-section').map((d) => d.range.start.line)).toEqual([1]);
  });
  it("a notice's numbered requirements (一、高度重视。各县区要……。) before the tasks are paragraphs: not empty; a heading closed by 。 alone still is", () => {
    const text = (first: string) =>
      [
        '某市人民政府办公室关于印发某市绿色低碳发展分工落实方案的通知',
        '各县区人民政府,市政府各部门:',
        '经市政府同意,现将《某市绿色低碳发展分工落实方案》印发给你们,请认真贯彻实施。',
        first,
        '二、压实责任。各牵头单位要统筹落实任务事项。',
        '三、加强督导。市发展改革委负责统一督导调度。',
        '1. 先行区建设取得突破。(牵头单位:市发展改革委;参与单位:市直有关部门)',
        '2. 重大工程项目加快建设。(牵头单位:市发展改革委;参与单位:市工业和信息化局)',
      ].join('\n');
    expect(only(text('一、高度重视。各县区要认真学习研究,找准切入点。'), 'empty-section')).toEqual([]);
    expect(only(text('一、高度重视。'), 'empty-section').map((d) => d.range.start.line)).toEqual([3]);
  });
  it('003 part 一 explains in brackets where its targets come from: not empty', () => {
    expect(only(seed('003'), 'empty-section')).toEqual([]);
  });
});

describe('raw-text rules', () => {
  it('a title a web copy wrapped over three lines with blank lines between is one paragraph, read as a title or not (西乡 2023, 怀化 2023)', () => {
    const notice = (a: string) =>
      ['西乡县人民政府', '', a, '', '一览表》的通知', '', '各镇人民政府：', '现将任务分解一览表印发给你们。', ''].join('\n');
    expect(only(notice('关于印发《2023年县政府工作报告任务分解'), 'unbalanced-bracket')).toEqual([]);
    const plan = ['紫云市贯彻落实《关于稳住经济大盘', '', '实现经济运行整体好转的若干政策', '', '措施》实施方案', '', '一、促进消费恢复', '1.加大促消费活动力度。（牵头单位：市商务局）', '2.扩大汽车消费。（牵头单位：市商务局）', ''].join('\n');
    expect(only(plan, 'unbalanced-bracket')).toEqual([]);
    expect(parseDocument(plan).plan!.titleText).toBe('紫云市贯彻落实《关于稳住经济大盘实现经济运行整体好转的若干政策措施》实施方案');
    // A bracket left open on a short line before a paragraph of prose is still reported, where it was opened.
    const open = ['2024年重点工作任务分工方案', '一、扩大《有效投资', '', '全年完成固定资产投资增长10%，着力扩大有效投资。', '1.推进项目建设。（牵头单位：区发改局）', ''].join('\n');
    expect(only(open, 'unbalanced-bracket').map((d) => [d.range.start.line, d.range.start.character])).toEqual([[1, 4]]);
  });
  it('unbalanced and mixed-width brackets', () => {
    const s000 = seed('000');
    const m = edit(s000, '50.利用人防工程', '800个停车位', '800个(地下)停车位）');
    const ds = only(m.text, 'unbalanced-bracket');
    expect(ds.map((d) => d.range.start.line)).toEqual([m.line]);
    const mixed = edit(s000, '50.利用人防工程', '800个停车位', '800个(地下）停车位');
    const d = only(mixed.text, 'unbalanced-bracket')[0];
    expect(d.fixes![0].edits[0].newText).toBe(')');
    const fixed = applyFix(check(mixed.text).doc, d.fixes![0].edits);
    expect(only(fixed, 'unbalanced-bracket')).toEqual([]);
  });
  it('fields in square brackets left open (`[牵头单位:县财政局;责任单位:县税务局`, 嘉鱼 2021, hunt d4)', () => {
    const plan = (second: string) =>
      [
        '2021年重点工作责任分解方案',
        '一、主要目标',
        '(一)地区生产总值增长11%。[牵头单位:县发改局;责任单位:各镇人民政府]',
        `(二)地方公共预算收入增长32%。${second}`,
        '(三)规模以上工业增加值增长11.5%。［牵头单位:县科经局;责任单位:各镇人民政府］',
        '',
        '附：某政[2021]3号、[链接](http://example.invalid/a[1])',
      ].join('\n');
    expect(only(plan('[牵头单位:县财政局;责任单位:县税务局]'), 'unbalanced-bracket')).toEqual([]);
    const ds = only(plan('[牵头单位:县财政局;责任单位:县税务局'), 'unbalanced-bracket');
    expect(ds.map((d) => [d.range, d.message])).toEqual([[{ start: { line: 3, character: 17 }, end: { line: 3, character: 18 } }, '“[”没有对应的“]”']]);
  });
  it('a list marker 1） or 一） at the start of a line closes nothing, and is not reported; an unmatched ） after text still is', () => {
    const plan = (marker: (i: number) => string) =>
      ['2024年重点工作任务分工方案', '一、扩大有效投资', ...[1, 2, 3].map((i) => `${marker(i)}推进第${i}项工作。（牵头单位：区发改局；完成时限：2024年12月底）`)].join('\n');
    expect(only(plan((i) => `${i}）`), 'unbalanced-bracket')).toEqual([]);
    expect(only(plan((i) => `  ${i})`), 'unbalanced-bracket')).toEqual([]);
    expect(only(plan((i) => `${'一二三'[i - 1]}）`), 'unbalanced-bracket')).toEqual([]);
    // Not at the start of the line, or after more than a number: a bracket that closes nothing.
    const ds = only(plan((i) => `${i}.共${i}）`), 'unbalanced-bracket');
    expect(ds.map((d) => d.range)).toEqual([2, 3, 4].map((line) => ({ start: { line, character: 4 }, end: { line, character: 5 } })));
  });
  it('a 文号 whose year uses [] instead of 〔〕', () => {
    const s000 = seed('000');
    const m = edit(s000, '发文序号', '〔2023〕', '[2023]');
    expect(added(s000, m.text)).toEqual([`doc-number-format@${m.line}`]);
    const d = only(m.text, 'doc-number-format')[0];
    expect(applyFix(check(m.text).doc, d.fixes![0].edits)).toBe(s000.replace(/^\uFEFF/, ''));
  });
  it('a 文号 in full-width figures (`京兴政办发（２０２３）１号`): reported, and the fix keeps the year as written', () => {
    const s000 = seed('000');
    const m = edit(s000, '发文序号', '〔2023〕1', '（２０２３）１');
    expect(added(s000, m.text)).toEqual([`doc-number-format@${m.line}`]);
    const d = only(m.text, 'doc-number-format')[0];
    expect(d.message).toBe('文号年份应写作“〔２０２３〕”，此处为“（２０２３）”');
    expect(applyFix(check(m.text).doc, d.fixes![0].edits)).toBe(m.text.replace('（２０２３）', '〔２０２３〕').replace(/^\uFEFF/, ''));
  });
  it('a 文号 a copy spaced out (`某政 [2020] 20号`): reported from its brackets, the fix closes the blanks up', () => {
    const text = '某政 [2020] 20号\n某市2020年重点工作任务分解\n一、抓好疫情防控\n1.完善常态化疫情防控举措。\n责任单位：市卫生健康委\n2.大力开展爱国卫生运动。\n责任单位：市卫生健康委、市城管局\n';
    const { doc, diagnostics } = check(text);
    expect(doc.metadata.docNumber?.text).toBe('某政 [2020] 20号');
    const [d] = diagnostics.filter((x) => x.rule === 'doc-number-format');
    expect(d.range).toEqual({ start: { line: 0, character: 2 }, end: { line: 0, character: 10 } });
    expect(d.message).toBe('文号年份应写作“〔2020〕”，此处为“[2020]”');
    expect(applyFix(doc, d.fixes![0].edits).split('\n')[0]).toBe('某政〔2020〕20号');
  });
});

describe('units', () => {
  it('with a registry made from the plan itself, the plan has no unknown units', () => {
    const s000 = seed('000');
    const reg = createRegistry(createRegistryFromDocument(parseDocument(s000)) as never);
    expect(only(s000, 'unknown-unit')).toEqual([]);
    expect(lint(parseDocument(s000), { registry: reg }).filter((d) => d.rule === 'unknown-unit')).toEqual([]);
  });
  it('with a registry, an unregistered name gets ranked suggestions (abbreviation first)', () => {
    const s000 = seed('000');
    const reg = createRegistry({
      units: [{ name: '区发展和改革委员会', abbreviations: ['区发展改革委'] }, '区财政局', '区商务局', '区审计局'],
      leaders: [],
    });
    const m = edit(s000, '主要责任单位:区财政局', '区财政局', '区财攻局');
    const ds = lint(parseDocument(m.text), { registry: reg }).filter((d) => d.rule === 'unknown-unit' && d.range.start.line === m.line);
    expect(ds).toHaveLength(1);
    expect(ds[0].fixes![0].edits[0].newText).toBe('区财政局');
  });
  it('abbreviations of one registered full name are known: 区发改局 ⊂ 区发展和改革局', () => {
    const reg = createRegistry({ units: ['区发展和改革局'] });
    expect(reg.recognise('unit', '区发改局')?.name).toBe('区发展和改革局');
    expect(reg.suggest('unit', '区发改局')[0]).toMatchObject({ name: '区发展和改革局', abbreviation: true });
  });
  it('with a registry: levels of government written once and a note closing the list are no unknown units; a misspelt bureau beside them still is', () => {
    const reg = createRegistry({ units: ['市发展改革委', '市财政局', '市统计局'] });
    const plan = (units: string) =>
      ['某某市2024年重点工作及责任分解', '一、主要目标', '1.地区生产总值增长6%以上。', '牵头责任单位：市发展改革委', `协同责任单位：${units}`, '2.财政收入增长6%左右。', '牵头责任单位：市财政局', '协同责任单位：市统计局'].join('\n');
    const unknown = (text: string) => lint(parseDocument(text), { registry: reg }).filter((d) => d.rule === 'unknown-unit');
    expect(unknown(plan('市统计局，各县、市、区政府，以下均需各县市区落实，不再逐一列出'))).toEqual([]);
    const damaged = unknown(plan('市统汁局，各县、市、区政府'));
    expect(damaged.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character])).toEqual([[4, 7, 11]]);
  });
  it('with a registry: a level written once before a list (`县工信局、发改局、住建局`) names the level\'s bureaus; a misspelt one is still unknown, with the full name suggested', () => {
    const reg = createRegistry({ units: ['县发改局', '县工信局', '县住建局', '县统计局', '县人社局', '县财政局'] });
    const plan = (units: string) =>
      ['县政府2024年工作目标任务分解落实方案', '一、目标分解', '1.地区生产总值增长7%。（县发改局）', `2.单位生产总值能耗下降3%。（${units}）`, '3.城镇新增就业3000人。（县人社局、财政局）'].join('\n');
    const unknown = (text: string) => lint(parseDocument(text), { registry: reg }).filter((d) => d.rule === 'unknown-unit');
    expect(unknown(plan('县工信局、发改局、住建局、统计局'))).toEqual([]);
    const damaged = unknown(plan('县工信局、发改局、住建局、统汁局'));
    expect(damaged.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character, d.fixes![0].edits[0].newText])).toEqual([[3, 29, 32, '统计局']]);
  });
  it('with a registry: a name starred as the lead (`区财政局*`) is the registered unit, and leads its task', () => {
    const reg = createRegistry({ units: ['区财政局', '区发改局', '区科技局', '区投促中心'] });
    const plan = ['2023年区政府重点工作任务分解', '一、重点工作', '1.推进甲项工作。', '责任单位：区财政局*、区发改局', '2.推进乙项工作。', '责任单位：区科技局*、区投促中心', '3.推进丙项工作。', '责任单位：区发改局*、区财政局'].join('\n');
    const doc = parseDocument(plan);
    expect(lint(doc, { registry: reg }).filter((d) => d.rule === 'unknown-unit')).toEqual([]);
    expect(doc.plan!.tasks.map((t) => t.leadUnits.map((u) => u.name))).toEqual([['区财政局'], ['区科技局'], ['区发改局']]);
    expect(createRegistryFromDocument(doc).units!.map((u) => (typeof u === 'string' ? u : u.name)).sort()).toEqual(['区发改局', '区投促中心', '区科技局', '区财政局'].sort());
  });
  it('a registry made from a plan that writes `X牵头` takes no `牵头` as an alias, so a misspelt `Y牵头` is still unknown', () => {
    const plan = (lead2: string) =>
      ['2024年甲省政府工作报告重点任务分工方案', '一、主要预期目标', '1.地区生产总值增长5%。', '部门分工:省发展改革委牵头,各地、各部门配合。', '2.一般公共预算收入增长5%。', `部门分工:${lead2}牵头,各地、各部门配合。`, '3.居民消费价格涨幅3%左右。', '部门分工:省发展改革委牵头,各地、各部门配合。'].join('\n');
    const file = createRegistryFromDocument(parseDocument(plan('省财政厅')));
    expect(JSON.stringify(file)).not.toContain('牵头');
    // A convention's wording in the bracket after a name is no alias either; another name is.
    const noted = createRegistryFromDocument(parseDocument(plan('省财政厅（除标注外，列第一位为牵头单位，下同）').replace('省发展改革委牵头,各地', '省发展改革委〈省粮食和储备局〉牵头,各地')));
    expect(JSON.stringify(noted)).not.toContain('下同');
    expect(JSON.stringify(noted)).toContain('省粮食和储备局');
    const ds = lint(parseDocument(plan('省发展改革季')), { registry: createRegistry(file as never) }).filter((d) => d.rule === 'unknown-unit');
    expect(ds.map((d) => [d.range.start.line, d.range.start.character, d.message])).toEqual([[5, 5, '未知单位“省发展改革季”：不在单位名录中；是否应为“省发展改革委”？']]);
    // A hand-written registry that lists 牵头 as an alias does not hide the name either.
    const handWritten = createRegistry({ units: [{ name: '省发展改革委', aliases: ['牵头'] }, '省财政厅'] });
    expect(lint(parseDocument(plan('省发展改革季')), { registry: handWritten }).filter((d) => d.rule === 'unknown-unit')).toHaveLength(1);
  });
  it('collective assignees are never unknown', () => {
    const reg = createRegistry({ units: ['区商务局'] });
    const ds = lint(parseDocument(seed('003')), { registry: reg }).filter((d) => d.rule === 'unknown-unit');
    expect(ds.some((d) => /各街道办事处|各相关街道办事处|区直各单位/.test(d.message))).toBe(false);
  });
});

describe('configuration', () => {
  const s003 = seed('003');
  it('a rule can be turned off or given another level', () => {
    expect(lint(parseDocument(s003), { config: { rules: { 'missing-lead': 'off' } } }).map((d) => d.rule)).toEqual(['field-separator']);
    const ds = lint(parseDocument(s003), { config: { rules: { 'field-separator': 'error', 'missing-lead': { level: 'hint' } } } });
    expect(ds.map((d) => d.severity).sort()).toEqual(['error', 'hint', 'hint', 'hint']);
  });
  it('configured required fields replace the document\'s convention', () => {
    const ds = lint(parseDocument(s003), { config: { requiredFields: ['deadline'] } });
    expect(ds.filter((d) => d.rule === 'missing-deadline')).toHaveLength(139);
    expect(ds.filter((d) => d.rule === 'missing-lead')).toHaveLength(0);
  });
  it('locale from the configuration, overridden by the option', () => {
    expect(lint(parseDocument(s003), { config: { locale: 'en' } })[0].message).toMatch(/[a-z]{4}/);
    expect(lint(parseDocument(s003), { config: { locale: 'en' }, locale: 'zh' })[0].message).toMatch(/字段/);
  });
  it('an invalid configuration object falls back to defaults', () => {
    expect(keys(lint(parseDocument(s003), { config: { rules: { nope: 'off' } } }))).toEqual(keys(check(s003).diagnostics));
  });
});

describe('suppression comments', () => {
  const s003 = seed('003');
  const base = keys(check(s003).diagnostics);
  const insertBefore = (text: string, anchor: string, comment: string) => {
    const ls = lines(text);
    const i = ls.findIndex((l) => l.includes(anchor));
    ls.splice(i, 0, comment);
    return ls.join('\n');
  };
  const shift = (ks: string[], at: number, by = 1) => ks.map((k) => k.replace(/@(\d+)$/, (_, l) => `@${Number(l) >= at ? Number(l) + by : l}`)).sort();
  it('disable-next-line for one rule', () => {
    const text = insertBefore(s003, '1.旗帜鲜明讲政治', '<!-- fengong-disable-next-line missing-lead -->');
    const got = keys(check(text).diagnostics);
    expect(got).toEqual(shift(base, 175).filter((k) => k !== 'missing-lead@176'));
  });
  it('disable-next-line for another rule leaves it', () => {
    const text = insertBefore(s003, '1.旗帜鲜明讲政治', '<!-- fengong-disable-next-line numbering-gap -->');
    expect(keys(check(text).diagnostics)).toEqual(shift(base, 175));
  });
  it('a disable … enable region, for all rules', () => {
    let text = insertBefore(s003, '(二)坚持依法行政', '<!-- fengong-enable -->');
    text = insertBefore(text, '三、全力建设人民满意政府', '<!-- fengong-disable -->');
    const got = keys(check(text).diagnostics);
    expect(got.filter((k) => k.startsWith('missing-lead'))).toEqual(['missing-lead@181', 'missing-lead@183']);
    expect(got).toContain('field-separator@96');
  });
  it('disable-file, by rule id', () => {
    const text = '<!-- fengong-disable-file missing-lead -->\n' + s003;
    expect(keys(check(text).diagnostics)).toEqual(['field-separator@97']);
  });
  it('disable-line at the end of a line', () => {
    const s000 = seed('000');
    const m = edit(s000, '15.深入实施', '15.', '15、');
    const ls = lines(m.text);
    ls[m.line] += ' <!-- fengong-disable-line numbering-style -->';
    expect(keys(check(ls.join('\n')).diagnostics)).toEqual(keys(check(s000).diagnostics));
  });
  it('the comments change no task text', () => {
    const text = insertBefore(s003, '1.旗帜鲜明讲政治', '<!-- fengong-disable-next-line -->');
    expect(taskTexts(check(text).doc)).toEqual(taskTexts(check(s003).doc));
  });
});

describe('documentation', () => {
  const { existsSync, readFileSync } = require('node:fs') as typeof import('node:fs');
  const { join } = require('node:path') as typeof import('node:path');
  const docs = join(__dirname, '..', '..', 'docs');
  it('every rule has a page in Chinese and English, and the configuration and suppression pages exist', () => {
    for (const r of RULES) {
      const page = readFileSync(join(docs, 'rules', `${r.id}.md`), 'utf8');
      expect(page).toContain(`# ${r.id}`);
      expect(page).toContain(r.description.zh);
      expect(page).toContain(r.description.en);
    }
    expect(existsSync(join(docs, 'configuration.md'))).toBe(true);
    expect(readFileSync(join(docs, 'suppression.md'), 'utf8')).toContain('fengong-disable-next-line');
  });
});

describe('leaders', () => {
  it('a leader written once, one character from a leader named repeatedly (000: 张晓晟)', () => {
    const s000 = seed('000');
    const m = edit(s000, '牵头领导:张晓晟', '张晓晟', '张晓晨');
    expect(added(s000, m.text)).toEqual([`unknown-leader@${m.line}`]);
    expect(only(m.text, 'unknown-leader')[0].fixes![0].edits[0].newText).toBe('张晓晟');
  });

  it('a person written with their post (`于会游市长主抓重点工作`, 桐乡 2020) is the person the registry lists', () => {
    const text = [
      '2020年政府工作报告主要工作责任分解',
      '一、于会游市长主抓重点工作',
      '1.制定出台高质量发展政策体系，与企业共克时艰。',
      '责任单位:财政局、发改局、经信局(列第一位者为牵头或汇总单位,下同)',
      '2.全面落实各级减负政策，力争为企业减负60亿元。',
      '责任单位:发改局、经信局、财政局',
      '二、洪湖鹏副市长主抓重点工作',
      '3.推进重大项目建设。',
      '责任单位:发改局、财政局',
    ].join('\n');
    const registry = createRegistry({ units: ['财政局', '发改局', '经信局'], leaders: ['于会游', '洪湖鹏'] });
    expect(lint(parseDocument(text), { registry, today: TODAY }).map((d) => d.rule)).toEqual([]);
    // A person the registry does not list is still reported, by the name without the post.
    const other = createRegistry({ units: ['财政局', '发改局', '经信局'], leaders: ['于会游'] });
    expect(lint(parseDocument(text), { registry: other, today: TODAY }).map((d) => [d.rule, d.range.start.line])).toEqual([['unknown-leader', 6]]);
  });
});

describe('unknown-unit without a registry: two places, one office (福建 2000s 食品放心工程 实施方案)', () => {
  const plan = (third: string) =>
    [
      '全省治理“餐桌污染”工作实施方案',
      '一、治理畜牧业产品污染',
      '(一)由省经贸委负责,省农业厅、福建出入境检验检疫局配合,加快省级无公害畜禽基地建设。',
      '(二)由福建出入境检验检疫局负责,省农业厅配合,强化对出口备案基地的监管。',
      `(三)由${third}负责,省农业厅配合,加强进口肉类检验。`,
      '',
    ].join('\n');
  it('the same office of another place named first is another unit, not a misspelling', () => {
    expect(only(plan('厦门出入境检验检疫局'), 'unknown-unit')).toEqual([]);
  });
  it('one character changed is still a misspelling, with its fix', () => {
    const ds = only(plan('福建出入境检验验疫局'), 'unknown-unit');
    expect(ds.map((d) => [d.range.start.line, d.fixes![0].edits[0].newText])).toEqual([[4, '福建出入境检验检疫局']]);
  });
});

describe('unknown-unit without a registry: words swapped (安徽 重点工作及责任分解: 省农村农业厅)', () => {
  const plan = (third: string) =>
    [
      '一、确保完成全年主要预期目标',
      '1﹒粮食产量稳定在800亿斤以上。',
      '牵头负责领导:刘惠。',
      '牵头责任单位:省农业农村厅。',
      '协同责任单位:省财政厅、省自然资源厅。',
      '2﹒固定资产投资力争增长10%以上。',
      '牵头负责领导:刘惠。',
      '牵头责任单位:省发展改革委。',
      '协同责任单位:省财政厅、省农业农村厅、省自然资源厅。',
      '3﹒社会消费品零售总额增长9%左右。',
      '牵头负责领导:周喜安。',
      '牵头责任单位:省商务厅。',
      `协同责任单位:省发展改革委、省财政厅、${third}、省自然资源厅。`,
      '',
    ].join('\n');
  it('the same characters in another order as a name written repeatedly are reported, with the name as the fix', () => {
    const ds = only(plan('省农村农业厅'), 'unknown-unit');
    const col = plan('省农村农业厅').split('\n')[12].indexOf('省农村农业厅');
    expect(ds.map((d) => [d.range.start.line, d.range.start.character, d.fixes![0].edits[0].newText])).toEqual([[12, col, '省农业农村厅']]);
  });
  it('the name itself, and another body, are not', () => {
    expect(only(plan('省农业农村厅'), 'unknown-unit')).toEqual([]);
    expect(only(plan('省文化和旅游厅'), 'unknown-unit')).toEqual([]);
  });
});

describe('unknown-unit without a registry: a numbered series of bodies (a 民生实事 plan, probe 21)', () => {
  const plan = (fourth: string) =>
    [
      '2025年民生实事分工方案',
      '1.建成市第一人民医院新院区。（牵头单位：市卫生健康委；责任单位：市第一人民医院）',
      '2.市第一人民医院胸痛中心提档升级。（牵头单位：市卫生健康委；责任单位：市第一人民医院）',
      '3.改造县第三小学、县一中运动场。（牵头单位：市教育局；责任单位：县第三小学、县一中）',
      '4.新建县第三小学食堂。（牵头单位：市教育局；责任单位：县第三小学、县一中）',
      `5.建成精神卫生中心。（牵头单位：市卫生健康委；责任单位：${fourth}）`,
      '',
    ].join('\n');
  it('another of the series (第二, 第五, 二中) is another body, not a misspelling', () => {
    for (const other of ['市第二人民医院', '县第五小学', '县二中', '市第2人民医院']) expect(only(plan(other), 'unknown-unit'), other).toEqual([]);
  });
  it('real bodies one character apart (县水文局 / 县水利局, 市民防局 / 市民政局, 县工商局 / 县工信局) are no misspellings; a former name among the new one is', () => {
    const text = (other: string) =>
      ['2025年社会事业重点工作分工方案', ...['县水利局', '市民政局', '县工信局', '市卫健委'].flatMap((u, k) => [1, 2].map((j) => `${k * 2 + j}.推进第${k * 2 + j}项工作。（牵头单位：${u}）`)), `9.推进第9项工作。（牵头单位：${other}）`, ''].join('\n');
    for (const other of ['县水文局', '市民防局', '县工商局']) expect(only(text(other), 'unknown-unit'), other).toEqual([]);
    expect(only(text('市卫计委'), 'unknown-unit').map((d) => d.fixes![0].edits[0].newText)).toEqual(['市卫健委']);
  });
  it('a character changed beside the number is still a misspelling, with its fix', () => {
    const ds = only(plan('市第一人民医阮'), 'unknown-unit');
    expect(ds.map((d) => [d.range.start.line, d.fixes![0].edits[0].newText])).toEqual([[5, '市第一人民医院']]);
  });
});

/** 1. and 2. heading items that are the tasks, then a task numbered `${n}` under the next chapter (hunt d10). */
const itemsThenTask = (title: string, n: string) =>
  [
    title,
    '',
    '一、推动经济高质量发展',
    '(一)扩大有效投资',
    '1.抓好重大项目建设。',
    '(1)全年实施重点项目120个。(牵头单位:县发改局;责任单位:各乡镇人民政府;完成时限:2023年12月底)',
    '(2)新开工亿元以上项目30个。(牵头单位:县发改局;责任单位:县自然资源局、县住建局;完成时限:2023年10月底)',
    '2.加快基础设施建设。',
    '(1)建成县城至高铁站快速通道。(牵头单位:县交通运输局;责任单位:县财政局;完成时限:2023年9月底)',
    '(2)完成农村公路提档升级100公里。(牵头单位:县交通运输局;责任单位:各乡镇人民政府;完成时限:2023年11月底)',
    '(二)促进消费回补',
    `${n}.举办消费促进活动20场以上。(牵头单位:县商务局;责任单位:县财政局、县市场监管局;完成时限:2023年12月底)`,
  ].join('\n');

describe('a task numbered on from the headings of the chapter before (hunt d10)', () => {
  const text = (n: string) => itemsThenTask('2023年县政府重点工作任务分解方案', n);
  const numbering = (s: string) => lint(parseDocument(s), { today: '2023-03-01' }).filter((d) => d.rule.startsWith('numbering')).map((d) => [d.rule, d.range.start.line, d.message]);

  it('`3.` after the headings `1.` `2.` (their items the tasks) goes on with their numbers: no numbering-gap (was: 应为1，实为3)', () => {
    expect(numbering(text('3'))).toEqual([]);
  });
  it('`1.` starts again under its chapter, as the document may number; `4.` skips 3, and is said to', () => {
    expect(numbering(text('1'))).toEqual([]);
    expect(numbering(text('4'))).toEqual([['numbering-gap', 11, '序号跳号：各分组跨章节连续编号，2之后应为3，实为4（缺少3）']]);
  });
});

describe('count-mismatch where a plan\'s items are its tasks (hunt d10)', () => {
  const text = (count: number) => itemsThenTask(`2023年县政府重点工作任务分解方案（共${count}项）`, '3');
  const counts = (n: number) => lint(parseDocument(text(n)), { today: '2023-03-01' }).filter((d) => d.rule === 'count-mismatch').map((d) => d.range.start);

  it('the numbered entries (1. 2. over items, 3. a task: 3), the items of the main kind (4) and every task (5) are each a right count', () => {
    for (const n of [3, 4, 5]) expect(counts(n), `共${n}项`).toEqual([]);
  });
  it('any other count is reported, at its figure', () => {
    // The figure after `（共`: character 20 (the CLI's 1:21 counts from 1).
    expect(counts(6)).toEqual([{ line: 0, character: 20 }]);
    expect(counts(2)).toEqual([{ line: 0, character: 20 }]);
  });
});

describe('a field stated under several labels (国家 部门分工: `负责单位：` on some tasks, `参加单位：` on others; hunt 20)', () => {
  const text = [
    '“十三五”控制温室气体排放工作方案部门分工',
    '一、低碳引领能源革命',
    '1. 实施能源消费总量和强度双控。(负责单位:发展改革委、能源局)',
    '2. 大型发电集团单位供电二氧化碳排放控制在550克以内。(牵头单位:能源局 参加单位:发展改革委、国资委)',
    '3. 严格实施节能评估审查,强化节能监察。(牵头单位:发展改革委 参加单位:国务院有关部门)',
    '4. 推动重点领域节能降耗。(负责单位:发展改革委、工业和信息化部)',
    '5. 实施全民节能行动计划,组织开展重点节能工程。',
  ].join('\n');

  it('missing-units names them all, so that the count it gives is of what the message says', () => {
    expect(only(text, 'missing-units').map((d) => [d.range.start.line, d.message])).toEqual([
      [6, '第5项任务缺少责任单位（本方案同级5项任务中有4项写明了“参加单位”或“负责单位”）'],
    ]);
  });
});

describe('a note naming units for every task after it (`以下均需县(市、区)政府落实,不再列出`, 大气污染防治 plans; hunts 19, 20)', () => {
  const task = (n: number, roles: string) => `${n}.推进第${n}项大气污染防治工作。(${roles})`;
  const tasks = [
    task(1, '市生态环境局牵头,市发改委参与,县(市、区)政府负责落实。以下均需县(市、区)政府落实,不再列出'),
    ...[2, 3, 4, 5].map((n) => task(n, '市发改委牵头,市住建局参与')),
    task(6, '市发改委牵头'),
  ];
  const text = ['某市大气污染防治实施方案', '一、主要任务', ...tasks].join('\n');

  it('the tasks after it state those units: a task naming only its lead lacks none', () => {
    expect(only(text, 'missing-units')).toEqual([]);
    const doc = parseDocument(text);
    const standing = doc.plan!.conventions.standingUnits!;
    expect([standing.names.map((u) => u.name), standing.note.range.start]).toEqual([['县(市、区)政府'], { line: 2, character: tasks[0].indexOf('以下均需') }]);
  });
  it('`fengong parse` shows them by name among the plan\'s conventions', () => {
    const json = documentJson('x.txt', parseDocument(text));
    expect(json.conventions?.standingUnits).toEqual(['县(市、区)政府']);
    expect(documentJson('x.txt', parseDocument(text.replace(',不再列出', ''))).conventions).not.toHaveProperty('standingUnits');
  });
  it('damaged: without the note, the task that names only its lead is reported', () => {
    const damaged = text.replace('。以下均需县(市、区)政府落实,不再列出', '');
    expect(only(damaged, 'missing-units').map((d) => d.range.start.line)).toEqual([7]);
  });
  it('a task before the note is not covered by it', () => {
    const late = ['某市大气污染防治实施方案', '一、主要任务', task(1, '市发改委牵头'), ...tasks.slice(1, 5), task(6, '市发改委牵头,市住建局参与。以下均需县(市、区)政府落实,不再列出'), task(7, '市发改委牵头')].join('\n');
    expect(only(late, 'missing-units').map((d) => d.range.start.line)).toEqual([2]);
  });
  it('an edit of a task after the note keeps it (read in place), and an edit that removes it is read whole', () => {
    const doc = parseDocument(text);
    const edited = parseDocument(text.replace('推进第4项', '推进第四项'), doc);
    expect(edited.plan!.conventions.standingUnits?.names.map((u) => u.name)).toEqual(['县(市、区)政府']);
    const removed = parseDocument(text.replace(',不再列出', ''), doc);
    expect(removed.plan!.conventions.standingUnits).toBeUndefined();
  });
});
