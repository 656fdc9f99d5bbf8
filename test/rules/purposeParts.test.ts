/**
 * A numbered item under the part that states the plan's goals (`一、总体目标` / `1.目标。2012年起5年内，…`, 广州 2012 人才集聚
 * 工程 实施意见) is a goal, not a task to assign: missing-lead and missing-units were reported on it (an error a reviewer
 * would dismiss). Every other task is checked as before.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

const TODAY = '2012-06-01';
const LINES = [
  '关于推进人才集聚工程的实施意见',
  '一、总体目标',
  '1.目标。2012年起5年内，大力实施六大人才行动计划，初步把广州建设成为辐射华南、服务全国、连通世界的“国际人才港”。',
  '二、实施六大人才行动计划',
  '2.战略性主导产业紧缺人才开发项目。5年内重点引进和培养1万名左右企业紧缺人才。（牵头单位：市发展改革委，配合单位：市人力资源和社会保障局）',
  '3.羊城企业家培养项目。加强市管企业领导人员队伍建设。（牵头单位：市国资委，配合单位：市人力资源和社会保障局）',
  '4.民营企业家素质提升项目。组织开展民营骨干企业高层管理人员培训。（牵头单位：市经贸委，配合单位：市工商联）',
  '5.高技能人才振兴项目。5年内新增高技能人才10万名。（牵头单位：市人力资源和社会保障局，配合单位：市财政局）',
  '6.创新团队引进项目。5年内引进20个左右科研创新团队。（牵头单位：市科技和信息化局，配合单位：市财政局）',
];
const rules = (lines: string[]) => lint(parseDocument(lines.join('\n')), { today: TODAY }).map((d) => [d.rule, d.range.start.line]);

describe('a goal stated under 总体目标', () => {
  it('lacks no lead and no units', () => {
    expect(rules(LINES)).toEqual([]);
  });

  it('a task elsewhere that lost its fields is still reported', () => {
    const damaged = LINES.map((l, i) => (i === 5 ? l.replace(/（牵头单位.*）$/, '') : l));
    expect(rules(damaged)).toEqual([['missing-lead', 5]]);
  });

  it('under a part of work (not of goals) the same item is reported', () => {
    expect(rules(LINES.map((l, i) => (i === 1 ? '一、人才引进' : l)))).toEqual([
      ['missing-lead', 2],
      ['missing-units', 2],
    ]);
  });
});
