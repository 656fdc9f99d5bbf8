import { asciiDigits } from './text';

/**
 * The years a plan's title states for it: one year (`2024年重点工作分工方案`), a span
 * (`（2023—2025年）`), or a five-year plan named without its years (`“十四五”…`, `第十四个五年规划`).
 * `2035年远景目标` names a horizon, not the plan's year: a 规划纲要 分工方案 that wrote it would
 * otherwise date `年底前` in 2035 and find every deadline out of range.
 */
export interface TitleYears {
  /** The plan's year: the one written, or the first of the span. */
  readonly year: number;
  /** The span the plan covers, when the title names more than one year. */
  readonly span: { readonly from: number; readonly to: number } | null;
  /** Whether a year is written (false: only a five-year plan is named). */
  readonly written: boolean;
}

const YEAR_SPAN = /((?:19|20)\d{2})\s*年?\s*[-—–~～至到]\s*((?:19|20)\d{2})\s*年/;
const YEAR = /((?:19|20)\d{2})\s*年/;
/** `2035年远景目标`, `2035年远景`: a horizon. */
const HORIZON = /(?:19|20)\d{2}\s*年\s*远景/g;
const FIVE_YEAR_PLAN = /(十三|十四|十五|十六)五|第(十三|十四|十五|十六)个五年/;
const FIVE_YEAR_FROM: Record<string, number> = { 十三: 2016, 十四: 2021, 十五: 2026, 十六: 2031 };

export function titleYears(written: string): TitleYears | null {
  if (!written) return null;
  // `２０２４年重点工作分工方案`: a title in full-width type writes its year so.
  const title = asciiDigits(written);
  const text = title.indexOf('远景') >= 0 ? title.replace(HORIZON, '') : title;
  const r = YEAR_SPAN.exec(text);
  if (r && Number(r[2]) >= Number(r[1])) return { year: Number(r[1]), span: { from: Number(r[1]), to: Number(r[2]) }, written: true };
  const m = YEAR.exec(text);
  if (m) return { year: Number(m[1]), span: null, written: true };
  const f = FIVE_YEAR_PLAN.exec(text);
  if (f) {
    const from = FIVE_YEAR_FROM[f[1] ?? f[2]];
    return { year: from, span: { from, to: from + 4 }, written: false };
  }
  return null;
}
