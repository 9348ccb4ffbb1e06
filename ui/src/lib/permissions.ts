// Which menus the viewer sees: each needs one permission, as the server's directives do, so
// that nothing the server would refuse is offered.
export type MenuId = 'pages' | 'categories' | 'translations' | 'approvals' | 'roles' | 'webhooks' | 'audit' | 'trainings' | 'support' | 'groups';

// `also`: a second permission the screen's reads need (the groups' list is read with community:read).
export const MENU: readonly { id: MenuId; permission: string; path: string; also?: string }[] = [
  { id: 'pages', permission: 'content:edit', path: '/pages' },
  { id: 'categories', permission: 'content:edit', path: '/categories' },
  { id: 'translations', permission: 'content:edit', path: '/translations' },
  { id: 'approvals', permission: 'accounts:approve', path: '/approvals' },
  { id: 'roles', permission: 'roles:manage', path: '/roles' },
  { id: 'webhooks', permission: 'webhooks:manage', path: '/webhooks' },
  { id: 'audit', permission: 'audit:read', path: '/audit' },
  { id: 'trainings', permission: 'trainings:manage', path: '/trainings' },
  { id: 'support', permission: 'accounts:search', path: '/support' },
  { id: 'groups', permission: 'groups:manage', path: '/groups', also: 'community:read' },
];

/** The menus for a set of permissions (the space's and those held in one of the viewer's scopes). */
export function menuFor(permissions: Iterable<string>): MenuId[] {
  const held = new Set(permissions);
  return MENU.filter((m) => held.has(m.permission) && (!m.also || held.has(m.also))).map((m) => m.id);
}

/** The menu an app path belongs to, to refuse a typed-in address the viewer may not use. */
export function menuOfPath(path: string): MenuId | null {
  for (const m of MENU) {
    if (path === m.path || path.startsWith(m.path + '/')) return m.id;
  }
  return null;
}

/** Scopes (entity:12, …) of the viewer's role assignments, each once. */
export function scopesOf(assignments: readonly { scope?: string | null }[]): string[] {
  const seen = new Set<string>();
  for (const a of assignments) if (a.scope) seen.add(a.scope);
  return [...seen].sort();
}
