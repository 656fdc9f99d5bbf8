import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import type { FengongDocument, Task } from '../../server/src/core/model';
import { readSeed, SEED, toCRLF, toFullWidth } from '../helpers/seeds';

const names = (t: Task, role: 'leaders' | 'leadUnits' | 'units') => t[role].map((u) => u.name);
const byNumber = (doc: FengongDocument, n: number, from = 0) => doc.plan!.tasks.slice(from).find((t) => t.numbering.value === n)!;

describe('seed 000 (Daxing 2023, fields on their own lines)', () => {
  const doc = parseDocument(readSeed(SEED.daxing2023));

  it('is a plan of 121 tasks numbered 1–121 with the stated total read from the title', () => {
    expect(doc.kind).toBe('plan');
    expect(doc.plan!.tasks.map((t) => t.numbering.value)).toEqual(Array.from({ length: 121 }, (_, i) => i + 1));
    expect(doc.plan!.statedTotal?.value).toBe(121);
    expect(doc.plan!.titleText).toBe('2023年区政府工作报告重点工作分工方案(共计121项)');
    expect(doc.plan!.sections.map((s) => s.numbering?.value)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads task 11 fields: two leaders, three lead units, a dated deadline', () => {
    const t = byNumber(doc, 11);
    expect(names(t, 'leaders')).toEqual(['石银峰', '蔡小军']);
    expect(names(t, 'leadUnits')).toEqual(['区经济和信息化局', '黄村镇人民政府', '兴创公司']);
    expect(t.deadline).toMatchObject({ text: '2023年12月31日', date: '2023-12-31', kind: 'date', valid: true });
    expect(t.fields.map((f) => f.layout)).toEqual(['own-line', 'own-line', 'own-line']);
  });

  it('gives every task a leader, a lead unit and a 2023 deadline', () => {
    for (const t of doc.plan!.tasks) {
      expect(t.leaders.length, `task ${t.numbering.value}`).toBeGreaterThan(0);
      expect(t.leadUnits.length, `task ${t.numbering.value}`).toBeGreaterThan(0);
      expect(t.deadline?.date?.startsWith('2023-'), `task ${t.numbering.value}`).toBe(true);
    }
  });

  it('reads metadata, the notice and its own counts, and keeps its 一、二、三 out of the plan', () => {
    expect(doc.metadata.docNumber?.text).toBe('京兴政办发〔2023〕1 号');
    expect(doc.metadata.issueDate?.date).toBe('2023-03-03');
    expect(doc.metadata.publishDate?.date).toBe('2023-03-09');
    expect(doc.notice?.title?.text).toBe('关于印发《2023年区政府工作报告重点工作分工方案》的通知');
    expect(doc.notice?.addressee?.text).toBe('各镇人民政府,区政府各委、办、局(公司)、中心,各街道办事处:');
    expect(doc.notice?.signature?.text).toBe('北京市大兴区人民政府办公室');
    expect(doc.notice?.statedCounts.map((c) => c.value)).toEqual([121, 121]);
    expect(doc.plan!.sections[0].title.text).toBe('全区经济社会发展主要预期目标');
  });

  it('infers the document conventions: own-line fields, numbering running on across parts', () => {
    const c = doc.plan!.conventions;
    expect(c.fieldLayout).toBe('own-line');
    expect(c.labels).toMatchObject({ leaders: '牵头领导', leadUnits: '主要责任单位', deadline: '完成时限' });
    expect(c.taskNumbering.part).toBe('continue');
    expect(c.fieldShare.leaders).toBe(1);
  });

  it('puts exact UTF-16 ranges on markers, text and values', () => {
    const t = byNumber(doc, 11);
    const line = doc.source.lines[t.line];
    expect(line.slice(t.numbering.marker.range.start.character, t.numbering.marker.range.end.character)).toBe('11.');
    expect(line.slice(t.text.range.start.character, t.text.range.end.character)).toBe(t.text.text);
    for (const f of t.fields) {
      const l = doc.source.lines[f.value.range.start.line];
      expect(l.slice(f.value.range.start.character, f.value.range.end.character)).toBe(f.value.text);
      for (const u of f.names) expect(l.slice(u.written.range.start.character, u.written.range.end.character)).toBe(u.written.text);
    }
  });
});

describe('seed 001 (Caidian 2023, a bracketed field line after each task)', () => {
  const doc = parseDocument(readSeed(SEED.caidian2023));
  const tasks = doc.plan!.tasks;

  it('has the 6 targets of part 一 and tasks 1–113 of part 二', () => {
    expect(tasks.length).toBe(119);
    expect(tasks.slice(0, 6).map((t) => [t.numbering.style, t.numbering.value])).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => ['cn-paren', n]),
    );
    expect(tasks.slice(6).map((t) => t.numbering.value)).toEqual(Array.from({ length: 113 }, (_, i) => i + 1));
    expect(names(tasks[5], 'units')).toEqual(['区发展和改革局', '区人社局', '区农业农村局']);
  });

  it('reads lead and co-responsible units, with bracketed aliases', () => {
    const t2 = byNumber(doc, 2, 6);
    expect(names(t2, 'leadUnits')).toEqual(['区科技和经信局']);
    expect(names(t2, 'units')).toEqual(['蔡甸经济开发区']);
    expect(t2.units[0].aliases).toEqual(['奓山街道']);
    expect(t2.fields.every((f) => f.layout === 'paren-line')).toBe(true);
    for (const t of tasks.slice(6)) expect(t.leadUnits.length, `task ${t.numbering.value}`).toBeGreaterThan(0);
  });

  it('reads chapters and the unnumbered group headings between them and the tasks', () => {
    const part2 = doc.plan!.sections[1];
    expect(part2.children.filter((c) => c.type === 'section').length).toBe(6);
    const ch1 = part2.children[0];
    expect(ch1.type === 'section' && ch1.children.map((g) => g.type === 'section' && g.title.text)).toEqual([
      '提升制造业核心竞争力',
      '提升现代服务业发展能级',
      '提升现代农业产业化水平',
      '加快发展数字经济',
    ]);
    expect(byNumber(doc, 1, 6).path.map((s) => s.level)).toEqual(['part', 'chapter', 'group']);
  });

  it('reads the spread-out web metadata table and the notice', () => {
    expect(doc.metadata.docNumber?.text).toBe('蔡政办〔2023〕1号');
    expect(doc.metadata.issueDate?.date).toBe('2023-01-03');
    expect(doc.notice?.signature?.text).toBe('蔡甸区人民政府办公室');
    expect(doc.notice?.signatureDate?.text).toBe('2023年1月3日');
  });
});

describe('seed 003 (Jiangxia 2023, fields inline at the end of the task)', () => {
  const doc = parseDocument(readSeed(SEED.jiangxia2023));
  const tasks = doc.plan!.tasks;

  it('has tasks 1–135 in part 二 and 1–4 in part 三, none from 附表1', () => {
    expect(tasks.length).toBe(139);
    expect(tasks.slice(0, 135).map((t) => t.numbering.value)).toEqual(Array.from({ length: 135 }, (_, i) => i + 1));
    expect(tasks.slice(135).map((t) => t.numbering.value)).toEqual([1, 2, 3, 4]);
    expect(doc.appendices.map((a) => a.title.text)).toEqual(['附表1', '附表2', '附表3']);
    expect(tasks.every((t) => t.line < doc.appendices[0].range.start.line)).toBe(true);
  });

  it('expands compressed unit lists in task 1', () => {
    const t1 = tasks[0];
    expect(names(t1, 'leadUnits')).toEqual(['区发改局']);
    expect(names(t1, 'units')).toEqual(['区科经局', '区商务局', '郑店街道办事处', '五里界街道办事处', '江夏经济开发区管委会']);
    expect(t1.text.text).toBe('抢抓车光产业跨界融合发展示范区创建契机,着力延链补链强链,壮大以“车、光、康”为代表的主导产业集群,做强实体经济。');
    expect(t1.fields.every((f) => f.layout === 'inline')).toBe(true);
  });

  it('keeps the groups and their 总牵头单位, and the part count (共135项)', () => {
    const part2 = doc.plan!.sections[1];
    expect(part2.statedCount?.value).toBe(135);
    expect(part2.statedCount?.span.text).toBe('(共135项)');
    const group = tasks[0].path[2];
    expect(group.level).toBe('group');
    expect(group.title.text).toBe('推动主导产业强链集群');
    expect(group.fields[0]).toMatchObject({ role: 'groupLead', label: { text: '总牵头单位' } });
    expect(group.fields[0].names.map((u) => u.name)).toEqual(['区发改局']);
  });

  it('finds the genuine defects the parser can see: task 71 separates its fields with a comma', () => {
    const t71 = tasks[70];
    expect(names(t71, 'leadUnits')).toEqual(['区农业农村局']);
    expect(names(t71, 'units')).toEqual(['区自然资源和规划局', '各相关街道办事处']);
    expect(doc.problems.filter((p) => p.code === 'field-separator').map((p) => [p.range.start.line, p.detail])).toEqual([[t71.line, ',']]);
    // Part 三 tasks 1, 3 and 4 carry only 责任单位.
    expect(tasks.slice(135).map((t) => t.leadUnits.length)).toEqual([0, 1, 0, 0]);
  });

  it('reads the two-line plan title and infers a restart per part, runs on across chapters', () => {
    expect(doc.plan!.title.map((s) => s.text)).toEqual(['2023年区《政府工作报告》主要目标任务', '责任分解方案']);
    expect(doc.plan!.conventions.taskNumbering).toMatchObject({ part: 'restart', chapter: 'continue' });
    expect(doc.plan!.conventions.fieldLayout).toBe('inline');
  });

  it('marks collective assignees', () => {
    const collective = tasks.flatMap((t) => t.units).filter((u) => u.collective).map((u) => u.name);
    expect(new Set(collective)).toEqual(
      new Set([
        '各街道办事处', '各相关街道办事处', '区直各单位', '区直各部门', '区直各行业主管部门', '其他区直相关部门',
        '各区属国有企业', '区安委会各成员单位', '区人民政府各部门',
      ]),
    );
  });
});

describe('prose reports (002, 004) are not plans', () => {
  for (const name of [SEED.daxingReport, SEED.yanqingReport]) {
    it(`${name} has no tasks and no plan problems`, () => {
      const doc = parseDocument(readSeed(name));
      expect(doc.kind).toBe('other');
      expect(doc.plan).toBeNull();
      expect(doc.problems).toEqual([]);
    });
  }
});

describe('full-width punctuation and CRLF parse to the same tasks and fields', () => {
  const summary = (doc: FengongDocument) =>
    doc.plan!.tasks.map((t) => ({
      n: t.numbering.value,
      line: t.line,
      leaders: names(t, 'leaders'),
      lead: names(t, 'leadUnits'),
      units: names(t, 'units'),
      deadline: t.deadline?.date ?? null,
      path: t.path.map((s) => s.numbering?.value ?? s.level),
    }));
  for (const name of [SEED.daxing2023, SEED.caidian2023, SEED.jiangxia2023]) {
    it(name, () => {
      const original = summary(parseDocument(readSeed(name)));
      const variant = parseDocument(toCRLF(toFullWidth(readSeed(name))));
      expect(summary(variant)).toEqual(original);
      expect(variant.source.eol).toBe('\r\n');
      expect(variant.plan!.conventions.fullWidth).toBe(true);
    });
  }
  it('a BOM and CR-only line endings change nothing', () => {
    const text = readSeed(SEED.jiangxia2023);
    const doc = parseDocument('\ufeff' + text.replace(/\n/g, '\r'));
    expect(summary(doc)).toEqual(summary(parseDocument(text)));
  });
});
