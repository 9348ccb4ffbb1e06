package community_test

import (
	"testing"

	"guichet/community"
	"guichet/facilitation"
)

// A search's total is its matches whatever its page: a page that is not full tells it (no
// count is read), a full page, an empty one past the end or a page of none count them.
func TestDirectorySearchTotalWhateverThePage(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	for _, n := range []struct{ first, last string }{{"Ana", "Abel"}, {"Anne", "Bodin"}, {"Annie", "Carel"}, {"Bob", "Dufour"}} {
		a := w.named(n.first, n.last, "facilitator", "green")
		if _, err := w.s.UpdateDirectoryProfile(w.ctx, w.sp, w.as(a), community.DirectoryProfileInput{Listed: ptr(true), City: ptr("Lyon")}); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		name          string
		q             community.DirectoryQuery
		entries, want int
	}{
		{"a page not full", community.DirectoryQuery{Search: ptr("an"), First: ptr(5)}, 3, 3},
		{"a full page", community.DirectoryQuery{Search: ptr("an"), First: ptr(2)}, 2, 3},
		{"a page not full after an offset", community.DirectoryQuery{Search: ptr("an"), First: ptr(2), Offset: ptr(2)}, 1, 3},
		{"an empty page past the end", community.DirectoryQuery{Search: ptr("an"), First: ptr(2), Offset: ptr(5)}, 0, 3},
		{"a page of none", community.DirectoryQuery{Search: ptr("an"), First: ptr(0)}, 0, 3},
		{"no match", community.DirectoryQuery{Search: ptr("zoe")}, 0, 0},
		{"names in a city with a belt, not full", community.DirectoryQuery{Search: ptr("an"), City: ptr("lyon"), Belt: ptr("GREEN")}, 3, 3},
		{"names in a city with a belt, full", community.DirectoryQuery{Search: ptr("an"), City: ptr("lyon"), Belt: ptr("GREEN"), First: ptr(1)}, 1, 3},
		{"names in a city with a belt, past the end", community.DirectoryQuery{Search: ptr("an"), City: ptr("lyon"), Belt: ptr("GREEN"), Offset: ptr(3)}, 0, 3},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := w.s.Directory(w.ctx, w.sp, c.q)
			if err != nil || len(d.Entries) != c.entries || d.TotalCount != c.want || len(d.Facilitators) != c.entries {
				t.Fatalf("%d entries, total %d; want %d, %d (%v)", len(d.Entries), d.TotalCount, c.entries, c.want, err)
			}
		})
	}
}
