import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { Client, cacheExchange, fetchExchange } from 'urql';
import { clearToken, endpoint, getLastSpace, getToken, setLastSpace, setToken } from './lib/session';
import { useI18n } from './i18n/i18n';

/**
 * A urql client for one space, sending the session's token and the interface's language (read
 * at each request, so that switching language keeps the client and what is being edited).
 */
export function makeClient(space: string | null, token: string | null, lang: string | (() => string)): Client {
  return new Client({
    url: endpoint(space),
    exchanges: [cacheExchange, fetchExchange],
    requestPolicy: 'cache-and-network',
    preferGetMethod: false,
    fetchOptions: () => ({
      headers: {
        'Accept-Language': typeof lang === 'function' ? lang() : lang,
        ...(token ? { Authorization: 'Bearer ' + token } : {}),
      },
    }),
  });
}

interface Session {
  space: string | null;
  token: string | null;
  chooseSpace(space: string): void;
  signIn(space: string, token: string): void;
  signOut(): void;
  client: Client;
}

const Ctx = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  const [space, setSpace] = useState<string | null>(() => getLastSpace(localStorage));
  const [token, setTok] = useState<string | null>(() => (space ? getToken(sessionStorage, space) : null));

  const chooseSpace = useCallback((s: string) => {
    setLastSpace(localStorage, s);
    setSpace(s);
    setTok(getToken(sessionStorage, s));
  }, []);
  const signIn = useCallback((s: string, t: string) => {
    setLastSpace(localStorage, s);
    setToken(sessionStorage, s, t);
    setSpace(s);
    setTok(t);
  }, []);
  const signOut = useCallback(() => {
    if (space) clearToken(sessionStorage, space);
    setTok(null);
  }, [space]);

  const langRef = useRef(lang);
  langRef.current = lang;
  const client = useMemo(() => makeClient(space, token, () => langRef.current), [space, token]);
  const value = useMemo(() => ({ space, token, chooseSpace, signIn, signOut, client }), [space, token, chooseSpace, signIn, signOut, client]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useSession(): Session {
  const v = useContext(Ctx);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}
