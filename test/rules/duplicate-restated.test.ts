/**
 * duplicate-task and a plan that states its points, then restates them in the table that assigns them (a county
 * bureau's 政务公开 plan, 2023: `一、工作要点` whose six points name no one, `二、重点工作任务分解` whose rows name the
 * 科室 for each). The two are one piece of work written twice on purpose: no duplicate-task between them (there were
 * four). A row pasted twice inside the table, or a point written twice among the points, is still one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

const TODAY = '2023-06-01';
const TEXT = readFileSync(join(__dirname, '..', 'corpus', 'table-points-then-assignments.txt'), 'utf8');
const LINES = TEXT.split('\n');
const duplicates = (lines: string[]) =>
  lint(parseDocument(lines.join('\n')), { today: TODAY })
    .filter((d) => d.rule === 'duplicate-task')
    .map((d) => [d.range.start.line, d.message]);

describe('duplicate-task over points restated as their assignments', () => {
  it('reads the points (no one named) and the table rows (a 科室 each), and reports nothing', () => {
    const doc = parseDocument(TEXT);
    const tasks = doc.plan!.tasks;
    expect(tasks.map((t) => [t.path[0]?.title.text, t.units.map((u) => u.name).join('、')])).toEqual([
      ['工作要点', ''],
      ['工作要点', ''],
      ['工作要点', ''],
      ['工作要点', ''],
      ['工作要点', ''],
      ['工作要点', ''],
      ['重点工作任务分解', '各责任科室'],
      ['重点工作任务分解', '各业务科室'],
      ['重点工作任务分解', '综合科'],
      ['重点工作任务分解', '综合科'],
      ['重点工作任务分解', '综合科'],
    ]);
    expect(lint(doc, { today: TODAY })).toEqual([]);
  });

  it('a row pasted twice inside the table is still reported, against its first row, not the point', () => {
    const row = LINES.findIndex((l) => l.startsWith('迴應關切 |'));
    const pasted = [...LINES.slice(0, row + 1), LINES[row], ...LINES.slice(row + 1)];
    expect(duplicates(pasted)).toEqual([[row + 1, '第3项任务与第2项任务（第' + (row + 1) + '行）正文相同']]);
  });

  it('a point written twice among the points is still reported', () => {
    const point = LINES.findIndex((l) => l.startsWith('2.'));
    const twice = [...LINES.slice(0, point + 1), LINES[point].replace(/^2\./, '3.'), ...LINES.slice(point + 1).map((l) => l.replace(/^([3-6])\./, (_, n) => `${+n + 1}.`))];
    expect(duplicates(twice)).toEqual([[point + 1, '第3项任务与第2项任务正文相同']]);
  });
});

describe('duplicate-task and one sentence said of two subjects', () => {
  const plan = (a: string, b: string) =>
    lint(parseDocument(['2021年安全生产工作任务清单', `1.${a}(牵头单位:市安委办)`, `2.${b}(牵头单位:市应急局)`, '3.开展安全生产月活动。(牵头单位:市应急局)', ''].join('\n')), { today: '2021-01-18' })
      .filter((d) => d.rule === 'duplicate-task')
      .map((d) => d.range.start.line);
  const sentence = (subject: string, target = '清单') => `制定${subject}2021年安全生产专项整治三年行动工作任务${target},分解落实到县区、部门,并报市安委办。`;

  it('is not reported where the texts differ in one place by a few words (安康 2021: 行业领域 / 县区)', () => {
    expect(plan(sentence('行业领域'), sentence('县区'))).toEqual([]);
  });

  it('is reported where the words that differ are the work, not who or where (加快 / 加速, 增加 / 减少)', () => {
    expect(plan('加快推进老旧小区改造,完成年度改造任务,提升居民生活品质。', '加速推进老旧小区改造,完成年度改造任务,提升居民生活品质。')).toEqual([2]);
    expect(plan('增加义务教育阶段学位供给,缓解城区学校大班额问题。', '减少义务教育阶段学位供给,缓解城区学校大班额问题。')).toEqual([2]);
    // …and not where they name a level (市级 / 县级).
    expect(plan('建设市级智慧校园示范学校,推进信息技术与教育教学深度融合。', '建设县级智慧校园示范学校,推进信息技术与教育教学深度融合。')).toEqual([]);
  });

  it('is reported where a figure changed, and where the texts are the same', () => {
    expect(plan('分批次推进老旧小区改造,全年新开工30个、完工10个。', '分批次推进老旧小区改造,全年新开工30个、完工12个。')).toEqual([2]);
    expect(plan(sentence('县区'), sentence('县区'))).toEqual([2]);
  });
});
