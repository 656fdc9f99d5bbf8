import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';
import { roles, tasksOf } from '../helpers/tasks';


describe('more real-world layouts', () => {
  it('fields separated only by blanks on one line (aligned Word export)', () => {
    const [t] = tasksOf('2024年重点工作分工方案\n1.推进某项工作。\n牵头单位：区发改局\u3000\u3000配合单位：区财政局  完成时限：2024年9月底\n');
    expect(roles(t)).toEqual({ leaders: [], lead: ['区发改局'], units: ['区财政局'], deadline: '2024-09-30' });
    expect(t.fields.map((f) => f.separatorBefore)).toEqual([null, null, null]);
  });

  it('labels in 【】 with or without a colon', () => {
    const [t] = tasksOf('2024年重点工作分工方案\n1.推进某项工作。\n【牵头单位】区发改局\n【责任单位】：区财政局\n【完成时限】2024年底前\n');
    expect(roles(t)).toEqual({ leaders: [], lead: ['区发改局'], units: ['区财政局'], deadline: '2024-12-31' });
    expect(t.fields[0].label).toEqual({ text: '牵头单位', range: { start: { line: 2, character: 1 }, end: { line: 2, character: 5 } } });
  });

  it('a unit marked （牵头） inside a list leads', () => {
    const [t] = tasksOf('2024年重点工作分工方案\n1.推进某项工作。（责任单位：市发展改革委（牵头），市财政局、市商务局）\n');
    expect(roles(t)).toEqual({ leaders: [], lead: ['市发展改革委'], units: ['市财政局', '市商务局'], deadline: null });
  });

  it('month and day without a year take the plan year', () => {
    const [t] = tasksOf('2024年重点工作分工方案\n1.推进某项工作。\n牵头单位：区发改局\n完成时限：6月30日前\n');
    expect(t.deadline).toMatchObject({ kind: 'date', date: '2024-06-30', valid: true });
    const [bad] = tasksOf('2024年重点工作分工方案\n1.推进某项工作。\n牵头单位：区发改局\n完成时限：2月30日\n');
    expect(bad.deadline).toMatchObject({ valid: false, date: null });
  });

  it('reads deadline forms: month end, year end, quarter, half year, ongoing, unreadable', () => {
    const dl = (v: string) => tasksOf(`2023年重点工作分工方案\n1.任务。\n牵头单位：区甲局\n完成时限：${v}\n`)[0].deadline!;
    expect([dl('2023年6月底'), dl('2023年底前'), dl('第三季度'), dl('上半年'), dl('长期坚持'), dl('持续推进'), dl('视情况而定')].map((d) => [d.kind, d.date])).toEqual([
      ['month-end', '2023-06-30'],
      ['year-end', '2023-12-31'],
      ['quarter', '2023-09-30'],
      ['half-year', '2023-06-30'],
      ['ongoing', null],
      ['ongoing', null],
      ['unknown', null],
    ]);
    expect([dl('2023年2月29日').valid, dl('2024年2月29日').valid, dl('2023年13月').valid]).toEqual([false, true, false]);
    expect(dl('2023年12月31日').range).toEqual({ start: { line: 3, character: 5 }, end: { line: 3, character: 16 } });
  });

  it('1） markers read like (1)', () => {
    const [t] = tasksOf('2024年重点工作分工方案\n1.推进两件事：\n1）第一件；\n2）第二件。\n牵头单位：区发改局\n');
    expect(t.subItems.map((s) => [s.numbering.style, s.numbering.value])).toEqual([['arabic-paren', 1], ['arabic-paren', 2]]);
  });

  it('Word list numbers pasted without their dot (1<tab>, 1<U+3000>) are markers; a space or a tab row is not', () => {
    for (const gap of ['\t', '\u3000']) {
      const ts = tasksOf(`2024年重点工作分工方案\n一、扩大投资\n1${gap}推进某项工作。（牵头单位：区发改局）\n2${gap}推进另一项工作。（牵头单位：区财政局）\n`);
      expect(ts.map((t) => [t.numbering.value, t.numbering.marker, t.text.text, t.numbering.delimiter])).toEqual([
        [1, { text: '1', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } } }, '推进某项工作。', ''],
        [2, { text: '2', range: { start: { line: 3, character: 0 }, end: { line: 3, character: 1 } } }, '推进另一项工作。', ''],
      ]);
    }
    // `10 个街道…` may begin a wrapped line; a line of tab-separated cells is a table row (under a header,
    // or among rows that read as a task table), never a list number with its cells as the task's text.
    expect(tasksOf('2024年重点工作分工方案\n一、扩大投资\n1.推进某项工作，覆盖\n10 个街道。（牵头单位：区发改局）\n').map((t) => t.numbering.value)).toEqual([1]);
    const rows = tasksOf('2024年重点工作分工方案\n1\t推进某项工作。\t区发改局\t2024年底\n2\t推进另一项工作。\t区财政局\t2024年底\n');
    expect(rows.map((t) => [t.text.text, t.leadUnits.map((u) => u.name), t.deadline?.text])).toEqual([
      ['推进某项工作。', ['区发改局'], '2024年底'],
      ['推进另一项工作。', ['区财政局'], '2024年底'],
    ]);
    // Cells that read as no task table stay out of the plan.
    expect(parseDocument('2024年重点工作分工方案\n1\t推进某项工作。\t备注一\t说明\n2\t推进另一项工作。\t备注二\t说明\n').plan).toBeNull();
  });

  it('outline numbers 1.1 / 1.2 / 2.1: the task number is the last part, and only it is the marker', () => {
    const text = ['2024年重点工作分工方案', '一、扩大投资', '1.1 推进某项工作。（牵头单位：区发改局）', '1.2、推进另一项工作。（牵头单位：区财政局）', '二、改善民生', '2.1\t新建学校。（牵头单位：区教育局）', '2.3 新建养老院。（牵头单位：区民政局）'].join('\n');
    const ts = tasksOf(text);
    expect(ts.map((t) => [t.numbering.value, t.numbering.marker.text, t.numbering.marker.range.start.character, t.text.text])).toEqual([
      [1, '1', 2, '推进某项工作。'],
      [2, '2', 2, '推进另一项工作。'],
      [1, '1', 2, '新建学校。'],
      [3, '3', 2, '新建养老院。'],
    ]);
    // Numbers restart in each part; 2.3 after 2.1 skips 2, and the fix rewrites the last part only.
    const gap = lint(parseDocument(text), { today: '2024-01-01' }).filter((d) => d.rule === 'numbering-gap');
    expect(gap.map((d) => d.fixes?.[0]?.edits)).toEqual([[{ range: { start: { line: 6, character: 2 }, end: { line: 6, character: 3 } }, newText: '2' }]]);
  });

  it('1.5亿元 or 2.2023年 at the start of a line is no outline number', () => {
    const ts = tasksOf('2024年重点工作分工方案\n1.推进某项工作，投资\n1.5亿元。（牵头单位：区发改局）\n2.2023年开工的项目全部投产。（牵头单位：区财政局）\n');
    expect(ts.map((t) => [t.numbering.value, t.text.text])).toEqual([
      [1, '推进某项工作，投资\n1.5亿元。'],
      [2, '2023年开工的项目全部投产。'],
    ]);
  });

  it('roles in prose as the last sentence, without brackets', () => {
    const [t] = tasksOf('2024年重点工作分工方案\n1.推进某项工作，确保取得实效。区发改局牵头，区财政局、区商务局配合。\n2.另一项。区财政局牵头。\n');
    expect(roles(t)).toEqual({ leaders: [], lead: ['区发改局'], units: ['区财政局', '区商务局'], deadline: null });
    expect(t.text.text).toBe('推进某项工作，确保取得实效。');
  });

  it('a target that lost its field is still a task among its field-carrying siblings', () => {
    const text = '2023年责任分解方案\n一、主要预期目标\n(一)地区生产总值增长7%\n责任单位:区发改局\n(二)工业增加值增长12%\n(三)投资增长10%\n责任单位:区发改局\n';
    const ts = tasksOf(text);
    expect(ts.map((t) => [t.numbering.value, t.units.length])).toEqual([[1, 1], [2, 0], [3, 1]]);
  });
});

describe('what is not a plan', () => {
  it('a prose report with a short heading mentioning 分工 and numbered paragraphs', () => {
    const doc = parseDocument('关于某区工作情况的报告\n\n明确责任分工\n一、总体情况\n1.今年以来，各项工作稳步推进。\n2.经济运行总体平稳。\n');
    expect(doc.kind).toBe('other');
  });

  it('a fresh plan with a strong title and tasks but no fields yet is a plan', () => {
    const doc = parseDocument('2025年区政府工作报告重点工作分工方案\n一、发展\n1.推进某项工作。\n');
    expect(doc.kind).toBe('plan');
    expect(doc.plan!.tasks).toHaveLength(1);
  });

  it('a notice without a plan is a notice', () => {
    const doc = parseDocument('关于做好某项工作的通知\n各街道办事处：\n一、提高认识。各单位要高度重视。\n二、抓好落实。\n区政府办公室\n2023年3月3日\n');
    expect(doc.kind).toBe('notice');
    expect(doc.notice?.paragraphs.map((p) => p.text)).toEqual(['一、提高认识。各单位要高度重视。', '二、抓好落实。']);
    expect(doc.metadata.issueDate?.date).toBe('2023-03-03');
  });
});

describe('comments and scale', () => {
  it('a trailing suppression comment is not part of the text or the fields', () => {
    const [t] = tasksOf('2023年责任分解方案\n1.启动试点。(牵头单位:区农业农村局;责任单位:各相关街道办事处) <!-- fengong-disable-line field-separator -->\n');
    expect(roles(t)).toEqual({ leaders: [], lead: ['区农业农村局'], units: ['各相关街道办事处'], deadline: null });
    expect(t.text.text).toBe('启动试点。');
  });

  it('50,000 sibling headings parse in linear time', () => {
    const text = '2023年重点工作分工方案\n' + '(一)标题\n'.repeat(50000);
    const t0 = performance.now();
    parseDocument(text);
    // Generous: linear work is well under a second here; the quadratic version took ~97 s.
    expect(performance.now() - t0).toBeLessThan(8000);
  });
});

describe('第一部分 as the outermost level', () => {
  it('puts 一、 one level in and keeps the part titles', () => {
    const doc = parseDocument(
      '2024年重点工作分工方案\n第一部分 主要预期目标\n1.地区生产总值增长5%。\n牵头单位：区发改委\n第二部分　重点任务\n一、产业发展\n2.推进产业升级。\n牵头单位：区经信局\n',
    );
    const [p1, p2] = doc.plan!.sections;
    expect([p1.level, p1.numbering?.style, p1.numbering?.value, p1.numbering?.marker.text, p1.title.text]).toEqual(['part', 'cn-di', 1, '第一部分', '主要预期目标']);
    expect([p2.numbering?.value, p2.title.text]).toEqual([2, '重点任务']);
    const ch = p2.children[0];
    expect(ch.type === 'section' && [ch.level, ch.numbering?.style]).toEqual(['chapter', 'cn-dun']);
    expect(doc.plan!.tasks.map((t) => t.path.map((s) => s.level))).toEqual([['part'], ['part', 'chapter']]);
  });
});

describe('a task whose text begins with a digit', () => {
  it('is read where the sequence expects its number (2.2023年…, 2.5G…), and after a heading at 1', () => {
    const text = '2023年重点工作分工方案\n一、产业\n1.2023年完成投资100亿元。\n牵头单位：区甲局\n2.5G基站新建300个。\n牵头单位：区乙局\n3.推进某项工作，\n1.5亿元用于配套。\n牵头单位：区丙局\n10000.第一万项。\n牵头单位：区丁局\n';
    const ts = tasksOf(text);
    expect(ts.map((t) => [t.numbering.value, t.text.text])).toEqual([
      [1, '2023年完成投资100亿元。'],
      [2, '5G基站新建300个。'],
      // A decimal at the start of a wrapped line is not a marker: 1 is not the next number.
      [3, '推进某项工作，\n1.5亿元用于配套。'],
      [10000, '第一万项。'],
    ]);
  });
});

describe('a tab table row whose task cell holds two paragraphs (Word, Excel; probe 22)', () => {
  const head = ['某区2025年重点工作任务分工方案', '', '序号\t工作任务\t牵头单位\t配合单位\t完成时限', '1\t新增城镇就业5000人。\t区人社局\t各街道\t2025年12月底'];
  const tail = ['3\t改造老旧小区10个。\t区住建局\t区财政局\t2025年10月底', '4\t新建幼儿园2所。\t区教育局\t区财政局\t2025年9月底'];
  it('the row goes on over the next line: its fields are read there (a false missing-deadline and missing-units)', () => {
    const second = ['2\t推进重大项目建设。', '全年实施区级重点项目150个。\t区发改局\t区住建局\t2025年12月底'];
    const doc = parseDocument([...head, ...second, ...tail].join('\n'));
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.text.text, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name), t.deadline?.text])).toEqual([
      [1, '新增城镇就业5000人。', ['区人社局'], ['各街道'], '2025年12月底'],
      [2, '推进重大项目建设。\n全年实施区级重点项目150个。', ['区发改局'], ['区住建局'], '2025年12月底'],
      [3, '改造老旧小区10个。', ['区住建局'], ['区财政局'], '2025年10月底'],
      [4, '新建幼儿园2所。', ['区教育局'], ['区财政局'], '2025年9月底'],
    ]);
    expect(doc.plan!.tasks[1].leadUnits[0].written.range).toEqual({ start: { line: 5, character: 16 }, end: { line: 5, character: 20 } });
    expect(lint(doc, { today: '2025-01-01' })).toEqual([]);
    // A damaged copy: the lead of row 4 deleted is reported (the row that lost its fields hid it).
    const damaged = parseDocument([...head, ...second, tail[0], tail[1].replace('区教育局', '')].join('\n'));
    expect(lint(damaged, { today: '2025-01-01' }).map((d) => [d.rule, d.range.start.line])).toEqual([['missing-lead', 7]]);
  });
  it('a category row numbered `一` alone in the 序号 cell (`一\t稳增长促发展\t\t\t`, Word\'s usual table) heads the rows under it', () => {
    const doc = parseDocument(['某区2025年重点工作任务分工方案', '', '序号\t工作任务\t牵头单位\t配合单位\t完成时限', '一\t稳增长促发展\t\t\t', '1\t地区生产总值增长6%左右。\t区发改局\t区统计局\t2025年12月底', '二\t保障和改善民生\t\t\t', '2\t新增城镇就业5000人。\t区人社局\t各街道\t2025年12月底'].join('\n'));
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.path.map((p) => p.title.text)])).toEqual([
      [1, ['稳增长促发展']],
      [2, ['保障和改善民生']],
    ]);
    expect(lint(doc, { today: '2025-01-01' })).toEqual([]);
  });
  it('a column of leaders before 序号 (`责任领导\t序号\t…`), written once for the rows it is merged over, is their leaders (they were group titles)', () => {
    const text = ['某县2025年重点任务分解表', '', '责任领导\t序号\t工作任务\t牵头单位\t责任单位\t完成时限', '王建国\t1\t全县生产总值增长6.5%左右。\t县发改局\t县统计局\t2025年12月底', '\t2\t一般公共预算收入增长6%。\t县财政局\t县税务局\t2025年12月底', '李明华\t3\t新建高标准农田3万亩。\t县农业农村局\t县财政局\t2025年11月底'].join('\n');
    const doc = parseDocument(text);
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.path.length, t.leaders.map((u) => u.name), t.leadUnits.map((u) => u.name)])).toEqual([
      [1, 0, ['王建国'], ['县发改局']],
      [2, 0, [], ['县财政局']],
      [3, 0, ['李明华'], ['县农业农村局']],
    ]);
    // The row under the merged cell states its leader by it: no missing-leader.
    expect(lint(doc, { today: '2025-01-01' })).toEqual([]);
  });
  it('a numbered line with one tab and no row after it is still a list number and its words', () => {
    const doc = parseDocument(['某区2025年重点工作任务分工方案', '一、重点任务', '1\t新增城镇就业5000人。（牵头单位：区人社局）', '2\t推进重大项目建设。（牵头单位：区发改局）'].join('\n'));
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.leadUnits.map((u) => u.name)])).toEqual([
      [1, ['区人社局']],
      [2, ['区发改局']],
    ]);
  });
});
