package help_test

import (
	"bytes"
	"context"
	"strconv"
	"testing"
	"time"

	"guichet/help"
	"guichet/locales"
	"guichet/role"
)

// Reading news: newest first by the date of their first publish, each served in the reader's
// locale or the other one, only what the reader's audiences allow; a post keeps its date
// through later publishes, and an import gives the date its file says.

// postNews creates a news post with translations in the given locales and publishes them at
// env.now; audience "" is the public.
func (env *editEnv) postNews(t *testing.T, title string, audience role.Audience, ls ...locales.Locale) int {
	t.Helper()
	in := help.NewPage{}
	if audience != "" {
		in.Audience = &audience
	}
	for _, l := range ls {
		in.Translations = append(in.Translations, help.Text{Locale: l, Title: title + " " + string(l), Summary: "Chapeau", Body: "Le **corps**."})
	}
	id, err := env.e.CreatePage(context.Background(), help.News, env.sp, in, editor)
	env.must(t, err)
	env.must(t, env.e.Publish(context.Background(), help.News, env.sp, id, nil, editor))
	return id
}

func (env *editEnv) newsTitles(t *testing.T, l locales.Locale, audiences ...role.Audience) []string {
	t.Helper()
	conn, err := (&help.Service{Client: env.db.Client}).News(reader(env.sp.ID, audiences...), l, help.Page{})
	env.must(t, err)
	var out []string
	for _, e := range conn.Edges {
		out = append(out, e.Node.Title())
	}
	if conn.TotalCount != len(out) {
		t.Fatalf("totalCount %d for %d posts", conn.TotalCount, len(out))
	}
	return out
}

func TestNewsNewestFirstInTheReadersLocale(t *testing.T) {
	env := newEditEnv(t)
	ctx := context.Background()
	old := env.postNews(t, "Ancienne", "", locales.FR, locales.EN)
	env.now = env.now.Add(24 * time.Hour)
	env.postNews(t, "Récente", "", locales.FR)
	env.now = env.now.Add(24 * time.Hour)
	env.postNews(t, "Réservée", role.Facilitator, locales.FR, locales.EN)
	draft, err := env.e.CreatePage(ctx, help.News, env.sp, help.NewPage{Translations: []help.Text{
		{Locale: locales.FR, Title: "Brouillon", Body: "Pas encore."}}}, editor)
	env.must(t, err)

	cases := []struct {
		name      string
		l         locales.Locale
		audiences []role.Audience
		want      []string
	}{
		{"the public in French", locales.FR, nil, []string{"Récente FR", "Ancienne FR"}},
		{"the public in English: a post in French only is served in French", locales.EN, nil, []string{"Récente FR", "Ancienne EN"}},
		{"a facilitator", locales.EN, []role.Audience{role.Public, role.Facilitator}, []string{"Réservée EN", "Récente FR", "Ancienne EN"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := env.newsTitles(t, c.l, c.audiences...)
			if len(got) != len(c.want) {
				t.Fatalf("got %q, want %q", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Fatalf("got %q, want %q", got, c.want)
				}
			}
		})
	}

	// a later publish keeps the post's date (and its place in the list)
	env.now = env.now.Add(24 * time.Hour)
	env.must(t, env.e.SaveDraft(ctx, help.News, env.sp, old, help.Text{Locale: locales.FR, Title: "Ancienne corrigée", Body: "Corrigé."}, editor))
	env.must(t, env.e.Publish(ctx, help.News, env.sp, old, nil, editor))
	env.must(t, env.e.Publish(ctx, help.News, env.sp, draft, nil, editor))
	if got := env.newsTitles(t, locales.FR); len(got) != 3 || got[0] != "Brouillon" || got[2] != "Ancienne corrigée" {
		t.Fatalf("after a later publish: %q", got)
	}

	// a page of one, then the next one after its cursor
	svc := &help.Service{Client: env.db.Client}
	one := 1
	first, err := svc.News(reader(env.sp.ID), locales.FR, help.Page{First: &one})
	env.must(t, err)
	if len(first.Edges) != 1 || !first.PageInfo.HasNextPage || first.Edges[0].Node.Title() != "Brouillon" {
		t.Fatalf("first page: %+v", first.PageInfo)
	}
	var cursor bytes.Buffer
	first.PageInfo.EndCursor.MarshalGQL(&cursor)
	after, err := strconv.Unquote(cursor.String())
	env.must(t, err)
	next, err := svc.News(reader(env.sp.ID), locales.FR, help.Page{First: &one, After: &after})
	env.must(t, err)
	if len(next.Edges) != 1 || next.Edges[0].Node.Title() != "Récente FR" {
		t.Fatalf("next page: %+v", next.Edges)
	}
}

func TestNewsPostBySlugWithAudienceAndFallback(t *testing.T) {
	env := newEditEnv(t)
	env.postNews(t, "Rentrée", "", locales.FR)
	env.postNews(t, "Coulisses", role.Facilitator, locales.FR, locales.EN)
	svc := &help.Service{Client: env.db.Client}
	cases := []struct {
		slug      string
		l         locales.Locale
		audiences []role.Audience
		found     bool
		locale    locales.Locale
	}{
		{"rentree-fr", locales.EN, nil, true, locales.FR},
		{"rentree-fr", locales.FR, nil, true, locales.FR},
		{"coulisses-en", locales.EN, nil, false, ""},
		{"coulisses-en", locales.EN, []role.Audience{role.Public, role.Facilitator}, true, locales.EN},
		{"coulisses-en", locales.FR, []role.Audience{role.Public, role.Facilitator}, true, locales.FR},
		{"inconnue", locales.FR, nil, false, ""},
	}
	for _, c := range cases {
		n, err := svc.NewsPost(reader(env.sp.ID, c.audiences...), c.slug, c.l)
		env.must(t, err)
		if (n != nil) != c.found || (n != nil && n.Locale() != c.locale) {
			t.Fatalf("%s in %s for %v: %v", c.slug, c.l, c.audiences, n)
		}
		if n != nil && n.HTML() != "<p>Le <strong>corps</strong>.</p>\n" {
			t.Fatalf("html %q", n.HTML())
		}
	}
}

func TestNewsImportKeepsTheDateOfItsFile(t *testing.T) {
	env := newEditEnv(t)
	date := time.Date(2026, 9, 14, 0, 0, 0, 0, time.UTC)
	write := func(hash string, d *time.Time) bool {
		t.Helper()
		tx, err := env.db.Client.Tx(trusted())
		env.must(t, err)
		_, _, updated, err := help.ImportPage(trusted(), tx, help.News, env.sp.ID, help.Imported{Key: "rentree", Audience: role.Public, Date: d},
			[]help.ImportedText{{Locale: locales.FR, File: "rentree.fr.md", SourceHash: hash, Slug: "rentree", Title: "Rentrée",
				Body: func() (string, string, string, error) { return "Texte.", "<p>Texte.</p>", "Texte.", nil }}}, env.now)
		if err != nil {
			tx.Rollback()
			t.Fatal(err)
		}
		env.must(t, tx.Commit())
		return updated
	}
	if !write("h1", &date) {
		t.Fatal("first import wrote nothing")
	}
	if write("h1", &date) {
		t.Fatal("the same file again changed something")
	}
	conn, err := (&help.Service{Client: env.db.Client}).News(reader(env.sp.ID), locales.FR, help.Page{})
	env.must(t, err)
	if len(conn.Edges) != 1 || conn.Edges[0].Node.PublishedAt == nil || !conn.Edges[0].Node.PublishedAt.Equal(date) {
		t.Fatalf("imported post: %+v", conn.Edges)
	}
	later := date.AddDate(0, 0, 1)
	if !write("h1", &later) {
		t.Fatal("a new date was not written")
	}
}
