// A page's settings after its creation (audience, category, journey tags), for every kind:
// they are not drafted, and apply at once to every translation and to readers.
import { useEffect, useState, type FormEvent } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { CategoriesQuery, PageSettingsQuery, SpaceAudiencesQuery, UpdatePageSettingsMutation } from '../ops';
import { ErrorBox, Loading, useAnnounce } from '../ui';
import { AUDIENCES } from '../content/kinds';
import { toLocale } from '../lib/lang';
import { parseTags } from '../lib/tags';
import type { Key } from '../i18n/dict';
import type { Audience, PageKind } from '../gql/graphql';

/** The audiences the space's pages may be written for (the server's list), in the app's order. */
export function useSpaceAudiences(): Audience[] | null {
  const [{ data }] = useQuery({ query: SpaceAudiencesQuery, variables: {} });
  if (!data) return null;
  const offered = new Set(data.space.audiences);
  return AUDIENCES.filter((a) => offered.has(a));
}

export function PageSettings({ kind, id }: { kind: PageKind; id: string }) {
  const { t, lang } = useI18n();
  const { client } = useSession();
  const announce = useAnnounce();
  const audiences = useSpaceAudiences();
  const [{ data, fetching, error: loadError }, refetch] = useQuery({ query: PageSettingsQuery, variables: { filter: { kind } }, requestPolicy: 'network-only' });
  const [cats] = useQuery({ query: CategoriesQuery, variables: { locale: toLocale(lang) }, pause: kind === 'NEWS' });
  const page = data?.pages.find((p) => p.id === id);
  const [audience, setAudience] = useState<Audience | ''>('');
  const [category, setCategory] = useState('');
  const [tags, setTags] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);
  const [badTags, setBadTags] = useState<string[]>([]);
  useEffect(() => {
    if (!page) return;
    setAudience(page.audience);
    setCategory(page.category?.id ?? '');
    setTags(page.tags.join(', '));
  }, [page?.audience, page?.category?.id, page?.tags.join(',')]); // eslint-disable-line react-hooks/exhaustive-deps

  const hasCategory = kind !== 'NEWS';
  const hasTags = kind !== 'RESOURCE';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!page || !audience) return;
    const parsed = parseTags(tags);
    setBadTags(parsed.bad);
    if (parsed.bad.length > 0) return;
    setBusy(true);
    setError(null);
    const input: { audience: Audience; categoryId?: string | null; tags?: string[] } = { audience };
    if (hasCategory) input.categoryId = category || null;
    if (hasTags) input.tags = parsed.tags;
    const r = await client.mutation(UpdatePageSettingsMutation, { id, input }).toPromise();
    setBusy(false);
    if (r.error) setError(r.error);
    else {
      announce(t('settings.saved'));
      refetch({ requestPolicy: 'network-only' });
    }
  };

  const offered = audiences && page && !audiences.includes(page.audience) ? [...audiences, page.audience] : audiences;
  return (
    <details className="settings" data-testid="page-settings">
      <summary>
        <h2 className="inline-h">{t('settings.title')}</h2>
      </summary>
      <p className="hint">{t('settings.hint')}</p>
      {fetching && !data ? (
        <Loading />
      ) : loadError ? (
        <ErrorBox error={loadError} />
      ) : !page || !offered ? (
        <Loading />
      ) : (
        <form onSubmit={submit}>
          <div className="row">
            <div className="field">
              <label htmlFor="settings-audience">{t('pages.audience')}</label>
              <select id="settings-audience" value={audience} onChange={(e) => setAudience(e.target.value as Audience)}>
                {offered.map((a) => (
                  <option key={a} value={a}>
                    {t(('audience.' + a) as Key)}
                  </option>
                ))}
              </select>
            </div>
            {hasCategory && (
              <div className="field">
                <label htmlFor="settings-category">{t('pages.category')}</label>
                <select id="settings-category" value={category} onChange={(e) => setCategory(e.target.value)}>
                  <option value="">{t('pages.noCategory')}</option>
                  {(cats.data?.categories ?? []).map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.title}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {hasTags && (
              <div className="field">
                <label htmlFor="settings-tags">{t('settings.tags')}</label>
                <input id="settings-tags" value={tags} onChange={(e) => setTags(e.target.value)} aria-describedby="settings-tags-hint" aria-invalid={badTags.length > 0} />
                <small id="settings-tags-hint" className="hint">
                  {t('settings.tagsHint')}
                </small>
              </div>
            )}
          </div>
          {badTags.length > 0 && <ErrorBox>{t('settings.badTags', { tags: badTags.join(', ') })}</ErrorBox>}
          <ErrorBox error={error} />
          <button type="submit" className="primary" disabled={busy}>
            {t('settings.save')}
          </button>
        </form>
      )}
    </details>
  );
}
