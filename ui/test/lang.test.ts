import { describe, expect, it } from 'vitest';
import { initialLang, loadLang, saveLang, LANG_KEY, toLocale } from '../src/lib/lang';

function memory(init: Record<string, string> = {}) {
  const m = new Map(Object.entries(init));
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}

describe('language choice', () => {
  it('follows the browser at first', () => {
    expect(initialLang(null, ['en-GB', 'fr'])).toBe('en');
    expect(initialLang(null, ['fr-CA'])).toBe('fr');
    expect(initialLang(null, ['de-DE', 'en-US'])).toBe('en');
  });
  it('falls back to French', () => {
    expect(initialLang(null, [])).toBe('fr');
    expect(initialLang(null, ['de', 'es'])).toBe('fr');
  });
  it('prefers the remembered choice over the browser', () => {
    expect(initialLang('fr', ['en-US'])).toBe('fr');
    expect(initialLang('en', ['fr-FR'])).toBe('en');
  });
  it('ignores a remembered value that is no language of the app', () => {
    expect(initialLang('de', ['en'])).toBe('en');
  });
  it('remembers the choice', () => {
    const s = memory();
    saveLang(s, 'en');
    expect(s.m.get(LANG_KEY)).toBe('en');
    expect(loadLang(s, ['fr'])).toBe('en');
  });
  it('survives a storage that throws', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(loadLang(broken, ['en'])).toBe('en');
    expect(() => saveLang(broken, 'fr')).not.toThrow();
  });
  it('maps to the server locale', () => {
    expect(toLocale('fr')).toBe('FR');
    expect(toLocale('en')).toBe('EN');
  });
});
