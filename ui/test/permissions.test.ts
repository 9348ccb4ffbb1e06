import { describe, expect, it } from 'vitest';
import { menuFor, menuOfPath, scopesOf } from '../src/lib/permissions';

describe('permission → menu', () => {
  it('gives a participant no menu', () => {
    expect(menuFor(['training:register', 'profile:edit'])).toEqual([]);
  });
  it('gives an editor the content menus', () => {
    expect(menuFor(['content:edit'])).toEqual(['pages', 'categories', 'translations', 'feedback']);
  });
  it('gives staff the approval queue and audit log', () => {
    expect(menuFor(['accounts:approve', 'audit:read'])).toEqual(['approvals', 'audit']);
  });
  it('gives an admin everything, in menu order', () => {
    expect(menuFor(['webhooks:manage', 'roles:manage', 'audit:read', 'accounts:approve', 'content:edit'])).toEqual([
      'pages', 'categories', 'translations', 'feedback', 'approvals', 'roles', 'webhooks', 'audit',
    ]);
  });
  it('finds the menu of a path', () => {
    expect(menuOfPath('/pages/guide/12')).toBe('pages');
    expect(menuOfPath('/pages')).toBe('pages');
    expect(menuOfPath('/pagesx')).toBeNull();
    expect(menuOfPath('/audit')).toBe('audit');
  });
  it('lists the scopes of role assignments once', () => {
    expect(scopesOf([{ scope: 'entity:2' }, { scope: null }, { scope: 'entity:2' }, { scope: 'entity:1' }])).toEqual(['entity:1', 'entity:2']);
  });
});
