import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { roles, tasksOf } from '../helpers/tasks';


describe('field layouts (one recogniser each)', () => {
  it('own lines after the task, full-width colons, U+3000 indents', () => {
    const [t] = tasksOf('某区重点工作分工方案\n一、产业\n1．推进某项工作。\n\u3000\u3000牵头领导：张三\n\u3000\u3000主要责任单位：区发改委\n\u3000\u3000完成时限：2023年6月底\n');
    expect(roles(t)).toEqual({ leaders: ['张三'], lead: ['区发改委'], units: [], deadline: '2023-06-30' });
    expect(t.fields[1].value.range).toEqual({ start: { line: 4, character: 9 }, end: { line: 4, character: 13 } });
  });

  it('a bracketed field line after the task', () => {
    const [t] = tasksOf('某区任务分解方案\n1. 推进某项工作。\n（牵头单位：区发改局；责任单位：区财政局、区商务局；完成时限：2023年底前）\n');
    expect(roles(t)).toEqual({ leaders: [], lead: ['区发改局'], units: ['区财政局', '区商务局'], deadline: '2023-12-31' });
    expect(t.fields.map((f) => f.layout)).toEqual(['paren-line', 'paren-line', 'paren-line']);
    expect(t.fields[1].separatorBefore?.text).toBe('；');
  });

  it('inline at the end of the text, ASCII brackets', () => {
    const [t] = tasksOf('某区责任分解方案\n1.推进某项工作。(牵头单位:区发改局;责任单位:区科经、商务局)\n2.推进另一项工作。(牵头单位:区财政局)\n');
    expect(t.text.text).toBe('推进某项工作。');
    expect(t.text.range).toEqual({ start: { line: 1, character: 2 }, end: { line: 1, character: 9 } });
    expect(roles(t).units).toEqual(['区科经局', '区商务局']);
  });

  it('inline without brackets after the sentence', () => {
    const [t] = tasksOf('2023年某区分工方案\n1.推进某项工作。牵头单位：区发改局；配合单位：区财政局；时间节点：第三季度\n2.另一项。牵头单位：区财政局\n');
    // The plan's year (from its title) completes a deadline that names only a quarter.
    expect(roles(t)).toEqual({ leaders: [], lead: ['区发改局'], units: ['区财政局'], deadline: '2023-09-30' });
    expect(t.text.text).toBe('推进某项工作。');
  });

  it('a flattened table with a repeated header', () => {
    const text = [
      '2024年重点工作任务分工方案',
      '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
      '1\t推进产业升级。\t区发改局\t区财政局、区商务局\t2024年12月底',
      '2\t优化营商环境。\t区政务服务局\t各街道办事处\t长期坚持',
      '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
      '3\t加强安全生产。\t区应急局\t\t2024年6月30日',
    ].join('\n');
    const ts = tasksOf(text);
    expect(ts.map((t) => t.numbering.value)).toEqual([1, 2, 3]);
    expect(ts.map((t) => t.text.text)).toEqual(['推进产业升级。', '优化营商环境。', '加强安全生产。']);
    expect(roles(ts[0])).toEqual({ leaders: [], lead: ['区发改局'], units: ['区财政局', '区商务局'], deadline: '2024-12-31' });
    expect(ts[1].deadline?.kind).toBe('ongoing');
    expect(ts[1].units[0].collective).toBe(true);
    expect(ts[2].fields.map((f) => f.layout)).toEqual(['table', 'table']);
  });

  it('roles written as prose', () => {
    const [t] = tasksOf('某区分工方案\n一、发展\n1.推进某项工作。（区发改局牵头，区财政局、区商务局配合）\n2.另一项。（区财政局牵头）\n');
    expect(roles(t)).toEqual({ leaders: [], lead: ['区发改局'], units: ['区财政局', '区商务局'], deadline: null });
    expect(t.fields[0].layout).toBe('prose');
    expect(t.text.text).toBe('推进某项工作。');
  });

  it('a convention stated once: the first listed unit leads', () => {
    const text = '某区分工方案\n（各项任务后括号内为责任单位，列第一位者为牵头单位）\n一、发展\n1.推进某项工作。（区发改局、区财政局负责）\n2.另一项。（区商务局负责）\n';
    const [t1, t2] = tasksOf(text);
    expect(roles(t1)).toEqual({ leaders: [], lead: ['区发改局'], units: ['区财政局'], deadline: null });
    expect(roles(t2).lead).toEqual(['区商务局']);
    expect(t1.fields[0].layout).toBe('convention');
  });

  it('top-level items 一、 carrying the fields themselves are tasks', () => {
    const ts = tasksOf('某区分工方案\n一、推进某项工作。\n责任领导：张三\n实施单位：区发改局\n二、推进另一项。\n责任领导：李四\n实施单位：区财政局\n');
    expect(ts.map((t) => [t.numbering.style, t.numbering.value])).toEqual([['cn-dun', 1], ['cn-dun', 2]]);
    expect(roles(ts[1])).toEqual({ leaders: ['李四'], lead: [], units: ['区财政局'], deadline: null });
  });

  it('a field label with no value is kept (empty) and reported', () => {
    const doc = parseDocument('某区分工方案\n1.推进某项工作。\n牵头单位：\n完成时限：2023年12月31日\n');
    const t = doc.plan!.tasks[0];
    expect(t.fields[0]).toMatchObject({ role: 'leadUnits', value: { text: '' } });
    expect(t.leadUnits).toEqual([]);
    expect(doc.problems).toEqual([{ code: 'field-without-value', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } }, detail: '牵头单位' }]);
  });

  it('wrapped task text continues until the fields', () => {
    const [t] = tasksOf('某区分工方案\n1.推进某项工作，\n并完成另一件事。\n牵头单位：区发改局\n');
    expect(t.text.text).toBe('推进某项工作，\n并完成另一件事。');
    expect(t.text.range).toEqual({ start: { line: 1, character: 2 }, end: { line: 2, character: 8 } });
  });

  it('sub-items (1) belong to their task, whose fields follow them', () => {
    const [t, ...rest] = tasksOf('某区分工方案\n1.推进两件事：\n（1）第一件；\n（2）第二件。\n牵头单位：区发改局\n');
    expect(rest).toEqual([]);
    expect(t.subItems.map((s) => [s.numbering.value, s.text.text])).toEqual([[1, '第一件；'], [2, '第二件。']]);
    expect(roles(t).lead).toEqual(['区发改局']);
  });
});

describe('numbering styles', () => {
  it('reads every style, Chinese numerals beyond 十, both widths', () => {
    const text = [
      '某区分工方案',
      '十一、第十一部分',
      '（二十三）第二十三章',
      '1.点',
      '牵头单位：区甲局',
      '2．全角点',
      '牵头单位：区甲局',
      '3、顿号',
      '牵头单位：区甲局',
      '(一百零五)括号',
      '4.任务',
      '牵头单位：区甲局',
    ].join('\n');
    const doc = parseDocument(text);
    const [part] = doc.plan!.sections;
    expect(part.numbering).toMatchObject({ style: 'cn-dun', value: 11, marker: { text: '十一、' } });
    const chapters = part.children;
    expect(chapters.map((c) => c.type === 'section' && [c.numbering?.value, c.numbering?.fullWidth])).toEqual([[23, true], [105, false]]);
    expect(doc.plan!.tasks.map((t) => [t.numbering.style, t.numbering.value, t.numbering.delimiter])).toEqual([
      ['arabic-dot', 1, '.'],
      ['arabic-dot', 2, '．'],
      ['arabic-dun', 3, '、'],
      ['arabic-dot', 4, '.'],
    ]);
  });

  it('does not read 1.5亿元 at the start of a line as a marker', () => {
    const doc = parseDocument('某区分工方案\n1.任务\n1.5亿元的投资\n牵头单位：区甲局\n');
    expect(doc.plan!.tasks.map((t) => t.text.text)).toEqual(['任务\n1.5亿元的投资']);
  });
});

describe('robustness: no input crashes the parser', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['only blanks', '\n\n   \r\n\u3000'],
    ['binary noise', Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
    ['a 1 MB single line', '1.'.repeat(1) + '任务'.repeat(512 * 1024)],
    ['unbalanced brackets', '某区分工方案\n1.任务（牵头单位：区甲局；责任单位：区乙局\n2.任务)))（（（\n牵头单位：（区丙局\n'],
    ['a label with no value', '某区分工方案\n1.任务\n牵头单位：\n责任单位：\n完成时限：\n'],
    ['lone surrogates', '某区分工方案\n1.任务\ud800\n牵头单位：区\udc00甲局\n'],
    ['deep nesting', '某区分工方案\n1.任务' + '（'.repeat(5000) + '\n'],
    ['many markers', '1.\n'.repeat(20000)],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const doc = parseDocument(text);
      expect(['plan', 'notice', 'other']).toContain(doc.kind);
      for (const t of doc.plan?.tasks ?? []) {
        expect(t.range.end.line).toBeLessThan(doc.source.lines.length);
        expect(t.range.end.character).toBeLessThanOrEqual(doc.source.lines[t.range.end.line].length);
      }
    });
  }
});
