// Resources (address: toolbox) and Pros (address: pros). Resources: the files and links the
// space publishes, by category, with that category's guides. Pros: the professional workshops
// looking for a facilitator (the server lists them only to the belts the space allows).
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { toLocale } from '../../../lib/lang';
import { Done, ServerError, Title, useSend, type Ctx } from '../../kit';
import { useT } from '../../i18n';
import { MemberApplyToWorkshopMutation, MemberProsQuery, MemberToolboxQuery } from '../community.ops';
import { fileSize, nodes, spellDate } from './logic';
import { FileLink, Go, Html, TextArea, Waiting } from './shared';

export function Toolbox({ ctx }: { ctx: Ctx }) {
  const { t, lang } = useT();
  const [r] = useQuery({ query: MemberToolboxQuery, variables: { locale: toLocale(lang) }, requestPolicy: 'cache-and-network' });
  if (!r.data) {
    return (
      <>
        <Title>{t('community.toolbox.title')}</Title>
        <Waiting error={r.error} id="toolbox-error" />
      </>
    );
  }
  const resources = nodes(r.data.resources.edges);
  // The categories that hold resources, in the space's order; resources without one last.
  const cats = r.data.categories.filter((c) => resources.some((x) => x.category?.slug === c.slug));
  const loose = resources.filter((x) => !x.category || !cats.some((c) => c.slug === x.category!.slug));
  const groups = [...cats.map((c) => ({ key: c.slug, title: c.title, description: c.description, items: resources.filter((x) => x.category?.slug === c.slug), guides: nodes(c.guides.edges) })), ...(loose.length ? [{ key: '-', title: t('community.toolbox.title'), description: '', items: loose, guides: [] }] : [])];
  return (
    <>
      <Title>{t('community.toolbox.title')}</Title>
      <p>{t('community.toolbox.intro')}</p>
      {groups.length === 0 && <p>{t('community.toolbox.none')}</p>}
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={'cat-' + g.key}>
          <h2 id={'cat-' + g.key}>{g.title}</h2>
          {g.description && <p className="meta">{g.description}</p>}
          <ul className="cards">
            {g.items.map((x) => (
              <li key={x.id} lang={x.locale.toLowerCase()}>
                <h3>{x.title}</h3>
                <Html html={x.html} />
                <p>
                  <FileLink ctx={ctx} url={x.url} filename={x.filename} className="download">
                    {t(x.filename ? 'community.toolbox.download' : 'community.toolbox.open', { name: x.filename ?? x.title })}
                  </FileLink>
                  {x.size != null && <span className="meta"> ({[x.contentType?.split('/').pop()?.toUpperCase(), fileSize(x.size, lang)].filter(Boolean).join(', ')})</span>}
                </p>
              </li>
            ))}
          </ul>
          {g.guides.length > 0 && (
            <>
              <h3 id={'cat-guides-' + g.key}>{t('community.toolbox.guides')}</h3>
              <ul aria-labelledby={'cat-guides-' + g.key}>
                {g.guides.map((gd) => (
                  <li key={gd.id}>
                    <Go ctx={ctx} to={'help/guides/' + encodeURIComponent(gd.slug)}>
                      {gd.title}
                    </Go>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </>
  );
}

export function Pros({ ctx }: { ctx: Ctx }) {
  const { t, lang } = useT();
  const [r] = useQuery({ query: MemberProsQuery, variables: { locale: toLocale(lang) }, requestPolicy: 'cache-and-network' });
  const [done, setDone] = useState<string[]>([]);
  const pros = (r.data?.opportunities.edges ?? []).flatMap((e) => (e?.node && e.node.kind === 'PROFESSIONAL' ? [e.node] : []));
  return (
    <>
      <Title>{t('community.pros.title')}</Title>
      <p>{t('community.pros.intro')}</p>
      <div aria-live="polite">
        {done.map((m, i) => (
          <Done key={i}>{m}</Done>
        ))}
      </div>
      {!r.data ? (
        <Waiting error={r.error} id="pros-error" />
      ) : pros.length === 0 ? (
        <p>{t('community.pros.none')}</p>
      ) : (
        <ul className="cards">
          {pros.map((w) => (
            <ProCard key={w.id} ctx={ctx} w={w} onDone={(m) => setDone((d) => [...d, m])} />
          ))}
        </ul>
      )}
    </>
  );
}

function ProCard({ ctx, w, onDone }: { ctx: Ctx; w: { id: string; title: string; startsAt: string; city?: string | null; format: string }; onDone(m: string): void }) {
  const { t, lang } = useT();
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState(false);
  const { busy, error, send } = useSend();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const d = await send(() => ctx.client.mutation(MemberApplyToWorkshopMutation, { id: w.id, message: message.trim() || null }).toPromise());
    if (!d) return;
    setSent(true);
    onDone(t('community.pros.applied', { title: w.title }));
  };
  const place = w.format === 'ONLINE' ? t('community.pros.online') : (w.city ?? '');
  return (
    <li>
      <h2>{w.title}</h2>
      <p className="meta">{t('community.pros.when', { date: spellDate(w.startsAt, lang, true), place })}</p>
      {!sent && (
        <form className="form" onSubmit={submit} aria-describedby={'pro-error-' + w.id}>
          <TextArea id={'pro-message-' + w.id} label={t('community.pros.message', { title: w.title })} value={message} set={setMessage} maxLength={1000} rows={2} />
          <ServerError error={error} id={'pro-error-' + w.id} />
          <button type="submit" className="primary" disabled={busy}>
            {t('community.pros.apply')}
          </button>
        </form>
      )}
    </li>
  );
}
