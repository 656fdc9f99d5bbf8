/** One case per parser bug found by the property tests over the corpus (each failed before its fix). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/core/rules';
import { parseDocument, spliceStats } from '../../server/src/core/parse';
import { lspLines, rangeProblems } from '../robustness/support';
import { modelJson } from '../helpers/modelJson';

describe('parser regressions', () => {
  it('a prose role whose bracket a line break cut (`…牵头` ends the line) keeps its field inside the line', () => {
    const text = '2024年重点任务分工方案\n\n一、优化政务服务\n1.深化改革。（由区政务服务中心牵头\r区发改局配合）\n2.优化服务。（区市场监管局牵头，区税务局配合）\n';
    const doc = parseDocument(text);
    expect(rangeProblems(doc, lspLines(text))).toEqual([]);
  });

  it('a `|` table row with a stray tab after its last bar is still a row', () => {
    const header = '| 序号 | 工作任务 | 牵头单位 | 完成时限 |';
    const row = (n: number, tail = '') => `| ${n} | 任务${n}。 | 区发改局 | 2025年12月31日 |${tail}`;
    const text = ['2025年重点工作分工方案', '', header, '| --- | --- | --- | --- |', row(1), row(2, '\t')].join('\n');
    expect(parseDocument(text).plan!.tasks.map((t) => [t.numbering.value, t.leadUnits.map((u) => u.name)])).toEqual([
      [1, ['区发改局']],
      [2, ['区发改局']],
    ]);
  });
});

describe('a closing part in prose is not part of the task tree', () => {
  const head = ['2024年重点任务分工方案', '', '一、重点任务', '1.推进项目建设。（牵头单位：区发改局；完成时限：2024年12月底）', '2.推进招商引资。（牵头单位：区商务局；完成时限：2024年10月底）'];
  const measures = ['二、保障措施', '（一）加强组织领导。各单位要高度重视。', '1.建立月调度机制。', '（二）营造良好氛围。加强宣传引导。'];

  it('drops a trailing part whose items carry no field (no tasks, no empty sections from it)', () => {
    const doc = parseDocument([...head, ...measures].join('\n'));
    expect(doc.plan!.tasks.map((t) => t.text.text)).toEqual(['推进项目建设。', '推进招商引资。']);
    expect(doc.plan!.sections.map((s) => s.title.text)).toEqual(['重点任务']);
  });

  it('keeps a last task without fields (a defect to report), and a part in the middle', () => {
    const lastTask = parseDocument([...head, '3.强化用地保障。'].join('\n'));
    expect(lastTask.plan!.tasks.length).toBe(3);
    const middle = parseDocument([...head.slice(0, 2), ...measures, '三、民生保障', ...head.slice(3)].join('\n'));
    expect(middle.plan!.sections.map((s) => s.title.text)).toEqual(['保障措施', '民生保障']);
  });

  it('a field written into the closing part brings it back', () => {
    const doc = parseDocument([...head, ...measures.slice(0, 2), '1.建立月调度机制。（牵头单位：区政府办）'].join('\n'));
    expect(doc.plan!.sections.map((s) => s.title.text)).toEqual(['重点任务', '保障措施']);
  });
});

describe('Markdown bullets', () => {
  it('a bullet with nothing after it (`-` ending the line) is an empty item, as `- ` is', () => {
    const text = (bullet: string) =>
      ['# 2025年重点工作分工方案', '', '1. 全年完成固定资产投资增长5%。', bullet, ' **牵头单位**：区发改委', '2. 社会消费品零售总额增长6%。', '   - **牵头单位**：区商务局'].join('\n');
    const texts = (s: string) => parseDocument(s).plan!.tasks.map((t) => t.text.text);
    expect(texts(text('   -'))).toEqual(texts(text('   - ')));
    expect(texts(text('   -'))[0]).toBe('全年完成固定资产投资增长5%。');
  });
});

describe('a 落款 closing the file', () => {
  const plan = ['2024年民生实事项目责任分工', '', '1.新建学校3所。', '牵头单位：区教育局', '完成时间：2024年8月', '', '2.改造老旧小区10个。', '牵头单位：区住建局', '完成时间：2024年11月'];

  it('gives the issue date when the notice gave none', () => {
    const lines = [...plan, '', '区人民政府办公室', '2024年2月20日'];
    const doc = parseDocument(lines.join('\n'));
    expect(doc.metadata.issueDate).toEqual({ span: { text: '2024年2月20日', range: { start: { line: 11, character: 0 }, end: { line: 11, character: 10 } } }, date: '2024-02-20' });
    expect(doc.metadata.issuer?.text).toBe('区人民政府办公室');
  });

  it('is not a date inside the last task (a table cell, a field) nor a date without an issuer above it', () => {
    expect(parseDocument([...plan.slice(0, 8), '完成时间：', '2024年11月30日'].join('\n')).metadata.issueDate).toBeNull();
    expect(parseDocument([...plan, '', '2024年2月20日'].join('\n')).metadata.issueDate).toBeNull();
  });

  it('an edit to the date is read again when parsing with the previous version', () => {
    const lines = [...plan, '', '区人民政府办公室', '2024年2月20日'];
    const doc = parseDocument(lines.join('\n'));
    const edited = [...lines.slice(0, -1), '2024年3月20日'].join('\n');
    expect(parseDocument(edited, doc).metadata.issueDate?.date).toBe('2024-03-20');
  });
});

describe('a Word list number without its dot (1<tab>…) is a marker whether or not the line has trailing blanks', () => {
  // Found by the formatting property test: formatting drops trailing blanks, so a marker that
  // depended on them appeared or vanished, and a task's text changed.
  const numbers = (line: string) => parseDocument(['2024年重点工作分工方案', '一、扩大投资', '1\t推进某项工作。', line, '牵头单位：区发改局'].join('\n')).plan!.tasks.map((t) => t.numbering.value);
  it.each([
    ['2\t推进另一项工作。', [1, 2]],
    ['2\t推进另一项工作。\t', [1, 2]],
    ['2\t推进另一项工作。 \t ', [1, 2]],
    // Nothing after the tab, or a second cell: no marker, with or without trailing blanks.
    ['2\t', [1]],
    ['2\t\t', [1]],
    ['2\t推进另一项工作。\t区发改局', [1]],
    ['2\t推进另一项工作。\t区发改局\t', [1]],
  ])('%j', (line, expected) => expect(numbers(line)).toEqual(expected));
});

describe('an attachment label on its own line above the plan title', () => {
  it('is not part of the title; a second attachment ends the plan', () => {
    const text = [
      '区人民政府办公室关于印发2024年重点工作任务分工方案的通知',
      '各街道办事处：',
      '　　现将《2024年重点工作任务分工方案》印发给你们，请认真贯彻执行。',
      '区人民政府办公室',
      '2024年1月15日',
      '附件1',
      '2024年重点工作任务分工方案',
      '一、扩大有效投资',
      '1.推进重大项目建设。（牵头单位：区发改局；完成时限：2024年12月底）',
      '附件2',
      '2024年重点项目清单',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.plan!.title).toEqual([{ text: '2024年重点工作任务分工方案', range: { start: { line: 6, character: 0 }, end: { line: 6, character: 15 } } }]);
    expect(doc.plan!.tasks.map((t) => t.numbering.value)).toEqual([1]);
    expect(doc.appendices.map((a) => a.title.text)).toEqual(['附件2']);
  });
});

describe('a task wrapped before its fields (PDF and Word copies)', () => {
  it('reads the fields at the end of the wrapped line, at their own range, and the text up to them', () => {
    const text = ['2024年重点工作任务分工方案', '一、扩大有效投资', '1.推进重大项目建设，全年完成固定资产投资增长8%，其中工业投资', '增长10%。（牵头单位：区发改局；完成时限：2024年12月底）', '2.加快推进城市更新项目。（牵头单位：区住建局；完成时限：2024年10月底）'].join('\n');
    const [t1] = parseDocument(text).plan!.tasks;
    expect(t1.text).toEqual({ text: '推进重大项目建设，全年完成固定资产投资增长8%，其中工业投资\n增长10%。', range: { start: { line: 2, character: 2 }, end: { line: 3, character: 6 } } });
    expect(t1.fields.map((f) => [f.role, f.value.text, f.range])).toEqual([
      ['leadUnits', '区发改局', { start: { line: 3, character: 7 }, end: { line: 3, character: 16 } }],
      ['deadline', '2024年12月底', { start: { line: 3, character: 17 }, end: { line: 3, character: 31 } }],
    ]);
    expect(t1.range.end).toEqual({ line: 3, character: 32 });
  });

  it('a wrapped line ending in a bracket without a label stays text', () => {
    const text = ['2024年重点工作任务分工方案', '1.推进重大项目建设，其中工业投资', '增长10%（同比）。', '牵头单位：区发改局'].join('\n');
    const [t1] = parseDocument(text).plan!.tasks;
    expect(t1.text.text).toBe('推进重大项目建设，其中工业投资\n增长10%（同比）。');
    expect(t1.leadUnits.map((u) => u.name)).toEqual(['区发改局']);
  });
});

describe('fields whose bracket a wrap cut over two lines', () => {
  const text = [
    '2024年重点工作任务分工方案',
    '一、扩大有效投资',
    '1.推进重大项目建设，其中工业投资增长10%。（牵头单位：区发改局；责任单位：区财政局、区住建',
    '局；完成时限：2024年12月底）',
    '2.加快推进城市更新项目。（牵头单位：',
    '区住建局；完成时限：2024年10月底）',
  ].join('\n');
  const [t1, t2] = parseDocument(text).plan!.tasks;

  it('are read, and each position is put back on its own line', () => {
    expect(t1.text).toEqual({ text: '推进重大项目建设，其中工业投资增长10%。', range: { start: { line: 2, character: 2 }, end: { line: 2, character: 23 } } });
    expect(t1.fields.map((f) => [f.role, f.label.range.start, f.range.end])).toEqual([
      ['leadUnits', { line: 2, character: 24 }, { line: 2, character: 33 }],
      ['units', { line: 2, character: 34 }, { line: 3, character: 1 }],
      ['deadline', { line: 3, character: 2 }, { line: 3, character: 16 }],
    ]);
    expect(t1.deadline).toMatchObject({ date: '2024-12-31', range: { start: { line: 3, character: 7 }, end: { line: 3, character: 16 } } });
    expect(t2.text.text).toBe('加快推进城市更新项目。');
    expect(t2.fields.map((f) => [f.role, f.value.text, f.value.range])).toEqual([
      ['leadUnits', '区住建局', { start: { line: 5, character: 0 }, end: { line: 5, character: 4 } }],
      ['deadline', '2024年10月底', { start: { line: 5, character: 10 }, end: { line: 5, character: 19 } }],
    ]);
  });

  it('a name the wrap cut is one name, its range running over the line break', () => {
    const last = t1.units[t1.units.length - 1];
    expect([last.name, last.written]).toEqual(['区住建局', { text: '区住建局', range: { start: { line: 2, character: 44 }, end: { line: 3, character: 1 } } }]);
  });

  it('a bracket no later line closes holds the fields of the bracket, not of labels after the sentence: the text ends before it', () => {
    const alone = parseDocument(['2024年重点工作任务分工方案', '1.推进重大项目建设。（牵头单位：区发改局；责任单位：区财政局'].join('\n'));
    const task = alone.plan!.tasks[0];
    expect(task.text.text).toBe('推进重大项目建设。');
    expect(task.fields.map((f) => [f.role, f.value.text])).toEqual([['leadUnits', '区发改局'], ['units', '区财政局']]);
  });
});

describe('a field line whose list of names a wrap carried onto the next line', () => {
  const plan = (lines: string[]) =>
    parseDocument(['2024年重点工作任务分工方案', '一、扩大有效投资', '1.推进重大项目建设。', '牵头单位：区发改局', ...lines, '完成时限：2024年12月底', '2.加快推进城市更新。', '牵头单位：区住建局'].join('\n')).plan!.tasks[0];

  it('is one field: a name cut by the wrap is whole again, its range over the break', () => {
    const t = plan(['责任单位：区财政局、区生态环境', '局、区商务局']);
    expect(t.units.map((u) => u.name)).toEqual(['区财政局', '区生态环境局', '区商务局']);
    expect(t.units[1].written.range).toEqual({ start: { line: 4, character: 10 }, end: { line: 5, character: 1 } });
    expect(t.fields.find((f) => f.role === 'units')!.range).toEqual({ start: { line: 4, character: 0 }, end: { line: 5, character: 6 } });
    expect(t.range.end).toEqual({ line: 6, character: 14 });
  });

  it('a list ending in 、 goes on on the next line', () => {
    expect(plan(['责任单位：区财政局、', '区商务局']).units.map((u) => u.name)).toEqual(['区财政局', '区商务局']);
  });

  it('a line of prose after a complete field is not taken into it', () => {
    const t = plan(['责任单位：区财政局', '各单位要加强协调']);
    expect(t.units.map((u) => u.name)).toEqual(['区财政局']);
  });
});

describe('a plan title followed by a short heading, then numbered items', () => {
  it('is the title, and the heading heads the first group (1 扩大有效投资 / 1.1 …)', () => {
    const doc = parseDocument(['2024年区政府重点工作任务分工方案', '', '1 扩大有效投资', '1.1 推进重大项目建设。（牵头单位：区发改局）', '2 保障和改善民生', '2.1 新建学校。（牵头单位：区教育局）'].join('\n'));
    expect(doc.plan!.titleText).toBe('2024年区政府重点工作任务分工方案');
    expect(doc.plan!.tasks.map((t) => t.path.map((s) => s.title.text))).toEqual([['1 扩大有效投资'], ['2 保障和改善民生']]);
  });

  it('a date right after the title is no heading', () => {
    const doc = parseDocument(['2024年区政府重点工作任务分工方案', '2024年1月10日', '1.推进重大项目建设。（牵头单位：区发改局）', '2.新建学校。（牵头单位：区教育局）'].join('\n'));
    expect(doc.plan!.tasks.map((t) => t.path.length)).toEqual([0, 0]);
  });

  it('a note in brackets right after the title is no heading', () => {
    const doc = parseDocument(['某县2023年重点工作责任分工', '（各项任务后括号内为责任单位，列第一位者为牵头单位）', '1．全年地区生产总值增长6%。（县发改局、县统计局负责）', '2．规上工业增加值增长8%。（县工信局负责）'].join('\n'));
    expect(doc.plan!.titleText).toBe('某县2023年重点工作责任分工');
    expect(doc.plan!.tasks.map((t) => t.path.length)).toEqual([0, 0]);
  });
});

describe('a keystroke that cuts the last name of a field line (found by fast-check, seed 375978681)', () => {
  // Below 60 blank lines, so that a draft without a notice has its tasks re-read in place.
  const pad = Array<string>(60).fill('');
  const lines = [
    ...pad,
    '2024年重点工作分工方案',
    '一、扩大有效投资',
    '1.完成固定资产投资300亿元。',
    '牵头单位：区发改委',
    '区财政局、区住建局',
    '2.新开工亿元以上项目50个。',
    '牵头单位：区发改委',
    '3.实施城市更新项目20个。',
    '牵头单位：区住建局',
  ];

  it('re-reads the plan in full when the short line after the field may now carry on its list', () => {
    // Before, `区财政局、区住建局` is a short line above a task: a group heading. With `区发改委` cut to
    // `区发`, it carries on the cut list of names instead, which a re-read of task 1 alone would miss.
    const before = parseDocument(lines.join('\n'));
    expect(before.plan!.sections[0].children.some((c) => c.type === 'section' && c.title.text === '区财政局、区住建局')).toBe(true);
    const edited = lines.map((l, i) => (i === 63 ? '牵头单位：区发' : l)).join('\n');
    const incremental = parseDocument(edited, before);
    const full = parseDocument(edited);
    expect(modelJson(incremental)).toBe(modelJson(full));
    // The same keystroke that leaves the list whole is re-read in place.
    const spliced = spliceStats.spliced;
    parseDocument(lines.map((l, i) => (i === 63 ? '牵头单位：区发改委。' : l)).join('\n'), before);
    expect(spliceStats.spliced).toBe(spliced + 1);
    expect(full.plan!.tasks[0].leadUnits.map((u) => u.name)).toEqual(['区发区财政局', '区住建局']);
  });

  it('a line with a colon after a field line is a field of its own, never names carried on', () => {
    const edited = lines.map((l, i) => (i === 63 ? '牵头单位：区发' : i === 64 ? '责任位：区财政局、区住建局' : l)).join('\n');
    const t = parseDocument(edited).plan!.tasks[0];
    expect(t.leadUnits.map((u) => u.name)).toEqual(['区发']);
  });
});

describe('what a heading\'s text is', () => {
  it('a paragraph of prose under a short heading (一、指导思想) is its intro, not more of its title', () => {
    const text = ['2024年重点工作责任分工', '一、指导思想', '以习近平新时代中国特色社会主义思想为指导，推动各领域工作再上新台阶。', '二、重点工作', '1.实施招商引资攻坚行动。(牵头单位:县商务局)', '2.推进城乡环境综合整治。(牵头单位:县城管局)'].join('\n');
    const [first] = parseDocument(text).plan!.sections;
    expect(first.title.text).toBe('指导思想');
    expect(first.intro?.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: text.split('\n')[2].length } });
    expect(first.range.end.line).toBe(2);
  });

  it('a line announcing a list (`全年主要预期目标如下：`) under a short heading is its intro', () => {
    const text = ['某区2024年重点工作分工方案', '一、主要预期目标', '全年主要预期目标如下：', '1.地区生产总值增长6%左右。（牵头单位：区发改局；责任单位：区统计局）', '2.一般公共预算收入增长5%。（牵头单位：区财政局；责任单位：区税务局）'].join('\n');
    const doc = parseDocument(text);
    expect(doc.plan!.sections[0].title.text).toBe('主要预期目标');
    expect(doc.plan!.sections[0].intro?.text).toBe('全年主要预期目标如下：');
    expect(doc.plan!.tasks).toHaveLength(2);
  });

  it('a short heading with a comma (`加快转型升级，提升产业竞争力`), then a sentence: the sentence is its intro', () => {
    const text = ['某市2017年政府工作报告重点工作责任分解', '一、加快转型升级，提升产业竞争力', '坚持调优调强，推进产业高端化、集群化、绿色化发展，加快构筑现代产业高地。', '1.实施工业项目“155”工程。（牵头单位：市经信委；责任单位：市发改委）', '2.改造提升五大传统产业。（牵头单位：市经信委；责任单位：市财政局）'].join('\n');
    const [first] = parseDocument(text).plan!.sections;
    expect(first.title.text).toBe('加快转型升级，提升产业竞争力');
    expect(first.intro?.range.start.line).toBe(2);
  });

  it('a heading closed by its full stop, then a sentence: the sentence is its intro', () => {
    const text = ['某市新型基础设施建设三年行动方案', '一、重点任务', '(一)推进大数据基础设施建设。', '深入开展数字基础设施攻坚行动,高水平推进5G、工业互联网等新一代数字基础设施建设。', '1.加强算力基础设施建设。(责任单位:市大数据局)', '2.推进5G网络建设。(责任单位:市工信局)'].join('\n');
    const doc = parseDocument(text);
    const chapter = doc.plan!.tasks[0].path[1];
    expect(chapter.title.text).toBe('推进大数据基础设施建设。');
    expect(chapter.intro?.range.start.line).toBe(3);
  });

  it('a short heading wrapped onto a short second line stays one title', () => {
    const text = ['2024年重点工作责任分工', '一、坚持系统集成，推动审批', '全链条优化。', '1.实施招商引资攻坚行动。(牵头单位:县商务局)', '2.推进城乡环境综合整治。(牵头单位:县城管局)'].join('\n');
    const [first] = parseDocument(text).plan!.sections;
    expect(first.title.text).toBe('坚持系统集成，推动审批\n全链条优化。');
    expect(first.intro).toBeNull();
  });

  it('a long heading wrapped onto a second line stays one title', () => {
    const text = ['2024年重点工作责任分工', '一、坚持系统集成，推动审批全链条优化，持续提升', '政务服务效能和群众满意度。', '1.实施招商引资攻坚行动。(牵头单位:县商务局)', '2.推进城乡环境综合整治。(牵头单位:县城管局)'].join('\n');
    const [first] = parseDocument(text).plan!.sections;
    expect(first.title.text).toBe('坚持系统集成，推动审批全链条优化，持续提升\n政务服务效能和群众满意度。');
    expect(first.intro).toBeNull();
  });

  it('a Markdown table right under a heading: the separator row is no part of the heading', () => {
    const text = ['# 2025年重点工作分工方案', '', '## 一、保障民生', '', '| 序号 | 工作任务 | 牵头单位 | 完成时限 |', '| --- | --- | --- | --- |', '| 1 | 新增城镇就业8000人。 | 区人社局 | 2025年12月31日 |', '| 2 | 新建幼儿园2所。 | 区教育局 | 2025年9月30日 |'].join('\n');
    const doc = parseDocument(text);
    expect(doc.plan!.sections[0].title.text).toBe('保障民生');
    expect(doc.plan!.tasks.map((t) => t.leadUnits[0].name)).toEqual(['区人社局', '区教育局']);
  });
});

describe('a keystroke that cuts the last name of the last task, above the closing 落款 (found by fast-check, seed 138383882)', () => {
  const lines = [
    '区人民政府办公室关于印发2024年民生实事项目责任分工的通知',
    '各街道办事处，区政府各部门：',
    '    现将2024年民生实事项目责任分工印发给你们，请认真组织实施。',
    '2024年民生实事项目责任分工',
    '1.新建中小学3所。',
    '牵头单位：区教育局',
    '2.新增普惠性学位1000个。',
    '牵头单位：区教育局',
    '3.新建口袋公园5个。',
    '牵头单位：区园林局',
    '区人民政府办公室',
    '2024年2月20日',
  ];

  it('re-reads the document when the last task\'s end moves: where the 落款 is looked for, and so the issue date, follows it', () => {
    const before = parseDocument(lines.join('\n'));
    expect(before.metadata.issueDate?.date).toBe('2024-02-20');
    // `区园林` has no ending: the issuer's line under it now reads as the rest of a wrapped name.
    const edited = lines.map((l, i) => (i === 9 ? '牵头单位：区园林' : l)).join('\n');
    const incremental = parseDocument(edited, before);
    const full = parseDocument(edited);
    expect(modelJson(incremental)).toBe(modelJson(full));
    // A keystroke that leaves the task's end where it was is re-read in place.
    const spliced = spliceStats.spliced;
    parseDocument(lines.map((l, i) => (i === 9 ? '牵头单位：区园林局。' : l)).join('\n'), before);
    expect(spliceStats.spliced).toBe(spliced + 1);
  });
});

describe('a long heading a PDF wrap cut, its last words alone on the next line (石景山 2019)', () => {
  const text = [
    '石景山区贯彻落实《关于加强新时代街道工作的意见》的任务分解方案',
    '一、提高城市基层党建工作水平,加强党对基层治理的全面',
    '领导',
    '1.完善街道党工委对地区治理重大工作的领导体制机制。(牵头单位:区委组织部;责任单位:区民政局)',
    '2.构建市、区、街道、社区党建工作体系。(牵头单位:区委组织部;责任单位:各街道党工委)',
  ].join('\n');
  it('is one heading over both lines, and no group named by the wrapped words', () => {
    const doc = parseDocument(text);
    expect(doc.plan!.tasks.map((t) => t.path.map((s) => [s.level, s.title.text]))).toEqual([
      [['part', '提高城市基层党建工作水平,加强党对基层治理的全面\n领导']],
      [['part', '提高城市基层党建工作水平,加强党对基层治理的全面\n领导']],
    ]);
  });
  it('a short heading with a short group title under it keeps the group', () => {
    const doc = parseDocument(text.replace('一、提高城市基层党建工作水平,加强党对基层治理的全面\n领导', '一、党的建设\n基层党建'));
    expect(doc.plan!.tasks[0].path.map((s) => [s.level, s.title.text])).toEqual([['part', '党的建设'], ['group', '基层党建']]);
  });
});

describe('lines of bars alone between the cells of a web table copied a cell per line (吴江 2024)', () => {
  it('are blanks: no heading, no group, no words of a task', () => {
    const text = ['区政府2024年重点工作目标任务分解落实方案', '一、2024年全区经济社会发展主要预期目标', '|', '||||', '1.地区生产总值增长5%以上。', '|', '牵头领导：钱宇', '|||', '2.一般公共预算收入同口径增长6%以上。', '｜', '牵头领导：钱宇'].join('\n');
    const doc = parseDocument(text);
    expect(doc.plan!.tasks.map((t) => [t.text.text, t.path.map((s) => s.title.text), t.leaders.map((u) => u.name)])).toEqual([
      ['地区生产总值增长5%以上。', ['2024年全区经济社会发展主要预期目标'], ['钱宇']],
      ['一般公共预算收入同口径增长6%以上。', ['2024年全区经济社会发展主要预期目标'], ['钱宇']],
    ]);
  });
});

describe('a bracket of fields left open: the fields are read all the same, and only the bracket is reported (damage hunt 2)', () => {
  const corpus = (name: string) => readFileSync(join(__dirname, '..', 'corpus', name), 'utf8');
  const keysOf = (text: string) => lint(parseDocument(text), { today: '2024-03-01' }).map((d) => `${d.rule}@${d.range.start.line}`);
  it.each([
    // A note before the labels (`（预期性指标，牵头单位：…`).
    ['notice-attachment-untitled.txt', '1.地区生产总值增长6%左右。（预期性指标，牵头单位：县发改局；责任单位：县统计局）'],
    // A task whose bullets follow it (`▲…`): the bullets are still its items.
    ['bulleted-items.txt', '1、加强经济运行分析,确保完成主要指标。(牵头单位:发改委、统计局)'],
    // An item read as a task (`（1）…`).
    ['items-as-tasks.txt', '（1）建设丁园区标准厂房10万平方米。（牵头单位：县发改局；责任单位：县财政局、县自然资源局；完成时限：2024年6月底）'],
  ])('%s', (name, line) => {
    const text = corpus(name);
    expect(text.split('\n').filter((l) => l === line)).toHaveLength(1);
    const at = text.split('\n').indexOf(line);
    const damaged = text.replace(line, line.slice(0, -1));
    const want = [...keysOf(text), `unbalanced-bracket@${at}`].sort();
    expect(keysOf(damaged).sort()).toEqual(want);
    const before = parseDocument(text).plans.flatMap((p) => p.tasks).find((t) => t.line === at)!;
    const after = parseDocument(damaged).plans.flatMap((p) => p.tasks).find((t) => t.line === at)!;
    expect(after.leadUnits.map((u) => u.name)).toEqual(before.leadUnits.map((u) => u.name));
    expect(after.subItems.length).toBe(before.subItems.length);
  });
});

describe('duplicate-task in tables whose cells wrap over lines (damage hunt 2)', () => {
  const corpus = (name: string) => readFileSync(join(__dirname, '..', 'corpus', name), 'utf8');
  it.each([
    // pdftotext -layout: row 5's leader and lead wrap round the text's line.
    ['pdf-layout-table.txt', '   2   一般公共预算收入完成 104 亿元。   ', '   2   居民人均可支配收入稳步提升。   '],
    // w3m's box: the same rows drawn with bars.
    ['w3m-box-table.txt', '│2  │一般公共预算收入完成104亿元。 │', '│2  │居民人均可支配收入稳步提升。 │'],
  ])('%s: row 2 given row 5\'s words is reported as its duplicate', (name, from, to) => {
    const text = corpus(name);
    expect(text.split(from)).toHaveLength(2);
    const copy = text.replace(from, to);
    const lines = copy.split('\n');
    const row5 = lines.findIndex((l, k) => k > lines.findIndex((x) => x.includes(to.trim().slice(2))) && l.includes('居民人均可支配收入稳步提升。'));
    const before = lint(parseDocument(text), { today: '2023-03-01' }).filter((d) => d.rule === 'duplicate-task');
    const after = lint(parseDocument(copy), { today: '2023-03-01' }).filter((d) => d.rule === 'duplicate-task');
    expect(before).toEqual([]);
    expect(after.map((d) => [d.range.start.line, d.message])).toEqual([[row5, '第5项任务与第2项任务正文相同']]);
  });
});

describe("a web page's chrome round the text (damage hunt 3)", () => {
  const corpus = (name: string) => readFileSync(join(__dirname, '..', 'corpus', name), 'utf8');
  const keysOf = (text: string) => lint(parseDocument(text), { today: '2024-03-01' }).map((d) => `${d.rule}@${d.range.start.line}`);
  it('`打印本页 关闭窗口` after the 落款: the 落款 still dates the notice, and the diagnostics stay', () => {
    const text = corpus('closing-signature.txt');
    const chrome = text.replace(/\n*$/, '\n打印本页 关闭窗口\n');
    expect(parseDocument(chrome).metadata.issueDate?.date).toBe(parseDocument(text).metadata.issueDate?.date);
    expect(parseDocument(text).metadata.issueDate).not.toBeNull();
    expect(keysOf(chrome)).toEqual(keysOf(text));
  });
  it('`【打印本页】【关闭窗口】` after a table copied a cell per line is no leader of its last row', () => {
    const text = corpus('table-cell-per-line.txt');
    const chrome = text.replace(/\n*$/, '\n\n【打印本页】【关闭窗口】\n');
    const last = (t: string) => parseDocument(t).plan!.tasks.at(-1)!;
    expect(last(chrome).leaders.map((u) => u.name)).toEqual(last(text).leaders.map((u) => u.name));
    expect(keysOf(chrome)).toEqual(keysOf(text));
  });
  it('`字号：大 中 小` over the title is no part of it', () => {
    const text = corpus('state-council-prose.txt');
    const title = parseDocument(text).plan?.titleText ?? parseDocument(text).notice?.titleText;
    for (const chrome of ['字号：大 中 小', '【字体：大 中 小】']) {
      const doc = parseDocument(`${chrome}\n${text}`);
      expect(doc.plan?.titleText ?? doc.notice?.titleText).toBe(title);
    }
  });
});

describe('an item whose line a wrap cut (`（2）新开工亿元以上` / `项目30个。（牵头单位：…）`) (damage hunt 3)', () => {
  const text = readFileSync(join(__dirname, '..', 'corpus', 'items-as-tasks.txt'), 'utf8');
  const line = '（2）新开工亿元以上项目30个。（牵头单位：县发改局；责任单位：各乡、镇人民政府；完成时限：2024年12月底）';
  const keysOf = (t: string) => lint(parseDocument(t), { today: '2024-03-01' }).map((d) => `${d.rule}@${d.range.start.line}`);
  it('goes on on the next line, its fields read there, at every point the wrap may fall', () => {
    expect(text.split('\n').filter((l) => l === line)).toHaveLength(1);
    const at = text.split('\n').indexOf(line);
    // The diagnostics after the cut line move down by one.
    const want = keysOf(text).map((k) => k.replace(/@(\d+)$/, (_, n: string) => `@${+n > at ? +n + 1 : n}`));
    for (let cut = '（2）'.length + 2; cut < line.indexOf('。（'); cut += 3) {
      const wrapped = text.replace(line, `${line.slice(0, cut)}\n${line.slice(cut)}`);
      expect(keysOf(wrapped), `cut at ${cut}`).toEqual(want);
      const task = parseDocument(wrapped).plan!.tasks.find((t) => t.line === at)!;
      expect([task.leadUnits.map((u) => u.name), task.deadline?.text]).toEqual([['县发改局'], '2024年12月底']);
    }
  });
});

describe('a page number a PDF copy leaves between a table\'s rows (`— 19 —`) (damage hunt 3)', () => {
  const corpus = (name: string) => readFileSync(join(__dirname, '..', 'corpus', name), 'utf8');
  const keysOf = (t: string) => lint(parseDocument(t), { today: '2024-03-01' }).map((d) => `${d.rule}@${d.range.start.line}`);
  const shifted = (keys: string[], at: number) => keys.map((k) => k.replace(/@(\d+)$/, (_, n: string) => `@${+n >= at ? +n + 1 : n}`));
  it.each([
    // A tab table with no header, between its first two rows.
    ['headerless-tab-table.txt', '2\t一般公共预算收入增长5%。'],
    // A table copied a cell per line, before a numbered task in its cell.
    ['table-categories-cell-per-line.txt', '(9)统筹老城厢运河沿线文旅资源串珠成链。'],
  ])('%s', (name, before) => {
    const text = corpus(name);
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith(before));
    expect(at).toBeGreaterThan(0);
    const paged = [...lines.slice(0, at), '— 19 —', ...lines.slice(at)].join('\n');
    expect(keysOf(paged)).toEqual(shifted(keysOf(text), at));
    expect(parseDocument(paged).plan!.tasks.length).toBe(parseDocument(text).plan!.tasks.length);
  });
});

describe('a copy whose ideographic indent a wrong charset turned into `??` (a web mirror, hunt d9)', () => {
  const lines = [
    '普陀区深化推进一流营商环境建设行动方案',
    '??为深入贯彻国家、上海市关于优化营商环境部署安排，特制订本行动方案：',
    '??一、让企业办事更省心',
    '??（一）提升线上服务友好度。',
    '??1.具备可网办能力的区级政务服务事项比例达到95%以上。（责任单位：区府办、区行政服务中心）',
    '??2.推广远程身份核验、电子签章等应用。（责任单位：区府办、区科委）',
    '??3.推进区级企业专属网页建设。（责任单位：区府办、区行政服务中心）',
  ];

  it('reads as the same copy indented with blanks, at the same positions', () => {
    const read = (text: string) => modelJson(parseDocument(text).plan);
    const doc = parseDocument(lines.join('\n'));
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.numbering.marker.range.start.character, t.units.length])).toEqual([
      [1, 2, 2],
      [2, 2, 2],
      [3, 2, 2],
    ]);
    expect(read(lines.join('\n'))).toEqual(read(lines.map((l) => l.replace(/^\?\?/, '\u3000\u3000')).join('\n')));
  });

  it('a question mark in the words, or one alone at the start, is left as written', () => {
    const doc = parseDocument(lines.map((l, k) => (k === 4 ? l.replace('??', '?') : l)).join('\n'));
    expect(doc.plan!.tasks.map((t) => t.numbering.value)).toEqual([2, 3]);
  });
});
