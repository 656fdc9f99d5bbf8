/** The years a plan's title states: one year, a span, or a five-year plan named without its years. */
import { describe, expect, it } from 'vitest';
import { titleYears } from '../../server/src/core/parse/titleYears';

describe('titleYears', () => {
  it.each([
    ['2024年重点工作任务分工方案', { year: 2024, span: null, written: true }],
    // In full-width type.
    ['立山区２０２３年重点工作任务分工方案', { year: 2023, span: null, written: true }],
    ['某市三年行动方案（２０２３—２０２５年）', { year: 2023, span: { from: 2023, to: 2025 }, written: true }],
    ['某市三年行动方案（2023—2025年）', { year: 2023, span: { from: 2023, to: 2025 }, written: true }],
    ['2023-2025年区政府重点工作分工', { year: 2023, span: { from: 2023, to: 2025 }, written: true }],
    ['某省“十四五”县域商业体系建设实施方案', { year: 2021, span: { from: 2021, to: 2025 }, written: false }],
    ['国民经济和社会发展第十四个五年规划纲要任务清单', { year: 2021, span: { from: 2021, to: 2025 }, written: false }],
    // 2035 is the horizon the 纲要 looks to, not the plan's year.
    ['国民经济和社会发展第十四个五年规划和2035年远景目标纲要任务分工方案', { year: 2021, span: { from: 2021, to: 2025 }, written: false }],
    ['十三五规划和2035年远景目标', { year: 2016, span: { from: 2016, to: 2020 }, written: false }],
    ['2022年落实十四五规划和2035年远景目标重点任务', { year: 2022, span: null, written: true }],
    ['重点工作分工方案', null],
    ['', null],
  ])('%s', (title, want) => expect(titleYears(title)).toEqual(want));
});
