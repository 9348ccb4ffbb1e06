package content

import (
	"context"
	"fmt"

	"guichet/help"
	"guichet/locales"
)

// Guides, FAQ entries and resources are written through the editing model (help.ImportPage):
// each page matched by its key, each changed translation published as its next revision.
// What differs between them here is only how a bundle's item reads as a page.

func (im *importer) importGuides(ctx context.Context, sp *spaceImport) error {
	return importPages(ctx, im, sp, help.Guides, sp.Guides, &im.report.Guides, func(g *Guide) (Item, []help.ImportedText) {
		return g.Item, importedTexts(g.Translations, func(l locales.Locale, t *GuideText) help.ImportedText {
			return help.ImportedText{Locale: l, File: t.File, SourceHash: t.SourceHash, Slug: t.Slug, Title: t.Title,
				Summary: t.Summary, Attachments: sp.fileIDs(t.Attachments), Author: t.Author, PublishedAt: t.PublishedAt,
				Body: im.body(t.Source)}
		})
	}, func(ctx context.Context, g *Guide, id int) (bool, error) { return im.ensureGuideSlugs(ctx, sp, id, g) })
}

func (im *importer) importFAQs(ctx context.Context, sp *spaceImport) error {
	return importPages(ctx, im, sp, help.Faqs, sp.FAQs, &im.report.FAQs, func(q *FAQ) (Item, []help.ImportedText) {
		return q.Item, importedTexts(q.Translations, func(l locales.Locale, t *FAQText) help.ImportedText {
			return help.ImportedText{Locale: l, File: t.File, SourceHash: t.SourceHash, Title: t.Question, Body: im.body(t.Source)}
		})
	}, nil)
}

func (im *importer) importResources(ctx context.Context, sp *spaceImport) error {
	return importPages(ctx, im, sp, help.Resources, sp.Resources, &im.report.Resources, func(r *Resource) (Item, []help.ImportedText) {
		return r.Item, importedTexts(r.Translations, func(l locales.Locale, t *ResourceText) help.ImportedText {
			in := help.ImportedText{Locale: l, File: t.Source.File, SourceHash: t.SourceHash, Title: t.Title, URL: t.URL,
				Body: im.body(t.Source)}
			if t.File != "" { // a file of the space, else a link
				id := sp.files[t.File]
				in.FileID = &id
			}
			return in
		})
	}, nil)
}

func (im *importer) importNews(ctx context.Context, sp *spaceImport) error {
	var texts []help.ImportedText
	return importPages(ctx, im, sp, help.News, sp.News, &im.report.News, func(n *NewsPost) (Item, []help.ImportedText) {
		texts = importedTexts(n.Translations, func(l locales.Locale, t *NewsText) help.ImportedText {
			return help.ImportedText{Locale: l, File: t.File, SourceHash: t.SourceHash, Slug: t.Slug, Title: t.Title,
				Summary: t.Summary, Author: t.Author, Body: im.body(t.Source)}
		})
		return n.Item, texts
	}, func(ctx context.Context, _ *NewsPost, id int) (bool, error) {
		return help.ImportSlugs(ctx, im.tx, help.News, sp.id, id, texts)
	})
}

// importPages writes the items of one kind of page, each as page reads it, and counts them;
// then, when given, runs after for each (guides claim their former slugs).
func importPages[T any](ctx context.Context, im *importer, sp *spaceImport, k *help.Kind, items []T, count *Count,
	page func(T) (Item, []help.ImportedText), after func(context.Context, T, int) (bool, error)) error {
	for _, it := range items {
		item, texts := page(it)
		p := help.Imported{Key: item.Key, CategoryID: sp.categoryID(item.Category), Audience: item.Audience,
			Position: item.Position, Tags: item.Tags, Date: item.Date}
		id, created, updated, err := help.ImportPage(ctx, im.tx, k, sp.id, p, texts, im.now)
		if err == nil && after != nil {
			var wrote bool
			wrote, err = after(ctx, it, id)
			updated = updated || wrote
		}
		if err != nil {
			return fmt.Errorf("%s %s: %w", k.Name, item.Key, err)
		}
		sp.touched = sp.touched || created || updated
		count.add(created, updated)
	}
	return nil
}

// importedTexts are an item's translations, in locale order (FR, then EN).
func importedTexts[T any](ts map[locales.Locale]*T, text func(locales.Locale, *T) help.ImportedText) []help.ImportedText {
	var out []help.ImportedText
	for _, l := range locales.All {
		if t := ts[l]; t != nil {
			out = append(out, text(l, t))
		}
	}
	return out
}

// body reads a translation's body when it is written, not before: see Bundle.body.
func (im *importer) body(s Source) func() (src, html, plain string, err error) {
	return func() (string, string, string, error) { return im.bundle.body(s) }
}
