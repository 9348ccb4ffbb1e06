package web_test

import (
	"net/http"
	"testing"

	"guichet/apitest"
)

// A help list's totalCount is the number of items the reader may read, in the list and in each
// category, whatever the reader's audiences: the counts the database keeps (rowcount) answer
// as the items listed do, on the first page and on the next ones of a category's guides.
func TestHelpListsCountWhatTheReaderReads(t *testing.T) {
	env := apitest.New(t)
	_, facilitator := founder(t, env, "kept-fac@example.org", "facilitator", "green")
	_, staff := founder(t, env, "kept-staff@example.org", "staff")
	lists := `query($c: String) {
		guides(first: 100, category: $c) { totalCount edges { node { id } } }
		faqs(first: 100, category: $c) { totalCount edges { node { id } } }
		resources(first: 100, category: $c) { totalCount edges { node { id } } } }`
	guides := map[string]int{} // the facilitators' space's guides, by reader
	for _, sp := range spaces {
		readers := map[string]http.Header{"anonymous": nil}
		if sp == fac {
			readers["facilitator"], readers["staff"] = facilitator, staff
		}
		for who, h := range readers {
			news := env.Do(t, apitest.Request{Space: sp, Header: h, Query: `{ news(first: 100) { totalCount edges { node { id } } } }`}).MustOK(t)
			if n, listed := news.Int("news.totalCount"), news.Len("news.edges"); n != listed {
				t.Errorf("%s, %s: news totalCount %d, %d listed", sp, who, n, listed)
			}
			cats := env.Do(t, apitest.Request{Space: sp, Header: h,
				Query: `{ categories { slug guides(first: 1) { totalCount edges { cursor } } } }`}).MustOK(t)
			slugs := []any{nil}
			for i := range cats.Len("categories") {
				c := "categories." + itoa(i)
				slugs = append(slugs, cats.Str(c+".slug"))
				if cats.Len(c+".guides.edges") == 0 {
					continue
				}
				next := env.Do(t, apitest.Request{Space: sp, Header: h, Variables: map[string]any{"after": cats.Str(c + ".guides.edges.0.cursor")},
					Query: `query($after: String) { categories { guides(first: 1, after: $after) { totalCount } } }`}).MustOK(t)
				if a, b := cats.Int(c+".guides.totalCount"), next.Int(c+".guides.totalCount"); a != b {
					t.Errorf("%s, %s, category %s: totalCount %d on the first page, %d on the next", sp, who, cats.Str(c+".slug"), a, b)
				}
			}
			total := map[string]int{}
			for _, slug := range slugs {
				r := env.Do(t, apitest.Request{Space: sp, Header: h, Query: lists, Variables: map[string]any{"c": slug}}).MustOK(t)
				for _, list := range []string{"guides", "faqs", "resources"} {
					n, listed := r.Int(list+".totalCount"), r.Len(list+".edges")
					if n != listed {
						t.Errorf("%s, %s, category %v: %s totalCount %d, %d listed", sp, who, slug, list, n, listed)
					}
					if slug == nil {
						total[list] = n
					}
				}
			}
			if sp == fac {
				guides[who] = total["guides"]
			}
			if total["guides"] == 0 || total["faqs"] == 0 {
				t.Errorf("%s, %s: nothing counted: %v", sp, who, total)
			}
		}
	}
	if guides["facilitator"] <= guides["anonymous"] {
		t.Errorf("the facilitators' guides counted for a facilitator (%d) as for anyone (%d)", guides["facilitator"], guides["anonymous"])
	}
}
