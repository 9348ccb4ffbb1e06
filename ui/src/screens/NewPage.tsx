import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { useRouter } from '../lib/router';
import { CategoriesQuery } from '../ops';
import { AUDIENCES, adapterFor } from '../content/kinds';
import { ErrorBox } from '../ui';
import { toLocale } from '../lib/lang';
import { useSpaceAudiences } from './PageSettings';
import type { Audience, Locale } from '../gql/graphql';
import type { CombinedError } from 'urql';
import type { Key } from '../i18n/dict';

export function NewPage({ kind, locales }: { kind: string; locales: readonly Locale[] }) {
  const { t, lang } = useI18n();
  const { client } = useSession();
  const { navigate, search } = useRouter();
  const adapter = adapterFor(kind);
  const [cats] = useQuery({ query: CategoriesQuery, variables: { locale: toLocale(lang) } });
  // Only the audiences the space offers (no entity managers in the facilitators' space).
  const offered = useSpaceAudiences() ?? AUDIENCES;
  // A title may come prefilled in one language (?title=…&locale=EN: a search that found nothing).
  const [titles, setTitles] = useState<Record<string, string>>(() => {
    const title = search.get('title');
    const l = search.get('locale');
    return title && l && (locales as readonly string[]).includes(l) ? { [l]: title } : {};
  });
  const [audience, setAudience] = useState<Audience>('PUBLIC');
  const [category, setCategory] = useState('');
  const [error, setError] = useState<CombinedError | null>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!adapter) return <ErrorBox>{t('error.notFound')}</ErrorBox>;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const translations = locales.filter((l) => (titles[l] ?? '').trim() !== '').map((l) => ({ locale: l, title: titles[l].trim() }));
    setMissing(translations.length === 0);
    if (translations.length === 0) return;
    setBusy(true);
    const r = await adapter.create(client, { translations, audience, category: category || undefined });
    setBusy(false);
    if (r.error || !r.data) {
      setError(r.error ?? null);
      return;
    }
    navigate(`/pages/${adapter.slug}/${r.data}`, { replace: true });
  };

  return (
    <section aria-labelledby="h-new">
      <h1 id="h-new">{t(('pages.new.' + adapter.slug) as Key)}</h1>
      <form onSubmit={submit} className="narrow">
        {locales.map((l) => (
          <div className="field" key={l}>
            <label htmlFor={'new-title-' + l}>
              {t(adapter.titleLabel)} ({t(('locale.' + l) as Key)})
            </label>
            <input id={'new-title-' + l} lang={l.toLowerCase()} value={titles[l] ?? ''} onChange={(e) => setTitles({ ...titles, [l]: e.target.value })} />
          </div>
        ))}
        <div className="field">
          <label htmlFor="new-audience">{t('pages.audience')}</label>
          <select id="new-audience" value={audience} onChange={(e) => setAudience(e.target.value as Audience)}>
            {offered.map((a) => (
              <option key={a} value={a}>
                {t(('audience.' + a) as Key)}
              </option>
            ))}
          </select>
        </div>
        {adapter.slug !== 'news' && (
          <div className="field">
            <label htmlFor="new-category">{t('pages.category')}</label>
            <select id="new-category" value={category} onChange={(e) => setCategory(e.target.value)}>
              <option value="">{t('pages.noCategory')}</option>
              {(cats.data?.categories ?? []).map((c) => (
                <option key={c.id} value={c.slug}>
                  {c.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <ErrorBox error={error} />
        {missing && <ErrorBox>{t('pages.needTitle')}</ErrorBox>}
        <button className="primary" type="submit" disabled={busy}>
          {t('action.create')}
        </button>
      </form>
    </section>
  );
}
