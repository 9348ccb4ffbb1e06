// Small shared pieces: the status region, loading/empty/error states, a progress bar.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useI18n } from './i18n/i18n';
import { errorMessage, type CombinedLike } from './lib/errors';

const AnnounceCtx = createContext<(msg: string) => void>(() => {});

/** One polite live region for the whole app: saved, published, copied… */
export function Announcer({ children }: { children: ReactNode }) {
  const [msg, setMsg] = useState('');
  const announce = useCallback((m: string) => {
    // Cleared first so that the same message twice is read twice.
    setMsg('');
    setTimeout(() => setMsg(m), 30);
  }, []);
  return (
    <AnnounceCtx.Provider value={announce}>
      {children}
      <div className="toast" role="status" aria-live="polite" aria-atomic="true" data-testid="status">
        {msg}
      </div>
    </AnnounceCtx.Provider>
  );
}

export const useAnnounce = () => useContext(AnnounceCtx);

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status" aria-live="polite">
      {t('state.loading')}
    </p>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return <p className="empty">{children ?? t('state.empty')}</p>;
}

export function ErrorBox({ error, children }: { error?: CombinedLike | null; children?: ReactNode }) {
  const { t } = useI18n();
  if (!error && !children) return null;
  return (
    <div className="error" role="alert">
      {error ? errorMessage(error, t('error.network')) : null}
      {children}
    </div>
  );
}

export function Progress({ value, label }: { value: number; label: string }) {
  const pct = Math.round(value * 100);
  return (
    <div className="progress">
      <progress max={100} value={pct} aria-label={label}>
        {pct}%
      </progress>
      <span aria-hidden="true">{pct}%</span>
    </div>
  );
}

export function formatDate(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatSize(bytes: number, lang: string): string {
  const units = lang === 'fr' ? ['o', 'Ko', 'Mo', 'Go'] : ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return (i === 0 ? String(v) : v.toFixed(1)) + ' ' + units[i];
}
