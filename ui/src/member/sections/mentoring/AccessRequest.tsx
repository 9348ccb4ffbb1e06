// The access request form of the seed: the program's title (locked: it comes from the
// program), the platform administrator's details, an optional logo previewed before it is
// sent, the terms to accept; and above it the organisation's notices, the open request's
// pinned first, with the way to cancel it.
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { useT } from '../../i18n';
import { Done, Field, PageLink, ServerError, Title, useSend, type Ctx } from '../../kit';
import type { Key } from '../../dict';
import { toLocale } from '../../../lib/lang';
import { endpoint } from '../../../lib/session';
import { memberPath } from '../../route';
import { uploadWithProgress } from '../../../lib/upload';
import { MemberCancelPlatformAccessRequestMutation, MemberOrganizationQuery, MemberProgramsQuery, MemberRequestPlatformAccessMutation } from '../mentoring.ops';
import { localPath, logoProblem, openRequest, readyForAccess } from './logic';
import { asCombined, Status, useLangContext } from './common';

export function AccessRequestPage({ ctx, rest }: { ctx: Ctx; rest: string[] }) {
  const { t } = useT();
  const context = useLangContext();
  const [progs] = useQuery({ query: MemberProgramsQuery, variables: { first: 100 }, context, requestPolicy: 'cache-and-network' });
  const programs = (progs.data?.programs.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const id = rest[0];
  if (!progs.data) {
    return (
      <>
        <Title>{t('mentoring.access.title')}</Title>
        {progs.error ? <ServerError error={progs.error} id="access-load-error" /> : <p role="status">{t('mentoring.loading')}</p>}
      </>
    );
  }
  if (!id) {
    const ready = programs.filter(readyForAccess);
    return (
      <>
        <Title>{t('mentoring.access.title')}</Title>
        <p>{t('mentoring.access.choose')}</p>
        {ready.length === 0 ? (
          <p>{t('mentoring.access.noneReady')}</p>
        ) : (
          <ul className="links" id="access-programs">
            {ready.map((p) => (
              <li key={p.id}>
                <PageLink ctx={ctx} page={'access-request/' + p.id}>
                  {p.title}
                </PageLink>{' '}
                — {p.organization.name} (<Status value={p.status} />)
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }
  const program = programs.find((p) => p.id === id);
  if (!program) {
    return (
      <>
        <Title>{t('mentoring.access.title')}</Title>
        <p className="error" role="alert">
          {t('mentoring.access.unknown')}
        </p>
        <p>
          <PageLink ctx={ctx} page="organizations">
            {t('mentoring.access.back')}
          </PageLink>
        </p>
      </>
    );
  }
  return <AccessForm key={program.id} ctx={ctx} program={program} />;
}

interface ProgramShown {
  id: string;
  title: string;
  organization: { id: string; name: string };
}

function AccessForm({ ctx, program }: { ctx: Ctx; program: ProgramShown }) {
  const { t, lang } = useT();
  const [org, refetchOrg] = useQuery({
    query: MemberOrganizationQuery,
    variables: { id: program.organization.id, locale: toLocale(lang) },
    requestPolicy: 'network-only',
  });
  const notices = org.data?.organization?.pinnedNotices ?? [];
  const open = openRequest(notices);
  const [firstName, setFirst] = useState('');
  const [lastName, setLast] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [terms, setTerms] = useState(false);
  const [logo, setLogo] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [logoError, setLogoError] = useState<Key | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const { busy, error, setError, send } = useSend();
  const cancel = useSend();

  // The preview's object URL lives as long as the chosen file.
  useEffect(() => {
    if (!logo) return;
    const url = URL.createObjectURL(logo);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [logo]);

  const choose = (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0] ?? null;
    setLogoError(null);
    setPreview(null);
    if (!f) {
      setLogo(null);
      return;
    }
    const problem = logoProblem(f);
    if (problem) {
      setLogo(null);
      setLogoError(problem === 'type' ? 'mentoring.access.logoType' : 'mentoring.access.logoSize');
      e.target.value = '';
      return;
    }
    setLogo(f);
  };
  const removeLogo = () => {
    setLogo(null);
    setPreview(null);
    if (fileRef.current) {
      fileRef.current.value = '';
      fileRef.current.focus();
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const input = { programId: program.id, adminFirstName: firstName, adminLastName: lastName, adminPhone: phone, adminEmail: email, acceptTerms: terms };
    const d = await send<{ requestPlatformAccess: { request: { adminEmail: string } } }>(async () => {
      if (!logo) return ctx.client.mutation(MemberRequestPlatformAccessMutation, { input: { ...input, logo: null } }).toPromise();
      // The logo goes as the GraphQL multipart request the API takes (input.logo: Upload).
      setProgress(0);
      try {
        const r = await uploadWithProgress<{ requestPlatformAccess: { request: { adminEmail: string } } }>({
          url: endpoint(ctx.space),
          token: ctx.token,
          lang,
          document: MemberRequestPlatformAccessMutation,
          variables: { input: { ...input, logo: null } },
          files: { 'input.logo': logo },
          onProgress: setProgress,
        });
        return r.errors?.length ? { error: asCombined(r.errors) } : { data: r.data ?? undefined };
      } catch {
        return { error: { name: 'CombinedError', message: t('error.network'), networkError: new Error('network'), graphQLErrors: [] } as unknown as CombinedError };
      } finally {
        setProgress(null);
      }
    });
    if (!d) {
      refetchOrg({ requestPolicy: 'network-only' }); // a request opened meanwhile shows as the pinned notice
      return;
    }
    setCancelled(false);
    setDone(d.requestPlatformAccess.request.adminEmail);
    refetchOrg({ requestPolicy: 'network-only' });
  };

  const cancelRequest = async () => {
    if (!open) return;
    setCancelled(false);
    const d = await cancel.send(() => ctx.client.mutation(MemberCancelPlatformAccessRequestMutation, { id: open.id }).toPromise());
    if (!d) return;
    setCancelled(true);
    setDone(null);
    setError(null);
    refetchOrg({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <Title>{t('mentoring.access.title')}</Title>
      {(notices.length > 0 || org.error || cancel.error || cancelled) && (
        <section aria-labelledby="notices-heading" id="notices">
          <h2 id="notices-heading">{t('mentoring.access.notices')}</h2>
          <ServerError error={org.error ?? null} id="notices-error" />
          {notices.map((n) => (
            <div key={n.request.id} className={n.pinned ? 'notice m-pinned' : 'm-notice'} data-request={n.request.id} data-status={n.request.status}>
              {n.pinned && <p className="m-pin">{t('mentoring.access.pinned')}</p>}
              <p>{n.text}</p>
              {n.request.logoUrl && <img className="m-logo" src={localPath(n.request.logoUrl)} alt={t('mentoring.access.logoOf', { name: n.request.programTitle })} width={96} height={96} />}
            </div>
          ))}
          {open && (
            <p>
              <button type="button" className="m-secondary" id="cancel-request" onClick={cancelRequest} disabled={cancel.busy}>
                {t('mentoring.access.cancelRequest')}
              </button>
            </p>
          )}
          <ServerError error={cancel.error} id="cancel-error" />
          {cancelled && <Done>{t('mentoring.access.cancelled')}</Done>}
        </section>
      )}

      {done && <Done>{t('mentoring.access.done', { email: done })}</Done>}
      {open ? (
        !done && <p className="notice">{t('mentoring.access.open')}</p>
      ) : (
        <form onSubmit={submit} aria-describedby="access-error" className="form" id="access-form">
          <div className="field">
            <label htmlFor="access-title">{t('mentoring.access.programTitle')}</label>
            <input id="access-title" name="access-title" value={program.title} readOnly aria-describedby="access-title-hint" />
            <p id="access-title-hint" className="hint m-hint">
              {t('mentoring.access.programTitleHint')}
            </p>
          </div>
          <fieldset className="m-fieldset">
            <legend>{t('mentoring.access.adminLegend')}</legend>
            <p className="hint m-hint">{t('mentoring.access.adminHint')}</p>
            <Field id="admin-first-name" label={t('mentoring.access.firstName')} value={firstName} set={setFirst} autoComplete="off" />
            <Field id="admin-last-name" label={t('mentoring.access.lastName')} value={lastName} set={setLast} autoComplete="off" />
            <Field id="admin-phone" label={t('mentoring.access.phone')} type="tel" value={phone} set={setPhone} autoComplete="off" />
            <Field id="admin-email" label={t('mentoring.access.email')} type="email" value={email} set={setEmail} autoComplete="off" />
          </fieldset>
          <fieldset className="m-fieldset">
            <legend>{t('mentoring.access.logoLegend')}</legend>
            <div className="field">
              <label htmlFor="access-logo">
                {t('mentoring.access.logo')} <span className="req">{t('mentoring.optional')}</span>
              </label>
              <input
                ref={fileRef}
                id="access-logo"
                name="access-logo"
                type="file"
                accept="image/png,image/jpeg"
                onChange={choose}
                aria-describedby={'access-logo-hint' + (logoError ? ' access-logo-error' : '')}
              />
              <p id="access-logo-hint" className="hint m-hint">
                {t('mentoring.access.logoHint')}
              </p>
              {logoError && (
                <p id="access-logo-error" className="error" role="alert">
                  {t(logoError)}
                </p>
              )}
            </div>
            {logo && preview && (
              <div className="m-preview">
                <img id="logo-preview" src={preview} alt={t('mentoring.access.logoPreview', { name: logo.name })} width={150} height={150} />
                <button type="button" className="m-secondary" onClick={removeLogo}>
                  {t('mentoring.access.logoRemove')}
                </button>
              </div>
            )}
          </fieldset>
          <div className="m-check">
            <input id="access-terms" name="access-terms" type="checkbox" checked={terms} onChange={(e) => setTerms(e.target.checked)} />
            <label htmlFor="access-terms">{t('mentoring.access.terms')}</label>
          </div>
          <ServerError error={error} id="access-error" />
          {error?.graphQLErrors?.[0]?.extensions?.reason === 'ONBOARDING_REQUIRED' && (
            <p>
              <a
                href={memberPath(ctx.space, 'onboarding') + '?program=' + encodeURIComponent(program.id)}
                onClick={(e) => {
                  e.preventDefault();
                  ctx.go('onboarding', '?program=' + encodeURIComponent(program.id));
                }}
              >
                {t('mentoring.access.toOnboarding')}
              </a>
            </p>
          )}
          {progress !== null && (
            <p role="status">
              <progress max={1} value={progress} aria-label={t('mentoring.access.sending', { percent: Math.round(progress * 100) })} />{' '}
              {t('mentoring.access.sending', { percent: Math.round(progress * 100) })}
            </p>
          )}
          <div className="m-actions">
            <button type="button" className="m-secondary" onClick={() => ctx.go('organizations')}>
              {t('mentoring.cancel')}
            </button>
            <button type="submit" className="primary" disabled={busy}>
              {t('mentoring.access.submit')}
            </button>
          </div>
        </form>
      )}
      <p>
        <PageLink ctx={ctx} page="organizations">
          {t('mentoring.access.back')}
        </PageLink>
      </p>
    </>
  );
}
