/**
 * A plan titled as a year's work set out rather than as a 方案 (hunt d16): `西平县2020年度法治政府建设工作安排`,
 * `青岛市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务`. Both were read with no title (`fengong parse`: title
 * null; with no notice before it the first only counted as a plan by its fields). A heading inside a plan that says
 * the same words without a year (`主要工作任务`, `工作安排`) is no title.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { endsAsPlanTitle } from '../../server/src/core/parse/planTitle';
import { lint } from '../../server/src/core/rules';

const XIPING = [
  '西平县2020年度法治政府建设工作安排',
  '现就做好2020年度法治政府建设工作安排如下:',
  '一、依法全面履行政府职能',
  '(一)为推动经济高质量发展提供法治保障。加强规范性文件备案审查、执法、法律服务相关工作。',
  '责任单位:县政府办公室、县司法局、各有关部门,乡镇人民政府按职责分工分别负责。',
  '(二)全面提高依法防控依法治理能力。坚持依法科学有序防控。',
  '责任单位:县卫健委、县司法局。',
].join('\n');

const QINGDAO = [
  '青岛市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务',
  '一、实施创新驱动发展战略',
  '1.建设崂山实验室。实施“透明海洋”等重大战略科技任务。(牵头单位:市科技局,参与单位:青岛蓝谷管理局)',
  '2.完善实验室建设体系。抢抓国家重点实验室重组机遇。(牵头单位:市科技局)',
].join('\n');

describe('a title naming a year\'s work', () => {
  it('`…2020年度…工作安排` is the plan\'s title, its preamble the sentence under it', () => {
    const doc = parseDocument(XIPING);
    expect(doc.kind).toBe('plan');
    expect(doc.plan!.titleText).toBe('西平县2020年度法治政府建设工作安排');
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.path.map((s) => s.title.text)])).toEqual([
      [1, ['依法全面履行政府职能']],
      [2, ['依法全面履行政府职能']],
    ]);
  });
  it('`…2023年重点工作任务` is the plan\'s title', () => {
    const doc = parseDocument(QINGDAO);
    expect(doc.plan!.titleText).toBe('青岛市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务');
    expect(doc.plan!.tasks.map((t) => t.leadUnits.map((u) => u.name))).toEqual([['市科技局'], ['市科技局']]);
  });
  it('the same words with no year are a heading\'s, not a title\'s', () => {
    for (const h of ['主要工作任务', '重点工作任务', '工作安排', '下一步工作安排']) expect(endsAsPlanTitle(h), h).toBe(false);
    for (const t of ['西平县2020年度法治政府建设工作安排', '某区2024年重点任务', '某市２０２３年重点工作任务']) expect(endsAsPlanTitle(t), t).toBe(true);
  });
});

describe('a year\'s-work title over two lines (`西平县2020年度法治政府建设` / `工作安排`)', () => {
  it('is read whole', () => {
    const doc = parseDocument(['西平县2020年度法治政府建设', '工作安排', ...XIPING.split('\n').slice(1)].join('\n'));
    expect(doc.plan!.titleText).toBe('西平县2020年度法治政府建设工作安排');
    expect(doc.plan!.tasks).toHaveLength(2);
  });
});

describe('a duty after the names: `按职责分工分别负责`', () => {
  it('is no part of the last name (`乡镇人民政府按职责分工分别负责` is 乡镇人民政府)', () => {
    const task = parseDocument(XIPING).plan!.tasks[0];
    expect(task.units.map((u) => u.name)).toEqual(['县政府办公室', '县司法局', '各有关部门', '乡镇人民政府']);
    const last = task.units[3].written;
    expect(XIPING.split('\n')[4].slice(last.range.start.character, last.range.end.character)).toBe('乡镇人民政府');
  });
});

describe('a line naming a year\'s work that is no title (regression hunt of a98fcc3)', () => {
  const plan = ['一、推动经济高质量发展', ...[1, 2, 3].map((n) => `${n}.推进第${n}项工作。(牵头单位:市发改委;完成时限:2024年6月底)`)];
  it('an unnumbered heading after the plan\'s first tasks (`2024年下半年重点任务`) is a heading, not the title', () => {
    const doc = parseDocument([...plan, '2024年下半年重点任务', ...[4, 5, 6].map((n) => `${n}.推进第${n}项工作。(牵头单位:市民政局;完成时限:2024年12月底)`)].join('\n'));
    expect(doc.plan!.titleText).toBe('');
    expect(doc.plan!.tasks.map((t) => t.numbering.value)).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it('the wrapped end of a task\'s words (`…确保全面完成` / `2024年重点任务` / `（牵头单位：…）`) stays the task\'s', () => {
    const doc = parseDocument(['一、推动经济高质量发展', '1.加快工业技术改造，完成技改投资200亿元，确保全面完成', '2024年重点任务', '（牵头单位：市工业和信息化局；完成时限：2024年12月底）', '2.培育新能源汽车产业。（牵头单位：市发展改革委；完成时限：2024年12月底）'].join('\n'));
    expect(doc.plan!.titleText).toBe('');
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.leadUnits.map((u) => u.name)])).toEqual([
      [1, ['市工业和信息化局']],
      [2, ['市发展改革委']],
    ]);
  });
  it('a notice\'s sentence wrapped before the words (`…，现将2024年重点工作任务` / `分解如下：`) is no title', () => {
    const doc = parseDocument(['某县农业农村局关于做好2024年春耕生产工作的通知', '各乡镇人民政府，县直有关单位：', '为切实做好今年春耕生产工作，确保粮食丰收，现将2024年重点工作任务', '分解如下：', '1.抓好粮食生产。（牵头单位：县农业农村局）', '2.推进乡村建设。（牵头单位：县交通运输局）'].join('\n'));
    expect(doc.plan?.titleText ?? '').not.toContain('现将');
  });
  it('a report\'s caption (`2023年重点工作任务` under `…完成情况的通报`) keeps the plan\'s numbers: no gap reported', () => {
    const text = ['某县人民政府办公室关于2023年重点工作任务完成情况的通报', '各乡镇人民政府，县直有关单位：', '2023年，各单位认真落实县政府各项决策部署，现将有关情况通报如下。', '2023年重点工作任务', '1.加快工业技术改造，完成技改投资2亿元。已完成。（牵头单位：县工信局）', '3.培育新能源汽车产业。已完成。（牵头单位：县发改委）', '7.推进数字经济发展。正在推进。（牵头单位：县科技局）'].join('\n');
    expect(lint(parseDocument(text), { today: '2024-01-10' }).filter((d) => d.rule === 'numbering-gap')).toEqual([]);
  });
});

describe('more from the regression hunt', () => {
  it('a year\'s-work title may join words with 、 (`县2024年经济、社会和生态文明建设重点工作任务`)', () => {
    const doc = parseDocument(['县2024年经济、社会和生态文明建设重点工作任务', '一、经济建设', '1.推进工业园区建设，新增规上企业10家。（牵头单位：县发改局）', '2.推进农业现代化。（牵头单位：县农业农村局）'].join('\n'));
    expect(doc.plan!.titleText).toBe('县2024年经济、社会和生态文明建设重点工作任务');
  });
  it('a plan titled as one (`…分工方案`) is checked for gaps whatever a breadcrumb or its notice says of 推进情况', () => {
    const text = ['首页 > 政务公开 > 重点工作推进情况', '2024年重点工作任务分工方案', '一、重点任务', ...[1, 2, 4, 5].map((n) => `${n}.推进第${n}项工作。（牵头单位：县发改局）`)].join('\n');
    expect(lint(parseDocument(text), { today: '2024-01-10' }).map((d) => [d.rule, d.range.start.line])).toEqual([['numbering-gap', 5]]);
  });
});
