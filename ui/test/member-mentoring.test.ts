import { describe, expect, it } from 'vitest';
import {
  adminOrganizationIds,
  formatWhen,
  invitationSpaces,
  logoProblem,
  localPath,
  LOGO_MAX_BYTES,
  menuShows,
  mentors,
  openRequest,
  readyForAccess,
  timeAgo,
} from '../src/member/sections/mentoring/logic';

describe('the mentoring pages', () => {
  it('reads the organisations an account administers from its org-admin scopes', () => {
    expect(
      adminOrganizationIds([
        { role: 'org-admin', scope: 'organization:3' },
        { role: 'org-admin', scope: 'organization:12' },
        { role: 'org-admin', scope: 'organization:3' },
        { role: 'program-admin', scope: 'program:7' },
        { role: 'program-admin', scope: 'organization:9' },
        { role: 'org-admin', scope: null },
        { role: 'org-admin', scope: 'organization:x' },
      ]),
    ).toEqual(['12', '3']);
  });

  it.each([
    [['org-admin'], true],
    [['program-admin'], true],
    [['staff'], false],
    [[], false],
  ])('shows its menu to %j: %s', (roles, want) => {
    expect(mentors(roles)).toBe(want);
  });

  it.each([
    ['APPROVED', 'APPROVED', true],
    ['APPROVED', 'PENDING', false],
    ['PENDING', 'APPROVED', false],
    ['REJECTED', 'APPROVED', false],
  ])('a program %s of an organisation %s may ask for access: %s', (status, org, want) => {
    expect(readyForAccess({ status, organization: { status: org } })).toBe(want);
  });

  it.each([
    [{ type: 'image/png', size: 1000 }, null],
    [{ type: 'image/jpeg', size: LOGO_MAX_BYTES }, null],
    [{ type: 'image/jpeg', size: LOGO_MAX_BYTES + 1 }, 'size'],
    [{ type: 'image/gif', size: 10 }, 'type'],
    [{ type: '', size: 10 }, 'type'],
  ])('checks the logo %j before sending: %s', (f, want) => {
    expect(logoProblem(f)).toBe(want);
  });

  it.each([
    ['2026-12-06T12:00:00Z', 'fr', 'il y a 18 heures'],
    ['2026-11-16T06:00:00Z', 'fr', 'il y a 21 jours'],
    ['2026-12-07T05:59:30Z', 'en', 'this minute'],
    ['2026-12-06T06:00:00Z', 'en', 'yesterday'],
    ['2025-12-01T06:00:00Z', 'en', 'last year'],
    ['2026-12-07T10:00:00Z', 'fr', 'cette minute-ci'],
  ])('says how long ago %s was (%s)', (iso, lang, want) => {
    expect(timeAgo(iso, new Date('2026-12-07T06:00:00Z'), lang)).toBe(want);
  });

  it('writes a session date in full in each language', () => {
    const at = '2026-12-09T15:00:00Z';
    expect(formatWhen(at, 'fr', 'America/Toronto')).toMatch(/mercredi 9 décembre 2026.*10 h 00/);
    expect(formatWhen(at, 'en', 'America/Toronto')).toMatch(/Wednesday, December 9, 2026.*10:00/);
  });

  it('offers an invitation to the spaces that run platform access, the current one first', () => {
    const spaces = [
      { slug: 'certification', modules: ['entities'] },
      { slug: 'mentoring', modules: ['programs', 'platform-access'] },
      { slug: 'other', modules: ['platform-access'] },
    ];
    expect(invitationSpaces(spaces, 'certification')).toEqual(['mentoring', 'other']);
    expect(invitationSpaces(spaces, 'other')).toEqual(['other', 'mentoring']);
    expect(invitationSpaces([], 'x')).toEqual([]);
  });

  it('finds the open request among the notices', () => {
    const n = (pinned: boolean, id: string, status: string) => ({ pinned, request: { id, status } });
    expect(openRequest([n(true, '4', 'PENDING'), n(false, '2', 'CANCELLED')])).toEqual({ id: '4', status: 'PENDING' });
    expect(openRequest([n(false, '2', 'COMPLETED')])).toBeNull();
    expect(openRequest([])).toBeNull();
  });

  it.each([
    ['http://guichet.test/spaces/mentoring/platform-access/4/logo', '/spaces/mentoring/platform-access/4/logo'],
    ['https://help.example.org/spaces/m/platform-access/4/logo?v=2', '/spaces/m/platform-access/4/logo?v=2'],
    ['/spaces/m/platform-access/4/logo', '/spaces/m/platform-access/4/logo'],
  ])('serves %s from this server as %s', (url, want) => {
    expect(localPath(url)).toBe(want);
  });

  const MENTORING = ['organizations', 'programs', 'onboarding', 'platform-access'];
  const FACILITATORS = ['trainings', 'workshops', 'belts'];
  const CERTIFICATION = ['entities', 'documents'];
  it.each([
    [MENTORING, ['org-admin'], ['organizations', 'onboarding', 'access-request']],
    [MENTORING, ['program-admin'], ['organizations', 'onboarding', 'access-request']],
    [MENTORING, [], ['organizations']],
    [MENTORING, ['staff'], []],
    [['programs'], ['org-admin'], ['organizations']],
    [FACILITATORS, [], []],
    [FACILITATORS, ['facilitator', 'green'], []],
    [CERTIFICATION, ['depositor'], []],
    [CERTIFICATION, [], []],
  ])('in a space with %j, %j see %j', (modules, roles, want) => {
    const shown = Object.entries(menuShows)
      .filter(([, show]) => show({ roles, modules }))
      .map(([page]) => page);
    expect(shown).toEqual(want);
  });
});
