// "Create an account" in the certification space (seed: the registry's account request): the
// entity (ministry or another body; SIRET checked as it is typed, or name and address), its
// documents sent with their progress, the mandate's date, the person; then "check your e-mail".
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { setLastSpace } from '../../../lib/session';
import { toLocale } from '../../../lib/lang';
import type { EntityKind } from '../../../gql/graphql';
import { Field, PageLink, PolicyHint, ServerError, Title, type Ctx } from '../../kit';
import { useT } from '../../i18n';
import type { Key } from '../../dict';
import { MemberRegisterDepositorMutation, MemberSiretCheckQuery } from '../certification.ops';
import { filesProgress, formatSiret, isoDay, oldestMandateDate, siretState } from './siret';
import { sendWithProgress } from './upload';

const OTHER_KINDS: EntityKind[] = ['PUBLIC_ESTABLISHMENT', 'COMPANY', 'ASSOCIATION', 'BRANCH_BODY', 'OTHER'];
const ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

type YesNo = '' | 'yes' | 'no';

/** A question answered yes or no, as a labelled group of two radio buttons. */
function YesNoField({ name, legend, value, set, yes, no, hint }: { name: string; legend: string; value: YesNo; set(v: YesNo): void; yes: string; no: string; hint?: ReactNode }) {
  const { t } = useT();
  return (
    <fieldset className="choice" aria-describedby={hint ? name + '-hint' : undefined}>
      <legend>
        {legend} <span className="req">{t('field.required')}</span>
      </legend>
      {hint && (
        <p id={name + '-hint'} className="hint">
          {hint}
        </p>
      )}
      {(['yes', 'no'] as const).map((v) => (
        <label key={v}>
          <input type="radio" name={name} id={`${name}-${v}`} value={v} checked={value === v} onChange={() => set(v)} required />
          {v === 'yes' ? yes : no}
        </label>
      ))}
    </fieldset>
  );
}

function Optional(props: { id: string; label: string; value: string; set(v: string): void; type?: string; autoComplete?: string }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input id={props.id} name={props.id} type={props.type ?? 'text'} value={props.value} onChange={(e) => props.set(e.target.value)} autoComplete={props.autoComplete} />
    </div>
  );
}

/** What the server says of a well-formed number (siretCheck), for the number it was asked. */
interface Checked {
  siret: string;
  valid: boolean;
  siren: string | null;
  nic: string | null;
  reason: string | null;
}

export function Register({ ctx }: { ctx: Ctx }) {
  const { t, lang } = useT();
  const [ministry, setMinistry] = useState<YesNo>('');
  const [kind, setKind] = useState<EntityKind | ''>('');
  const [hasSiret, setHasSiret] = useState<YesNo>('');
  const [siret, setSiret] = useState('');
  const [siretLeft, setSiretLeft] = useState(false);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [entityName, setEntityName] = useState('');
  const [line1, setLine1] = useState('');
  const [line2, setLine2] = useState('');
  const [postalCode, setPostalCode] = useState('');
  const [city, setCity] = useState('');
  const [country, setCountry] = useState('');
  const [proof, setProof] = useState<File | null>(null);
  const [nameOnDoc, setNameOnDoc] = useState<YesNo>('');
  const [mandate, setMandate] = useState<File | null>(null);
  const [mandateDate, setMandateDate] = useState('');
  const [firstName, setFirst] = useState('');
  const [lastName, setLast] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number[] | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const [blocked, setBlocked] = useState(false);
  const [done, setDone] = useState<{ email: string; files: string[] } | null>(null);
  const siretRef = useRef<HTMLInputElement>(null);

  const entityKind: EntityKind | '' = ministry === 'yes' ? 'MINISTRY' : ministry === 'no' ? kind : '';
  const state = siretState(siret, siretLeft);
  const withSiret = hasSiret === 'yes';
  const mandateNeeded = entityKind === 'PUBLIC_ESTABLISHMENT' || nameOnDoc === 'no';
  const today = useMemo(() => new Date(), []);
  const oldest = oldestMandateDate(today);

  // Once the number is well-formed here, the server says what it makes of it.
  const wellFormed = state.kind === 'valid' ? state.normalized : null;
  useEffect(() => {
    if (!wellFormed || checked?.siret === wellFormed) return;
    let live = true;
    ctx.client
      .query(MemberSiretCheckQuery, { siret: wellFormed }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((r) => {
        const c = r.data?.siretCheck;
        if (live && c) setChecked({ siret: wellFormed, valid: c.valid, siren: c.siren ?? null, nic: c.nic ?? null, reason: c.reason ?? null });
      });
    return () => {
      live = false;
    };
  }, [wellFormed]); // eslint-disable-line react-hooks/exhaustive-deps
  const answer = wellFormed && checked?.siret === wellFormed ? checked : null;
  const siretBad = state.kind === 'bad' || (answer !== null && !answer.valid);
  const badReason = state.kind === 'bad' ? state.reason : answer && !answer.valid ? (answer.reason ?? 'CHECKSUM') : null;

  const files = (): [string, File][] => {
    const out: [string, File][] = [];
    if (proof) out.push(['input.legalExistenceProof', proof]);
    if (mandate && mandateNeeded) out.push(['input.mandateDelegation', mandate]);
    return out;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (withSiret && state.kind !== 'valid') {
      setSiretLeft(true);
      setBlocked(true);
      siretRef.current?.focus();
      return;
    }
    setBlocked(false);
    const input: Record<string, unknown> = {
      entityKind: entityKind || null,
      hasSiret: hasSiret === '' ? null : withSiret,
      entityName,
      nameOnLegalDocument: nameOnDoc === '' ? null : nameOnDoc === 'yes',
      email,
      password,
      firstName,
      lastName,
      locale: toLocale(lang),
    };
    if (withSiret) input.siret = siret;
    else input.address = { line1, line2: line2 || null, postalCode, city, country: country || null };
    if (phone.trim()) input.phone = phone;
    if (mandateNeeded && mandateDate) input.mandateSignedOn = mandateDate;
    const sent = files();
    const sizes = sent.map(([, f]) => f.size);
    setBusy(true);
    setProgress(sizes.map(() => 0));
    try {
      const r = await sendWithProgress<{ registerDepositor: { ok: boolean } }>({
        space: ctx.space,
        lang,
        document: MemberRegisterDepositorMutation,
        variables: { input },
        files: sent,
        onProgress: (loaded, total) => setProgress(filesProgress(loaded, total, sizes)),
      });
      if (r.errors?.length) {
        setError({ graphQLErrors: r.errors } as unknown as CombinedError);
      } else {
        setProgress(sizes.map(() => 1));
        setLastSpace(localStorage, ctx.space); // the activation link will be tried here first
        setDone({ email, files: sent.map(([, f]) => f.name) });
      }
    } catch {
      setError({ message: t('error.network'), networkError: new Error('network') } as unknown as CombinedError);
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <>
        <Title>{t('cert.register.doneTitle')}</Title>
        <p className="done" role="status">
          {t('cert.register.done', { email: done.email })}
        </p>
        <ul className="cert-files">
          {done.files.map((name) => (
            <li key={name}>
              <label>
                {t('cert.upload.done', { name })} <progress max={1} value={1} />
              </label>
            </li>
          ))}
        </ul>
        <p>{t('cert.register.doneNext')}</p>
        <p>
          <PageLink ctx={ctx} page="resend">
            {t('cert.register.resend')}
          </PageLink>
        </p>
      </>
    );
  }

  const sending = files();
  return (
    <>
      <Title>{t('cert.register.title')}</Title>
      <p>{t('cert.register.intro')}</p>
      <form onSubmit={submit} aria-describedby="register-error" className="form cert-register">
        <fieldset className="group">
          <legend>{t('cert.register.entity')}</legend>
          <YesNoField
            name="ministry"
            legend={t('cert.register.ministry')}
            value={ministry}
            set={setMinistry}
            yes={t('cert.register.ministryYes')}
            no={t('cert.register.ministryNo')}
            hint={t('cert.register.ministryHint')}
          />
          {ministry === 'no' && (
            <div className="field">
              <label htmlFor="entityKind">
                {t('cert.register.kind')} <span className="req">{t('field.required')}</span>
              </label>
              <select id="entityKind" value={kind} onChange={(e) => setKind(e.target.value as EntityKind)} required>
                <option value="">{t('cert.register.kindChoose')}</option>
                {OTHER_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(('cert.kind.' + k) as Key)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <YesNoField name="hasSiret" legend={t('cert.register.hasSiret')} value={hasSiret} set={setHasSiret} yes={t('cert.yes')} no={t('cert.no')} />
          {withSiret && (
            <div className="field">
              <label htmlFor="siret">
                {t('cert.register.siret')} <span className="req">{t('field.required')}</span>
              </label>
              <input
                ref={siretRef}
                id="siret"
                name="siret"
                inputMode="numeric"
                autoComplete="off"
                value={siret}
                onChange={(e) => {
                  setSiret(e.target.value);
                  setBlocked(false);
                }}
                onBlur={() => setSiretLeft(true)}
                aria-invalid={siretBad || undefined}
                aria-describedby="siret-hint siret-status"
                required
              />
              <p id="siret-hint" className="hint">
                {t('cert.register.siretHint')}
              </p>
              <div id="siret-status">
                {siretBad && badReason ? (
                  <p className="error" role="alert" data-testid="siret-bad">
                    {t(('cert.siret.' + badReason) as Key)}
                    {blocked && <> {t('cert.siret.fixFirst')}</>}
                  </p>
                ) : state.kind === 'typing' ? (
                  <p className="hint">{t('cert.siret.typing', { n: state.digits })}</p>
                ) : state.kind === 'valid' && !answer ? (
                  <p className="hint" role="status">
                    {t('cert.siret.checking')}
                  </p>
                ) : answer?.valid ? (
                  <p className="ok" role="status" data-testid="siret-found">
                    {t('cert.siret.found', { siren: formatSiret(answer.siret).slice(0, 11), nic: answer.nic ?? '' })}
                  </p>
                ) : null}
              </div>
            </div>
          )}
          {hasSiret !== '' && (
            <div className="field">
              <label htmlFor="entityName">
                {t('cert.register.entityName')} <span className="req">{t('field.required')}</span>
              </label>
              <input id="entityName" name="entityName" value={entityName} onChange={(e) => setEntityName(e.target.value)} autoComplete="organization" aria-describedby="entityName-hint" required />
              <p id="entityName-hint" className="hint">
                {t('cert.register.entityNameHint')}
              </p>
            </div>
          )}
          {hasSiret === 'no' && (
            <fieldset className="group">
              <legend>{t('cert.register.address')}</legend>
              <Field id="line1" label={t('cert.register.line1')} value={line1} set={setLine1} autoComplete="address-line1" />
              <Optional id="line2" label={t('cert.register.line2')} value={line2} set={setLine2} autoComplete="address-line2" />
              <Field id="postalCode" label={t('cert.register.postalCode')} value={postalCode} set={setPostalCode} autoComplete="postal-code" />
              <Field id="city" label={t('cert.register.city')} value={city} set={setCity} autoComplete="address-level2" />
              <Optional id="country" label={t('cert.register.country')} value={country} set={setCountry} autoComplete="country-name" />
            </fieldset>
          )}
        </fieldset>

        <fieldset className="group">
          <legend>{t('cert.register.documents')}</legend>
          <div className="field">
            <label htmlFor="legalExistenceProof">
              {t('cert.register.proof')} <span className="req">{t('field.required')}</span>
            </label>
            <input id="legalExistenceProof" name="legalExistenceProof" type="file" accept={ACCEPT} onChange={(e) => setProof(e.target.files?.[0] ?? null)} aria-describedby="proof-hint" required />
            <p id="proof-hint" className="hint">
              {t('cert.register.proofHint')}
            </p>
          </div>
          <YesNoField name="nameOnDoc" legend={t('cert.register.nameOnDoc')} value={nameOnDoc} set={setNameOnDoc} yes={t('cert.yes')} no={t('cert.no')} />
          {mandateNeeded && (
            <>
              <div className="field">
                <label htmlFor="mandateDelegation">
                  {t('cert.register.mandate')} <span className="req">{t('field.required')}</span>
                </label>
                <input id="mandateDelegation" name="mandateDelegation" type="file" accept={ACCEPT} onChange={(e) => setMandate(e.target.files?.[0] ?? null)} aria-describedby="mandate-hint" required />
                <p id="mandate-hint" className="hint">
                  {t('cert.register.mandateHint')}
                </p>
              </div>
              <div className="field">
                <label htmlFor="mandateSignedOn">
                  {t('cert.register.mandateDate')} <span className="req">{t('field.required')}</span>
                </label>
                <input
                  id="mandateSignedOn"
                  name="mandateSignedOn"
                  type="date"
                  min={oldest}
                  max={isoDay(today)}
                  value={mandateDate}
                  onChange={(e) => setMandateDate(e.target.value)}
                  aria-describedby="mandateSignedOn-hint"
                  required
                />
                <p id="mandateSignedOn-hint" className="hint">
                  {t('cert.register.mandateDateHint', { oldest: new Date(oldest + 'T12:00:00').toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }) })}
                </p>
              </div>
            </>
          )}
        </fieldset>

        <fieldset className="group">
          <legend>{t('cert.register.you')}</legend>
          <Field id="firstName" label={t('field.firstName')} autoComplete="given-name" value={firstName} set={setFirst} />
          <Field id="lastName" label={t('field.lastName')} autoComplete="family-name" value={lastName} set={setLast} />
          <Field id="email" label={t('field.email')} type="email" autoComplete="email" value={email} set={setEmail} describedBy="email-hint" />
          <p id="email-hint" className="hint">
            {t('cert.register.emailHint')}
          </p>
          <Optional id="phone" label={t('cert.register.phone')} type="tel" autoComplete="tel" value={phone} set={setPhone} />
          <Field id="password" label={t('field.password')} type="password" autoComplete="new-password" value={password} set={setPassword} describedBy="password-rules" />
          <PolicyHint id="password-rules" />
        </fieldset>

        {progress && (
          <ul className="cert-files" aria-live="polite">
            {sending.map(([, f], i) => (
              <li key={f.name + i}>
                <label>
                  {t('cert.upload.file', { name: f.name })} <progress max={1} value={progress[i] ?? 0} />
                </label>
              </li>
            ))}
          </ul>
        )}
        <ServerError error={error} id="register-error" />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('cert.register.sending') : t('cert.register.submit')}
        </button>
      </form>
      <p>
        {t('cert.register.haveAccount')}{' '}
        <PageLink ctx={ctx} page="sign-in">
          {t('link.signIn')}
        </PageLink>
      </p>
    </>
  );
}
