// A participant's course: their training sign-ups (with attendance) and the resources their
// audience may read (the API applies the audience rules: a participant never gets the
// facilitators' material, a facilitator does).
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { toLocale } from '../../../lib/lang';
import { useT } from '../../i18n';
import { PageLink, ServerError, Title, type Ctx } from '../../kit';
import { MemberCourseQuery } from '../facilitators.ops';
import { when } from './logic';
import { Loading } from './parts';

export function Course({ ctx }: { ctx: Ctx }) {
  const { t, lang } = useT();
  const [r] = useQuery({ query: MemberCourseQuery, variables: { locale: toLocale(lang) }, requestPolicy: 'network-only', context: useMemo(() => ({ lang }), [lang]) });
  const regs = (r.data?.me?.trainingRegistrations.edges ?? []).map((e) => e.node);
  const resources = (r.data?.resources.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <>
      <Title>{t('facilitators.course.title')}</Title>
      {r.error ? (
        <ServerError error={r.error} id="course-error" />
      ) : !r.data ? (
        <Loading />
      ) : (
        <>
          <section aria-labelledby="course-regs">
            <h2 id="course-regs">{t('facilitators.course.registrations')}</h2>
            {regs.length === 0 ? (
              <p>{t('facilitators.course.noRegistration')}</p>
            ) : (
              <ul className="cards registrations">
                {regs.map((g) => (
                  <li key={g.training.id} className="card">
                    <h3>{g.training.title}</h3>
                    <ul className="facts">
                      <li>{t('facilitators.trainings.dates', { start: when(g.training.startsAt, lang), end: when(g.training.endsAt, lang) })}</li>
                      <li>{g.training.city ? t('facilitators.where', { format: t(`facilitators.format.${g.training.format}`), city: g.training.city }) : t(`facilitators.format.${g.training.format}`)}</li>
                      <li>{t('facilitators.course.registeredAt', { date: when(g.registeredAt, lang) })}</li>
                      <li className={g.attended ? 'badge ok' : 'badge'}>{t(g.attended ? 'facilitators.course.attended' : 'facilitators.course.notYet')}</li>
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="course-resources">
            <h2 id="course-resources">{t('facilitators.course.resources')}</h2>
            {resources.length === 0 ? (
              <p>{t('facilitators.course.noResource')}</p>
            ) : (
              <ul className="cards resources">
                {resources.map((res) => (
                  <li key={res.id} className="card">
                    <h3>{res.title}</h3>
                    {/* Sanitized by the server (the description's Markdown rendered). */}
                    {res.html && <div className="resource-text" dangerouslySetInnerHTML={{ __html: res.html }} />}
                    <p>
                      {res.filename ? (
                        <a href={res.url} download={res.filename}>
                          {t('facilitators.course.download', { title: res.title })}
                        </a>
                      ) : (
                        <a href={res.url} rel="noopener">
                          {t('facilitators.course.open', { title: res.title })}
                        </a>
                      )}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <p>
            <PageLink ctx={ctx} page="trainings">
              {t('facilitators.course.more')}
            </PageLink>
          </p>
        </>
      )}
    </>
  );
}
