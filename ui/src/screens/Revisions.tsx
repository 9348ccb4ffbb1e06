import { useCallback, useEffect, useState } from 'react';
import type { CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import type { KindAdapter, RevisionItem } from '../content/kinds';
import type { Locale } from '../gql/graphql';
import { Empty, ErrorBox, Loading, formatDate, useAnnounce } from '../ui';
import { classifyDiff, diffStats } from '../lib/diff';

export function Revisions({ adapter, id, locale, dirty, onRestored }: { adapter: KindAdapter; id: string; locale: Locale; dirty: boolean; onRestored(): void }) {
  const { t, lang } = useI18n();
  const { client } = useSession();
  const announce = useAnnounce();
  const [list, setList] = useState<RevisionItem[] | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const [from, setFrom] = useState(0);
  const [to, setTo] = useState(0);
  const [diff, setDiff] = useState<string | null>(null);
  const L = locale.toLowerCase();

  const load = useCallback(async () => {
    const r = await adapter.revisions(client, id, locale);
    if (r.error) setError(r.error);
    else {
      const l = r.data ?? [];
      setList(l);
      setTo(l[0]?.number ?? 0);
      setFrom(l[1]?.number ?? l[0]?.number ?? 0);
    }
  }, [adapter, client, id, locale]);
  useEffect(() => {
    load();
  }, [load]);

  const compare = async () => {
    setError(null);
    const r = await adapter.compare(client, id, locale, from, to);
    if (r.error) setError(r.error);
    else setDiff(r.data ?? '');
  };
  const restore = async (n: number) => {
    if (!window.confirm(dirty ? t('revisions.confirmRestoreDirty', { n }) : t('revisions.confirmRestore', { n }))) return;
    const r = await adapter.restore(client, id, locale, n);
    if (r.error) setError(r.error);
    else {
      announce(t('revisions.restored', { n }));
      onRestored();
    }
  };

  const lines = diff === null ? [] : classifyDiff(diff);
  const stats = diffStats(lines);
  return (
    <section className="subsection revisions" aria-labelledby={'h-rev-' + L} data-testid={'revisions-' + L}>
      <h3 id={'h-rev-' + L}>{t('revisions.title')}</h3>
      <ErrorBox error={error} />
      {list === null ? (
        !error && <Loading />
      ) : list.length === 0 ? (
        <Empty>{t('revisions.none')}</Empty>
      ) : (
        <>
          <table className="list">
            <thead>
              <tr>
                <th scope="col">{t('revisions.number')}</th>
                <th scope="col">{t('field.title')}</th>
                <th scope="col">{t('revisions.published')}</th>
                <th scope="col">{t('revisions.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.number}>
                  <td>{r.number}</td>
                  <td>{r.title}</td>
                  <td>
                    {formatDate(r.publishedAt, lang)}
                    {r.author ? ' — ' + r.author : ''}
                  </td>
                  <td>
                    <button type="button" onClick={() => restore(r.number)} aria-label={t('revisions.restoreN', { n: r.number })}>
                      {t('revisions.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {list.length > 1 && (
            <div className="inline">
              <label htmlFor={'from-' + L}>{t('revisions.from')}</label>
              <select id={'from-' + L} value={from} onChange={(e) => setFrom(Number(e.target.value))}>
                {list.map((r) => (
                  <option key={r.number} value={r.number}>
                    {r.number}
                  </option>
                ))}
              </select>
              <label htmlFor={'to-' + L}>{t('revisions.to')}</label>
              <select id={'to-' + L} value={to} onChange={(e) => setTo(Number(e.target.value))}>
                {list.map((r) => (
                  <option key={r.number} value={r.number}>
                    {r.number}
                  </option>
                ))}
              </select>
              <button type="button" onClick={compare}>
                {t('revisions.compare')}
              </button>
            </div>
          )}
          {diff !== null && (
            <figure className="diff" data-testid={'diff-' + L}>
              <figcaption>{t('revisions.diffSummary', { from, to, added: stats.added, removed: stats.removed })}</figcaption>
              {lines.length === 0 ? (
                <p>{t('revisions.same')}</p>
              ) : (
                <pre>
                  {lines.map((l, i) =>
                    l.kind === 'added' ? (
                      <ins key={i} className="d-add">
                        <span className="sign" aria-hidden="true">+ </span>
                        <span className="sr-only">{t('diff.added')} </span>
                        {l.text}
                      </ins>
                    ) : l.kind === 'removed' ? (
                      <del key={i} className="d-del">
                        <span className="sign" aria-hidden="true">− </span>
                        <span className="sr-only">{t('diff.removed')} </span>
                        {l.text}
                      </del>
                    ) : (
                      <span key={i} className={'d-' + l.kind}>
                        {(l.kind === 'context' ? '  ' : '') + l.text}
                      </span>
                    ),
                  )}
                </pre>
              )}
            </figure>
          )}
        </>
      )}
    </section>
  );
}
