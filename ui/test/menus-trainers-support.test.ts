import { describe, expect, it } from 'vitest';
import { menuFor, menuOfPath } from '../src/lib/permissions';

describe('menus of trainers, support and community staff', () => {
  it('gives a trainer their trainings', () => {
    expect(menuFor(['trainings:manage', 'workshops:run', 'community:read'])).toEqual(['trainings']);
  });
  it('gives support staff the support desk', () => {
    expect(menuFor(['accounts:search', 'legacy:activate', 'audit:read'])).toEqual(['audit', 'support']);
  });
  it('offers local groups only to who may both manage and read them', () => {
    expect(menuFor(['groups:manage', 'community:read'])).toEqual(['groups']);
    expect(menuFor(['groups:manage'])).toEqual([]);
  });
  it('finds the new screens of a path', () => {
    expect(menuOfPath('/trainings/12')).toBe('trainings');
    expect(menuOfPath('/groups/3')).toBe('groups');
    expect(menuOfPath('/support')).toBe('support');
  });
});
