/**
 * Tables copied a cell per line whose 序号 numbers categories (目标名称 / 项目) and whose tasks number themselves in
 * the next column, with the leader's and lead's cells merged over rows (written on the first row they cover only):
 * 钟楼 2024 / 2025 and 吴江 2024, as their pages and Word's "save as text" give them.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

// 常州市钟楼区 2025 (docs of a hunt): the title, the header a cell per line (`区政府` / `分管领导` is one cell wrapped).
const ZHONGLOU = [
  '2025年《政府工作报告》主要目标任务责任分解表',
  '序号',
  '目标名称',
  '工 作 标 准',
  '区政府',
  '分管领导',
  '牵头单位',
  '配合单位',
  '1',
  '全区经济社会发展的主要预期目标',
  '(1)地区生产总值增长5%左右。',
  '王旭锋',
  '区发改局',
  '经开区',
  '高新区(邹区镇)',
  '各街道',
  '(2)一般公共预算收入保持稳定增长。',
  '区财政局',
  '(3)制造业投资增长8%左右。',
  '吴 伟',
  '区工信局',
  '(4)实际使用外资和进出口总额稳中提质。',
  '区商务局',
  '新运集团',
  '金控集团',
  '(5)居民人均可支配收入与经济增长同步。',
  '(6)社会消费品零售总额增长5%左右。',
  '(7)主要污染物减排、单位GDP能耗下降,大气、水环境质量改善完成市下达任务。',
  '谢志诚',
  '钟楼生态环境局',
  '(8)安全生产形势平稳向好。',
  '区应急管理局(安委办)',
  '区安委会各成员单位',
  '2',
  '坚持老城、经开、高新三区并进,同频共振、同向发力,推动四大功能融合提质',
  '做精老城区',
  '(9)提速大观楼-止园、盛宣怀故居周边织补、西直街等历史文化地标建设。',
  '王旭锋',
  '区住建局',
  '各街道',
  '(10)加快航仪厂、酱品厂等工业遗存焕新。',
  '区商务局',
  '做优经开区',
  '(11)推进经开区产城融合。',
  '吴 伟',
  '经开区',
];

const summary = (text: string) =>
  parseDocument(text).plan!.tasks.map((t) => ({
    n: t.numbering.marker.text,
    text: t.text.text,
    leaders: t.leaders.map((u) => u.name),
    lead: t.leadUnits.map((u) => u.name),
    units: t.units.map((u) => u.name),
    path: t.path.map((s) => s.title.text),
  }));

describe('a cell-per-line table whose 序号 numbers categories of self-numbered tasks', () => {
  it('reads the category as a group, each numbered line as a task with the cells after it, and a sub-category as a group under it', () => {
    const text = ZHONGLOU.join('\n');
    const cat1 = ['全区经济社会发展的主要预期目标'];
    const cat2 = ['坚持老城、经开、高新三区并进,同频共振、同向发力,推动四大功能融合提质'];
    expect(summary(text)).toEqual([
      { n: '(1)', text: '地区生产总值增长5%左右。', leaders: ['王旭锋'], lead: ['区发改局'], units: ['经开区', '高新区', '各街道'], path: cat1 },
      // A lone name is the lead's (the helpers' cell is the one a row leaves empty).
      { n: '(2)', text: '一般公共预算收入保持稳定增长。', leaders: [], lead: ['区财政局'], units: [], path: cat1 },
      { n: '(3)', text: '制造业投资增长8%左右。', leaders: ['吴伟'], lead: ['区工信局'], units: [], path: cat1 },
      { n: '(4)', text: '实际使用外资和进出口总额稳中提质。', leaders: [], lead: ['区商务局'], units: ['新运集团', '金控集团'], path: cat1 },
      // Rows under merged cells keep none: nothing is copied from the row above.
      { n: '(5)', text: '居民人均可支配收入与经济增长同步。', leaders: [], lead: [], units: [], path: cat1 },
      { n: '(6)', text: '社会消费品零售总额增长5%左右。', leaders: [], lead: [], units: [], path: cat1 },
      { n: '(7)', text: '主要污染物减排、单位GDP能耗下降,大气、水环境质量改善完成市下达任务。', leaders: ['谢志诚'], lead: ['钟楼生态环境局'], units: [], path: cat1 },
      { n: '(8)', text: '安全生产形势平稳向好。', leaders: [], lead: ['区应急管理局'], units: ['区安委会各成员单位'], path: cat1 },
      { n: '(9)', text: '提速大观楼-止园、盛宣怀故居周边织补、西直街等历史文化地标建设。', leaders: ['王旭锋'], lead: ['区住建局'], units: ['各街道'], path: [...cat2, '做精老城区'] },
      { n: '(10)', text: '加快航仪厂、酱品厂等工业遗存焕新。', leaders: [], lead: ['区商务局'], units: [], path: [...cat2, '做精老城区'] },
      { n: '(11)', text: '推进经开区产城融合。', leaders: ['吴伟'], lead: ['经开区'], units: [], path: [...cat2, '做优经开区'] },
    ]);
    const doc = parseDocument(text);
    const [c1, c2] = doc.plan!.children;
    expect(c1.type === 'section' && [c1.numbering?.value, c1.title.range]).toEqual([1, { start: { line: 9, character: 0 }, end: { line: 9, character: 15 } }]);
    expect(c2.type === 'section' && c2.numbering?.value).toBe(2);
    const t1 = doc.plan!.tasks[0];
    expect(t1.numbering.marker.range).toEqual({ start: { line: 10, character: 0 }, end: { line: 10, character: 3 } });
    expect(t1.text.range).toEqual({ start: { line: 10, character: 3 }, end: { line: 10, character: 16 } });
    expect(t1.range.end).toEqual({ line: 15, character: 3 });
    // The merged cells of (5) and (6) are their rows above's: no field is missing anywhere.
    expect(lint(doc, { today: '2025-03-01' })).toEqual([]);
  });

  it('was read as one task swallowing (1) with a false numbering-gap at (2) before (the same layout 钟楼 2024 lost (2) in)', () => {
    const diags = lint(parseDocument(ZHONGLOU.join('\n')), { today: '2025-03-01' });
    expect(diags.filter((d) => d.rule.startsWith('numbering'))).toEqual([]);
    expect(parseDocument(ZHONGLOU.join('\n')).plan!.tasks).toHaveLength(11);
  });

  it('a damaged copy: a task number skipped, a duplicated one, and a misspelt lead are reported at their lines', () => {
    const lines = [...ZHONGLOU];
    lines[30] = '(7)安全生产形势平稳向好。'; // (8) → (7): duplicated
    lines[43] = '(12)推进经开区产城融合。'; // (11) → (12): (11) skipped
    lines[38] = '区住建屈'; // 区住建局 misspelt at its ending
    const doc = parseDocument(lines.join('\n'));
    const got = lint(doc, { today: '2025-03-01' }).map((d) => [d.rule, d.range.start.line, d.range.start.character]);
    expect(got).toEqual([
      ['numbering-duplicate', 30, 0],
      ['numbering-gap', 43, 0],
    ]);
    // The misspelt name stays the lead of (9), in its column: not a sub-category, not glued to the text.
    const t9 = doc.plan!.tasks[8];
    expect([t9.text.text, t9.leadUnits.map((u) => u.name), t9.path.map((s) => s.title.text)]).toEqual([
      '提速大观楼-止园、盛宣怀故居周边织补、西直街等历史文化地标建设。',
      ['区住建屈'],
      ['坚持老城、经开、高新三区并进,同频共振、同向发力,推动四大功能融合提质', '做精老城区'],
    ]);
  });

  it('a table whose first row has no cells of its own reports its missing fields: only the rows below a stated cell inherit it', () => {
    const lines = [...ZHONGLOU];
    // (1) loses its leader, lead and helpers: nothing above it to merge from.
    lines.splice(11, 5);
    const doc = parseDocument(lines.join('\n'));
    expect(doc.plan!.tasks[0].leadUnits).toEqual([]);
    const got = lint(doc, { today: '2025-03-01' }).map((d) => [d.rule, d.range.start.line]);
    expect(got).toContainEqual(['missing-lead', 10]);
  });

  it('reads the 吴江 form: bars between cells, `1.` tasks under a 项目, ★ marking the lead, and the 序号 starting again for the next block', () => {
    const text = [
      '区政府2024年重点工作目标任务分解落实方案',
      '(共3项)',
      '序号', '|', '项目', '|', '重点工作目标任务', '|', '牵头领导', '|', '责任单位', '|',
      '一、2024年全区经济社会发展主要预期目标', '|', '||||',
      '1', '|', '主要预期目标', '|',
      '1.地区生产总值增长5%以上。', '|', '钱 宇', '|', '★区发改委、统计局', '|',
      '2.一般公共预算收入同口径增长6%以上。', '|', '★区财政局、税务局', '|', '|||',
      '|', '|', '||||',
      '1', '|', '筑牢经济发展底座', '|',
      '3.强化“大抓项目、抓大项目”导向,积极扩大有效投资。', '|', '沈 军', '|', '★区发改委、工信局', '|',
    ].join('\n');
    const doc = parseDocument(text);
    expect(summary(text)).toEqual([
      { n: '1.', text: '地区生产总值增长5%以上。', leaders: ['钱宇'], lead: ['区发改委'], units: ['区统计局'], path: ['2024年全区经济社会发展主要预期目标', '主要预期目标'] },
      { n: '2.', text: '一般公共预算收入同口径增长6%以上。', leaders: [], lead: ['区财政局'], units: ['区税务局'], path: ['2024年全区经济社会发展主要预期目标', '主要预期目标'] },
      { n: '3.', text: '强化“大抓项目、抓大项目”导向,积极扩大有效投资。', leaders: ['沈军'], lead: ['区发改委'], units: ['区工信局'], path: ['2024年全区经济社会发展主要预期目标', '筑牢经济发展底座'] },
    ]);
    // The 序号 column starting again at 1 opens a new block of the table (its part's row lost in the copy): no duplicate.
    expect(lint(doc, { today: '2024-01-01' })).toEqual([]);
  });

  it('reads a category of any length to its next row (1,500 tasks, 4,500 lines: no cut, no false missing-lead)', () => {
    const rows = Array.from({ length: 1500 }, (_, k) => [`(${k + 1})推进第${k + 1}项重点工作。`, '区发改局', '各街道']).flat();
    const doc = parseDocument([...ZHONGLOU.slice(0, 10), ...rows].join('\n'));
    expect(doc.plan!.tasks).toHaveLength(1500);
    expect(doc.plan!.tasks[1499].leadUnits.map((u) => u.name)).toEqual(['区发改局']);
    expect(lint(doc, { today: '2025-03-01' }).filter((d) => d.rule !== 'duplicate-task')).toEqual([]);
  });

  it('keeps a task whose text holds numbered sub-items, with its cells after the last, one task', () => {
    const text = [
      '2024年重点任务分工方案',
      '序号', '工作任务', '牵头单位', '配合单位',
      '1', '加强生态环境保护：', '(1)推进大气污染防治；', '(2)推进水污染防治。', '区生态环境局', '区水务局',
      '2', '深化“放管服”改革。', '区政务服务中心', '区发改局',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.text.text, t.leadUnits.map((u) => u.name)])).toEqual([
      [1, '加强生态环境保护：\n(1)推进大气污染防治；\n(2)推进水污染防治。', ['区生态环境局']],
      [2, '深化“放管服”改革。', ['区政务服务中心']],
    ]);
  });
});
