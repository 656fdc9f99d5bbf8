import { describe, expect, it } from 'vitest';
import * as F from '../../server/src/core/features';
import { applyEdits, find, parseDocument, seed } from './helpers';

const TODAY = '2023-03-09';

const allNames = (s: F.OutlineSymbol): string[] => [s.name, ...s.children.flatMap(allNames)];

describe('outline', () => {
  it('000: plan → parts → tasks, tasks named by number and first words, lead unit as detail', () => {
    const syms = F.documentSymbols(seed('daxing'));
    expect(syms.map((s) => s.kind)).toEqual(['notice', 'plan']);
    const plan = syms[1];
    expect(plan.children.length).toBe(6);
    expect(plan.children.every((c) => c.kind === 'part')).toBe(true);
    const first = plan.children[0].children[0];
    expect(first).toMatchObject({ kind: 'task', name: '1. 地区生产总值比上年增长4.5%以上', detail: '区发展改革委' });
    const count = (s: F.OutlineSymbol): number => (s.kind === 'task' ? 1 : 0) + s.children.reduce((n, c) => n + count(c), 0);
    expect(count(plan)).toBe(121);
  });

  it('003: a name cut inside its bracket closes before the bracket, not with it left open', () => {
    const plan = F.documentSymbols(seed('jiangxia')).find((s) => s.kind === 'plan')!;
    // `一、2023年经济社会发展主要目标(以市级下达目标为参照,以区委组织部下达…)`
    expect(plan.children[0].name).toBe('一、2023年经济社会发展主要目标…');
    for (const name of allNames(plan)) expect(name, name).not.toMatch(/[(（][^)）]*$/);
  });

  it('003: chapters → groups (总牵头单位 as detail) → tasks; appendices listed apart', () => {
    const syms = F.documentSymbols(seed('jiangxia'));
    const plan = syms.find((s) => s.kind === 'plan')!;
    const part2 = plan.children[1];
    expect(part2.kind).toBe('part');
    const chapter = part2.children[0];
    expect(chapter.kind).toBe('chapter');
    const group = chapter.children[0];
    expect(group).toMatchObject({ kind: 'group', name: '推动主导产业强链集群', detail: '区发改局' });
    expect(group.children[0].name.startsWith('1. 抢抓车光产业跨界融合发展示范区创建契机')).toBe(true);
    expect(syms.some((s) => s.kind === 'appendix')).toBe(true);
  });

  it('every symbol holds its selection range and its children', () => {
    const check = (s: F.OutlineSymbol): void => {
      const le = (a: { line: number; character: number }, b: { line: number; character: number }) =>
        a.line < b.line || (a.line === b.line && a.character <= b.character);
      expect(le(s.range.start, s.selectionRange.start) && le(s.selectionRange.end, s.range.end)).toBe(true);
      for (const c of s.children) {
        expect(le(s.range.start, c.range.start) && le(c.range.end, s.range.end)).toBe(true);
        check(c);
      }
    };
    for (const name of ['daxing', 'caidian', 'jiangxia'] as const) F.documentSymbols(seed(name)).forEach(check);
  });

  it('prose reports have no plan outline', () => {
    expect(F.documentSymbols(seed('report')).filter((s) => s.kind === 'task' || s.kind === 'plan')).toEqual([]);
  });
});

describe('folding', () => {
  it('folds the notice body, the plan, every part and every multi-line task', () => {
    const doc = seed('daxing');
    const folds = F.foldingRanges(doc);
    const starts = new Set(folds.map((f) => f.startLine));
    expect(starts.has(doc.notice!.title!.range.start.line)).toBe(true);
    for (const s of F.allSections(doc)) expect(starts.has(s.headingRange.start.line)).toBe(true);
    expect(starts.has(doc.plan!.tasks[0].line)).toBe(true);
    for (const f of folds) expect(f.endLine).toBeGreaterThan(f.startLine);
  });
});

describe('workspace symbols', () => {
  const docs = [
    { uri: 'file:///a/000.txt', doc: seed('daxing') },
    { uri: 'file:///a/003.txt', doc: seed('jiangxia') },
  ];
  it('finds tasks by unit, by number and by text across files', () => {
    const byUnit = F.workspaceSymbols(docs, '区财政局');
    expect(byUnit.length).toBeGreaterThan(0);
    expect(new Set(byUnit.map((s) => s.uri)).size).toBe(2);
    expect(F.workspaceSymbols(docs, '12').some((s) => s.name.startsWith('12. '))).toBe(true);
    expect(F.workspaceSymbols(docs, '三、1').map((s) => s.name)).toEqual(['三、1. 旗帜鲜明讲政治']);
    expect(F.workspaceSymbols(docs, '车光产业').length).toBeGreaterThan(0);
  });
});

describe('hover', () => {
  it('on a unit: it leads where the task counts it a lead, also first under 列第一位者为牵头单位 or before 分别牵头', () => {
    const doc = parseDocument('2023年重点工作责任分解方案\n（列第一位者为牵头单位）\n一、稳增长\n1.推进项目建设。\n责任单位：区城管局、区住建局\n2.推进垃圾分类。\n责任单位：区住建局、区城管局\n3.推进城市更新。\n责任单位：区住建局、区城管局分别牵头\n');
    const h = F.hover(doc, { line: 4, character: 6 })!;
    expect(h.markdown).toContain('牵头 2 项 (leads): 1, 3');
    expect(h.markdown).toContain('参与 1 项 (shares): 2');
  });
  it('on a unit closing a list with a note (`工商联（列第一位者为牵头或汇总单位，下同）`): the note is a note, not an alias', () => {
    const doc = parseDocument('2024年某市政府工作报告主要工作责任分解\n一、重点工作\n1.制定支持实体经济发展的政策。\n责任单位：财政局、发改局、经信局、工商联（列第一位者为牵头或汇总单位，下同）\n2.落实减税降费政策。\n责任单位：发改局、财政局、税务局（金融办）\n');
    const h = F.hover(doc, { line: 3, character: '责任单位：财政局、发改局、经信局、工'.length })!;
    expect(h.markdown).not.toContain('别称');
    expect(h.markdown).toContain('附注 (note): 列第一位者为牵头或汇总单位，下同');
    const alias = F.hover(doc, { line: 5, character: '责任单位：发改局、财政局、税'.length })!;
    expect(alias.markdown).toContain('别称/简称 (aliases): 金融办');
  });
  it('on a task number: its fields and where it sits', () => {
    const doc = seed('daxing');
    const h = F.hover(doc, find(doc, '1.地区生产总值'), { today: TODAY })!;
    expect(h.markdown).toContain('任务 1');
    expect(h.markdown).toContain('一、全区经济社会发展主要预期目标');
    expect(h.markdown).toContain('区发展改革委');
    expect(h.markdown).toContain('2023-12-31');
  });
  it('on a task after a note naming units for every task after it (`以下均需县(市、区)政府落实,不再列出`): those units, and where the note is', () => {
    const doc = parseDocument('某市大气污染防治实施方案\n一、主要任务\n1.严格环境准入。(市生态环境局牵头,市发改委参与。以下均需县(市、区)政府落实,不再列出)\n2.推进清洁取暖。(市发改委牵头)\n');
    expect(F.hover(doc, { line: 3, character: 0 })!.markdown).toContain('- 责任单位: 县(市、区)政府（见第3行的说明 from the note on line 3）');
    expect(F.hover(doc, { line: 2, character: 0 })!.markdown).not.toContain('见第3行的说明');
  });
  it('on a stated count: the actual count', () => {
    const doc = seed('daxing');
    const h = F.hover(doc, find(doc, '共计121项', 0, 2))!;
    expect(h.markdown).toMatch(/实际 \(actual\): 121/);
  });
  it('on a deadline: the parsed date and days to go', () => {
    const doc = seed('daxing');
    const h = F.hover(doc, find(doc, '完成时限:2023年12月31日', 0, 8), { today: TODAY })!;
    expect(h.markdown).toContain('2023-12-31');
    expect(h.markdown).toContain('297');
  });
  it('on a unit written with a shared suffix: full name and the tasks it leads and shares', () => {
    const doc = seed('jiangxia');
    const h = F.hover(doc, find(doc, '区科经、商务局', 0, 1))!;
    expect(h.markdown).toContain('**区科经局**');
    expect(h.markdown).toMatch(/牵头 \d+ 项/);
    expect(h.markdown).toMatch(/参与 \d+ 项 \(shares\): 二、1,/);
  });
  it('on a section heading: its task count against the stated one', () => {
    const doc = seed('jiangxia');
    const h = F.hover(doc, find(doc, '二、重点工作'))!;
    expect(h.markdown).toContain('135 项任务');
    expect(h.markdown).toContain('写明 135 项 ✓');
  });
  it('uses the registry for full names and abbreviations', () => {
    const doc = parseDocument('1.修路。(牵头单位:区发改局;责任单位:区发展和改革局,区财政局)\n2.建桥。(牵头单位:区发改局;责任单位:区财政局)\n');
    const dir = F.directoryOf([{ name: '区发展和改革局', aliases: ['区发改局'], kind: 'unit' }]);
    const h = F.hover(doc, find(doc, '区发改局', 0, 1), { directory: dir })!;
    expect(h.markdown).toContain('**区发展和改革局**');
    expect(h.markdown).toMatch(/牵头 2 项 \(leads\): 1, 2/);
    expect(h.markdown).toMatch(/参与 1 项 \(shares\): 1/);
  });
});

describe('completion', () => {
  it('unit names inside a lead-unit field, from the document and the registry', () => {
    const doc = seed('daxing');
    const p = find(doc, '主要责任单位:区财政局', 0, 7);
    const dir = F.directoryOf([{ name: '区统计局', aliases: [], kind: 'unit' }]);
    const items = F.completions(doc, p, { directory: dir });
    const labels = items.map((i) => i.label);
    expect(labels).toContain('区财政局');
    expect(labels).toContain('区统计局');
    expect(items.every((i) => i.kind === 'unit')).toBe(true);
  });
  it('leaders inside a leader field', () => {
    const doc = seed('daxing');
    const items = F.completions(doc, find(doc, '牵头领导:常务副区长', 0, 5));
    expect(items.map((i) => i.label)).toContain('常务副区长');
    expect(items.every((i) => i.kind === 'leader')).toBe(true);
  });
  it('a next-task block in each seed layout', () => {
    const dx = seed('daxing');
    const end = dx.plan!.tasks[120].range.end.line + 2;
    const own = F.completions(dx, { line: end, character: 0 }).find((i) => i.kind === 'task')!;
    expect(own.insertText).toBe('  122.${1:工作任务}\n\n  牵头领导:${2:}\n\n  主要责任单位:${3:}\n\n  完成时限:${4:完成时限}');
    const cd = seed('caidian');
    const paren = F.completions(cd, { line: cd.plan!.tasks[30].line, character: 0 }).find((i) => i.kind === 'task')!;
    expect(paren.insertText).toMatch(/^\d+\.\$\{1:工作任务\}\n\n\(牵头单位:\$\{2:\};责任单位:\$\{3:\}\)$/);
    const jx = seed('jiangxia');
    const inline = F.completions(jx, { line: jx.plan!.tasks[30].line, character: 0 }).find((i) => i.kind === 'task')!;
    expect(inline.insertText).toBe('31.${1:工作任务}。(牵头单位:${2:};责任单位:${3:})');
  });
  it('a next-task block in the form of the task before it: its marker, brackets, separators, prose roles; none for a table row', () => {
    const next = (text: string, line: number) => {
      const doc = parseDocument(text);
      return F.completions(doc, { line, character: 0 }).find((i) => i.kind === 'task')?.insertText ?? null;
    };
    const county = '2024年优化营商环境具体措施\n一、降低成本\n（一）推进标准化。(牵头单位:县行政审批局,责任单位:县直各有关单位,2024年6月底前完成)\n（二）推行承诺制。(牵头单位:县行政审批局,责任单位:县市场监管局,持续推进)\n\n';
    expect(next(county, 4)).toBe('（三）${1:工作任务}。(牵头单位:${2:},责任单位:${3:},${4:完成时限})');
    const province = '2024年实施方案\n一、重点任务\n（一）推进标准化。〔责任单位：省市场监管局、省商务厅〕\n（二）推行承诺制。〔责任单位：省政务服务中心〕\n\n';
    expect(next(province, 4)).toBe('（三）${1:工作任务}。〔责任单位：${2:}〕');
    const national = '2024年重点工作分工的意见\n一、扩大内需\n1.推进城市更新。（住房城乡建设部牵头，各地区按职责分工负责）\n2.扩大消费。（商务部牵头，各有关部门按职责分工负责）\n\n';
    expect(next(national, 4)).toBe('3.${1:工作任务}。（${2:}牵头，${3:}按职责分工负责）');
    const bare = '2024年重点工作任务分工\n一、扩大内需\n1.推进城市更新。（市住建局、市发改委）\n2.扩大消费。（市商务局）\n\n';
    expect(next(bare, 4)).toBe('3.${1:工作任务}。（${2:}）');
    const table = '2024年重点工作责任清单\n序号\t工作任务\t牵头单位\t完成时限\n1\t推进第一项工作。\t区发改局\t全年\n2\t推进第二项工作。\t区财政局\t9月底前\n\n';
    expect(next(table, 5)).toBeNull();
  });
  it('field labels after a separator inside the bracket', () => {
    const doc = parseDocument('2023年重点工作分工方案\n1.修路。(牵头单位:区交通局;责\n');
    const items = F.completions(doc, { line: 1, character: doc.source.lines[1].length });
    expect(items.every((i) => i.kind === 'label')).toBe(true);
    const unit = items.find((i) => i.label.startsWith('责任单位'))!;
    expect(unit.range.start.character).toBe(doc.source.lines[1].length - 1);
  });
  it('field labels at the start of a line, the document\'s own first', () => {
    const doc = seed('daxing');
    const items = F.completions(doc, { line: doc.plan!.tasks[120].range.end.line + 2, character: 2 });
    const labels = items.filter((i) => i.kind === 'label').sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1));
    expect(labels.slice(0, 3).map((l) => l.label).sort()).toEqual(['主要责任单位:', '完成时限:', '牵头领导:'].sort());
  });
});

describe('renumbering and code actions', () => {
  const GAP = ['一、产业', '1.修路。(牵头单位:区交通局)', '3.建桥。(牵头单位:区交通局)', '三、民生', '4.办学。(牵头单位:区教委)', ''].join('\n');
  it('renumbers the plan: tasks and parts, numerals only', () => {
    const doc = parseDocument(GAP);
    const out = applyEdits(doc, F.renumberPlan(doc));
    expect(out).toBe(['一、产业', '1.修路。(牵头单位:区交通局)', '2.建桥。(牵头单位:区交通局)', '二、民生', '3.办学。(牵头单位:区教委)', ''].join('\n'));
  });
  it('offers "renumber this level" and "renumber the plan" as refactorings, and the rules\' fixes as quick fixes', () => {
    const doc = parseDocument(GAP);
    const p = find(doc, '3.建桥');
    const diag = {
      rule: 'numbering-gap',
      severity: 'warning' as const,
      message: 'gap',
      range: { start: p, end: { line: p.line, character: 2 } },
      fixes: [{ title: 'Renumber', edits: [{ range: { start: p, end: { line: p.line, character: 1 } }, newText: '2' }], preferred: true }],
    };
    const actions = F.codeActions(doc, { start: p, end: p }, [diag]);
    expect(actions.map((a) => a.kind)).toEqual(['quickfix', 'refactor.rewrite', 'refactor.rewrite']);
    expect(actions[0].diagnostics).toEqual([diag]);
    const level = actions[1];
    expect(applyEdits(doc, level.edits).split('\n').slice(1, 5)).toEqual(['1.修路。(牵头单位:区交通局)', '2.建桥。(牵头单位:区交通局)', '三、民生', '3.办学。(牵头单位:区教委)']);
    expect(F.codeActions(doc, { start: p, end: p }, [diag], ['quickfix']).map((a) => a.kind)).toEqual(['quickfix']);
  });
  it('offers to fix every diagnostic of the rule under the cursor at once', () => {
    const doc = parseDocument(GAP);
    const mk = (line: number) => ({
      rule: 'field-separator',
      severity: 'warning' as const,
      message: `sep ${line}`,
      range: { start: { line, character: 0 }, end: { line, character: 1 } },
      fixes: [{ title: 'Use ；', edits: [{ range: { start: { line, character: 0 }, end: { line, character: 1 } }, newText: 'x' }] }],
    });
    const diags = [mk(1), mk(2), mk(4)];
    const p = { line: 2, character: 0 };
    const all = F.codeActions(doc, { start: p, end: p }, diags, ['quickfix']).find((a) => a.title.includes('全部'))!;
    expect(all.diagnostics.length).toBe(3);
    expect(all.edits.length).toBe(3);
  });
  it('headings numbered on across parts stay so (（三） opening part 二), as the numbering rules read them; lists that restart stay restarting', () => {
    const on = parseDocument('2024年重点工作分工的意见\n一、扩大内需\n（一）促进消费。\n1.扩大消费。（商务部牵头）\n（二）扩大投资。\n1.推进项目。（发展改革委牵头）\n二、推进改革\n（三）深化改革。\n1.推进改革。（发展改革委牵头）\n（五）扩大开放。\n1.稳外贸。（商务部牵头）\n');
    expect(applyEdits(on, F.renumberPlan(on)).split('\n')[9]).toBe('（四）扩大开放。');
    expect(applyEdits(on, F.renumberPlan(on)).split('\n')[7]).toBe('（三）深化改革。');
    const restart = parseDocument('2024年重点工作分工方案\n一、扩大内需\n（一）促进消费。\n1.扩大消费。（牵头单位：商务局）\n（二）扩大投资。\n1.推进项目。（牵头单位：发改局）\n二、推进改革\n（一）深化改革。\n1.推进改革。（牵头单位：发改局）\n（三）扩大开放。\n1.稳外贸。（牵头单位：商务局）\n');
    expect(applyEdits(restart, F.renumberPlan(restart)).split('\n')[9]).toBe('（二）扩大开放。');
  });
  it('renumbering follows the document\'s scheme: 003 part 三 restarts at 1 and needs nothing', () => {
    expect(F.renumberPlan(seed('jiangxia'))).toEqual([]);
    expect(F.renumberPlan(seed('daxing'))).toEqual([]);
    expect(F.renumberPlan(seed('caidian'))).toEqual([]);
  });
  it('writes Chinese numerals for parts and chapters', () => {
    expect([1, 10, 11, 20, 21, 99, 105].map(F.toChineseNumeral)).toEqual(['一', '十', '十一', '二十', '二十一', '九十九', '一百零五']);
  });
});

describe('references, highlights and rename', () => {
  it('finds every task naming a unit, including a shared-suffix spelling', () => {
    const doc = seed('jiangxia');
    const p = find(doc, '区科经、商务局', 0, 1);
    const refs = F.unitReferences(doc, p);
    // 17 tasks it leads, 23 it shares, and the group headings naming it as 总牵头单位.
    expect(refs.length).toBeGreaterThanOrEqual(43);
    const texts = new Set(refs.map((r) => doc.source.lines[r.start.line].slice(r.start.character, r.end.character)));
    for (const t of texts) expect(t).toMatch(/^区?科经局?$/);
    expect(texts.has('区科经')).toBe(true);
    expect(F.unitHighlights(doc, p).filter((h) => h.kind === 'write').length).toBeGreaterThanOrEqual(20); // 17 tasks + 3 groups
  });
  it('rename keeps the elided suffix and the document still reads the new name', () => {
    const doc = seed('jiangxia');
    const p = find(doc, '区科经、商务局', 0, 1);
    expect(F.prepareUnitRename(doc, p)?.placeholder).toBe('区科经局');
    const edits = F.renameUnit(doc, p, '区科技经信局')!;
    expect(edits.length).toBe(F.unitReferences(doc, p).length);
    const after = parseDocument(applyEdits(doc, edits));
    const t1 = after.plan!.tasks.find((t) => t.text.text.startsWith('抢抓车光产业'))!;
    expect(t1.units.map((u) => u.name)).toContain('区科技经信局');
    expect(t1.units.map((u) => u.name)).toContain('区商务局');
    expect(after.plan!.tasks.filter((t) => t.leadUnits.some((u) => u.name === '区科技经信局')).length).toBe(17);
  });
  // A group shares what it writes once: `郑店、五里界街道办事处` (街道办事处 is both names'), `区科经、商务局`
  // (局 is both names', 区 too). A rename must leave the group's other names as they were.
  for (const [written, newName, expected] of [
    ['五里界街道办事处', '五里界街道', '郑店街道办事处、五里界街道'],
    ['商务局', '区商务和投资促进委员会', '区科经局、区商务和投资促进委员会'],
    // The level written once before the group is 商务局's too: `区科技委、商务局` still names 区商务局.
    ['区科经', '区科技委', '区科技委、商务局'],
    ['区科经', '区科技经信局', '区科技经信、商务局'],
  ] as const) {
    it(`renaming ${written} to ${newName} leaves the other names of its group as they were`, () => {
      const doc = seed('jiangxia');
      const line = doc.source.lines.findIndex((l) => l.includes('区科经、商务局,郑店、五里界街道办事处'));
      const p = { line, character: doc.source.lines[line].indexOf(written, doc.source.lines[line].indexOf('责任单位')) + 1 };
      const old = F.prepareUnitRename(doc, p)!.placeholder;
      const after = parseDocument(applyEdits(doc, F.renameUnit(doc, p, newName)!));
      expect(after.source.lines[line]).toContain(expected);
      // Every task keeps every other name, and names the new one where it named the old.
      const names = (d: typeof doc) => d.plan!.tasks.map((t) => [...t.leadUnits, ...t.units].map((u) => u.name));
      expect(names(after)).toEqual(names(doc).map((ns) => ns.map((n) => (n === old ? newName : n))));
      expect(after.plan!.tasks.map((t) => t.text.text)).toEqual(doc.plan!.tasks.map((t) => t.text.text));
    });
  }
  it('renaming a leader written with the post beside the name rewrites the name and keeps the post', () => {
    const doc = parseDocument('2020年重点工作责任分解\n一、于会游市长主抓重点工作\n1.制定政策。\n责任单位:财政局、发改局\n2.落实减负。\n牵头领导:于会游\n责任单位:发改局\n');
    const p = find(doc, '于会游市长', 0, 1);
    expect(F.prepareUnitRename(doc, p)?.placeholder).toBe('于会游');
    const after = applyEdits(doc, F.renameUnit(doc, p, '于慧游')!);
    expect(after.split('\n')[1]).toBe('一、于慧游市长主抓重点工作');
    expect(after.split('\n')[5]).toBe('牵头领导:于慧游');
  });
  it('is abbreviation-aware through the registry', () => {
    const doc = parseDocument('1.修路。(牵头单位:区发改局;责任单位:区财政局)\n2.建桥。(牵头单位:区发展和改革局)\n');
    const dir = F.directoryOf([{ name: '区发展和改革局', aliases: ['区发改局'], kind: 'unit' }]);
    expect(F.unitReferences(doc, find(doc, '区发改局', 0, 1), dir).length).toBe(2);
  });
});

describe('code lens', () => {
  it('over each part and chapter: task count, missing fields, units', () => {
    const lenses = F.codeLenses(seed('jiangxia'));
    expect(lenses[0].title).toMatch(/^135 项任务 · 分工齐全 · 涉及 \d+ 个单位$/);
    expect(lenses.some((l) => l.title.includes('3 项缺牵头单位'))).toBe(true);
  });
});

describe('formatting', () => {
  for (const name of ['daxing', 'caidian', 'jiangxia', 'report', 'yanqing'] as const) {
    it(`${name}: full-width labels and separators, no trailing spaces, task text unchanged, idempotent`, () => {
      const doc = seed(name);
      const once = applyEdits(doc, F.formatDocument(doc));
      const doc2 = parseDocument(once);
      expect(doc2.plan?.tasks.map((t) => t.text.text) ?? []).toEqual(doc.plan?.tasks.map((t) => t.text.text) ?? []);
      expect(doc2.plan?.tasks.map((t) => t.leadUnits.map((u) => u.name)) ?? []).toEqual(doc.plan?.tasks.map((t) => t.leadUnits.map((u) => u.name)) ?? []);
      expect(F.formatDocument(doc2)).toEqual([]);
      expect(doc2.source.lines.some((l) => /[ \t\u3000]$/.test(l))).toBe(false);
    });
  }
  it('the tabs closing a task\'s line of a tab table (`增长20%\\t\\t`, a cell a wrap cut) are its empty cells, kept: the task keeps its words (fuzz seed 853220783)', () => {
    const text = ['2012年目标任务责任分解表', '', '牵头单位\t目标任务\t责任单位\t完成时限', '一、经济发展主要目标', '市发改委\t地区生产总值增长13%\t市统计局\t2012年12月底', '\t固定资产投资　', '增长20%\t\t', '\t单位区生产总值综合能耗下降3.5%\t市经信委\t2012年12月底', ''].join('\n');
    const doc = parseDocument(text);
    expect(doc.plan!.tasks[1].text.text).toBe('固定资产投资\n增长20%');
    const once = applyEdits(doc, F.formatDocument(doc));
    expect(once.split('\n')[6]).toBe('增长20%\t\t');
    expect(parseDocument(once).plan!.tasks.map((t) => t.text.text)).toEqual(doc.plan!.tasks.map((t) => t.text.text));
  });
  it('a task with two field brackets: the one closing the line is made full-width, the one inside the task text is left as written', () => {
    const text = ['2024年重点任务分工方案', '一、重点任务', '1.扩大有效投资(牵头单位:区发改局;责任单位:区财政局)。促进消费(牵头单位:区商务局,责任单位:各街道)', ''].join('\n');
    const doc = parseDocument(text);
    const out = applyEdits(doc, F.formatDocument(doc));
    expect(out.split('\n')[2]).toBe('1.扩大有效投资(牵头单位:区发改局;责任单位:区财政局)。促进消费（牵头单位：区商务局；责任单位：各街道）');
    const again = parseDocument(out);
    expect(again.plan!.tasks[0].text.text).toBe(doc.plan!.tasks[0].text.text);
    expect(again.plan!.tasks[0].leadUnits.map((u) => u.name)).toEqual(['区发改局', '区商务局']);
    expect(F.formatDocument(again)).toEqual([]);
  });

  it('003 inline fields become full-width, including the comma separator of task 71', () => {
    const doc = seed('jiangxia');
    const out = parseDocument(applyEdits(doc, F.formatDocument(doc)));
    const line = out.source.lines[out.plan!.tasks[0].line];
    expect(line).toContain('（牵头单位：区发改局；责任单位：区科经、商务局，郑店、五里界街道办事处，江夏经济开发区管委会）');
    const t71 = out.plan!.tasks.find((t) => t.numbering.value === 71 && t.path[0]?.numbering?.value === 2)!;
    expect(t71.fields.every((f) => !f.separatorBefore || f.separatorBefore.text === '；')).toBe(true);
  });
  it('keeps a Markdown hard line break (two trailing spaces) in Markdown drafts', () => {
    const doc = parseDocument('2023年重点工作分工方案  \n1.修路。(牵头单位:区交通局)   \n');
    expect(applyEdits(doc, F.formatDocument(doc, { markdown: true })).split('\n')[0]).toBe('2023年重点工作分工方案  ');
    expect(applyEdits(doc, F.formatDocument(doc)).split('\n')[0]).toBe('2023年重点工作分工方案');
  });
  it('the two brackets of a group of fields change together: a `)` after an unlabelled deadline is made full-width with its `(`', () => {
    const text = '2024年优化营商环境具体措施\n一、降低成本\n（一）推进标准化。(牵头单位:县行政审批局,责任单位:县直各有关单位,2024年6月底前完成)\n（二）推行承诺制。(牵头单位:县行政审批局,责任单位:县市场监管局)\n';
    const doc = parseDocument(text);
    const out = applyEdits(doc, F.formatDocument(doc));
    expect(out.split('\n')[2]).toBe('（一）推进标准化。（牵头单位：县行政审批局；责任单位：县直各有关单位,2024年6月底前完成）');
    // Range formatting that holds one bracket and not the other changes neither.
    const edits = F.formatDocument(doc, { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 30 } } });
    expect(edits.some((e) => e.newText === '（' || e.newText === '）')).toBe(false);
    expect(parseDocument(out).plan!.tasks.map((t) => t.text.text)).toEqual(doc.plan!.tasks.map((t) => t.text.text));
  });
  it('a tab-separated row keeps the empty cells it ends with (its trailing tabs are columns)', () => {
    const text = '2024年重点工作责任清单\n序号\t工作任务\t牵头单位\t完成时限\n1\t推进第一项工作。\t区发改局\t全年\n2\t推进第二项工作。\t区财政局\t\n3\t推进第三项工作。  \t区住建局\t9月底前  \n';
    const doc = parseDocument(text);
    const out = applyEdits(doc, F.formatDocument(doc)).split('\n');
    expect(out[3]).toBe('2\t推进第二项工作。\t区财政局\t');
    expect(out[4]).toBe('3\t推进第三项工作。  \t区住建局\t9月底前');
  });
  it('range formatting only touches the range', () => {
    const doc = seed('daxing');
    const line = find(doc, '主要责任单位:区财政局').line;
    const edits = F.formatDocument(doc, { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } } });
    expect(edits.length).toBeGreaterThan(0);
    expect(edits.every((e) => e.range.start.line === line)).toBe(true);
  });
});

describe('statistics and ledger', () => {
  it('counts tasks, stated totals, lead units and deadlines', () => {
    const s = F.statistics(seed('daxing'));
    expect(s.tasks).toBe(121);
    expect(s.statedTotal).toBe(121);
    expect(s.leadUnits.length).toBeGreaterThan(10);
    expect(s.deadlines.byMonth['2023-12']).toBeGreaterThan(50);
    expect(F.statisticsMarkdown(s)).toContain('任务总数 (tasks): **121**');
  });
  it('missing fields agree with the rules: a group\'s 总牵头单位 does not stand in for a task\'s own lead', () => {
    const text = seed('jiangxia').source.lines.map((l) => (l.startsWith('2.以上汽通用') ? l.replace(/牵头单位:[^;]*;/, '') : l)).join('\n');
    const doc = parseDocument(text);
    expect(F.statistics(doc).missing.leadUnits).toBe(4);
    // With diagnostics, their counts are what the view shows.
    const t2 = doc.plan!.tasks[1];
    const diag = { rule: 'missing-lead', severity: 'error' as const, message: 'm', range: t2.numbering.marker.range };
    expect(F.statistics(doc, [diag]).missing).toEqual({ leadUnits: 1 });
    expect(F.codeLenses(doc, undefined, [diag])[0].title).toContain('1 项缺牵头单位');
  });
  it('exports the ledger as CSV (BOM, quoted cells) and JSON', () => {
    const doc = seed('jiangxia');
    const csv = F.ledgerCsv(doc);
    expect(csv.startsWith('\uFEFF序号,所属部分,工作任务,牵头领导,牵头单位,责任单位,完成时限,截止日期,行号\r\n')).toBe(true);
    expect(csv.trim().split('\r\n').length).toBe(doc.plan!.tasks.length + 1);
    const json = JSON.parse(F.ledgerJson(doc));
    expect(json.tasks.length).toBe(139);
    expect(json.tasks[0]).toMatchObject({ id: '二、1', leadUnits: ['区发改局'] });
  });
});

describe('draft detection', () => {
  it('recognises notices and plans, not other text', () => {
    expect(F.looksLikeDraft(seed('daxing').source.text)).toBe(true);
    expect(F.looksLikeDraft(seed('caidian').source.text)).toBe(true);
    expect(F.looksLikeDraft(seed('jiangxia').source.text)).toBe(true);
    expect(F.looksLikeDraft('# README\n\nSome project notes.\n')).toBe(false);
    expect(F.looksLikeDraft('某区２０２３年重点工作任务分工方案（共计１２１项）\n')).toBe(true);
    // Documents about drafts are not drafts: a heading naming 分工方案, quoted examples in code fences.
    expect(F.looksLikeDraft('# Fengong 分工方案\n\nValidates notices.\n')).toBe(false);
    const fenced = ['# missing-lead', '', '```text', '2023年重点工作分工方案(共计3项)', '1.甲。(牵头单位:A)', '2.乙。(牵头单位:B)', '3.丙。(责任单位:C)', '```', ''].join('\n');
    expect(F.looksLikeDraft(fenced)).toBe(false);
    expect(F.looksLikeDraft(fenced.replace(/```text\n|```\n/g, ''))).toBe(true);
    expect(F.looksLikeDraft(seed('report').source.text)).toBe(false);
    expect(F.looksLikeDraft(seed('yanqing').source.text)).toBe(false);
  });
});
