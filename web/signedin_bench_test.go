package web_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"guichet/account"
	"guichet/apitest"
	"guichet/ent/space"
	"guichet/web"
)

// BenchmarkGuideBySlugSignedIn is a facilitator's read of a facilitators-only guide, the
// handler called directly: from the read cache (cache) and on a miss every time (nocache).
// Either way the session, its account and its roles are read from the database.
func BenchmarkGuideBySlugSignedIn(b *testing.B) {
	for _, tc := range []struct {
		name string
		opts web.Options
	}{{"cache", web.Options{CacheTTL: time.Hour, CacheEntries: 100}}, {"nocache", web.Options{}}} {
		b.Run(tc.name, func(b *testing.B) {
			env := apitest.NewWith(b, tc.opts)
			ctx := context.Background()
			sp := env.DB.Client.Space.Query().Where(space.Slug("facilitators")).OnlyX(ctx)
			if _, err := env.Accounts.Create(ctx, sp, account.CreateInput{Email: "reader@example.org", Password: goodPassword,
				FirstName: "Fa", LastName: "Cilitator", Roles: []string{"facilitator"}}); err != nil {
				b.Fatal(err)
			}
			token := login(b, env, "facilitators", "reader@example.org", goodPassword).MustOK(b).Str("login.token")
			h := env.Server.Handler()
			body := opBody(b, "GuideBySlug", map[string]any{"slug": "create-a-session-and-fill-in-your-counter"})
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				req := httptest.NewRequest(http.MethodPost, "/spaces/facilitators/graphql", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("Authorization", "Bearer "+token)
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK || !bytes.Contains(rec.Body.Bytes(), []byte(`"title"`)) {
					b.Fatalf("%d %s", rec.Code, rec.Body)
				}
			}
		})
	}
}
