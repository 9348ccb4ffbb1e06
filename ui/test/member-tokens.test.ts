import { describe, expect, it } from 'vitest';
import { trySpaces, violationMessages } from '../src/member/tokens';
import { en, fr } from '../src/member/dict';

describe('an e-mail link offered to each space', () => {
  const answers: Record<string, string | undefined> = { a: 'INVALID_TOKEN', b: undefined, c: 'INVALID_TOKEN' };
  it('stops at the first space that does not refuse the token', async () => {
    const asked: string[] = [];
    const r = await trySpaces(['a', 'b', 'c'], async (s) => (asked.push(s), answers[s]), (x) => x);
    expect(r.space).toBe('b');
    expect(asked).toEqual(['a', 'b']);
  });
  it('stops at another error too (that space knows the token)', async () => {
    const r = await trySpaces(['a', 'x'], async (s) => (s === 'x' ? 'PASSWORD_POLICY' : 'INVALID_TOKEN'), (x) => x);
    expect(r).toEqual({ space: 'x', result: 'PASSWORD_POLICY' });
  });
  it('gives the last refusal when every space refuses', async () => {
    const r = await trySpaces(['a', 'c'], async () => 'INVALID_TOKEN', (x) => x);
    expect(r).toEqual({ space: null, result: 'INVALID_TOKEN' });
    expect(await trySpaces([], async () => 'x', (x) => x)).toEqual({ space: null, result: null });
  });
});

describe('server errors', () => {
  it('lists the broken rules', () => {
    expect(violationMessages({ violations: [{ field: 'password', code: 'TOO_SHORT', message: 'Trop court' }, { message: 'Un chiffre' }] })).toEqual(['Trop court', 'Un chiffre']);
    expect(violationMessages({ code: 'BAD_USER_INPUT' })).toEqual([]);
    expect(violationMessages(null)).toEqual([]);
  });
});

describe('member dictionary', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it('has the same keys and placeholders in French and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const k of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(fr[k].trim(), k).not.toBe('');
      expect(en[k].trim(), k).not.toBe('');
      expect(placeholders(en[k]), k).toEqual(placeholders(fr[k]));
    }
  });
});
