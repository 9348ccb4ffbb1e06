// The mentoring pages' pure logic: whose organisations, which programs may ask for access,
// the logo's checks before sending, and dates as the seed's table writes them.

export interface RoleAssignmentLike {
  role: string;
  scope?: string | null;
}

/** The ids of the organisations the viewer administers: the scopes of their org-admin role. */
export function adminOrganizationIds(assignments: readonly RoleAssignmentLike[]): string[] {
  const ids = new Set<string>();
  for (const a of assignments) {
    const m = a.role === 'org-admin' ? /^organization:(\d+)$/.exec(a.scope ?? '') : null;
    if (m) ids.add(m[1]);
  }
  return [...ids].sort((x, y) => Number(y) - Number(x)); // newest first, as the programs
}

/** Whether the viewer's roles use the mentoring pages (org-admins and program admins). */
export function mentors(roles: readonly string[]): boolean {
  return roles.includes('org-admin') || roles.includes('program-admin');
}

export interface ProgramLike {
  status: string;
  organization: { status: string };
}

/** Access to the platform is asked for an approved program of an approved organisation. */
export function readyForAccess(p: ProgramLike): boolean {
  return p.status === 'APPROVED' && p.organization.status === 'APPROVED';
}

/** The most the server takes for a logo (mentoring/logo.go). */
export const LOGO_MAX_BYTES = 2 << 20;
const LOGO_TYPES = ['image/png', 'image/jpeg'];

/** What is wrong with a logo before it is sent: its type, its size, or nothing. */
export function logoProblem(f: { type: string; size: number }): 'type' | 'size' | null {
  if (!LOGO_TYPES.includes(f.type)) return 'type';
  if (f.size > LOGO_MAX_BYTES) return 'size';
  return null;
}

/**
 * How long ago, as the seed's table says it ("il y a 18 heures", "21 days ago"). A date ahead
 * of this device's clock (a clock set late) is "now": what was created is never in the future.
 */
export function timeAgo(iso: string, now: Date, lang: string): string {
  const secs = Math.min(0, Math.round((new Date(iso).getTime() - now.getTime()) / 1000));
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 365 * 86400],
    ['month', 30 * 86400],
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(secs) >= size) return rtf.format(Math.trunc(secs / size), unit);
  }
  return rtf.format(0, 'minute');
}

/** A session's date and time in full, in the interface's language and the reader's zone. */
export function formatWhen(iso: string, lang: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/**
 * The spaces to offer an invitation's token to: those that run platform access requests,
 * the current one first (an invitation link names no space).
 */
export function invitationSpaces(spaces: readonly { slug: string; modules: readonly string[] }[], current: string): string[] {
  const run = spaces.filter((s) => s.modules.includes('platform-access')).map((s) => s.slug);
  return run.includes(current) ? [current, ...run.filter((s) => s !== current)] : run;
}

export interface NoticeLike {
  pinned: boolean;
  request: { id: string; status: string };
}

/** The organisation's open request (its pinned notice's), or null. */
export function openRequest<N extends NoticeLike>(notices: readonly N[]): N['request'] | null {
  return notices.find((n) => n.pinned && n.request.status === 'PENDING')?.request ?? null;
}

/**
 * An address of this server's, as a path: the API writes its links under PUBLIC_URL, which is
 * where this page is served in production, but not always in development or tests.
 */
export function localPath(url: string): string {
  try {
    const u = new URL(url, 'http://x.invalid');
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

export interface ViewerLike {
  roles: readonly string[];
  modules: readonly string[];
}

/**
 * Who sees the mentoring pages in their menu, and in which spaces: org-admins and program
 * admins, where the space runs the page's module. "My organizations" also shows to a member
 * who holds no role yet, to register their organisation (which makes them its org-admin).
 */
export const menuShows = {
  organizations: (v: ViewerLike) => v.modules.includes('programs') && (mentors(v.roles) || v.roles.length === 0),
  onboarding: (v: ViewerLike) => v.modules.includes('onboarding') && mentors(v.roles),
  'access-request': (v: ViewerLike) => v.modules.includes('platform-access') && mentors(v.roles),
};
