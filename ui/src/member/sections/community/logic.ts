// The pure rules of the facilitators' shared sections: who sees their menu, what the directory
// search sends, how many co-optations a candidate still needs, and sizes and dates as read.
import type { Viewer } from '../types';

export const BELTS = ['WHITE', 'YELLOW', 'ORANGE', 'GREEN', 'BLUE'] as const;
export type BeltName = (typeof BELTS)[number];

const FACILITATOR_ROLES = ['facilitator', 'white', 'yellow', 'orange', 'green', 'blue'];

/** A facilitator of a space that runs trainings (the facilitators' space, not the mentoring one). */
export function isFacilitatorHere(v: Viewer): boolean {
  return v.modules.includes('trainings') && v.roles.some((r) => FACILITATOR_ROLES.includes(r.toLowerCase()));
}

/** The directory's page size; "more" asks for the next one, and never beyond this many in all. */
export const DIRECTORY_PAGE = 10;
export const DIRECTORY_MAX = 200;

export interface DirectoryForm {
  search: string;
  city: string;
  belt: string;
}

/** The directory query's variables as typed: blanks are left out, the belt only when one is chosen. */
export function directoryVariables(f: DirectoryForm, offset = 0): { search?: string; city?: string; belt?: BeltName; first: number; offset: number } {
  const out: { search?: string; city?: string; belt?: BeltName; first: number; offset: number } = { first: DIRECTORY_PAGE, offset };
  const search = f.search.trim().replace(/\s+/g, ' ');
  const city = f.city.trim();
  if (search) out.search = search;
  if (city) out.city = city;
  if ((BELTS as readonly string[]).includes(f.belt)) out.belt = f.belt as BeltName;
  return out;
}

/** Whether "more" may load another page: some left, and under the bound. */
export function hasMore(loaded: number, total: number): boolean {
  return loaded < total && loaded < DIRECTORY_MAX;
}

/** The co-optations a candidate has for their next belt, and how many more they need. */
export function coOptationProgress(reqs: readonly { code: string; progress: number; target: number }[]): { have: number; need: number; left: number } | null {
  const r = reqs.find((x) => x.code === 'CO_OPTATIONS');
  if (!r) return null;
  return { have: r.progress, need: r.target, left: Math.max(0, r.target - r.progress) };
}

/** A presentation stays within the server's bound (600 characters), counted as the server does. */
export const BIO_MAX = 600;
export function charsLeft(text: string, max = BIO_MAX): number {
  return max - [...text].length;
}

/** A file's size as read: bytes, kB or MB, with the language's decimal sign. */
export function fileSize(bytes: number | null | undefined, lang: 'fr' | 'en'): string {
  if (bytes == null || bytes < 0) return '';
  const unit = lang === 'fr' ? ['o', 'ko', 'Mo'] : ['B', 'kB', 'MB'];
  if (bytes < 1000) return `${bytes} ${unit[0]}`;
  const [n, u] = bytes < 1_000_000 ? [bytes / 1000, unit[1]] : [bytes / 1_000_000, unit[2]];
  const s = n.toFixed(n < 10 ? 1 : 0);
  return `${lang === 'fr' ? s.replace('.', ',') : s} ${u}`;
}

/** A date in the interface's language (day, month and year; with the time when asked). */
export function spellDate(iso: string, lang: 'fr' | 'en', withTime = false): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return d.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  });
}

/** The sub-page of a section's address: its first segment, else the default. */
export function subPage<T extends string>(rest: readonly string[], known: readonly T[], fallback: T): T | null {
  if (rest.length === 0) return fallback;
  return (known as readonly string[]).includes(rest[0]) ? (rest[0] as T) : null;
}

/** The nodes of a connection's edges (which the schema lets be null), in order. */
export function nodes<T>(edges: readonly ({ node?: T | null } | null | undefined)[] | null | undefined): T[] {
  return (edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
}

/**
 * Where the page fetches a file the server serves (a space's file, or a request's document): its
 * path on this server (the API names it on the space's public address, which may be another name
 * of this host); other links as given.
 */
export function fileHref(url: string, origin: string): { href: string; ours: boolean } {
  let u: URL;
  try {
    u = new URL(url, origin);
  } catch {
    return { href: url, ours: false };
  }
  if (/^\/spaces\/[^/]+\/(files|documents)\//.test(u.pathname)) return { href: u.pathname + u.search, ours: true };
  return { href: u.href, ours: false };
}
