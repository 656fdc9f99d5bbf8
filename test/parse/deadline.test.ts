/**
 * Deadlines as drafters write them. The date is the last day the text allows; text that names no
 * time stays `unknown` (reported as information only).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayBeDeadline } from '../../server/src/core/parse/fields';
import { daysInMonth, readDeadline } from '../../server/src/core/parse/deadline';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

const R = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const read = (s: string) => {
  const d = readDeadline(s, R, 2024);
  return [d.kind, d.date];
};

describe('deadlines', () => {
  it.each([
    ['2024年12月31日', 'date', '2024-12-31'],
    ['2024年6月底前完成', 'month-end', '2024-06-30'],
    ['2024年底前', 'year-end', '2024-12-31'],
    // A year's end written without 前 is that year's, not the plan's.
    ['2026年底', 'year-end', '2026-12-31'],
    ['2025年末', 'year-end', '2025-12-31'],
    ['第三季度', 'quarter', '2024-09-30'],
    ['2024年下半年', 'half-year', '2024-12-31'],
    ['长期坚持', 'ongoing', null],
    // A duty that starts and runs on has no date to check.
    ['2024年起', 'ongoing', null],
    ['2025年开始', 'ongoing', null],
    ['2024-12-31', 'date', '2024-12-31'],
    // Chinese numerals, with 〇 or with a circle ○ typed for it.
    ['二〇二四年三月三日', 'date', '2024-03-03'],
    ['二○二四年十二月三十一日', 'date', '2024-12-31'],
    // A web page's copy types 〇 as a Latin O or a zero (二OO八年, 二00八年).
    ['二OO八年六月底前', 'month-end', '2008-06-30'],
    ['二00八年六月三十日', 'date', '2008-06-30'],
    // Full-width figures and the marks between them, as drafts in full-width type write them.
    ['２０２４年', 'year-end', '2024-12-31'],
    ['２０２４．６', 'month-end', '2024-06-30'],
    ['２０２４－０６－３０', 'date', '2024-06-30'],
    ['２０２４年６月底前', 'month-end', '2024-06-30'],
    ['２０２４年１３月底前', 'month-end', null],
    // A span or a list ends with its last part; a part without a year takes the first part's.
    ['2024年9月至12月', 'month-end', '2024-12-31'],
    ['2023年12月-2024年6月', 'month-end', '2024-06-30'],
    ['2024—2025年', 'year-end', '2025-12-31'],
    ['2024-2025年', 'year-end', '2025-12-31'],
    ['2024年6月、12月', 'month-end', '2024-12-31'],
    ['2024年6月底前完成方案制定、12月底前完成建设', 'month-end', '2024-12-31'],
    ['2025年3月到6月底', 'month-end', '2025-06-30'],
    // An impossible start makes the span impossible (damage hunt): no date, and deadline-invalid says so.
    ['2024年13月至12月', 'month-end', null],
    ['2024年2月30日至6月30日', 'date', null],
    ['立即实施', 'ongoing', null],
    // Stages each with a time end with the last; a stage without a year takes an earlier one's.
    ['2024年6月底前启动，12月底前完成', 'month-end', '2024-12-31'],
    ['2025年3月底前出台方案；年底前完成', 'year-end', '2025-12-31'],
    ['2024年6月底前启动，确保取得实效', 'month-end', '2024-06-30'],
    // Stages numbered ①②③, each a time then what is done by it: the last time is the deadline.
    ['①3月底前，完成设计招标。②6月底前，开工建设。③12月底前，主体完工。', 'month-end', '2024-12-31'],
    ['2025年3月底前，完成方案编制。6月底前，开工建设。', 'month-end', '2025-06-30'],
    // Stages longer than a deadline's few words, each a sentence after its time (开化 2023, hunt d7): the last stage's
    // time, not the first month the text names.
    [
      '①3月底前,召开金融联席会议,明确2023年金融指标增长目标,压实责任,明确举措。②5月底前,召开金融助力“三年活动”破难攻坚要素保障政银企业对接会。③6月底前,出台碳账户贷款贴息、央行结构性货币政策工具贴息政策,并组织开展兑现。',
      'month-end',
      '2024-06-30',
    ],
    // A year named relative to the plan's (2024 here).
    ['明年6月底前', 'month-end', '2025-06-30'],
    ['次年3月', 'month-end', '2025-03-31'],
    ['明年底', 'year-end', '2025-12-31'],
    ['今年底', 'year-end', '2024-12-31'],
    ['6月底前启动，明年6月底前完成', 'month-end', '2025-06-30'],
    ['2026年6月底', 'month-end', '2026-06-30'],
    // A year and a month in figures.
    ['2024.6', 'month-end', '2024-06-30'],
    ['2024-06', 'month-end', '2024-06-30'],
    ['2024/2底前', 'month-end', '2024-02-29'],
    // 整改 lists: at once, or a time allowed from when the notice arrives (no calendar date to check).
    ['立行立改', 'ongoing', null],
    ['立行立改并长期坚持', 'ongoing', null],
    ['3天', 'relative', null],
    ['5个工作日内', 'relative', null],
    ['一个月内完成', 'relative', null],
    ['收到通知后15日内', 'relative', null],
    // A standing duty after a date keeps the date.
    ['2024年6月底前完成，长期坚持', 'month-end', '2024-06-30'],
    // No time at all: kept as text.
    ['按上级要求', 'unknown', null],
    ['3月', 'month-end', '2024-03-31'],
    ['根据工作进度——适时推进', 'unknown', null],
  ])('%s', (text, kind, date) => expect(read(text)).toEqual([kind, date]));

  it('a span is checked by its end: 2024年9月至12月 in a plan issued in October is not before the issue date', () => {
    const text = [
      '关于印发2024年重点任务分工方案的通知',
      '',
      '2024年重点任务分工方案',
      '',
      '1.推进项目建设。(牵头单位:区发改局;完成时限:2024年9月至12月)',
      '2.推进招商引资。(牵头单位:区商务局;完成时限:2024年12月底)',
      '',
      '2024年10月8日',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.plan!.tasks[0].deadline).toMatchObject({ kind: 'month-end', date: '2024-12-31', text: '2024年9月至12月' });
    expect(lint(doc, { today: '2024-10-08' }).filter((d) => d.rule.startsWith('deadline'))).toEqual([]);
  });

  it('a 1 MB deadline full of separators is read without deep recursion', () => {
    expect(() => readDeadline('2024年6月、'.repeat(100_000), R, 2024)).not.toThrow();
    expect(() => readDeadline('2024年6月，'.repeat(100_000), R, 2024)).not.toThrow();
  });

  it('2024.13 is a month that does not exist', () => {
    expect(readDeadline('2024.13', R, 2024)).toMatchObject({ kind: 'month-end', valid: false, date: null });
  });

  it('a staged deadline is checked by its last stage: 6月底前启动，12月底前完成 in a plan issued in July is not before the issue date', () => {
    const text = [
      '2024年重点任务分工方案',
      '',
      '1.推进项目建设。(牵头单位:区发改局;完成时限:2024年6月底前启动，12月底前完成)',
      '2.推进招商引资。(牵头单位:区商务局;完成时限:2024年6月底前启动)',
      '',
      '区人民政府办公室',
      '2024年7月1日',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.metadata.issueDate?.date).toBe('2024-07-01');
    expect(doc.plan!.tasks[0].deadline).toMatchObject({ kind: 'month-end', date: '2024-12-31', text: '2024年6月底前启动，12月底前完成' });
    // Task 2 has one stage only, and it lies before the issue date: that one is reported.
    expect(lint(doc, { today: '2024-07-08' }).filter((d) => d.rule.startsWith('deadline')).map((d) => [d.rule, d.range.start.line])).toEqual([['deadline-before-issue', 3]]);
  });

  it('days in a month follow the Gregorian calendar, as Date.UTC counts them', () => {
    const wrong: string[] = [];
    for (let y = 0; y <= 2500; y++)
      for (let m = 1; m <= 12; m++) if (daysInMonth(y, m) !== new Date(Date.UTC(y, m, 0)).getUTCDate()) wrong.push(`${y}-${m}`);
    expect(wrong).toEqual([]);
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([29, 28, 28, 29]);
  });
});

describe('the cheap test before a clause is read as a deadline', () => {
  it('passes every text readDeadline reads as one (so that it never hides a deadline)', () => {
    const piece = fc.constantFrom(
      '2024', '年', '6', '月', '底', '前', '末', '内', '中旬', '季度', '第三', '上半年', '全年', '年度', '明年', '次年',
      '长期坚持', '持续推进', '常态化', '久久为功', '逐年', '每年', '每季度', '按期', '按时', '按要求', '分阶段', '立即', '随时', '起', '开始', '实施',
      '完成', '区财政局', '各街道', '、', '，', '至', '-', '2025', '12', '30', '日', '.', '/', '①', '。',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => {
        const text = pieces.join('');
        if (readDeadline(text, R, 2024).kind !== 'unknown') expect(mayBeDeadline(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
