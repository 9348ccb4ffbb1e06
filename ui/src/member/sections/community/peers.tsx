// Peer validation (address: peers): the candidate's journey to a belt that comes by
// co-optation (ask, then the co-optations received so far), and for green and blue belts the
// requests they may co-opt, each with an optional comment.
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { errorCode } from '../../../lib/errors';
import { Done, ServerError, Title, useSend, type Ctx } from '../../kit';
import { useT } from '../../i18n';
import type { Key } from '../../dict';
import { MemberBeltRequestsQuery, MemberCoOptMutation, MemberPeersQuery, MemberRequestBeltValidationMutation } from '../community.ops';
import { coOptationProgress, spellDate } from './logic';
import { TextArea, Waiting, useBelt } from './shared';

export function Peers({ ctx }: { ctx: Ctx }) {
  const { t } = useT();
  const [r, refetch] = useQuery({ query: MemberPeersQuery, requestPolicy: 'network-only' });
  return (
    <>
      <Title>{t('community.peers.title')}</Title>
      <p>{t('community.peers.intro')}</p>
      {!r.data ? (
        <Waiting error={r.error} id="peers-error" />
      ) : (
        <>
          {r.data.me?.journey && (
            <MyJourney ctx={ctx} journey={r.data.me.journey} request={r.data.me.nextBeltRequest ?? null} mayAsk={r.data.mayAsk} refetch={() => refetch({ requestPolicy: 'network-only' })} />
          )}
          {r.data.mayCoOpt && <ToCoOpt ctx={ctx} />}
        </>
      )}
    </>
  );
}

interface JourneyView {
  belt?: string | null;
  nextBelt?: string | null;
  requirements: readonly { code: string; met: boolean; progress: number; target: number }[];
  coOptations: readonly { by: { displayName: string; belt?: string | null }; belt: string; at: string; comment: string }[];
}

interface OwnRequest {
  id: string;
  belt: string;
  status: string;
  required: number;
  createdAt: string;
  coOptations: readonly { by: { displayName: string } }[];
}

function MyJourney({ ctx, journey, request, mayAsk, refetch }: { ctx: Ctx; journey: JourneyView; request: OwnRequest | null; mayAsk: boolean; refetch(): void }) {
  const { t, lang } = useT();
  const belt = useBelt();
  const { busy, error, send } = useSend();
  const [asked, setAsked] = useState<string | null>(null);
  const [already, setAlready] = useState(false);
  const co = coOptationProgress(journey.requirements);
  const ask = async () => {
    setAlready(false);
    const d = await send(async () => {
      const res = await ctx.client.mutation(MemberRequestBeltValidationMutation, {}).toPromise();
      // A request already open is what the person wanted: say so rather than show an error.
      if (errorCode(res.error) === 'CONFLICT') {
        setAlready(true);
        return { data: undefined, error: undefined };
      }
      return res;
    });
    if (d) {
      setAsked(d.requestBeltValidation.request.belt);
      refetch();
    }
  };
  const forNext = journey.coOptations.filter((c) => c.belt === journey.nextBelt);
  return (
    <section aria-labelledby="peers-mine">
      <h2 id="peers-mine">{t('community.peers.mine')}</h2>
      <p>{t('community.peers.myBelt', { belt: belt(journey.belt) })}</p>
      {journey.nextBelt ? <p>{t('community.peers.next', { belt: belt(journey.nextBelt) })}</p> : <p>{t('community.peers.top')}</p>}
      {journey.requirements.length > 0 && (
        <ul id="peers-requirements">
          {journey.requirements.map((q) => (
            <li key={q.code}>
              {t(('community.peers.req.' + q.code) as Key, { progress: q.progress, target: q.target })} {q.met && <span className="meta">{t('community.peers.met')}</span>}
            </li>
          ))}
        </ul>
      )}
      {request && (
        <p id="peers-request" className="notice">
          {t('community.peers.request', { belt: belt(request.belt), date: spellDate(request.createdAt, lang), n: request.coOptations.length, required: request.required })}{' '}
          {t(('community.peers.status.' + request.status) as Key)}
        </p>
      )}
      {journey.nextBelt && co && mayAsk && !asked && !request && (
        <button type="button" className="primary" disabled={busy} onClick={ask} aria-describedby="peers-ask-error">
          {t('community.peers.ask', { belt: belt(journey.nextBelt) })}
        </button>
      )}
      {journey.nextBelt && !co && <p>{t('community.peers.cannotAsk')}</p>}
      <ServerError error={error} id="peers-ask-error" />
      {asked && <Done>{t('community.peers.asked', { belt: belt(asked) })}</Done>}
      {already && <Done>{t('community.peers.alreadyAsked')}</Done>}
      <h3 id="peers-received">{t('community.peers.received')}</h3>
      {journey.coOptations.length === 0 ? (
        <p>{t('community.peers.noneReceived')}</p>
      ) : (
        <ul aria-labelledby="peers-received" id="peers-received-list">
          {journey.coOptations.map((c, i) => (
            <li key={i} className={forNext.includes(c) ? 'current' : undefined}>
              {t('community.peers.by', { name: c.by.displayName, belt: belt(c.by.belt), date: spellDate(c.at, lang), for: belt(c.belt) })}
              {c.comment && <blockquote>{c.comment}</blockquote>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ToCoOpt({ ctx }: { ctx: Ctx }) {
  const { t } = useT();
  const [r, refetch] = useQuery({ query: MemberBeltRequestsQuery, variables: { first: 50 }, requestPolicy: 'network-only' });
  const [done, setDone] = useState<string[]>([]);
  const edges = (r.data?.beltValidationRequests.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <section aria-labelledby="peers-tocoopt">
      <h2 id="peers-tocoopt">{t('community.peers.toCoOpt')}</h2>
      <p>{t('community.peers.coOptRule')}</p>
      <div aria-live="polite">
        {done.map((m, i) => (
          <Done key={i}>{m}</Done>
        ))}
      </div>
      {!r.data ? (
        <Waiting error={r.error} id="requests-error" />
      ) : edges.length === 0 ? (
        <p>{t('community.peers.noRequest')}</p>
      ) : (
        <ul className="cards" id="peers-requests">
          {edges.map((q) => (
            <CoOptCard
              key={q.id}
              ctx={ctx}
              request={q}
              onDone={(m) => {
                setDone((d) => [...d, m]);
                refetch({ requestPolicy: 'network-only' });
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface RequestView {
  id: string;
  belt: string;
  required: number;
  candidate: { id: string; displayName: string; belt?: string | null; workshopsRun: number };
  coOptations: readonly { by: { displayName: string } }[];
}

function CoOptCard({ ctx, request: q, onDone }: { ctx: Ctx; request: RequestView; onDone(message: string): void }) {
  const { t } = useT();
  const belt = useBelt();
  const [comment, setComment] = useState('');
  const { busy, error, send } = useSend();
  const name = q.candidate.displayName;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const d = await send(() => ctx.client.mutation(MemberCoOptMutation, { requestId: q.id, comment: comment.trim() || null }).toPromise());
    if (!d) return;
    const raised = d.coOpt.candidate.belt === q.belt;
    onDone(t('community.peers.coOpted', { name }) + (raised ? ' ' + t('community.peers.raised', { name, belt: belt(q.belt) }) : ''));
  };
  const errId = 'coopt-error-' + q.id;
  return (
    <li className="request">
      <h3>{name}</h3>
      <p className="meta">{t('community.peers.candidate', { name, belt: belt(q.candidate.belt), n: q.candidate.workshopsRun })}</p>
      <p>
        <strong>{t('community.peers.wants', { belt: belt(q.belt) })}</strong> · {t('community.peers.sofar', { n: q.coOptations.length, required: q.required })}
      </p>
      {q.coOptations.length > 0 && <p>{t('community.peers.sofarBy', { names: q.coOptations.map((c) => c.by.displayName).join(', ') })}</p>}
      <form className="form" onSubmit={submit} aria-describedby={errId}>
        <TextArea id={'coopt-comment-' + q.id} label={t('community.peers.comment', { name })} value={comment} set={setComment} maxLength={2000} rows={3} />
        <ServerError error={error} id={errId} />
        <button type="submit" className="primary" disabled={busy}>
          {t('community.peers.coOpt', { name })}
        </button>
      </form>
    </li>
  );
}
