package web_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"guichet/account"
	"guichet/apitest"
	"guichet/ent/space"
	"guichet/web"
)

// BenchmarkCachedReads puts the two cached reads side by side, alternately, on one server: an
// anonymous GuideBySlug of a public guide (anonymous) and a facilitator's GuideBySlug of a
// facilitators-only guide (signedin), both answered from the read cache, the handler called
// directly, with a cancellable context as a server's. The access log is on, as in production (JSON at Info, written to io.Discard), so
// that its cost counts. Each pair runs five times: compare the rounds, not one figure.
func BenchmarkCachedReads(b *testing.B) {
	env := apitest.NewWith(b, web.Options{CacheTTL: time.Hour, CacheEntries: 100})
	old := slog.Default()
	slog.SetDefault(slog.New(web.LogHandler{Handler: slog.NewJSONHandler(io.Discard, nil)}))
	b.Cleanup(func() { slog.SetDefault(old) })
	ctx := context.Background()
	sp := env.DB.Client.Space.Query().Where(space.Slug("facilitators")).OnlyX(ctx)
	if _, err := env.Accounts.Create(ctx, sp, account.CreateInput{Email: "reader@example.org", Password: goodPassword,
		FirstName: "Fa", LastName: "Cilitator", Roles: []string{"facilitator"}}); err != nil {
		b.Fatal(err)
	}
	token := login(b, env, "facilitators", "reader@example.org", goodPassword).MustOK(b).Str("login.token")
	h := env.Server.Handler()
	reads := []struct {
		name, path, bearer string
		body               []byte
	}{
		{"anonymous", "/spaces/certification/graphql", "",
			opBody(b, "GuideBySlug", map[string]any{"slug": "pieces-a-joindre-a-votre-demande"})},
		{"signedin", "/spaces/facilitators/graphql", token,
			opBody(b, "GuideBySlug", map[string]any{"slug": "create-a-session-and-fill-in-your-counter"})},
	}
	// A server's request has a context that ends when the client leaves: database/sql and
	// go-sqlite3 watch such a context, and that watching is part of a real request's cost.
	reqCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	for range 5 {
		for _, rd := range reads {
			b.Run(rd.name, func(b *testing.B) {
				b.ReportAllocs()
				for range b.N {
					req := httptest.NewRequestWithContext(reqCtx, http.MethodPost, rd.path, bytes.NewReader(rd.body))
					req.Header.Set("Content-Type", "application/json")
					if rd.bearer != "" {
						req.Header.Set("Authorization", "Bearer "+rd.bearer)
					}
					rec := httptest.NewRecorder()
					h.ServeHTTP(rec, req)
					if rec.Code != http.StatusOK || !bytes.Contains(rec.Body.Bytes(), []byte(`"title"`)) {
						b.Fatalf("%d %s", rec.Code, rec.Body)
					}
				}
			})
		}
	}
}
