import type { Range } from '../model';
import type { Rule } from './types';
import { t } from './util';

/** Bracket families; the two widths of the round bracket are one family (mixing them is reported too). */
const OPEN: Record<string, { family: string; close: string }> = {
  '（': { family: 'paren', close: '）' },
  '(': { family: 'paren', close: ')' },
  '〔': { family: 'tortoise', close: '〕' },
  '《': { family: 'title', close: '》' },
  '〈': { family: 'angle', close: '〉' },
  '“': { family: 'dquote', close: '”' },
};
const CLOSE: Record<string, string> = {};
for (const [o, v] of Object.entries(OPEN)) CLOSE[v.close] = o;
const FAMILY_OF_CLOSE: Record<string, string> = Object.fromEntries(Object.entries(OPEN).map(([, v]) => [v.close, v.family]));

const BRACKET = /[（()）〔〕《》〈〉“”]/g;

function at(line: number, ch: number): Range {
  return { start: { line, character: ch }, end: { line, character: ch + 1 } };
}

const rule: Rule = {
  id: 'unbalanced-bracket',
  defaultSeverity: 'warning',
  description: {
    zh: '一段（连续的非空行）中的括号或引号不配对：（）〔〕《》“”〈〉。“(”与“）”这类全角半角混配也会报告，并可一键统一。',
    en: 'Brackets or quotes that do not pair up within a paragraph (consecutive non-blank lines): （）〔〕《》“”〈〉. A full-width bracket closed by an ASCII one (or the reverse) is reported too, with a fix.',
  },
  defaultOptions: {},
  check(ctx) {
    const lines = ctx.doc.source.lines;
    // A paragraph (consecutive non-blank lines) is the unit: a hard-wrapped Markdown draft may
    // open a bracket on one line and close it on the next.
    let stack: { ch: string; line: number; pos: number }[] = [];
    const flush = () => {
      for (const u of stack) {
        ctx.report({
          range: at(u.line, u.pos),
          message: t(`“${u.ch}”没有对应的“${OPEN[u.ch].close}”`, `“${u.ch}” is never closed with “${OPEN[u.ch].close}”`),
        });
      }
      stack = [];
    };
    lines.forEach((text, line) => {
      if (text.trim() === '') {
        flush();
        return;
      }
      BRACKET.lastIndex = 0;
      for (let m = BRACKET.exec(text); m; m = BRACKET.exec(text)) {
        const i = m.index;
        const c = text[i];
        if (OPEN[c]) {
          stack.push({ ch: c, line, pos: i });
          continue;
        }
        const fam = FAMILY_OF_CLOSE[c];
        if (!fam) continue;
        // Find the innermost open bracket of the same family.
        let k = stack.length - 1;
        while (k >= 0 && OPEN[stack[k].ch].family !== fam) k--;
        if (k < 0) {
          ctx.report({
            range: at(line, i),
            message: t(`“${c}”没有对应的“${CLOSE[c]}”`, `“${c}” has no matching “${CLOSE[c]}”`),
          });
          continue;
        }
        // Anything opened after it and not closed is unclosed.
        for (const u of stack.slice(k + 1)) {
          ctx.report({
            range: at(u.line, u.pos),
            message: t(`“${u.ch}”没有对应的“${OPEN[u.ch].close}”`, `“${u.ch}” is never closed with “${OPEN[u.ch].close}”`),
          });
        }
        const open = stack[k];
        stack.length = k;
        const want = OPEN[open.ch].close;
        if (want !== c) {
          ctx.report({
            range: at(line, i),
            message: t(`括号全角半角不一致：“${open.ch}”应以“${want}”闭合，此处为“${c}”`, `mixed bracket widths: “${open.ch}” should close with “${want}”, not “${c}”`),
            fixes: [{ title: t(`改为“${want}”`, `change to “${want}”`), edits: [{ range: at(line, i), newText: want }], preferred: true }],
            related: [{ range: at(open.line, open.pos), message: t('对应的开括号', 'the opening bracket') }],
          });
        }
      }
    });
    flush();
  },
};
export default rule;
