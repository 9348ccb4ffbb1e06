// What every page of the member area shares: the page's context, its title, forms' fields,
// the server's errors and links between pages. Sections (./sections/) build on these.
import { useMemo, useState, type ReactNode } from 'react';
import { useQuery, type Client, type CombinedError } from 'urql';
import { errorMessage } from '../lib/errors';
import { PasswordPolicyQuery } from './ops';
import { useT } from './i18n';
import { memberPath } from './route';
import { violationMessages } from './tokens';

/** The page's context: its space, the signed-in token (or null) and how to move between pages. */
export interface Ctx {
  space: string;
  token: string | null;
  client: Client;
  /** Moves to /spaces/{space}/account/{page}: a core page or a section's, with sub-paths (e.g. "trainings/12"). */
  go(page: string, search?: string): void;
  signedIn(token: string): void;
  signedOut(): void;
  // The e-mail of a sign-in that must change its password first.
  forced: { email: string } | null;
  setForced(f: { email: string } | null): void;
}

export function Title({ children }: { children: ReactNode }) {
  return (
    <h1 id="page-title" tabIndex={-1}>
      {children}
    </h1>
  );
}

/** A server error as the server words it (in the interface's language), with each broken rule. */
export function ServerError({ error, id }: { error: CombinedError | null; id: string }) {
  const { t } = useT();
  if (!error) return <div id={id} />;
  const rules = violationMessages(error.graphQLErrors?.[0]?.extensions);
  return (
    <div id={id} className="error" role="alert">
      <p>{errorMessage(error, t('error.network'))}</p>
      {rules.length > 0 && (
        <ul>
          {rules.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Done({ children }: { children: ReactNode }) {
  return (
    <p className="done" role="status">
      {children}
    </p>
  );
}

/** The space's password rules, in the interface's language, under a new password's field. */
export function PolicyHint({ id }: { id: string }) {
  const { lang } = useT();
  const [r] = useQuery({ query: PasswordPolicyQuery, context: useMemo(() => ({ lang }), [lang]) });
  return (
    <p id={id} className="hint">
      {r.data?.passwordPolicy.description ?? ''}
    </p>
  );
}

/** A labelled input; required unless `optional`, which its label says. */
export function Field(props: { id: string; label: string; type?: string; value: string; set(v: string): void; autoComplete?: string; describedBy?: string; optional?: boolean }) {
  const { t } = useT();
  return (
    <div className="field">
      <label htmlFor={props.id}>
        {props.label} <span className="req">{t(props.optional ? 'field.optional' : 'field.required')}</span>
      </label>
      <input
        id={props.id}
        name={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(e) => props.set(e.target.value)}
        autoComplete={props.autoComplete}
        aria-describedby={props.describedBy}
        required={!props.optional}
      />
    </div>
  );
}

/** The links to the account's own settings: profile and language, password, e-mail address. */
export function AccountLinks({ ctx }: { ctx: Ctx }) {
  const { t } = useT();
  return (
    <ul className="links">
      {(['profile', 'password', 'email'] as const).map((p) => (
        <li key={p}>
          <PageLink ctx={ctx} page={p}>
            {t(`menu.${p}`)}
          </PageLink>
        </li>
      ))}
    </ul>
  );
}

export function PageLink({ ctx, page, children }: { ctx: Ctx; page: string; children: ReactNode }) {
  return (
    <a
      href={memberPath(ctx.space, page)}
      onClick={(e) => {
        e.preventDefault();
        ctx.go(page);
      }}
    >
      {children}
    </a>
  );
}

/** A form that sends one operation: busy while it runs, the server's error under it. */
export function useSend() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);
  const send = async <R,>(run: () => Promise<{ error?: CombinedError; data?: R }>): Promise<R | null> => {
    setBusy(true);
    setError(null);
    const r = await run();
    setBusy(false);
    if (r.error) {
      setError(r.error);
      return null;
    }
    return r.data ?? null;
  };
  return { busy, error, setError, send };
}

export function NotFound() {
  const { t } = useT();
  return (
    <>
      <Title>{t('error.notFoundTitle')}</Title>
      <p>{t('error.notFound')}</p>
    </>
  );
}
