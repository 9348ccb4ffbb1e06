package help

import (
	"context"
	"time"

	"guichet/ent"
	"guichet/ent/faq"
	"guichet/ent/guide"
	"guichet/ent/resource"
	"guichet/locales"
)

// What needs translating: every page of a space (guide, FAQ entry, resource) whose
// translation in a locale is missing or older than the other language's published one.

// Untranslated is one page that needs translating into a locale, with what to translate from.
type Untranslated struct {
	Kind         string // GUIDE, FAQ or RESOURCE
	ID           int
	Status       string // MISSING or OUTDATED
	SourceLocale locales.Locale
	SourceTitle  string
}

// published is what the translation status of a translation depends on.
type published struct {
	locale    locales.Locale
	published bool
	revision  int
	at        *time.Time
	title     string
}

// untranslated decides whether a page needs translating into l: only when the other
// language is published, and this one is missing or was published before it.
func untranslated(kind string, id int, l locales.Locale, ts []published) *Untranslated {
	var t, other *published
	for i := range ts {
		if ts[i].locale == l {
			t = &ts[i]
		} else {
			other = &ts[i]
		}
	}
	if other == nil || !other.published {
		return nil
	}
	status := PublishedStatus(0, nil, nil)
	if t != nil {
		status = PublishedStatus(t.revision, t.at, other.at)
	}
	if status == "UP_TO_DATE" {
		return nil
	}
	return &Untranslated{Kind: kind, ID: id, Status: status, SourceLocale: other.locale, SourceTitle: other.title}
}

// NeedsTranslation lists the pages of the space that need translating into l: guides, then
// FAQ entries, then resources, each in their order. Deleted pages are left out.
func (e *Editing) NeedsTranslation(ctx context.Context, sp *ent.Space, l locales.Locale) ([]*Untranslated, error) {
	ctx = allow(ctx)
	out := []*Untranslated{}
	add := func(u *Untranslated) {
		if u != nil {
			out = append(out, u)
		}
	}
	gs, err := e.Client.Guide.Query().Where(guide.SpaceID(sp.ID), guide.DeletedAtIsNil()).
		Order(ent.Asc(guide.FieldPosition), ent.Asc(guide.FieldID)).WithTranslations().All(ctx)
	if err != nil {
		return nil, err
	}
	for _, g := range gs {
		ts := make([]published, len(g.Edges.Translations))
		for i, t := range g.Edges.Translations {
			ts[i] = published{t.Locale, t.Published, t.Revision, t.PublishedAt, t.Title}
		}
		add(untranslated("GUIDE", g.ID, l, ts))
	}
	fs, err := e.Client.Faq.Query().Where(faq.SpaceID(sp.ID), faq.DeletedAtIsNil()).
		Order(ent.Asc(faq.FieldPosition), ent.Asc(faq.FieldID)).WithTranslations().All(ctx)
	if err != nil {
		return nil, err
	}
	for _, f := range fs {
		ts := make([]published, len(f.Edges.Translations))
		for i, t := range f.Edges.Translations {
			ts[i] = published{t.Locale, t.Published, t.Revision, t.PublishedAt, t.Question}
		}
		add(untranslated("FAQ", f.ID, l, ts))
	}
	rs, err := e.Client.Resource.Query().Where(resource.SpaceID(sp.ID), resource.DeletedAtIsNil()).
		Order(ent.Asc(resource.FieldPosition), ent.Asc(resource.FieldID)).WithTranslations().All(ctx)
	if err != nil {
		return nil, err
	}
	for _, r := range rs {
		ts := make([]published, len(r.Edges.Translations))
		for i, t := range r.Edges.Translations {
			ts[i] = published{t.Locale, t.Published, t.Revision, t.PublishedAt, t.Title}
		}
		add(untranslated("RESOURCE", r.ID, l, ts))
	}
	return out, nil
}
