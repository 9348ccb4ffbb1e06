// Community: news, local groups, the directory, one's own directory entry and the indicators.
// Addresses: community, community/news/{slug}, community/groups, community/groups/{id},
// community/directory, community/profile, community/indicators.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useClient, useQuery } from 'urql';
import { toLocale } from '../../../lib/lang';
import { Done, NotFound, ServerError, Title, useSend, type Ctx } from '../../kit';
import { useT } from '../../i18n';
import type { Key } from '../../dict';
import {
  MemberCommunityIndicatorsQuery,
  MemberDirectoryProfileQuery,
  MemberDirectoryQuery,
  MemberJoinLocalGroupMutation,
  MemberLeaveLocalGroupMutation,
  MemberLocalGroupQuery,
  MemberLocalGroupsQuery,
  MemberNewsListQuery,
  MemberNewsPostQuery,
  MemberUpdateDirectoryProfileMutation,
} from '../community.ops';
import { BELTS, BIO_MAX, charsLeft, directoryVariables, hasMore, nodes, spellDate, subPage, type DirectoryForm } from './logic';
import { Go, Html, Optional, SubNav, TextArea, Waiting, useBelt, useFocusTitle, useLangs } from './shared';

const TABS: [string, Key][] = [
  ['community', 'community.nav.news'],
  ['community/groups', 'community.nav.groups'],
  ['community/directory', 'community.nav.directory'],
  ['community/profile', 'community.nav.profile'],
  ['community/indicators', 'community.nav.indicators'],
];

export function Community({ ctx, rest }: { ctx: Ctx; rest: string[] }) {
  const { t } = useT();
  const sub = subPage(rest, ['news', 'groups', 'directory', 'profile', 'indicators'] as const, 'news');
  if (!sub) return <NotFound />;
  const current = sub === 'news' ? 'community' : 'community/' + sub;
  let body;
  switch (sub) {
    case 'news':
      body = rest[1] ? <NewsPost slug={rest[1]} ctx={ctx} /> : <News ctx={ctx} />;
      break;
    case 'groups':
      body = rest[1] ? <Group id={rest[1]} ctx={ctx} /> : <Groups ctx={ctx} />;
      break;
    case 'directory':
      body = <Directory />;
      break;
    case 'profile':
      body = <DirectoryProfile ctx={ctx} />;
      break;
    case 'indicators':
      body = <Indicators />;
      break;
  }
  return (
    <>
      <SubNav ctx={ctx} label={t('community.nav')} current={current} items={TABS} />
      {body}
    </>
  );
}

function News({ ctx }: { ctx: Ctx }) {
  const { t, lang } = useT();
  const [after, setAfter] = useState<string | null>(null);
  const locale = toLocale(lang);
  const [r] = useQuery({ query: MemberNewsListQuery, variables: { first: 10, after, locale } });
  // Earlier pages are kept while "more" loads the next one.
  const [seen, setSeen] = useState<{ id: string; slug: string; title: string; summary: string; publishedAt: string }[]>([]);
  useEffect(() => {
    setSeen([]);
    setAfter(null);
  }, [locale]);
  const edges = r.data?.news.edges ?? [];
  const items = [...seen, ...nodes(edges).filter((n) => !seen.some((s) => s.id === n.id))];
  return (
    <>
      <Title>{t('community.news.title')}</Title>
      {!r.data ? (
        <Waiting error={r.error} id="news-error" />
      ) : (
        <>
          <p>{t('community.news.count', { n: r.data.news.totalCount })}</p>
          {items.length === 0 && <p>{t('community.empty')}</p>}
          <ul className="cards" aria-label={t('community.news.title')}>
            {items.map((n) => (
              <li key={n.id}>
                <h2>
                  <Go ctx={ctx} to={'community/news/' + encodeURIComponent(n.slug)}>
                    {n.title}
                  </Go>
                </h2>
                <p className="meta">{t('community.news.published', { date: spellDate(n.publishedAt, lang) })}</p>
                <p>{n.summary}</p>
              </li>
            ))}
          </ul>
          {r.data.news.pageInfo.hasNextPage && (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setSeen(items);
                setAfter(r.data!.news.pageInfo.endCursor ?? null);
              }}
            >
              {t('community.more')}
            </button>
          )}
        </>
      )}
    </>
  );
}

function NewsPost({ ctx, slug }: { ctx: Ctx; slug: string }) {
  const { t, lang } = useT();
  const [r] = useQuery({ query: MemberNewsPostQuery, variables: { slug, locale: toLocale(lang) } });
  useFocusTitle(!!r.data);
  if (!r.data) return <Waiting error={r.error} id="news-error" />;
  const n = r.data.newsPost;
  if (!n) {
    return (
      <>
        <Title>{t('error.notFoundTitle')}</Title>
        <p>{t('community.news.notFound')}</p>
      </>
    );
  }
  return (
    <article lang={n.locale.toLowerCase()}>
      <Title>{n.title}</Title>
      <p className="meta">{t('community.news.published', { date: spellDate(n.publishedAt, lang) })}</p>
      <Html html={n.html} />
      <p>
        <Go ctx={ctx} to="community">
          {t('community.back')}
        </Go>
      </p>
    </article>
  );
}

function Groups({ ctx }: { ctx: Ctx }) {
  const { t, lang } = useT();
  const [r] = useQuery({ query: MemberLocalGroupsQuery, variables: { locale: toLocale(lang) }, requestPolicy: 'cache-and-network' });
  return (
    <>
      <Title>{t('community.groups.title')}</Title>
      <p>{t('community.groups.intro')}</p>
      {!r.data ? (
        <Waiting error={r.error} id="groups-error" />
      ) : nodes(r.data.localGroups.edges).length === 0 ? (
        <p>{t('community.empty')}</p>
      ) : (
        <ul className="cards" aria-label={t('community.groups.title')}>
          {nodes(r.data.localGroups.edges).map((g) => (
            <li key={g.id}>
              <h2>
                <Go ctx={ctx} to={'community/groups/' + encodeURIComponent(g.id)}>
                  {g.name}
                </Go>
              </h2>
              <p className="meta">
                {[g.city, g.region].filter(Boolean).join(', ')} · {t('community.groups.members', { n: g.memberCount })}
                {g.viewerIsMember && <> · <strong>{t('community.groups.youAreMember')}</strong></>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Group({ ctx, id }: { ctx: Ctx; id: string }) {
  const { t, lang } = useT();
  const belt = useBelt();
  const [r, refetch] = useQuery({ query: MemberLocalGroupQuery, variables: { id, locale: toLocale(lang) }, requestPolicy: 'cache-and-network' });
  const { busy, error, send } = useSend();
  const [done, setDone] = useState<string | null>(null);
  useFocusTitle(!!r.data);
  if (!r.data) return <Waiting error={r.error} id="group-error" />;
  const g = r.data.localGroup;
  if (!g) {
    return (
      <>
        <Title>{t('error.notFoundTitle')}</Title>
        <p>{t('community.group.notFound')}</p>
      </>
    );
  }
  const toggle = async () => {
    setDone(null);
    const joining = !g.viewerIsMember;
    const d = await send<unknown>(() =>
      joining ? ctx.client.mutation(MemberJoinLocalGroupMutation, { id: g.id }).toPromise() : ctx.client.mutation(MemberLeaveLocalGroupMutation, { id: g.id }).toPromise(),
    );
    if (!d) return;
    setDone(t(joining ? 'community.group.joined' : 'community.group.left', { name: g.name }));
    refetch({ requestPolicy: 'network-only' });
  };
  return (
    <>
      <Title>{g.name}</Title>
      <p className="meta">
        {[g.city, g.region].filter(Boolean).join(', ')} · {t('community.groups.members', { n: g.memberCount })}
      </p>
      {g.description && <p>{g.description}</p>}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={toggle} aria-describedby="group-error">
          {t(g.viewerIsMember ? 'community.group.leave' : 'community.group.join')}
        </button>
      </div>
      <ServerError error={error} id="group-error" />
      {done && <Done>{done}</Done>}
      <h2>{t('community.group.coordinators')}</h2>
      {g.coordinators.length === 0 ? <p>{t('community.group.noCoordinator')}</p> : <p>{g.coordinators.map((c) => c.displayName).join(', ')}</p>}
      <h2 id="group-members">{t('community.group.membersTitle', { n: g.members.totalCount })}</h2>
      <ul className="people" aria-labelledby="group-members">
        {nodes(g.members.edges).map((m) => (
          <li key={m.id}>
            {m.displayName} <span className="meta">({t('community.belt.label', { belt: belt(m.belt) })})</span>
          </li>
        ))}
      </ul>
      <h2 id="group-workshops">{t('community.group.workshops', { city: g.city })}</h2>
      {(g.upcomingWorkshops.edges ?? []).length === 0 ? (
        <p>{t('community.group.noWorkshop')}</p>
      ) : (
        <ul aria-labelledby="group-workshops">
          {(g.upcomingWorkshops.edges ?? []).map((e) =>
            e?.node ? (
              <li key={e.node.id}>
                {spellDate(e.node.startsAt, lang, true)} — {e.node.title}
                {e.node.city ? ` (${e.node.city})` : ''}
              </li>
            ) : null,
          )}
        </ul>
      )}
      <p>
        <Go ctx={ctx} to="community/groups">
          {t('community.back')}
        </Go>
      </p>
    </>
  );
}

type Entry = { id: string; displayName: string; belt?: string | null; city?: string | null; languages: readonly string[]; bio?: string | null; contactEmail?: string | null; workshopsRun: number };

function Directory() {
  const { t, lang } = useT();
  const belt = useBelt();
  const langs = useLangs();
  const [form, setForm] = useState<DirectoryForm>({ search: '', city: '', belt: '' });
  const [asked, setAsked] = useState<DirectoryForm | null>(null);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const { busy, error, send } = useSend();
  const urql = useClient();
  const load = async (f: DirectoryForm, offset: number) => {
    const d = await send(() => urql.query(MemberDirectoryQuery, directoryVariables(f, offset), { requestPolicy: 'network-only' }).toPromise());
    if (!d) return;
    setAsked(f);
    setTotal(d.facilitatorDirectory.totalCount);
    setEntries((prev) => (offset === 0 ? d.facilitatorDirectory.entries : [...prev, ...d.facilitatorDirectory.entries]));
  };
  // The whole directory at first; a bio follows the reader's language, so reload on a switch.
  useEffect(() => {
    load(asked ?? form, 0);
  }, [lang]); // eslint-disable-line react-hooks/exhaustive-deps
  const submit = (e: FormEvent) => {
    e.preventDefault();
    load(form, 0);
  };
  return (
    <>
      <Title>{t('community.directory.title')}</Title>
      <p>{t('community.directory.intro')}</p>
      <form role="search" className="form searchform" onSubmit={submit} aria-describedby="directory-error">
        <Optional id="dir-search" label={t('community.directory.search')} value={form.search} set={(v) => setForm({ ...form, search: v })} />
        <Optional id="dir-city" label={t('community.directory.city')} value={form.city} set={(v) => setForm({ ...form, city: v })} />
        <div className="field">
          <label htmlFor="dir-belt">{t('community.directory.belt')}</label>
          <select id="dir-belt" value={form.belt} onChange={(e) => setForm({ ...form, belt: e.target.value })}>
            <option value="">{t('community.directory.anyBelt')}</option>
            {BELTS.map((b) => (
              <option key={b} value={b}>
                {belt(b)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {t('community.directory.submit')}
        </button>
      </form>
      <ServerError error={error} id="directory-error" />
      <div aria-live="polite" id="directory-count">
        {total !== null && <p>{total === 0 ? t('community.directory.none') : t('community.directory.count', { n: total })}</p>}
      </div>
      <ul className="cards" id="directory-results" aria-label={t('community.directory.title')}>
        {entries.map((e) => (
          <li key={e.id} className="entry">
            <h2>{e.displayName}</h2>
            <p className="meta">
              {t('community.belt.label', { belt: belt(e.belt) })} · {t('community.directory.workshops', { n: e.workshopsRun })}
              {e.city ? ` · ${e.city}` : ''}
            </p>
            {e.languages.length > 0 && <p>{t('community.directory.languages', { langs: langs(e.languages) })}</p>}
            {e.bio && <p className="bio">{e.bio}</p>}
            {e.contactEmail && (
              <p>
                <a href={'mailto:' + e.contactEmail}>{t('community.directory.contact', { email: e.contactEmail })}</a>
              </p>
            )}
          </li>
        ))}
      </ul>
      {total !== null && entries.length > 0 && <p className="meta">{t('community.directory.shown', { shown: entries.length, total })}</p>}
      {total !== null && hasMore(entries.length, total) && (
        <button type="button" className="secondary" disabled={busy} onClick={() => load(asked ?? form, entries.length)}>
          {t('community.more')}
        </button>
      )}
    </>
  );
}

function DirectoryProfile({ ctx }: { ctx: Ctx }) {
  const { t } = useT();
  const [r] = useQuery({ query: MemberDirectoryProfileQuery, requestPolicy: 'network-only' });
  const p = r.data?.me?.directoryProfile;
  if (!r.data) {
    return (
      <>
        <Title>{t('community.profile.title')}</Title>
        <Waiting error={r.error} id="profile-error" />
      </>
    );
  }
  return <ProfileForm ctx={ctx} initial={p ?? { listed: false, city: '', languages: [], bioFr: '', bioEn: '', showEmail: false }} />;
}

function ProfileForm({ ctx, initial }: { ctx: Ctx; initial: { listed: boolean; city?: string | null; languages: readonly ('FR' | 'EN')[]; bioFr?: string | null; bioEn?: string | null; showEmail: boolean } }) {
  const { t } = useT();
  const [listed, setListed] = useState(initial.listed);
  const [city, setCity] = useState(initial.city ?? '');
  const [languages, setLanguages] = useState<('FR' | 'EN')[]>([...initial.languages]);
  const [bioFr, setBioFr] = useState(initial.bioFr ?? '');
  const [bioEn, setBioEn] = useState(initial.bioEn ?? '');
  const [showEmail, setShowEmail] = useState(initial.showEmail);
  const [saved, setSaved] = useState(false);
  const { busy, error, send } = useSend();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const d = await send(() =>
      ctx.client.mutation(MemberUpdateDirectoryProfileMutation, { input: { listed, city: city.trim(), languages, bioFr, bioEn, showEmail } }).toPromise(),
    );
    if (d) setSaved(true);
  };
  const toggleLang = (l: 'FR' | 'EN', on: boolean) => setLanguages((ls) => (on ? [...ls.filter((x) => x !== l), l] : ls.filter((x) => x !== l)));
  return (
    <>
      <Title>{t('community.profile.title')}</Title>
      <p>{t('community.profile.intro')}</p>
      <form className="form" onSubmit={submit} aria-describedby="dirprofile-error">
        <div className="check">
          <input id="dir-listed" type="checkbox" checked={listed} onChange={(e) => setListed(e.target.checked)} />
          <label htmlFor="dir-listed">{t('community.profile.listed')}</label>
        </div>
        <Optional id="dir-profile-city" label={t('community.profile.city')} value={city} set={setCity} autoComplete="address-level2" />
        <fieldset>
          <legend>{t('community.profile.languages')}</legend>
          {(['FR', 'EN'] as const).map((l) => (
            <div className="check" key={l}>
              <input id={'dir-lang-' + l} type="checkbox" checked={languages.includes(l)} onChange={(e) => toggleLang(l, e.target.checked)} />
              <label htmlFor={'dir-lang-' + l}>{t(('community.lang.' + l) as Key)}</label>
            </div>
          ))}
        </fieldset>
        <TextArea id="dir-bio-fr" label={t('community.profile.bioFr')} value={bioFr} set={setBioFr} maxLength={BIO_MAX} describedBy="dir-bio-fr-left" />
        <p id="dir-bio-fr-left" className="hint">
          {t('community.profile.left', { n: charsLeft(bioFr) })}
        </p>
        <TextArea id="dir-bio-en" label={t('community.profile.bioEn')} value={bioEn} set={setBioEn} maxLength={BIO_MAX} describedBy="dir-bio-en-left" />
        <p id="dir-bio-en-left" className="hint">
          {t('community.profile.left', { n: charsLeft(bioEn) })}
        </p>
        <div className="check">
          <input id="dir-show-email" type="checkbox" checked={showEmail} onChange={(e) => setShowEmail(e.target.checked)} />
          <label htmlFor="dir-show-email">{t('community.profile.showEmail')}</label>
        </div>
        <ServerError error={error} id="dirprofile-error" />
        {saved && <Done>{t('community.profile.saved')}</Done>}
        <button type="submit" className="primary" disabled={busy}>
          {t('community.profile.submit')}
        </button>
      </form>
    </>
  );
}

function Indicators() {
  const { t } = useT();
  const belt = useBelt();
  const [r] = useQuery({ query: MemberCommunityIndicatorsQuery, requestPolicy: 'cache-and-network' });
  const figures = useMemo(() => r.data?.communityIndicators, [r.data]);
  return (
    <>
      <Title>{t('community.indicators.title')}</Title>
      {!figures ? (
        <Waiting error={r.error} id="indicators-error" />
      ) : (
        <>
          <dl className="figures">
            <div>
              <dt>{t('community.indicators.facilitators')}</dt>
              <dd id="ind-facilitators">{figures.facilitators}</dd>
            </div>
            <div>
              <dt>{t('community.indicators.workshops')}</dt>
              <dd id="ind-workshops">{figures.workshopsReported}</dd>
            </div>
            <div>
              <dt>{t('community.indicators.participants')}</dt>
              <dd id="ind-participants">{figures.participantsReached}</dd>
            </div>
          </dl>
          <table className="table">
            <caption>{t('community.indicators.byBelt')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('community.indicators.beltCol')}</th>
                <th scope="col">{t('community.indicators.countCol')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.byBelt.map((b) => (
                <tr key={b.belt}>
                  <th scope="row">{belt(b.belt)}</th>
                  <td>{b.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
