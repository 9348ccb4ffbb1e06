import { useEffect, useRef, useState } from 'react';
import { Provider, useQuery } from 'urql';
import { I18nProvider, useI18n } from './i18n/i18n';
import { SessionProvider, useSession } from './session';
import { RouterProvider, Link, useRouter } from './lib/router';
import { matchPath } from './lib/route';
import { Announcer, ErrorBox, Loading } from './ui';
import { ScopedPermissionsQuery, ViewerQuery, LogoutMutation } from './ops';
import { menuFor, menuOfPath, MENU, scopesOf, type MenuId } from './lib/permissions';
import { isUnauthenticated } from './lib/errors';
import { LANGS, toLocale } from './lib/lang';
import { SignIn } from './screens/SignIn';
import { PagesList } from './screens/PagesList';
import { NewPage } from './screens/NewPage';
import { PageEditor } from './screens/PageEditor';
import { Categories } from './screens/Categories';
import { Translations } from './screens/Translations';
import { Approvals } from './screens/Approvals';
import { Roles } from './screens/Roles';
import { Webhooks } from './screens/Webhooks';
import { Audit } from './screens/Audit';
import { Trainings, TrainingDetail } from './screens/Trainings';
import { Support } from './screens/Support';
import { Groups, GroupDetail } from './screens/Groups';
import { Mentoring } from './screens/Mentoring';
import { Onboarding } from './screens/Onboarding';
import { Entities, EntityScreen, MyEntity } from './screens/Entities';
import { ReadersFeedback } from './screens/ReadersFeedback';
import type { Key } from './i18n/dict';

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <RouterProvider>
          <Announcer>
            <Root />
          </Announcer>
        </RouterProvider>
      </SessionProvider>
    </I18nProvider>
  );
}

function Root() {
  const { token, client } = useSession();
  return <Provider value={client}>{token ? <Shell /> : <SignIn />}</Provider>;
}

export function LangSwitch() {
  const { lang, setLang, t } = useI18n();
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

/** The permissions the viewer holds in the space, plus those held in one of its scopes. */
function useAllPermissions(base: readonly string[] | undefined, scopes: string[]): Set<string> | null {
  const { client } = useSession();
  const [scoped, setScoped] = useState<string[] | null>(null);
  const key = scopes.join(',');
  useEffect(() => {
    let live = true;
    if (scopes.length === 0) {
      setScoped([]);
      return;
    }
    Promise.all(scopes.map((scope) => client.query(ScopedPermissionsQuery, { scope }).toPromise())).then((rs) => {
      if (live) setScoped(rs.flatMap((r) => r.data?.permissions ?? []));
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key]);
  if (!base || scoped === null) return null;
  return new Set([...base, ...scoped]);
}

function Shell() {
  const { t, lang } = useI18n();
  const { signOut, client, space } = useSession();
  const { path, navigate } = useRouter();
  const [{ data, fetching, error }] = useQuery({ query: ViewerQuery, variables: { locale: toLocale(lang) } });
  const perms = useAllPermissions(data?.permissions, scopesOf(data?.me?.roleAssignments ?? []));

  useEffect(() => {
    if (isUnauthenticated(error) || (data && !data.me)) signOut();
  }, [error, data, signOut]);

  const menus = perms ? menuFor(perms, data?.space.modules) : [];
  useEffect(() => {
    if (perms && path === '/' && menus.length > 0) navigate(MENU.find((m) => m.id === menus[0])!.path, { replace: true });
  }, [perms, path, menus.length]); // eslint-disable-line react-hooks/exhaustive-deps

  // After moving to another screen, focus goes to the main region, so that screen readers and
  // keyboard users start from the new content.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus();
  }, [path]);

  const logout = async () => {
    if (!navigate(path)) return;
    await client.mutation(LogoutMutation, {}).toPromise();
    signOut();
  };

  return (
    <div className="shell">
      <a className="skip" href="#main">
        {t('nav.skip')}
      </a>
      <header className="top">
        <span className="brand">{t('app.name')}</span>
        <span className="space" data-testid="space-name">
          {data?.space.name ?? space}
        </span>
        <span className="grow" />
        <LangSwitch />
        {data?.me && <span className="who">{data.me.displayName}</span>}
        <button type="button" onClick={logout}>
          {t('auth.signOut')}
        </button>
      </header>
      {menus.length > 0 && (
        <nav aria-label={t('nav.label')} className="menu">
          <ul>
            {menus.map((id) => (
              <li key={id}>
                <Link to={MENU.find((m) => m.id === id)!.path}>{t(('menu.' + id) as Key)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" tabIndex={-1}>
        {fetching && !data ? <Loading /> : error && !isUnauthenticated(error) ? <ErrorBox error={error} /> : perms ? <Routes menus={menus} locales={data?.space.locales ?? ['FR', 'EN']} /> : <Loading />}
      </main>
    </div>
  );
}

function Routes({ menus, locales }: { menus: MenuId[]; locales: readonly ('FR' | 'EN')[] }) {
  const { t } = useI18n();
  const { path } = useRouter();
  if (path === '/') {
    return menus.length === 0 ? (
      <section aria-labelledby="h-nothing">
        <h1 id="h-nothing">{t('home.title')}</h1>
        <p data-testid="no-menu">{t('home.nothing')}</p>
      </section>
    ) : (
      <Loading />
    );
  }
  const menu = menuOfPath(path);
  if (!menu || !menus.includes(menu)) {
    return (
      <section aria-labelledby="h-nf">
        <h1 id="h-nf">{menu ? t('error.forbiddenTitle') : t('error.notFoundTitle')}</h1>
        <p>{menu ? t('error.forbidden') : t('error.notFound')}</p>
      </section>
    );
  }
  let m: Record<string, string> | null;
  if (path === '/pages') return <PagesList />;
  if ((m = matchPath('/pages/new/:kind', path))) return <NewPage kind={m.kind} locales={locales} />;
  if ((m = matchPath('/pages/:kind/:id', path))) return <PageEditor key={m.kind + m.id} kind={m.kind} id={m.id} locales={locales} />;
  if (path === '/categories') return <Categories locales={locales} />;
  if (path === '/translations') return <Translations locales={locales} />;
  if (path === '/approvals') return <Approvals />;
  if (path === '/roles') return <Roles />;
  if (path === '/webhooks') return <Webhooks />;
  if (path === '/audit') return <Audit />;
  if (path === '/trainings') return <Trainings />;
  if ((m = matchPath('/trainings/:id', path))) return <TrainingDetail key={m.id} id={m.id} />;
  if (path === '/support') return <Support />;
  if (path === '/groups') return <Groups />;
  if ((m = matchPath('/groups/:id', path))) return <GroupDetail key={m.id} id={m.id} />;
  if (path === '/mentoring') return <Mentoring />;
  if (path === '/onboarding') return <Onboarding locales={locales} />;
  if (path === '/entities') return <Entities />;
  if ((m = matchPath('/entities/:id', path))) return <EntityScreen key={m.id} id={m.id} />;
  if (path === '/my-entity') return <MyEntity />;
  if (path === '/feedback') return <ReadersFeedback locales={locales} />;
  return (
    <section aria-labelledby="h-nf">
      <h1 id="h-nf">{t('error.notFoundTitle')}</h1>
      <p>{t('error.notFound')}</p>
    </section>
  );
}
