import { describe, expect, it } from 'vitest';
import { README_SPACE, signInSpace } from '../src/lib/spaces';
import { fr, en } from '../src/i18n/dict';

describe('the sign-in form’s space', () => {
  const shipped = ['certification', 'facilitators', 'mentoring'];
  it('is the README’s at first', () => {
    expect(signInSpace(shipped, null)).toBe(README_SPACE);
  });
  it('is the one chosen before while it exists', () => {
    expect(signInSpace(shipped, 'mentoring')).toBe('mentoring');
    expect(signInSpace(shipped, 'gone')).toBe(README_SPACE);
  });
  it('is the first without the README’s', () => {
    expect(signInSpace(['certification', 'mentoring'], null)).toBe('certification');
    expect(signInSpace([], null)).toBe('');
  });
  it('says where accounts come from, in both languages', () => {
    expect(fr['auth.accountsCreated']).toContain('ligne de commande');
    expect(en['auth.accountsCreated']).toContain('command line');
  });
});
