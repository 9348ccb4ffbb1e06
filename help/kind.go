package help

import (
	"context"

	"guichet/ent"
	"guichet/ent/faq"
	"guichet/ent/faqrevision"
	"guichet/ent/faqtag"
	"guichet/ent/faqtranslation"
	"guichet/ent/guide"
	"guichet/ent/guiderevision"
	"guichet/ent/guideslug"
	"guichet/ent/guidetag"
	"guichet/ent/guidetranslation"
	"guichet/ent/news"
	"guichet/ent/newsrevision"
	"guichet/ent/newsslug"
	"guichet/ent/newstag"
	"guichet/ent/newstranslation"
	"guichet/ent/resource"
	"guichet/ent/resourcerevision"
	"guichet/ent/resourcetranslation"
	"guichet/locales"
	"guichet/webhook"
)

// Kind declares one kind of page (guides, FAQ entries, resources) to the editing model: what
// its editors write and its limits, where it is stored, and what the search index and the
// webhooks are told of it. Drafts, publishing, revisions, schedules, files, deletion,
// translation status, search, audit, webhooks and the import are written once against it:
// adding a kind is declaring one here (and its GraphQL operations).
type Kind struct {
	// Name names the kind in the audit log ("guide.published", details "guide"), in webhook
	// data ("guideId") and in the search index.
	Name string
	// Page is the kind in the editors' lists and in what needs translating (GUIDE, FAQ…).
	Page string
	// KeyPrefix starts the keys of the pages editors create (the importer's are its files').
	KeyPrefix string
	// Text is what a translation holds, by the names of the API and of the columns.
	Text TextFields
	// Tables are where the kind is stored.
	Tables Tables
	// Scheduled: a draft can be published by the worker at a set time (column publish_at).
	Scheduled bool
	// Previews: preview links show a translation's draft (table previews).
	Previews bool
	// Webhooks are the events publishing and unpublishing a translation send.
	Webhooks Webhooks
	// Dated: a page has a date (column published_at of the page), its first publish or the
	// date the import gives, and readers list such pages newest first.
	Dated bool
	// Uncategorized: the kind's pages have no category (its API shows none).
	Uncategorized bool

	// view loads a page of the space for an editor's answer, with its published translations
	// served in l, whether readers may see it or not.
	view func(ctx context.Context, c *ent.Client, spaceID, id int, l locales.Locale) (ent.Noder, error)
}

// TextFields are the fields of a translation's text. Each is named as the API names it and
// as its columns are: "title" in the revisions, "title" and "draft_title" (the draft's) in
// the translations.
type TextFields struct {
	// Title is required; Summary (Name "" when the kind has none) is plain text; Body is
	// Markdown, rendered when published.
	Title, Summary, Body Field
	// Slug: a translation has a slug (slug, draft_slug: "" keeps the current one) that
	// answers for its page, claimed in Tables.Slugs.
	Slug bool
	// Link: a translation is a link (url, draft_url) or a file (file_id, draft_file_id),
	// never both, and cannot be published without one.
	Link bool
}

// Field is one text field: its name and how many characters it holds.
type Field struct {
	Name string
	Max  int
}

// Tables name a kind's tables. They follow ent/schema's ContentMixin (the page),
// TranslationMixin and PublicationMixin (its translations) and the draft columns above.
type Tables struct {
	Item, Translation, Revision string
	// ItemColumn is the column of a translation naming its page ("guide_id").
	ItemColumn string
	// Slugs holds every slug, current or former, a page answers to in a space and locale
	// (space_id, locale, slug, ItemColumn), when translations have slugs.
	Slugs string
	// Tags holds the pages' tags (space_id, ItemColumn, tag); "" for a kind without tags.
	Tags string
	// Attachments are the files of translations, when they have some.
	Attachments *Attachments
}

// Attachments are the join tables of a translation's files: its draft's and its published
// revision's (publishing copies the first to the second).
type Attachments struct {
	Draft, Published string
	// Columns are the translation's column and the file's, the same in both tables.
	Columns []string
}

// Webhooks are the events of a kind.
type Webhooks struct {
	Published, Unpublished string
}

// Kinds of pages an editor writes.
const (
	KindGuide    = "GUIDE"
	KindFaq      = "FAQ"
	KindResource = "RESOURCE"
	KindNews     = "NEWS"
)

// Limits of the texts.
const (
	MaxTitleLength       = 200
	MaxSummaryLength     = 1000
	MaxBodyLength        = 200_000
	MaxQuestionLength    = 300
	MaxAnswerLength      = 50_000
	MaxDescriptionLength = 5000
	MaxURLLength         = 2000
)

// Guides are help pages: a slug per translation, a summary, files attached, and publishing
// at a set time.
var Guides = &Kind{
	Name: kindGuide, Page: KindGuide, KeyPrefix: "g-",
	Text: TextFields{
		Title: Field{"title", MaxTitleLength}, Summary: Field{"summary", MaxSummaryLength}, Body: Field{"body", MaxBodyLength},
		Slug: true,
	},
	Tables: Tables{
		Item: guide.Table, Translation: guidetranslation.Table, Revision: guiderevision.Table,
		ItemColumn: guidetranslation.FieldGuideID, Slugs: guideslug.Table, Tags: guidetag.Table,
		Attachments: &Attachments{Draft: guidetranslation.DraftAttachmentsTable, Published: guidetranslation.AttachmentsTable,
			Columns: guidetranslation.AttachmentsPrimaryKey},
	},
	Scheduled: true, Previews: true,
	Webhooks: Webhooks{Published: webhook.GuidePublished, Unpublished: webhook.GuideUnpublished},
	view: func(ctx context.Context, c *ent.Client, spaceID, id int, l locales.Locale) (ent.Noder, error) {
		return served(withGuideEdges(c.Guide.Query().Where(guide.ID(id), guide.SpaceID(spaceID)),
			Include{Category: true, Attachments: true}).Only(ctx))(l)
	},
}

// Faqs are questions and their answers.
var Faqs = &Kind{
	Name: kindFaq, Page: KindFaq, KeyPrefix: "f-",
	Text: TextFields{Title: Field{"question", MaxQuestionLength}, Body: Field{"answer", MaxAnswerLength}},
	Tables: Tables{
		Item: faq.Table, Translation: faqtranslation.Table, Revision: faqrevision.Table,
		ItemColumn: faqtranslation.FieldFaqID, Tags: faqtag.Table,
	},
	Webhooks: Webhooks{Published: webhook.FAQPublished, Unpublished: webhook.FAQUnpublished},
	view: func(ctx context.Context, c *ent.Client, spaceID, id int, l locales.Locale) (ent.Noder, error) {
		return served(c.Faq.Query().Where(faq.ID(id), faq.SpaceID(spaceID)).
			WithTranslations(func(q *ent.FaqTranslationQuery) { q.Where(faqtranslation.Published(true)) }).
			WithCategory(withCategoryTr).Only(ctx))(l)
	},
}

// Resources are things to download or follow: each translation a file or a link.
var Resources = &Kind{
	Name: kindResource, Page: KindResource, KeyPrefix: "r-",
	Text: TextFields{Title: Field{"title", MaxTitleLength}, Body: Field{"description", MaxDescriptionLength}, Link: true},
	Tables: Tables{
		Item: resource.Table, Translation: resourcetranslation.Table, Revision: resourcerevision.Table,
		ItemColumn: resourcetranslation.FieldResourceID,
	},
	Webhooks: Webhooks{Published: webhook.ResourcePublished, Unpublished: webhook.ResourceUnpublished},
	view: func(ctx context.Context, c *ent.Client, spaceID, id int, l locales.Locale) (ent.Noder, error) {
		return served(c.Resource.Query().Where(resource.ID(id), resource.SpaceID(spaceID)).
			WithTranslations(func(q *ent.ResourceTranslationQuery) { q.Where(resourcetranslation.Published(true)).WithFile() }).
			WithCategory(withCategoryTr).Only(ctx))(l)
	},
}

// News are dated posts: a slug per translation, a summary, tags, publishing at a set time,
// listed newest first.
var News = &Kind{
	Name: kindNews, Page: KindNews, KeyPrefix: "n-",
	Text: TextFields{
		Title: Field{"title", MaxTitleLength}, Summary: Field{"summary", MaxSummaryLength}, Body: Field{"body", MaxBodyLength},
		Slug: true,
	},
	Tables: Tables{
		Item: news.Table, Translation: newstranslation.Table, Revision: newsrevision.Table,
		ItemColumn: newstranslation.FieldNewsID, Slugs: newsslug.Table, Tags: newstag.Table,
	},
	Scheduled: true, Dated: true, Uncategorized: true,
	Webhooks: Webhooks{Published: webhook.NewsPublished, Unpublished: webhook.NewsUnpublished},
	view: func(ctx context.Context, c *ent.Client, spaceID, id int, l locales.Locale) (ent.Noder, error) {
		return served(c.News.Query().Where(news.ID(id), news.SpaceID(spaceID)).
			WithTranslations(func(q *ent.NewsTranslationQuery) { q.Where(newstranslation.Published(true)) }).Only(ctx))(l)
	},
}

// Kinds are every kind of page, in the order the editors' lists give them. A new kind goes
// last (the search index numbers kinds by their place here).
var Kinds = []*Kind{Guides, Faqs, Resources, News}

// served serves a page loaded for an editor in a locale.
func served[T interface {
	ent.Noder
	Serve(locales.Locale) T
}](page T, err error) func(locales.Locale) (ent.Noder, error) {
	return func(l locales.Locale) (ent.Noder, error) {
		if err != nil {
			return nil, err
		}
		return page.Serve(l), nil
	}
}
