// The entity's page: its name, SIRET, manager and accounts for each of its members; for its
// manager, the accounts waiting for approval with their documents, approved from here.
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { errorCode } from '../../../lib/errors';
import { Done, ServerError, Title, useSend, type Ctx } from '../../kit';
import { useT } from '../../i18n';
import type { Key } from '../../dict';
import { MemberApproveAccountMutation, MemberMyEntityQuery, MemberPendingDepositorsQuery, MemberRejectAccountMutation } from '../certification.ops';
import { formatSiret } from './siret';
import { FileLink } from '../community/shared';

export function EntityPage({ ctx }: { ctx: Ctx }) {
  const { t, lang } = useT();
  const [me, refetchMe] = useQuery({ query: MemberMyEntityQuery, requestPolicy: 'network-only' });
  const manager = me.data?.me?.roles.includes('entity-manager') ?? false;
  const [pending, refetchPending] = useQuery({ query: MemberPendingDepositorsQuery, variables: { first: 50 }, pause: !manager, requestPolicy: 'network-only' });
  const [decided, setDecided] = useState<{ name: string; approved: boolean } | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const { busy, error, send } = useSend();
  useEffect(() => {
    // An expired or revoked session: sign in again.
    if (errorCode(me.error) === 'UNAUTHENTICATED') {
      ctx.signedOut();
      ctx.go('sign-in');
    }
  }, [me.error]); // eslint-disable-line react-hooks/exhaustive-deps

  const day = (iso: string) => new Date(iso.length === 10 ? iso + 'T12:00:00' : iso).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const size = (n: number) => (n < 1024 ? `${n} o` : `${Math.round(n / 1024)} ko`).replace(' o', lang === 'fr' ? ' o' : ' B').replace(' ko', lang === 'fr' ? ' ko' : ' KB');

  const decide = async (id: string, name: string, approve: boolean) => {
    setDecided(null);
    const reason = reasons[id]?.trim() || null;
    const d = approve
      ? await send(() => ctx.client.mutation(MemberApproveAccountMutation, { id }).toPromise())
      : await send(() => ctx.client.mutation(MemberRejectAccountMutation, { id, reason }).toPromise());
    if (!d) return;
    setDecided({ name, approved: approve });
    refetchPending({ requestPolicy: 'network-only' });
    refetchMe({ requestPolicy: 'network-only' });
  };

  if (!me.data?.me) {
    return (
      <>
        <Title>{t('cert.entity.title')}</Title>
        {me.error ? <ServerError error={me.error} id="entity-error" /> : <p role="status">{t('state.loading')}</p>}
      </>
    );
  }
  const e = me.data.me.entity;
  const members = (e?.members.edges ?? []).flatMap((x) => (x?.node ? [x.node] : []));
  const waiting = (pending.data?.pendingAccounts.edges ?? []).flatMap((x) => (x?.node ? [x.node] : []));
  return (
    <>
      <Title>{t('cert.entity.title')}</Title>
      {!e ? (
        <p>{t('cert.entity.none')}</p>
      ) : (
        <>
          <dl className="cert-entity" data-testid="entity">
            <dt>{t('cert.entity.name')}</dt>
            <dd>{e.name}</dd>
            <dt>{t('cert.entity.siret')}</dt>
            <dd>{e.siret ? formatSiret(e.siret) : t('cert.entity.noSiret')}</dd>
            <dt>{t('cert.entity.kind')}</dt>
            <dd>{t(('cert.kind.' + e.kind) as Key)}</dd>
            <dt>{t('cert.entity.manager')}</dt>
            <dd>{e.manager?.displayName ?? t('cert.entity.noManager')}</dd>
            <dt>{t('cert.entity.you')}</dt>
            <dd>
              {t(manager ? 'cert.entity.youManager' : 'cert.entity.youDepositor')} · {t(('cert.status.' + me.data.me.status) as Key)}
            </dd>
          </dl>
          <table className="cert-members" data-testid="members">
            <caption>{t('cert.entity.members')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cert.entity.member')}</th>
                <th scope="col">{t('cert.entity.status')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id} data-testid="member">
                  <td>{m.displayName}</td>
                  <td>{t(('cert.status.' + m.status) as Key)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {manager && (
        <section aria-labelledby="pending-title">
          <h2 id="pending-title">{t('cert.entity.pending')}</h2>
          {decided && <Done>{t(decided.approved ? 'cert.entity.approved' : 'cert.entity.rejected', { name: decided.name })}</Done>}
          <ServerError error={error ?? pending.error ?? null} id="approve-error" />
          {pending.fetching && !pending.data ? (
            <p role="status">{t('state.loading')}</p>
          ) : waiting.length === 0 ? (
            <p>{t('cert.entity.noPending')}</p>
          ) : (
            <>
              <p>{t('cert.entity.pendingIntro')}</p>
              <ul className="cert-pending">
                {waiting.map((a) => (
                  <li key={a.id} data-testid="pending-depositor">
                    <h3>{a.displayName}</h3>
                    <p>
                      {a.email} · {t('cert.entity.requested', { date: day(a.createdAt) })}
                    </p>
                    {a.documents.length > 0 && (
                      <>
                        <p className="cert-docs-title">{t('cert.entity.documents')}</p>
                        <ul>
                          {a.documents.map((d, i) => (
                            <li key={i}>
                              {t(('cert.doc.' + d.kind) as Key)}{lang === 'fr' ? ' : ' : ': '}
                              <FileLink ctx={ctx} url={d.url} filename={d.filename} className="download">
                                {d.filename}
                              </FileLink>{' '}
                              ({size(d.size)})
                              {d.signedOn && <>, {t('cert.doc.signedOn', { date: day(d.signedOn) })}</>}
                            </li>
                          ))}
                        </ul>
                      </>
                    )}
                    <button type="button" className="primary" disabled={busy} onClick={() => decide(a.id, a.displayName, true)}>
                      {t('cert.entity.approve', { name: a.displayName })}
                    </button>
                    <details className="cert-reject">
                      <summary>{t('cert.entity.rejectOpen')}</summary>
                      <div className="field">
                        <label htmlFor={'reason-' + a.id}>{t('cert.entity.reason')}</label>
                        <textarea id={'reason-' + a.id} rows={3} value={reasons[a.id] ?? ''} onChange={(e) => setReasons((r) => ({ ...r, [a.id]: e.target.value }))} />
                      </div>
                      <button type="button" className="secondary" disabled={busy} onClick={() => decide(a.id, a.displayName, false)}>
                        {t('cert.entity.reject', { name: a.displayName })}
                      </button>
                    </details>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
