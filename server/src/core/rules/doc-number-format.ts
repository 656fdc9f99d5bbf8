import type { LineRule } from './types';
import { t } from './util';
import { asciiDigits } from '../parse/text';

/** An issuer abbreviation, the year in brackets, the serial number and 号: 京政发[2023]5号 (a copy may add blanks: 许政 [2020] 20号). */
const WRONG = /([\u4e00-\u9fff]{1,12})(\s*)([\[［【(（])\s*((?:19|20)\d{2})\s*([\]］】)）])(\s*)(\d+)\s*号/dg;

const rule: LineRule = {
  id: 'doc-number-format',
  scope: 'lines',
  defaultSeverity: 'warning',
  description: {
    zh: '文号中的年份应使用六角括号“〔〕”（GB/T 9704），不应使用“[]”“()”“【】”等，例如“京政发〔2023〕5号”。',
    en: 'The year in a document number (文号) must be in tortoise-shell brackets 〔〕 (GB/T 9704), not `[]`, `()` or `【】`: 京政发〔2023〕5号.',
  },
  defaultOptions: {},
  checkLines(ctx, from, quiet) {
    const lines = ctx.doc.source.lines;
    // Each line is judged alone: every boundary is quiet.
    for (let line = from; line < lines.length; line++) {
      if (quiet(line)) return line;
      const text = lines[line];
      // Only a line with 号 can hold a 文号; the pattern is costly on long CJK lines.
      if (text.indexOf('号') < 0) continue;
      // Read with its figures in ASCII (`京政发（２０２３）５号` in full-width type), index for index.
      const read = asciiDigits(text);
      WRONG.lastIndex = 0;
      for (let m = WRONG.exec(read); m; m = WRONG.exec(read)) {
        // From the issuer's abbreviation to the serial number: blanks round the brackets go with them.
        const open = m.indices![2][0];
        const serial = m.indices![7][0];
        const range = { start: { line, character: open }, end: { line, character: serial } };
        // The year as written: a full-width year stays full-width.
        const want = `〔${text.slice(m.indices![4][0], m.indices![4][1])}〕`;
        ctx.report({
          range,
          message: t(`文号年份应写作“${want}”，此处为“${text.slice(open, serial).trim()}”`, `the year of a document number is written “${want}”, not “${text.slice(open, serial).trim()}”`),
          fixes: [{ title: t(`改为“${want}”`, `change to “${want}”`), edits: [{ range, newText: want }], preferred: true }],
        });
      }
    }
    quiet(lines.length);
    return lines.length;
  },
};
export default rule;
