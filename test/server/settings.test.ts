import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings } from '../../server/src/lsp/settings';
import { matchesAny } from '../../server/src/lsp/glob';

describe('settings', () => {
  it('initializationOptions: debounceMs and friends, ill-typed values ignored', () => {
    const s = readSettings({ debounceMs: 0, rules: { 'numbering-gap': 'error', x: 'loud' }, planYear: 'soon', draftFiles: ['**/*.plan.txt', 3] });
    expect(s.debounceMs).toBe(0);
    expect(s.rules).toEqual({ 'numbering-gap': 'error' });
    expect(s.planYear).toBeNull();
    expect(s.draftFiles).toEqual(['**/*.plan.txt']);
    expect(readSettings(null)).toBe(DEFAULT_SETTINGS);
    expect(readSettings({ debounceMs: -5 }).debounceMs).toBe(0);
  });
  it('a later configuration replaces what it names: removed rule levels and fields go back to defaults', () => {
    const first = readSettings({ rules: { 'field-separator': 'off' }, requiredFields: ['deadline'], registryPath: 'units.json', locale: 'en', planYear: 2023 });
    const later = readSettings({ rules: {}, requiredFields: [], registryPath: '', locale: '', planYear: null }, first);
    expect(later.rules).toEqual({});
    expect(later.requiredFields).toBe('auto');
    expect(later.registryPath).toBeNull();
    expect(later.locale).toBeNull();
    expect(later.planYear).toBeNull();
    // Keys not sent keep their value.
    expect(readSettings({ debounceMs: 5 }, first).rules).toEqual({ 'field-separator': 'off' });
  });
  it('draftFiles globs', () => {
    expect(matchesAny('drafts/2024/分工方案.txt', ['**/分工方案*.txt'])).toBe(true);
    expect(matchesAny('a/b/plan.md', ['*.md'])).toBe(true);
    expect(matchesAny('a/b/plan.md', ['drafts/*.md'])).toBe(false);
    expect(matchesAny('drafts/x.md', ['drafts/*.{md,txt}'])).toBe(true);
  });
});
