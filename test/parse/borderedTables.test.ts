/**
 * Task tables drawn with borders: what `w3m -dump` gives for a web page's table and pandoc's grid tables give for a Word
 * table. Rules part the rows and bars part the cells; a cell's words wrap inside it. The documents in `bordered/` are
 * verbatim tool output from a conversion hunt (seed 000 大兴 rebuilt as a table, 广东省卫生健康委 2021 with its task
 * column merged over rows); the one in the corpus (`w3m-box-table.txt`) is damaged on purpose.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';
import { formatDocument, renumberPlan } from '../../server/src/core/features';
import { applyEdits } from '../features/helpers';
import type { Section } from '../../server/src/core/model';

const read = (name: string) => readFileSync(join(__dirname, 'bordered', name), 'utf8');
const corpus = readFileSync(join(__dirname, '..', 'corpus', 'w3m-box-table.txt'), 'utf8');

const tasks = (text: string) =>
  parseDocument(text).plan!.tasks.map((t) => ({
    n: t.numbering.value,
    text: t.text.text.replace(/\n/g, ''),
    leaders: t.leaders.map((u) => u.name),
    lead: t.leadUnits.map((u) => u.name),
    units: t.units.map((u) => u.name),
    deadline: t.deadline?.date ?? null,
  }));
const diagnostics = (text: string) =>
  lint(parseDocument(text), { today: '2023-03-01' }).map((d) => ({ rule: d.rule, range: `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}` }));

describe('a w3m box table (a web page table dumped at 60 columns)', () => {
  const clean = corpus.replace('区经济和倍', '区经济和信');

  it('reads each row from the lines its rules enclose, each cell from the lines its bars enclose', () => {
    const got = tasks(clean);
    expect(got.map((t) => t.n)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(got[0]).toEqual({ n: 1, text: '地区生产总值比上年增长4.5%以上。', leaders: ['常务副区长'], lead: ['区发展改革委'], units: [], deadline: '2023-12-31' });
    // Row 5: a leader's cell and a unit list's wrapped over three and four lines, centred in the row.
    expect(got[3]).toEqual({
      n: 5,
      text: '居民人均可支配收入稳步提升。',
      leaders: ['常务副区长', '张晓晟'],
      lead: ['区人力资源和社会保障局', '区农业农村局'],
      units: [],
      deadline: '2023-12-31',
    });
    expect(got[10].lead).toEqual(['区经济和信息化局']);
  });

  it('reads a heading across the table from its words, its bars left out', () => {
    const plan = parseDocument(clean).plan!;
    const parts = plan.children.filter((c): c is Section => c.type === 'section');
    expect(parts.map((s) => [s.title.text, s.children.map((t) => (t.type === 'task' ? t.numbering.value : null))])).toEqual([
      ['全区经济社会发展主要预期目标', [1, 2, 4, 5, 6, 7]],
      ['紧扣现代化产业体系建设,全力推动产业集群发展壮大', [8, 9, 10, 11, 12, 13, 14]],
    ]);
    // The copy's deleted row and blanked leader only; the heading's bars give no finding.
    expect(diagnostics(clean).map((d) => d.rule)).toEqual(['numbering-gap', 'missing-leader']);
  });

  it('gives a row the range of its lines, its number the range of its cell, a field the range of its pieces', () => {
    const t1 = parseDocument(clean).plan!.tasks[0];
    // The row's first line is the one above its number (cells centred); its number stands on the second.
    expect(t1.range).toEqual({ start: { line: 8, character: 1 }, end: { line: 11, character: 58 } });
    expect(t1.numbering.marker.range).toEqual({ start: { line: 9, character: 1 }, end: { line: 9, character: 2 } });
    expect(t1.text.range).toEqual({ start: { line: 9, character: 5 }, end: { line: 10, character: 6 } });
    // `区发展改革` / `委`: one name over two lines of its cell.
    expect(t1.leadUnits[0].written.range).toEqual({ start: { line: 9, character: 27 }, end: { line: 10, character: 41 } });
  });

  it('reports what the damaged copy lost, at the row it lost it from', () => {
    // Row 3 deleted; row 10's leader blanked; 区经济和倍息化局 for 区经济和信息化局, wrapped in its cell.
    expect(diagnostics(corpus)).toEqual([
      { rule: 'numbering-gap', range: '19:1-19:21' },
      { rule: 'missing-leader', range: '55:1-55:39' },
      // From `区经济和倍` to `息化局` on the line under it.
      { rule: 'unknown-unit', range: '66:26-67:33' },
    ]);
  });

  it('formats without changing a word of any row', () => {
    const doc = parseDocument(corpus);
    const formatted = applyEdits(doc, formatDocument(doc));
    expect(tasks(formatted)).toEqual(tasks(corpus));
  });
});

describe("pandoc's grid table with narrow columns", () => {
  const grid = read('daxing.pandoc-grid.txt');

  it('joins a number wrapped in its 序号 cell (`1` over `0`), and every cell one character to a line', () => {
    expect(tasks(grid)).toEqual([
      {
        n: 8,
        text: '加快生物医药基地南扩区土地征收及地上物腾退,完成2970亩(其中工业用地1407亩)5个批次土地征收,推进北扩区启动一级开发。',
        leaders: ['常务副区长'],
        lead: ['大兴生物医药基地管委会'],
        units: [],
        deadline: '2023-12-31',
      },
      expect.objectContaining({ n: 9, leaders: ['常务副区长'], lead: ['大兴生物医药基地管委会', '黄村镇人民政府', '大兴基建'] }),
      { n: 10, text: '打造北京国际核酸制药产业园,力争11月投入使用。', leaders: ['常务副区长'], lead: ['大兴生物医药基地管委会'], units: [], deadline: '2023-11-30' },
      expect.objectContaining({ n: 11, leaders: ['石银峰', '蔡小军'], lead: ['区经济和信息化局', '黄村镇人民政府', '兴创公司'] }),
    ]);
    // The excerpt starts at row 8: that is the only finding.
    expect(diagnostics(grid).map((d) => d.rule)).toEqual(['numbering-gap']);
  });

  it('gives the wrapped number a range over both its lines, and renumbering leaves it alone', () => {
    const doc = parseDocument(grid);
    const ten = doc.plan!.tasks[2].numbering;
    expect(ten.marker.text).toBe('10');
    expect(ten.marker.range).toEqual({ start: { line: 30, character: 2 }, end: { line: 31, character: 3 } });
    // Rows 8–11 renumbered from 1: the numbers on one line are rewritten, the wrapped ones (10, 11) are not cut.
    const renumbered = applyEdits(doc, renumberPlan(doc));
    expect(renumbered.split('\n').slice(30, 32)).toEqual(grid.split('\n').slice(30, 32));
    expect(tasks(renumbered).map((t) => t.n)).toEqual([1, 2, 10, 11]);
  });
});

describe('a task column merged over rows', () => {
  it('reads each row its own words (细化分工) where w3m shows the merge, its words through the rules', () => {
    const got = tasks(read('gdwjw.w3m.txt'));
    expect(got.map((t) => t.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(got[0]).toEqual({
      n: 1,
      text: '重点围绕散发疫情、隔离管控、流调溯源、精准防控等发布权威信息',
      leaders: [],
      lead: [],
      units: ['应急处', '监督处', '医政医管处', '疾控处', '基层处'],
      deadline: null,
    });
    expect(got[2]).toEqual({ n: 3, text: '提高新冠肺炎疫情信息发布规范化水平,强化政府内部信息整合', leaders: [], lead: [], units: ['宣传处会办公室'], deadline: '2021-08-31' });
    expect(got[7].text).toBe('修订完善本部门主动公开目录,指导下级卫生健康行政部门有序推进基层政务公开标准化规范化建设');
  });

  it('reads a row its own words where pandoc left the merged cell empty', () => {
    const got = tasks(read('gdwjw.pandoc-grid.txt'));
    expect(got.map((t) => t.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(got[1].text).toBe('扎实做好疫苗接种信息公开和舆论引导工作');
    expect(got[1].units).toEqual(['疾控处']);
    // Row 1's own cell holds the category's words: they are its text, as in the flattened original.
    expect(got[0].text).toBe('做好常态化疫情防控信息发布');
  });
});

describe('other bordered tables', () => {
  it('reads rows one to a line where rules part only the header from the body (psql, MySQL)', () => {
    const text = [
      '2024年重点工作任务分解方案',
      '+------+--------------------------+----------+--------------+',
      '| 序号 | 工作任务                 | 牵头单位 | 完成时限     |',
      '+------+--------------------------+----------+--------------+',
      '| 1    | 地区生产总值增长6%左右。 | 区发改委 | 2024年12月   |',
      '| 2    | 一般公共预算收入增长5%， | 区财政局 | 2024年12月   |',
      '|      | 税收占比稳步提高。       |          |              |',
      '| 4    | 固定资产投资增长8%。     | 区发改委 | 2024年12月   |',
      '+------+--------------------------+----------+--------------+',
      '',
      '以上任务由各单位按时完成。',
    ].join('\n');
    expect(tasks(text)).toEqual([
      { n: 1, text: '地区生产总值增长6%左右。', leaders: [], lead: ['区发改委'], units: [], deadline: '2024-12-31' },
      { n: 2, text: '一般公共预算收入增长5%，税收占比稳步提高。', leaders: [], lead: ['区财政局'], units: [], deadline: '2024-12-31' },
      { n: 4, text: '固定资产投资增长8%。', leaders: [], lead: ['区发改委'], units: [], deadline: '2024-12-31' },
    ]);
    expect(diagnostics(text)).toEqual([{ rule: 'numbering-gap', range: '7:2-7:20' }]);
  });

  it('leaves a box that is no task table (a page’s 索引号 / 发文单位) to be read line by line', () => {
    const text = [
      '┌──────────┬──────────────────────┐',
      '│索引号    │11N000/ZK-2023-000021 │',
      '├──────────┼──────────────────────┤',
      '│发文单位  │区政府办              │',
      '└──────────┴──────────────────────┘',
      '',
      '2024年重点工作任务分解方案',
      '1.地区生产总值增长6%左右。（牵头单位：区发改委）',
      '2.一般公共预算收入增长5%。（牵头单位：区财政局）',
    ].join('\n');
    expect(tasks(text).map((t) => [t.n, t.lead])).toEqual([
      [1, ['区发改委']],
      [2, ['区财政局']],
    ]);
    expect(diagnostics(text)).toEqual([]);
  });

  it('survives a table cut off, a rule alone, bars without a header, and a very long rule', () => {
    for (const text of [
      '+---+---+\n| 序号 | 工作任务 |',
      '┌──┬──┐',
      '│1 │加强│\n│2 │推进│\n└──┴──┘',
      '+' + '-'.repeat(200000) + '+\n| 1 | 任务 |',
      '+---+----+---+---+\n| 序号 | 工作任务 | 牵头单位 | 完成时限 |\n+---+----+---+---+\n| 1 | ' + '甲'.repeat(100000) + ' | 区发改委 | 2024年12月 |',
    ]) {
      const doc = parseDocument(text);
      expect(() => lint(doc, { today: '2024-03-01' })).not.toThrow();
    }
  });
});
