// Support (staff): find any account by e-mail or name, read its history in the audit log,
// bring in a legacy account, resend an activation, and read the support requests received.
import { useState, type FormEvent } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { ViewerQuery, AccountHistoryQuery, ActivateLegacyAccountMutation, ResendActivationMutation, ScopedPermissionsQuery, SupportRequestsQuery, SupportSearchQuery } from '../ops';
import { Empty, ErrorBox, Loading, formatDate, useAnnounce } from '../ui';
import type { SupportSearchQuery as SQ } from '../gql/graphql';
import type { Key } from '../i18n/dict';
import { toLocale } from '../lib/lang';

type Acc = SQ['accountSearch'][number];

export function Support() {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [{ data, fetching, error }, refetch] = useQuery({ query: SupportSearchQuery, variables: { search, first: 20 }, pause: search === '' });
  const [perms] = useQuery({ query: ScopedPermissionsQuery, variables: {} });
  const held = new Set(perms.data?.permissions ?? []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSearch(text.trim());
  };
  const list = data?.accountSearch ?? [];
  return (
    <section aria-labelledby="h-support">
      <h1 id="h-support">{t('support.title')}</h1>
      <form role="search" onSubmit={submit} className="inline">
        <label htmlFor="support-search">{t('support.search')}</label>
        <input id="support-search" type="search" value={text} onChange={(e) => setText(e.target.value)} aria-describedby="support-search-hint" />
        <button type="submit">{t('action.search')}</button>
        <span id="support-search-hint" className="hint">
          {t('support.searchHint')}
        </span>
      </form>
      {search === '' ? null : fetching && !data ? (
        <Loading />
      ) : error ? (
        <ErrorBox error={error} />
      ) : list.length === 0 ? (
        <Empty>{t('support.none')}</Empty>
      ) : (
        <ul className="cards" aria-label={t('support.results', { n: list.length })}>
          {list.map((a) => (
            <SupportAccount key={a.id} account={a} mayActivate={held.has('legacy:activate')} mayReadAudit={held.has('audit:read')} onDone={() => refetch({ requestPolicy: 'network-only' })} />
          ))}
        </ul>
      )}
      <SupportRequests />
    </section>
  );
}

function SupportAccount({ account: a, mayActivate, mayReadAudit, onDone }: { account: Acc; mayActivate: boolean; mayReadAudit: boolean; onDone(): void }) {
  const { t, lang } = useI18n();
  const { client } = useSession();
  const announce = useAnnounce();
  const [error, setError] = useState<CombinedError | null>(null);
  const [done, setDone] = useState('');
  const [history, setHistory] = useState(false);
  const hid = 'sacc-' + a.id;
  const activate = async () => {
    if (!window.confirm(t('support.confirmActivate', { name: a.displayName }))) return;
    setError(null);
    const r = await client.mutation(ActivateLegacyAccountMutation, { id: a.id }).toPromise();
    if (r.error) setError(r.error);
    else {
      const msg = t('support.activated', { name: a.displayName, email: a.email });
      setDone(msg);
      announce(msg);
      onDone();
    }
  };
  const resend = async () => {
    setError(null);
    const r = await client.mutation(ResendActivationMutation, { email: a.email }).toPromise();
    if (r.error) setError(r.error);
    else {
      const msg = t('support.resent', { email: a.email });
      setDone(msg);
      announce(msg);
    }
  };
  return (
    <li className="card" aria-labelledby={hid} data-testid="support-account">
      <h2 id={hid}>{a.displayName}</h2>
      <dl className="facts">
        <dt>{t('support.email')}</dt>
        <dd>
          <a href={'mailto:' + a.email}>{a.email}</a>
        </dd>
        <dt>{t('support.status')}</dt>
        <dd data-testid="account-status">{t(('accountStatus.' + a.status) as Key)}</dd>
        <dt>{t('support.created')}</dt>
        <dd>{formatDate(a.createdAt, lang)}</dd>
        <dt>{t('support.roles')}</dt>
        <dd>{a.roles.length === 0 ? '—' : a.roles.join(', ')}</dd>
      </dl>
      <div className="inline">
        {mayActivate && a.status === 'LEGACY_UNMIGRATED' && (
          <button type="button" className="primary" onClick={activate} aria-label={t('support.activateNamed', { name: a.displayName })}>
            {t('support.activate')}
          </button>
        )}
        {a.status === 'PENDING_ACTIVATION' && (
          <button type="button" onClick={resend} aria-label={t('support.resendNamed', { name: a.displayName })}>
            {t('support.resend')}
          </button>
        )}
        {mayReadAudit && (
          <button type="button" aria-expanded={history} aria-controls={'hist-' + a.id} onClick={() => setHistory(!history)}>
            {t('support.history')}
          </button>
        )}
      </div>
      {done && <p className="ok">{done}</p>}
      <ErrorBox error={error} />
      <div id={'hist-' + a.id}>{history && <History id={a.id} />}</div>
    </li>
  );
}

/** Another account that acted: its name and e-mail ("Name <e-mail>"), or its e-mail alone. */
const actorName = (a: { email: string; firstName: string; lastName: string }) => {
  const name = (a.firstName + ' ' + a.lastName).trim();
  return name ? name + ' <' + a.email + '>' : a.email;
};

function History({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: AccountHistoryQuery, variables: { id, first: 50 }, requestPolicy: 'network-only' });
  // The shell's query, answered from the cache: who "you" are in the history.
  const [viewer] = useQuery({ query: ViewerQuery, variables: { locale: toLocale(lang) } });
  const me = viewer.data?.me?.id;
  if (fetching && !data) return <Loading />;
  if (error) return <ErrorBox error={error} />;
  const rows = data?.accountHistory ?? [];
  if (rows.length === 0) return <Empty>{t('support.noHistory')}</Empty>;
  return (
    <table className="list" data-testid="account-history">
      <caption>{t('support.historyOf')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.when')}</th>
          <th scope="col">{t('audit.action')}</th>
          <th scope="col">{t('support.by')}</th>
          <th scope="col">{t('audit.details')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{formatDate(r.createdAt, lang)}</td>
            <td>
              <code>{r.action}</code>
            </td>
            <td>
              {r.actorID == null
                ? '—'
                : r.actorID === id
                  ? t('support.byThemselves')
                  : r.actorID === me
                    ? t('support.byYou')
                    : r.actor
                      ? actorName(r.actor)
                      : t('support.byAccount', { id: r.actorID })}
            </td>
            <td>{r.details.map((d) => d.key + '=' + d.value).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SupportRequests() {
  const { t, lang } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: SupportRequestsQuery, variables: { first: 50 } });
  const rows = data?.supportRequests ?? [];
  return (
    <section className="subsection" aria-labelledby="h-requests">
      <h2 id="h-requests">{t('support.requests')}</h2>
      {fetching && !data ? (
        <Loading />
      ) : error ? (
        <ErrorBox error={error} />
      ) : rows.length === 0 ? (
        <Empty>{t('support.noRequests')}</Empty>
      ) : (
        <ul className="cards" data-testid="support-requests">
          {rows.map((r) => (
            <li key={r.id} className="card" aria-labelledby={'req-' + r.id}>
              <h3 id={'req-' + r.id} lang={r.locale.toLowerCase()}>
                {r.subject}
              </h3>
              <p className="meta">
                {t('support.from', { name: r.name, when: formatDate(r.createdAt, lang) })} <a href={'mailto:' + r.email}>{r.email}</a>
              </p>
              <p className="message" lang={r.locale.toLowerCase()}>
                {r.message}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
