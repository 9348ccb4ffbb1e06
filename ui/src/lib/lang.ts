// The interface's language: the remembered choice, else the browser's first French or English
// preference, else French (the help centers' default language).
export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];
export const LANG_KEY = 'guichet.lang';

export function isLang(v: unknown): v is Lang {
  return v === 'fr' || v === 'en';
}

export function initialLang(stored: string | null | undefined, browser: readonly string[]): Lang {
  if (isLang(stored)) return stored;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLang(primary)) return primary;
  }
  return 'fr';
}

export function loadLang(storage: Pick<Storage, 'getItem'> | null, browser: readonly string[]): Lang {
  let stored: string | null = null;
  try {
    stored = storage?.getItem(LANG_KEY) ?? null;
  } catch {
    // storage disabled: follow the browser
  }
  return initialLang(stored, browser);
}

export function saveLang(storage: Pick<Storage, 'setItem'> | null, lang: Lang): void {
  try {
    storage?.setItem(LANG_KEY, lang);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

/** The server's Locale enum value for an interface language. */
export function toLocale(lang: Lang): 'FR' | 'EN' {
  return lang === 'fr' ? 'FR' : 'EN';
}
