// Certification staff find an entity by one of its people and open its page (members,
// documents, designate another manager); an entity's manager sees their own entity's page.
import { useState, type FormEvent } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { EntityPageQuery, EntitySearchQuery, MyEntityPageQuery, SetEntityManagerMutation } from '../ops';
import { Empty, ErrorBox, Loading, formatDate, formatSize, useAnnounce } from '../ui';
import { Link } from '../lib/router';
import { downloadWithToken } from '../download';
import type { Key } from '../i18n/dict';
import type { EntityPageQuery as EP } from '../gql/graphql';

export function Entities() {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [{ data, fetching, error }] = useQuery({ query: EntitySearchQuery, variables: { search, first: 50 }, pause: search === '' });
  const found = (data?.accountSearch ?? []).filter((a) => a.entity);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSearch(text.trim());
  };
  return (
    <section aria-labelledby="h-entities">
      <h1 id="h-entities">{t('entities.title')}</h1>
      <form role="search" onSubmit={submit} className="inline">
        <label htmlFor="entity-search">{t('entities.search')}</label>
        <input id="entity-search" type="search" value={text} onChange={(e) => setText(e.target.value)} aria-describedby="entity-search-hint" />
        <button type="submit">{t('action.search')}</button>
      </form>
      <small id="entity-search-hint" className="hint">
        {t('entities.searchHint')}
      </small>
      {search === '' ? null : fetching && !data ? (
        <Loading />
      ) : error ? (
        <ErrorBox error={error} />
      ) : found.length === 0 ? (
        <Empty>{t('entities.none')}</Empty>
      ) : (
        <table className="list" data-testid="entity-results">
          <caption className="sr-only">{t('entities.results')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('entities.entity')}</th>
              <th scope="col">{t('entities.person')}</th>
              <th scope="col">{t('entities.status')}</th>
            </tr>
          </thead>
          <tbody>
            {found.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to={'/entities/' + a.entity!.id}>{a.entity!.name}</Link>
                  {a.entity!.siret && <span className="meta"> — SIRET {a.entity!.siret}</span>}
                </td>
                <td>
                  {a.displayName} ({a.email})
                </td>
                <td>{t(('memberStatus.' + a.status) as Key)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

type Entity = NonNullable<EP['entity']>;

export function EntityScreen({ id }: { id: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: EntityPageQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  if (fetching && !data) return <Loading />;
  if (error) return <ErrorBox error={error} />;
  if (!data?.entity)
    return (
      <section aria-labelledby="h-nf">
        <h1 id="h-nf">{t('error.notFoundTitle')}</h1>
        <p>{t('entities.notFound')}</p>
        <Link to="/entities">{t('entities.back')}</Link>
      </section>
    );
  return <EntityView entity={data.entity} designate onChanged={() => refetch({ requestPolicy: 'network-only' })} />;
}

export function MyEntity() {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: MyEntityPageQuery, variables: {}, requestPolicy: 'cache-and-network' });
  if (fetching && !data) return <Loading />;
  if (error) return <ErrorBox error={error} />;
  if (!data?.me?.entity) return <Empty>{t('entities.noEntity')}</Empty>;
  return <EntityView entity={data.me.entity} designate={false} onChanged={() => {}} />;
}

function EntityView({ entity: e, designate, onChanged }: { entity: Entity; designate: boolean; onChanged(): void }) {
  const { t, lang } = useI18n();
  const { token } = useSession();
  const [dlError, setDlError] = useState('');
  const members = (e.members.edges ?? []).flatMap((x) => (x?.node ? [x.node] : []));
  const address = [e.addressLine1, e.addressLine2, [e.postalCode, e.city].filter(Boolean).join(' '), e.country].filter(Boolean).join(', ');
  const download = async (url: string, name: string) => {
    setDlError('');
    if (!(await downloadWithToken(url, name, token, lang))) setDlError(t('approvals.downloadFailed', { name }));
  };
  return (
    <section aria-labelledby="h-entity" data-testid="entity-page">
      <h1 id="h-entity">{e.name}</h1>
      {designate && <Link to="/entities">{t('entities.back')}</Link>}
      <dl className="facts">
        <dt>{t('entities.kind')}</dt>
        <dd>{t(('entityKind.' + e.kind) as Key)}</dd>
        {e.siret && (
          <>
            <dt>SIRET</dt>
            <dd>{e.siret}</dd>
          </>
        )}
        {address && (
          <>
            <dt>{t('entities.address')}</dt>
            <dd>{address}</dd>
          </>
        )}
        <dt>{t('entities.manager')}</dt>
        <dd data-testid="entity-manager">{e.manager ? `${e.manager.displayName} (${e.manager.email})` : t('entities.noManager')}</dd>
      </dl>
      <h2 id="h-members">{t('entities.members', { n: e.members.totalCount })}</h2>
      {dlError && <ErrorBox>{dlError}</ErrorBox>}
      {members.length === 0 ? (
        <Empty />
      ) : (
        <table className="list" aria-labelledby="h-members" data-testid="entity-members">
          <thead>
            <tr>
              <th scope="col">{t('entities.person')}</th>
              <th scope="col">{t('entities.status')}</th>
              <th scope="col">{t('entities.since')}</th>
              <th scope="col">{t('entities.documents')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id}>
                <td>
                  {m.displayName} {e.manager?.id === m.id && <span className="badge">{t('entities.isManager')}</span>}
                  <br />
                  <a href={'mailto:' + m.email}>{m.email}</a>
                </td>
                <td>{t(('memberStatus.' + m.status) as Key)}</td>
                <td>{formatDate(m.createdAt, lang)}</td>
                <td>
                  {m.documents.length === 0 ? (
                    <span className="meta">{t('approvals.noDocuments')}</span>
                  ) : (
                    <ul className="plain">
                      {m.documents.map((d) => (
                        <li key={d.id}>
                          <button type="button" className="link" onClick={() => download(d.url, d.filename)}>
                            {t('approvals.download', { name: d.filename })}
                          </button>{' '}
                          <span className="meta">
                            {t(('documentKind.' + d.kind) as Key)}, {formatSize(d.size, lang)}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {designate && <Designate entity={e} candidates={members.filter((m) => m.status === 'ACTIVE' && m.id !== e.manager?.id)} onDone={onChanged} />}
    </section>
  );
}

function Designate({ entity: e, candidates, onDone }: { entity: Entity; candidates: { id: string; displayName: string; email: string }[]; onDone(): void }) {
  const { t } = useI18n();
  const { client } = useSession();
  const announce = useAnnounce();
  const [choice, setChoice] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const who = candidates.find((c) => c.id === choice);
    if (!who || !window.confirm(t('entities.confirmDesignate', { name: who.displayName, entity: e.name }))) return;
    setBusy(true);
    setError(null);
    const r = await client.mutation(SetEntityManagerMutation, { entityId: e.id, accountId: who.id }).toPromise();
    setBusy(false);
    if (r.error) setError(r.error);
    else {
      announce(t('entities.designated', { name: who.displayName }));
      setChoice('');
      onDone();
    }
  };
  return (
    <form onSubmit={submit} className="settings narrow" aria-labelledby="h-designate">
      <h2 id="h-designate">{t('entities.designate')}</h2>
      <p className="hint">{t('entities.designateHint')}</p>
      {candidates.length === 0 ? (
        <Empty>{t('entities.noCandidate')}</Empty>
      ) : (
        <>
          <div className="field">
            <label htmlFor="new-manager">{t('entities.newManager')}</label>
            <select id="new-manager" value={choice} onChange={(ev) => setChoice(ev.target.value)} required>
              <option value="">{t('entities.choose')}</option>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.displayName} ({c.email})
                </option>
              ))}
            </select>
          </div>
          <ErrorBox error={error} />
          <button type="submit" className="primary" disabled={busy || choice === ''}>
            {t('entities.designateButton')}
          </button>
        </>
      )}
    </form>
  );
}
