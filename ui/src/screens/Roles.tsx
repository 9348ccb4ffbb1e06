import { useState, type FormEvent } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { AccountsQuery, GrantRoleMutation, GrantableRolesQuery, RevokeRoleMutation } from '../ops';
import { Empty, ErrorBox, Loading, useAnnounce } from '../ui';
import type { AccountsQuery as AQ } from '../gql/graphql';

type Acc = AQ['accountSearch'][number];

export function Roles() {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [{ data, fetching, error }, refetch] = useQuery({ query: AccountsQuery, variables: { search, first: 20 }, pause: search === '' });
  const [roles] = useQuery({ query: GrantableRolesQuery });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSearch(text.trim());
  };
  const list = data?.accountSearch ?? [];
  return (
    <section aria-labelledby="h-roles">
      <h1 id="h-roles">{t('roles.title')}</h1>
      <form role="search" onSubmit={submit} className="inline">
        <label htmlFor="acc-search">{t('roles.search')}</label>
        <input id="acc-search" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit">{t('action.search')}</button>
      </form>
      <ErrorBox error={roles.error} />
      {search === '' ? null : fetching && !data ? (
        <Loading />
      ) : error ? (
        <ErrorBox error={error} />
      ) : list.length === 0 ? (
        <Empty>{t('roles.none')}</Empty>
      ) : (
        <ul className="cards">
          {list.map((a) => (
            <AccountRoles key={a.id} account={a} roles={roles.data?.grantableRoles ?? []} onDone={() => refetch({ requestPolicy: 'network-only' })} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AccountRoles({ account: a, roles, onDone }: { account: Acc; roles: string[]; onDone(): void }) {
  const { t } = useI18n();
  const { client } = useSession();
  const announce = useAnnounce();
  const [role, setRole] = useState('');
  const [error, setError] = useState<CombinedError | null>(null);
  const hid = 'acc-' + a.id;
  const grant = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const r = await client.mutation(GrantRoleMutation, { accountId: a.id, role }).toPromise();
    if (r.error) setError(r.error);
    else {
      announce(t('roles.granted', { role, name: a.displayName }));
      onDone();
    }
  };
  const revoke = async (r0: string, s0?: string | null) => {
    setError(null);
    const r = await client.mutation(RevokeRoleMutation, { accountId: a.id, role: r0, scope: s0 ?? undefined }).toPromise();
    if (r.error) setError(r.error);
    else {
      announce(t('roles.revoked', { role: r0, name: a.displayName }));
      onDone();
    }
  };
  return (
    <li className="card" aria-labelledby={hid}>
      <h2 id={hid}>{a.displayName}</h2>
      <p>
        {a.email} — {a.status}
      </p>
      {a.roleAssignments.length === 0 ? (
        <p className="meta">{t('roles.noRoles')}</p>
      ) : (
        <ul className="plain">
          {a.roleAssignments.map((ra) => (
            <li key={ra.role + (ra.scope ?? '')}>
              <code>{ra.role}</code> {ra.scope ? t('roles.inScope', { scope: ra.scope }) : t('roles.wholeSpace')}{' '}
              <button type="button" onClick={() => revoke(ra.role, ra.scope)} aria-label={t('roles.revokeNamed', { role: ra.role, name: a.displayName })}>
                {t('roles.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorBox error={error} />
      <form className="inline" onSubmit={grant}>
        <label htmlFor={'role-' + a.id}>{t('roles.role')}</label>
        <select id={'role-' + a.id} value={role} onChange={(e) => setRole(e.target.value)} required>
          <option value="">{t('roles.chooseRole')}</option>
          {roles.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <button type="submit" disabled={!role}>
          {t('roles.grant')}
        </button>
      </form>
    </li>
  );
}
