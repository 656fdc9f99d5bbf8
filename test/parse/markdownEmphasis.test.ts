/**
 * Markdown's emphasis around a heading or a title (`**一、稳增长**`): how a drafter writes headings in a Markdown draft,
 * and how pandoc writes a Word file's bold paragraphs (`pandoc -f docx -t markdown`). The words read as the heading
 * they are; the marks stay in the text, untouched by formatting and fixes.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';
import { formatDocument } from '../../server/src/core/features';
import type { Section } from '../../server/src/core/model';
import { applyEdits } from '../features/helpers';

const DRAFT = [
  '**2024年区政府工作报告重点工作分工方案**',
  '',
  '**一、稳增长**',
  '',
  '1.地区生产总值增长6%左右。（牵头单位：区发改委；责任单位：区统计局；完成时限：2024年12月）',
  '',
  '2.一般公共预算收入增长5%。（牵头单位：区财政局；完成时限：2024年12月）',
  '',
  '**二、惠民生（共2项）**',
  '',
  '__（一）就业__',
  '',
  '3.新增城镇就业3000人。（牵头单位：区人社局；完成时限：2024年12月）',
  '',
  '4.开展职业技能培训1万人次。（完成时限：2024年12月）',
].join('\n');

const sections = (text: string) => {
  const out: [string, string, string][] = [];
  const walk = (xs: readonly (Section | { type: string })[]) => {
    for (const x of xs)
      if (x.type === 'section') {
        const s = x as Section;
        out.push([s.level, s.numbering?.marker.text ?? '', s.title.text]);
        walk(s.children);
      }
  };
  walk(parseDocument(text).plan!.children);
  return out;
};

describe('headings and a title in Markdown emphasis', () => {
  it('reads the title, the parts and the chapter from the words inside the marks', () => {
    const doc = parseDocument(DRAFT);
    expect(doc.plan!.titleText).toBe('2024年区政府工作报告重点工作分工方案');
    expect(sections(DRAFT)).toEqual([
      ['part', '一、', '稳增长'],
      ['part', '二、', '惠民生（共2项）'],
      ['chapter', '（一）', '就业'],
    ]);
    // The heading's range is its words', inside the marks.
    const part = doc.plan!.children.find((c): c is Section => c.type === 'section')!;
    expect(part.numbering!.marker.range).toEqual({ start: { line: 2, character: 2 }, end: { line: 2, character: 4 } });
  });

  it("reports what a plain-text draft would report, a heading's stated count included", () => {
    const damaged = DRAFT.replace('（共2项）', '（共3项）');
    const plain = damaged.replace(/\*\*|__/g, '');
    const rules = (text: string) => lint(parseDocument(text), { today: '2024-03-01' }).map((d) => `${d.rule} ${d.range.start.line}:${d.range.start.character}`);
    // Part 二 says 3 tasks and holds 2; task 4 has no 牵头单位.
    expect(rules(damaged)).toEqual(['count-mismatch 8:9', 'missing-lead 14:0']);
    // The plain copy's positions are two characters left on the heading's line (no marks): the same findings.
    expect(rules(damaged).map((r) => r.split(' ')[0])).toEqual(rules(plain).map((r) => r.split(' ')[0]));
  });

  it('keeps the marks: formatting changes no character of them', () => {
    const doc = parseDocument(DRAFT);
    const formatted = applyEdits(doc, formatDocument(doc));
    expect(formatted.match(/\*\*|__/g)!.length).toBe(DRAFT.match(/\*\*|__/g)!.length);
    expect(sections(formatted)).toEqual(sections(DRAFT));
  });

  it('reads an edit the same, incrementally or from scratch', () => {
    const first = parseDocument(DRAFT);
    const edited = DRAFT.replace('新增城镇就业3000人', '新增城镇就业3500人');
    const again = parseDocument(edited, first);
    const fresh = parseDocument(edited);
    expect(again.plan!.tasks.map((t) => [t.text.text, t.path.map((s) => s.title.text)])).toEqual(fresh.plan!.tasks.map((t) => [t.text.text, t.path.map((s) => s.title.text)]));
    expect(sections(edited)).toEqual(sections(DRAFT));
  });

  it('leaves lines that only look like marks alone (`____年__月__日`, `**` alone)', () => {
    const text = '2024年重点工作分工方案\n1.推进工作。（牵头单位：区发改委）\n____年__月__日\n**\n2.推进工作二。（牵头单位：区财政局）';
    expect(parseDocument(text).plan!.tasks.map((t) => t.numbering.value)).toEqual([1, 2]);
  });
});
