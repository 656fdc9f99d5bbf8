import { describe, expect, it } from 'vitest';
import { Sidecar } from '../../server/src/core/sidecar';
import { parseDocument } from '../../server/src/core/parse';
import { lint } from '../../server/src/core/rules';

describe('Sidecar: state beside an object, invisible to its readers', () => {
  it('keeps a value per owner', () => {
    const side = new Sidecar<object, number>('test');
    const a = {};
    const b = {};
    side.set(a, 1);
    expect(side.get(a)).toBe(1);
    expect(side.get(b)).toBeUndefined();
    side.set(a, 2);
    expect(side.get(a)).toBe(2);
  });

  it('is not seen by JSON, Object.keys or deep equality', () => {
    const side = new Sidecar<object, number[]>('test');
    const owner = { x: 1 };
    side.set(owner, [1, 2, 3]);
    expect(JSON.stringify(owner)).toBe('{"x":1}');
    expect(Object.keys(owner)).toEqual(['x']);
    expect(owner).toEqual({ x: 1 });
    expect({ ...owner }).toEqual({ x: 1 });
  });

  it('keeps nothing on a frozen owner, and does not throw', () => {
    const side = new Sidecar<object, number>('test');
    const owner = Object.freeze({});
    expect(() => side.set(owner, 1)).not.toThrow();
    expect(side.get(owner)).toBeUndefined();
  });

  it('a parsed and linted document serialises as before (the parse and lint state stay beside it)', () => {
    const text = '关于印发分工方案的通知\n\n2024年重点工作分工方案\n\n一、产业发展\n1.推进项目建设。(牵头单位:区发改局;责任单位:区财政局;完成时限:2024年12月)\n2.推进招商引资。(牵头单位:区商务局;责任单位:区财政局;完成时限:2024年12月)\n';
    const doc = parseDocument(text);
    const diagnostics = lint(doc);
    const next = parseDocument(text.replace('项目建设', '项目建设工作'), doc);
    lint(next, { previous: { doc, diagnostics } });
    expect(Object.getOwnPropertySymbols(doc).length).toBeGreaterThan(0); // the state is there…
    // …and unseen: a copy without it (structuredClone drops symbol keys) is strictly equal.
    expect(doc).toStrictEqual(structuredClone(doc));
    expect(Object.keys(doc)).toEqual(Object.keys(structuredClone(doc)));
    expect(Object.keys(diagnostics)).toEqual(diagnostics.map((_, i) => String(i)));
  });
});
