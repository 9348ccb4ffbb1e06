import { describe, expect, it } from 'vitest';
import { charsLeft, coOptationProgress, directoryVariables, DIRECTORY_MAX, DIRECTORY_PAGE, fileHref, fileSize, hasMore, isFacilitatorHere, nodes, subPage } from '../src/member/sections/community/logic';

describe('the facilitators’ shared sections', () => {
  it.each([
    [['facilitator'], ['trainings', 'workshops'], true],
    [['green'], ['trainings'], true],
    [['facilitator'], ['mentoring'], false],
    [['participant'], ['trainings'], false],
    [['staff', 'editor'], ['trainings'], false],
    [[], [], false],
  ])('show their menu to roles %j in a space with modules %j: %s', (roles, modules, want) => {
    expect(isFacilitatorHere({ roles, modules, status: 'ACTIVE' })).toBe(want);
  });

  it('send the directory search as typed, blanks left out', () => {
    expect(directoryVariables({ search: '  Ada   Love ', city: ' Lyon ', belt: 'GREEN' })).toEqual({ search: 'Ada Love', city: 'Lyon', belt: 'GREEN', first: DIRECTORY_PAGE, offset: 0 });
    expect(directoryVariables({ search: ' ', city: '', belt: '' }, 20)).toEqual({ first: DIRECTORY_PAGE, offset: 20 });
    expect(directoryVariables({ search: '', city: '', belt: 'PURPLE' })).toEqual({ first: DIRECTORY_PAGE, offset: 0 });
  });

  it.each([
    [0, 0, false],
    [10, 25, true],
    [25, 25, false],
    [DIRECTORY_MAX, DIRECTORY_MAX + 50, false],
  ])('offer "more" after %i of %i: %s', (loaded, total, want) => {
    expect(hasMore(loaded, total)).toBe(want);
  });

  it('count the co-optations a candidate still needs', () => {
    expect(coOptationProgress([{ code: 'WORKSHOPS', progress: 12, target: 10 }, { code: 'CO_OPTATIONS', progress: 1, target: 2 }])).toEqual({ have: 1, need: 2, left: 1 });
    expect(coOptationProgress([{ code: 'CO_OPTATIONS', progress: 3, target: 2 }])).toEqual({ have: 3, need: 2, left: 0 });
    expect(coOptationProgress([{ code: 'WORKSHOPS', progress: 3, target: 10 }])).toBeNull();
  });

  it('count a presentation’s characters as the server does (code points)', () => {
    expect(charsLeft('')).toBe(600);
    expect(charsLeft('été 🌍', 10)).toBe(5);
  });

  it.each([
    [512, 'fr', '512 o'],
    [2048, 'fr', '2,0 ko'],
    [2048, 'en', '2.0 kB'],
    [34567, 'en', '35 kB'],
    [3_400_000, 'fr', '3,4 Mo'],
    [null, 'en', ''],
  ] as const)('spell a size of %s bytes in %s: %s', (n, lang, want) => {
    expect(fileSize(n, lang)).toBe(want);
  });

  it('find the sub-page of an address', () => {
    const known = ['news', 'groups'] as const;
    expect(subPage([], known, 'news')).toBe('news');
    expect(subPage(['groups', '12'], known, 'news')).toBe('groups');
    expect(subPage(['nope'], known, 'news')).toBeNull();
  });

  it('skip the null edges of a connection', () => {
    expect(nodes([{ node: 1 }, null, { node: null }, { node: 2 }])).toEqual([1, 2]);
    expect(nodes(undefined)).toEqual([]);
  });
});

describe('a file’s link', () => {
  it.each([
    ['http://guichet.test/spaces/facilitators/files/12/fiche.pdf', 'http://127.0.0.1:5000', '/spaces/facilitators/files/12/fiche.pdf', true],
    ['/spaces/facilitators/files/12/fiche.pdf?preview=1', 'https://x.org', '/spaces/facilitators/files/12/fiche.pdf?preview=1', true],
    ['http://guichet.test/spaces/certification/documents/7/kbis%20fr.pdf', 'http://127.0.0.1:5000', '/spaces/certification/documents/7/kbis%20fr.pdf', true],
    ['https://example.org/guide.pdf', 'https://x.org', 'https://example.org/guide.pdf', false],
    ['https://x.org/spaces/certification/documents', 'https://x.org', 'https://x.org/spaces/certification/documents', false],
    ['https://x.org/spaces/facilitators/fr/', 'https://x.org', 'https://x.org/spaces/facilitators/fr/', false],
  ])('%s from %s: %s', (url, origin, href, ours) => {
    expect(fileHref(url, origin)).toEqual({ href, ours });
  });
});
