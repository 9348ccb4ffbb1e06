package help

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"entgo.io/ent/dialect/sql"

	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/category"
	"guichet/locales"
	"guichet/role"
)

// A page's settings (who may read it, its category, its tags) belong to the page, not to a
// translation: unlike its text they are not drafted, and a change reaches readers at once.

// PageSettings are the settings an editor changes; a setting not given stays as it is.
type PageSettings struct {
	Audience *role.Audience
	// CategoryGiven: Category is the page's new category, nil for none.
	CategoryGiven bool
	Category      *int
	// TagsGiven: Tags are the page's whole new list of tags.
	TagsGiven bool
	Tags      []string
}

// Tags: a word, or a namespace and a value ("journey:legacy-migrated"), in lower case, the
// same for editors and for the importer (content/README.md, "Tags").
const (
	MaxTagLength = 64
	MaxPageTags  = 20
	// JourneyNamespace starts the tags that pick a page for a stage of a space's journey.
	JourneyNamespace = "journey:"
)

var tagRegexp = regexp.MustCompile(`^[a-z0-9]+(:[a-z0-9-]+)?$`)

// TagValid reports whether t is a tag: its form and length.
func TagValid(t string) bool { return len(t) <= MaxTagLength && tagRegexp.MatchString(t) }

// moduleAudiences are the audiences the modules of space.yaml bring: a space offers
// PUBLIC, SIGNED_IN, EDITOR and STAFF, and the roles of its modules.
var moduleAudiences = map[string][]role.Audience{
	"trainings":       {role.Participant, role.Facilitator, role.Trainer},
	"workshops":       {role.Facilitator},
	"belts":           {role.Facilitator},
	"entities":        {role.EntityManager, role.Depositor},
	"documents":       {role.EntityManager, role.Depositor},
	"organizations":   {role.OrgAdmin, role.ProgramAdmin},
	"programs":        {role.OrgAdmin, role.ProgramAdmin},
	"onboarding":      {role.OrgAdmin, role.ProgramAdmin},
	"platform-access": {role.OrgAdmin, role.ProgramAdmin},
}

// Audiences are who the space's pages may be written for, in the order of role.Audience.
func Audiences(sp *ent.Space) []role.Audience {
	offered := map[role.Audience]bool{role.Public: true, role.SignedIn: true, role.Editor: true, role.Staff: true}
	for _, m := range sp.Modules {
		for _, a := range moduleAudiences[m] {
			offered[a] = true
		}
	}
	var out []role.Audience
	for _, v := range role.Audience("").Values() {
		if offered[role.Audience(v)] {
			out = append(out, role.Audience(v))
		}
	}
	return out
}

// UpdateSettings changes the settings of page id of the space, whatever its kind, in one
// transaction: the search index follows, the change is audited ("<kind>.settings_updated")
// and readers' kept answers are dropped. It returns the page's kind.
func (e *Editing) UpdateSettings(ctx context.Context, sp *ent.Space, id int, in PageSettings, ed Editor) (*Kind, error) {
	if vs := e.checkSettings(sp, in); len(vs) > 0 {
		return nil, apperr.Invalid(vs...)
	}
	var kind *Kind
	err := e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		k, it, err := pageOf(ctx, tx, sp.ID, id)
		if err != nil {
			return err
		}
		kind = k
		if err := k.checkSettings(ctx, tx, sp.ID, in); err != nil {
			return err
		}
		if err := k.updateItem(ctx, tx, it.ID, e.now(), func(u *sql.UpdateBuilder) {
			if in.Audience != nil {
				u.Set("audience", string(*in.Audience))
			}
			if in.CategoryGiven {
				u.Set("category_id", nullable(in.Category))
			}
		}); err != nil {
			return err
		}
		if in.TagsGiven && k.Tables.Tags != "" {
			if _, err := k.syncTags(ctx, tx, sp.ID, it.ID, in.Tags); err != nil {
				return err
			}
		}
		return e.after(ctx, tx, change{spaceID: sp.ID, kind: k, action: "settings_updated", itemID: it.ID, editor: ed})
	})
	return kind, err
}

// checkSettings refuses what is wrong whatever the page: an audience the space does not
// offer, and malformed, repeated, too many or unknown tags.
func (e *Editing) checkSettings(sp *ent.Space, in PageSettings) []apperr.Violation {
	var vs []apperr.Violation
	if in.Audience != nil && !slices.Contains(Audiences(sp), *in.Audience) {
		labels := make(locales.Labels, 0, len(Audiences(sp)))
		for _, a := range Audiences(sp) {
			labels = append(labels, locales.Label("AUDIENCE_"+string(a)))
		}
		vs = append(vs, apperr.Violation{Field: "audience", Code: "AUDIENCE_UNKNOWN",
			Data: map[string]any{"Audience": locales.Label("AUDIENCE_" + string(*in.Audience)), "Audiences": labels}})
	}
	if !in.TagsGiven {
		return vs
	}
	if len(in.Tags) > MaxPageTags {
		vs = append(vs, apperr.Violation{Field: "tags", Code: "TAGS_TOO_MANY", Data: map[string]any{"Max": MaxPageTags}})
	}
	var journey []string
	if e.JourneyTags != nil {
		journey = e.JourneyTags(sp)
	}
	seen := map[string]bool{}
	for i, t := range in.Tags {
		field := fmt.Sprintf("tags.%d", i)
		switch {
		case !TagValid(t):
			vs = append(vs, apperr.Violation{Field: field, Code: "TAG_INVALID", Data: map[string]any{"Tag": t, "Max": MaxTagLength}})
		case seen[t]:
			vs = append(vs, apperr.Violation{Field: field, Code: "TAG_TWICE", Data: map[string]any{"Tag": t}})
		case e.JourneyTags != nil && strings.HasPrefix(t, JourneyNamespace) && !slices.Contains(journey, t):
			vs = append(vs, apperr.Violation{Field: field, Code: "TAG_UNKNOWN",
				Data: map[string]any{"Tag": t, "Tags": strings.Join(journey, ", ")}})
		}
		seen[t] = true
	}
	return vs
}

// checkSettings refuses what this kind of page cannot take: a category of another space or
// deleted, a category for a kind without categories, tags for a kind without tags.
func (k *Kind) checkSettings(ctx context.Context, tx *ent.Tx, spaceID int, in PageSettings) error {
	var vs []apperr.Violation
	switch {
	case !in.CategoryGiven || in.Category == nil:
	case k.Uncategorized:
		vs = append(vs, apperr.Violation{Field: "categoryId", Code: "PAGE_CATEGORY_NOT_ALLOWED"})
	default:
		ok, err := tx.Category.Query().Where(category.ID(*in.Category), category.SpaceID(spaceID), category.DeletedAtIsNil()).Exist(ctx)
		if err != nil {
			return err
		}
		if !ok {
			vs = append(vs, apperr.Violation{Field: "categoryId", Code: "PAGE_CATEGORY_UNKNOWN"})
		}
	}
	// An empty list asks for no tags, which a kind without tags already has.
	if in.TagsGiven && len(in.Tags) > 0 && k.Tables.Tags == "" {
		vs = append(vs, apperr.Violation{Field: "tags", Code: "PAGE_TAGS_NOT_ALLOWED"})
	}
	if len(vs) > 0 {
		return apperr.Invalid(vs...)
	}
	return nil
}

// pageOf finds the live page of the space that id names, whatever its kind: ids are unique
// across kinds. NOT_FOUND when there is none; PRECONDITION_FAILED when it is deleted.
func pageOf(ctx context.Context, d database, spaceID, id int) (*Kind, *item, error) {
	for _, k := range Kinds {
		it, err := k.live(ctx, d, spaceID, id)
		if ae, ok := apperr.As(err); ok && ae.Code == apperr.NotFound {
			continue
		}
		return k, it, err
	}
	return nil, nil, &apperr.Error{Code: apperr.NotFound}
}

// Page is one page of the space as its editors see it, as Pages lists it.
func (e *Editing) Page(ctx context.Context, k *Kind, sp *ent.Space, id int, served locales.Locale) (*EditorPage, error) {
	ctx = allow(ctx)
	var out *EditorPage
	err := e.eachPage(ctx, sp.ID, k.Page, sql.EQ("id", id), func(k *Kind, it *item, rs []*row) {
		out = &EditorPage{Kind: k.Page, ID: it.ID, Audience: it.Audience, Position: it.Position, CategoryID: it.CategoryID,
			UpdatedAt: it.UpdatedAt, DeletedAt: it.DeletedAt,
			Translations: pageTranslations([]locales.Locale{sp.DefaultLocale, sp.DefaultLocale.Other()}, rs)}
	})
	if err != nil {
		return nil, err
	}
	if out == nil {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	if out.CategoryID != nil {
		c, err := e.Client.Category.Query().Where(category.ID(*out.CategoryID)).WithTranslations().Only(ctx)
		if err != nil {
			return nil, err
		}
		out.Category = c.Serve(served)
	}
	return out, e.withTags(ctx, sp.ID, []*EditorPage{out})
}

// withTags gives each page its tags, sorted: one query per kind of page with tags.
func (e *Editing) withTags(ctx context.Context, spaceID int, pages []*EditorPage) error {
	for _, k := range Kinds {
		byID := map[int]*EditorPage{}
		for _, p := range pages {
			if p.Kind == k.Page {
				p.Tags = []string{}
				byID[p.ID] = p
			}
		}
		if k.Tables.Tags == "" || len(byID) == 0 {
			continue
		}
		var rows []struct {
			Item int
			Tag  string
		}
		q := builder(e.Client).Select(sql.As(k.Tables.ItemColumn, "item"), "tag").From(sql.Table(k.Tables.Tags)).
			Where(sql.EQ("space_id", spaceID)).OrderBy("tag")
		if len(byID) == 1 {
			for id := range byID {
				q.Where(sql.EQ(k.Tables.ItemColumn, id))
			}
		}
		if err := scan(ctx, e.Client, q, &rows); err != nil {
			return err
		}
		for _, r := range rows {
			if p := byID[r.Item]; p != nil {
				p.Tags = append(p.Tags, r.Tag)
			}
		}
	}
	return nil
}
