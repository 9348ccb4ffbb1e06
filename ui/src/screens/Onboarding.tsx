// Mentoring staff schedule onboarding sessions and see which program each admin registered.
import { useState, type FormEvent } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { CreateOnboardingSessionMutation, StaffOnboardingSessionsQuery } from '../ops';
import { Empty, ErrorBox, Loading, formatDate, useAnnounce } from '../ui';
import { DateTimeField } from '../fields';
import type { Key } from '../i18n/dict';
import type { Locale } from '../gql/graphql';

export function Onboarding({ locales }: { locales: readonly Locale[] }) {
  const { t, lang } = useI18n();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: StaffOnboardingSessionsQuery, variables: { first: 20, after }, requestPolicy: 'cache-and-network' });
  const sessions = (data?.onboardingSessions.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <section aria-labelledby="h-onboarding">
      <h1 id="h-onboarding">{t('onboarding.title')}</h1>
      <NewSession locales={locales} onCreated={() => refetch({ requestPolicy: 'network-only' })} />
      <h2>{t('onboarding.upcoming')}</h2>
      {fetching && !data ? (
        <Loading />
      ) : error ? (
        <ErrorBox error={error} />
      ) : sessions.length === 0 ? (
        <Empty>{t('onboarding.none')}</Empty>
      ) : (
        <ul className="cards" data-testid="sessions">
          {sessions.map((s) => {
            const hid = 'sess-' + s.id;
            return (
              <li key={s.id} className="card" aria-labelledby={hid} data-testid="session">
                <h3 id={hid}>
                  {formatDate(s.startsAt, lang)} — {t(('locale.' + s.language) as Key)}
                </h3>
                <p className="status-line">{t('onboarding.seats', { left: s.seatsLeft, capacity: s.capacity })}</p>
                {s.registrations.length === 0 ? (
                  <Empty>{t('onboarding.noRegistrations')}</Empty>
                ) : (
                  <table className="list" data-testid="registrations">
                    <caption className="sr-only">{t('onboarding.registrationsOf', { when: formatDate(s.startsAt, lang) })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('onboarding.program')}</th>
                        <th scope="col">{t('onboarding.organization')}</th>
                        <th scope="col">{t('onboarding.registeredBy')}</th>
                        <th scope="col">{t('onboarding.registeredAt')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {s.registrations.map((r) => (
                        <tr key={r.program.id}>
                          <td>{r.program.title}</td>
                          <td>{r.program.organization.name}</td>
                          <td>
                            {r.registeredBy.displayName} <a href={'mailto:' + r.registeredBy.email}>{r.registeredBy.email}</a>
                          </td>
                          <td>{formatDate(r.createdAt, lang)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {data?.onboardingSessions.pageInfo.hasNextPage && (
        <button type="button" onClick={() => setAfter(data.onboardingSessions.pageInfo.endCursor ?? null)}>
          {t('pager.next')}
        </button>
      )}
    </section>
  );
}

function NewSession({ locales, onCreated }: { locales: readonly Locale[]; onCreated(): void }) {
  const { t } = useI18n();
  const { client } = useSession();
  const announce = useAnnounce();
  const [startsAt, setStartsAt] = useState<Date | null>(null);
  const [language, setLanguage] = useState<Locale>(locales[0] ?? 'FR');
  const [capacity, setCapacity] = useState('10');
  const [error, setError] = useState<CombinedError | null>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(0);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!startsAt) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    const r = await client
      .mutation(CreateOnboardingSessionMutation, { input: { startsAt: startsAt.toISOString(), language, capacity: Number(capacity) } })
      .toPromise();
    setBusy(false);
    if (r.error) setError(r.error);
    else {
      announce(t('onboarding.created'));
      setKey((k) => k + 1);
      setStartsAt(null);
      onCreated();
    }
  };
  return (
    <form onSubmit={submit} className="narrow settings" aria-labelledby="h-new-session">
      <h2 id="h-new-session">{t('onboarding.new')}</h2>
      <DateTimeField key={key} id="session-start" label={t('onboarding.startsAt')} onChange={setStartsAt} required />
      <div className="field">
        <label htmlFor="session-language">{t('onboarding.language')}</label>
        <select id="session-language" value={language} onChange={(e) => setLanguage(e.target.value as Locale)}>
          {locales.map((l) => (
            <option key={l} value={l}>
              {t(('locale.' + l) as Key)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="session-capacity">{t('onboarding.capacity')}</label>
        <input id="session-capacity" type="number" min={1} step={1} inputMode="numeric" value={capacity} onChange={(e) => setCapacity(e.target.value)} required />
      </div>
      <ErrorBox error={error} />
      {missing && <ErrorBox>{t('datefield.needed')}</ErrorBox>}
      <button type="submit" className="primary" disabled={busy}>
        {t('onboarding.create')}
      </button>
    </form>
  );
}
