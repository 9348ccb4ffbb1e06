import { describe, expect, it } from 'vitest';
import { helpHome, memberPath, parseMemberPath, spaceCandidates, tokenOf, type Extra } from '../src/member/route';

describe('member area addresses', () => {
  it.each([
    ['/spaces/facilitators/account/', { space: 'facilitators', page: '' }],
    ['/spaces/facilitators/account', { space: 'facilitators', page: '' }],
    ['/spaces/facilitators/account/sign-up', { space: 'facilitators', page: 'sign-up' }],
    ['/spaces/mentoring/account/reset-password', { space: 'mentoring', page: 'reset-password' }],
    ['/spaces/a%20b/account/profile', { space: 'a b', page: 'profile' }],
    ['/spaces/facilitators/account/nope', { space: 'facilitators', page: 'not-found' }],
    ['/spaces/facilitators/account/profile/x', { space: 'facilitators', page: 'not-found' }],
    ['/activate', { space: null, page: 'activate' }],
    ['/reset-password', { space: null, page: 'reset-password' }],
    ['/confirm-email', { space: null, page: 'confirm-email' }],
    ['/profile', { space: null, page: 'not-found' }],
  ])('%s', (path, want) => {
    expect(parseMemberPath(path)).toEqual(want);
  });

  const extra: Extra = { pages: ['trainings', 'invitation'], mail: { 'accept-invitation': 'invitation', 'trainings/confirm': 'trainings' } };
  it.each([
    ['/spaces/facilitators/account/trainings', { space: 'facilitators', page: 'trainings', rest: [] }],
    ['/spaces/facilitators/account/trainings/12/edit', { space: 'facilitators', page: 'trainings', rest: ['12', 'edit'] }],
    ['/spaces/facilitators/account/profile/x', { space: 'facilitators', page: 'not-found' }],
    ['/spaces/facilitators/account/nope', { space: 'facilitators', page: 'not-found' }],
    ['/accept-invitation', { space: null, page: 'invitation' }],
    ['/trainings/confirm', { space: null, page: 'trainings' }],
    ['/activate', { space: null, page: 'activate' }],
    ['/trainings', { space: null, page: 'not-found' }],
  ])('with sections: %s', (path, want) => {
    expect(parseMemberPath(path, extra)).toEqual(want);
  });

  it('builds the paths it parses', () => {
    expect(memberPath('facilitators', 'sign-in')).toBe('/spaces/facilitators/account/sign-in');
    expect(memberPath('a b')).toBe('/spaces/a%20b/account/');
    expect(parseMemberPath(memberPath('a b', 'email'))).toEqual({ space: 'a b', page: 'email' });
    expect(helpHome('mentoring', 'en')).toBe('/spaces/mentoring/en/');
  });

  it('asks the last space used first, then the others in order', () => {
    expect(spaceCandidates(['a', 'b', 'c'], 'b')).toEqual(['b', 'a', 'c']);
    expect(spaceCandidates(['a', 'b'], null)).toEqual(['a', 'b']);
    expect(spaceCandidates(['a', 'b'], 'gone')).toEqual(['a', 'b']);
  });

  it('reads the token of a link', () => {
    expect(tokenOf('?token=abc_DEF-1')).toBe('abc_DEF-1');
    expect(tokenOf('?token=')).toBeNull();
    expect(tokenOf('')).toBeNull();
  });
});
