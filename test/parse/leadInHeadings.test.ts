/**
 * A provincial 责任分解 arranged by leader, then by lead unit (山西 2008, 浙江 and its cities):
 * `一、孟学农省长负责的工作` / `（一）省编办牵头的工作` / items that list only their 协同单位. The heading's words
 * say whose work is under it; and a `（一）` that is a task itself counts among the `（三）` heading
 * beside it. Both were misread: no lead anywhere, and a false numbering-gap at `（三）`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint, applyEdits } from '../../server/src/core/rules';
import { hover, renameUnit, renumberPlan, unitUsage } from '../../server/src/core/features';
import type { Section } from '../../server/src/core/model';
import { documentJson } from '../../server/src/cli/documentJson';

const TEXT = readFileSync(join(__dirname, '..', 'corpus', 'lead-in-headings.txt'), 'utf8');
const LINES = TEXT.split('\n');
const lineOf = (s: string) => LINES.findIndex((l) => l.includes(s));
const TODAY = '2008-03-01';
const diags = (text: string) => lint(parseDocument(text), { today: TODAY }).map((d) => `${d.rule}@${d.range.start.line}:${d.range.start.character}-${d.range.end.character}`);
/** The text with the first `from` on the line holding `anchor` replaced. */
const damage = (anchor: string, from: string, to: string) => LINES.map((l) => (l.includes(anchor) ? l.replace(from, to) : l)).join('\n');

describe('roles a heading states for what is under it', () => {
  const doc = parseDocument(TEXT);
  const sections = (xs: readonly (Section | { type: 'task' })[]): Section[] =>
    xs.flatMap((x) => (x.type === 'section' ? [x as Section, ...sections((x as Section).children)] : []));
  const all = sections(doc.plan!.children);
  const fieldsOf = (title: string) => all.find((s) => s.title.text.startsWith(title))!.fields.map((f) => [f.role, f.names.map((n) => n.name), f.value.range]);

  it('reads a leader from `X省长负责的工作` and a lead unit from `X牵头的工作`, at the names\' exact range; the title keeps its words', () => {
    const l = lineOf('孟学农省长负责的工作');
    // The person, without the post written after the name (the registry lists people); the range is the words as written.
    expect(fieldsOf('孟学农省长负责的工作')).toEqual([['leaders', ['孟学农'], { start: { line: l, character: 2 }, end: { line: l, character: 7 } }]]);
    const c = lineOf('省编办牵头的工作');
    expect(fieldsOf('省编办牵头的工作')).toEqual([['leadUnits', ['省编办'], { start: { line: c, character: 3 }, end: { line: c, character: 6 } }]]);
    expect(all.find((s) => s.headingRange.start.line === c)!.title.text).toBe('省编办牵头的工作');
  });

  it('a heading naming two leaders who share the work, or a leader with the post before the name, names its leaders (桐乡 2020, hunt d5)', () => {
    const plan = (third: string) =>
      [
        '2020年政府工作报告主要工作责任分解',
        '一、于会游市长主抓重点工作',
        '1.制定出台高质量发展政策体系。',
        '责任单位:财政局、发改局',
        '二、盛勇军常务副市长主抓重点工作',
        '2.加快推进重大项目建设。',
        '责任单位:发改局、建设局',
        third,
        '3.推进乡村振兴。',
        '责任单位:农业农村局、水利局',
      ].join('\n');
    const read = (third: string) => {
      const d = parseDocument(plan(third));
      const heading = d.plan!.sections[2];
      return {
        fields: heading.fields.map((f) => [f.role, f.label.text, f.label.range.start.character, f.value.text, f.names.map((n) => n.name)]),
        leaders: d.plan!.tasks[2].leaders.length ? d.plan!.tasks[2].leaders.map((n) => n.name) : null,
        diags: lint(d, { today: '2020-03-01' }).map((x) => x.rule),
      };
    };
    expect(read('三、沈建良副市长、钟山副市长共同主抓重点工作')).toEqual({ fields: [['leaders', '主抓', 16, '沈建良副市长、钟山副市长', ['沈建良', '钟山']]], leaders: null, diags: [] });
    expect(read('三、常务副市长沈建良主抓重点工作')).toEqual({ fields: [['leaders', '主抓', 10, '常务副市长沈建良', ['沈建良']]], leaders: null, diags: [] });
    expect(read('三、市长于会游主抓重点工作').fields).toEqual([['leaders', '主抓', 7, '市长于会游', ['于会游']]]);
    // A kind of work after a post is still no one's name: the heading names no leader.
    expect(read('三、常务副市长分管部门主抓重点工作').fields).toEqual([]);
  });

  it('a heading that states its count (`省编办牵头的工作（共３项）`, in full-width figures too) names its lead all the same', () => {
    for (const count of ['（共3项）', '（共３项）']) {
      const d = parseDocument(damage('省编办牵头的工作', '省编办牵头的工作', '省编办牵头的工作' + count));
      const c = lineOf('省编办牵头的工作');
      const s = sections(d.plan!.children).find((x) => x.headingRange.start.line === c)!;
      expect(s.fields.map((f) => [f.role, f.names.map((n) => n.name)])).toEqual([['leadUnits', ['省编办']]]);
    }
  });
  it('a heading naming its lead with a bracket of its leader (`…牵头的工作（分管领导：王副县长）`, probe 21) names both', () => {
    const text = ['2025年县政府重点工作目标任务责任分解', '一、县发展改革局牵头的工作（分管领导：王副县长）', '1.完成固定资产投资120亿元。（配合单位：县统计局；完成时限：2025年12月底前）', '二、县农业农村局牵头的工作', '2.建设高标准农田1.5万亩。（配合单位：县财政局；完成时限：2025年11月底前）'].join('\n');
    const d = parseDocument(text);
    expect(d.plan!.sections.map((s) => s.fields.map((f) => [f.role, f.names.map((n) => n.name)]))).toEqual([
      [
        ['leadUnits', ['县发展改革局']],
        ['leaders', ['王副县长']],
      ],
      [['leadUnits', ['县农业农村局']]],
    ]);
    // A lead the bracket names already is the bracket's.
    const both = parseDocument(text.replace('（分管领导：王副县长）', '（牵头单位：县财政局；分管领导：王副县长）'));
    expect(both.plan!.sections[0].fields.map((f) => [f.role, f.names.map((n) => n.name)])).toEqual([
      ['leadUnits', ['县财政局']],
      ['leaders', ['王副县长']],
    ]);
  });
  it('a `（一）` that holds its line of work is a task, led by the unit its words name', () => {
    const t = doc.plan!.tasks.find((x) => x.line === lineOf('省监察厅牵头的工作'))!;
    expect(t.leadUnits.map((u) => u.name)).toEqual(['省监察厅']);
    expect(t.text.text).toBe('省监察厅牵头的工作\n加强行政监察工作,全面落实政府系统党风廉政建设责任制。');
  });

  it('a leader written with two posts, `李某常委、常务副区长牵头重点工作`, is read', () => {
    const other = parseDocument(TEXT.replace('一、孟学农省长负责的工作', '一、李某常委、常务副省长牵头重点工作'));
    const part = other.plan!.children.find((c): c is Section => c.type === 'section')!;
    expect(part.fields.map((f) => [f.role, f.names.map((n) => n.name)])).toEqual([['leaders', ['李某常委', '常务副省长']]]);
  });

  it('a leader who is a 党组成员 (`张某区政府党组成员牵头重点工作`) is read', () => {
    const other = parseDocument(TEXT.replace('一、孟学农省长负责的工作', '一、张某省政府党组成员牵头重点工作'));
    const part = other.plan!.children.find((c): c is Section => c.type === 'section')!;
    expect(part.fields.map((f) => f.names.map((n) => n.name))).toEqual([['张某省政府党组成员']]);
  });

  it('a `（一）X牵头的工作` over one line of work is a task though no chapter beside it writes a field line', () => {
    const text = ['某县2024年政府工作目标责任分解', '一、王某县长负责的工作', '（一）县监察局牵头的工作', '加强行政监察工作。', '（二）县审计局牵头的工作', '全面加强审计工作。', '二、李某副县长负责的工作', '（一）县统计局牵头的工作', '加强统计监督。', ''].join('\n');
    const doc = parseDocument(text);
    expect(doc.plan!.tasks.map((t) => [t.line, t.leadUnits.map((u) => u.name)])).toEqual([
      [2, ['县监察局']],
      [4, ['县审计局']],
      [7, ['县统计局']],
    ]);
  });

  it('`由县长负责的工作` names 县长; `需要市领导负责的工作` is a kind of work, and names no one', () => {
    const other = parseDocument(TEXT.replace('一、孟学农省长负责的工作', '一、由县长负责的工作').replace('二、薛延忠常务副省长负责的工作', '二、需要市领导负责的工作'));
    const parts = other.plan!.children.filter((c): c is Section => c.type === 'section');
    expect(parts.map((s) => s.fields.map((f) => [f.names.map((n) => n.name), f.value.range.start.character]))).toEqual([[[['县长'], 3]], []]);
  });

  it('names no one where the words before 牵头 are no unit or post: `（一）深化改革牵头的工作`, `一、重点工作任务`', () => {
    const other = parseDocument(TEXT.replace('(三)省编办牵头的工作', '(三)深化改革牵头的工作').replace('一、孟学农省长负责的工作', '一、重点工作任务'));
    const titles = sections(other.plan!.children).filter((s) => /深化改革牵头|重点工作任务/.test(s.title.text));
    expect(titles.map((s) => s.fields.length)).toEqual([0, 0]);
  });

  it('the tasks under a heading that names their lead need none of their own; a damaged copy whose heading loses it is reported on each task', () => {
    expect(diags(TEXT).filter((d) => d.startsWith('missing-lead'))).toEqual([]);
    const damaged = damage('(二)省发展改革委牵头的工作', '省发展改革委牵头的工作', '经济发展工作');
    expect(diags(damaged).filter((d) => d.startsWith('missing-lead'))).toEqual([
      `missing-lead@${lineOf('1.全年全省生产总值')}:0-${'1.全年全省生产总值增长10%以上,财政总收入增长12%以上。'.length}`,
      `missing-lead@${lineOf('2.加快推进重点工程')}:0-${'2.加快推进重点工程建设,全年完成固定资产投资增长20%以上。'.length}`,
    ]);
  });

  it('hover on a task shows the lead its heading gives; hover on the unit counts the tasks it leads from there', () => {
    const l = lineOf('1.深化行政管理体制改革');
    expect(hover(doc, { line: l, character: 0 })!.markdown).toContain('- 牵头: 省编办（见标题 from the heading）');
    const usage = unitUsage(doc, '省编办');
    expect(usage.leads.length).toBe(2);
  });

  it('parse --format json gives each task the leader and lead its headings name: who carries it', () => {
    const json = documentJson('x.txt', doc);
    const row = json.tasks.find((t) => t.line === lineOf('1.深化行政管理体制改革'))!;
    expect([row.leaders, row.leadUnits, row.units]).toEqual([['孟学农'], ['省编办'], ['省财政厅', '省人事厅']]);
    const own = json.tasks.find((t) => t.line === lineOf('省监察厅牵头的工作'))!;
    expect([own.leaders, own.leadUnits]).toEqual([['孟学农'], ['省监察厅']]);
  });

  it('renaming the unit rewrites the heading\'s words and nothing else', () => {
    const c = lineOf('省编办牵头的工作');
    const out = applyEdits(doc, renameUnit(doc, { line: c, character: 4 }, '省委编办')!).split('\n');
    expect(out[c]).toBe('(三)省委编办牵头的工作');
    expect(out.filter((x, k) => x !== LINES[k]).length).toBe(1);
  });
});

describe('a task numbered among the headings beside it', () => {
  it('part 一\'s `(一)` `(二)` tasks and `(三)` heading are one run: only the planted skip in part 二 is reported', () => {
    expect(diags(TEXT).filter((d) => d.startsWith('numbering'))).toEqual([`numbering-gap@${lineOf('(四)省国资委')}:0-${'(四)省国资委牵头的工作'.length}`]);
  });

  it('a damaged copy: the heading renumbered `(四)` after two tasks is a skip there; a task that repeats a heading\'s number is a duplicate', () => {
    const skipped = damage('省编办牵头的工作', '(三)', '(四)');
    expect(diags(skipped).filter((d) => d.startsWith('numbering-gap'))[0]).toBe(`numbering-gap@${lineOf('省编办牵头的工作')}:0-${'(四)省编办牵头的工作'.length}`);
    const twice = damage('省审计厅牵头的工作', '(二)', '(三)');
    expect(diags(twice).filter((d) => d.startsWith('numbering-duplicate'))).toEqual([`numbering-duplicate@${lineOf('省审计厅牵头的工作')}:0-${'(三)省审计厅牵头的工作'.length}`]);
  });

  it('renumbering counts the tasks and headings together: `(四)` becomes `(三)`, and no task is renumbered apart', () => {
    const doc = parseDocument(TEXT);
    const out = applyEdits(doc, renumberPlan(doc)).split('\n');
    const l = lineOf('(四)省国资委');
    expect(out[l]).toBe('(三)省国资委牵头的工作');
    expect(out.filter((x, k) => x !== LINES[k])).toEqual(['(三)省国资委牵头的工作']);
  });
});
