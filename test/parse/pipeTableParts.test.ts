/**
 * A `|` table as pandoc's Markdown (pipe or gfm) writes a Word table: a part's row spans the table, its words in
 * the first cell and the other cells empty (郧阳 2023 through `pandoc -t gfm`).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

describe('a part\'s row across a | table', () => {
  it('is a heading, and the fields closing it speak for its tasks', () => {
    const text = [
      '# 2023年区政府工作目标任务落实责任分解表',
      '',
      '| 序号 | 目 标 任 务 | 牵头单位 | 责任单位 | 责任人 |',
      '|------|------|------|------|------|',
      '| 一、主要经济社会发展指标等工作目标(牵头领导:成坤、柯相国、王俊) |   |   |   |   |',
      '| 1 | 地区生产总值增长15%。 | 区发改局 | 区统计局 | 张三 |',
      '| 2 | 固定资产投资增长20%。 | 区发改局 | 区住建局 | 李四 |',
      '| 二、营商环境(牵头领导:王俊) |   |   |   |   |',
      '| 3 | 优化营商环境。 | 区营商办 | 区政务服务中心 | 王五 |',
    ].join('\n');
    const doc = parseDocument(text);
    const parts = doc.plan!.children.filter((c) => c.type === 'section');
    expect(parts.map((p) => p.type === 'section' && [p.numbering?.value, p.title.text, p.fields.map((f) => f.value.text)])).toEqual([
      [1, '主要经济社会发展指标等工作目标', ['成坤、柯相国、王俊']],
      [2, '营商环境', ['王俊']],
    ]);
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.path.map((s) => s.numbering?.value)])).toEqual([
      [1, [1]],
      [2, [1]],
      [3, [2]],
    ]);
    expect(lint(doc, { today: '2023-01-01' })).toEqual([]);
  });
});

describe('a heading\'s row across a | table whose first bar a web copy left out (芜湖 2025, hunt d17)', () => {
  const text = [
    '2025年重点工作及责任分解表',
    '序号 | 目标与任务 | 牵头责任单位 | 责任单位 |',
    '一、主要预期目标 | |||',
    '(1) | 地区生产总值增长6%以上。 | 市发展改革委 | 各县市区政府、 开发区管委会 |',
    '(2) | 固定资产投资增长6%左右。 | 市发展改革委 | 各县市区政府、 开发区管委会 |',
    '二、重点做好以下九个方面工作 | |||',
    '(一)加强经济运行调节,持续推动经济发展质的有效提升。 | |||',
    '(3) | 统筹衔接消费券发放与消费品以旧换新行动。 | 市商务局 | 市财政局 |',
  ].join('\n');
  it('is titled by its cell alone, without the empty cells\' bars', () => {
    const doc = parseDocument(text);
    expect(doc.plan!.sections.map((s) => s.title.text)).toEqual(['主要预期目标', '重点做好以下九个方面工作']);
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.path.map((s) => s.title.text)])).toEqual([
      [1, ['主要预期目标']],
      [2, ['主要预期目标']],
      [3, ['重点做好以下九个方面工作', '加强经济运行调节,持续推动经济发展质的有效提升。']],
    ]);
    expect(doc.plan!.sections[1].headingRange.end).toEqual({ line: 5, character: '二、重点做好以下九个方面工作'.length });
    expect(lint(doc, { today: '2025-01-01' })).toEqual([]);
  });
});

/** 芜湖 2025's notice that is its plan: the part above its table, the table's own 一、二、, a group and a task under each. */
const WUHU_PART_ONE = [
  '芜湖市人民政府关于2025年重点工作及责任分解的通知',
  '一、市政府重点工作任务',
  '序号 | 目标与任务 | 牵头责任单位 | 责任单位 |',
  '一、主要预期目标 | |||',
  '(1) | 地区生产总值增长6%以上。 | 市发展改革委 | 各县市区政府 |',
  '二、重点做好以下九个方面工作 | |||',
  '(一)加强经济运行调节,持续推动经济发展质的有效提升。 | |||',
  '(2) | 统筹衔接消费券发放与消费品以旧换新行动。 | 市商务局 | 市财政局 |',
];

describe('a | table that numbers its own headings from 一 under a heading of that style (芜湖 2025, hunt d17)', () => {
  const text = [
    ...WUHU_PART_ONE,
    '二、2025年民生实事',
    '序号 | 项目 | 牵头责任单位 | 责任单位 |',
    '一、教育 | |||',
    '(3) | 新建改扩建中小学5所。 | 市教育局 | 各县市区政府 |',
    '二、医疗 | |||',
    '(4) | 新建社区卫生服务中心3个。 | 市卫生健康委 | 各县市区政府 |',
  ].join('\n');
  it('holds the table under the heading above it: the table\'s 一、二、 are its chapters (no empty part, no repeated 一)', () => {
    const doc = parseDocument(text);
    expect(doc.plan!.sections.map((s) => [s.level, s.title.text, s.children.filter((c) => c.type === 'section').map((c) => c.type === 'section' && `${c.level} ${c.title.text}`)])).toEqual([
      ['part', '市政府重点工作任务', ['chapter 主要预期目标', 'chapter 重点做好以下九个方面工作']],
      ['part', '2025年民生实事', ['chapter 教育', 'chapter 医疗']],
    ]);
    expect(doc.plan!.tasks.map((t) => [t.numbering.value, t.path.map((s) => s.level)])).toEqual([
      [1, ['part', 'chapter']],
      [2, ['part', 'chapter', 'group']],
      [3, ['part', 'chapter']],
      [4, ['part', 'chapter']],
    ]);
    expect(lint(doc, { today: '2025-01-01' })).toEqual([]);
  });
  it('a heading of the table skipped is reported within its part', () => {
    const ds = lint(parseDocument(text.replace('二、医疗 | |||', '三、医疗 | |||')), { today: '2025-01-01' });
    expect(ds.map((d) => [d.rule, d.range.start.line])).toEqual([['numbering-gap', 12]]);
  });
  it('a heading above a table that holds something of its own is a part like the table\'s: the repeat is still reported', () => {
    const own = text.replace('一、市政府重点工作任务\n', '一、市政府重点工作任务\n1.统筹推进全年工作。(牵头单位:市政府办公室)\n');
    expect(lint(parseDocument(own), { today: '2025-01-01' }).map((d) => d.rule)).toContain('numbering-duplicate');
  });
});

describe('a table whose first heading repeats the heading above it (regression hunt)', () => {
  it('is the same part written twice, not a part inside it: the repeat is reported', () => {
    const text = ['2025年重点工作及责任分解', '一、主要预期目标', '序号 | 目标与任务 | 牵头责任单位 | 责任单位 |', '一、主要预期目标 | |||', '(1) | 地区生产总值增长6%以上。 | 市发展改革委 | 各县市区政府 |', '二、重点工作 | |||', '(2) | 统筹衔接消费券发放。 | 市商务局 | 市财政局 |'].join('\n');
    expect(lint(parseDocument(text), { today: '2025-01-01' }).map((d) => d.rule)).toContain('numbering-duplicate');
  });
});

describe('the next outer heading written as a row of the same table (regression hunt)', () => {
  it('`二、市政府重点民生实事 | |||` after the table\'s own 一、二、 numbers on from the heading above the table: a part', () => {
    const text = [
      ...WUHU_PART_ONE,
      '二、市政府重点民生实事 | |||',
      '(3) | 新建城市书房10个。 | 市文化旅游局 | 各县市区政府 |',
      '(4) | 改造老旧小区50个。 | 市住房城乡建设局 | 各县市区政府 |',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.plan!.sections.map((s) => [s.level, s.title.text])).toEqual([
      ['part', '市政府重点工作任务'],
      ['part', '市政府重点民生实事'],
    ]);
    expect(doc.plan!.tasks.map((t) => t.path.map((s) => s.title.text).join(' > '))).toEqual([
      '市政府重点工作任务 > 主要预期目标',
      '市政府重点工作任务 > 重点做好以下九个方面工作 > 加强经济运行调节,持续推动经济发展质的有效提升。',
      '市政府重点民生实事',
      '市政府重点民生实事',
    ]);
    expect(lint(doc, { today: '2025-01-01' })).toEqual([]);
  });
});

