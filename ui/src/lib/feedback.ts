// What readers say, ordered for editors: per language, the pages most often "not helpful"
// first (by share of the votes, then by number), and where a page's editor is.

export interface FeedbackRow {
  page: { kind: string; id: string; title: string };
  locale: string;
  helpful: number;
  notHelpful: number;
}

/** The share of "not helpful" among a row's votes, 0 to 1 (0 without votes). */
export function unhelpfulShare(r: Pick<FeedbackRow, 'helpful' | 'notHelpful'>): number {
  const n = r.helpful + r.notHelpful;
  return n === 0 ? 0 : r.notHelpful / n;
}

/** Rows of one language, the worst first: highest share, then most "not helpful", then title. */
export function byUnhelpfulShare<T extends FeedbackRow>(rows: readonly T[], locale: string): T[] {
  return rows
    .filter((r) => r.locale === locale)
    .slice()
    .sort((a, b) => unhelpfulShare(b) - unhelpfulShare(a) || b.notHelpful - a.notHelpful || a.page.title.localeCompare(b.page.title));
}

/** The editor's path of a page (GUIDE → /pages/guide/12). */
export function editorPath(kind: string, id: string): string {
  return `/pages/${kind.toLowerCase()}/${encodeURIComponent(id)}`;
}

/** The new-page form's path with a title prefilled in one language. */
export function newPageFrom(query: string, locale: string, kind = 'guide'): string {
  return `/pages/new/${kind}?` + new URLSearchParams({ title: query, locale }).toString();
}

/** The start of a period of `days` days ending at `now`, as the API's Time. */
export function periodStart(days: number, now: number): string {
  return new Date(now - days * 24 * 3600 * 1000).toISOString();
}

export const PERIODS = [7, 30, 90] as const;
