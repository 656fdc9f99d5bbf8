/**
 * A `|` or tab table that names each task in one column and sets it out in the next (`项目名称 | 建设内容`, `任务名称 |
 * 具体措施`; 汶上 2023 民生实事, hunt d16): the task's text was the name alone (`农村人居环境整治提升工程`), the work it names
 * dropped, so rows under one project read as one task three times. The content's cell now goes on with the text, as a
 * wrapped line would. An extra column of words beside a task's own (`主要任务 | 全年目标任务`) still stays out.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';
import { formatDocument } from '../../server/src/core/features';
import { applyEdits } from '../features/helpers';

const TABLE = [
  '2024年重点项目任务分解表',
  '序号 | 项目名称 | 建设内容 | 责任单位 | 完成时限 |',
  '1 | 农村人居环境整治提升工程 | 推广“信用+”人居环境治理新模式,试点村达到100个。 | 县农业农村局 | 2024年12月底 |',
  '2 | 农村人居环境整治提升工程 | 新增国家卫生乡镇2个、省级美丽乡村3个。 | 县卫健委 | 2024年12月底 |',
  '3 | 城乡供水一体化工程 | | 县水利局 | 2024年12月底 |',
].join('\n');

describe('a task named in one column and set out in the next', () => {
  it('reads the name and the content as the task\'s text, from the name\'s cell to the content\'s', () => {
    const tasks = parseDocument(TABLE).plan!.tasks;
    expect(tasks.map((t) => t.text.text)).toEqual([
      '农村人居环境整治提升工程\n推广“信用+”人居环境治理新模式,试点村达到100个。',
      '农村人居环境整治提升工程\n新增国家卫生乡镇2个、省级美丽乡村3个。',
      '城乡供水一体化工程',
    ]);
    const line = TABLE.split('\n')[2];
    expect(tasks[0].text.range).toEqual({
      start: { line: 2, character: line.indexOf('农村') },
      end: { line: 2, character: line.indexOf('个。') + 2 },
    });
    expect(tasks.map((t) => [t.units.map((u) => u.name), t.deadline?.text])).toEqual([
      [['县农业农村局'], '2024年12月底'],
      [['县卫健委'], '2024年12月底'],
      [['县水利局'], '2024年12月底'],
    ]);
  });
  it('says nothing of the three rows (they are three tasks, not one repeated)', () => {
    expect(lint(parseDocument(TABLE), { today: '2024-01-01' })).toEqual([]);
  });
  it('formatting keeps every task\'s text', () => {
    const doc = parseDocument(TABLE);
    const again = parseDocument(applyEdits(doc, formatDocument(doc)));
    expect(again.plan!.tasks.map((t) => t.text.text)).toEqual(doc.plan!.tasks.map((t) => t.text.text));
  });
  it('a column beside the task\'s own words that does not set it out stays out of the text (`主要任务 | 全年目标任务`)', () => {
    const text = TABLE.replace('项目名称 | 建设内容', '主要任务 | 全年目标任务');
    expect(parseDocument(text).plan!.tasks[0].text.text).toBe('农村人居环境整治提升工程');
  });
});

describe('a column of remarks or progress after the name (regression hunt)', () => {
  it.each(['备注内容', '进展内容', '考核内容'])('`项目名称 | %s` stays out of the text', (header) => {
    const text = TABLE.replace('建设内容', header);
    expect(parseDocument(text).plan!.tasks[0].text.text).toBe('农村人居环境整治提升工程');
  });
});
