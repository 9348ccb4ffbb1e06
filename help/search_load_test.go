package help_test

import (
	"regexp"
	"testing"

	"entgo.io/ent/dialect"

	"guichet/help"
	"guichet/locales"
	"guichet/store/storetest"
)

// A page of hits is loaded by the items' IDs, never by reading the viewer's whole space: on a
// fresh SQLite database without planner statistics, the visibility filter's "space_id = ?"
// would otherwise win over the primary key from four IDs on. (PostgreSQL loads three IDs per
// statement, as before; its plans are PostgreSQL's to choose.)
func TestSearchLoadsHitsByTheirIDs(t *testing.T) {
	db, spaces := searchDB(t)
	client, rec := storetest.Recording(db)
	svc := &help.Service{Client: client, SQL: db.SQL, NoSearchGaps: true}
	first := help.MaxSearchFirst
	// Each item table is searched by its rowid: neither scanned nor read through an index.
	byIndex := regexp.MustCompile(`(?m)^(SCAN (guides|faqs|resources|news)\b|SEARCH (guides|faqs|resources|news) USING (COVERING )?INDEX)`)
	for _, tc := range []struct {
		space, query string
		l            locales.Locale
	}{{"certification", "entité", locales.FR}, {"mentoring", "programme", locales.FR}, {"facilitators", "session", locales.EN}} {
		rec.Take()
		res, err := svc.Search(reader(spaces[tc.space]), tc.query, tc.l, &first, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) < 4 {
			t.Fatalf("%s %q: %d hits, want 4 or more to load at once", tc.space, tc.query, len(res.Hits))
		}
		for _, st := range rec.Take() {
			if db.Dialect == dialect.Postgres {
				continue
			}
			if p := storetest.Plan(t, db, st); byIndex.MatchString(p) {
				t.Errorf("%s %q: %s\nreads a whole space:\n%s", tc.space, tc.query, st.Query, p)
			}
		}
	}
}
