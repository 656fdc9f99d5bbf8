/**
 * The hand-written label matcher finds exactly what the label pattern finds: the same start, label,
 * opening bracket and end, at every position, for text glued from labels, brackets, colons and blanks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLabel, labelFormStartsAt, LABEL_ANYWHERE, LABEL_AT, LABEL_ROLES, type LabelHit } from '../../server/src/core/parse/labels';

const labels = [...LABEL_ROLES.keys()];
// Pieces that make the pattern's branches meet: prefixes of labels, each bracket and colon, blanks the
// pattern's `\s` takes and one it does not (U+200B), `*` alone and doubled, plain text.
const pieces = [
  ...labels,
  ...labels.map((l) => l.slice(0, -1)),
  '【', '】', '[', ']', '［', '］', '**', '*', ':', '：', '∶', ' ', '\u3000', '\t', '\u200b', '\u00a0',
  '区发改局', '；', '。', '牵头', '单位', '完成', '时间',
];
const glued = fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 8 }).map((xs) => xs.join(''));

function byPattern(line: string, from: number, to: number): LabelHit[] {
  const out: LabelHit[] = [];
  const segment = line.slice(0, to);
  LABEL_ANYWHERE.lastIndex = from;
  for (let m = LABEL_ANYWHERE.exec(segment); m; m = LABEL_ANYWHERE.exec(segment))
    out.push({ index: m.index, labelAt: m.index + (m[1] ? m[1].length : 0), label: m[2], end: m.index + m[0].length });
  return out;
}

function byHand(line: string, from: number, to: number): LabelHit[] {
  const out: LabelHit[] = [];
  const hit: LabelHit = { index: 0, labelAt: 0, label: '', end: 0 };
  for (let at = from; findLabel(line, at, to, hit); at = hit.end) out.push({ ...hit });
  return out;
}

describe('label matcher', () => {
  it('finds what LABEL_ANYWHERE finds, within any bounds', () => {
    fc.assert(
      fc.property(glued, fc.nat(), fc.nat(), (line, a, b) => {
        const to = line.length ? b % (line.length + 1) : 0;
        const from = to ? a % (to + 1) : 0;
        expect(byHand(line, from, to)).toEqual(byPattern(line, from, to));
      }),
      { numRuns: 5000 },
    );
  });

  it('says a label starts where LABEL_AT says so', () => {
    fc.assert(
      fc.property(glued, (line) => {
        const to = Math.min(line.length, 12);
        expect(labelFormStartsAt(line, 0, to)).toBe(LABEL_AT.test(line.slice(0, 12)));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['（牵头单位：区发改局；完成时间节点：2024年底）', [['牵头单位', 1, 6], ['完成时间节点', 11, 18]]],
    ['【牵头单位】 区发改局【责任单位】：区财政局', [['牵头单位', 0, 7], ['责任单位', 11, 18]]],
    ['**牵头单位**：区发改局', [['牵头单位', 0, 9]]],
    ['完成时间 ：2024年', [['完成时间', 0, 6]]],
    ['与配合单位协商', []],
  ] as const)('%s', (line, expected) => {
    expect(byHand(line, 0, line.length).map((h) => [h.label, h.index, h.end])).toEqual(expected);
  });
});
