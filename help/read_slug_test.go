package help_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"guichet/ent/guideslug"
	"guichet/ent/privacy"
	"guichet/help"
	"guichet/locales"
	"guichet/role"
	"guichet/viewer"
)

// GuideBySlug's kept statement answers what the eager-loading query under the read policy
// answers — the same guide or none, the same fields, translations, attachments in the same
// order, category — for every slug (current and former) of every space, in both locales,
// read by viewers of every kind, with a deleted guide, a guide whose translations are
// unpublished and one that has only one published translation among them.
func TestGuideBySlugAnswersAsTheQuery(t *testing.T) {
	db, spaces := searchDB(t)
	ctx := context.Background()
	svc := &help.Service{Client: db.Client, SQL: db.SQL}
	through := &help.Service{Client: db.Client, SQL: db.SQL, ThroughQueries: true}
	all := privacy.DecisionContext(ctx, privacy.Allow)
	slugs, err := db.Client.GuideSlug.Query().Order(guideslug.ByID()).All(all)
	if err != nil {
		t.Fatal(err)
	}
	if len(slugs) < 20 {
		t.Fatalf("%d slugs: the shipped content is not there", len(slugs))
	}
	// Changed behind the services' back, as only a test may: a deleted guide, a guide with no
	// published translation, a guide with one published translation of two.
	for _, stmt := range []string{
		`UPDATE guides SET deleted_at = CURRENT_TIMESTAMP WHERE id = (SELECT guide_id FROM guide_slugs ORDER BY id LIMIT 1)`,
		`UPDATE guide_translations SET published = false WHERE guide_id = (SELECT guide_id FROM guide_slugs ORDER BY id DESC LIMIT 1)`,
		`UPDATE guide_translations SET published = false WHERE locale = 'EN' AND guide_id = (SELECT guide_id FROM guide_slugs ORDER BY id LIMIT 1 OFFSET 7)`,
	} {
		if _, err := db.SQL.ExecContext(ctx, stmt); err != nil {
			t.Fatal(err)
		}
	}
	audiences := [][]role.Audience{
		{role.Public},
		{role.Public, role.SignedIn},
		{role.Public, role.SignedIn, role.Participant, role.Facilitator},
		{role.Public, role.SignedIn, role.Participant, role.Facilitator, role.Trainer, role.Editor, role.Staff,
			role.EntityManager, role.Depositor, role.OrgAdmin, role.ProgramAdmin},
	}
	encode := func(v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	found := 0
	for spaceSlug, spaceID := range spaces {
		for _, auds := range audiences {
			rctx := viewer.NewContext(ctx, &viewer.Viewer{SpaceID: spaceID, Audiences: auds})
			for _, s := range slugs {
				for _, l := range []locales.Locale{locales.FR, locales.EN} {
					for _, inc := range []help.Include{{}, {Category: true, Attachments: true}} {
						got, err := svc.GuideBySlug(rctx, s.Slug, l, inc)
						if err != nil {
							t.Fatal(err)
						}
						want, err := through.GuideBySlug(rctx, s.Slug, l, inc)
						if err != nil {
							t.Fatal(err)
						}
						if g, w := encode(got), encode(want); g != w {
							t.Fatalf("%s %v %q %s %+v:\n got %s\nwant %s", spaceSlug, auds, s.Slug, l, inc, g, w)
						}
						if got != nil {
							found++
							if len(got.Translations()) != len(want.Translations()) || got.Locale() != want.Locale() ||
								len(got.Attachments()) != len(want.Attachments()) || (got.Category() == nil) != (want.Category() == nil) {
								t.Fatalf("%q %s: served differently", s.Slug, l)
							}
						}
					}
				}
			}
		}
	}
	if found < len(slugs) {
		t.Errorf("only %d guides found for %d slugs: the comparison saw too few", found, len(slugs))
	}
}

// A list of titles read with its translations by the kept statement answers what the eager
// loading answers: every page of every space's guides, of the whole space and of each
// category, with and without attachments and categories, for viewers of every kind.
func TestGuidesListAnswersAsTheQuery(t *testing.T) {
	db, spaces := searchDB(t)
	ctx := context.Background()
	svc := &help.Service{Client: db.Client, SQL: db.SQL}
	through := &help.Service{Client: db.Client, SQL: db.SQL, ThroughQueries: true}
	cats, err := db.Client.CategoryTranslation.Query().All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	categories := []*string{nil}
	for _, c := range cats {
		categories = append(categories, &c.Slug)
	}
	read := func(rctx context.Context, svc *help.Service, category *string, first int, after *string, inc help.Include) (string, *string) {
		conn, err := svc.Guides(rctx, locales.EN, category, help.Page{First: &first, After: after}, inc)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(conn)
		if err != nil {
			t.Fatal(err)
		}
		if !conn.PageInfo.HasNextPage {
			return string(b), nil
		}
		var cursor strings.Builder
		conn.PageInfo.EndCursor.MarshalGQL(&cursor)
		next := strings.Trim(cursor.String(), `"`)
		return string(b), &next
	}
	pages := 0
	for _, spaceID := range spaces {
		for _, auds := range [][]role.Audience{{role.Public}, {role.Public, role.SignedIn, role.Participant, role.Facilitator}} {
			rctx := viewer.NewContext(ctx, &viewer.Viewer{SpaceID: spaceID, Audiences: auds})
			for _, category := range categories {
				for _, inc := range []help.Include{{WithoutText: true}, {WithoutText: true, Attachments: true, Category: true}} {
					var after *string
					for {
						got, next := read(rctx, svc, category, 3, after, inc)
						want, _ := read(rctx, through, category, 3, after, inc)
						if got != want {
							t.Fatalf("%d %v %v %+v after %v:\n got %s\nwant %s", spaceID, auds, category, inc, after, got, want)
						}
						pages++
						if next == nil {
							break
						}
						after = next
					}
				}
			}
		}
	}
	if pages < 50 {
		t.Errorf("only %d pages compared", pages)
	}
}
