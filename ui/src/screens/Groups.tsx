// Community staff: the space's local groups (create, edit) and their members, among whom staff
// name the coordinators.
import { useEffect, useState, type FormEvent } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { Link, useRouter } from '../lib/router';
import { toLocale } from '../lib/lang';
import { CreateLocalGroupMutation, LocalGroupBothQuery, LocalGroupQuery, LocalGroupsQuery, SetLocalGroupCoordinatorMutation, UpdateLocalGroupMutation } from '../ops';
import { Empty, ErrorBox, Loading, formatDate, useAnnounce } from '../ui';
import type { LocalGroupInput } from '../gql/graphql';
import type { Key } from '../i18n/dict';

interface GroupForm {
  nameFr: string;
  nameEn: string;
  descriptionFr: string;
  descriptionEn: string;
  city: string;
  region: string;
}
const emptyGroup = (): GroupForm => ({ nameFr: '', nameEn: '', descriptionFr: '', descriptionEn: '', city: '', region: '' });
const toInput = (f: GroupForm): LocalGroupInput => ({
  nameFr: f.nameFr.trim(),
  nameEn: f.nameEn.trim(),
  descriptionFr: f.descriptionFr.trim(),
  descriptionEn: f.descriptionEn.trim(),
  city: f.city.trim(),
  region: f.region.trim(),
});

function GroupFields({ f, setF, prefix }: { f: GroupForm; setF(f: GroupForm): void; prefix: string }) {
  const { t } = useI18n();
  const field = (k: keyof GroupForm, label: Key, opts: { lang?: string; area?: boolean } = {}) => (
    <div className="field">
      <label htmlFor={prefix + k}>{t(label)}</label>
      {opts.area ? (
        <textarea id={prefix + k} lang={opts.lang} rows={3} value={f[k]} onChange={(e) => setF({ ...f, [k]: e.target.value })} />
      ) : (
        <input id={prefix + k} lang={opts.lang} value={f[k]} onChange={(e) => setF({ ...f, [k]: e.target.value })} />
      )}
    </div>
  );
  return (
    <>
      {field('nameFr', 'groups.field.nameFr', { lang: 'fr' })}
      {field('nameEn', 'groups.field.nameEn', { lang: 'en' })}
      {field('descriptionFr', 'groups.field.descriptionFr', { lang: 'fr', area: true })}
      {field('descriptionEn', 'groups.field.descriptionEn', { lang: 'en', area: true })}
      {field('city', 'groups.field.city')}
      {field('region', 'groups.field.region')}
    </>
  );
}

export function Groups() {
  const { t, lang } = useI18n();
  const { client } = useSession();
  const { navigate } = useRouter();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const [{ data, fetching, error }] = useQuery({ query: LocalGroupsQuery, variables: { first: 50, after, locale: toLocale(lang) } });
  const [f, setF] = useState<GroupForm>(emptyGroup());
  const [createError, setCreateError] = useState<CombinedError | null>(null);
  const [busy, setBusy] = useState(false);
  const create = async (e: FormEvent) => {
    e.preventDefault();
    setCreateError(null);
    setBusy(true);
    const r = await client.mutation(CreateLocalGroupMutation, { input: toInput(f) }).toPromise();
    setBusy(false);
    if (r.error) setCreateError(r.error);
    else navigate('/groups/' + r.data!.createLocalGroup.group.id);
  };
  const rows = (data?.localGroups.edges ?? []).map((e) => e.node);
  return (
    <section aria-labelledby="h-groups">
      <h1 id="h-groups">{t('groups.title')}</h1>
      <details className="subsection">
        <summary>{t('groups.new')}</summary>
        <form onSubmit={create} className="narrow" data-testid="new-group">
          <GroupFields f={f} setF={setF} prefix="ng-" />
          <ErrorBox error={createError} />
          <button className="primary" type="submit" disabled={busy}>
            {t('action.create')}
          </button>
        </form>
      </details>
      {fetching && !data ? (
        <Loading />
      ) : error ? (
        <ErrorBox error={error} />
      ) : rows.length === 0 ? (
        <Empty>{t('groups.none')}</Empty>
      ) : (
        <>
          <table className="list" data-testid="groups">
            <caption className="sr-only">{t('groups.count', { n: data!.localGroups.totalCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('groups.name')}</th>
                <th scope="col">{t('groups.field.city')}</th>
                <th scope="col">{t('groups.field.region')}</th>
                <th scope="col">{t('groups.members')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((g) => (
                <tr key={g.id}>
                  <td>
                    <Link to={'/groups/' + g.id}>{g.name}</Link>
                  </td>
                  <td>{g.city || '—'}</td>
                  <td>{g.region || '—'}</td>
                  <td>{g.memberCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="pager">
            {cursors.length > 1 && (
              <button type="button" onClick={() => setCursors(cursors.slice(0, -1))}>
                {t('pager.previous')}
              </button>
            )}
            {data!.localGroups.pageInfo.hasNextPage && (
              <button type="button" onClick={() => setCursors([...cursors, data!.localGroups.pageInfo.endCursor ?? null])}>
                {t('pager.next')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}

export function GroupDetail({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { client } = useSession();
  const announce = useAnnounce();
  const [{ data, fetching, error }, refetch] = useQuery({ query: LocalGroupQuery, variables: { id, locale: toLocale(lang) } });
  const [both] = useQuery({ query: LocalGroupBothQuery, variables: { id } });
  const [f, setF] = useState<GroupForm | null>(null);
  const [saveError, setSaveError] = useState<CombinedError | null>(null);
  const [memberError, setMemberError] = useState<CombinedError | null>(null);
  useEffect(() => {
    const b = both.data?.localGroup;
    if (b && f === null) {
      const fr = b.translations.find((x) => x.locale === 'FR');
      const en = b.translations.find((x) => x.locale === 'EN');
      setF({ nameFr: fr?.name ?? '', nameEn: en?.name ?? '', descriptionFr: fr?.description ?? '', descriptionEn: en?.description ?? '', city: b.city, region: b.region });
    }
  }, [both.data, f]);
  if (fetching && !data) return <Loading />;
  if (error) return <ErrorBox error={error} />;
  const g = data?.localGroup;
  if (!g)
    return (
      <section aria-labelledby="h-nf">
        <h1 id="h-nf">{t('error.notFoundTitle')}</h1>
        <p>{t('groups.notFound')}</p>
      </section>
    );
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!f) return;
    setSaveError(null);
    const r = await client.mutation(UpdateLocalGroupMutation, { id, input: toInput(f) }).toPromise();
    if (r.error) setSaveError(r.error);
    else {
      announce(t('groups.saved'));
      refetch({ requestPolicy: 'network-only' });
    }
  };
  const setCoordinator = async (accountId: string, name: string, on: boolean) => {
    setMemberError(null);
    const r = await client.mutation(SetLocalGroupCoordinatorMutation, { groupId: id, accountId, coordinator: on }).toPromise();
    if (r.error) setMemberError(r.error);
    else {
      announce(on ? t('groups.named', { name }) : t('groups.unnamed', { name }));
      refetch({ requestPolicy: 'network-only' });
    }
  };
  const members = g.members.edges.map((e) => e.node);
  return (
    <section aria-labelledby="h-group">
      <p>
        <Link to="/groups">{t('groups.back')}</Link>
      </p>
      <h1 id="h-group">{g.name}</h1>
      <p className="meta">{[g.city, g.region].filter(Boolean).join(' · ')}</p>
      {g.description && <p>{g.description}</p>}
      <h2 id="h-members">{t('groups.membersOf', { n: g.members.totalCount })}</h2>
      <ErrorBox error={memberError} />
      {members.length === 0 ? (
        <Empty>{t('groups.noMembers')}</Empty>
      ) : (
        <table className="list" data-testid="members" aria-labelledby="h-members">
          <thead>
            <tr>
              <th scope="col">{t('groups.member')}</th>
              <th scope="col">{t('groups.belt')}</th>
              <th scope="col">{t('groups.joinedAt')}</th>
              <th scope="col">{t('groups.coordinator')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id} data-testid="member">
                <th scope="row">{m.displayName}</th>
                <td>{m.belt ? t(('belt.' + m.belt) as Key) : '—'}</td>
                <td>{formatDate(m.joinedAt, lang)}</td>
                <td>
                  {m.coordinator && <span className="badge s-published">{t('groups.isCoordinator')}</span>}{' '}
                  <button type="button" onClick={() => setCoordinator(m.id, m.displayName, !m.coordinator)}>
                    {m.coordinator ? t('groups.unname', { name: m.displayName }) : t('groups.name.as', { name: m.displayName })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section className="subsection" aria-labelledby="h-edit-group">
        <h2 id="h-edit-group">{t('groups.edit')}</h2>
        {both.error ? (
          <ErrorBox error={both.error} />
        ) : !f ? (
          <Loading />
        ) : (
          <form onSubmit={save} className="narrow" data-testid="edit-group">
            <GroupFields f={f} setF={setF} prefix="eg-" />
            <ErrorBox error={saveError} />
            <button className="primary" type="submit">
              {t('action.save')}
            </button>
          </form>
        )}
      </section>
    </section>
  );
}
