import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../i18n/i18n';
import { Link, useRouter } from '../lib/router';
import { ReadersFeedbackQuery } from '../ops';
import { Empty, ErrorBox, Loading, formatDate } from '../ui';
import { PERIODS, byUnhelpfulShare, editorPath, newPageFrom, periodStart, unhelpfulShare } from '../lib/feedback';
import type { Key } from '../i18n/dict';
import type { Locale } from '../gql/graphql';

/** Issue 21: pages by share of "not helpful" per language, and the searches that found nothing. */
export function ReadersFeedback({ locales }: { locales: readonly Locale[] }) {
  const { t, lang } = useI18n();
  const { navigate } = useRouter();
  const [days, setDays] = useState<number>(30);
  // Computed once per period, so that the query's variables stay the same between renders.
  const since = useMemo(() => periodStart(days, Date.now()), [days]);
  const [{ data, fetching, error }] = useQuery({ query: ReadersFeedbackQuery, variables: { since, first: 100 } });
  const pct = (x: number) => new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(x);

  return (
    <section aria-labelledby="h-feedback">
      <h1 id="h-feedback">{t('feedback.title')}</h1>
      <p>{t('feedback.intro')}</p>
      <div className="inline">
        <label htmlFor="feedback-period">{t('feedback.period')}</label>
        <select id="feedback-period" value={days} onChange={(e) => setDays(Number(e.target.value))}>
          {PERIODS.map((d) => (
            <option key={d} value={d}>
              {t('feedback.days', { n: d })}
            </option>
          ))}
        </select>
      </div>
      {fetching && !data ? (
        <Loading />
      ) : error ? (
        <ErrorBox error={error} />
      ) : (
        <>
          <h2>{t('feedback.pages')}</h2>
          {locales.map((l) => {
            const rows = byUnhelpfulShare(data?.pageFeedback ?? [], l);
            return (
              <div key={l} data-testid={'feedback-' + l}>
                <h3 id={'feedback-h-' + l}>{t(('locale.' + l) as Key)}</h3>
                {rows.length === 0 ? (
                  <Empty>{t('feedback.noVotes')}</Empty>
                ) : (
                  <table className="list" aria-labelledby={'feedback-h-' + l}>
                    <thead>
                      <tr>
                        <th scope="col">{t('feedback.page')}</th>
                        <th scope="col">{t('feedback.kind')}</th>
                        <th scope="col">{t('feedback.unhelpfulShare')}</th>
                        <th scope="col">{t('feedback.notHelpful')}</th>
                        <th scope="col">{t('feedback.helpful')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((r) => (
                        <tr key={r.page.kind + r.page.id}>
                          <td>
                            <Link to={editorPath(r.page.kind, r.page.id)} lang={l.toLowerCase()}>
                              {r.page.title || t('feedback.untitled')}
                            </Link>
                          </td>
                          <td>{t(('kind.' + r.page.kind.toLowerCase()) as Key)}</td>
                          <td>{pct(unhelpfulShare(r))}</td>
                          <td>{r.notHelpful}</td>
                          <td>{r.helpful}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </div>
            );
          })}
          <h2 id="feedback-gaps">{t('feedback.gaps')}</h2>
          <p>{t('feedback.gapsIntro')}</p>
          {(data?.searchGaps ?? []).length === 0 ? (
            <Empty>{t('feedback.noGaps')}</Empty>
          ) : (
            <table className="list" aria-labelledby="feedback-gaps" data-testid="feedback-gaps">
              <thead>
                <tr>
                  <th scope="col">{t('feedback.query')}</th>
                  <th scope="col">{t('feedback.language')}</th>
                  <th scope="col">{t('feedback.searches')}</th>
                  <th scope="col">{t('feedback.lastAt')}</th>
                  <th scope="col">
                    <span className="sr-only">{t('feedback.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data!.searchGaps.map((g, i) => (
                  <tr key={g.locale + g.query}>
                    <td lang={g.locale.toLowerCase()} id={'gap-' + i}>
                      {g.query}
                    </td>
                    <td>{t(('locale.' + g.locale) as Key)}</td>
                    <td>{g.count}</td>
                    <td>{formatDate(g.lastAt, lang)}</td>
                    <td>
                      <button type="button" onClick={() => navigate(newPageFrom(g.query, g.locale))} aria-describedby={'gap-' + i}>
                        {t('feedback.startFrom')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
