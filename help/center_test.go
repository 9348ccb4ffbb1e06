package help_test

import (
	"context"
	"fmt"
	"testing"

	"guichet/ent"
	"guichet/help"
	"guichet/locales"
	"guichet/role"
)

// The help center's first page of each category (every category's page read in one
// statement) is what the category's own list gives for each reader: the guides their
// audiences allow, with a published translation, in order, with the same cursors, next page
// and count; and so it is too past the categories one statement reads (all guides read, cut).
func TestHelpCenterFirstPagesAsEachCategorysList(t *testing.T) {
	env, _ := settingsEnv(t, newEditEnv(t))
	ctx := context.Background()
	slugs := []string{"beaucoup", "un-seul", "aucun"}
	for _, slug := range slugs {
		_, err := env.e.CreateCategory(ctx, env.sp, help.CreateCategoryInput{Translations: []help.CategoryTextInput{
			{Locale: locales.FR, Slug: &slug, Title: slug}}}, editor)
		env.must(t, err)
	}
	page := func(title, category string, audience role.Audience, publish bool) {
		in := help.NewPage{Category: &category, Translations: []help.Text{{Locale: locales.FR, Title: title, Body: "Corps."}}}
		if audience != "" {
			in.Audience = &audience
		}
		id, err := env.e.CreatePage(ctx, help.Guides, env.sp, in, editor)
		env.must(t, err)
		if publish {
			env.must(t, env.e.Publish(ctx, help.Guides, env.sp, id, nil, editor))
		}
	}
	page("Un", "beaucoup", "", true)
	page("Deux", "beaucoup", role.Facilitator, true)
	page("Brouillon", "beaucoup", "", false)
	page("Trois", "beaucoup", "", true)
	page("Quatre", "beaucoup", role.Facilitator, true)
	page("Cinq", "beaucoup", "", true)
	page("Seul", "un-seul", "", true)
	s := &help.Service{Client: env.db.Client}
	first := 2
	kept := *help.MaxArms
	t.Cleanup(func() { *help.MaxArms = kept })
	for _, arms := range []int{kept, 0} {
		*help.MaxArms = arms
		for _, rd := range [][]role.Audience{{role.Public}, {role.Public, role.Facilitator}} {
			rctx := reader(env.sp.ID, rd...)
			cats, err := s.HelpCenter(rctx, locales.FR, help.Include{WithoutText: true}, first)
			env.must(t, err)
			for _, c := range cats {
				got, err := s.CategoryGuides(rctx, c, locales.FR, help.Page{First: &first}, help.Include{})
				env.must(t, err)
				slug := c.Slug()
				want, err := s.Guides(rctx, locales.FR, &slug, help.Page{First: &first}, help.Include{})
				env.must(t, err)
				if wantTotal := map[bool]int{true: 3, false: 5}[len(rd) == 1]; slug == "beaucoup" &&
					(got.TotalCount != wantTotal || len(got.Edges) != first || !got.PageInfo.HasNextPage) {
					t.Errorf("arms %d, reader %v: %s, want %d guides in all", arms, rd, describe(got), wantTotal)
				}
				if a, b := describe(got), describe(want); a != b {
					t.Errorf("arms %d, reader %v, category %s: help center %s, list %s", arms, rd, slug, a, b)
				}
			}
		}
	}
}

// describe is what a connection answers: its guides with their cursors, next page, end
// cursor and count.
func describe(c *ent.GuideConnection) string {
	out := ""
	for _, e := range c.Edges {
		out += fmt.Sprintf("%s@%v/%v ", e.Node.Title(), e.Cursor.ID, e.Cursor.Value)
	}
	if c.PageInfo.EndCursor != nil {
		out += fmt.Sprintf("end %v/%v ", c.PageInfo.EndCursor.ID, c.PageInfo.EndCursor.Value)
	}
	return out + fmt.Sprintf("next %v total %d", c.PageInfo.HasNextPage, c.TotalCount)
}
