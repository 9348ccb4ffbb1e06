package web_test

import (
	"context"
	"testing"

	"guichet/apitest"
)

// The directory's search over the generated community (10,000 facilitators, all listed, in
// twenty cities, the n-th facilitator in city n mod 20 with belt n mod 5), through HTTP: a city, a belt and a word of a name at once, to set beside
// BenchmarkCommunityIndicators (issue 17 asks for at most twice its cost).
func BenchmarkDirectorySearch(b *testing.B) {
	env := apitest.New(b)
	generateCommunity(b, env, 10_000, 30_000)
	if _, err := env.DB.SQL.ExecContext(context.Background(), `UPDATE accounts SET directory_listed = true,
		directory_city = 'Ville ' || (CAST(last_name AS INTEGER) % 20), directory_city_key = ' ville ' || (CAST(last_name AS INTEGER) % 20)
		WHERE email_key LIKE 'f%@example.org'`); err != nil {
		b.Fatal(err)
	}
	_, h := founder(b, env, "bench@example.org", "facilitator", "white")
	q := apitest.Request{Space: fac, Header: h, Variables: map[string]any{"search": "f 1", "city": "ville 3", "belt": "GREEN", "first": 20},
		Query: `query($search: String, $city: String, $belt: Belt, $first: Int) { facilitatorDirectory(search: $search, city: $city, belt: $belt, first: $first) {
			totalCount entries { id displayName belt city languages bio contactEmail workshopsRun } } }`}
	if r := env.Do(b, q).MustOK(b); r.Len("facilitatorDirectory.entries") == 0 {
		b.Fatalf("nothing found: %s", r.Body)
	}
	b.ResetTimer()
	for b.Loop() {
		env.Do(b, q)
	}
}
