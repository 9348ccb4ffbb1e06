// Help for signed-in members (addresses: help, help/guides/{slug}, help/faq, help/contact):
// the guides and FAQ the viewer may read — facilitator-only ones included, which the public
// help center never shows — search as typed, and the contact form to support.
import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { toLocale } from '../../../lib/lang';
import { Done, Field, NotFound, ServerError, Title, useSend, type Ctx } from '../../kit';
import { useT } from '../../i18n';
import type { Key } from '../../dict';
import { MemberContactMeQuery, MemberContactSupportMutation, MemberFaqsQuery, MemberHelpGuideQuery, MemberHelpQuery, MemberHelpSearchQuery } from '../community.ops';
import { fileSize, nodes, subPage } from './logic';
import { FileLink, Go, Html, SubNav, TextArea, Waiting, useFocusTitle } from './shared';

const TABS: [string, Key][] = [
  ['help', 'community.help.nav.guides'],
  ['help/faq', 'community.help.nav.faq'],
  ['help/contact', 'community.help.nav.contact'],
];

export function Help({ ctx, rest }: { ctx: Ctx; rest: string[] }) {
  const { t } = useT();
  const sub = subPage(rest, ['guides', 'faq', 'contact'] as const, 'guides');
  if (!sub || (sub === 'guides' && rest.length > 2)) return <NotFound />;
  const current = sub === 'guides' ? 'help' : 'help/' + sub;
  return (
    <>
      <SubNav ctx={ctx} label={t('community.help.nav')} current={current} items={TABS} />
      {sub === 'guides' && (rest[1] ? <Guide ctx={ctx} slug={rest[1]} /> : <Guides ctx={ctx} />)}
      {sub === 'faq' && <Faq />}
      {sub === 'contact' && <Contact ctx={ctx} />}
    </>
  );
}

function Restricted({ audience }: { audience: string }) {
  const { t } = useT();
  if (audience === 'PUBLIC') return null;
  return <span className="badge">{t(audience === 'FACILITATOR' ? 'community.help.restricted' : 'community.help.restrictedTo')}</span>;
}

function Guides({ ctx }: { ctx: Ctx }) {
  const { t, lang } = useT();
  const [r] = useQuery({ query: MemberHelpQuery, variables: { locale: toLocale(lang) }, requestPolicy: 'cache-and-network' });
  return (
    <>
      <Title>{t('community.help.title')}</Title>
      <Search ctx={ctx} />
      {!r.data ? (
        <Waiting error={r.error} id="help-error" />
      ) : (
        r.data.categories
          .filter((c) => nodes(c.guides.edges).length > 0)
          .map((c) => (
            <section key={c.id} aria-labelledby={'help-cat-' + c.slug}>
              <h2 id={'help-cat-' + c.slug}>{c.title}</h2>
              {c.description && <p className="meta">{c.description}</p>}
              <ul>
                {nodes(c.guides.edges).map((g) => (
                  <li key={g.id}>
                    <Go ctx={ctx} to={'help/guides/' + encodeURIComponent(g.slug)}>
                      {g.title}
                    </Go>
                    {g.audience !== 'PUBLIC' && (
                      <>
                        {' '}
                        <Restricted audience={g.audience} />
                      </>
                    )}
                    {g.summary && <span className="meta"> — {g.summary}</span>}
                  </li>
                ))}
              </ul>
            </section>
          ))
      )}
    </>
  );
}

/** Search as typed: a short pause after the last key, then the results in a live region. */
function Search({ ctx }: { ctx: Ctx }) {
  const { t, lang } = useT();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const id = setTimeout(() => setQuery(text.trim()), 250);
    return () => clearTimeout(id);
  }, [text]);
  const [r] = useQuery({ query: MemberHelpSearchQuery, variables: { query, locale: toLocale(lang), first: 20 }, pause: query.length < 2 });
  const hits = query.length >= 2 ? r.data?.search : undefined;
  return (
    <form role="search" className="form" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="help-search">{t('community.help.search')}</label>
        <input id="help-search" type="search" value={text} onChange={(e) => setText(e.target.value)} aria-describedby="help-search-hint" autoComplete="off" />
        <p id="help-search-hint" className="hint">
          {t('community.help.searchHint')}
        </p>
      </div>
      <div aria-live="polite" id="help-results">
        {r.error && query.length >= 2 && <ServerError error={r.error} id="search-error" />}
        {hits && (
          <>
            <p>{hits.totalCount === 0 ? t('community.help.noResult') : t('community.help.results', { n: hits.totalCount })}</p>
            <ul>
              {hits.edges.map((h, i) => {
                const n = h.node;
                const kind = t(('community.help.kind.' + n.__typename) as Key);
                let link = null;
                if (n.__typename === 'Guide') link = <Go ctx={ctx} to={'help/guides/' + encodeURIComponent(n.slug)}>{n.title}</Go>;
                else if (n.__typename === 'Faq') link = <Go ctx={ctx} to="help/faq">{n.question}</Go>;
                else if (n.__typename === 'Resource') link = <FileLink ctx={ctx} url={n.url}>{n.title}</FileLink>;
                else if (n.__typename === 'News') link = <Go ctx={ctx} to={'community/news/' + encodeURIComponent(n.slug)}>{n.title}</Go>;
                return (
                  <li key={i}>
                    <span className="meta">{kind} · </span>
                    {link}
                    <br />
                    <span className="snippet" dangerouslySetInnerHTML={{ __html: h.snippet }} />
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
    </form>
  );
}

function Guide({ ctx, slug }: { ctx: Ctx; slug: string }) {
  const { t, lang } = useT();
  const [r] = useQuery({ query: MemberHelpGuideQuery, variables: { slug, locale: toLocale(lang) }, requestPolicy: 'cache-and-network' });
  useFocusTitle(!!r.data);
  if (!r.data) return <Waiting error={r.error} id="guide-error" />;
  const g = r.data.guide;
  if (!g) {
    return (
      <>
        <Title>{t('error.notFoundTitle')}</Title>
        <p>{t('community.help.guideNotFound')}</p>
      </>
    );
  }
  return (
    <article lang={g.locale.toLowerCase()}>
      {g.category && <p className="meta">{g.category.title}</p>}
      <Title>{g.title}</Title>
      <p>
        <Restricted audience={g.audience} />
      </p>
      {g.summary && <p className="lead">{g.summary}</p>}
      <Html html={g.html} />
      {g.attachments.length > 0 && (
        <>
          <h2>{t('community.help.attachments')}</h2>
          <ul>
            {g.attachments.map((a) => (
              <li key={a.url}>
                <FileLink ctx={ctx} url={a.url} filename={a.filename}>
                  {t('community.toolbox.download', { name: a.filename })}
                </FileLink>{' '}
                <span className="meta">({fileSize(a.size, lang)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Go ctx={ctx} to="help">
          {t('community.back')}
        </Go>
      </p>
    </article>
  );
}

function Faq() {
  const { t, lang } = useT();
  const [r] = useQuery({ query: MemberFaqsQuery, variables: { locale: toLocale(lang), first: 100 }, requestPolicy: 'cache-and-network' });
  return (
    <>
      <Title>{t('community.help.faqTitle')}</Title>
      {!r.data ? (
        <Waiting error={r.error} id="faq-error" />
      ) : (
        <div className="faq">
          {nodes(r.data.faqs.edges).map((f) => (
            <details key={f.id} id={'faq-' + f.id}>
              <summary>
                {f.question} <Restricted audience={f.audience} />
              </summary>
              <Html html={f.html} />
            </details>
          ))}
        </div>
      )}
    </>
  );
}

function Contact({ ctx }: { ctx: Ctx }) {
  const { t, lang } = useT();
  const [me] = useQuery({ query: MemberContactMeQuery });
  const [name, setName] = useState<string | null>(null);
  const [email, setEmail] = useState<string | null>(null);
  const [subject, setSubject] = useState('');
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const { busy, error, send } = useSend();
  // The signed-in account's name and address, until the person types others.
  const nameValue = name ?? me.data?.me?.displayName ?? '';
  const emailValue = email ?? me.data?.me?.email ?? '';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const d = await send(() =>
      ctx.client.mutation(MemberContactSupportMutation, { input: { name: nameValue, email: emailValue, subject, message, locale: toLocale(lang) } }).toPromise(),
    );
    if (!d) return;
    setSent(emailValue);
    setSubject('');
    setMessage('');
  };
  return (
    <>
      <Title>{t('community.help.contactTitle')}</Title>
      <p>{t('community.help.contactIntro')}</p>
      {sent ? (
        <Done>{t('community.help.sent', { email: sent })}</Done>
      ) : (
        <form className="form" onSubmit={submit} aria-describedby="contact-error">
          <Field id="contact-name" label={t('community.help.name')} value={nameValue} set={setName} autoComplete="name" />
          <Field id="contact-email" label={t('community.help.email')} type="email" value={emailValue} set={setEmail} autoComplete="email" />
          <Field id="contact-subject" label={t('community.help.subject')} value={subject} set={setSubject} />
          <TextArea id="contact-message" label={t('community.help.message')} value={message} set={setMessage} required rows={6} />
          <ServerError error={error} id="contact-error" />
          <button type="submit" className="primary" disabled={busy}>
            {t('community.help.send')}
          </button>
        </form>
      )}
    </>
  );
}
