package help_test

import (
	"strconv"
	"testing"

	"guichet/locales"
)

// The index's scope column holds one token per row ("s12frpublic"); a query that names it,
// whole or as a prefix being typed, must not find the rows by it: the text columns only are
// searched.
func TestSearchDoesNotMatchTheScopeToken(t *testing.T) {
	db, spaces := searchDB(t)
	id := spaces["certification"]
	ctx := reader(id)
	token := "s" + strconv.Itoa(id) + "frpublic"
	for _, q := range []string{token, token + " ", token[:2], token[:4], "SIRET " + token, token + " SIRET"} {
		if res := searchHits(t, db, ctx, q, locales.FR, 10); len(res.Hits) != 0 || res.TotalCount != 0 {
			t.Errorf("%q: %d hits, total %d; want none", q, len(res.Hits), res.TotalCount)
		}
	}
	// The same words without the token still find (the query is not refused as a whole).
	if res := searchHits(t, db, ctx, "SIRET", locales.FR, 10); len(res.Hits) == 0 {
		t.Error("SIRET finds nothing")
	}
}
