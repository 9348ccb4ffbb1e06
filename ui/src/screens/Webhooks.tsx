import { useState, type FormEvent } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { CreateWebhookMutation, DeleteWebhookMutation, WebhookDeliveriesQuery, WebhooksQuery } from '../ops';
import { Empty, ErrorBox, Loading, formatDate, useAnnounce } from '../ui';

export function Webhooks() {
  const { t, lang } = useI18n();
  const { client } = useSession();
  const announce = useAnnounce();
  const [{ data, fetching, error }, refetch] = useQuery({ query: WebhooksQuery });
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const [secret, setSecret] = useState('');
  const [err, setErr] = useState<CombinedError | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setErr(null);
    const r = await client.mutation(CreateWebhookMutation, { url: url.trim(), events }).toPromise();
    if (r.error) setErr(r.error);
    else {
      setSecret(r.data!.createWebhook.secret);
      setUrl('');
      setEvents([]);
      announce(t('webhooks.created'));
      refetch({ requestPolicy: 'network-only' });
    }
  };
  const remove = async (id: string) => {
    if (!window.confirm(t('webhooks.confirmDelete'))) return;
    setErr(null);
    const r = await client.mutation(DeleteWebhookMutation, { id }).toPromise();
    if (r.error) setErr(r.error);
    else {
      announce(t('webhooks.deleted'));
      refetch({ requestPolicy: 'network-only' });
    }
  };

  return (
    <section aria-labelledby="h-wh">
      <h1 id="h-wh">{t('webhooks.title')}</h1>
      <ErrorBox error={err} />
      {fetching && !data ? (
        <Loading />
      ) : error ? (
        <ErrorBox error={error} />
      ) : (
        <>
          {data!.webhooks.length === 0 ? (
            <Empty>{t('webhooks.none')}</Empty>
          ) : (
            <ul className="cards">
              {data!.webhooks.map((w) => (
                <li className="card" key={w.id}>
                  <h2>{w.url}</h2>
                  <p>
                    {w.events.join(', ')} — {w.active ? t('webhooks.active') : t('webhooks.inactive')} — {formatDate(w.createdAt, lang)}
                  </p>
                  <div className="actions">
                    <button type="button" aria-expanded={open === w.id} onClick={() => setOpen(open === w.id ? null : w.id)}>
                      {t('webhooks.deliveries')}
                    </button>
                    <button type="button" className="danger" onClick={() => remove(w.id)} aria-label={t('webhooks.deleteNamed', { url: w.url })}>
                      {t('action.delete')}
                    </button>
                  </div>
                  {open === w.id && <Deliveries id={w.id} />}
                </li>
              ))}
            </ul>
          )}
          <form onSubmit={create} className="narrow" aria-labelledby="h-newwh">
            <h2 id="h-newwh">{t('webhooks.new')}</h2>
            <div className="field">
              <label htmlFor="wh-url">{t('webhooks.url')}</label>
              <input id="wh-url" type="url" required value={url} onChange={(e) => setUrl(e.target.value)} />
            </div>
            <fieldset>
              <legend>{t('webhooks.events')}</legend>
              {data!.webhookEvents.map((ev) => (
                <div className="check" key={ev}>
                  <input
                    id={'ev-' + ev}
                    type="checkbox"
                    checked={events.includes(ev)}
                    onChange={(e) => setEvents(e.target.checked ? [...events, ev] : events.filter((x) => x !== ev))}
                  />
                  <label htmlFor={'ev-' + ev}>{ev}</label>
                </div>
              ))}
            </fieldset>
            <button className="primary" type="submit" disabled={events.length === 0}>
              {t('action.create')}
            </button>
          </form>
          {secret && (
            <div className="notice" role="alert">
              <label htmlFor="wh-secret">{t('webhooks.secret')}</label>
              <input id="wh-secret" readOnly value={secret} onFocus={(e) => e.target.select()} />
            </div>
          )}
        </>
      )}
    </section>
  );
}

function Deliveries({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: WebhookDeliveriesQuery, variables: { id, first: 20, after } });
  if (fetching && !data) return <Loading />;
  if (error) return <ErrorBox error={error} />;
  const node = data?.node && data.node.__typename === 'Webhook' ? data.node : null;
  const rows = (node?.deliveries.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  if (rows.length === 0) return <Empty>{t('webhooks.noDeliveries')}</Empty>;
  return (
    <>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">{t('webhooks.event')}</th>
            <th scope="col">{t('webhooks.status')}</th>
            <th scope="col">{t('webhooks.attempts')}</th>
            <th scope="col">{t('webhooks.response')}</th>
            <th scope="col">{t('webhooks.when')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.id}>
              <td>{d.event}</td>
              <td>{d.status}</td>
              <td>{d.attempts}</td>
              <td>{d.responseStatus ?? d.lastError ?? ''}</td>
              <td>{formatDate(d.deliveredAt ?? d.createdAt, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {node?.deliveries.pageInfo.hasNextPage && (
        <button type="button" onClick={() => setAfter(node.deliveries.pageInfo.endCursor ?? null)}>
          {t('pager.next')}
        </button>
      )}
    </>
  );
}
