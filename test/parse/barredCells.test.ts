/**
 * Tables copied a cell per line whose cells a bar closes (`序号` / `|` / `任务名称` / `|` …, or `24 |`): the lines
 * between two bars are one cell, and a row's k-th cell is its k-th column's (闵行 2023 乡村振兴重点任务清单: a cell of
 * names over five lines, a lead marked `*`). Read by what the lines look like, a cell of names wrapped over lines lost
 * its lead (rows 3–5). A page that drops an empty cell with its bar (崇川 2023) is still read by what its cells hold.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

const read = (name: string) => readFileSync(join(__dirname, '..', 'corpus', name), 'utf8');
const roles = (text: string) => parseDocument(text).plan!.tasks.map((t) => [t.numbering.value, t.text.text, t.leadUnits.map((u) => u.name), t.units.map((u) => u.name), t.deadline?.text ?? null]);

describe('a table copied a cell per line whose bars close its cells', () => {
  it('reads each cell between two bars into its column: wrapped names, the lead marked *, the towns', () => {
    expect(roles(read('table-cell-per-line-barred.txt'))).toEqual([
      [1, '完成2022年度\n乡村振兴示范村建设', ['区农业农村委'], ['浦江镇'], '10月底'],
      [2, '开展2023年度\n乡村振兴示范村建设', ['区农业农村委'], ['浦江镇'], '12月底'],
      [3, '开展市级\n美丽乡村示范村创建', ['区农业农村委'], ['浦江镇', '浦锦街道', '马桥镇', '华漕镇'], '12月底'],
      [4, '推进\n农民相对集中居住', ['区农业农村委'], ['区规划资源局', '区房管局', '区财政局', '区征收中心', '浦江镇', '浦锦街道', '梅陇镇', '颛桥镇'], '12月底'],
      // The excerpt ends inside row 5: its deadline is not there.
      [5, '加强农房建设管理', ['区建管委'], ['区农业农村委', '区规划资源局', '浦江镇', '马桥镇', '华漕镇', '梅陇镇'], null],
    ]);
  });

  it('the names keep their exact ranges, one per line of the cell', () => {
    const text = read('table-cell-per-line-barred.txt');
    const lines = text.split('\n');
    const task = parseDocument(text).plan!.tasks[3];
    const line = lines.indexOf('区房管局、');
    expect(task.units.find((u) => u.name === '区房管局')!.written.range).toEqual({ start: { line, character: 0 }, end: { line, character: 4 } });
  });

  it('the excerpt cut inside row 5 is reported there alone (its deadline), and nothing else', () => {
    const text = read('table-cell-per-line-barred.txt');
    expect(lint(parseDocument(text), { today: '2023-03-01' }).map((d) => [d.rule, text.split('\n')[d.range.start.line]])).toEqual([['missing-deadline', '5']]);
  });

  it('a page that dropped an empty cell with its bar is read by what the cells hold (崇川 2023)', () => {
    expect(roles(read('table-cell-per-line-barred-dropped-cell.txt')).map(([n, , lead, units]) => [n, lead, units])).toEqual([
      [24, ['城管局'], ['市政局', '相关街道']],
      [25, ['城管局'], ['市政局', '环卫处', '崇川经济开发区', '各街道']],
      [26, ['城管局'], ['崇川经济开发区', '相关街道']],
    ]);
  });
});

describe('cells a copy opens with a bar instead of closing it (株洲 2012 工作要点 via 法搜, hunt d18)', () => {
  const text = [
    '一、不断提高新型工业化水平',
    '|',
    '工作要点',
    '| 工作任务',
    '| 牵头单位',
    '| 参与单位',
    '|',
    '打造产业旗舰。',
    '| 全面实施“5115”工程,加大政策引导,提供优质服务,支持15家企业年销售收入突破1000亿元。',
    '| 市企业发展促进局、市发改委',
    '| 市“5115”工程领导小组成员单位、各县市区',
    '|',
    '优化产业布局。',
    '| 继续实施非均衡发展战略,整合现有工业园区,明确发展定位,延伸产业链条。',
    '| 市发改委',
    '| 市招商局、市企业发展促进局、各县市区',
    '|',
  ].join('\n');
  it('no unit\'s name nor task\'s text keeps the bar (was `| 市企业发展促进局`, and a false unknown-unit for the name written right)', () => {
    const doc = parseDocument(text);
    const names = doc.plan!.tasks.flatMap((t) => [...t.leadUnits, ...t.units].map((u) => u.name));
    expect(names).toContain('市企业发展促进局');
    expect(names.filter((n) => /[|｜]/.test(n))).toEqual([]);
    expect(doc.plan!.tasks.map((t) => t.text.text.slice(0, 4))).toEqual(['全面实施', '继续实施']);
    expect(lint(doc, { today: '2012-03-01' }).filter((d) => d.rule === 'unknown-unit')).toEqual([]);
  });
  it('nor where the copy bars each cell on both sides (`| 市企业发展促进局、市发改委 |`, regression hunt)', () => {
    const barred = text.split('\n').map((l) => (l.startsWith('| ') ? l + ' |' : l)).join('\n');
    const names = parseDocument(barred).plan!.tasks.flatMap((t) => [...t.leadUnits, ...t.units].map((u) => u.name));
    expect(names).toContain('市企业发展促进局');
    expect(names.filter((n) => /[|｜]/.test(n))).toEqual([]);
  });
});
