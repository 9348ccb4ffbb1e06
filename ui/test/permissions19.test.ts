import { describe, expect, it } from 'vitest';
import { menuFor, menuOfPath } from '../src/lib/permissions';

describe('permission → menu (mentoring, certification)', () => {
  it('gives mentoring staff the reviews and onboarding sessions', () => {
    expect(menuFor(['accounts:approve', 'audit:read', 'programs:review', 'onboarding:manage'])).toEqual(['approvals', 'audit', 'mentoring', 'onboarding']);
  });
  it('gives certification staff the entities, and an entity manager their entity and queue', () => {
    expect(menuFor(['accounts:approve', 'entities:assign'])).toEqual(['approvals', 'entities']);
    expect(menuFor(['accounts:approve', 'entity:manage', 'entity:read'])).toEqual(['approvals', 'myEntity']);
  });
  it('finds the menu of an entity page', () => {
    expect(menuOfPath('/entities/12')).toBe('entities');
    expect(menuOfPath('/my-entity')).toBe('myEntity');
  });
});

describe('menus of a space’s modules', () => {
  it('offers staff the screens of the modules their space runs only', () => {
    const staff = ['accounts:approve', 'programs:review', 'onboarding:manage', 'entities:assign'];
    expect(menuFor(staff, ['entities', 'documents'])).toEqual(['approvals', 'entities']);
    expect(menuFor(staff, ['organizations', 'programs', 'onboarding', 'platform-access'])).toEqual(['approvals', 'mentoring', 'onboarding']);
    expect(menuFor(staff, ['trainings', 'workshops', 'belts'])).toEqual(['approvals']);
  });
});
