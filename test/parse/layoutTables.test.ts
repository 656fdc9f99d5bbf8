/**
 * Task tables printed as columns of text whose cells wrap: what `pdftotext -layout` gives for a table in a PDF, and
 * pandoc for a Word table. A row takes several lines; where the cells are centred in their rows its wrapped words stand
 * above the number's line as well as below it. Every document here is verbatim tool output from a conversion hunt
 * (seed 000 大兴 rebuilt as a table, 广州 2021, 霍山 2025, 吴江 2024).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';
import { formatDocument, hover, prepareUnitRename, renameName } from '../../server/src/core/features';
import { applyEdits } from '../features/helpers';
import { diagnostics, tasks } from './tableReading';


// Seed 000 as a landscape table with its cells centred, through pdftotext -layout (a page break and the header repeated).
const CENTRED = [
  '',
  '   序号            工作任务          牵头领导       主要责任单位        完成时限',
  '一、全区经济社会发展主要预期目标',
  '          地区生产总值比上年增长 4.5%以',
  '    1                         常务副区长   区发展改革委       2023 年 12 月 31 日',
  '          上。',
  '\f  序号          工作任务           牵头领导              主要责任单位          完成时限',
  '   2   一般公共预算收入完成 104 亿元。   常务副区长       区财政局              2023 年 12 月 31 日',
  '   3   规上工业总产值比上年增长 5%。     蔡小军         区经济和信息化局          2023 年 12 月 31 日',
  '   4   社会消费品零售额比上年增长 5%。 蔡小军            区商务局              2023 年 12 月 31 日',
  '                            常务副区长、      区人力资源和社会保障局、区农业',
  '   5   居民人均可支配收入稳步提升。                                     2023 年 12 月 31 日',
  '                            张晓晟         农村局',
  '   6   万元 GDP 能耗达到市级要求。     常务副区长       区发展改革委            2023 年 12 月 31 日',
  '       生产生活用水总量和用水效率指标',
  '   7                        张晓晟         区水务局              2023 年 12 月 31 日',
  '       达到市级要求。',
  '',
];

describe('a table whose cells are centred in their rows', () => {
  it('reads each row from the lines above its number and below it', () => {
    expect(tasks(CENTRED.join('\n'))).toEqual([
      { n: 1, text: '地区生产总值比上年增长 4.5%以上。', leaders: ['常务副区长'], lead: ['区发展改革委'], units: [], deadline: '2023-12-31' },
      { n: 2, text: '一般公共预算收入完成 104 亿元。', leaders: ['常务副区长'], lead: ['区财政局'], units: [], deadline: '2023-12-31' },
      { n: 3, text: '规上工业总产值比上年增长 5%。', leaders: ['蔡小军'], lead: ['区经济和信息化局'], units: [], deadline: '2023-12-31' },
      { n: 4, text: '社会消费品零售额比上年增长 5%。', leaders: ['蔡小军'], lead: ['区商务局'], units: [], deadline: '2023-12-31' },
      { n: 5, text: '居民人均可支配收入稳步提升。', leaders: ['常务副区长', '张晓晟'], lead: ['区人力资源和社会保障局', '区农业农村局'], units: [], deadline: '2023-12-31' },
      { n: 6, text: '万元 GDP 能耗达到市级要求。', leaders: ['常务副区长'], lead: ['区发展改革委'], units: [], deadline: '2023-12-31' },
      { n: 7, text: '生产生活用水总量和用水效率指标达到市级要求。', leaders: ['张晓晟'], lead: ['区水务局'], units: [], deadline: '2023-12-31' },
    ]);
    expect(diagnostics(CENTRED.join('\n'))).toEqual([]);
  });

  it('gives a row the range of all its lines, and a name a wrap cut the range over the break', () => {
    const plan = parseDocument(CENTRED.join('\n')).plan!;
    const [t1, , , , t5] = plan.tasks;
    // Task 1 starts on the line above its number and ends on the line below it.
    expect(t1.range).toEqual({ start: { line: 3, character: 4 }, end: { line: 5, character: 12 } });
    expect(t1.text.range).toEqual({ start: { line: 3, character: 10 }, end: { line: 5, character: 12 } });
    expect(t1.numbering.marker.range.start).toEqual({ line: 4, character: 4 });
    // `区农业` / `农村局`: one name whose range runs from the line above the number to the line below it.
    expect(t5.leadUnits[1].written.range).toEqual({ start: { line: 10, character: 52 }, end: { line: 12, character: 43 } });
    expect(t5.leaders[1].written.range).toEqual({ start: { line: 12, character: 28 }, end: { line: 12, character: 31 } });
  });

  it('reports what a damaged copy lost, at the row it lost it from', () => {
    // The leaders' cell of row 5 deleted (both its lines), row 3 deleted.
    const damaged = CENTRED.map((l, k) => (k === 10 ? l.replace('常务副区长、', '            ') : k === 12 ? l.replace('张晓晟', '      ') : l)).filter((_, k) => k !== 8);
    expect(tasks(damaged.join('\n')).map((t) => [t.n, t.leaders])).toEqual([
      [1, ['常务副区长']],
      [2, ['常务副区长']],
      [4, ['蔡小军']],
      [5, []],
      [6, ['常务副区长']],
      [7, ['张晓晟']],
    ]);
    expect(diagnostics(damaged.join('\n'))).toEqual([
      // The gap at row 4 (its number and the words on its line); the missing leader at row 5's line.
      { rule: 'numbering-gap', range: '8:3-8:24' },
      { rule: 'missing-leader', range: '10:3-10:21' },
    ]);
  });

  it('takes a number that opens a wrapped line (`11 月投入使用。`) as the words of the row above, not a row', () => {
    const text = [
      '序号          工作任务           牵头领导           主要责任单位           完成时限',
      '     打造北京国际核酸制药产业园,力争',
      '10                    常务副区长         大兴生物医药基地管委会       2023 年 11 月 30 日',
      '     11 月投入使用。',
      '     严格实施新增产业禁限目录,疏解提',
      '12                    蔡小军           区经济和信息化局          2023 年 12 月 31 日',
      '     质一般制造业企业 9 家。',
    ].join('\n');
    expect(tasks(text).map((t) => [t.n, t.text, t.leaders])).toEqual([
      [10, '打造北京国际核酸制药产业园,力争11 月投入使用。', ['常务副区长']],
      [12, '严格实施新增产业禁限目录,疏解提质一般制造业企业 9 家。', ['蔡小军']],
    ]);
  });
});

describe('rows cut by a page, cells glued by one blank', () => {
  // Seed 000's rows 8–10 as pdftotext -layout prints them: row 9's text runs on over the page number and the header
  // repeated on the next page; its leader fills the column and is glued to the text by one blank.
  const ACROSS_PAGES = [
    '   序号            工作任务          牵头领导       主要责任单位        完成时限',
    '二、紧扣现代化产业体系建设,全力推动产业集群发展壮大',
    '       加快生物医药基地南扩区土地征收',
    '       及地上物腾退,完成 2970 亩(其中工',
    '   8                         常务副区长      大兴生物医药基地管委会       2023 年 12 月 31 日',
    '       业用地 1407 亩)5 个批次土地征收,',
    '       推进北扩区启动一级开发。',
    '   9   促进首都医科大学项目开工,协助配 常务副区长           大兴生物医药基地管委会、黄村镇   2023 年 12 月 31 日',
    '       合首都医科大学校本部项目办理、                  人民政府、大兴基建',
    '       “二函”“三函”等规划建设手续;',
    '       完成周边道路基础设施及市政能源',
    '',
    '                                  —3—',
    '\f序号          工作任务           牵头领导           主要责任单位           完成时限',
    '     规划手续;完成北侧地块地上物清退',
    '     工作;推进兴华大街续建工程建设。',
    '     打造北京国际核酸制药产业园,力争',
    '10                    常务副区长         大兴生物医药基地管委会       2023 年 11 月 30 日',
    '     11 月投入使用。',
  ].join('\n');

  it('reads the row over the break and its glued leader', () => {
    expect(tasks(ACROSS_PAGES)).toEqual([
      {
        n: 8,
        text: '加快生物医药基地南扩区土地征收及地上物腾退,完成 2970 亩(其中工业用地 1407 亩)5 个批次土地征收,推进北扩区启动一级开发。',
        leaders: ['常务副区长'],
        lead: ['大兴生物医药基地管委会'],
        units: [],
        deadline: '2023-12-31',
      },
      {
        n: 9,
        text: '促进首都医科大学项目开工,协助配合首都医科大学校本部项目办理、“二函”“三函”等规划建设手续;完成周边道路基础设施及市政能源规划手续;完成北侧地块地上物清退工作;推进兴华大街续建工程建设。',
        leaders: ['常务副区长'],
        lead: ['大兴生物医药基地管委会', '黄村镇人民政府', '大兴基建'],
        units: [],
        deadline: '2023-12-31',
      },
      { n: 10, text: '打造北京国际核酸制药产业园,力争11 月投入使用。', leaders: ['常务副区长'], lead: ['大兴生物医药基地管委会'], units: [], deadline: '2023-11-30' },
    ]);
    // (The excerpt starts at part 二 over rows 8–10: an extract, with no gap before the rows nor before the part above them.)
    expect(diagnostics(ACROSS_PAGES)).toEqual([]);
  });
});

describe('a header whose cell is centred over two lines', () => {
  // 广州 2021 through pdftotext -layout: `市政府` above the header line and `分管领导` below it name a column of their own.
  const GUANGZHOU = [
    '2021 年市政府工作报告部署工作责任分工',
    '',
    '                          市政府',
    '    序号            重点工作          牵头单位   配合单位   备注',
    '                         分管领导',
    '           强化科技创新支撑能力。',
    '    (一)    加强战略科技力量建设。',
    '\f                             市政府',
    '    序号       重点工作                    牵头单位      配合单位      备注',
    '                            分管领导',
    '         加快建设以中新知识城、南沙',
    '         科学城为极点,链接全市域科',
    '1                      王东           市科技局    黄埔区、南沙区政府',
    '         技创新关键节点的科技创新',
    '         轴。',
    '                                            市政府办公厅、市发展',
    '         全力做好呼吸领域国家实验室                      改革委、市财政局、市',
    '2                      王东           市科技局',
    '         筹建保障服务工作。                          卫生健康委,荔湾区、',
    '                                            黄埔区政府',
    '         加快建设大湾区国家技术创新',
    '3                      王东           市科',
    '         中心。',
  ].join('\n');

  it('reads the leaders under it and every row whole', () => {
    expect(tasks(GUANGZHOU)).toEqual([
      { n: 1, text: '加快建设以中新知识城、南沙科学城为极点,链接全市域科技创新关键节点的科技创新轴。', leaders: ['王东'], lead: ['市科技局'], units: ['黄埔区政府', '南沙区政府'], deadline: null },
      {
        n: 2,
        text: '全力做好呼吸领域国家实验室筹建保障服务工作。',
        leaders: ['王东'],
        lead: ['市科技局'],
        units: ['市政府办公厅', '市发展改革委', '市财政局', '市卫生健康委', '荔湾区政府', '黄埔区政府'],
        deadline: null,
      },
      // (The page ends inside row 3's lead: the excerpt stops there.)
      { n: 3, text: '加快建设大湾区国家技术创新中心。', leaders: ['王东'], lead: ['市科'], units: [], deadline: null },
    ]);
    // The header's halves are no heading's words.
    expect(parseDocument(GUANGZHOU).plan!.sections.map((s) => s.title.text)).toEqual(['加强战略科技力量建设。']);
  });
});

describe('a table whose cells are set at the top of their rows', () => {
  // 霍山 2025 as pandoc's plain text gives a Word table: each row's number on its first line, a blank line between rows.
  const HUOSHAN = [
    '2025年开发区重点工作及责任清单',
    '',
    '  ------ -------------------------------------------------------- ---------- ------------------------ ----------',
    '  序号   重点工作                                                 责任领导   责任单位                 完成时限',
    '',
    '  1      坚持服务跟着项目走,优化“重点项目直通车”“无忧办”工作机    叶林       招商工作部、安商工作部   全年',
    '         制,落实重点项目“领导+专班””“项目管家”等制度,全力服务重                                       ',
    '         大项目落地见效。                                                                             ',
    '',
    '  2      全力推进开发区“空间再造”,推动工业用地“腾笼换鸟”,力争     马振明     改革办                   全年',
    '         全年盘活僵尸企业10家,盘活存量土地400亩。                                                     ',
    '',
    '  3      持续提升园区承载能力,加快推进开发区污水处理厂及污水管    张云峰     规划建设局               全年',
    '         网提升项目,全面做好纬六路以北、中沟以北地块水电气路网                                        ',
    '         等基础设施配套。                                                                             ',
    '  ------ -------------------------------------------------------- ---------- ------------------------ ----------',
    '',
    '附件2',
  ].join('\n');

  it('gives each row the lines under its number, up to the blank line or the table’s rule', () => {
    expect(tasks(HUOSHAN).map((t) => [t.n, t.text, t.leaders, t.units])).toEqual([
      [1, '坚持服务跟着项目走,优化“重点项目直通车”“无忧办”工作机制,落实重点项目“领导+专班””“项目管家”等制度,全力服务重大项目落地见效。', ['叶林'], ['招商工作部', '安商工作部']],
      [2, '全力推进开发区“空间再造”,推动工业用地“腾笼换鸟”,力争全年盘活僵尸企业10家,盘活存量土地400亩。', ['马振明'], ['改革办']],
      [3, '持续提升园区承载能力,加快推进开发区污水处理厂及污水管网提升项目,全面做好纬六路以北、中沟以北地块水电气路网等基础设施配套。', ['张云峰'], ['规划建设局']],
    ]);
  });
});

describe('tables the reader leaves to the line-by-line pass', () => {
  it('a 序号 that numbers categories, the tasks numbering themselves in their cell (吴江 2024)', () => {
    const text = [
      '   序号          项目           重点工作目标任务         牵头领导       责任单位',
      '一、2024 年全区经济社会发展主要预期目标',
      '   1    主要预期目标           1.地区生产总值增长 5%以上。           ★区发改委、统计局',
      '                         2.一般公共预算收入同口径增',
      '                                                    ★区财政局、税务局',
      '                         长 6%以上。            钱宇',
      '                         3.规上工业总产值增长 5%左',
      '                                                    ★区工信局、统计局',
      '                         右。',
    ].join('\n');
    // No row gathers the numbered lines as wrapped words, so no false gap from 1 to a later task.
    expect(diagnostics(text).filter((d) => d.rule.startsWith('numbering'))).toEqual([]);
  });

  it('rows each on one line: read as they stand', () => {
    const text = [
      '序号  工作任务  牵头单位  完成时限',
      '1  推进大数据基础设施建设。  区发改局  2024年6月底',
      '2  完善城市道路网络。  区住建局  2024年12月底',
    ].join('\n');
    expect(tasks(text).map((t) => [t.n, t.text, t.lead])).toEqual([
      [1, '推进大数据基础设施建设。', ['区发改局']],
      [2, '完善城市道路网络。', ['区住建局']],
    ]);
  });
});

describe('editing a table whose cells wrap never takes a neighbouring cell with it', () => {
  // 区发展改革委 in rows 1 and 7 (row 7's unit changed for the test); misspelt in row 6, on its line, and in row 5's
  // wrapped cell (`区发展` above the number's line, `改草委` below it).
  const lines = CENTRED.slice();
  lines[15] = lines[15].replace('区水务局', '区发展改革委');
  lines[10] = lines[10].replace('区农业', '区发展');
  lines[12] = lines[12].replace('农村局', '改草委');
  lines[13] = lines[13].replace('区发展改革委', '区发展改单委');
  const text = lines.join('\n');

  it('reports a misspelt name in a wrapped cell, and offers its fix only where the name stands whole', () => {
    const doc = parseDocument(text);
    const found = lint(doc, { today: '2023-03-01' }).filter((d) => d.rule === 'unknown-unit');
    expect(found.map((d) => [d.message.match(/“(.+?)”/)![1], d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.fixes?.length ?? 0])).toEqual([
      // Over the row's number line: reported, not rewritten.
      ['区发展改草委', 10, 52, 12, 43, 0],
      ['区发展改单委', 13, 40, 13, 46, 1],
    ]);
    // On one line: the fix rewrites the name alone.
    expect(applyEdits(doc, found[1].fixes![0].edits).split('\n')[13]).toBe(CENTRED[13]);
  });

  it('renames every occurrence it can rewrite in place, and none across the row between a name’s pieces', () => {
    const doc = parseDocument(CENTRED.join('\n'));
    // 区农业农村局 runs from line 10 to line 12, past row 5's number line: no rename from it, no edit of it.
    const at = { line: 10, character: 53 };
    expect(prepareUnitRename(doc, at)).toBeNull();
    expect(renameName(doc, '区农业农村局', '区农业和农村局')).toEqual([]);
    // 区发展改革委 stands whole on its lines: both rows' are renamed.
    const edits = renameName(doc, '区发展改革委', '区发改委');
    expect(edits.map((e) => e.range.start.line)).toEqual([4, 13]);
    const out = applyEdits(doc, edits).split('\n');
    expect(out[11]).toBe(CENTRED[11]);
    expect(out[4]).toBe(CENTRED[4].replace('区发展改革委', '区发改委'));
  });

  it('finds a wrapped name on its first piece only (the number line between is the row’s text)', () => {
    const doc = parseDocument(CENTRED.join('\n'));
    expect(hover(doc, { line: 10, character: 53 })?.markdown).toContain('区农业农村局');
    expect(hover(doc, { line: 11, character: 10 })?.markdown ?? '').not.toContain('区农业农村局');
  });

  it('formats without changing a word of any row', () => {
    const doc = parseDocument(CENTRED.join('\n'));
    const out = parseDocument(applyEdits(doc, formatDocument(doc)));
    expect(out.plan!.tasks.map((t) => t.text.text)).toEqual(doc.plan!.tasks.map((t) => t.text.text));
    expect(out.plan!.tasks.map((t) => t.leadUnits.map((u) => u.name))).toEqual(doc.plan!.tasks.map((t) => t.leadUnits.map((u) => u.name)));
  });
});
