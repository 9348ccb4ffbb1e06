// Mentoring staff review organisations and programs (approve, reject with a reason) and read
// each organisation's access requests with their notice.
import { useState } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import {
  ApproveOrganizationMutation,
  ApproveProgramMutation,
  RejectOrganizationMutation,
  RejectProgramMutation,
  ReviewOrganizationQuery,
  ReviewOrganizationsQuery,
  ReviewProgramsQuery,
} from '../ops';
import { Empty, ErrorBox, Loading, formatDate, useAnnounce } from '../ui';
import { toLocale } from '../lib/lang';
import type { Key } from '../i18n/dict';
import type { ReviewStatus } from '../gql/graphql';

const STATUSES: ReviewStatus[] = ['PENDING', 'APPROVED', 'REJECTED'];

export function Mentoring() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="h-mentoring">
      <h1 id="h-mentoring">{t('mentoring.title')}</h1>
      <Organizations />
      <Programs />
    </section>
  );
}

function Organizations() {
  const { t } = useI18n();
  const [status, setStatus] = useState<ReviewStatus | ''>('PENDING');
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ReviewOrganizationsQuery,
    variables: { status: status || undefined, first: 20, after },
    requestPolicy: 'cache-and-network',
  });
  const orgs = (data?.organizations.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <section aria-labelledby="h-orgs" data-testid="organizations">
      <h2 id="h-orgs">{t('mentoring.organizations')}</h2>
      <div className="inline">
        <label htmlFor="org-status">{t('mentoring.status')}</label>
        <select
          id="org-status"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as ReviewStatus | '');
            setAfter(null);
          }}
        >
          <option value="">{t('mentoring.allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(('review.' + s) as Key)}
            </option>
          ))}
        </select>
      </div>
      {fetching && !data ? (
        <Loading />
      ) : error ? (
        <ErrorBox error={error} />
      ) : orgs.length === 0 ? (
        <Empty>{t('mentoring.noOrganizations')}</Empty>
      ) : (
        <>
          <p>{t('mentoring.orgCount', { n: data!.organizations.totalCount })}</p>
          <ul className="cards">
            {orgs.map((o) => (
              <OrganizationCard key={o.id} org={o} onDone={() => refetch({ requestPolicy: 'network-only' })} />
            ))}
          </ul>
          {data!.organizations.pageInfo.hasNextPage && (
            <button type="button" onClick={() => setAfter(data!.organizations.pageInfo.endCursor ?? null)}>
              {t('pager.next')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** Approve, or reject with a reason: the same buttons for organisations and programs. */
function Decide({
  id,
  name,
  reasonRequired,
  approve,
  reject,
  onDone,
}: {
  id: string;
  name: string;
  reasonRequired: boolean;
  approve(): Promise<{ error?: CombinedError }>;
  reject(reason: string): Promise<{ error?: CombinedError }>;
  onDone(): void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);
  const run = async (what: 'approve' | 'reject') => {
    setBusy(true);
    setError(null);
    const r = what === 'approve' ? await approve() : await reject(reason.trim());
    setBusy(false);
    if (r.error) setError(r.error);
    else {
      announce(t(what === 'approve' ? 'mentoring.approved' : 'mentoring.rejected', { name }));
      onDone();
    }
  };
  return (
    <>
      <ErrorBox error={error} />
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => run('approve')}>
          {t('approvals.approve')}
        </button>
        <button type="button" aria-expanded={rejecting} aria-controls={'reject-' + id} onClick={() => setRejecting((r) => !r)}>
          {t('approvals.reject')}
        </button>
      </div>
      {rejecting && (
        <div className="field" id={'reject-' + id}>
          <label htmlFor={'reason-' + id}>{reasonRequired ? t('mentoring.reasonRequired') : t('mentoring.reason')}</label>
          <textarea id={'reason-' + id} rows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
          <button type="button" className="danger" disabled={busy || (reasonRequired && reason.trim() === '')} onClick={() => run('reject')}>
            {t('mentoring.confirmReject')}
          </button>
        </div>
      )}
    </>
  );
}

type Org = { id: string; name: string; city?: string | null; website?: string | null; status: ReviewStatus; createdAt: string };

function OrganizationCard({ org: o, onDone }: { org: Org; onDone(): void }) {
  const { t, lang } = useI18n();
  const { client } = useSession();
  const [open, setOpen] = useState(false);
  const hid = 'org-' + o.id;
  return (
    <li className="card" aria-labelledby={hid} data-testid="organization">
      <h3 id={hid}>{o.name}</h3>
      <p className="status-line">
        <span className="badge">{t(('review.' + o.status) as Key)}</span> {o.city}
        {o.website && (
          <>
            {' — '}
            <a href={o.website} rel="noreferrer noopener" target="_blank">
              {o.website}
            </a>
          </>
        )}
        <span className="meta"> — {t('mentoring.since', { at: formatDate(o.createdAt, lang) })}</span>
      </p>
      {o.status === 'PENDING' && (
        <Decide
          id={'o' + o.id}
          name={o.name}
          reasonRequired
          approve={() => client.mutation(ApproveOrganizationMutation, { id: o.id }).toPromise()}
          reject={(reason) => client.mutation(RejectOrganizationMutation, { id: o.id, reason }).toPromise()}
          onDone={onDone}
        />
      )}
      <button type="button" className="link" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        {t('mentoring.details')}
      </button>
      {open && <OrganizationDetails id={o.id} />}
    </li>
  );
}

/** The organisation's programs and its access requests, each with its notice. */
function OrganizationDetails({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: ReviewOrganizationQuery, variables: { id, locale: toLocale(lang) }, requestPolicy: 'cache-and-network' });
  if (fetching && !data) return <Loading />;
  if (error) return <ErrorBox error={error} />;
  const org = data?.organization;
  if (!org) return <Empty />;
  const programs = (org.programs.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <div className="subsection" data-testid="organization-details">
      <h4>{t('mentoring.programsOf')}</h4>
      {programs.length === 0 ? (
        <Empty>{t('mentoring.noPrograms')}</Empty>
      ) : (
        <ul>
          {programs.map((p) => (
            <li key={p.id}>
              {p.title} — {t(('programStatus.' + p.status) as Key)}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('mentoring.accessRequests')}</h4>
      {org.pinnedNotices.length === 0 ? (
        <Empty>{t('mentoring.noAccessRequests')}</Empty>
      ) : (
        <ul className="plain" data-testid="access-requests">
          {org.pinnedNotices.map((n) => (
            <li key={n.request.id} className={n.pinned ? 'pinned' : undefined}>
              <p>
                <strong>{n.request.programTitle}</strong> — {t(('accessStatus.' + n.request.status) as Key)}
                {n.pinned && <span className="badge">{t('mentoring.pinned')}</span>}
              </p>
              <p className="meta">
                {t('mentoring.invited', { name: `${n.request.adminFirstName} ${n.request.adminLastName}` })}{' '}
                <a href={'mailto:' + n.request.adminEmail}>{n.request.adminEmail}</a>, {n.request.adminPhone} — {formatDate(n.createdAt, lang)}
              </p>
              <blockquote>{n.text}</blockquote>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Programs() {
  const { t, lang } = useI18n();
  const { client } = useSession();
  const [onlyPending, setOnlyPending] = useState(true);
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: ReviewProgramsQuery, variables: { first: 50, after }, requestPolicy: 'cache-and-network' });
  const all = (data?.programs.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const shown = onlyPending ? all.filter((p) => p.status === 'PENDING') : all;
  return (
    <section aria-labelledby="h-programs" data-testid="programs">
      <h2 id="h-programs">{t('mentoring.programs')}</h2>
      <div className="check">
        <input id="prog-pending" type="checkbox" checked={onlyPending} onChange={(e) => setOnlyPending(e.target.checked)} />
        <label htmlFor="prog-pending">{t('mentoring.onlyPending')}</label>
      </div>
      {fetching && !data ? (
        <Loading />
      ) : error ? (
        <ErrorBox error={error} />
      ) : shown.length === 0 ? (
        <Empty>{t('mentoring.noPrograms')}</Empty>
      ) : (
        <ul className="cards">
          {shown.map((p) => {
            const hid = 'prog-' + p.id;
            return (
              <li key={p.id} className="card" aria-labelledby={hid} data-testid="program">
                <h3 id={hid}>{p.title}</h3>
                <p className="status-line">
                  <span className="badge">{t(('programStatus.' + p.status) as Key)}</span> {t('mentoring.of', { org: p.organization.name })} (
                  {t(('review.' + p.organization.status) as Key)}) — {t('mentoring.level', { n: p.responseLevel })}
                </p>
                <p className="meta">
                  {t('mentoring.contact')} {p.contact.displayName} <a href={'mailto:' + p.contact.email}>{p.contact.email}</a> —{' '}
                  {t('mentoring.since', { at: formatDate(p.createdAt, lang) })}
                </p>
                {p.organization.status !== 'APPROVED' && p.status === 'PENDING' && <p className="hint">{t('mentoring.orgFirst')}</p>}
                {p.status === 'PENDING' && (
                  <Decide
                    id={'p' + p.id}
                    name={p.title}
                    reasonRequired={false}
                    approve={() => client.mutation(ApproveProgramMutation, { id: p.id }).toPromise()}
                    reject={(reason) => client.mutation(RejectProgramMutation, { id: p.id, reason: reason || undefined }).toPromise()}
                    onDone={() => refetch({ requestPolicy: 'network-only' })}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
      {data?.programs.pageInfo.hasNextPage && (
        <button type="button" onClick={() => setAfter(data.programs.pageInfo.endCursor ?? null)}>
          {t('pager.next')}
        </button>
      )}
    </section>
  );
}
