package web_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	"guichet/account"
	"guichet/apitest"
	"guichet/ent/space"
)

// BenchmarkUncachedRead is a cache miss of the help center's reads, the handler called
// directly: GuideBySlug and Guides(first: 20) read anonymously, GuideBySlug of a
// facilitators-only guide read by a facilitator with a session. With BENCH_THROUGH_QUERIES=1 the guides are read
// through ent's eager-loading queries rather than the kept statements (help/read_slug.go),
// so that a run of each, alternated, says what these save.
func BenchmarkUncachedRead(b *testing.B) {
	for _, tc := range []struct {
		name     string
		space    string
		op       string
		vars     map[string]any
		signedIn bool
	}{
		{"GuideBySlug", "certification", "GuideBySlug", map[string]any{"slug": "pieces-a-joindre-a-votre-demande"}, false},
		{"Guides20", "certification", "Guides", map[string]any{"first": 20}, false},
		{"GuideBySlugSignedIn", "facilitators", "GuideBySlug", map[string]any{"slug": "create-a-session-and-fill-in-your-counter"}, true},
	} {
		b.Run(tc.name, func(b *testing.B) {
			env := apitest.New(b)
			env.App.Help.ThroughQueries = os.Getenv("BENCH_THROUGH_QUERIES") == "1"
			h := env.Server.Handler()
			body := opBody(b, tc.op, tc.vars)
			token := ""
			if tc.signedIn {
				ctx := context.Background()
				sp := env.DB.Client.Space.Query().Where(space.Slug(tc.space)).OnlyX(ctx)
				if _, err := env.Accounts.Create(ctx, sp, account.CreateInput{Email: "reader@example.org", Password: goodPassword,
					FirstName: "Fa", LastName: "Cilitator", Roles: []string{"facilitator"}}); err != nil {
					b.Fatal(err)
				}
				token = login(b, env, tc.space, "reader@example.org", goodPassword).MustOK(b).Str("login.token")
			}
			before := env.DB.Queries.Load()
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				req := httptest.NewRequest(http.MethodPost, "/spaces/"+tc.space+"/graphql", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				if token != "" {
					req.Header.Set("Authorization", "Bearer "+token)
				}
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) || !bytes.Contains(rec.Body.Bytes(), []byte(`"title"`)) {
					b.Fatalf("%d %s", rec.Code, rec.Body)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(env.DB.Queries.Load()-before)/float64(b.N), "statements/op")
		})
	}
}
