// Onboarding sign-up: the upcoming sessions, and registering one of the viewer's programs for
// one (a program registered itself may then ask for access to the platform).
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { useT } from '../../i18n';
import { Done, ServerError, Title, useSend, type Ctx } from '../../kit';
import type { Key } from '../../dict';
import { MemberOnboardingSessionsQuery, MemberProgramsQuery, MemberRegisterForOnboardingMutation } from '../mentoring.ops';
import { formatWhen } from './logic';
import { useLangContext } from './common';

export function OnboardingPage({ ctx, search }: { ctx: Ctx; search: string }) {
  const { t, lang } = useT();
  const context = useLangContext();
  const [sessions, refetch] = useQuery({ query: MemberOnboardingSessionsQuery, variables: { first: 50 }, requestPolicy: 'cache-and-network' });
  const [progs] = useQuery({ query: MemberProgramsQuery, variables: { first: 100 }, context, requestPolicy: 'cache-and-network' });
  const list = (sessions.data?.onboardingSessions.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const programs = (progs.data?.programs.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const open = list.filter((s) => s.seatsLeft > 0);
  const [session, setSession] = useState('');
  const [program, setProgram] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, send } = useSend();
  const sessionId = session || open[0]?.id || '';
  // The program named by the address (?program=, from the access request), else the first approved.
  const asked = new URLSearchParams(search).get('program');
  const programId = program || programs.find((p) => p.id === asked)?.id || programs.find((p) => p.status === 'APPROVED')?.id || programs[0]?.id || '';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const d = await send(() => ctx.client.mutation(MemberRegisterForOnboardingMutation, { sessionId, programId }).toPromise());
    if (!d) return;
    const s = list.find((x) => x.id === sessionId);
    const p = programs.find((x) => x.id === programId);
    setDone(t('mentoring.onboarding.done', { program: p?.title ?? '', when: s ? formatWhen(s.startsAt, lang) : '' }));
    refetch({ requestPolicy: 'network-only' });
  };
  return (
    <>
      <Title>{t('mentoring.onboarding.title')}</Title>
      <p>{t('mentoring.onboarding.intro')}</p>
      <ServerError error={sessions.error ?? progs.error ?? null} id="onboarding-load-error" />
      {list.length === 0 ? (
        !sessions.fetching && <p>{t('mentoring.onboarding.none')}</p>
      ) : (
        <div className="m-scroll">
          <table className="m-table" id="sessions-table">
            <caption>{t('mentoring.onboarding.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mentoring.onboarding.when')}</th>
                <th scope="col">{t('mentoring.onboarding.language')}</th>
                <th scope="col">{t('mentoring.onboarding.seats')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((s) => (
                <tr key={s.id} data-session={s.id}>
                  <th scope="row">
                    <time dateTime={s.startsAt}>{formatWhen(s.startsAt, lang)}</time>
                  </th>
                  <td>{t(('mentoring.lang.' + s.language) as Key)}</td>
                  <td>{s.seatsLeft}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open.length > 0 &&
        (programs.length === 0 ? (
          <p>{t('mentoring.onboarding.noProgram')}</p>
        ) : (
          <form onSubmit={submit} aria-describedby="onboarding-error" className="form" id="onboarding-form">
            <div className="field">
              <label htmlFor="onboarding-session">{t('mentoring.onboarding.session')}</label>
              <select id="onboarding-session" value={sessionId} onChange={(e) => setSession(e.target.value)}>
                {list.map((s) => (
                  <option key={s.id} value={s.id} disabled={s.seatsLeft === 0}>
                    {formatWhen(s.startsAt, lang)} · {t(('mentoring.lang.' + s.language) as Key)}
                    {s.seatsLeft === 0 ? ' · ' + t('mentoring.onboarding.full') : ''}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="onboarding-program">{t('mentoring.onboarding.program')}</label>
              <select id="onboarding-program" value={programId} onChange={(e) => setProgram(e.target.value)}>
                {programs.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title} · {p.organization.name} · {t(('mentoring.status.' + p.status) as Key)}
                  </option>
                ))}
              </select>
            </div>
            <ServerError error={error} id="onboarding-error" />
            {done && <Done>{done}</Done>}
            <button type="submit" className="primary" disabled={busy}>
              {t('mentoring.onboarding.submit')}
            </button>
          </form>
        ))}
    </>
  );
}

