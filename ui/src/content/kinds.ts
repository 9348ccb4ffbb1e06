// Guides, FAQ entries and resources share one editing model (a draft and a published revision
// per translation); each adapter maps its kind's typed operations onto that model.
import type { Client, CombinedError } from 'urql';
import * as ops from '../ops';
import type { Audience, Locale, PageKind } from '../gql/graphql';
import type { Key } from '../i18n/dict';
import { unifiedDiff } from '../lib/linediff';

export type KindSlug = 'guide' | 'faq' | 'resource' | 'news';
export type Field = 'title' | 'slug' | 'summary' | 'body' | 'url';

export const AUDIENCES: Audience[] = ['PUBLIC', 'SIGNED_IN', 'PARTICIPANT', 'FACILITATOR', 'TRAINER', 'EDITOR', 'STAFF', 'ENTITY_MANAGER', 'DEPOSITOR', 'ORG_ADMIN', 'PROGRAM_ADMIN'];

export const kindSlug = (k: PageKind | string): KindSlug => k.toLowerCase() as KindSlug;
export const statusKey = (s: string): Key => ('status.' + s) as Key;
export const translationKey = (s: string): Key => ('tstatus.' + s) as Key;

export interface DraftForm {
  title: string;
  slug: string;
  summary: string;
  body: string;
  url: string;
}
export const emptyForm = (): DraftForm => ({ title: '', slug: '', summary: '', body: '', url: '' });

export interface AttachedFile {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  url: string;
}

export interface Draft {
  form: DraftForm;
  html: string;
  status: string;
  translationStatus: string;
  version: number;
  revision: number;
  publishAt?: string | null;
  updatedAt?: string | null;
  updatedBy: string;
  file?: AttachedFile | null;
  attachments?: AttachedFile[];
}

/** A translation that does not exist yet (never saved in this language). */
export function isMissing(d: Pick<Draft, 'translationStatus' | 'version'>): boolean {
  return d.translationStatus === 'MISSING' && d.version === 0;
}

export interface RevisionItem {
  number: number;
  title: string;
  publishedAt: string;
  author?: string | null;
}

export interface Result<T = unknown> {
  data?: T;
  error?: CombinedError;
}

export interface KindAdapter {
  slug: KindSlug;
  kind: PageKind;
  fields: Field[];
  titleLabel: Key;
  bodyLabel: Key;
  /** Guides only: scheduled publication and preview links. */
  schedulable: boolean;
  previewable: boolean;
  /** Guides: attachments; resources: the translation's file. */
  upload: 'attachment' | 'resourceFile' | null;
  load(c: Client, id: string, locale: Locale): Promise<Result<Draft>>;
  save(c: Client, id: string, locale: Locale, form: DraftForm, initial: DraftForm, expectedVersion: number | null): Promise<Result>;
  publish(c: Client, id: string, locale: Locale | null): Promise<Result>;
  unpublish(c: Client, id: string, locale: Locale | null): Promise<Result>;
  revisions(c: Client, id: string, locale: Locale): Promise<Result<RevisionItem[]>>;
  compare(c: Client, id: string, locale: Locale, from: number, to: number): Promise<Result<string>>;
  restore(c: Client, id: string, locale: Locale, n: number): Promise<Result>;
  remove(c: Client, id: string): Promise<Result>;
  undelete(c: Client, id: string): Promise<Result>;
  create(c: Client, input: { translations: { locale: Locale; title: string }[]; audience: Audience; category?: string }): Promise<Result<string>>;
}

const net = { requestPolicy: 'network-only' as const };
const opt = (s: string) => (s.trim() === '' ? undefined : s);

function wrap<T, U>(p: Promise<{ data?: T; error?: CombinedError }>, pick: (d: T) => U): Promise<Result<U>> {
  return p.then((r) => (r.error || !r.data ? { error: r.error } : { data: pick(r.data) }));
}

export const guide: KindAdapter = {
  slug: 'guide',
  kind: 'GUIDE',
  fields: ['title', 'slug', 'summary', 'body'],
  titleLabel: 'field.title',
  bodyLabel: 'field.body',
  schedulable: true,
  previewable: true,
  upload: 'attachment',
  load: (c, id, locale) =>
    wrap(c.query(ops.GuideDraftQuery, { id, locale }, net).toPromise(), ({ guideDraft: d }) => ({
      form: { title: d.title, slug: d.slug, summary: d.summary, body: d.body, url: '' },
      html: d.html,
      status: d.status,
      translationStatus: d.translationStatus,
      version: d.version,
      revision: d.revision,
      publishAt: d.publishAt,
      updatedAt: d.updatedAt,
      updatedBy: d.updatedBy,
      attachments: d.attachments,
    })),
  save: (c, id, locale, f, _i, v) =>
    c.mutation(ops.SaveGuideDraftMutation, { id, locale, input: { title: f.title, slug: opt(f.slug), summary: f.summary, body: f.body, expectedVersion: v ?? undefined } }).toPromise(),
  publish: (c, id, locale) => c.mutation(ops.PublishGuideMutation, { id, locale }).toPromise(),
  unpublish: (c, id, locale) => c.mutation(ops.UnpublishGuideMutation, { id, locale }).toPromise(),
  revisions: (c, id, locale) =>
    wrap(c.query(ops.GuideRevisionsQuery, { id, locale }, net).toPromise(), (d) =>
      d.guideRevisions.map((r) => ({ number: r.number, title: r.title, publishedAt: r.publishedAt, author: r.author?.displayName })),
    ),
  compare: (c, id, locale, from, to) => wrap(c.query(ops.CompareGuideQuery, { id, locale, from, to }, net).toPromise(), (d) => d.compareGuideRevisions),
  restore: (c, id, locale, number) => c.mutation(ops.RestoreGuideRevisionMutation, { id, locale, number }).toPromise(),
  remove: (c, id) => c.mutation(ops.DeleteGuideMutation, { id }).toPromise(),
  undelete: (c, id) => c.mutation(ops.RestoreGuideMutation, { id }).toPromise(),
  create: (c, input) =>
    wrap(
      c.mutation(ops.CreateGuideMutation, { input: { translations: input.translations, audience: input.audience, category: input.category } }).toPromise(),
      (d) => d.createGuide.guide.id,
    ),
};

export const faq: KindAdapter = {
  slug: 'faq',
  kind: 'FAQ',
  fields: ['title', 'body'],
  titleLabel: 'field.question',
  bodyLabel: 'field.answer',
  schedulable: false,
  previewable: false,
  upload: null,
  load: (c, id, locale) =>
    wrap(c.query(ops.FaqDraftQuery, { id, locale }, net).toPromise(), ({ faqDraft: d }) => ({
      form: { title: d.question, slug: '', summary: '', body: d.answer, url: '' },
      html: d.html,
      status: d.status,
      translationStatus: d.translationStatus,
      version: d.version,
      revision: d.revision,
      updatedAt: d.updatedAt,
      updatedBy: d.updatedBy,
    })),
  save: (c, id, locale, f, _i, v) =>
    c.mutation(ops.SaveFaqDraftMutation, { id, locale, input: { question: f.title, answer: f.body, expectedVersion: v ?? undefined } }).toPromise(),
  publish: (c, id, locale) => c.mutation(ops.PublishFaqMutation, { id, locale }).toPromise(),
  unpublish: (c, id, locale) => c.mutation(ops.UnpublishFaqMutation, { id, locale }).toPromise(),
  revisions: (c, id, locale) =>
    wrap(c.query(ops.FaqRevisionsQuery, { id, locale }, net).toPromise(), (d) =>
      d.faqRevisions.map((r) => ({ number: r.number, title: r.question, publishedAt: r.publishedAt, author: r.author?.displayName })),
    ),
  compare: (c, id, locale, from, to) => wrap(c.query(ops.CompareFaqQuery, { id, locale, from, to }, net).toPromise(), (d) => d.compareFaqRevisions),
  restore: (c, id, locale, number) => c.mutation(ops.RestoreFaqRevisionMutation, { id, locale, number }).toPromise(),
  remove: (c, id) => c.mutation(ops.DeleteFaqMutation, { id }).toPromise(),
  undelete: (c, id) => c.mutation(ops.RestoreFaqMutation, { id }).toPromise(),
  create: (c, input) =>
    wrap(
      c
        .mutation(ops.CreateFaqMutation, {
          input: { translations: input.translations.map((tr) => ({ locale: tr.locale, question: tr.title })), audience: input.audience, category: input.category },
        })
        .toPromise(),
      (d) => d.createFaq.faq.id,
    ),
};

/** A resource's link field: sent only when changed, since omitting it keeps the draft's file. */
export function resourceUrlInput(form: DraftForm, initial: DraftForm): string | undefined {
  return form.url === initial.url ? undefined : form.url.trim();
}

export const resource: KindAdapter = {
  slug: 'resource',
  kind: 'RESOURCE',
  fields: ['title', 'body', 'url'],
  titleLabel: 'field.title',
  bodyLabel: 'field.description',
  schedulable: false,
  previewable: false,
  upload: 'resourceFile',
  load: (c, id, locale) =>
    wrap(c.query(ops.ResourceDraftQuery, { id, locale }, net).toPromise(), ({ resourceDraft: d }) => ({
      form: { title: d.title, slug: '', summary: '', body: d.description, url: d.url },
      html: d.html,
      status: d.status,
      translationStatus: d.translationStatus,
      version: d.version,
      revision: d.revision,
      updatedAt: d.updatedAt,
      updatedBy: d.updatedBy,
      file: d.file,
    })),
  save: (c, id, locale, f, initial, v) =>
    c
      .mutation(ops.SaveResourceDraftMutation, {
        id,
        locale,
        input: { title: f.title, description: f.body, url: resourceUrlInput(f, initial), expectedVersion: v ?? undefined },
      })
      .toPromise(),
  publish: (c, id, locale) => c.mutation(ops.PublishResourceMutation, { id, locale }).toPromise(),
  unpublish: (c, id, locale) => c.mutation(ops.UnpublishResourceMutation, { id, locale }).toPromise(),
  revisions: (c, id, locale) =>
    wrap(c.query(ops.ResourceRevisionsQuery, { id, locale }, net).toPromise(), (d) =>
      d.resourceRevisions.map((r) => ({ number: r.number, title: r.title, publishedAt: r.publishedAt, author: r.author?.displayName })),
    ),
  compare: (c, id, locale, from, to) => wrap(c.query(ops.CompareResourceQuery, { id, locale, from, to }, net).toPromise(), (d) => d.compareResourceRevisions),
  restore: (c, id, locale, number) => c.mutation(ops.RestoreResourceRevisionMutation, { id, locale, number }).toPromise(),
  remove: (c, id) => c.mutation(ops.DeleteResourceMutation, { id }).toPromise(),
  undelete: (c, id) => c.mutation(ops.RestoreResourceMutation, { id }).toPromise(),
  create: (c, input) =>
    wrap(
      c.mutation(ops.CreateResourceMutation, { input: { translations: input.translations, audience: input.audience, category: input.category } }).toPromise(),
      (d) => d.createResource.resource.id,
    ),
};

/** The text a news revision is compared by: title, summary and body, as the draft form shows them. */
const newsText = (r: { title: string; summary: string; body: string }) => `# ${r.title}\n\n${r.summary}\n\n${r.body}`;

// News have no category and no server compare: two revisions are compared in the browser.
export const news: KindAdapter = {
  slug: 'news',
  kind: 'NEWS',
  fields: ['title', 'slug', 'summary', 'body'],
  titleLabel: 'field.title',
  bodyLabel: 'field.body',
  schedulable: false,
  previewable: false,
  upload: null,
  load: (c, id, locale) =>
    wrap(c.query(ops.NewsDraftQuery, { id, locale }, net).toPromise(), ({ newsDraft: d }) => ({
      form: { title: d.title, slug: d.slug, summary: d.summary, body: d.body, url: '' },
      html: d.html,
      status: d.status,
      translationStatus: d.translationStatus,
      version: d.version,
      revision: d.revision,
      publishAt: d.publishAt,
      updatedAt: d.updatedAt,
      updatedBy: d.updatedBy,
    })),
  save: (c, id, locale, f, _i, v) =>
    c.mutation(ops.SaveNewsDraftMutation, { id, locale, input: { title: f.title, slug: opt(f.slug), summary: f.summary, body: f.body, expectedVersion: v ?? undefined } }).toPromise(),
  publish: (c, id, locale) => c.mutation(ops.PublishNewsMutation, { id, locale }).toPromise(),
  unpublish: (c, id, locale) => c.mutation(ops.UnpublishNewsMutation, { id, locale }).toPromise(),
  revisions: (c, id, locale) =>
    wrap(c.query(ops.NewsRevisionsQuery, { id, locale }, net).toPromise(), (d) =>
      d.newsRevisions.map((r) => ({ number: r.number, title: r.title, publishedAt: r.publishedAt, author: r.author?.displayName })),
    ),
  compare: (c, id, locale, from, to) =>
    wrap(c.query(ops.NewsRevisionsQuery, { id, locale }, net).toPromise(), (d) => {
      const a = d.newsRevisions.find((r) => r.number === from);
      const b = d.newsRevisions.find((r) => r.number === to);
      return unifiedDiff(a ? newsText(a) : '', b ? newsText(b) : '', `revision ${from}`, `revision ${to}`);
    }),
  restore: (c, id, locale, number) => c.mutation(ops.RestoreNewsRevisionMutation, { id, locale, number }).toPromise(),
  remove: (c, id) => c.mutation(ops.DeleteNewsMutation, { id }).toPromise(),
  undelete: (c, id) => c.mutation(ops.RestoreNewsMutation, { id }).toPromise(),
  create: (c, input) =>
    wrap(c.mutation(ops.CreateNewsMutation, { input: { translations: input.translations, audience: input.audience } }).toPromise(), (d) => d.createNews.news.id),
};

export const ADAPTERS: Record<KindSlug, KindAdapter> = { guide, faq, resource, news };

export function adapterFor(slug: string): KindAdapter | null {
  return slug in ADAPTERS ? ADAPTERS[slug as KindSlug] : null;
}
