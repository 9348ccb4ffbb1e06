import { useMemo, useState, type FormEvent } from 'react';
import { Provider, useQuery } from 'urql';
import { useI18n } from '../i18n/i18n';
import { makeClient, useSession } from '../session';
import { LoginMutation, SpacesQuery } from '../ops';
import { ErrorBox, Loading } from '../ui';
import { LangSwitch } from '../App';
import { toLocale } from '../lib/lang';
import { README_SPACE, signInSpace } from '../lib/spaces';
import type { CombinedError } from 'urql';

export function SignIn() {
  const { lang } = useI18n();
  // The list of spaces is asked of the endpoint that serves no particular space.
  const publicClient = useMemo(() => makeClient(null, null, lang), [lang]);
  return (
    <Provider value={publicClient}>
      <SignInForm />
    </Provider>
  );
}

function SignInForm() {
  const { t, lang } = useI18n();
  const { space, chooseSpace, signIn } = useSession();
  const [spaces] = useQuery({ query: SpacesQuery, variables: { locale: toLocale(lang) } });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<CombinedError | null>(null);
  const [busy, setBusy] = useState(false);
  const [resetNeeded, setResetNeeded] = useState(false);

  const list = spaces.data?.spaces ?? [];
  const chosen = signInSpace(list.map((s) => s.slug), space);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) return;
    setBusy(true);
    setError(null);
    setResetNeeded(false);
    const c = makeClient(chosen, null, lang);
    const r = await c.mutation(LoginMutation, { email, password }).toPromise();
    setBusy(false);
    if (r.error) {
      setError(r.error);
      return;
    }
    if (r.data?.login.passwordResetRequired) {
      setResetNeeded(true);
      return;
    }
    if (r.data) signIn(chosen, r.data.login.token);
  };

  return (
    <div className="signin-page">
      <header className="top">
        <span className="brand">{t('app.name')}</span>
        <span className="grow" />
        <LangSwitch />
      </header>
      <main id="main" className="signin">
        <h1>{t('auth.title')}</h1>
        {spaces.fetching && !spaces.data ? (
          <Loading />
        ) : spaces.error ? (
          <ErrorBox error={spaces.error} />
        ) : (
          <form onSubmit={submit} aria-describedby={error ? 'signin-error' : undefined}>
            <div className="field">
              <label htmlFor="space">{t('auth.space')}</label>
              <select id="space" value={chosen} onChange={(e) => chooseSpace(e.target.value)} required>
                {list.map((s) => (
                  <option key={s.slug} value={s.slug}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="email">{t('auth.email')}</label>
              <input id="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
            </div>
            <div className="field">
              <label htmlFor="password">{t('auth.password')}</label>
              <input id="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
            </div>
            <div id="signin-error">
              <ErrorBox error={error} />
              {resetNeeded && <ErrorBox>{t('auth.resetRequired')}</ErrorBox>}
            </div>
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('auth.signingIn') : t('auth.signIn')}
            </button>
            <p className="hint" id="signin-accounts">
              {t('auth.accountsCreated')}{' '}
              <code>{`guichet user create --space ${chosen || README_SPACE} --email … --role editor`}</code>
            </p>
          </form>
        )}
      </main>
    </div>
  );
}
