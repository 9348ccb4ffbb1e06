package web_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	"guichet/apitest"
)

// BenchmarkUncachedRead is a cache miss of the help center's reads, the handler called
// directly: GuideBySlug and Guides(first: 20). With BENCH_THROUGH_QUERIES=1 the guides are read
// through ent's eager-loading queries rather than the kept statements (help/read_slug.go),
// so that a run of each, alternated, says what these save.
func BenchmarkUncachedRead(b *testing.B) {
	for _, tc := range []struct {
		name string
		op   string
		vars map[string]any
	}{
		{"GuideBySlug", "GuideBySlug", map[string]any{"slug": "pieces-a-joindre-a-votre-demande"}},
		{"Guides20", "Guides", map[string]any{"first": 20}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			env := apitest.New(b)
			env.App.Help.ThroughQueries = os.Getenv("BENCH_THROUGH_QUERIES") == "1"
			h := env.Server.Handler()
			body := opBody(b, tc.op, tc.vars)
			before := env.DB.Queries.Load()
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				req := httptest.NewRequest(http.MethodPost, "/spaces/certification/graphql", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
					b.Fatalf("%d %s", rec.Code, rec.Body)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(env.DB.Queries.Load()-before)/float64(b.N), "statements/op")
		})
	}
}
