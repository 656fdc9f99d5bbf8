import { describe, expect, it } from 'vitest';
import { isBlank } from '../../server/src/core/rules/text';

describe('isBlank', () => {
  it('is `s.trim() === ""` for every UTF-16 code unit, alone and around a letter', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      expect(isBlank(s), `U+${c.toString(16)}`).toBe(s.trim() === '');
      expect(isBlank(s + s + 'x' + s)).toBe(false);
    }
    expect(isBlank('')).toBe(true);
    expect(isBlank(' \u3000\t')).toBe(true);
  });
});
