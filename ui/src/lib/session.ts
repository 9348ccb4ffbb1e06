// Sessions are per space: each space's bearer token in sessionStorage (gone with the tab),
// and the last space chosen in localStorage.
type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const LAST_SPACE_KEY = 'guichet.space';
export const tokenKey = (space: string) => 'guichet.token.' + space;

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

export const getToken = (s: Store, space: string) => safe(() => s.getItem(tokenKey(space)), null);
export const setToken = (s: Store, space: string, token: string) => safe(() => s.setItem(tokenKey(space), token), undefined);
export const clearToken = (s: Store, space: string) => safe(() => s.removeItem(tokenKey(space)), undefined);
export const getLastSpace = (s: Store) => safe(() => s.getItem(LAST_SPACE_KEY), null);
export const setLastSpace = (s: Store, space: string) => safe(() => s.setItem(LAST_SPACE_KEY, space), undefined);

/** The GraphQL endpoint of a space; the bare /graphql answers the space-independent `spaces`. */
export const endpoint = (space: string | null) => (space ? `/spaces/${encodeURIComponent(space)}/graphql` : '/graphql');
