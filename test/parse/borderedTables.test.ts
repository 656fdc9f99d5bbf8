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
import { diagnostics, tasks } from './tableReading';
import type { Section } from '../../server/src/core/model';

const read = (name: string) => readFileSync(join(__dirname, 'bordered', name), 'utf8');
const corpus = readFileSync(join(__dirname, '..', 'corpus', 'w3m-box-table.txt'), 'utf8');


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

  it('reads a line whose bars a keystroke pushed out of line: each bar is still the next column\'s', () => {
    // Typing into a cell pushes the bars after it two columns right; deleting pulls them left. The line still has a
    // bar for every column, so each cell keeps its column (before, the pushed bars stood on no column and the line's
    // words after the edit were lost to the row).
    const typed = clean.replace('│5  │居民人均', '│5  │居民改人均').replace('│一、全区经济', '│一、改全区经济').replace('│副区 │和社会保障 │', '│副区 │和会保障 │');
    const got = tasks(typed);
    expect(got[3]).toEqual({ ...tasks(clean)[3], text: '居民改人均可支配收入稳步提升。', lead: ['区人力资源和会保障局', '区农业农村局'] });
    expect(got.filter((t) => t.n !== 5)).toEqual(tasks(clean).filter((t) => t.n !== 5));
    const parts = parseDocument(typed).plan!.children.filter((c): c is Section => c.type === 'section');
    expect(parts[0].title.text).toBe('改全区经济社会发展主要预期目标');
    // No finding from the pushed bars (before: the row lost its words, a leader's 长 and its deadline, and the part
    // its heading).
    expect(diagnostics(typed)).toEqual(diagnostics(clean));
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
    // The excerpt starts at row 8: an extract, no gap before it (numbering-gap), and nothing else.
    expect(diagnostics(grid).map((d) => d.rule)).toEqual([]);
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

describe('a bordered table whose 序号 numbers categories, the tasks numbering themselves in their cells (吴江 2024)', () => {
  const expected = [
    [1, '地区生产总值增长5%以上。', ['钱宇'], ['区发改委'], ['区统计局']],
    [2, '一般公共预算收入同口径增长6%以上。', [], ['区财政局'], ['区税务局']],
    [6, '进出口总额和实际使用外资量稳质升。', ['方勇'], ['区商务局'], ['吴江海关']],
    [8, '居民人均可支配收入与经济增长保持同步。', ['钱宇'], ['区发改委'], ['区人社局', '区农业农村局', '区统计局']],
    [11, '不发生重特大生产安全责任事故。', ['钱宇'], ['区应急管理局'], []],
  ];
  const pick = (text: string) =>
    tasks(text)
      .filter((t) => [1, 2, 6, 8, 11].includes(t.n))
      .map((t) => [t.n, t.text, t.leaders, t.lead, t.units]);

  it('reads the tasks by their own numbers through w3m, a merged cell\'s words crossing the rules between them', () => {
    const text = read('wujiang-categories.w3m.txt');
    expect(tasks(text).map((t) => t.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(pick(text)).toEqual(expected);
    // The leaders' cells merged over several rows are written on one of them: the others lack nothing.
    expect(diagnostics(text)).toEqual([]);
  });

  it('reads them the same through pandoc, which drops the merges and breaks a cell\'s lines with `\\`', () => {
    const text = read('wujiang-categories.pandoc-grid.txt');
    expect(pick(text)).toEqual(expected);
    expect(tasks(text).find((t) => t.n === 10)!.leaders).toEqual(['王嵘', '方勇']);
    expect(diagnostics(text)).toEqual([]);
  });
});

describe('a bordered table with no 序号 column', () => {
  // The corpus's `table-no-number-column.txt` as a web page's table (its part rows across it), through w3m and pandoc.
  for (const name of ['numberless.w3m.txt', 'numberless.pandoc-grid.txt']) {
    it(`numbers its rows by their place under each part, and finds what the tab copy finds (${name})`, () => {
      const text = read(name);
      expect(tasks(text).map((t) => [t.n, t.lead, t.deadline])).toEqual([
        [1, ['县发改局'], '2025-12-31'],
        [2, ['县发改局'], '2025-12-31'],
        [3, [], '2025-06-30'],
        [1, ['县民政局'], '2025-10-31'],
        [2, ['县住建局'], null],
        [3, ['县民政局'], '2025-10-31'],
      ]);
      expect(diagnostics(text).map((d) => d.rule)).toEqual(['missing-lead', 'deadline-invalid', 'duplicate-task']);
      const plan = parseDocument(text).plan!;
      expect(plan.tasks.every((t) => t.numbering.implicit)).toBe(true);
    });
  }
});

describe('cells merged over rows and cells of several paragraphs, through w3m (a second hunt, slice c4)', () => {
  it('puts a lead merged over rows on the first, and the rows under it lack no lead (江夏 2023)', () => {
    // 区科经局 over rows 13–15, its words in row 14; 区发改局 over 16–17 and 12 alone.
    const text = read('jiangxia-merged-lead.w3m.txt');
    const doc = parseDocument(text);
    expect(tasks(text).map((t) => [t.n, t.lead])).toEqual([
      [12, ['区发改局']],
      [13, ['区科经局']],
      [14, []],
      [15, []],
      [16, ['区发改局']],
      [17, ['区发改局']],
      [18, ['区财政局', '区审计局']],
      [19, ['区财政局']],
    ]);
    expect(doc.plan!.tasks.map((t) => !!t.mergedCells)).toEqual([false, true, true, true, false, false, false, false]);
    // Row 13's range stays its own lines, though its lead's words stand in row 14.
    const [, t13, t14] = doc.plan!.tasks;
    expect(t13.range.end.line).toBeLessThan(t14.range.start.line);
    expect(t13.leadUnits[0].written.range.start.line).toBe(t14.numbering.marker.range.start.line);
    // The excerpt starts at row 12 (an extract: no gap before it) under a heading cut at its end: its only finding.
    expect(diagnostics(text).map((d) => d.rule)).toEqual(['unbalanced-bracket']);
  });

  it('reads a header of two rows whose cells merged over both read on through the rule (`备` / `注`), and rows numbered (一)', () => {
    const text = read('caidian-two-row-header.w3m.txt');
    const got = tasks(text);
    expect(got.map((t) => t.n)).toEqual([1, 2, 3, 4, 5, 6, 1, 2, 3]);
    expect(got[5]).toEqual({ n: 6, text: '城乡居民收入增长与经济增长基本同步', leaders: [], lead: [], units: ['区发展和改革局', '区人社局', '区农业农村局'], deadline: null });
    expect(got[7].lead).toEqual(['区科技和经信局']);
    expect(parseDocument(text).plan!.tasks[0].numbering.style).toBe('cn-paren');
    expect(diagnostics(text)).toEqual([]);
  });

  it('parts names a cell sets in paragraphs of their own (a blank line between), and leaves a name a wrap cut whole', () => {
    const text = read('daxing-paragraphs.w3m.txt');
    const got = tasks(text);
    // `常` `务` `副` `区` `长` / blank / `张` `晓` `晟`, one character a line; `区人力资源和` / `社会保障局` / blank / `区农业农村局`.
    expect(got[4].leaders).toEqual(['常务副区长', '张晓晟']);
    expect(got[4].lead).toEqual(['区人力资源和社会保障局', '区农业农村局']);
    expect(got[2]).toEqual(expect.objectContaining({ leaders: ['蔡小军'], lead: ['区经济和信息化局'] }));
  });
  it('parts two people each on a line of the cell (南陵 2024: `陆明` / `俞悦`)', () => {
    const text = read('nanling.w3m.txt');
    expect(tasks(text).map((t) => [t.n, t.leaders, t.lead])).toEqual([
      [80, ['俞悦'], ['县教育局']],
      [81, ['陆明', '俞悦'], ['县教育局']],
    ]);
  });

  it('reads a table with no 序号 whose tasks number themselves in a cell (园林 2010: `1、…`), units one to a line', () => {
    const text = read('yuanlin-numbered-cells.w3m.txt');
    const got = tasks(text);
    expect(got.map((t) => [t.n, t.lead, t.units, t.deadline])).toEqual([
      [1, ['市规划局'], ['市国土资源局', '市农牧林业局'], '2010-09-20'],
      [2, ['市规划局', '市建设局'], ['有关部门'], '2010-09-20'],
      [3, ['市环保局'], [], null],
    ]);
    expect(got[0].text).toBe('城市大环境绿化扎实开展,效果明显,形成城郊一体的优良环境。');
    expect(parseDocument(text).plan!.tasks[0].numbering.marker.text).toBe('1、');
  });
});

describe("pandoc's grid tables that squeeze a row across the table into the 序号 cell (pandoc 2.17 drops the merge)", () => {
  it('reads the headings from their pieces, a few characters a line, and rows numbered `(` / `一` / `)`', () => {
    const text = read('caidian-squeezed-headings.pandoc-grid.txt');
    const plan = parseDocument(text).plan!;
    const parts = plan.children.filter((c): c is Section => c.type === 'section');
    expect(parts.map((p) => [p.level, p.numbering?.marker.text, p.title.text])).toEqual([
      ['part', '一、', '2023年全区经济社会发展的主要预期目标'],
      ['part', '二、', '2023年主要工作任务'],
    ]);
    // `**一` / `、20` / `23年` …: the marker over two lines, its range put back on them.
    expect(parts[0].numbering!.marker.range).toEqual({ start: { line: 6, character: 2 }, end: { line: 7, character: 3 } });
    expect(tasks(text).map((t) => t.n)).toEqual([1, 2, 3, 4, 5, 6, 1, 2]);
    expect(plan.tasks[0].numbering.marker.text).toBe('(一)');
    expect(plan.tasks[0].numbering.style).toBe('cn-paren');
    expect(diagnostics(text)).toEqual([]);
  });

  it('gives a squeezed heading its fields, which its tasks inherit (郧阳 2023: `(牵头领导:成坤、柯相国、王俊)`)', () => {
    const text = read('yunyang-heading-fields.pandoc-grid.txt');
    const plan = parseDocument(text).plan!;
    const part = plan.children.find((c): c is Section => c.type === 'section')!;
    expect(part.fields.map((f) => [f.role, f.names.map((n) => n.name)])).toEqual([['leaders', ['成坤', '柯相国', '王俊']]]);
    expect(part.fields[0].names[0].written.text).toBe('成坤');
    expect(tasks(text)).toEqual([{ n: 1, text: '★地区生产总值增长15%。', leaders: [], lead: ['区发改局'], units: [], deadline: null }]);
    expect(diagnostics(text)).toEqual([]);
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

  it('names the columns under a header cell spanning two (`责任分工` over `牵头单位` / `配合单位`), the cells beside it merged', () => {
    // The corpus's `table-two-row-header.txt` as a web page's table, through w3m: what the tab copy finds, at its rows.
    const text = read('two-row-header.w3m.txt');
    expect(tasks(text).map((t) => [t.n, t.lead, t.units])).toEqual([
      [1, ['区发改局'], ['区统计局']],
      [2, ['区财政局'], ['区税务局']],
      [3, ['区发改局'], ['区住建局', '区财政局']],
      [4, ['区人社局'], ['各街道办事处']],
      [5, [], ['区财政局']],
      [6, ['区住建局'], ['区财正局']],
    ]);
    expect(diagnostics(text)).toEqual([
      { rule: 'missing-lead', range: '23:1-23:14' },
      { rule: 'unknown-unit', range: '25:27-25:31' },
    ]);
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
