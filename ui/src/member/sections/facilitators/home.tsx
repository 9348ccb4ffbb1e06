// The facilitator's home: their upcoming sessions, and the opportunities (sessions looking for
// a co-facilitator) with an offer to co-facilitate, which they may withdraw.
import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { toLocale } from '../../../lib/lang';
import { useT } from '../../i18n';
import { Done, PageLink, ServerError, Title, useSend, type Ctx } from '../../kit';
import { MemberApplyToWorkshopMutation, MemberFacilitatorHomeQuery, MemberWithdrawWorkshopApplicationMutation } from '../facilitators.ops';
import { splitByDate, when } from './logic';
import { Loading, LongText } from './parts';

interface Opportunity {
  id: string;
  title: string;
  startsAt: string;
  kind: 'PUBLIC' | 'PRIVATE' | 'PROFESSIONAL';
  city?: string | null;
  format: 'ONLINE' | 'IN_PERSON';
  facilitators: { id: string; displayName: string }[];
  viewerApplication?: { id: string; status: AppStatus } | null;
}

type AppStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';

export function FacilitatorHome({ ctx }: { ctx: Ctx }) {
  const { t, lang } = useT();
  const [r] = useQuery({
    query: MemberFacilitatorHomeQuery,
    variables: { locale: toLocale(lang) },
    requestPolicy: 'network-only',
    context: useMemo(() => ({ lang }), [lang]),
  });
  const mine = (r.data?.me?.workshops.edges ?? []).flatMap((e) => (e?.node ? [e.node] : [])).filter((w) => w.status === 'SCHEDULED');
  const { upcoming } = splitByDate(mine, new Date());
  const opportunities = (r.data?.opportunities.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <>
      <Title>{t('facilitators.home.title')}</Title>
      {r.error ? (
        <ServerError error={r.error} id="home-error" />
      ) : !r.data ? (
        <Loading />
      ) : (
        <>
          <section aria-labelledby="home-mine">
            <h2 id="home-mine">{t('facilitators.home.mine')}</h2>
            {upcoming.length === 0 ? (
              <p>{t('facilitators.home.noneMine')}</p>
            ) : (
              <ul className="cards my-sessions">
                {upcoming.map((w) => (
                  <li key={w.id} className="card">
                    <h3>{w.title}</h3>
                    <ul className="facts">
                      <li>{when(w.startsAt, lang)}</li>
                      <li>{w.city ? t('facilitators.where', { format: t(`facilitators.format.${w.format}`), city: w.city }) : t(`facilitators.format.${w.format}`)}</li>
                      <li>{t(`facilitators.kind.${w.kind}`)}</li>
                    </ul>
                  </li>
                ))}
              </ul>
            )}
            <p>
              <PageLink ctx={ctx} page="counter">
                {t('facilitators.home.create')}
              </PageLink>
            </p>
          </section>
          <section aria-labelledby="home-opportunities">
            <h2 id="home-opportunities">{t('facilitators.home.opportunities')}</h2>
            {opportunities.length === 0 ? (
              <p>{t('facilitators.home.noOpportunity')}</p>
            ) : (
              <ul className="cards opportunities">
                {opportunities.map((o) => (
                  <OpportunityCard key={o.id} ctx={ctx} o={o} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}

function OpportunityCard({ ctx, o }: { ctx: Ctx; o: Opportunity }) {
  const { t, lang } = useT();
  // The viewer's application, as the server says, then as this page changed it.
  const [application, setApplication] = useState(o.viewerApplication ?? null);
  const open = !application || application.status === 'WITHDRAWN';
  const withdrawable = application?.status === 'PENDING' || application?.status === 'ACCEPTED';
  const [message, setMessage] = useState('');
  const [done, setDone] = useState<'applied' | 'withdrawn' | null>(null);
  const { busy, error, send } = useSend();
  const apply = async (e: FormEvent) => {
    e.preventDefault();
    const d = await send(() => ctx.client.mutation(MemberApplyToWorkshopMutation, { id: o.id, message: message.trim() || null }).toPromise());
    if (!d) return;
    setApplication(d.applyToWorkshop.application);
    setMessage('');
    setDone('applied');
  };
  const withdraw = async () => {
    if (!application) return;
    const d = await send(() => ctx.client.mutation(MemberWithdrawWorkshopApplicationMutation, { id: application.id }).toPromise());
    if (!d) return;
    setApplication(d.withdrawWorkshopApplication.application);
    setDone('withdrawn');
  };
  const organiser = o.facilitators[0]?.displayName;
  const headingId = `opp-${o.id}`;
  return (
    <li className="card">
      <h3 id={headingId}>{o.title}</h3>
      <ul className="facts">
        <li>{when(o.startsAt, lang)}</li>
        <li>{o.city ? t('facilitators.where', { format: t(`facilitators.format.${o.format}`), city: o.city }) : t(`facilitators.format.${o.format}`)}</li>
        <li>{t(`facilitators.kind.${o.kind}`)}</li>
        {organiser && <li>{t('facilitators.home.organiser', { name: organiser })}</li>}
      </ul>
      {done === 'applied' && <Done>{t('facilitators.home.applied')}</Done>}
      {done === 'withdrawn' && <Done>{t('facilitators.home.withdrawn')}</Done>}
      {application && !done && (
        <p className="application-status">{t('facilitators.home.yourOffer', { status: t(`facilitators.app.${application.status}`) })}</p>
      )}
      {!open ? (
        <>
          {withdrawable && (
            <button type="button" className="secondary" onClick={withdraw} disabled={busy}>
              {t('facilitators.home.withdraw')}
            </button>
          )}
          <ServerError error={error} id={`opp-error-${o.id}`} />
        </>
      ) : (
        <form onSubmit={apply} aria-describedby={`opp-error-${o.id}`} className="form">
          <LongText id={`opp-message-${o.id}`} label={t('facilitators.home.message')} value={message} set={setMessage} optional />
          <ServerError error={error} id={`opp-error-${o.id}`} />
          <button type="submit" className="primary" disabled={busy}>
            {t('facilitators.home.apply')}
          </button>
        </form>
      )}
    </li>
  );
}
