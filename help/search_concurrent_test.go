package help_test

import (
	"slices"
	"sync"
	"testing"

	"guichet/locales"
)

// Searches running at once (a server's readers) each find what the same search finds alone,
// snippets included: the analysis folds accents in every word of a query and of a snippet,
// and must not share state between searches.
func TestConcurrentSearchesAgree(t *testing.T) {
	db, spaces := searchDB(t)
	ctx := reader(spaces["certification"])
	queries := []string{"délégation", "entité", "l'accès", "pièces à joindre", "numéro SIRET", "déposant"}
	type answer struct {
		keys     []string
		snippets []string
		total    int
	}
	run := func(q string) answer {
		res := searchHits(t, db, ctx, q, locales.FR, 10)
		a := answer{keys: hitKeys(res), total: res.TotalCount}
		for _, h := range res.Hits {
			a.snippets = append(a.snippets, h.Snippet)
		}
		return a
	}
	alone := map[string]answer{}
	for _, q := range queries {
		if alone[q] = run(q); len(alone[q].keys) == 0 {
			t.Fatalf("%q finds nothing", q)
		}
	}
	var wg sync.WaitGroup
	for r := range 8 {
		wg.Go(func() {
			for i := range 3 * len(queries) {
				q := queries[(r+i)%len(queries)]
				if got, want := run(q), alone[q]; got.total != want.total || !slices.Equal(got.keys, want.keys) || !slices.Equal(got.snippets, want.snippets) {
					t.Errorf("%q at once: %v %q (%d), alone: %v %q (%d)", q, got.keys, got.snippets, got.total, want.keys, want.snippets, want.total)
					return
				}
			}
		})
	}
	wg.Wait()
}
