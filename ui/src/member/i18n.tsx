import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { dictionaries, type Key } from './dict';
import { isLang, loadLang, saveLang, type Lang } from '../lib/lang';

export type T = (key: Key, vars?: Record<string, string | number>) => string;

export function translate(lang: Lang, key: Key, vars?: Record<string, string | number>): string {
  let s: string = dictionaries[lang][key];
  if (vars) for (const [k, v] of Object.entries(vars)) s = s.split('{' + k + '}').join(String(v));
  return s;
}

interface I18n {
  lang: Lang;
  setLang(l: Lang): void;
  t: T;
}

const Ctx = createContext<I18n | null>(null);

/** The interface's language: ?lang= (the help center's link says which), else as the admin app chooses. */
function firstLang(): Lang {
  const asked = new URLSearchParams(location.search).get('lang');
  if (isLang(asked)) {
    saveLang(localStorage, asked);
    return asked;
  }
  const browser = [...(navigator.languages ?? []), navigator.language].filter(Boolean);
  return loadLang(localStorage, browser);
}

export function MemberI18n({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(firstLang);
  const setLang = useCallback((l: Lang) => {
    saveLang(localStorage, l);
    setLangState(l);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang, t: ((k, v) => translate(lang, k, v)) as T }), [lang, setLang]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useT(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useT outside MemberI18n');
  return v;
}
