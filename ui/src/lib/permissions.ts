// Which menus the viewer sees: each needs one permission, as the server's directives do, so
// that nothing the server would refuse is offered.
export type MenuId =
  | 'pages' | 'categories' | 'translations' | 'approvals' | 'roles' | 'webhooks' | 'audit'
  | 'trainings' | 'support' | 'groups' | 'mentoring' | 'onboarding' | 'entities' | 'myEntity' | 'feedback';

// `also`: a second permission the screen's reads need (the groups' list is read with community:read).
// `module`: the space module the screen belongs to.
export const MENU: readonly { id: MenuId; permission: string; path: string; also?: string; module?: string }[] = [
  { id: 'pages', permission: 'content:edit', path: '/pages' },
  { id: 'categories', permission: 'content:edit', path: '/categories' },
  { id: 'translations', permission: 'content:edit', path: '/translations' },
  // Issue 21: what readers say (pageFeedback, searchGaps), with the other content menus.
  { id: 'feedback', permission: 'content:edit', path: '/feedback' },
  { id: 'approvals', permission: 'accounts:approve', path: '/approvals' },
  { id: 'roles', permission: 'roles:manage', path: '/roles' },
  { id: 'webhooks', permission: 'webhooks:manage', path: '/webhooks' },
  { id: 'audit', permission: 'audit:read', path: '/audit' },
  { id: 'trainings', permission: 'trainings:manage', path: '/trainings', module: 'trainings' },
  { id: 'support', permission: 'accounts:search', path: '/support' },
  { id: 'groups', permission: 'groups:manage', path: '/groups', also: 'community:read', module: 'workshops' },
  // Issue 19: mentoring staff, certification staff and entity managers (entity:manage is held
  // in the entity's scope, found through permissions(scope) as accounts:approve is).
  // Staff hold these in every space; each is offered only in a space that runs its module.
  { id: 'mentoring', permission: 'programs:review', path: '/mentoring', module: 'programs' },
  { id: 'onboarding', permission: 'onboarding:manage', path: '/onboarding', module: 'onboarding' },
  { id: 'entities', permission: 'entities:assign', path: '/entities', module: 'entities' },
  { id: 'myEntity', permission: 'entity:manage', path: '/my-entity', module: 'entities' },
];

/**
 * The menus for a set of permissions (the space's and those held in one of the viewer's scopes);
 * with the space's modules, a menu of a module the space does not run is left out.
 */
export function menuFor(permissions: Iterable<string>, modules?: Iterable<string>): MenuId[] {
  const held = new Set(permissions);
  const runs = modules ? new Set(modules) : null;
  return MENU.filter(
    (m) => held.has(m.permission) && (!m.also || held.has(m.also)) && (!m.module || !runs || runs.has(m.module)),
  ).map((m) => m.id);
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
