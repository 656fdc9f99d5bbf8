/**
 * Tables as Word's (LibreOffice's) "save as plain text" writes them: a cell per line, an empty line for an empty or
 * covered cell. Verbatim tool output from a conversion hunt (seed 000 大兴 as a table; 广东卫健委 2021 台账).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

const names = (us: readonly { name: string }[]) => us.map((u) => u.name);

describe('a table saved as text from Word', () => {
  it('a task\'s sentence that names a time in passing (`…,全年落地项目不少于5家。`) is no deadline cell: the row is read by position, its lead kept (大兴)', () => {
    const text = [
      '序号', '工作任务', '牵头领导', '主要责任单位', '完成时限',
      '1', '高标准打造数字产业创新基地,出台数字经济促进政策,全年引入优质数字经济项目不少于20家。', '常务副区长', '大兴经济开发区管委会', '2023年12月31日',
      '2', '加快商业航天基地起步区一期供地,全年落地项目不少于5家。', '蔡小军', '区经济和信息化局、安定镇人民政府、大兴发展、区投资促进服务中心', '2023年12月31日',
      '3', '推进中日创新示范区可视化建设,完成示范区国际科技创新协同中心建设并投入运营。', '常务副区长', '大兴国际', '2023年12月31日',
    ].join('\n');
    const doc = parseDocument(text);
    const t2 = doc.plan!.tasks[1];
    expect([names(t2.leaders), names(t2.leadUnits), t2.deadline?.text]).toEqual([['蔡小军'], ['区经济和信息化局', '安定镇人民政府', '大兴发展', '区投资促进服务中心'], '2023年12月31日']);
    expect(lint(doc, { today: '2023-01-01' })).toEqual([]);
  });

  it('a unit cell closed by a duty (`…基层处等按职责分工落实`) is the units\', and a long 细化分工 cell the task\'s words, not a note (广东卫健委)', () => {
    const text = [
      '2021 年政务公开工作重点任务台账',
      '序号', '工作任务', '细化分工', '责任处室', '完成时限', '备注',
      '1', '做好常态化疫情防控信息发布', '重点围绕散发疫情、隔离管控、流调溯源、精准防控等发布权威信息', '应急处、监督处、医政医管处、疾控处、基层处等按职责分工落实', '长期推进', '',
      '2', '', '扎实做好疫苗接种信息公开和舆论引导工作', '疾控处', '长期推进', '',
      '3', '', '提高新冠肺炎疫情信息发布规范化水平,强化政府内部信息整合', '宣传处', '2021年8月前', '',
    ].join('\n');
    const doc = parseDocument(text);
    const [t1, t2] = doc.plan!.tasks;
    expect(t1.text.text).toBe('做好常态化疫情防控信息发布\n重点围绕散发疫情、隔离管控、流调溯源、精准防控等发布权威信息');
    expect(names(t1.units)).toEqual(['应急处', '监督处', '医政医管处', '疾控处', '基层处']);
    expect([t2.text.text, names(t2.units), t2.deadline?.text]).toEqual(['扎实做好疫苗接种信息公开和舆论引导工作', ['疾控处'], '长期推进']);
    expect(lint(doc, { today: '2021-03-01' })).toEqual([]);
  });
});
