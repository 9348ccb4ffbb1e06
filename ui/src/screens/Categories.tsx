import { useState, type FormEvent } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { CategoriesQuery, CreateCategoryMutation, DeleteCategoryMutation, UpdateCategoryMutation } from '../ops';
import { Empty, ErrorBox, Loading, useAnnounce } from '../ui';
import type { Locale } from '../gql/graphql';
import type { Key } from '../i18n/dict';

type Cat = { id: string; slug: string; title: string; locale: Locale };

export function Categories({ locales }: { locales: readonly Locale[] }) {
  const { t } = useI18n();
  const { client } = useSession();
  const announce = useAnnounce();
  // One query per language: a category is served in the locale asked for.
  const [fr, refetchFr] = useQuery({ query: CategoriesQuery, variables: { locale: 'FR' } });
  const [en, refetchEn] = useQuery({ query: CategoriesQuery, variables: { locale: 'EN' } });
  const [titles, setTitles] = useState<Record<string, string>>({});
  const [error, setError] = useState<CombinedError | null>(null);
  const byLocale: Record<string, Cat[]> = { FR: fr.data?.categories ?? [], EN: en.data?.categories ?? [] };
  const refetch = () => {
    refetchFr({ requestPolicy: 'network-only' });
    refetchEn({ requestPolicy: 'network-only' });
  };

  const create = async (e: FormEvent) => {
    e.preventDefault();
    const translations = locales.filter((l) => (titles[l] ?? '').trim()).map((l) => ({ locale: l, title: titles[l].trim() }));
    if (translations.length === 0) return;
    setError(null);
    const r = await client.mutation(CreateCategoryMutation, { input: { translations } }).toPromise();
    if (r.error) setError(r.error);
    else {
      setTitles({});
      announce(t('categories.created'));
      refetch();
    }
  };
  const remove = async (id: string) => {
    if (!window.confirm(t('categories.confirmDelete'))) return;
    setError(null);
    const r = await client.mutation(DeleteCategoryMutation, { id }).toPromise();
    if (r.error) setError(r.error);
    else {
      announce(t('categories.deleted'));
      refetch();
    }
  };

  const ids = byLocale[locales[0]]?.map((c) => c.id) ?? [];
  return (
    <section aria-labelledby="h-cats">
      <h1 id="h-cats">{t('categories.title')}</h1>
      <ErrorBox error={error} />
      {(fr.fetching && !fr.data) || (en.fetching && !en.data) ? (
        <Loading />
      ) : fr.error || en.error ? (
        <ErrorBox error={fr.error ?? en.error} />
      ) : ids.length === 0 ? (
        <Empty>{t('categories.none')}</Empty>
      ) : (
        <table className="list" data-testid="categories">
          <thead>
            <tr>
              {locales.map((l) => (
                <th scope="col" key={l}>
                  {t(('locale.' + l) as Key)}
                </th>
              ))}
              <th scope="col">{t('revisions.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {ids.map((id) => (
              <tr key={id}>
                {locales.map((l) => (
                  <td key={l} lang={l.toLowerCase()}>
                    <Rename cat={byLocale[l]?.find((c) => c.id === id)} id={id} locale={l} onDone={refetch} onError={setError} />
                  </td>
                ))}
                <td>
                  <button type="button" className="danger" onClick={() => remove(id)} aria-label={t('categories.deleteNamed', { name: byLocale[locales[0]]?.find((c) => c.id === id)?.title ?? id })}>
                    {t('action.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form onSubmit={create} className="narrow" aria-labelledby="h-newcat">
        <h2 id="h-newcat">{t('categories.new')}</h2>
        {locales.map((l) => (
          <div className="field" key={l}>
            <label htmlFor={'cat-new-' + l}>
              {t('field.title')} ({t(('locale.' + l) as Key)})
            </label>
            <input id={'cat-new-' + l} lang={l.toLowerCase()} value={titles[l] ?? ''} onChange={(e) => setTitles({ ...titles, [l]: e.target.value })} />
          </div>
        ))}
        <button className="primary" type="submit">
          {t('action.create')}
        </button>
      </form>
    </section>
  );
}

function Rename({ cat, id, locale, onDone, onError }: { cat?: Cat; id: string; locale: Locale; onDone(): void; onError(e: CombinedError | null): void }) {
  const { t } = useI18n();
  const { client } = useSession();
  const announce = useAnnounce();
  // Served in the other language when this one is missing: then the field starts empty.
  const current = cat && cat.locale === locale ? cat.title : '';
  const [title, setTitle] = useState(current);
  const fid = `cat-${id}-${locale}`;
  const save = async (e: FormEvent) => {
    e.preventDefault();
    onError(null);
    const r = await client.mutation(UpdateCategoryMutation, { id, locale, input: { title: title.trim(), slug: cat && cat.locale === locale ? cat.slug : undefined } }).toPromise();
    if (r.error) onError(r.error);
    else {
      announce(t('categories.renamed'));
      onDone();
    }
  };
  return (
    <form className="inline" onSubmit={save}>
      <label htmlFor={fid} className="sr-only">
        {t('categories.rename', { locale: t(('locale.' + locale) as Key) })}
      </label>
      <input id={fid} value={title} onChange={(e) => setTitle(e.target.value)} required />
      <button type="submit" disabled={title.trim() === '' || title === current}>
        {t('action.save')}
      </button>
      {cat && cat.locale === locale && <code className="slug">{cat.slug}</code>}
    </form>
  );
}
