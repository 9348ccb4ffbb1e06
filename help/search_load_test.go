package help_test

import (
	"regexp"
	"testing"

	"guichet/help"
	"guichet/locales"
	"guichet/store/storetest"
)

// A page of hits is loaded by the items' IDs, never by reading the viewer's whole space: on a
// fresh database without planner statistics, the visibility filter's "space_id = ?" would
// otherwise win over the primary key from four IDs on.
func TestSearchLoadsHitsByTheirIDs(t *testing.T) {
	db, spaces := searchDB(t)
	client, rec := storetest.Recording(db)
	svc := &help.Service{Client: client, SQL: db.SQL, NoSearchGaps: true}
	first := help.MaxSearchFirst
	byIndex := regexp.MustCompile(`(?im)^(SEARCH|SCAN) (guides|faqs|resources|news)\b.*space_id|using \w*space_id\w* on (guides|faqs|resources|news)\b`)
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
			if p := storetest.Plan(t, db, st); byIndex.MatchString(p) {
				t.Errorf("%s %q: %s\nreads a whole space:\n%s", tc.space, tc.query, st.Query, p)
			}
		}
	}
}
