import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../i18n/i18n';
import { AuditLogQuery } from '../ops';
import { Empty, ErrorBox, Loading, formatDate } from '../ui';

export function Audit() {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const [action, setAction] = useState('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const [{ data, fetching, error }] = useQuery({ query: AuditLogQuery, variables: { first: 25, after, action: action || undefined } });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAction(text.trim());
    setCursors([null]);
  };
  const rows = (data?.auditLog.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <section aria-labelledby="h-audit">
      <h1 id="h-audit">{t('audit.title')}</h1>
      <form role="search" className="inline" onSubmit={submit}>
        <label htmlFor="audit-action">{t('audit.action')}</label>
        <input id="audit-action" value={text} onChange={(e) => setText(e.target.value)} placeholder="login.failed" />
        <button type="submit">{t('action.filter')}</button>
      </form>
      {fetching && !data ? (
        <Loading />
      ) : error ? (
        <ErrorBox error={error} />
      ) : rows.length === 0 ? (
        <Empty>{t('audit.none')}</Empty>
      ) : (
        <>
          <p>{t('audit.count', { n: data!.auditLog.totalCount })}</p>
          <table className="list">
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.target')}</th>
                <th scope="col">{t('audit.email')}</th>
                <th scope="col">{t('audit.client')}</th>
                <th scope="col">{t('audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{formatDate(r.createdAt, lang)}</td>
                  <td>
                    <code>{r.action}</code>
                  </td>
                  <td>{r.actorID ?? ''}</td>
                  <td>{r.targetID ?? ''}</td>
                  <td>{r.email}</td>
                  <td>{r.client}</td>
                  <td>{r.details.map((d) => d.key + '=' + d.value).join(', ')}</td>
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
            {data!.auditLog.pageInfo.hasNextPage && (
              <button type="button" onClick={() => setCursors([...cursors, data!.auditLog.pageInfo.endCursor ?? null])}>
                {t('pager.next')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
