import { useState } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { ApproveAccountMutation, PendingAccountsQuery, RejectAccountMutation } from '../ops';
import { Empty, ErrorBox, Loading, formatDate, formatSize, useAnnounce } from '../ui';
import type { Key } from '../i18n/dict';
import type { PendingAccountsQuery as PA } from '../gql/graphql';

export function Approvals() {
  const { t } = useI18n();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: PendingAccountsQuery, variables: { first: 20, after } });
  const accounts = (data?.pendingAccounts.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <section aria-labelledby="h-appr">
      <h1 id="h-appr">{t('approvals.title')}</h1>
      {fetching && !data ? (
        <Loading />
      ) : error ? (
        <ErrorBox error={error} />
      ) : accounts.length === 0 ? (
        <Empty>{t('approvals.none')}</Empty>
      ) : (
        <>
          <p>{t('approvals.count', { n: data!.pendingAccounts.totalCount })}</p>
          <ul className="cards" data-testid="pending">
            {accounts.map((a) => (
              <PendingCard key={a.id} account={a} onDone={() => refetch({ requestPolicy: 'network-only' })} />
            ))}
          </ul>
          <div className="pager">
            {after && (
              <button type="button" onClick={() => setAfter(null)}>
                {t('pager.first')}
              </button>
            )}
            {data!.pendingAccounts.pageInfo.hasNextPage && (
              <button type="button" onClick={() => setAfter(data!.pendingAccounts.pageInfo.endCursor ?? null)}>
                {t('pager.next')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}

/**
 * The address to fetch a server file from: its path on this origin. The API may build absolute
 * links on PUBLIC_URL (the readers' site), which the CSP (connect-src 'self') would block; the
 * app is served by the API server itself, which answers the same path.
 */
export function sameOrigin(url: string, origin: string): string {
  const u = new URL(url, origin);
  return u.origin === origin ? u.href : u.pathname + u.search;
}

type Pending = NonNullable<NonNullable<NonNullable<PA['pendingAccounts']['edges']>[number]>['node']>;

function PendingCard({ account: a, onDone }: { account: Pending; onDone(): void }) {
  const { t, lang } = useI18n();
  const { client, token } = useSession();
  const announce = useAnnounce();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<CombinedError | null>(null);
  const [dlError, setDlError] = useState('');
  const [busy, setBusy] = useState(false);
  const name = `${a.firstName} ${a.lastName}`;
  const hid = 'acc-' + a.id;

  const approve = async () => {
    setBusy(true);
    setError(null);
    const r = await client.mutation(ApproveAccountMutation, { id: a.id }).toPromise();
    setBusy(false);
    if (r.error) setError(r.error);
    else {
      announce(t('approvals.approved', { name }));
      onDone();
    }
  };
  const reject = async () => {
    setBusy(true);
    setError(null);
    const r = await client.mutation(RejectAccountMutation, { id: a.id, reason: reason.trim() || undefined }).toPromise();
    setBusy(false);
    if (r.error) setError(r.error);
    else {
      announce(t('approvals.rejected', { name }));
      onDone();
    }
  };
  // Documents answer only with the bearer token: fetch them, then hand the browser a blob URL.
  const download = async (url: string, filename: string) => {
    setDlError('');
    try {
      const res = await fetch(sameOrigin(url, location.origin), { headers: { Authorization: 'Bearer ' + token, 'Accept-Language': lang } });
      if (!res.ok) throw new Error(String(res.status));
      const blobUrl = URL.createObjectURL(await res.blob());
      const link = document.createElement('a');
      link.href = blobUrl;
      link.download = filename;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(blobUrl), 60_000);
    } catch {
      setDlError(t('approvals.downloadFailed', { name: filename }));
    }
  };

  return (
    <li className="card" aria-labelledby={hid} data-testid="pending-account">
      <h2 id={hid}>{name}</h2>
      <p>
        <a href={'mailto:' + a.email}>{a.email}</a> — {t('approvals.since', { at: formatDate(a.createdAt, lang) })}
      </p>
      {a.entity && (
        <p>
          {t('approvals.entity')}: <strong>{a.entity.name}</strong> ({t(('entityKind.' + a.entity.kind) as Key)}
          {a.entity.siret ? ', SIRET ' + a.entity.siret : ''})
        </p>
      )}
      {a.entity && (
        <p className={a.entity.manager ? 'meta' : 'hint'} data-testid="manager-note">
          {a.entity.manager ? t('approvals.joinsEntity', { entity: a.entity.name }) : t('approvals.becomesManager', { name, entity: a.entity.name })}
        </p>
      )}
      {a.documents.length > 0 ? (
        <ul className="plain">
          {a.documents.map((d) => (
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
      ) : (
        <p className="meta">{t('approvals.noDocuments')}</p>
      )}
      <ErrorBox error={error} />
      {dlError && <ErrorBox>{dlError}</ErrorBox>}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={approve}>
          {t('approvals.approve')}
        </button>
        <button type="button" aria-expanded={rejecting} onClick={() => setRejecting((r) => !r)}>
          {t('approvals.reject')}
        </button>
      </div>
      {rejecting && (
        <div className="field">
          <label htmlFor={'reason-' + a.id}>{t('approvals.reason')}</label>
          <textarea id={'reason-' + a.id} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
          <button type="button" className="danger" disabled={busy || reason.trim() === ''} onClick={reject}>
            {t('approvals.confirmReject')}
          </button>
        </div>
      )}
    </li>
  );
}
