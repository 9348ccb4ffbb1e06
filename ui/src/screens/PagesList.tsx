import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../i18n/i18n';
import { Link, useRouter } from '../lib/router';
import { CategoriesQuery, PagesQuery } from '../ops';
import { Empty, ErrorBox, Loading, formatDate, useAnnounce } from '../ui';
import { useSession } from '../session';
import type { CombinedError } from 'urql';
import { toLocale } from '../lib/lang';
import { AUDIENCES, adapterFor, kindSlug, statusKey, translationKey } from '../content/kinds';
import { useSpaceAudiences } from './PageSettings';
import type { Audience, Locale, PageFilter, PageKind } from '../gql/graphql';
import type { Key } from '../i18n/dict';

const KINDS: PageKind[] = ['GUIDE', 'FAQ', 'RESOURCE', 'NEWS'];
const STATUSES = ['DRAFT', 'PUBLISHED', 'CHANGED'];
const TSTATUSES = ['UP_TO_DATE', 'MISSING', 'OUTDATED'];
const FILTER_KEYS = ['kind', 'status', 'locale', 'translationStatus', 'category', 'audience', 'search', 'deleted'] as const;

/** The listing's filter from the address's query string (kept there so Back restores it). */
export function filterFromSearch(search: URLSearchParams): PageFilter {
  const f: PageFilter = {};
  const kind = search.get('kind');
  if (kind && (KINDS as string[]).includes(kind)) f.kind = kind as PageKind;
  const status = search.get('status');
  if (status) f.status = status;
  const ts = search.get('translationStatus');
  const locale = search.get('locale');
  if (ts && (locale === 'FR' || locale === 'EN')) {
    f.translationStatus = ts;
    f.locale = locale as Locale;
  }
  const cat = search.get('category');
  if (cat) f.category = cat;
  const aud = search.get('audience');
  if (aud) f.audience = aud as Audience;
  const q = search.get('search');
  if (q) f.search = q;
  if (search.get('deleted') === '1') f.deleted = true;
  return f;
}

export function PagesList() {
  const { t, lang } = useI18n();
  const { search, navigate } = useRouter();
  const filter = filterFromSearch(search);
  const [{ data, fetching, error }, refetch] = useQuery({ query: PagesQuery, variables: { filter } });
  const { client } = useSession();
  const announce = useAnnounce();
  const [actionError, setActionError] = useState<CombinedError | null>(null);
  const undelete = async (kind: PageKind, id: string) => {
    setActionError(null);
    const r = await adapterFor(kindSlug(kind))!.undelete(client, id);
    if (r.error) setActionError(r.error);
    else {
      announce(t('pages.restored'));
      refetch({ requestPolicy: 'network-only' });
    }
  };
  const [cats] = useQuery({ query: CategoriesQuery, variables: { locale: toLocale(lang) } });
  const audiences = useSpaceAudiences() ?? AUDIENCES;
  const [text, setText] = useState(search.get('search') ?? '');

  const set = (key: (typeof FILTER_KEYS)[number], value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'translationStatus' && value && !next.get('locale')) next.set('locale', toLocale(lang));
    const qs = next.toString();
    navigate('/pages' + (qs ? '?' + qs : ''), { replace: true });
  };

  // Search as one types, a moment after the last key.
  useEffect(() => {
    const id = setTimeout(() => {
      if ((search.get('search') ?? '') !== text) set('search', text.trim());
    }, 300);
    return () => clearTimeout(id);
  }, [text]); // eslint-disable-line react-hooks/exhaustive-deps

  const pages = data?.pages ?? [];
  return (
    <section aria-labelledby="h-pages">
      <div className="titlebar">
        <h1 id="h-pages">{t('pages.title')}</h1>
        <div className="actions">
          {KINDS.map((k) => (
            <Link key={k} className="button" to={'/pages/new/' + kindSlug(k)}>
              {t(('pages.new.' + kindSlug(k)) as Key)}
            </Link>
          ))}
        </div>
      </div>
      <form className="filters" role="search" aria-label={t('pages.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="f-search">{t('pages.search')}</label>
          <input id="f-search" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="f-kind">{t('pages.kind')}</label>
          <select id="f-kind" value={filter.kind ?? ''} onChange={(e) => set('kind', e.target.value)}>
            <option value="">{t('filter.all')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(('kind.' + kindSlug(k)) as Key)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-status">{t('pages.status')}</label>
          <select id="f-status" value={filter.status ?? ''} onChange={(e) => set('status', e.target.value)}>
            <option value="">{t('filter.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(statusKey(s))}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-tlocale">{t('pages.translationLocale')}</label>
          <select id="f-tlocale" value={search.get('locale') ?? toLocale(lang)} onChange={(e) => set('locale', e.target.value)}>
            <option value="FR">{t('locale.FR')}</option>
            <option value="EN">{t('locale.EN')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-tstatus">{t('pages.translationStatus')}</label>
          <select id="f-tstatus" value={filter.translationStatus ?? ''} onChange={(e) => set('translationStatus', e.target.value)}>
            <option value="">{t('filter.all')}</option>
            {TSTATUSES.map((s) => (
              <option key={s} value={s}>
                {t(translationKey(s))}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-category">{t('pages.category')}</label>
          <select id="f-category" value={filter.category ?? ''} onChange={(e) => set('category', e.target.value)}>
            <option value="">{t('filter.all')}</option>
            {(cats.data?.categories ?? []).map((c) => (
              <option key={c.id} value={c.slug}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-audience">{t('pages.audience')}</label>
          <select id="f-audience" value={filter.audience ?? ''} onChange={(e) => set('audience', e.target.value)}>
            <option value="">{t('filter.all')}</option>
            {audiences.map((a) => (
              <option key={a} value={a}>
                {t(('audience.' + a) as Key)}
              </option>
            ))}
          </select>
        </div>
        <div className="field check">
          <input id="f-deleted" type="checkbox" checked={!!filter.deleted} onChange={(e) => set('deleted', e.target.checked ? '1' : '')} />
          <label htmlFor="f-deleted">{t('pages.deleted')}</label>
        </div>
      </form>
      <ErrorBox error={actionError} />
      {fetching && !data ? (
        <Loading />
      ) : error ? (
        <ErrorBox error={error} />
      ) : pages.length === 0 ? (
        <Empty>{t('pages.none')}</Empty>
      ) : (
        <table className="list" data-testid="pages">
          <caption className="sr-only">{t('pages.count', { n: pages.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pages.kind')}</th>
              {pages[0].translations.map((tr) => (
                <th scope="col" key={tr.locale}>
                  {t(('locale.' + tr.locale) as Key)}
                </th>
              ))}
              <th scope="col">{t('pages.category')}</th>
              <th scope="col">{t('pages.audience')}</th>
              <th scope="col">{t('pages.updated')}</th>
              {filter.deleted && <th scope="col">{t('revisions.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {pages.map((p) => (
              <tr key={p.kind + p.id}>
                <td>{t(('kind.' + kindSlug(p.kind)) as Key)}</td>
                {p.translations.map((tr) => (
                  <td key={tr.locale} lang={tr.locale.toLowerCase()}>
                    <Link to={`/pages/${kindSlug(p.kind)}/${p.id}`}>{tr.title || <em>{t('pages.untitled')}</em>}</Link>
                    <div className="badges">
                      <span className={'badge s-' + tr.status.toLowerCase()}>{t(statusKey(tr.status))}</span>
                      {tr.translationStatus !== 'UP_TO_DATE' && <span className={'badge t-' + tr.translationStatus.toLowerCase()}>{t(translationKey(tr.translationStatus))}</span>}
                      {tr.publishAt && <span className="badge">{t('editor.scheduledAt', { at: formatDate(tr.publishAt, lang) })}</span>}
                    </div>
                  </td>
                ))}
                <td>{p.category?.title ?? '—'}</td>
                <td>{t(('audience.' + p.audience) as Key)}</td>
                <td>{formatDate(p.updatedAt, lang)}</td>
                {filter.deleted && (
                  <td>
                    <button type="button" onClick={() => undelete(p.kind, p.id)} aria-label={t('pages.restoreNamed', { title: p.translations.find((x) => x.title)?.title ?? p.id })}>
                      {t('pages.restore')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
