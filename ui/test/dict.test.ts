import { describe, expect, it } from 'vitest';
import { en, fr } from '../src/i18n/dict';
import { translate } from '../src/i18n/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionary', () => {
  it('has the same keys in French and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });
  it('has no empty string', () => {
    for (const [k, v] of [...Object.entries(fr), ...Object.entries(en)]) expect(v.trim(), k).not.toBe('');
  });
  it('uses the same placeholders in both languages', () => {
    for (const k of Object.keys(fr) as (keyof typeof fr)[]) expect(placeholders(en[k]), k).toEqual(placeholders(fr[k]));
  });
  it('fills placeholders', () => {
    expect(translate('fr', 'editor.saved', { locale: 'Anglais' })).toBe('Brouillon enregistré (Anglais).');
    expect(translate('en', 'revisions.restoreN', { n: 3 })).toBe('Restore revision 3');
  });
});
