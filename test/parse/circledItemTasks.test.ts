/**
 * Tasks two levels under their heading (楚雄 2021 民生工程工作方案): `1.城乡居民增收工程` / `(1)增加城镇居民收入` / `①以就业促增收…
 * (牵头部门:…;责任单位:…)` / `②…`. The `①` items each close with their fields; the `(1)` lines carry none. Read as one task
 * (`1.`), it held every item's units and reported nothing when one lost its lead.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

const LINES = [
  '楚雄州2021年8项民生工程和10件惠民实事工作方案',
  '一、工作任务',
  '(一)实施8项民生工程',
  '1.城乡居民增收工程',
  '(1)增加城镇居民收入',
  '①以就业促增收,增加城镇居民工资性收入。(牵头部门:州人力资源和社会保障局;责任单位:州就业工作领导小组各成员单位,10县市人民政府)',
  '②以创业促发展,增加城镇居民经营性收入。(牵头部门:州人力资源和社会保障局;责任单位:州财政局,10县市人民政府)',
  '(2)增加农村居民收入',
  '①发展特色产业,增加农村居民经营性收入。(牵头部门:州农业农村局;责任单位:10县市人民政府)',
  '2.就业创业促进工程',
  '①开展职业技能培训。(牵头部门:州人力资源和社会保障局;责任单位:10县市人民政府)',
  '②扶持创业带动就业。(牵头部门:州人力资源和社会保障局;责任单位:10县市人民政府)',
  '',
];
const today = { today: '2021-02-04' };

describe('circled items with their own fields under unnumbered-field items', () => {
  it('are the tasks, under the (1) items as headings', () => {
    const doc = parseDocument(LINES.join('\n'));
    expect(doc.plan!.tasks.map((t) => [t.range.start.line, t.path.map((s) => s.title.text).slice(2), t.leadUnits.map((u) => u.name)])).toEqual([
      [5, ['城乡居民增收工程', '增加城镇居民收入'], ['州人力资源和社会保障局']],
      [6, ['城乡居民增收工程', '增加城镇居民收入'], ['州人力资源和社会保障局']],
      [8, ['城乡居民增收工程', '增加农村居民收入'], ['州农业农村局']],
      [10, ['就业创业促进工程'], ['州人力资源和社会保障局']],
      [11, ['就业创业促进工程'], ['州人力资源和社会保障局']],
    ]);
    expect(lint(doc, today)).toEqual([]);
  });

  it('an item whose bracket is deleted is reported as missing its lead and units, at its line', () => {
    const damaged = LINES.map((l, i) => (i === 6 ? '②以创业促发展,增加城镇居民经营性收入。' : l)).join('\n');
    expect(lint(parseDocument(damaged), today).map((d) => [d.rule, d.range.start.line])).toEqual([['missing-lead', 6], ['missing-units', 6]]);
  });

  it('a (1) line that carries fields of its own keeps its items as its parts', () => {
    const own = LINES.map((l, i) => (i === 4 ? '(1)增加城镇居民收入(牵头部门:州人力资源和社会保障局)' : l)).join('\n');
    const tasks = parseDocument(own).plan!.tasks;
    expect(tasks[0].range.start.line).toBe(3);
  });
});
