import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Provider, useQuery, type CombinedError } from 'urql';
import { makeClient } from '../session';
import { clearToken, getLastSpace, getToken, setLastSpace, setToken } from '../lib/session';
import { LANGS, toLocale, type Lang } from '../lib/lang';
import { errorCode, errorMessage } from '../lib/errors';
import { LoginMutation, LogoutMutation, ResendActivationMutation, SpacesQuery } from '../ops';
import {
  ActivateAccountMutation,
  ChangePasswordMutation,
  ConfirmEmailChangeMutation,
  MemberMeQuery,
  MemberSpaceQuery,
  RegisterMutation,
  RequestEmailChangeMutation,
  RequestPasswordResetMutation,
  ResetPasswordMutation,
  UpdateProfileMutation,
} from './ops';
import { MemberI18n, useT } from './i18n';
import { helpHome, memberPath, parseMemberPath, SIGNED_IN, spaceCandidates, tokenOf, type Page } from './route';
import { trySpaces } from './tokens';
import type { Key } from './dict';
import { AccountLinks, Done, Field, NotFound, PageLink, PolicyHint, ServerError, Title, useSend, type Ctx } from './kit';
import { EXTRA, SECTIONS, sectionOf, signUpPage } from './sections';

export function MemberApp() {
  return (
    <MemberI18n>
      <Shell />
    </MemberI18n>
  );
}

/** The address bar is the state: pages move with pushState and come back with the Back button. */
function useLocation(): [string, string, (to: string) => void] {
  const [loc, setLoc] = useState(() => [location.pathname, location.search] as const);
  useEffect(() => {
    const back = () => setLoc([location.pathname, location.search]);
    window.addEventListener('popstate', back);
    return () => window.removeEventListener('popstate', back);
  }, []);
  const go = useCallback((to: string) => {
    history.pushState(null, '', to);
    setLoc([location.pathname, location.search]);
  }, []);
  return [loc[0], loc[1], go];
}

const FORCED_KEY = 'guichet.member.forced';

function Shell() {
  const { lang } = useT();
  const [pathname, search, navigate] = useLocation();
  const where = parseMemberPath(pathname, EXTRA);
  const langRef = useRef(lang);
  langRef.current = lang;
  const [tokens, setTokens] = useState(0); // bumped when a token changes, to re-read it
  // Kept for the tab's life, so that reloading the page does not skip the forced change.
  const [forced, setForcedState] = useState<{ email: string } | null>(() => {
    try {
      return JSON.parse(sessionStorage.getItem(FORCED_KEY) ?? 'null');
    } catch {
      return null;
    }
  });
  const setForced = useCallback((f: { email: string } | null) => {
    if (f) sessionStorage.setItem(FORCED_KEY, JSON.stringify(f));
    else sessionStorage.removeItem(FORCED_KEY);
    setForcedState(f);
  }, []);
  const space = where.space;
  const token = useMemo(() => (space ? getToken(sessionStorage, space) : null), [space, tokens]); // eslint-disable-line react-hooks/exhaustive-deps
  const client = useMemo(() => makeClient(space, token, () => langRef.current), [space, token]);

  // Move the focus to the new page's heading, for keyboards and screen readers.
  useEffect(() => {
    document.getElementById('page-title')?.focus();
  }, [pathname]);

  if (!space) return <MailLink page={where.page} search={search} navigate={navigate} />;

  const ctx: Ctx = {
    space,
    token,
    client,
    go: (page, s = '') => navigate(memberPath(space, page) + s),
    signedIn: (tok) => {
      setLastSpace(localStorage, space);
      setToken(sessionStorage, space, tok);
      setTokens((n) => n + 1);
    },
    signedOut: () => {
      clearToken(sessionStorage, space);
      setTokens((n) => n + 1);
    },
    forced,
    setForced,
  };
  let page = where.page;
  const section = sectionOf(page);
  if ((SIGNED_IN.includes(page) || (section && !section.public)) && !token) page = 'sign-in';
  if (token && forced && page !== 'password') page = 'password';

  return (
    <Provider value={client}>
      <Frame ctx={ctx} pathname={pathname}>
        <Body ctx={ctx} page={page} rest={where.rest ?? []} search={search} />
      </Frame>
    </Provider>
  );
}

function Frame({ ctx, pathname, children }: { ctx: Ctx; pathname: string; children: ReactNode }) {
  const { t, lang } = useT();
  const [sp] = useQuery({ query: MemberSpaceQuery, variables: { locale: toLocale(lang) } });
  const name = sp.data?.space.name ?? ctx.space;
  const [me, refetchMe] = useQuery({ query: MemberMeQuery, pause: !ctx.token || !!ctx.forced });
  // The menu follows the roles as they are now: a role granted since (a trainer's validation,
  // an approved organisation) shows its entries at the next page, without a reload.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (ctx.token && !ctx.forced) refetchMe({ requestPolicy: 'network-only' });
  }, [pathname]); // eslint-disable-line react-hooks/exhaustive-deps
  const viewer = { roles: me.data?.me?.roles ?? [], modules: sp.data?.space.modules ?? [], status: me.data?.me?.status ?? null };
  useEffect(() => {
    document.title = `${t('app.title')} · ${name}`;
  }, [t, name]);
  const signOut = async () => {
    await ctx.client.mutation(LogoutMutation, {}).toPromise();
    ctx.signedOut();
    ctx.setForced(null);
    ctx.go('sign-in');
  };
  return (
    <>
      <a className="skip" href="#main">
        {t('nav.skip')}
      </a>
      <header className="top">
        <div className="bar">
          <a className="brand" href={helpHome(ctx.space, lang)}>
            {name}
          </a>
          <LangSwitch />
          {ctx.token && (
            <button type="button" className="link" onClick={signOut}>
              {t('signOut')}
            </button>
          )}
        </div>
        <nav aria-label={t('nav.label')} className="sections">
          <ul>
            <li>
              <a href={helpHome(ctx.space, lang)}>{t('nav.help')}</a>
            </li>
            {ctx.token && !ctx.forced ? (
              (
                [
                  ['', 'menu.home'],
                  ['profile', 'menu.profile'],
                  ['password', 'menu.password'],
                  ['email', 'menu.email'],
                ] as [Page, Key][]
              )
                .concat(SECTIONS.filter((s) => s.menu?.show(viewer)).map((s) => [s.page, s.menu!.label]))
                .map(([p, k]) => <NavLink key={p} ctx={ctx} page={p} label={t(k)} />)
            ) : !ctx.token ? (
              <>
                <NavLink ctx={ctx} page="sign-in" label={t('link.signIn')} />
                <NavLink ctx={ctx} page={signUpPage(viewer.modules)} label={t('link.signUp')} />
              </>
            ) : null}
          </ul>
        </nav>
      </header>
      <main id="main">{children}</main>
    </>
  );
}

function NavLink({ ctx, page, label }: { ctx: Ctx; page: Page; label: string }) {
  const href = memberPath(ctx.space, page);
  const current = parseMemberPath(location.pathname, EXTRA).page === page;
  return (
    <li>
      <a
        href={href}
        aria-current={current ? 'page' : undefined}
        onClick={(e) => {
          e.preventDefault();
          ctx.go(page);
        }}
      >
        {label}
      </a>
    </li>
  );
}

function LangSwitch() {
  const { lang, setLang, t } = useT();
  return (
    <div className="langs" role="group" aria-label={t('lang.choose')}>
      {LANGS.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLang(l)} title={t(('lang.' + l) as Key)}>
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

function Body({ ctx, page, rest, search }: { ctx: Ctx; page: Page; rest: string[]; search: string }) {
  switch (page) {
    case 'sign-in':
      return <SignIn ctx={ctx} />;
    case 'sign-up':
      return <SignUp ctx={ctx} />;
    case 'resend':
      return <EmailOnly ctx={ctx} kind="resend" />;
    case 'forgot':
      return <EmailOnly ctx={ctx} kind="forgot" />;
    case 'activate':
    case 'confirm-email':
      return <TokenNow ctx={ctx} page={page} search={search} />;
    case 'reset-password':
      return <ResetPassword ctx={ctx} search={search} />;
    case '':
    case 'profile':
    case 'password':
    case 'email':
      return <SignedIn ctx={ctx} page={page} />;
    default: {
      const section = sectionOf(page);
      return section ? <>{section.render({ ctx, rest, search })}</> : <NotFound />;
    }
  }
}

function SignIn({ ctx }: { ctx: Ctx }) {
  const { t, lang } = useT();
  const [sp] = useQuery({ query: MemberSpaceQuery, variables: { locale: toLocale(lang) } });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, send } = useSend();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const d = await send(() => ctx.client.mutation(LoginMutation, { email, password }).toPromise());
    if (!d) return;
    ctx.setForced(d.login.passwordResetRequired ? { email } : null);
    ctx.signedIn(d.login.token);
    ctx.go(d.login.passwordResetRequired ? 'password' : '');
  };
  return (
    <>
      <Title>{t('signIn.title')}</Title>
      <form onSubmit={submit} aria-describedby="signin-error" className="form">
        <Field id="email" label={t('field.email')} type="email" autoComplete="username" value={email} set={setEmail} />
        <Field id="password" label={t('field.password')} type="password" autoComplete="current-password" value={password} set={setPassword} />
        <ServerError error={error} id="signin-error" />
        {errorCode(error) === 'ACCOUNT_NOT_ACTIVE' && (
          <p>
            <PageLink ctx={ctx} page="resend">
              {t('signIn.resend')}
            </PageLink>
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
      <p>
        <PageLink ctx={ctx} page="forgot">
          {t('signIn.forgot')}
        </PageLink>
      </p>
      <p>
        {t('signIn.noAccount')}{' '}
        <PageLink ctx={ctx} page={signUpPage(sp.data?.space.modules ?? [])}>
          {t('link.signUp')}
        </PageLink>
      </p>
    </>
  );
}

function SignUp({ ctx }: { ctx: Ctx }) {
  const { t, lang } = useT();
  const [firstName, setFirst] = useState('');
  const [lastName, setLast] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, send } = useSend();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const d = await send(() =>
      ctx.client.mutation(RegisterMutation, { input: { email, password, firstName, lastName, locale: toLocale(lang) } }).toPromise(),
    );
    if (!d) return;
    setLastSpace(localStorage, ctx.space); // the activation link will be tried here first
    setDone(email);
  };
  return (
    <>
      <Title>{t('signUp.title')}</Title>
      {done ? (
        <Done>{t('signUp.done', { email: done })}</Done>
      ) : (
        <form onSubmit={submit} aria-describedby="signup-error" className="form">
          <Field id="firstName" label={t('field.firstName')} autoComplete="given-name" value={firstName} set={setFirst} />
          <Field id="lastName" label={t('field.lastName')} autoComplete="family-name" value={lastName} set={setLast} />
          <Field id="email" label={t('field.email')} type="email" autoComplete="email" value={email} set={setEmail} />
          <Field id="password" label={t('field.password')} type="password" autoComplete="new-password" value={password} set={setPassword} describedBy="password-rules" />
          <PolicyHint id="password-rules" />
          <ServerError error={error} id="signup-error" />
          <button type="submit" className="primary" disabled={busy}>
            {t('signUp.submit')}
          </button>
        </form>
      )}
      <p>
        {t('signUp.haveAccount')}{' '}
        <PageLink ctx={ctx} page="sign-in">
          {t('link.signIn')}
        </PageLink>
      </p>
    </>
  );
}

function EmailOnly({ ctx, kind }: { ctx: Ctx; kind: 'resend' | 'forgot' }) {
  const { t } = useT();
  const [email, setEmail] = useState('');
  const [done, setDone] = useState(false);
  const { busy, error, send } = useSend();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const d =
      kind === 'resend'
        ? await send(() => ctx.client.mutation(ResendActivationMutation, { email }).toPromise())
        : await send(() => ctx.client.mutation(RequestPasswordResetMutation, { email }).toPromise());
    if (d) {
      setLastSpace(localStorage, ctx.space);
      setDone(true);
    }
  };
  return (
    <>
      <Title>{t(kind === 'resend' ? 'resend.title' : 'forgot.title')}</Title>
      {done ? (
        <Done>{t(kind === 'resend' ? 'resend.done' : 'forgot.done')}</Done>
      ) : (
        <form onSubmit={submit} aria-describedby={kind + '-error'} className="form">
          <Field id="email" label={t('field.email')} type="email" autoComplete="email" value={email} set={setEmail} />
          <ServerError error={error} id={kind + '-error'} />
          <button type="submit" className="primary" disabled={busy}>
            {t(kind === 'resend' ? 'resend.submit' : 'forgot.submit')}
          </button>
        </form>
      )}
      <p>
        <PageLink ctx={ctx} page="sign-in">
          {t('link.signIn')}
        </PageLink>
      </p>
    </>
  );
}

/**
 * An e-mail's link whose address names no space (/activate?token=…): the token is offered to
 * the spaces, the last one used here first; the page then moves to that space's address.
 */
function MailLink({ page, search, navigate }: { page: Page; search: string; navigate(to: string): void }) {
  const { t, lang } = useT();
  const [error, setError] = useState<CombinedError | null>(null);
  const started = useRef(false);
  const token = tokenOf(search);
  useEffect(() => {
    if (started.current || !token || page === 'not-found') return;
    started.current = true;
    (async () => {
      const pub = makeClient(null, null, lang);
      const r = await pub.query(SpacesQuery, { locale: toLocale(lang) }).toPromise();
      if (r.error || !r.data) {
        setError(r.error ?? null);
        return;
      }
      const all = spaceCandidates(
        r.data.spaces.map((s) => s.slug),
        getLastSpace(localStorage),
      );
      const mail = sectionOf(page)?.mail;
      if (page === 'reset-password' || (mail && !mail.run)) {
        // Nothing to try before the new password is typed: the last space used, else the first.
        navigate(memberPath(all[0] ?? '', page) + search);
        return;
      }
      const found = await trySpaces<{ data?: unknown; error?: CombinedError }>(
        all,
        (s) => {
          const c = makeClient(s, null, lang);
          if (mail?.run) return mail.run(c, token);
          return page === 'activate'
            ? c.mutation(ActivateAccountMutation, { token }).toPromise()
            : c.mutation(ConfirmEmailChangeMutation, { token }).toPromise();
        },
        (x) => errorCode(x.error),
      );
      if (found.space && found.result) {
        sessionStorage.setItem('guichet.member.result', JSON.stringify({ data: found.result.data ?? null, message: found.result.error ? errorMessage(found.result.error, '') : null }));
        navigate(memberPath(found.space, page) + '?done=1');
      } else setError(found.result?.error ?? null);
    })();
  }, [token, page, search, lang, navigate]);
  return (
    <main id="main">
      <h1 id="page-title" tabIndex={-1}>
        {t(sectionOf(page)?.mail?.title ?? (page === 'activate' ? 'activate.title' : page === 'confirm-email' ? 'confirmEmail.title' : page === 'reset-password' ? 'reset.title' : 'error.notFoundTitle'))}
      </h1>
      {page === 'not-found' ? (
        <p>{t('error.notFound')}</p>
      ) : !token ? (
        <p className="error" role="alert">
          {t('error.noToken')}
        </p>
      ) : error ? (
        <ServerError error={error} id="link-error" />
      ) : (
        <p role="status">{t('activate.working')}</p>
      )}
    </main>
  );
}

/** Activation and e-mail confirmation: the link does its work as soon as it is opened. */
function TokenNow({ ctx, page, search }: { ctx: Ctx; page: 'activate' | 'confirm-email'; search: string }) {
  const { t } = useT();
  const [status, setStatus] = useState<string | null>(null);
  const [email, setEmail] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const show = (data: unknown) => {
      const d = data as { activateAccount?: { account: { status: string; email: string } }; confirmEmailChange?: { account: { email: string } } } | null;
      if (d?.activateAccount) setStatus(d.activateAccount.account.status);
      if (d?.confirmEmailChange) setEmail(d.confirmEmailChange.account.email);
    };
    if (new URLSearchParams(search).get('done')) {
      // Done already by the link at the root (MailLink), which found this space.
      const saved = JSON.parse(sessionStorage.getItem('guichet.member.result') ?? 'null') as { data: unknown; message: string | null } | null;
      sessionStorage.removeItem('guichet.member.result');
      if (saved?.message) setMessage(saved.message);
      else show(saved?.data);
      return;
    }
    const token = tokenOf(search);
    if (!token) {
      setMessage(t('error.noToken'));
      return;
    }
    (async () => {
      const r =
        page === 'activate'
          ? await ctx.client.mutation(ActivateAccountMutation, { token }).toPromise()
          : await ctx.client.mutation(ConfirmEmailChangeMutation, { token }).toPromise();
      if (r.error) setError(r.error);
      else show(r.data);
    })();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <>
      <Title>{t(page === 'activate' ? 'activate.title' : 'confirmEmail.title')}</Title>
      {message ? (
        <p className="error" role="alert">
          {message}
        </p>
      ) : error ? (
        <ServerError error={error} id="link-error" />
      ) : status ? (
        <Done>{t(status === 'ACTIVE' ? 'activate.active' : 'activate.pending')}</Done>
      ) : email ? (
        <Done>{t('confirmEmail.done', { email })}</Done>
      ) : (
        <p role="status">{t('activate.working')}</p>
      )}
      {(status === 'ACTIVE' || email) && !ctx.token && (
        <p>
          <PageLink ctx={ctx} page="sign-in">
            {t('link.signIn')}
          </PageLink>
        </p>
      )}
      {email && ctx.token && (
        <p>
          <PageLink ctx={ctx} page="">
            {t('link.account')}
          </PageLink>
        </p>
      )}
    </>
  );
}

function ResetPassword({ ctx, search }: { ctx: Ctx; search: string }) {
  const { t, lang } = useT();
  const token = tokenOf(search);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const { busy, error, send } = useSend();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!token) return;
    const d = await send(async () => {
      // The link named no space: the space in the address was a guess; ask the others too.
      const pub = await makeClient(null, null, lang).query(SpacesQuery, {}).toPromise();
      const all = spaceCandidates(pub.data?.spaces.map((s) => s.slug) ?? [], ctx.space);
      const found = await trySpaces(
        all,
        (s) => (s === ctx.space ? ctx.client : makeClient(s, null, lang)).mutation(ResetPasswordMutation, { token, newPassword: password }).toPromise(),
        (x) => errorCode(x.error),
      );
      if (found.space && found.space !== ctx.space) history.replaceState(null, '', memberPath(found.space, 'reset-password'));
      return found.result ?? { error: undefined, data: undefined };
    });
    if (d) setDone(true);
  };
  return (
    <>
      <Title>{t('reset.title')}</Title>
      {!token ? (
        <p className="error" role="alert">
          {t('error.noToken')}
        </p>
      ) : done ? (
        <Done>{t('reset.done')}</Done>
      ) : (
        <form onSubmit={submit} aria-describedby="reset-error" className="form">
          <Field id="newPassword" label={t('field.newPassword')} type="password" autoComplete="new-password" value={password} set={setPassword} describedBy="password-rules" />
          <PolicyHint id="password-rules" />
          <ServerError error={error} id="reset-error" />
          <button type="submit" className="primary" disabled={busy}>
            {t('reset.submit')}
          </button>
        </form>
      )}
      {(done || !token) && (
        <p>
          <PageLink ctx={ctx} page="sign-in">
            {t('link.signIn')}
          </PageLink>
        </p>
      )}
    </>
  );
}

function SignedIn({ ctx, page }: { ctx: Ctx; page: '' | 'profile' | 'password' | 'email' }) {
  const { t } = useT();
  const [me, refetch] = useQuery({ query: MemberMeQuery, requestPolicy: 'network-only' });
  useEffect(() => {
    // An expired or revoked session: sign in again.
    if (errorCode(me.error) === 'UNAUTHENTICATED') {
      ctx.signedOut();
      ctx.go('sign-in');
    }
  }, [me.error]); // eslint-disable-line react-hooks/exhaustive-deps
  if (page === 'password') return <ChangePassword ctx={ctx} email={me.data?.me?.email ?? ctx.forced?.email ?? null} />;
  if (!me.data?.me) {
    return me.error ? <ServerError error={me.error} id="me-error" /> : <p role="status">{t('state.loading')}</p>;
  }
  const a = me.data.me;
  if (page === 'profile') return <Profile ctx={ctx} me={a} refetch={() => refetch({ requestPolicy: 'network-only' })} />;
  if (page === 'email') return <ChangeEmail ctx={ctx} current={a.email} />;
  return (
    <>
      <Title>{t('home.title')}</Title>
      <p>{t('home.hello', { name: a.displayName })}</p>
      <p>{t('home.email', { email: a.email })}</p>
      <AccountLinks ctx={ctx} />
    </>
  );
}

function ChangePassword({ ctx, email }: { ctx: Ctx; email: string | null }) {
  const { t, lang } = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [done, setDone] = useState(false);
  const { busy, error, send } = useSend();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const d = await send(() => ctx.client.mutation(ChangePasswordMutation, { currentPassword: current, newPassword: next }).toPromise());
    if (!d) return;
    // A new password ends every session, this one too: sign in again with it.
    const again = email ? await makeClient(ctx.space, null, lang).mutation(LoginMutation, { email, password: next }).toPromise() : null;
    if (ctx.forced) ctx.go('password'); // the address may be another page's, shown this form meanwhile
    ctx.setForced(null);
    if (again?.data) ctx.signedIn(again.data.login.token);
    else ctx.signedOut();
    setDone(true);
    setCurrent('');
    setNext('');
  };
  return (
    <>
      <Title>{t('password.title')}</Title>
      {ctx.forced && <p className="notice">{t('password.forced')}</p>}
      {done && <Done>{t('password.done')}</Done>}
      <form onSubmit={submit} aria-describedby="password-error" className="form">
        <Field id="currentPassword" label={t('field.currentPassword')} type="password" autoComplete="current-password" value={current} set={setCurrent} />
        <Field id="newPassword" label={t('field.newPassword')} type="password" autoComplete="new-password" value={next} set={setNext} describedBy="password-rules" />
        <PolicyHint id="password-rules" />
        <ServerError error={error} id="password-error" />
        <button type="submit" className="primary" disabled={busy}>
          {t('password.submit')}
        </button>
      </form>
    </>
  );
}

interface MeLike {
  firstName: string;
  lastName: string;
  locale: 'FR' | 'EN';
}

function Profile({ ctx, me, refetch }: { ctx: Ctx; me: MeLike; refetch(): void }) {
  const { t, setLang } = useT();
  const [firstName, setFirst] = useState(me.firstName);
  const [lastName, setLast] = useState(me.lastName);
  const [locale, setLocale] = useState<'FR' | 'EN'>(me.locale);
  const [done, setDone] = useState(false);
  const { busy, error, send } = useSend();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const d = await send(() => ctx.client.mutation(UpdateProfileMutation, { input: { firstName, lastName, locale } }).toPromise());
    if (!d) return;
    setLang(d.updateProfile.account.locale.toLowerCase() as Lang);
    setDone(true);
    refetch();
  };
  return (
    <>
      <Title>{t('profile.title')}</Title>
      <form onSubmit={submit} aria-describedby="profile-error" className="form">
        <Field id="firstName" label={t('field.firstName')} autoComplete="given-name" value={firstName} set={setFirst} />
        <Field id="lastName" label={t('field.lastName')} autoComplete="family-name" value={lastName} set={setLast} />
        <div className="field">
          <label htmlFor="locale">{t('field.locale')}</label>
          <select id="locale" value={locale} onChange={(e) => setLocale(e.target.value as 'FR' | 'EN')}>
            <option value="FR" lang="fr">
              Français
            </option>
            <option value="EN" lang="en">
              English
            </option>
          </select>
        </div>
        <ServerError error={error} id="profile-error" />
        {done && <Done>{t('profile.done')}</Done>}
        <button type="submit" className="primary" disabled={busy}>
          {t('profile.submit')}
        </button>
      </form>
    </>
  );
}

function ChangeEmail({ ctx, current }: { ctx: Ctx; current: string }) {
  const { t } = useT();
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, send } = useSend();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const d = await send(() => ctx.client.mutation(RequestEmailChangeMutation, { newEmail, password }).toPromise());
    if (!d) return;
    setLastSpace(localStorage, ctx.space);
    setDone(newEmail);
    setPassword('');
  };
  return (
    <>
      <Title>{t('email.title')}</Title>
      <p>{t('email.current', { email: current })}</p>
      {done ? (
        <Done>{t('email.done', { email: done })}</Done>
      ) : (
        <form onSubmit={submit} aria-describedby="email-error" className="form">
          <Field id="newEmail" label={t('field.newEmail')} type="email" autoComplete="email" value={newEmail} set={setNewEmail} />
          <Field id="password" label={t('field.currentPassword')} type="password" autoComplete="current-password" value={password} set={setPassword} />
          <ServerError error={error} id="email-error" />
          <button type="submit" className="primary" disabled={busy}>
            {t('email.submit')}
          </button>
        </form>
      )}
    </>
  );
}
