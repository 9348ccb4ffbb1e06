// The member area's addresses: /spaces/{space}/account/{page}, and the e-mails' links at the
// root (/activate, /reset-password, /confirm-email), which name no space.
export const PAGES = ['', 'sign-up', 'activate', 'resend', 'sign-in', 'forgot', 'reset-password', 'confirm-email', 'password', 'profile', 'email'] as const;
/** A core page, a section's page (./sections/), or 'not-found'. */
export type Page = string;

/** Pages that need a signed-in account; the others are for anyone. */
export const SIGNED_IN: readonly Page[] = ['', 'password', 'profile', 'email'];

/** Pages reached from an e-mail's link: they carry a token=. */
export const MAIL_PAGES: readonly Page[] = ['activate', 'reset-password', 'confirm-email'];

export interface Where {
  space: string | null; // null: an e-mail's link, the space is found from the token
  page: Page;
  /** A section's page only: the segments after its name (e.g. ["12"] for trainings/12). */
  rest?: string[];
}

/** What the sections add to the addresses: their pages, and their e-mails' links at the root. */
export interface Extra {
  pages: readonly string[];
  /** Root path without its slash (e.g. "accept-invitation", "trainings/confirm") → section page. */
  mail: Readonly<Record<string, string>>;
}

const NO_EXTRA: Extra = { pages: [], mail: {} };

export function parseMemberPath(pathname: string, extra: Extra = NO_EXTRA): Where {
  const parts = pathname.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  if (parts.length >= 3 && parts[0] === 'spaces' && parts[2] === 'account') {
    const space = parts[1];
    if (parts.length === 3) return { space, page: '' };
    const name = parts[3];
    if (extra.pages.includes(name)) return { space, page: name, rest: parts.slice(4) };
    return { space, page: parts.length === 4 && (PAGES as readonly string[]).includes(name) ? name : 'not-found' };
  }
  if (parts.length === 1 && MAIL_PAGES.includes(parts[0])) return { space: null, page: parts[0] };
  const root = parts.join('/');
  if (root in extra.mail) return { space: null, page: extra.mail[root] };
  return { space: null, page: 'not-found' };
}

export function memberPath(space: string, page: Page | '' = ''): string {
  return `/spaces/${encodeURIComponent(space)}/account/${page === 'not-found' ? '' : page}`;
}

/** The help center's home of a space in a language. */
export function helpHome(space: string, lang: string): string {
  return `/spaces/${encodeURIComponent(space)}/${lang}/`;
}

/**
 * The order in which the spaces are asked to accept an e-mail's token: the space last used in
 * this browser first (the person who just signed up there), then the others as listed.
 */
export function spaceCandidates(all: readonly string[], last: string | null): string[] {
  if (last && all.includes(last)) return [last, ...all.filter((s) => s !== last)];
  return [...all];
}

/** The token= of an address's query, or null. */
export function tokenOf(search: string): string | null {
  const t = new URLSearchParams(search).get('token');
  return t && t.trim() ? t.trim() : null;
}
