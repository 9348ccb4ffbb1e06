import { useCallback, useEffect, useRef, useState } from 'react';
import type { CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { useLeaveGuard, useRouter, Link } from '../lib/router';
import { adapterFor, emptyForm, isMissing, statusKey, translationKey, type Draft, type DraftForm, type Field, type KindAdapter } from '../content/kinds';
import { AttachGuideFileMutation, GuidePreviewMutation, RenderMarkdownQuery, ScheduleGuideMutation, UploadResourceFileMutation } from '../ops';
import { ErrorBox, Loading, Progress, formatDate, formatSize, useAnnounce } from '../ui';
import { isConflict, isNotFound } from '../lib/errors';
import { isDirty, planConflict, type ConflictChoice } from '../lib/conflict';
import { endpoint } from '../lib/session';
import { uploadWithProgress } from '../lib/upload';
import { Revisions } from './Revisions';
import { PageSettings } from './PageSettings';
import { DateTimeField, FilePicker } from '../fields';
import type { Locale } from '../gql/graphql';
import type { Key } from '../i18n/dict';

export function PageEditor({ kind, id, locales }: { kind: string; id: string; locales: readonly Locale[] }) {
  const { t } = useI18n();
  const { client } = useSession();
  const { navigate } = useRouter();
  const announce = useAnnounce();
  const adapter = adapterFor(kind);
  const [dirty, setDirty] = useState<Record<string, boolean>>({});
  const [reload, setReload] = useState(0);
  const [error, setError] = useState<CombinedError | null>(null);
  const anyDirty = Object.values(dirty).some(Boolean);
  useLeaveGuard(anyDirty ? t('editor.unsavedLeave') : null);

  const onDirty = useCallback((l: string, d: boolean) => setDirty((m) => (m[l] === d ? m : { ...m, [l]: d })), []);
  const [titles, setTitles] = useState<Record<string, string>>({});
  const onTitle = useCallback((l: string, title: string) => setTitles((m) => (m[l] === title ? m : { ...m, [l]: title })), []);
  const shownTitle = locales.map((l) => titles[l]).find(Boolean);
  if (!adapter) return <ErrorBox>{t('error.notFound')}</ErrorBox>;

  const all = async (action: 'publish' | 'unpublish') => {
    if (anyDirty && !window.confirm(t('editor.unsavedAll'))) return;
    setError(null);
    const r = await (action === 'publish' ? adapter.publish(client, id, null) : adapter.unpublish(client, id, null));
    if (r.error) setError(r.error);
    else announce(t(action === 'publish' ? 'editor.publishedAll' : 'editor.unpublishedAll'));
    setReload((n) => n + 1);
  };
  const remove = async () => {
    if (!window.confirm(t('editor.confirmDelete'))) return;
    const r = await adapter.remove(client, id);
    if (r.error) setError(r.error);
    else {
      announce(t('editor.deleted'));
      setDirty({});
      navigate('/pages');
    }
  };

  return (
    <section aria-labelledby="h-editor" className="editor">
      <div className="titlebar">
        <h1 id="h-editor">{shownTitle ? `${t(('kind.' + adapter.slug) as Key)} — ${shownTitle}` : t(('editor.title.' + adapter.slug) as Key, { id })}</h1>
        <div className="actions">
          <Link to="/pages">{t('editor.back')}</Link>
          <button type="button" onClick={() => all('publish')} data-testid="publish-all">
            {t('editor.publishAll')}
          </button>
          <button type="button" onClick={() => all('unpublish')}>
            {t('editor.unpublishAll')}
          </button>
          <button type="button" className="danger" onClick={remove}>
            {t('action.delete')}
          </button>
        </div>
      </div>
      <ErrorBox error={error} />
      <PageSettings kind={adapter.kind} id={id} />
      <div className="panes">
        {locales.map((l) => (
          <TranslationPane key={l} adapter={adapter} id={id} locale={l} reload={reload} onDirty={onDirty} onTitle={onTitle} />
        ))}
      </div>
    </section>
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}

function TranslationPane({
  adapter,
  id,
  locale,
  reload,
  onDirty,
  onTitle,
}: {
  adapter: KindAdapter;
  id: string;
  locale: Locale;
  reload: number;
  onDirty(l: string, d: boolean): void;
  onTitle(l: string, title: string): void;
}) {
  const { t, lang } = useI18n();
  const { client, space, token } = useSession();
  const announce = useAnnounce();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [missing, setMissing] = useState(false);
  const [loading, setLoading] = useState(true);
  const [form, setForm] = useState<DraftForm>(emptyForm);
  const [initial, setInitial] = useState<DraftForm>(emptyForm);
  const [version, setVersion] = useState<number | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const [html, setHtml] = useState('');
  const [showRevisions, setShowRevisions] = useState(false);
  const [scheduleAt, setScheduleAt] = useState<Date | null>(null);
  const [previewUrl, setPreviewUrl] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const L = locale.toLowerCase();
  const dirty = isDirty(form, initial);

  useEffect(() => onDirty(locale, dirty), [dirty, locale, onDirty]);
  useEffect(() => onTitle(locale, initial.title), [initial.title, locale, onTitle]);

  /** Fetches the draft; a missing translation is an empty form. */
  const fetchDraft = useCallback(async (): Promise<{ draft: Draft | null; error?: CombinedError }> => {
    const r = await adapter.load(client, id, locale);
    if (r.error) return isNotFound(r.error) ? { draft: null } : { draft: null, error: r.error };
    // guideDraft answers NOT_FOUND for a missing translation; faqDraft and resourceDraft an
    // empty draft marked MISSING: both are an empty form that saving creates.
    return { draft: r.data && !isMissing(r.data) ? r.data : null };
  }, [adapter, client, id, locale]);

  const apply = (d: Draft | null) => {
    setDraft(d);
    setMissing(d === null);
    const f = d ? d.form : emptyForm();
    setForm(f);
    setInitial(f);
    setVersion(d ? d.version : null);
    setHtml(d ? d.html : '');
    setConflict(false);
  };

  const load = useCallback(async () => {
    setLoading(true);
    const r = await fetchDraft();
    setLoading(false);
    if (r.error) setError(r.error);
    else apply(r.draft);
  }, [fetchDraft]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    load();
  }, [load, reload]);

  // The live preview, rendered by the server's own renderer.
  const body = useDebounced(form.body, 400);
  useEffect(() => {
    if (loading) return;
    let live = true;
    client
      .query(RenderMarkdownQuery, { markdown: body }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((r) => {
        if (live && r.data) setHtml(r.data.renderMarkdown);
      });
    return () => {
      live = false;
    };
  }, [body, client, loading]);

  const save = async (f: DraftForm, v: number | null): Promise<boolean> => {
    setBusy(true);
    setError(null);
    const r = await adapter.save(client, id, locale, f, initial, v);
    setBusy(false);
    if (r.error) {
      if (isConflict(r.error)) setConflict(true);
      else setError(r.error);
      return false;
    }
    announce(t('editor.saved', { locale: t(('locale.' + locale) as Key) }));
    await load();
    return true;
  };

  const resolve = async (choice: ConflictChoice) => {
    const r = await fetchDraft();
    if (r.error) {
      setError(r.error);
      return;
    }
    const server = { form: r.draft ? r.draft.form : emptyForm(), version: r.draft ? r.draft.version : null };
    const plan = planConflict(choice, form, server);
    setConflict(false);
    if (plan.saveNow) {
      setInitial(server.form);
      await save(plan.form, plan.expectedVersion);
    } else {
      apply(r.draft);
      announce(t('editor.reloaded'));
    }
  };

  const act = async (what: 'publish' | 'unpublish') => {
    if (what === 'publish' && dirty && !(await save(form, version))) return;
    setError(null);
    const r = await (what === 'publish' ? adapter.publish(client, id, locale) : adapter.unpublish(client, id, locale));
    if (r.error) setError(r.error);
    else announce(t(what === 'publish' ? 'editor.published' : 'editor.unpublished', { locale: t(('locale.' + locale) as Key) }));
    await load();
  };

  const schedule = async (at: string | null) => {
    setError(null);
    const r = await client.mutation(ScheduleGuideMutation, { id, locale, at }).toPromise();
    if (r.error) setError(r.error);
    else announce(at ? t('editor.scheduled') : t('editor.unscheduled'));
    await load();
  };

  const preview = async () => {
    setError(null);
    const r = await client.mutation(GuidePreviewMutation, { id, locale }).toPromise();
    if (r.error || !r.data) {
      setError(r.error ?? null);
      return;
    }
    const url = r.data.createGuidePreview.url;
    setPreviewUrl(url);
    try {
      await navigator.clipboard.writeText(url);
      announce(t('editor.previewCopied'));
    } catch {
      announce(t('editor.previewReady'));
    }
  };

  const upload = async (file: File) => {
    setError(null);
    setProgress(0);
    const isGuide = adapter.upload === 'attachment';
    try {
      const r = await uploadWithProgress<unknown>({
        url: endpoint(space),
        token,
        lang,
        document: isGuide ? AttachGuideFileMutation : UploadResourceFileMutation,
        variables: { id, locale },
        files: { file },
        onProgress: setProgress,
      });
      if (r.errors?.length) {
        setError({ graphQLErrors: r.errors } as unknown as CombinedError);
      } else {
        announce(t('upload.done', { name: file.name }));
        await load();
      }
    } catch {
      setError({ message: t('error.network'), networkError: new Error('network') } as unknown as CombinedError);
    } finally {
      setProgress(null);
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  const label = (f: Field): Key => (f === 'title' ? adapter.titleLabel : f === 'body' ? adapter.bodyLabel : (('field.' + f) as Key));
  const localeName = t(('locale.' + locale) as Key);

  return (
    <section className="pane" aria-labelledby={'h-pane-' + L} data-testid={'pane-' + L}>
      <h2 id={'h-pane-' + L}>{localeName}</h2>
      {loading && !draft && !missing ? (
        <Loading />
      ) : (
        <>
          <p className="badges" data-testid={'state-' + L}>
            <span className={'badge s-' + (draft ? draft.status.toLowerCase() : 'missing')}>{draft ? t(statusKey(draft.status)) : t('status.MISSING')}</span>
            {draft && draft.translationStatus !== 'UP_TO_DATE' && <span className="badge">{t(translationKey(draft.translationStatus))}</span>}
            {draft && draft.revision > 0 && <span className="badge">{t('editor.revision', { n: draft.revision })}</span>}
            {draft?.publishAt && <span className="badge">{t('editor.scheduledAt', { at: formatDate(draft.publishAt, lang) })}</span>}
            {dirty && <span className="badge dirty">{t('editor.unsaved')}</span>}
          </p>
          {missing && <p className="hint">{t('editor.missing')}</p>}
          {draft?.updatedBy && (
            <p className="meta">
              {t('editor.updatedBy', { who: draft.updatedBy, at: formatDate(draft.updatedAt, lang) })}
            </p>
          )}
          {conflict && (
            <div className="conflict" role="alert" data-testid={'conflict-' + L}>
              <p>{t('editor.conflict')}</p>
              <button type="button" onClick={() => resolve('reload')}>
                {t('editor.conflictReload')}
              </button>
              <button type="button" onClick={() => resolve('overwrite')}>
                {t('editor.conflictOverwrite')}
              </button>
            </div>
          )}
          <ErrorBox error={error} />
          <form
            onSubmit={(e) => {
              e.preventDefault();
              save(form, version);
            }}
          >
            {adapter.fields.map((f) => {
              const fid = `${f}-${L}`;
              return (
                <div className="field" key={f}>
                  <label htmlFor={fid}>
                    {t(label(f))} <span className="sr-only">({localeName})</span>
                  </label>
                  {f === 'body' ? (
                    <textarea id={fid} lang={L} rows={14} value={form.body} onChange={(e) => setForm({ ...form, body: e.target.value })} />
                  ) : f === 'summary' ? (
                    <textarea id={fid} lang={L} rows={2} value={form.summary} onChange={(e) => setForm({ ...form, summary: e.target.value })} />
                  ) : (
                    <input
                      id={fid}
                      lang={L}
                      type={f === 'url' ? 'url' : 'text'}
                      value={form[f]}
                      required={f === 'title'}
                      onChange={(e) => setForm({ ...form, [f]: e.target.value })}
                      aria-describedby={f === 'slug' ? fid + '-hint' : undefined}
                    />
                  )}
                  {f === 'slug' && (
                    <small id={fid + '-hint'} className="hint">
                      {t('field.slugHint')}
                    </small>
                  )}
                </div>
              );
            })}
            <div className="actions">
              <button type="submit" className="primary" disabled={busy || (!dirty && !missing)}>
                {t('editor.save')}
              </button>
              <button type="button" disabled={busy || missing} onClick={() => act('publish')}>
                {t('editor.publish')}
              </button>
              <button type="button" disabled={busy || !draft || draft.revision === 0 || draft.status === 'DRAFT'} onClick={() => act('unpublish')}>
                {t('editor.unpublish')}
              </button>
              <button type="button" aria-expanded={showRevisions} disabled={!draft} onClick={() => setShowRevisions((s) => !s)}>
                {t('editor.revisions')}
              </button>
            </div>
          </form>
          <section className="preview-box" aria-labelledby={'h-preview-' + L}>
            <h3 id={'h-preview-' + L}>{t('editor.preview')}</h3>
            {/* The server's renderer sanitizes this HTML. */}
            <div className="preview" lang={L} data-testid={'preview-' + L} dangerouslySetInnerHTML={{ __html: html }} />
          </section>
          {adapter.schedulable && draft && (
            <div className="subsection">
              <h3>{t('editor.schedule')}</h3>
              <div className="inline">
                <DateTimeField id={'schedule-' + L} label={t('editor.scheduleAt')} onChange={setScheduleAt} />
                <button type="button" disabled={!scheduleAt} onClick={() => scheduleAt && schedule(scheduleAt.toISOString())}>
                  {t('editor.scheduleButton')}
                </button>
                {draft.publishAt && (
                  <button type="button" onClick={() => schedule(null)}>
                    {t('editor.unschedule')}
                  </button>
                )}
              </div>
            </div>
          )}
          {adapter.previewable && draft && (
            <div className="subsection">
              <button type="button" onClick={preview}>
                {t('editor.previewLink')}
              </button>
              {previewUrl && (
                <div className="field">
                  <label htmlFor={'preview-url-' + L}>{t('editor.previewUrl')}</label>
                  <input id={'preview-url-' + L} readOnly value={previewUrl} onFocus={(e) => e.target.select()} />
                </div>
              )}
            </div>
          )}
          {adapter.upload && draft && (
            <div className="subsection">
              <h3>{adapter.upload === 'attachment' ? t('upload.attachments') : t('upload.resourceFile')}</h3>
              {draft.file && (
                <p>
                  {t('upload.current')} {draft.file.filename} ({formatSize(draft.file.size, lang)})
                </p>
              )}
              <FilePicker id={'file-' + L} label={t('upload.choose')} inputRef={fileRef} disabled={progress !== null} onFile={upload} />
              {progress !== null && <Progress value={progress} label={t('upload.progress')} />}
              {(draft.attachments?.length ?? 0) > 0 && (
                <ul data-testid={'attachments-' + L}>
                  {draft.attachments!.map((f) => (
                    <li key={f.id}>
                      {f.filename} ({formatSize(f.size, lang)})
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          {showRevisions && draft && <Revisions adapter={adapter} id={id} locale={locale} dirty={dirty} onRestored={load} />}
        </>
      )}
    </section>
  );
}
