package help

import (
	"context"
	"slices"
	"strings"
	"time"

	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/category"
	"guichet/ent/faq"
	"guichet/ent/guide"
	"guichet/ent/resource"
	"guichet/locales"
	"guichet/role"
)

// Pages: every page of a space as its editors see it (drafts included), for the admin app's
// lists, with the state of each translation and filters.

// EditorPage kinds.
const (
	KindGuide    = "GUIDE"
	KindFaq      = "FAQ"
	KindResource = "RESOURCE"
)

// EditorPage is a guide, FAQ entry or resource with the state of its translations.
type EditorPage struct {
	Kind         string
	ID           int
	Audience     role.Audience
	Position     int
	CategoryID   *int
	Category     *ent.Category // served in the request's locale; nil when none
	UpdatedAt    time.Time
	DeletedAt    *time.Time
	Translations []PageTranslation // one per locale of the space, its default first
}

// PageTranslation is one language of a page.
type PageTranslation struct {
	Locale            locales.Locale
	Title             string // the draft's title (a FAQ entry's question); "" when missing
	Status            string // MISSING, DRAFT, PUBLISHED or CHANGED
	TranslationStatus string // UP_TO_DATE, MISSING or OUTDATED
	PublishAt         *time.Time
}

// PageFilter narrows the list; zero values keep everything.
type PageFilter struct {
	Kind              string
	Status            string // a translation in that state (MISSING: a language lacking)
	Locale            *locales.Locale
	TranslationStatus string // with Locale: that translation's status
	Category          string // a category's slug in either language
	Audience          role.Audience
	Search            string
	Deleted           bool
}

// pageText is what a page's state is computed from, whatever its kind.
type pageText struct {
	locale      locales.Locale
	title       string
	published   bool
	changed     bool
	revision    int
	publishedAt *time.Time
	publishAt   *time.Time
}

// Pages lists the space's pages: guides, FAQ entries, then resources, each in their order.
func (e *Editing) Pages(ctx context.Context, sp *ent.Space, f PageFilter, served locales.Locale) ([]*EditorPage, error) {
	if err := f.check(); err != nil {
		return nil, err
	}
	ctx = allow(ctx)
	spaceLocales := []locales.Locale{sp.DefaultLocale, sp.DefaultLocale.Other()}
	cats, err := e.Client.Category.Query().Where(category.SpaceID(sp.ID)).WithTranslations().All(ctx)
	if err != nil {
		return nil, err
	}
	byID := map[int]*ent.Category{}
	categoryID := -1 // a filter on an unknown category keeps nothing
	for _, c := range cats {
		byID[c.ID] = c.Serve(served)
		for _, t := range c.Edges.Translations {
			if f.Category != "" && t.Slug == f.Category {
				categoryID = c.ID
			}
		}
	}
	words := strings.Fields(strings.ToLower(foldAccents(f.Search)))
	out := []*EditorPage{}
	add := func(p *EditorPage, texts []pageText) {
		p.Translations = pageTranslations(spaceLocales, texts)
		if p.CategoryID != nil {
			p.Category = byID[*p.CategoryID]
		}
		if f.keeps(p, categoryID, words, texts) {
			out = append(out, p)
		}
	}
	if f.Kind == "" || f.Kind == KindGuide {
		q := e.Client.Guide.Query().Where(guide.SpaceID(sp.ID))
		if f.Deleted {
			q.Where(guide.DeletedAtNotNil())
		} else {
			q.Where(guide.DeletedAtIsNil())
		}
		gs, err := q.Order(ent.Asc(guide.FieldPosition), ent.Asc(guide.FieldID)).WithTranslations(withFileIDs).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, g := range gs {
			texts := make([]pageText, len(g.Edges.Translations))
			for i, t := range g.Edges.Translations {
				texts[i] = pageText{t.Locale, t.DraftTitle, t.Published, guideChanged(t), t.Revision, t.PublishedAt, t.PublishAt}
			}
			add(&EditorPage{Kind: KindGuide, ID: g.ID, Audience: g.Audience, Position: g.Position, CategoryID: g.CategoryID,
				UpdatedAt: g.UpdatedAt, DeletedAt: g.DeletedAt}, texts)
		}
	}
	if f.Kind == "" || f.Kind == KindFaq {
		q := e.Client.Faq.Query().Where(faq.SpaceID(sp.ID))
		if f.Deleted {
			q.Where(faq.DeletedAtNotNil())
		} else {
			q.Where(faq.DeletedAtIsNil())
		}
		fs, err := q.Order(ent.Asc(faq.FieldPosition), ent.Asc(faq.FieldID)).WithTranslations().All(ctx)
		if err != nil {
			return nil, err
		}
		for _, x := range fs {
			texts := make([]pageText, len(x.Edges.Translations))
			for i, t := range x.Edges.Translations {
				texts[i] = pageText{t.Locale, t.DraftQuestion, t.Published, faqChanged(t), t.Revision, t.PublishedAt, nil}
			}
			add(&EditorPage{Kind: KindFaq, ID: x.ID, Audience: x.Audience, Position: x.Position, CategoryID: x.CategoryID,
				UpdatedAt: x.UpdatedAt, DeletedAt: x.DeletedAt}, texts)
		}
	}
	if f.Kind == "" || f.Kind == KindResource {
		q := e.Client.Resource.Query().Where(resource.SpaceID(sp.ID))
		if f.Deleted {
			q.Where(resource.DeletedAtNotNil())
		} else {
			q.Where(resource.DeletedAtIsNil())
		}
		rs, err := q.Order(ent.Asc(resource.FieldPosition), ent.Asc(resource.FieldID)).WithTranslations().All(ctx)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			texts := make([]pageText, len(r.Edges.Translations))
			for i, t := range r.Edges.Translations {
				texts[i] = pageText{t.Locale, t.DraftTitle, t.Published, resourceChanged(t), t.Revision, t.PublishedAt, nil}
			}
			add(&EditorPage{Kind: KindResource, ID: r.ID, Audience: r.Audience, Position: r.Position, CategoryID: r.CategoryID,
				UpdatedAt: r.UpdatedAt, DeletedAt: r.DeletedAt}, texts)
		}
	}
	return out, nil
}

// pageTranslations gives each locale of the space its state; a locale the page lacks is
// MISSING.
func pageTranslations(spaceLocales []locales.Locale, texts []pageText) []PageTranslation {
	out := make([]PageTranslation, len(spaceLocales))
	for i, l := range spaceLocales {
		out[i] = PageTranslation{Locale: l, Status: "MISSING", TranslationStatus: "MISSING"}
		var t, other *pageText
		for j := range texts {
			if texts[j].locale == l {
				t = &texts[j]
			} else {
				other = &texts[j]
			}
		}
		if t == nil {
			continue
		}
		var otherAt *time.Time
		if other != nil {
			otherAt = other.publishedAt
		}
		out[i].Title = t.title
		out[i].Status = DraftStatus(t.published, t.changed)
		out[i].TranslationStatus = PublishedStatus(t.revision, t.publishedAt, otherAt)
		out[i].PublishAt = t.publishAt
	}
	return out
}

// The values each filter takes.
var (
	pageStatuses        = []string{"MISSING", "DRAFT", "PUBLISHED", "CHANGED"}
	translationStatuses = []string{"UP_TO_DATE", "MISSING", "OUTDATED"}
)

// check refuses a status the pages cannot have, and a translation status without its locale.
func (f PageFilter) check() error {
	var vs []apperr.Violation
	if f.Status != "" && !slices.Contains(pageStatuses, f.Status) {
		vs = append(vs, apperr.Violation{Field: "filter.status", Code: "FILTER_VALUE_UNKNOWN",
			Data: map[string]any{"Value": f.Status, "Values": strings.Join(pageStatuses, ", ")}})
	}
	if f.TranslationStatus != "" && !slices.Contains(translationStatuses, f.TranslationStatus) {
		vs = append(vs, apperr.Violation{Field: "filter.translationStatus", Code: "FILTER_VALUE_UNKNOWN",
			Data: map[string]any{"Value": f.TranslationStatus, "Values": strings.Join(translationStatuses, ", ")}})
	}
	if f.TranslationStatus != "" && f.Locale == nil {
		vs = append(vs, apperr.Violation{Field: "filter.locale", Code: "FILTER_LOCALE_REQUIRED"})
	}
	if len(vs) > 0 {
		return apperr.Invalid(vs...)
	}
	return nil
}

// keeps says whether the filter keeps a page.
func (f PageFilter) keeps(p *EditorPage, categoryID int, words []string, texts []pageText) bool {
	if f.Audience != "" && p.Audience != f.Audience {
		return false
	}
	if f.Category != "" && (p.CategoryID == nil || *p.CategoryID != categoryID) {
		return false
	}
	if f.Status != "" {
		found := false
		for _, t := range p.Translations {
			found = found || t.Status == f.Status
		}
		if !found {
			return false
		}
	}
	if f.Locale != nil && f.TranslationStatus != "" {
		for _, t := range p.Translations {
			if t.Locale == *f.Locale && t.TranslationStatus != f.TranslationStatus {
				return false
			}
		}
	}
	if len(words) > 0 {
		var titles strings.Builder
		for _, t := range texts {
			titles.WriteString(strings.ToLower(foldAccents(t.title)))
			titles.WriteByte(' ')
		}
		for _, w := range words {
			if !strings.Contains(titles.String(), w) {
				return false
			}
		}
	}
	return true
}
