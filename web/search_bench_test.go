package web_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"guichet/apitest"
	"guichet/ent/privacy"
	"guichet/ent/space"
	"guichet/help"
	"guichet/help/helptest"
	"guichet/web"
)

// BenchmarkSearchThroughput measures search over HTTP with the read cache off (a cache hit is
// not a search), over a space of 10,000 guides in French and English: the requests per
// second of 16 keep-alive connections at once beside a minimal net/http handler writing the
// same bytes (interleaved, in one run), and the p50 of requests sent one at a time.
func BenchmarkSearchThroughput(b *testing.B) {
	env := apitest.NewWith(b, web.Options{})
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	sp := env.DB.Client.Space.Query().Where(space.Slug("certification")).OnlyX(ctx)
	helptest.Guides(b, ctx, env.DB, sp.ID, 10_000)
	tx, err := env.DB.Client.Tx(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if err := help.Reindex(ctx, tx, []int{sp.ID}); err != nil {
		b.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	body := opBody(b, "Search", map[string]any{"query": "délégation de mandat", "locale": "FR", "first": 10})
	url, header := env.Endpoint("certification"), http.Header{}
	want := post(b, env.HTTP, url, body, header)
	raw := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		w.Write(want)
	}))
	defer raw.Close()
	const rounds, slice, workers, sequential = 4, 500 * time.Millisecond, 16, 200
	var gqlN, rawN int64
	var durations []time.Duration
	b.ResetTimer()
	for range b.N {
		for range rounds { // interleaved, so that both see the same machine
			rawN += load(b, raw.URL, body, header, slice, workers)
			gqlN += load(b, url, body, header, slice, workers)
		}
		for range sequential {
			t := time.Now()
			post(b, env.HTTP, url, body, header)
			durations = append(durations, time.Since(t))
		}
	}
	total := float64(b.N*rounds) * slice.Seconds()
	b.ReportMetric(float64(gqlN)/total, "guichet-req/s")
	b.ReportMetric(float64(rawN)/total, "nethttp-req/s")
	b.ReportMetric(float64(gqlN)/float64(rawN), "ratio")
	slices.Sort(durations)
	b.ReportMetric(float64(durations[len(durations)/2].Microseconds()), "p50-µs")
}
