// "My profile › journey": the belt held, what the next belt still needs (workshops up to
// orange, then co-optations by higher belts), the co-optations received, the past sessions,
// and the account's settings (the core pages).
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { useT } from '../../i18n';
import { AccountLinks, ServerError, Title, type Ctx } from '../../kit';
import { MemberMyJourneyQuery } from '../facilitators.ops';
import { BELTS, remaining, splitByDate, when, type BeltName } from './logic';
import { Loading } from './parts';

export function Journey({ ctx }: { ctx: Ctx }) {
  const { t, lang } = useT();
  const [r] = useQuery({ query: MemberMyJourneyQuery, requestPolicy: 'network-only', context: useMemo(() => ({ lang }), [lang]) });
  const me = r.data?.me;
  const belt = (b: string) => t(`facilitators.belt.${b as BeltName}`);
  const j = me?.journey;
  const all = (me?.workshops.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const { past } = splitByDate(all, new Date());
  const next = j?.nextBelt ?? null;
  // Co-optations count from holders of the next belt or higher.
  const nextIndex = next ? BELTS.indexOf(next) : -1;
  return (
    <>
      <Title>{t('facilitators.journey.title')}</Title>
      {r.error ? (
        <ServerError error={r.error} id="journey-error" />
      ) : !me ? (
        <Loading />
      ) : (
        <>
          {!j?.belt ? (
            <p>{t('facilitators.journey.noBelt')}</p>
          ) : (
            <section aria-labelledby="journey-belt">
              <h2 id="journey-belt" className={`belt belt-${j.belt.toLowerCase()}`}>
                {t('facilitators.journey.belt', { belt: belt(j.belt) })}
              </h2>
              <p>{t('facilitators.journey.counter', { run: j.workshopsRun, reached: j.participantsReached })}</p>
              {next ? (
                <>
                  <h3 id="journey-next">{t('facilitators.journey.next', { belt: belt(next) })}</h3>
                  <ul className="requirements" aria-labelledby="journey-next">
                    {remaining(j.requirements).map((q) => {
                      const label =
                        q.code === 'CO_OPTATIONS'
                          ? t('facilitators.journey.req.CO_OPTATIONS', { progress: q.progress, target: q.target, belt: belt(BELTS[Math.max(nextIndex, 0)]) })
                          : t('facilitators.journey.req.WORKSHOPS', { progress: q.progress, target: q.target });
                      const id = `req-${q.code}`;
                      return (
                        <li key={q.code} data-requirement={q.code}>
                          <span id={id}>{label}</span>{' '}
                          <progress max={q.target} value={Math.min(q.progress, q.target)} aria-labelledby={id} />{' '}
                          <span className="left">
                            {q.left === 0 ? t('facilitators.journey.met') : t(q.code === 'CO_OPTATIONS' ? 'facilitators.journey.left.CO_OPTATIONS' : 'facilitators.journey.left.WORKSHOPS', { n: q.left })}
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                </>
              ) : (
                <p>{t('facilitators.journey.top')}</p>
              )}
              {j.coOptations.length > 0 && (
                <>
                  <h3>{t('facilitators.journey.coOptations')}</h3>
                  <ul>
                    {j.coOptations.map((c, i) => (
                      <li key={i}>{t('facilitators.journey.coOptation', { name: c.by.displayName, by: c.by.belt ? belt(c.by.belt) : '—', belt: belt(c.belt), date: when(c.at, lang) })}</li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          )}
          <section aria-labelledby="journey-past">
            <h2 id="journey-past">{t('facilitators.journey.past')}</h2>
            {past.length === 0 ? (
              <p>{t('facilitators.journey.noPast')}</p>
            ) : (
              <ul className="past-sessions">
                {past.map((w) => (
                  <li key={w.id}>
                    {w.title} — {when(w.startsAt, lang)}
                    {w.city ? ` — ${w.city}` : ''} — {t(`facilitators.status.${w.status}`)}
                    {w.status === 'REPORTED' ? ` (${t('facilitators.counter.participants', { n: w.participants ?? 0 })})` : ''}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="journey-settings">
            <h2 id="journey-settings">{t('facilitators.journey.settings')}</h2>
            <AccountLinks ctx={ctx} />
          </section>
        </>
      )}
    </>
  );
}
