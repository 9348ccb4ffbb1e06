package help

import (
	"context"
	"slices"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"

	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/category"
	"guichet/locales"
	"guichet/role"
)

// Pages: every page of a space as its editors see it (drafts included), for the admin app's
// lists, with the state of each translation and filters.

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
	Tags         []string          // sorted; none for a kind without tags
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
	deleted := sql.IsNull("deleted_at")
	if f.Deleted {
		deleted = sql.NotNull("deleted_at")
	}
	out := []*EditorPage{}
	err = e.eachPage(ctx, sp.ID, f.Kind, deleted, func(k *Kind, it *item, rs []*row) {
		p := &EditorPage{Kind: k.Page, ID: it.ID, Audience: it.Audience, Position: it.Position, CategoryID: it.CategoryID,
			UpdatedAt: it.UpdatedAt, DeletedAt: it.DeletedAt, Translations: pageTranslations(spaceLocales, rs)}
		if p.CategoryID != nil {
			p.Category = byID[*p.CategoryID]
		}
		if f.keeps(p, categoryID, words, rs) {
			out = append(out, p)
		}
	})
	if err != nil {
		return nil, err
	}
	return out, e.withTags(ctx, sp.ID, out)
}

// eachPage calls f with each page of the space that where selects (of one kind when page
// names one), and its translations: guides, FAQ entries, then resources, each in their order.
func (e *Editing) eachPage(ctx context.Context, spaceID int, page string, where *sql.Predicate, f func(*Kind, *item, []*row)) error {
	for _, k := range Kinds {
		if page != "" && page != k.Page {
			continue
		}
		its, err := k.items(ctx, e.Client, sql.And(sql.EQ("space_id", spaceID), where))
		if err != nil {
			return err
		}
		ids := make([]int, len(its))
		for i, it := range its {
			ids[i] = it.ID
		}
		rs, err := k.rows(ctx, e.Client, ids, nil)
		if err != nil {
			return err
		}
		byItem := map[int][]*row{}
		for _, r := range rs {
			byItem[r.ItemID] = append(byItem[r.ItemID], r)
		}
		for _, it := range its {
			f(k, it, byItem[it.ID])
		}
	}
	return nil
}

// pageTranslations gives each locale of the space its state; a locale the page lacks is
// MISSING.
func pageTranslations(spaceLocales []locales.Locale, rs []*row) []PageTranslation {
	out := make([]PageTranslation, len(spaceLocales))
	for i, l := range spaceLocales {
		out[i] = PageTranslation{Locale: l, Status: "MISSING", TranslationStatus: "MISSING"}
		t, other := byLocale(rs, l)
		if t == nil {
			continue
		}
		out[i].Title = t.DraftTitle
		out[i].Status = status(t)
		out[i].TranslationStatus = translationStatus(t, other)
		out[i].PublishAt = t.PublishAt
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
func (f PageFilter) keeps(p *EditorPage, categoryID int, words []string, rs []*row) bool {
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
		for _, t := range rs {
			titles.WriteString(strings.ToLower(foldAccents(t.DraftTitle)))
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
