/**
 * Text taken out of a PDF (pdftotext, or a viewer's copy) of an A4 page set in 16pt: about 28 characters a line,
 * so a task's fields wrap wherever the line ends: inside a label, inside a name, over a page's break. Every case
 * here is verbatim tool output from a conversion hunt (seed 003 江夏, seed 001 蔡甸, seed 000 大兴, 海曙 2024).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

const HEAD = ['关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知', '', '责任分解方案', ''];
const doc = (...lines: string[]) => parseDocument([...HEAD, ...lines].join('\n'));
const roles = (text: string) =>
  parseDocument(text).plan!.tasks.map((t) => ({ text: t.text.text, lead: t.leadUnits.map((u) => u.name), units: t.units.map((u) => u.name) }));

describe('fields a PDF line cut', () => {
  it('a bracket opened on the task line and cut twice, inside its label and inside a name (江夏: `(牵` / `头单位:…,金` / `口街道办事处)`)', () => {
    const d = doc(
      '1.支持武汉客车建设氢能源研究院,发展氢能源商用车。(牵头单',
      '位:区科经局;责任单位:江夏经济开发区管委会,区科投集团)',
      '2.大力引进“三电”等关键零部件项目,做大“零整比”。 (牵',
      '头单位:区商务局;责任单位:区科经局,江夏经济开发区管委会,金',
      '口街道办事处)',
      '3.以上汽通用武汉基地为龙头,全面推动汽车向“新四化”转型。(牵头单位:区发改局;',
      '责任单位:区科经局,金',
      '口街道办事处)',
      '4.抢抓车光产业跨界融合发展示范区创建契机。(牵头单位:区发改局;责任单位:区科经局)',
    );
    const [, t2, t3] = d.plan!.tasks;
    expect([t2.text.text, t2.leadUnits.map((u) => u.name), t2.units.map((u) => u.name)]).toEqual([
      '大力引进“三电”等关键零部件项目,做大“零整比”。',
      ['区商务局'],
      ['区科经局', '江夏经济开发区管委会', '金口街道办事处'],
    ]);
    // The name cut by the wrap runs over the line break; the task ends on the bracket's last line.
    expect(t2.units[2].written.range).toEqual({ start: { line: 7, character: 30 }, end: { line: 8, character: 6 } });
    expect(t2.range.end).toEqual({ line: 8, character: 7 });
    // A wrap right after `;` puts a label at the start of a line: still the bracket's, not fields of their own.
    expect([t3.leadUnits.map((u) => u.name), t3.units.map((u) => u.name)]).toEqual([['区发改局'], ['区科经局', '金口街道办事处']]);
    expect(d.plan!.sections).toEqual([]);
    expect(lint(d, { today: '2023-03-01' })).toEqual([]);
  });

  it('a line of fields in brackets cut over a page break (蔡甸: `(…蔡甸经济开发区〈奓山街` / blank / `\\f道〉)`) is read whole, and its brackets pair', () => {
    const d = doc(
      '1. 坚定不移实施“工业强区”战略,完成规上工业总产值 950 亿元以上。',
      '(牵头单位:区科技和经信局;责任单位:区商务局)',
      '2. 加快实施“技改提能、制造焕新”工程,确保技改投资占比保持在 45%以上。',
      '(牵头单位:区科技和经信局;责任单位:蔡甸经济开发区〈奓山街',
      '',
      '\f道〉)',
      '3. 大力引进战略性新兴产业,着力培育产业增长新引擎。',
      '(牵头单位:区发展和改革局;责任单位:区科技和经信局、区商务',
      '局)',
    );
    const [, t2, t3] = d.plan!.tasks;
    expect(t2.units.map((u) => [u.name, u.aliases])).toEqual([['蔡甸经济开发区', ['奓山街道']]]);
    expect(t3.units.map((u) => u.name)).toEqual(['区科技和经信局', '区商务局']);
    expect(lint(d, { today: '2023-03-01' })).toEqual([]);
  });

  it('a bracket cut over a page\'s number with blank lines around it and no form feed (a viewer\'s copy) pairs', () => {
    const d = doc('1. 加快实施“技改提能、制造焕新”工程。', '(牵头单位:区科技和经信局;责任单位:蔡甸经济开发区〈奓山街', '', '— 3 —', '', '道〉)', '2. 大力引进战略性新兴产业。', '(牵头单位:区发展和改革局)');
    expect(lint(d, { today: '2023-03-01' }).filter((x) => x.rule === 'unbalanced-bracket')).toEqual([]);
    expect(d.plan!.tasks[0].units.map((u) => u.name)).toEqual(['蔡甸经济开发区']);
  });

  it('a bracket left open before a page break without a close after it is still reported', () => {
    const d = doc('1. 坚定不移实施“工业强区”战略。', '(牵头单位:区科技和经信局;责任单位:蔡甸经济开发区〈奓山街', '', '2. 加快实施“技改提能”工程。', '(牵头单位:区科技和经信局)');
    expect(lint(d, { today: '2023-03-01' }).filter((x) => x.rule === 'unbalanced-bracket').map((x) => x.range.start)).toEqual([
      { line: 5, character: 0 },
      { line: 5, character: 26 },
    ]);
  });

  it('pdftotext -layout puts a blank line after every line: a bracket wrapped across such a blank pairs (江夏, verbatim), and the fields are read', () => {
    const d = doc(
      '1.抢抓车光产业跨界融合发展示范区创建契机,着力延链补链强',
      '',
      '链,壮大以“车、光、康”为代表的主导产业集群,做强实体经',
      '',
      '济。(牵头单位:区发改局;责任单位:区科经、商务局,郑店、五',
      '',
      '里界街道办事处,江夏经济开发区管委会)',
      '',
      '2.以上汽通用武汉基地为龙头,全面推动汽车向“新四化”转型,',
      '',
      '新推出 3 款新能源车型,力争年产新能源车 10 万辆。(牵头单位:',
      '',
      '区科经局;责任单位:江夏经济开发区管委会)',
      '',
      '3.大力引进“三电”等关键零部件项目,做大“零整比”。 (牵',
      '',
      '头单位:区商务局;责任单位:区科经局,江夏经济开发区管委会,金',
      '',
      '口街道办事处)',
    );
    expect(lint(d, { today: '2023-03-01' })).toEqual([]);
    expect(d.plan!.tasks.map((t) => t.leadUnits.map((u) => u.name))).toEqual([['区发改局'], ['区科经局'], ['区商务局']]);
    // A bracket a sentence leaves open, then a blank and the next item: still unclosed.
    const open = doc('1.抢抓契机,做强实体经济。(牵头单位:区发改局', '', '2.以上汽通用武汉基地为龙头。(牵头单位:区科经局)');
    expect(lint(open, { today: '2023-03-01' }).filter((x) => x.rule === 'unbalanced-bracket').map((x) => x.range.start)).toEqual([{ line: 4, character: 14 }]);
  });

  it('a list of names on a field line that ends with `、` goes on on the next line, a note after it (海曙 2024); a name cut to one character is completed (大兴: `大` / `兴基建`)', () => {
    const text = [
      ...HEAD,
      '1.全力保障宁波枢纽空铁一体主体工程。',
      '责任单位:区房屋征收中心、区发改局、海曙自然资源规划分局、',
      '古林镇、石碶街道(列第一位者为牵头或汇总单位,下同)',
      '2.一般公共预算收入与经济增长基本同步。',
      '责任单位:区财政局',
      '3.全力推进重大项目建设。',
      '责任单位:区发改局、区住建局、大',
      '兴基建',
    ].join('\n');
    expect(roles(text)).toEqual([
      { text: '全力保障宁波枢纽空铁一体主体工程。', lead: ['区房屋征收中心'], units: ['区发改局', '海曙自然资源规划分局', '古林镇', '石碶街道'] },
      { text: '一般公共预算收入与经济增长基本同步。', lead: ['区财政局'], units: [] },
      { text: '全力推进重大项目建设。', lead: ['区发改局'], units: ['区住建局', '大兴基建'] },
    ]);
  });

  it('a quantity a wrap put at a line\'s start (`0.98 万人,…`, `1.5 亿元`) is the task\'s text, not a numbered item; `1.1 推进…` still numbers one', () => {
    const d = doc(
      '99.鼓励灵活就业,引导自主创业。(牵头单位:区人社局;责任单位:各街道办事处)',
      '100.扎实推进全民参保,确保养老、失业、工伤保险扩面新增',
      '0.98 万人,城乡居民医保参保率 96%以上。',
      '(牵头单位:区人社、医保局;责任单位:区税务局,各街道办事处)',
      '101.完善社会救助制度体系,全年发放救助资金',
      '1.5 亿元以上。(牵头单位:区民政局;责任单位:各街道办事处)',
    );
    expect(d.plan!.tasks.map((t) => [t.numbering.value, t.leadUnits.map((u) => u.name)])).toEqual([
      [99, ['区人社局']],
      [100, ['区人社局', '区医保局']],
      [101, ['区民政局']],
    ]);
    expect(d.plan!.tasks[1].text.text).toBe('扎实推进全民参保,确保养老、失业、工伤保险扩面新增\n0.98 万人,城乡居民医保参保率 96%以上。');
    const outline = parseDocument(['工作方案', '', '1 总体要求', '1.1 推进产业升级。(牵头单位:区发改局)', '1.2 推进城市更新。(牵头单位:区住建局)'].join('\n'));
    expect(outline.plan!.tasks.map((t) => t.numbering.marker.text)).toEqual(['1', '2']);
  });
});

describe('a name whose ending a wrap cut after a whole name (`相关街道办` / `事处`) (hunt d10)', () => {
  const text = (cut: string, rest: string) =>
    ['2024年重点任务分工方案', '一、重点任务', '1.推进园区建设。', '牵头单位：区发改局', `责任单位：区财政局、${cut}`, rest, '2.优化营商环境。', '牵头单位：区商务局', '责任单位：区市场监管局'].join('\n');
  const units = (s: string) => parseDocument(s).plan!.tasks[0].units.map((u) => [u.name, u.written.range]);

  it('is completed by the next line when together they end as a longer name does', () => {
    expect(units(text('相关街道办', '事处'))).toEqual([
      ['区财政局', { start: { line: 4, character: 5 }, end: { line: 4, character: 9 } }],
      ['相关街道办事处', { start: { line: 4, character: 10 }, end: { line: 5, character: 2 } }],
    ]);
  });

  it('a name of its own on the next line (`市民政局` / `办公室`) is not joined to it', () => {
    expect(units(text('区民政局', '办公室')).map(([n]) => n)).toEqual(['区财政局', '区民政局']);
  });
});
