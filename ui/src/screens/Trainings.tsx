// Trainers and facilitators' staff: their trainings (upcoming and past), a new training, and
// a training's registrations with the attendance sheet.
import { useState, type FormEvent } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { Link, useRouter } from '../lib/router';
import { CreateTrainingMutation, MyTrainingsQuery, ScopedPermissionsQuery, TrainingQuery, ValidateAttendanceMutation } from '../ops';
import { Empty, ErrorBox, Loading, formatDate, useAnnounce } from '../ui';
import { DateTimeField } from '../fields';
import type { Format, Locale } from '../gql/graphql';
import type { Key } from '../i18n/dict';

export function Trainings() {
  const { t, lang } = useI18n();
  const { search, navigate } = useRouter();
  const past = search.get('past') === '1';
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyTrainingsQuery, variables: { first: 20, after, past } });
  const show = (p: boolean) => {
    setCursors([null]);
    navigate('/trainings' + (p ? '?past=1' : ''), { replace: true });
  };
  const rows = (data?.myTrainings.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <section aria-labelledby="h-trainings">
      <h1 id="h-trainings">{t('trainings.title')}</h1>
      <NewTraining onCreated={() => refetch({ requestPolicy: 'network-only' })} />
      <h2>{past ? t('trainings.past') : t('trainings.upcoming')}</h2>
      <div className="inline" role="group" aria-label={t('trainings.which')}>
        <button type="button" aria-pressed={!past} onClick={() => show(false)}>
          {t('trainings.upcoming')}
        </button>
        <button type="button" aria-pressed={past} onClick={() => show(true)}>
          {t('trainings.past')}
        </button>
      </div>
      {fetching && !data ? (
        <Loading />
      ) : error ? (
        <ErrorBox error={error} />
      ) : rows.length === 0 ? (
        <Empty>{past ? t('trainings.nonePast') : t('trainings.noneUpcoming')}</Empty>
      ) : (
        <>
          <table className="list" data-testid="trainings">
            <caption className="sr-only">{t('trainings.count', { n: data!.myTrainings.totalCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('trainings.field.title')}</th>
                <th scope="col">{t('trainings.field.startsAt')}</th>
                <th scope="col">{t('trainings.field.format')}</th>
                <th scope="col">{t('trainings.field.city')}</th>
                <th scope="col">{t('trainings.seats')}</th>
                <th scope="col">{t('trainings.trainer')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((tr) => (
                <tr key={tr.id}>
                  <td>
                    <Link to={'/trainings/' + tr.id}>{tr.title}</Link>
                  </td>
                  <td>{formatDate(tr.startsAt, lang)}</td>
                  <td>
                    {t(('format.' + tr.format) as Key)} · {t(('locale.' + tr.language) as Key)}
                  </td>
                  <td>{tr.city ?? '—'}</td>
                  <td>{t('trainings.seatsLeft', { left: tr.seatsLeft, capacity: tr.capacity })}</td>
                  <td>{tr.trainer.displayName}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="pager">
            {cursors.length > 1 && (
              <button type="button" onClick={() => setCursors(cursors.slice(0, -1))}>
                {t('pager.previous')}
              </button>
            )}
            {data!.myTrainings.pageInfo.hasNextPage && (
              <button type="button" onClick={() => setCursors([...cursors, data!.myTrainings.pageInfo.endCursor ?? null])}>
                {t('pager.next')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}

function NewTraining({ onCreated }: { onCreated(): void }) {
  const { t, lang } = useI18n();
  const { client } = useSession();
  const announce = useAnnounce();
  const [perms] = useQuery({ query: ScopedPermissionsQuery, variables: {} });
  const mayAssign = (perms.data?.permissions ?? []).includes('trainings:assign');
  const [f, setF] = useState({ title: '', format: 'IN_PERSON' as Format, language: (lang === 'fr' ? 'FR' : 'EN') as Locale, capacity: '12', city: '', trainerEmail: '' });
  const [error, setError] = useState<CombinedError | null>(null);
  const [busy, setBusy] = useState(false);
  // The dates come from the app's own date fields (remounted by `key` to be emptied).
  const [startsAt, setStartsAt] = useState<Date | null>(null);
  const [endsAt, setEndsAt] = useState<Date | null>(null);
  const [key, setKey] = useState(0);
  const [missing, setMissing] = useState(false);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!startsAt || !endsAt) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    const r = await client
      .mutation(CreateTrainingMutation, {
        input: {
          title: f.title.trim(),
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          format: f.format,
          language: f.language,
          capacity: Number(f.capacity),
          city: f.city.trim() || undefined,
          trainerEmail: mayAssign && f.trainerEmail.trim() ? f.trainerEmail.trim() : undefined,
        },
      })
      .toPromise();
    setBusy(false);
    if (r.error) {
      setError(r.error);
      return;
    }
    announce(t('trainings.created', { title: r.data!.createTraining.training.title }));
    setF({ ...f, title: '', city: '', trainerEmail: '' });
    setStartsAt(null);
    setEndsAt(null);
    setKey((k) => k + 1);
    onCreated();
  };
  return (
    <details className="subsection">
      <summary>{t('trainings.new')}</summary>
      <form onSubmit={submit} className="narrow" data-testid="new-training">
        <div className="field">
          <label htmlFor="tr-title">{t('trainings.field.title')}</label>
          <input id="tr-title" value={f.title} onChange={set('title')} required />
        </div>
        <DateTimeField key={'s' + key} id="tr-starts" label={t('trainings.field.startsAt')} onChange={setStartsAt} required />
        <DateTimeField key={'e' + key} id="tr-ends" label={t('trainings.field.endsAt')} onChange={setEndsAt} required />
        <div className="field">
          <label htmlFor="tr-format">{t('trainings.field.format')}</label>
          <select id="tr-format" value={f.format} onChange={set('format')}>
            <option value="IN_PERSON">{t('format.IN_PERSON')}</option>
            <option value="ONLINE">{t('format.ONLINE')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="tr-language">{t('trainings.field.language')}</label>
          <select id="tr-language" value={f.language} onChange={set('language')}>
            <option value="FR">{t('locale.FR')}</option>
            <option value="EN">{t('locale.EN')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="tr-capacity">{t('trainings.field.capacity')}</label>
          <input id="tr-capacity" type="number" min={1} value={f.capacity} onChange={set('capacity')} required />
        </div>
        <div className="field">
          <label htmlFor="tr-city">{t('trainings.field.city')}</label>
          <input id="tr-city" value={f.city} onChange={set('city')} />
        </div>
        {mayAssign && (
          <div className="field">
            <label htmlFor="tr-trainer">{t('trainings.field.trainerEmail')}</label>
            <input id="tr-trainer" type="email" value={f.trainerEmail} onChange={set('trainerEmail')} aria-describedby="tr-trainer-hint" />
            <span id="tr-trainer-hint" className="hint">
              {t('trainings.field.trainerEmailHint')}
            </span>
          </div>
        )}
        <ErrorBox error={error} />
        {missing && <ErrorBox>{t('datefield.needed')}</ErrorBox>}
        <button className="primary" type="submit" disabled={busy}>
          {t('action.create')}
        </button>
      </form>
    </details>
  );
}

export function TrainingDetail({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { client } = useSession();
  const announce = useAnnounce();
  const [{ data, fetching, error }, refetch] = useQuery({ query: TrainingQuery, variables: { id } });
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [saveError, setSaveError] = useState<CombinedError | null>(null);
  const [busy, setBusy] = useState(false);
  if (fetching && !data) return <Loading />;
  if (error) return <ErrorBox error={error} />;
  const tr = data?.training;
  if (!tr)
    return (
      <section aria-labelledby="h-nf">
        <h1 id="h-nf">{t('error.notFoundTitle')}</h1>
        <p>{t('trainings.notFound')}</p>
      </section>
    );
  const regs = tr.registrations;
  const toggle = (accountId: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(accountId);
    else next.delete(accountId);
    setTicked(next);
  };
  const validate = async (e: FormEvent) => {
    e.preventDefault();
    setSaveError(null);
    setBusy(true);
    const r = await client.mutation(ValidateAttendanceMutation, { trainingId: tr.id, accountIds: [...ticked] }).toPromise();
    setBusy(false);
    if (r.error) {
      setSaveError(r.error);
      return;
    }
    announce(t('trainings.validated', { n: ticked.size }));
    setTicked(new Set());
    refetch({ requestPolicy: 'network-only' });
  };
  const emails = regs.map((r) => r.account.email);
  const copy = async () => {
    await navigator.clipboard.writeText(emails.join(', '));
    announce(t('trainings.copied', { n: emails.length }));
  };
  return (
    <section aria-labelledby="h-training">
      <p>
        <Link to="/trainings">{t('trainings.back')}</Link>
      </p>
      <h1 id="h-training">{tr.title}</h1>
      <dl className="facts">
        <dt>{t('trainings.when')}</dt>
        <dd>{t('trainings.fromTo', { from: formatDate(tr.startsAt, lang), to: formatDate(tr.endsAt, lang) })}</dd>
        <dt>{t('trainings.field.format')}</dt>
        <dd>
          {t(('format.' + tr.format) as Key)} · {t(('locale.' + tr.language) as Key)}
          {tr.city ? ' · ' + tr.city : ''}
        </dd>
        <dt>{t('trainings.seats')}</dt>
        <dd data-testid="seats">{t('trainings.seatsLeft', { left: tr.seatsLeft, capacity: tr.capacity })}</dd>
        <dt>{t('trainings.trainer')}</dt>
        <dd>{tr.trainer.displayName}</dd>
      </dl>
      <h2 id="h-registrations">{t('trainings.registrations', { n: regs.length })}</h2>
      {regs.length === 0 ? (
        <Empty>{t('trainings.noRegistrations')}</Empty>
      ) : (
        <form onSubmit={validate} aria-labelledby="h-registrations">
          <p className="inline">
            <a className="button" href={'mailto:?bcc=' + encodeURIComponent(emails.join(','))}>
              {t('trainings.writeAll')}
            </a>
            <button type="button" onClick={copy}>
              {t('trainings.copyEmails')}
            </button>
          </p>
          <table className="list" data-testid="registrations">
            <caption className="sr-only">{t('trainings.sheet')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('trainings.attended')}</th>
                <th scope="col">{t('trainings.participant')}</th>
                <th scope="col">{t('trainings.email')}</th>
                <th scope="col">{t('trainings.registeredAt')}</th>
              </tr>
            </thead>
            <tbody>
              {regs.map((r) => (
                <tr key={r.account.id} data-testid="registration">
                  <td>
                    {r.attended ? (
                      <span className="badge s-published">{t('trainings.present')}</span>
                    ) : (
                      <input
                        type="checkbox"
                        id={'att-' + r.account.id}
                        checked={ticked.has(r.account.id)}
                        onChange={(e) => toggle(r.account.id, e.target.checked)}
                        aria-label={t('trainings.tick', { name: r.account.displayName })}
                      />
                    )}
                  </td>
                  <th scope="row">{r.account.displayName}</th>
                  <td>
                    <a href={'mailto:' + r.account.email}>{r.account.email}</a>
                  </td>
                  <td>{formatDate(r.registeredAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ErrorBox error={saveError} />
          <button className="primary" type="submit" disabled={busy || ticked.size === 0}>
            {t('trainings.validate', { n: ticked.size })}
          </button>
        </form>
      )}
    </section>
  );
}
