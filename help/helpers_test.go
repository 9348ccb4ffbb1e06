package help_test

import (
	"context"
	"testing"

	"guichet/blob"
	"guichet/content"
	"guichet/ent"
	"guichet/ent/space"
	"guichet/help"
	"guichet/locales"
	"guichet/role"
	"guichet/store"
	"guichet/viewer"
)

// shipped is a database with the shipped content imported and indexed, and its spaces' IDs
// by slug.
func shipped(t testing.TB) (*store.DB, map[string]int) {
	t.Helper()
	db, err := store.Open("", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ctx := context.Background()
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	bundle, err := content.Load(content.Shipped)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := content.Import(ctx, db.Client, blob.Dir{Root: t.TempDir()}, bundle, content.Options{AfterWrite: help.Reindex}); err != nil {
		t.Fatal(err)
	}
	spaces, err := db.Client.Space.Query().Select(space.FieldSlug).All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int{}
	for _, s := range spaces {
		ids[s.Slug] = s.ID
	}
	return db, ids
}

// as is a context in which the public of space reads.
func as(spaceID int, audiences ...role.Audience) context.Context {
	if len(audiences) == 0 {
		audiences = []role.Audience{role.Public}
	}
	return viewer.NewContext(context.Background(), &viewer.Viewer{SpaceID: spaceID, Audiences: audiences})
}

// search runs a search of the first n hits.
func search(t testing.TB, db *store.DB, ctx context.Context, query string, l locales.Locale, n int) *help.Results {
	t.Helper()
	res, err := (&help.Service{Client: db.Client, SQL: db.SQL}).Search(ctx, query, l, &n, nil)
	if err != nil {
		t.Fatalf("search %q: %v", query, err)
	}
	return res
}

// keyOf is the key of the guide, FAQ or resource a hit found.
func keyOf(h help.Hit) string {
	switch n := h.Node.(type) {
	case *ent.Guide:
		return "guide:" + n.Key
	case *ent.Faq:
		return "faq:" + n.Key
	case *ent.Resource:
		return "resource:" + n.Key
	}
	return "?"
}

// titleOf is the title (or question) of what a hit found, in the locale it was served in.
func titleOf(h help.Hit) string {
	switch n := h.Node.(type) {
	case *ent.Guide:
		return n.Title()
	case *ent.Faq:
		return n.Question()
	case *ent.Resource:
		return n.Title()
	}
	return "?"
}
