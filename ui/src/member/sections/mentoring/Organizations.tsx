// An org-admin's organisations and programs: the seed's table (name, organisation, contact,
// status, response level, created), registering an organisation and adding a program.
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { useT } from '../../i18n';
import { Done, Field, PageLink, ServerError, Title, useSend, type Ctx } from '../../kit';
import { toLocale } from '../../../lib/lang';
import { MemberCreateOrganizationMutation, MemberCreateProgramMutation, MemberMentoringRolesQuery, MemberOrganizationQuery, MemberProgramsQuery } from '../mentoring.ops';
import { adminOrganizationIds, readyForAccess } from './logic';
import { Ago, OptField, Status, useLangContext } from './common';

export function OrganizationsPage({ ctx }: { ctx: Ctx }) {
  const { t } = useT();
  const context = useLangContext();
  const [roles, refetchRoles] = useQuery({ query: MemberMentoringRolesQuery, requestPolicy: 'network-only' });
  const [progs, refetchPrograms] = useQuery({ query: MemberProgramsQuery, variables: { first: 100 }, context, requestPolicy: 'cache-and-network' });
  const orgIds = adminOrganizationIds(roles.data?.me?.roleAssignments ?? []);
  const programs = (progs.data?.programs.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <>
      <Title>{t('mentoring.orgs.title')}</Title>
      <ServerError error={roles.error ?? progs.error ?? null} id="mentoring-load-error" />

      <section aria-labelledby="orgs-mine">
        <h2 id="orgs-mine">{t('mentoring.orgs.mine')}</h2>
        {roles.fetching && !roles.data ? (
          <p role="status">{t('mentoring.loading')}</p>
        ) : orgIds.length === 0 ? (
          <p>{t('mentoring.orgs.none')}</p>
        ) : (
          <div className="m-scroll">
            <table className="m-table" id="organizations-table">
              <caption className="m-sr">{t('mentoring.orgs.mine')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('mentoring.orgs.name')}</th>
                  <th scope="col">{t('mentoring.orgs.city')}</th>
                  <th scope="col">{t('mentoring.orgs.status')}</th>
                  <th scope="col">{t('mentoring.orgs.created')}</th>
                </tr>
              </thead>
              <tbody>
                {orgIds.map((id) => (
                  <OrganizationRow key={id} id={id} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="programs-heading">
        <h2 id="programs-heading">{t('mentoring.programs.title', { count: progs.data?.programs.totalCount ?? 0 })}</h2>
        {programs.length === 0 ? (
          !progs.fetching && <p>{t('mentoring.programs.none')}</p>
        ) : (
          <div className="m-scroll">
            <table className="m-table" id="programs-table">
              <caption className="m-sr">{t('mentoring.programs.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('mentoring.programs.name')}</th>
                  <th scope="col">{t('mentoring.programs.organization')}</th>
                  <th scope="col">{t('mentoring.programs.contact')}</th>
                  <th scope="col">{t('mentoring.programs.status')}</th>
                  <th scope="col">{t('mentoring.programs.level')}</th>
                  <th scope="col">{t('mentoring.programs.created')}</th>
                  <th scope="col">{t('mentoring.programs.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {programs.map((p) => (
                  <tr key={p.id} data-program={p.id}>
                    <th scope="row">{p.title}</th>
                    <td>{p.organization.name}</td>
                    <td>{p.contact.displayName}</td>
                    <td>
                      <Status value={p.status} />
                    </td>
                    <td>{p.responseLevel}</td>
                    <td>
                      <Ago iso={p.createdAt} />
                    </td>
                    <td>
                      {readyForAccess(p) && (
                        <PageLink ctx={ctx} page={'access-request/' + p.id}>
                          {t('mentoring.programs.requestAccess')}
                          <span className="m-sr">{t('mentoring.programs.requestAccessFor', { title: p.title })}</span>
                        </PageLink>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <NewOrganization
        ctx={ctx}
        created={() => {
          refetchRoles({ requestPolicy: 'network-only' });
        }}
      />
      <NewProgram ctx={ctx} orgIds={orgIds} created={() => refetchPrograms({ requestPolicy: 'network-only' })} />
    </>
  );
}

function OrganizationRow({ id }: { id: string }) {
  const { lang } = useT();
  const [r] = useQuery({ query: MemberOrganizationQuery, variables: { id, locale: toLocale(lang) } });
  const o = r.data?.organization;
  if (!o) return null;
  return (
    <tr data-organization={o.id}>
      <th scope="row">{o.name}</th>
      <td>{o.city ?? ''}</td>
      <td>
        <Status value={o.status} />
      </td>
      <td>
        <Ago iso={o.createdAt} />
      </td>
    </tr>
  );
}

function OrganizationOption({ id }: { id: string }) {
  const { lang } = useT();
  const [r] = useQuery({ query: MemberOrganizationQuery, variables: { id, locale: toLocale(lang) } });
  return <option value={id}>{r.data?.organization?.name ?? id}</option>;
}

function NewOrganization({ ctx, created }: { ctx: Ctx; created(): void }) {
  const { t } = useT();
  const [name, setName] = useState('');
  const [city, setCity] = useState('');
  const [website, setWebsite] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, send } = useSend();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const d = await send(() =>
      ctx.client.mutation(MemberCreateOrganizationMutation, { input: { name, city: city || null, website: website || null } }).toPromise(),
    );
    if (!d) return;
    setDone(d.createOrganization.organization.name);
    setName('');
    setCity('');
    setWebsite('');
    created();
  };
  return (
    <section aria-labelledby="org-new">
      <h2 id="org-new">{t('mentoring.orgs.new')}</h2>
      <form onSubmit={submit} aria-describedby="org-error" className="form" id="organization-form">
        <Field id="org-name" label={t('mentoring.orgs.name')} value={name} set={setName} autoComplete="organization" />
        <OptField id="org-city" label={t('mentoring.orgs.city')} value={city} set={setCity} autoComplete="address-level2" />
        <OptField id="org-website" label={t('mentoring.orgs.website')} type="url" value={website} set={setWebsite} autoComplete="url" />
        <ServerError error={error} id="org-error" />
        {done && <Done>{t('mentoring.orgs.created.done', { name: done })}</Done>}
        <button type="submit" className="primary" disabled={busy}>
          {t('mentoring.orgs.create')}
        </button>
      </form>
    </section>
  );
}

function NewProgram({ ctx, orgIds, created }: { ctx: Ctx; orgIds: string[]; created(): void }) {
  const { t } = useT();
  const [org, setOrg] = useState('');
  const [titleFr, setTitleFr] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [level, setLevel] = useState('1');
  const [contactEmail, setContactEmail] = useState('');
  const [contactName, setContactName] = useState('');
  const [done, setDone] = useState(false);
  const { busy, error, send } = useSend();
  const organizationId = org || orgIds[0] || '';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const d = await send(() =>
      ctx.client
        .mutation(MemberCreateProgramMutation, {
          input: {
            organizationId,
            titleFr: titleFr || null,
            titleEn: titleEn || null,
            responseLevel: Number(level),
            contactEmail,
            contactName: contactName || null,
          },
        })
        .toPromise(),
    );
    if (!d) return;
    setDone(true);
    setTitleFr('');
    setTitleEn('');
    setContactEmail('');
    setContactName('');
    created();
  };
  return (
    <section aria-labelledby="program-new">
      <h2 id="program-new">{t('mentoring.programs.new')}</h2>
      {orgIds.length === 0 ? (
        <p>{t('mentoring.programs.needOrg')}</p>
      ) : (
        <form onSubmit={submit} aria-describedby="program-error" className="form" id="program-form">
          <div className="field">
            <label htmlFor="program-org">{t('mentoring.programs.org')}</label>
            <select id="program-org" value={organizationId} onChange={(e) => setOrg(e.target.value)}>
              {orgIds.map((id) => (
                <OrganizationOption key={id} id={id} />
              ))}
            </select>
          </div>
          <p id="program-titles-hint" className="hint m-hint">
            {t('mentoring.programs.titlesHint')}
          </p>
          <OptField id="program-title-fr" label={t('mentoring.programs.titleFr')} value={titleFr} set={setTitleFr} describedBy="program-titles-hint" />
          <OptField id="program-title-en" label={t('mentoring.programs.titleEn')} value={titleEn} set={setTitleEn} describedBy="program-titles-hint" />
          <div className="field">
            <label htmlFor="program-level">{t('mentoring.programs.levelLabel')}</label>
            <select id="program-level" value={level} onChange={(e) => setLevel(e.target.value)}>
              {['1', '2', '3', '4'].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <Field id="program-contact-email" label={t('mentoring.programs.contactEmail')} type="email" value={contactEmail} set={setContactEmail} autoComplete="email" />
          <OptField id="program-contact-name" label={t('mentoring.programs.contactName')} value={contactName} set={setContactName} autoComplete="name" />
          <ServerError error={error} id="program-error" />
          {done && <Done>{t('mentoring.programs.created.done')}</Done>}
          <button type="submit" className="primary" disabled={busy}>
            {t('mentoring.programs.create')}
          </button>
        </form>
      )}
    </section>
  );
}
