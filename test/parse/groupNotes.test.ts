/**
 * A 目标管理 plan that names each group's units in a note after its items (郑州 2007, a Traditional mirror's copy, read
 * through the script map): `1.地區生產總值增長15%;` … `4.…;` / `4項目標的責任單位均為市發展改革委。`, `5.…;` /
 * `該目標責任單位為市經委。`. The notes were prose: the document read as no plan, and nothing was checked.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';
import { modelJson } from '../helpers/modelJson';

const LINES = [
  '2007年鄭州市人民政府目標管理工作方案',
  '  一、關于目標體系設置',
  '  (一)跨越式發展目標。主要針對“31245”的目標任務,包括8項。',
  '  1.地區生產總值增長15%;',
  '  2.第三產業增加值達到1000億元;',
  '  3.城鎮固定資產投資新增200億元;',
  '  4.人均地區生產總值達到4000美元;',
  '  4項目標的責任單位均為市發展改革委。',
  '  5.規模以上工業銷售收入達到3000億元;',
  '  該目標責任單位為市經委。',
  '  6.地方財政收入凈增50億元;',
  '  該目標責任單位為市財政局。',
  '  7.實際利用外商直接投資達到8億美元;',
  '  8.社會消費品零售總額增長16%;',
  '  2項目標的責任單位均為市商務局。',
  '',
];
const today = { today: '2007-03-01' };
const units = (text: string) => parseDocument(text).plan?.tasks.map((t) => [t.numbering.value, t.units.map((u) => u.name)]) ?? null;

describe('a note after the items it assigns', () => {
  it('gives the last N items (or the one) its units', () => {
    expect(units(LINES.join('\n'))).toEqual([
      [1, ['市发展改革委']],
      [2, ['市发展改革委']],
      [3, ['市发展改革委']],
      [4, ['市发展改革委']],
      [5, ['市经委']],
      [6, ['市财政局']],
      [7, ['市商务局']],
      [8, ['市商务局']],
    ]);
    expect(lint(parseDocument(LINES.join('\n')), today)).toEqual([]);
  });

  it('an item whose note is deleted is reported as missing its units; a count past the items is no note', () => {
    const deleted = LINES.filter((l) => !l.includes('該目標責任單位為市財政局')).join('\n');
    expect(lint(parseDocument(deleted), today).map((d) => [d.rule, d.range.start.line])).toEqual([['missing-units', 10]]);
    const tooMany = LINES.map((l) => l.replace('4項目標的', '9項目標的')).join('\n');
    expect(units(tooMany)!.slice(0, 4).map(([, u]) => u)).toEqual([[], [], [], []]);
  });

  it('an edit inside such a plan gives what a full parse gives (the notes read the items above them)', () => {
    // In Simplified script, as a draft is written (a keystroke re-reads one task in place where it can).
    const text = ['2007年郑州市人民政府目标管理工作方案', '一、关于目标体系设置', '1.地区生产总值增长15%;', '2.第三产业增加值达到1000亿元;', '3.城镇固定资产投资新增200亿元;', '3项目标的责任单位均为市发展改革委。', '4.规模以上工业销售收入达到3000亿元;', '该目标责任单位为市经委。', ''].join('\n');
    const prev = parseDocument(text);
    for (const edited of [text.replace('增长15%', '增长16%'), text.replace('新增200亿元', '新增300亿元'), text.replace('市经委。', '市工信委。')]) {
      expect(modelJson(parseDocument(edited, prev))).toEqual(modelJson(parseDocument(edited)));
    }
  });
});
