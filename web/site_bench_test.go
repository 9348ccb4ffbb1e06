package web_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"guichet/apitest"
	"guichet/web"
)

// BenchmarkHelpPageVsGraphQL measures the same guide read by an anonymous reader as an HTML
// page and through GraphQL's GuideBySlug, both answered from the read cache (gzip, as browsers
// ask), the handler called directly; the issue asks the page to be at least half as fast.
//
//	go test -tags sqlite_fts5 -run '^$' -bench HelpPageVsGraphQL -benchtime 2000x ./web/
func BenchmarkHelpPageVsGraphQL(b *testing.B) {
	env := apitest.NewWith(b, web.Options{CacheTTL: time.Hour, CacheEntries: 100})
	h := env.Server.Handler()
	body := opBody(b, "GuideBySlug", map[string]any{"slug": "pieces-a-joindre-a-votre-demande"})
	requests := map[string]func() *http.Request{
		"html": func() *http.Request {
			return httptest.NewRequest(http.MethodGet, "/spaces/certification/fr/guides/pieces-a-joindre-a-votre-demande", nil)
		},
		"graphql": func() *http.Request {
			req := httptest.NewRequest(http.MethodPost, "/spaces/certification/graphql", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			return req
		},
	}
	for _, name := range []string{"graphql", "html"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				req := requests[name]()
				req.Header.Set("Accept-Encoding", "gzip")
				req.Header.Set("Accept-Language", "fr")
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("%s: %d %s", name, rec.Code, rec.Body)
				}
			}
		})
	}
}
