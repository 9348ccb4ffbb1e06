package help_test

import (
	"context"
	"path/filepath"
	"testing"

	"guichet/blob"
	"guichet/content"
	"guichet/ent"
	"guichet/ent/space"
	"guichet/help"
	"guichet/locales"
	"guichet/role"
	"guichet/store"
	"guichet/store/storetest"
	"guichet/viewer"
)

// searchDB is a database with the shipped content imported and indexed (as `guichet import`
// does), and its spaces' IDs by slug.
func searchDB(t testing.TB) (*store.DB, map[string]int) {
	t.Helper()
	dir := t.TempDir()
	return withShippedContent(t, storetest.Open(t, dir), dir)
}

// sqliteSearchDB is searchDB on a SQLite file whatever the store under test, for what only
// SQLite has (its FTS5 ranking function).
func sqliteSearchDB(t testing.TB) (*store.DB, map[string]int) {
	t.Helper()
	dir := t.TempDir()
	db, err := store.Open("", dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	return withShippedContent(t, db, dir)
}

// withShippedContent imports and indexes the shipped content into db, as `guichet import` does.
func withShippedContent(t testing.TB, db *store.DB, dir string) (*store.DB, map[string]int) {
	t.Helper()
	ctx := context.Background()
	bundle, err := content.Load(content.Shipped)
	if err != nil {
		t.Fatal(err)
	}
	blobs := blob.Dir{Root: filepath.Join(dir, "blobs")}
	if _, err := content.Import(ctx, db.Client, blobs, bundle, content.Options{AfterWrite: help.Reindex}); err != nil {
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

// reader is a context in which a viewer of the space reads, with the given audiences (the
// public's when none).
func reader(spaceID int, audiences ...role.Audience) context.Context {
	if len(audiences) == 0 {
		audiences = []role.Audience{role.Public}
	}
	return viewer.NewContext(context.Background(), &viewer.Viewer{SpaceID: spaceID, Audiences: audiences})
}

// searchHits returns the first n hits of query.
func searchHits(t testing.TB, db *store.DB, ctx context.Context, query string, l locales.Locale, n int) *help.Results {
	t.Helper()
	res, err := (&help.Service{Client: db.Client, SQL: db.SQL}).Search(ctx, query, l, &n, nil)
	if err != nil {
		t.Fatalf("search %q: %v", query, err)
	}
	return res
}

// hitKey names what a hit found: "guide:siret", "faq:no-siret", "resource:…".
func hitKey(h help.Hit) string {
	switch n := h.Node.(type) {
	case *ent.Guide:
		return "guide:" + n.Key
	case *ent.Faq:
		return "faq:" + n.Key
	case *ent.Resource:
		return "resource:" + n.Key
	case *ent.News:
		return "news:" + n.Key
	}
	return "?"
}

func hitKeys(res *help.Results) []string {
	keys := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		keys[i] = hitKey(h)
	}
	return keys
}
