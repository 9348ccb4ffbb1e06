// The public trainings: the upcoming ones, a training's page with its sign-up form, and the
// result of the e-mailed link that confirms a sign-up (/trainings/confirm, run by MailLink).
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { toLocale } from '../../../lib/lang';
import { setLastSpace } from '../../../lib/session';
import { useT } from '../../i18n';
import { Done, NotFound, PageLink, ServerError, Title, useSend, type Ctx } from '../../kit';
import { MemberMeQuery, MemberSpaceQuery } from '../../ops';
import { tokenOf } from '../../route';
import { MemberConfirmTrainingRegistrationMutation, MemberRegisterForTrainingMutation, MemberTrainingsQuery } from '../facilitators.ops';
import { hasTrainings, when } from './logic';
import { Loading, Text } from './parts';

export function Trainings({ ctx, rest, search }: { ctx: Ctx; rest: string[]; search: string }) {
  const { lang } = useT();
  // The same query as the page's header: answered from the cache.
  const [sp] = useQuery({ query: MemberSpaceQuery, variables: { locale: toLocale(lang) } });
  const q = new URLSearchParams(search);
  if (q.get('done') || q.get('token')) return <Confirmed ctx={ctx} search={search} />;
  if (sp.data && !hasTrainings(sp.data.space.modules)) return <NotFound />;
  if (rest.length > 0) return <TrainingPage ctx={ctx} id={rest[0]} />;
  return <TrainingList ctx={ctx} />;
}

interface TrainingNode {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  format: 'ONLINE' | 'IN_PERSON';
  language: 'FR' | 'EN';
  city?: string | null;
  seatsLeft: number;
  trainer: { displayName: string };
}

function useTrainings() {
  const [r] = useQuery({ query: MemberTrainingsQuery, variables: { first: 50 }, requestPolicy: 'cache-and-network' });
  return r;
}

function Facts({ tr }: { tr: TrainingNode }) {
  const { t, lang } = useT();
  return (
    <ul className="facts">
      <li>{t('facilitators.trainings.dates', { start: when(tr.startsAt, lang), end: when(tr.endsAt, lang) })}</li>
      <li>{tr.city ? t('facilitators.where', { format: t(`facilitators.format.${tr.format}`), city: tr.city }) : t(`facilitators.format.${tr.format}`)}</li>
      <li>{t(`facilitators.lang.${tr.language}`)}</li>
      <li>{t('facilitators.trainings.by', { name: tr.trainer.displayName })}</li>
      <li>{tr.seatsLeft > 0 ? t('facilitators.trainings.seats', { n: tr.seatsLeft }) : t('facilitators.trainings.full')}</li>
    </ul>
  );
}

function TrainingList({ ctx }: { ctx: Ctx }) {
  const { t } = useT();
  const r = useTrainings();
  const list = (r.data?.trainings.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <>
      <Title>{t('facilitators.trainings.title')}</Title>
      <p>{t('facilitators.trainings.intro')}</p>
      {r.error ? (
        <ServerError error={r.error} id="trainings-error" />
      ) : !r.data ? (
        <Loading />
      ) : list.length === 0 ? (
        <p>{t('facilitators.trainings.none')}</p>
      ) : (
        <ul className="cards">
          {list.map((tr) => (
            <li key={tr.id} className="card">
              <h2>
                <PageLink ctx={ctx} page={`trainings/${tr.id}`}>
                  {tr.title}
                </PageLink>
              </h2>
              <Facts tr={tr} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function TrainingPage({ ctx, id }: { ctx: Ctx; id: string }) {
  const { t, lang } = useT();
  const r = useTrainings();
  const [me] = useQuery({ query: MemberMeQuery, pause: !ctx.token });
  const tr = (r.data?.trainings.edges ?? []).flatMap((e) => (e?.node ? [e.node] : [])).find((x) => x.id === id);
  const [email, setEmail] = useState('');
  const [firstName, setFirst] = useState('');
  const [lastName, setLast] = useState('');
  const [password, setPassword] = useState('');
  const [done, setDone] = useState<'signedIn' | 'mail' | null>(null);
  const { busy, error, send } = useSend();
  const account = ctx.token ? me.data?.me : null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = account
      ? { email: account.email, firstName: account.firstName, lastName: account.lastName, locale: toLocale(lang) }
      : { email, firstName, lastName, locale: toLocale(lang), ...(password ? { password } : {}) };
    const d = await send(() => ctx.client.mutation(MemberRegisterForTrainingMutation, { trainingId: id, input }).toPromise());
    if (!d) return;
    // The e-mail's link (activation or confirmation) then opens this space first.
    setLastSpace(localStorage, ctx.space);
    setPassword('');
    setDone(account ? 'signedIn' : 'mail');
  };
  if (r.error) return <ServerError error={r.error} id="training-error" />;
  if (!r.data) return <Loading />;
  if (!tr) {
    return (
      <>
        <Title>{t('facilitators.trainings.title')}</Title>
        <p>{t('facilitators.trainings.gone')}</p>
        <p>
          <PageLink ctx={ctx} page="trainings">
            {t('facilitators.trainings.back')}
          </PageLink>
        </p>
      </>
    );
  }
  return (
    <>
      <Title>{tr.title}</Title>
      <Facts tr={tr} />
      <h2>{t('facilitators.signup.title')}</h2>
      {done === 'signedIn' ? (
        <>
          <Done>{t('facilitators.signup.doneSignedIn')}</Done>
          <p>
            <PageLink ctx={ctx} page="course">
              {t('facilitators.signup.course')}
            </PageLink>
          </p>
        </>
      ) : done === 'mail' ? (
        <Done>{t('facilitators.signup.doneMail', { email })}</Done>
      ) : ctx.token && !account ? (
        <Loading />
      ) : (
        <form onSubmit={submit} aria-describedby="signup-training-error" className="form">
          {account ? (
            <p>{t('facilitators.signup.signedIn')}</p>
          ) : (
            <>
              <p>{t('facilitators.signup.anonymous')}</p>
              <Text id="firstName" label={t('field.firstName')} autoComplete="given-name" value={firstName} set={setFirst} />
              <Text id="lastName" label={t('field.lastName')} autoComplete="family-name" value={lastName} set={setLast} />
              <Text id="email" label={t('field.email')} type="email" autoComplete="email" value={email} set={setEmail} />
              <Text
                id="password"
                label={t('facilitators.signup.password')}
                type="password"
                autoComplete="new-password"
                value={password}
                set={setPassword}
                optional
                hint={t('facilitators.signup.haveAccount')}
              />
            </>
          )}
          <ServerError error={error} id="signup-training-error" />
          <button type="submit" className="primary" disabled={busy || tr.seatsLeft <= 0}>
            {t('facilitators.signup.submit')}
          </button>
        </form>
      )}
      {!ctx.token && !done && (
        <p>
          <PageLink ctx={ctx} page="sign-in">
            {t('link.signIn')}
          </PageLink>
        </p>
      )}
      <p>
        <PageLink ctx={ctx} page="trainings">
          {t('facilitators.trainings.back')}
        </PageLink>
      </p>
    </>
  );
}

/** The e-mail's confirmation link: done already at the root (?done=1), or a token to try here. */
function Confirmed({ ctx, search }: { ctx: Ctx; search: string }) {
  const { t } = useT();
  const [ok, setOk] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const started = useRef(false);
  const params = useMemo(() => new URLSearchParams(search), [search]);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (params.get('done')) {
      const saved = JSON.parse(sessionStorage.getItem('guichet.member.result') ?? 'null') as { data: unknown; message: string | null } | null;
      sessionStorage.removeItem('guichet.member.result');
      const d = saved?.data as { confirmTrainingRegistration?: { ok: boolean } } | null | undefined;
      if (saved?.message) setMessage(saved.message);
      else if (d?.confirmTrainingRegistration?.ok) setOk(true);
      else setMessage(t('error.noToken'));
      return;
    }
    const token = tokenOf(search);
    if (!token) return;
    (async () => {
      const r = await ctx.client.mutation(MemberConfirmTrainingRegistrationMutation, { token }).toPromise();
      if (r.error) setError(r.error);
      else setOk(true);
    })();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <>
      <Title>{t('facilitators.confirm.title')}</Title>
      {message ? (
        <p className="error" role="alert">
          {message}
        </p>
      ) : error ? (
        <ServerError error={error} id="confirm-error" />
      ) : ok ? (
        <Done>{t('facilitators.confirm.done')}</Done>
      ) : (
        <Loading>{t('activate.working')}</Loading>
      )}
      {ok && (
        <p>
          <PageLink ctx={ctx} page={ctx.token ? 'course' : 'sign-in'}>
            {t(ctx.token ? 'facilitators.signup.course' : 'link.signIn')}
          </PageLink>
        </p>
      )}
    </>
  );
}
