package help

import (
	"context"
	"time"

	"entgo.io/ent/dialect/sql"

	"guichet/ent"
	"guichet/ent/guidetranslation"
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

// NeedsTranslation lists the pages of the space that need translating into l: guides, FAQ
// entries, resources, then news, each in their order. Deleted pages are left out.
func (e *Editing) NeedsTranslation(ctx context.Context, sp *ent.Space, l locales.Locale) ([]*Untranslated, error) {
	return e.needsTranslation(allow(ctx), sp.ID, "", l)
}

func (e *Editing) needsTranslation(ctx context.Context, spaceID int, page string, l locales.Locale) ([]*Untranslated, error) {
	out := []*Untranslated{}
	err := e.eachPage(ctx, spaceID, page, sql.IsNull("deleted_at"), func(k *Kind, it *item, rs []*row) {
		ts := make([]published, len(rs))
		for i, t := range rs {
			ts[i] = published{t.Locale, t.Published, t.Revision, t.PublishedAt, t.Title}
		}
		if u := untranslated(k.Page, it.ID, l, ts); u != nil {
			out = append(out, u)
		}
	})
	return out, err
}

// Pending is a guide that needs translating, and the translation to work from.
type Pending struct {
	ID     int
	Status string
	Source *ent.GuideTranslation
}

// Untranslated lists the guides of the space whose translation in l is missing or outdated
// while the other language is published, each with that published translation.
func (e *Editing) Untranslated(ctx context.Context, sp *ent.Space, l locales.Locale) ([]Pending, error) {
	ctx = allow(ctx)
	us, err := e.needsTranslation(ctx, sp.ID, Guides.Page, l)
	if err != nil || len(us) == 0 {
		return nil, err
	}
	ids := make([]int, len(us))
	for i, u := range us {
		ids[i] = u.ID
	}
	sources, err := e.Client.GuideTranslation.Query().
		Where(guidetranslation.GuideIDIn(ids...), guidetranslation.LocaleEQ(l.Other())).All(ctx)
	if err != nil {
		return nil, err
	}
	byGuide := make(map[int]*ent.GuideTranslation, len(sources))
	for _, t := range sources {
		byGuide[t.GuideID] = t
	}
	out := make([]Pending, len(us))
	for i, u := range us {
		out[i] = Pending{ID: u.ID, Status: u.Status, Source: byGuide[u.ID]}
	}
	return out, nil
}
