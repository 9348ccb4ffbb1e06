package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"guichet/account"
	"guichet/ent/space"
	"guichet/password"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"guichet/apitest"
	"guichet/web"
)

func opBody(b *testing.B, op string, vars map[string]any) []byte {
	body, err := json.Marshal(map[string]any{"query": apitest.Contract(b, "help.graphql"), "operationName": op, "variables": vars})
	if err != nil {
		b.Fatal(err)
	}
	return body
}

// benchHandler measures the server's own cost of one operation: the handler called directly,
// without the network.
func benchHandler(b *testing.B, op string, vars map[string]any) {
	env := apitest.New(b)
	h := env.Server.Handler()
	body := opBody(b, op, vars)
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
}

func BenchmarkGuideBySlug(b *testing.B) {
	benchHandler(b, "GuideBySlug", map[string]any{"slug": "pieces-a-joindre-a-votre-demande"})
}

func BenchmarkHelpCenter(b *testing.B) { benchHandler(b, "HelpCenter", nil) }

func BenchmarkGuidesList20(b *testing.B) { benchHandler(b, "Guides", map[string]any{"first": 20}) }

func BenchmarkSearch(b *testing.B) {
	benchHandler(b, "Search", map[string]any{"query": "délégation mandat"})
}

// BenchmarkThroughput compares, in one run and over real keep-alive TCP connections, the
// requests per second of the running server on an operation with those of a minimal
// net/http handler that writes the same bytes. The ratio is what the targets speak of; the
// absolute figures depend on the machine. nocache is a cache miss on every request
// (CACHE_TTL=0); signedin is a facilitator reading a facilitators-only guide with a session.
func BenchmarkThroughput(b *testing.B) {
	for _, tc := range []struct {
		name     string
		op       string
		vars     map[string]any
		signedIn bool
	}{
		{"GuideBySlug", "GuideBySlug", map[string]any{"slug": "pieces-a-joindre-a-votre-demande"}, false},
		{"GuideBySlug-signedin", "GuideBySlug", map[string]any{"slug": "create-a-session-and-fill-in-your-counter"}, true},
		{"Guides20", "Guides", map[string]any{"first": 20}, false},
	} {
		for _, cache := range []bool{false, true} {
			name := tc.name + "/nocache"
			opts := web.Options{}
			if cache {
				name = tc.name + "/cache"
				opts = web.Options{CacheTTL: time.Minute, CacheEntries: 1000}
			}
			b.Run(name, func(b *testing.B) { throughput(b, opts, tc.op, tc.vars, tc.signedIn) })
		}
	}
}

func throughput(b *testing.B, opts web.Options, op string, vars map[string]any, signedIn bool) {
	env := apitest.NewWith(b, opts)
	body := opBody(b, op, vars)
	sp, header := "certification", http.Header{}
	if signedIn {
		sp = "facilitators"
		ctx := context.Background()
		s := env.DB.Client.Space.Query().Where(space.Slug(sp)).OnlyX(ctx)
		if _, err := env.Accounts.Create(ctx, s, account.CreateInput{Email: "reader@example.org", Password: goodPassword,
			FirstName: "Fa", LastName: "Cilitator", Roles: []string{"facilitator"}}); err != nil {
			b.Fatal(err)
		}
		header = bearer(login(b, env, sp, "reader@example.org", goodPassword).MustOK(b).Str("login.token"))
	}
	gqlURL := env.Endpoint(sp)
	want := post(b, env.HTTP, gqlURL, body, header)
	raw := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		w.Write(want)
	}))
	defer raw.Close()
	const rounds, slice, workers = 4, 500 * time.Millisecond, 16
	var gqlN, rawN int64
	b.ResetTimer()
	for range b.N {
		for range rounds { // interleaved, so that both see the same machine
			rawN += load(b, raw.URL, body, header, slice, workers)
			gqlN += load(b, gqlURL, body, header, slice, workers)
		}
	}
	total := float64(b.N*rounds) * slice.Seconds()
	b.ReportMetric(float64(gqlN)/total, "guichet-req/s")
	b.ReportMetric(float64(rawN)/total, "nethttp-req/s")
	b.ReportMetric(float64(gqlN)/float64(rawN), "ratio")
}

func post(b *testing.B, c *http.Client, url string, body []byte, header http.Header) []byte {
	resp, err := c.Do(postRequest(b, url, body, header))
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || bytes.Contains(out, []byte(`"errors"`)) {
		b.Fatalf("%d %s", resp.StatusCode, out)
	}
	return out
}

func postRequest(b *testing.B, url string, body []byte, header http.Header) *http.Request {
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		b.Fatal(err)
	}
	req.Header = header.Clone()
	req.Header.Set("Content-Type", "application/json")
	return req
}

// load sends body (with header) to url from workers keep-alive connections for d and counts
// the answers.
func load(b *testing.B, url string, body []byte, header http.Header, d time.Duration, workers int) int64 {
	// Without Accept-Encoding, both servers send the same bytes: the ratio is the server's
	// own cost, not the client's inflating (BenchmarkGuideBySlugCached/gzip measures gzip).
	tr := &http.Transport{MaxIdleConnsPerHost: workers, MaxConnsPerHost: workers, DisableCompression: true}
	defer tr.CloseIdleConnections()
	c := &http.Client{Transport: tr}
	var n atomic.Int64
	deadline := time.Now().Add(d)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) {
				resp, err := c.Do(postRequest(b, url, body, header))
				if err != nil {
					b.Error(err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					n.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	return n.Load()
}

// BenchmarkLogin signs in with the real argon2id parameters (OWASP's baseline: 19 MiB, t=2,
// p=1), so ns/op is what a sign-in costs; it is argon2-bound.
func BenchmarkLogin(b *testing.B) {
	env := apitest.New(b)
	env.Accounts.Hasher = password.DefaultHasher()
	ctx := context.Background()
	sp := env.DB.Client.Space.Query().Where(space.Slug("mentoring")).OnlyX(ctx)
	if _, err := env.Accounts.Create(ctx, sp, account.CreateInput{Email: "bench@example.org", Password: goodPassword, FirstName: "B", LastName: "B"}); err != nil {
		b.Fatal(err)
	}
	h := env.Server.Handler()
	body, _ := json.Marshal(map[string]any{"query": apitest.Contract(b, "account.graphql"), "operationName": "Login",
		"variables": map[string]any{"email": "bench@example.org", "password": goodPassword}})
	loginOnce := func() {
		req := httptest.NewRequest(http.MethodPost, "/spaces/mentoring/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
			b.Fatalf("%d %s", rec.Code, rec.Body)
		}
	}
	b.Run("serial", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			loginOnce()
		}
	})
	// On every core at once: logins per second is 1e9 / ns/op.
	b.Run("parallel", func(b *testing.B) {
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				loginOnce()
			}
		})
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "logins/s")
	})
}

// BenchmarkMe reads the signed-in account: the session lookup on every request.
func BenchmarkMe(b *testing.B) {
	env := apitest.New(b)
	ctx := context.Background()
	sp := env.DB.Client.Space.Query().Where(space.Slug("mentoring")).OnlyX(ctx)
	if _, err := env.Accounts.Create(ctx, sp, account.CreateInput{Email: "me@example.org", Password: goodPassword, FirstName: "M", LastName: "E"}); err != nil {
		b.Fatal(err)
	}
	s, err := env.Accounts.Login(ctx, sp, "me@example.org", goodPassword, "127.0.0.1")
	if err != nil {
		b.Fatal(err)
	}
	h := env.Server.Handler()
	body := []byte(`{"query":"query Me { me { id email firstName lastName locale status roles } }"}`)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		req := httptest.NewRequest(http.MethodPost, "/spaces/mentoring/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+s.Token)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || !bytes.Contains(rec.Body.Bytes(), []byte(`me@example.org`)) {
			b.Fatalf("%d %s", rec.Code, rec.Body)
		}
	}
}

// BenchmarkGuideBySlugCached is the hot path: an anonymous reader's page answered from the
// read cache, the handler called directly (gzip: as browsers ask for it).
func BenchmarkGuideBySlugCached(b *testing.B) {
	for _, enc := range []string{"identity", "gzip"} {
		b.Run(enc, func(b *testing.B) {
			env := apitest.NewWith(b, web.Options{CacheTTL: time.Hour, CacheEntries: 100})
			h := env.Server.Handler()
			body := opBody(b, "GuideBySlug", map[string]any{"slug": "pieces-a-joindre-a-votre-demande"})
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				req := httptest.NewRequest(http.MethodPost, "/spaces/certification/graphql", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("Accept-Encoding", enc)
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("%d %s", rec.Code, rec.Body)
				}
			}
		})
	}
}
