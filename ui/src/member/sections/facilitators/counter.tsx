// "Create a session / my counter": the counter of workshops run, the form that creates a
// session (past ones too, to report them), and each of the facilitator's sessions with what
// can be done to it: edit (organiser, scheduled), report (once started), decide the offers to
// co-facilitate (organiser).
import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { toLocale } from '../../../lib/lang';
import { writeDateTime } from '../../../lib/datetime';
import { useT } from '../../i18n';
import { Done, ServerError, Title, useSend, type Ctx } from '../../kit';
import {
  MemberCancelWorkshopMutation,
  MemberCreateWorkshopMutation,
  MemberDecideWorkshopApplicationMutation,
  MemberMyWorkshopsQuery,
  MemberReportWorkshopMutation,
  MemberUpdateWorkshopMutation,
} from '../facilitators.ops';
import { emailList, participantsCount, workshopInput, when, type FormProblem, type WorkshopForm } from './logic';
import { Check, Choice, Loading, LongText, Text } from './parts';

const FORMATS = ['IN_PERSON', 'ONLINE'] as const;
const KINDS = ['PUBLIC', 'PRIVATE', 'PROFESSIONAL'] as const;
const LANGS = ['FR', 'EN'] as const;

interface Workshop {
  id: string;
  title: string;
  startsAt: string;
  status: 'SCHEDULED' | 'REPORTED' | 'CANCELLED';
  city?: string | null;
  capacity: number;
  participants?: number | null;
  facilitators: { id: string }[];
  coFacilitators: { id: string; displayName: string }[];
  applications: { id: string; status: 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN'; message: string; applicant: { id: string; displayName: string; belt?: string | null } }[];
}

export function Counter({ ctx }: { ctx: Ctx }) {
  const { t, lang } = useT();
  const [r, refetch] = useQuery({ query: MemberMyWorkshopsQuery, requestPolicy: 'network-only', context: useMemo(() => ({ lang }), [lang]) });
  const again = () => refetch({ requestPolicy: 'network-only' });
  const me = r.data?.me;
  const workshops = (me?.workshops.edges ?? []).flatMap((e) => (e?.node ? [e.node] : [])) as Workshop[];
  return (
    <>
      <Title>{t('facilitators.counter.title')}</Title>
      {r.error ? (
        <ServerError error={r.error} id="counter-error" />
      ) : !me ? (
        <Loading />
      ) : (
        <>
          <section aria-labelledby="counter-summary">
            <h2 id="counter-summary">{t('facilitators.counter.summary')}</h2>
            <dl className="counter">
              <div>
                <dt>{t('facilitators.counter.run')}</dt>
                <dd id="workshops-run">{me.journey?.workshopsRun ?? 0}</dd>
              </div>
              <div>
                <dt>{t('facilitators.counter.reached')}</dt>
                <dd id="participants-reached">{me.journey?.participantsReached ?? 0}</dd>
              </div>
            </dl>
          </section>
          <CreateSession ctx={ctx} created={again} />
          <section aria-labelledby="counter-mine">
            <h2 id="counter-mine">{t('facilitators.counter.mine')}</h2>
            {workshops.length === 0 ? (
              <p>{t('facilitators.counter.none')}</p>
            ) : (
              <ul className="cards my-workshops">
                {workshops.map((w) => (
                  <WorkshopCard key={w.id} ctx={ctx} w={w} meId={me.id} changed={again} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}

function problemText(t: (k: 'facilitators.problem.startsAt' | 'facilitators.problem.capacity') => string, problems: FormProblem[], f: FormProblem) {
  return problems.includes(f) ? t(`facilitators.problem.${f}`) : null;
}

function CreateSession({ ctx, created }: { ctx: Ctx; created(): void }) {
  const { t, lang } = useT();
  const empty: WorkshopForm = { title: '', startsAt: '', city: '', capacity: '12', kind: 'PUBLIC', format: 'IN_PERSON', language: toLocale(lang), coFacilitators: '', seeking: false };
  const [f, setF] = useState<WorkshopForm>(empty);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [done, setDone] = useState(false);
  const { busy, error, send } = useSend();
  const set = (k: keyof WorkshopForm) => (v: string | boolean) => setF((x) => ({ ...x, [k]: v }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const out = workshopInput(f);
    if ('problems' in out) {
      setProblems(out.problems);
      document.getElementById(out.problems[0] === 'startsAt' ? 'ws-startsAt' : 'ws-capacity')?.focus();
      return;
    }
    setProblems([]);
    const d = await send(() => ctx.client.mutation(MemberCreateWorkshopMutation, { input: out.input as never }).toPromise());
    if (!d) return;
    setF(empty);
    setDone(true);
    created();
  };
  return (
    <section aria-labelledby="counter-create">
      <h2 id="counter-create">{t('facilitators.counter.create')}</h2>
      <p className="hint">{t('facilitators.counter.createHint')}</p>
      <form onSubmit={submit} aria-describedby="create-error" className="form" noValidate>
        <Text id="ws-title" label={t('facilitators.field.title')} value={f.title} set={set('title')} optional />
        <Text id="ws-startsAt" label={t('facilitators.field.startsAt')} value={f.startsAt} set={set('startsAt')} problem={problemText(t, problems, 'startsAt')} />
        <Choice id="ws-format" label={t('facilitators.field.format')} value={f.format} set={set('format')} options={FORMATS} keyOf={(v) => `facilitators.format.${v as (typeof FORMATS)[number]}`} />
        <Choice id="ws-language" label={t('facilitators.field.language')} value={f.language} set={set('language')} options={LANGS} keyOf={(v) => `facilitators.lang.${v as (typeof LANGS)[number]}`} />
        <Choice id="ws-kind" label={t('facilitators.field.kind')} value={f.kind} set={set('kind')} options={KINDS} keyOf={(v) => `facilitators.kind.${v as (typeof KINDS)[number]}`} />
        <Text id="ws-city" label={t('facilitators.field.city')} value={f.city} set={set('city')} optional />
        <Text id="ws-capacity" label={t('facilitators.field.capacity')} value={f.capacity} set={set('capacity')} inputMode="numeric" problem={problemText(t, problems, 'capacity')} />
        <LongText id="ws-co" label={t('facilitators.field.coFacilitators')} value={f.coFacilitators} set={set('coFacilitators')} optional />
        <Check id="ws-seeking" label={t('facilitators.field.seeking')} checked={f.seeking} set={set('seeking')} />
        <ServerError error={error} id="create-error" />
        {done && <Done>{t('facilitators.counter.created')}</Done>}
        <button type="submit" className="primary" disabled={busy}>
          {t('facilitators.counter.createSubmit')}
        </button>
      </form>
    </section>
  );
}

function WorkshopCard({ ctx, w, meId, changed }: { ctx: Ctx; w: Workshop; meId: string; changed(): void }) {
  const { t, lang } = useT();
  const organiser = w.facilitators[0]?.id === meId;
  const started = Date.parse(w.startsAt) <= Date.now();
  const [editing, setEditing] = useState(false);
  // Shown by the card: the report's form goes once the session is reported.
  const [reported, setReported] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  return (
    <li className="card workshop" data-workshop={w.id}>
      <h3>{w.title}</h3>
      <ul className="facts">
        <li>{when(w.startsAt, lang)}</li>
        {w.city && <li>{w.city}</li>}
        <li className="status">{t(`facilitators.status.${w.status}`)}</li>
        {w.status === 'REPORTED' && <li>{t('facilitators.counter.participants', { n: w.participants ?? 0 })}</li>}
        {organiser && <li>{t('facilitators.counter.organiserYou')}</li>}
        {w.coFacilitators.length > 0 && <li className="co">{t('facilitators.counter.coWith', { names: w.coFacilitators.map((c) => c.displayName).join(', ') })}</li>}
      </ul>
      {organiser && w.status === 'SCHEDULED' && (
        <>
          <button type="button" className="secondary" aria-expanded={editing} aria-controls={`edit-${w.id}`} onClick={() => setEditing((x) => !x)}>
            {t('facilitators.counter.edit', { title: w.title })}
          </button>
          <div id={`edit-${w.id}`}>{editing && <EditSession ctx={ctx} w={w} changed={changed} />}</div>
          <CancelSession ctx={ctx} w={w} changed={() => {
            setCancelled(true);
            changed();
          }} />
        </>
      )}
      {cancelled && <Done>{t('facilitators.counter.cancelled')}</Done>}
      {reported && <Done>{t('facilitators.counter.reported')}</Done>}
      {w.status === 'SCHEDULED' &&
        (started ? (
          <ReportSession
            ctx={ctx}
            w={w}
            changed={() => {
              setReported(true);
              changed();
            }}
          />
        ) : (
          <p className="hint">{t('facilitators.counter.notYet')}</p>
        ))}
      {organiser && <Applications ctx={ctx} w={w} changed={changed} />}
    </li>
  );
}

function EditSession({ ctx, w, changed }: { ctx: Ctx; w: Workshop; changed(): void }) {
  const { t } = useT();
  const [startsAt, setStartsAt] = useState(writeDateTime(new Date(w.startsAt)));
  const [city, setCity] = useState(w.city ?? '');
  const [capacity, setCapacity] = useState(String(w.capacity));
  const [co, setCo] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [done, setDone] = useState(false);
  const { busy, error, send } = useSend();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const out = workshopInput({ title: '', startsAt, city, capacity, kind: 'PUBLIC', format: 'IN_PERSON', language: 'FR', coFacilitators: co, seeking: false });
    if ('problems' in out) {
      setProblems(out.problems);
      return;
    }
    setProblems([]);
    const input: Record<string, unknown> = { startsAt: out.input.startsAt, city: city.trim(), capacity: out.input.capacity };
    // The whole list of co-facilitators: those kept are named by the addresses typed; an empty
    // field leaves the list as it is.
    const emails = emailList(co);
    if (emails.length > 0) input.coFacilitatorEmails = emails;
    const d = await send(() => ctx.client.mutation(MemberUpdateWorkshopMutation, { id: w.id, input: input as never }).toPromise());
    if (!d) return;
    setDone(true);
    changed();
  };
  const p = `edit-${w.id}-`;
  return (
    <form onSubmit={submit} aria-describedby={p + 'error'} className="form" noValidate>
      <Text id={p + 'startsAt'} label={t('facilitators.field.startsAt')} value={startsAt} set={setStartsAt} problem={problemText(t, problems, 'startsAt')} />
      <Text id={p + 'city'} label={t('facilitators.field.city')} value={city} set={setCity} optional />
      <Text id={p + 'capacity'} label={t('facilitators.field.capacity')} value={capacity} set={setCapacity} inputMode="numeric" problem={problemText(t, problems, 'capacity')} />
      <LongText id={p + 'co'} label={t('facilitators.field.coFacilitators')} value={co} set={setCo} optional hint={t('facilitators.counter.coHint')} />
      <ServerError error={error} id={p + 'error'} />
      {done && <Done>{t('facilitators.counter.edited')}</Done>}
      <button type="submit" className="primary" disabled={busy}>
        {t('facilitators.counter.editSubmit')}
      </button>
    </form>
  );
}

// Cancelling asks once more, since the co-facilitators and those who offered are e-mailed.
function CancelSession({ ctx, w, changed }: { ctx: Ctx; w: Workshop; changed(): void }) {
  const { t } = useT();
  const [asking, setAsking] = useState(false);
  const { busy, error, send } = useSend();
  const cancel = async () => {
    const d = await send(() => ctx.client.mutation(MemberCancelWorkshopMutation, { id: w.id }).toPromise());
    if (!d) return;
    setAsking(false);
    changed();
  };
  const p = `cancel-${w.id}-`;
  return (
    <div className="cancel">
      {!asking ? (
        <button type="button" className="secondary" onClick={() => setAsking(true)}>
          {t('facilitators.counter.cancel', { title: w.title })}
        </button>
      ) : (
        <div role="group" aria-labelledby={p + 'question'} aria-describedby={p + 'error'}>
          <p id={p + 'question'}>{t('facilitators.counter.cancelConfirm')}</p>
          <ServerError error={error} id={p + 'error'} />
          <div className="actions">
            <button type="button" className="danger" disabled={busy} onClick={cancel}>
              {t('facilitators.counter.cancelYes')}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => setAsking(false)}>
              {t('facilitators.counter.cancelNo')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

function ReportSession({ ctx, w, changed }: { ctx: Ctx; w: Workshop; changed(): void }) {
  const { t } = useT();
  const [count, setCount] = useState('');
  const [problem, setProblem] = useState(false);
  const { busy, error, send } = useSend();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const n = participantsCount(count);
    setProblem(n === null);
    if (n === null) return;
    const d = await send(() => ctx.client.mutation(MemberReportWorkshopMutation, { id: w.id, participants: n }).toPromise());
    if (!d) return;
    changed();
  };
  const p = `report-${w.id}-`;
  return (
    <form onSubmit={submit} aria-describedby={p + 'error'} className="form report" noValidate>
      <h4>{t('facilitators.counter.report')}</h4>
      <Text
        id={p + 'participants'}
        label={t('facilitators.field.participants')}
        value={count}
        set={setCount}
        inputMode="numeric"
        problem={problem ? t('facilitators.problem.participants') : null}
      />
      <ServerError error={error} id={p + 'error'} />
      <button type="submit" className="primary" disabled={busy}>
        {t('facilitators.counter.reportSubmit')}
      </button>
    </form>
  );
}

function Applications({ ctx, w, changed }: { ctx: Ctx; w: Workshop; changed(): void }) {
  const { t } = useT();
  const [decided, setDecided] = useState<string | null>(null);
  const { busy, error, send } = useSend();
  const decide = async (id: string, name: string, accept: boolean) => {
    const d = await send(() => ctx.client.mutation(MemberDecideWorkshopApplicationMutation, { id, accept }).toPromise());
    if (!d) return;
    setDecided(name);
    changed();
  };
  if (w.applications.length === 0 && !decided) return null;
  return (
    <div className="applications">
      <h4>{t('facilitators.counter.applications')}</h4>
      {decided && <Done>{t('facilitators.counter.decided', { name: decided })}</Done>}
      <ServerError error={error} id={`apps-error-${w.id}`} />
      <ul>
        {w.applications.map((a) => {
          const name = a.applicant.displayName;
          return (
            <li key={a.id} className="application" data-application={a.id}>
              <p>
                <strong>{t('facilitators.counter.applicant', { name, belt: a.applicant.belt ? t(`facilitators.belt.${a.applicant.belt as 'WHITE'}`) : '—' })}</strong> — {t(`facilitators.app.${a.status}`)}
              </p>
              {a.message && <blockquote>{a.message}</blockquote>}
              {a.status === 'PENDING' && (
                <div className="actions">
                  <button type="button" className="primary" disabled={busy} onClick={() => decide(a.id, name, true)}>
                    {t('facilitators.counter.accept', { name })}
                  </button>
                  <button type="button" className="secondary" disabled={busy} onClick={() => decide(a.id, name, false)}>
                    {t('facilitators.counter.decline', { name })}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
