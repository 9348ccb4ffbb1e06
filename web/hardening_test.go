package web_test

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"guichet/apitest"
	"guichet/graph"
	"guichet/web"
)

// getURL is the GET address of a contract operation.
func getURL(env *apitest.Env, sp, file, op string, vars map[string]any, t *testing.T) string {
	q := url.Values{"query": {apitest.Contract(t, file)}, "operationName": {op}}
	if vars != nil {
		b, _ := json.Marshal(vars)
		q.Set("variables", string(b))
	}
	return env.Endpoint(sp) + "?" + q.Encode()
}

// raw sends req as it is (no transparent gzip) and returns the answer and its body.
func raw(t *testing.T, env *apitest.Env, req *http.Request) (*http.Response, []byte) {
	t.Helper()
	resp, err := env.HTTP.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

func TestBodyLimit(t *testing.T) {
	env := apitest.NewWith(t, web.Options{MaxBodyBytes: 4096})
	small := `{"query":"{ space { slug } }"}`
	big := `{"query":"{ space { slug } }","variables":{"x":"` + strings.Repeat("a", 5000) + `"}}`
	post := func(body string, chunked bool) *apitest.Response {
		var r io.Reader = strings.NewReader(body)
		if chunked { // no Content-Length: the limit holds while reading
			r = io.MultiReader(strings.NewReader(body))
		}
		req, _ := http.NewRequest(http.MethodPost, env.Endpoint(""), r)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept-Language", "en")
		return env.Send(t, req)
	}
	post(small, false).MustOK(t)
	for _, chunked := range []bool{false, true} {
		r := post(big, chunked)
		if r.Status != http.StatusRequestEntityTooLarge || code(r) != "BAD_USER_INPUT" || r.Errors[0].Message != "The request body is too large." {
			t.Fatalf("chunked=%v: %d %s", chunked, r.Status, r.Body)
		}
	}
	// The default bound is 1 MiB.
	def := apitest.New(t)
	req, _ := http.NewRequest(http.MethodPost, def.Endpoint(""), strings.NewReader(`{"query":"{ space { slug } }","variables":{"x":"`+strings.Repeat("a", 1<<20)+`"}}`))
	req.Header.Set("Content-Type", "application/json")
	if r := def.Send(t, req); r.Status != http.StatusRequestEntityTooLarge {
		t.Fatalf("default limit: %d", r.Status)
	}
}

func TestGzip(t *testing.T) {
	for _, cache := range []bool{false, true} {
		opts := web.Options{}
		if cache {
			opts = web.Options{CacheTTL: time.Minute, CacheEntries: 100}
		}
		env := apitest.NewWith(t, opts)
		u := getURL(env, "certification", "help.graphql", "GuideBySlug", map[string]any{"slug": "pieces-a-joindre-a-votre-demande"}, t)
		plainReq, _ := http.NewRequest(http.MethodGet, u, nil)
		plainReq.Header.Set("Accept-Encoding", "identity")
		plain, plainBody := raw(t, env, plainReq)
		if plain.Header.Get("Content-Encoding") != "" || len(plainBody) < 1024 {
			t.Fatalf("identity asked: %q, %d bytes", plain.Header.Get("Content-Encoding"), len(plainBody))
		}
		for range 2 { // the second time from the read cache, when on
			req, _ := http.NewRequest(http.MethodGet, u, nil)
			req.Header.Set("Accept-Encoding", "gzip")
			resp, body := raw(t, env, req)
			if resp.Header.Get("Content-Encoding") != "gzip" {
				t.Fatalf("cache=%v: Content-Encoding %q", cache, resp.Header.Get("Content-Encoding"))
			}
			zr, err := gzip.NewReader(bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			unzipped, _ := io.ReadAll(zr)
			if !bytes.Equal(unzipped, plainBody) || len(body) >= len(plainBody) {
				t.Fatalf("cache=%v: gzip of %d bytes for %d; same content: %v", cache, len(body), len(plainBody), bytes.Equal(unzipped, plainBody))
			}
			if resp.Header.Get("ETag") != plain.Header.Get("ETag") {
				t.Fatalf("one answer, two ETags: %q %q", resp.Header.Get("ETag"), plain.Header.Get("ETag"))
			}
		}
		// A small answer is not worth compressing.
		req, _ := http.NewRequest(http.MethodGet, env.Endpoint("")+"?query="+url.QueryEscape("{ space { slug } }"), nil)
		req.Header.Set("Accept-Encoding", "gzip")
		if resp, _ := raw(t, env, req); resp.Header.Get("Content-Encoding") != "" {
			t.Fatalf("small answer gzipped")
		}
	}
}

func TestCORSPerSpace(t *testing.T) {
	env := apitest.New(t)
	const allowed = "https://facilitators.example.org" // facilitators' space.yaml
	preflight := func(sp, origin string) *http.Response {
		req, _ := http.NewRequest(http.MethodOptions, env.Endpoint(sp), nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "authorization,content-type") // as browsers send it
		resp, _ := raw(t, env, req)
		return resp
	}
	ok := preflight("facilitators", allowed)
	if ok.StatusCode != http.StatusNoContent || ok.Header.Get("Access-Control-Allow-Origin") != allowed ||
		!strings.Contains(strings.ToLower(ok.Header.Get("Access-Control-Allow-Headers")), "authorization") ||
		!strings.Contains(ok.Header.Get("Access-Control-Allow-Methods"), "POST") || ok.Header.Get("Access-Control-Allow-Credentials") != "" {
		t.Fatalf("allowed origin: %d %v", ok.StatusCode, ok.Header)
	}
	for _, c := range []struct{ sp, origin string }{
		{"facilitators", "https://evil.example"},
		{"mentoring", allowed}, // another space's origin
		{"", allowed},          // the default space (certification) lists none
	} {
		if r := preflight(c.sp, c.origin); r.Header.Get("Access-Control-Allow-Origin") != "" || r.Header.Get("Access-Control-Allow-Methods") != "" {
			t.Errorf("%s from %s: allowed: %v", c.sp, c.origin, r.Header)
		}
	}
	// The request itself: the answer names the origin only when it is allowed.
	for origin, want := range map[string]string{allowed: allowed, "https://evil.example": ""} {
		req, _ := http.NewRequest(http.MethodPost, env.Endpoint("facilitators"), strings.NewReader(`{"query":"{ space { slug } }"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Origin", origin)
		r := env.Send(t, req).MustOK(t)
		if got := r.Header.Get("Access-Control-Allow-Origin"); got != want {
			t.Errorf("POST from %s: Access-Control-Allow-Origin %q", origin, got)
		}
		if want != "" && !strings.Contains(r.Header.Get("Access-Control-Expose-Headers"), "X-Request-Id") {
			t.Errorf("exposed headers: %q", r.Header.Get("Access-Control-Expose-Headers"))
		}
	}
}

func TestSecurityHeaders(t *testing.T) {
	env := apitest.NewWith(t, web.Options{})
	want := map[string]string{
		"X-Content-Type-Options":  "nosniff",
		"X-Frame-Options":         "DENY",
		"Referrer-Policy":         "no-referrer",
		"Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
	}
	for _, path := range []string{"/graphql?query=%7B%20space%20%7B%20slug%20%7D%20%7D", "/healthz", "/no/such/path", "/spaces/nowhere/graphql"} {
		req, _ := http.NewRequest(http.MethodGet, env.URL+path, nil)
		resp, _ := raw(t, env, req)
		for k, v := range want {
			if got := resp.Header.Get(k); got != v {
				t.Errorf("%s: %s = %q, want %q", path, k, got, v)
			}
		}
		if resp.Header.Get("Strict-Transport-Security") != "" {
			t.Errorf("%s: HSTS over a plain-HTTP public URL", path)
		}
	}
}

func TestETagAndNotModified(t *testing.T) {
	for _, cache := range []bool{false, true} {
		opts := web.Options{}
		if cache {
			opts = web.Options{CacheTTL: time.Hour, CacheEntries: 100}
		}
		env := apitest.NewWith(t, opts)
		tok := editorSession(t, env, "certification")
		vars := map[string]any{"slug": "saisir-le-numero-siret", "locale": "FR"}
		u := getURL(env, "certification", "help.graphql", "GuideBySlug", vars, t)
		get := func(inm string, h http.Header) (*http.Response, []byte) {
			req, _ := http.NewRequest(http.MethodGet, u, nil)
			for k, v := range h {
				req.Header[k] = v
			}
			if inm != "" {
				req.Header.Set("If-None-Match", inm)
			}
			return raw(t, env, req)
		}
		first, body := get("", nil)
		etag := first.Header.Get("ETag")
		if first.StatusCode != 200 || !strings.HasPrefix(etag, `W/"`) || first.Header.Get("Cache-Control") != "public, max-age=60" {
			t.Fatalf("cache=%v: %d ETag %q Cache-Control %q", cache, first.StatusCode, etag, first.Header.Get("Cache-Control"))
		}
		for _, inm := range []string{etag, strings.TrimPrefix(etag, "W/"), `"other", ` + etag} {
			again, b := get(inm, nil)
			if again.StatusCode != http.StatusNotModified || len(b) != 0 || again.Header.Get("ETag") != etag ||
				again.Header.Get("Cache-Control") != "public, max-age=60" {
				t.Fatalf("cache=%v, If-None-Match %s: %d %q %s", cache, inm, again.StatusCode, again.Header.Get("ETag"), b)
			}
		}
		if other, _ := get(`W/"something-else"`, nil); other.StatusCode != 200 {
			t.Fatalf("another tag: %d", other.StatusCode)
		}
		// A signed-in reader's answer is their own: no ETag, not stored.
		signed, _ := get(etag, bearer(tok))
		if signed.StatusCode != 200 || signed.Header.Get("ETag") != "" || signed.Header.Get("Cache-Control") != "private, no-store" {
			t.Fatalf("signed in: %d %q %q", signed.StatusCode, signed.Header.Get("ETag"), signed.Header.Get("Cache-Control"))
		}
		// A POST, a mutation and an error are not stored either.
		post := env.Op(t, "help.graphql", "GuideBySlug", "certification", vars, nil).MustOK(t)
		mut := env.Op(t, "account.graphql", "Login", "certification", map[string]any{"email": "x@example.org", "password": "nope"}, nil)
		errResp := env.Do(t, apitest.Request{Query: `{ nothing }`, Method: http.MethodGet})
		for name, r := range map[string]*apitest.Response{"POST": post, "mutation": mut, "error": errResp} {
			if r.Header.Get("Cache-Control") != "private, no-store" || r.Header.Get("ETag") != "" {
				t.Errorf("%s: Cache-Control %q ETag %q", name, r.Header.Get("Cache-Control"), r.Header.Get("ETag"))
			}
		}

		// A new publication: a new ETag, and the old one no longer matches.
		id := env.Op(t, "help.graphql", "GuideBySlug", "certification", vars, nil).MustOK(t).Str("guide.id")
		ed := func(op string, v map[string]any) {
			env.Op(t, "editor.graphql", op, "certification", v, bearer(tok)).MustOK(t)
		}
		ed("SaveGuideDraft", map[string]any{"id": id, "locale": "FR", "input": map[string]any{"title": "Saisir le SIRET (nouveau)"}})
		ed("PublishGuide", map[string]any{"id": id, "locale": "FR"})
		changed, newBody := get(etag, nil)
		if changed.StatusCode != 200 || changed.Header.Get("ETag") == etag || bytes.Equal(newBody, body) ||
			!bytes.Contains(newBody, []byte("Saisir le SIRET (nouveau)")) {
			t.Fatalf("cache=%v after publishing: %d %q", cache, changed.StatusCode, changed.Header.Get("ETag"))
		}
	}
}

func sha(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func TestAutomaticPersistedQueries(t *testing.T) {
	env := apitest.New(t)
	doc := `query Slug { space { slug } }`
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": sha(doc)}}
	post := func(query string) *apitest.Response {
		body := map[string]any{"extensions": ext}
		if query != "" {
			body["query"] = query
		}
		b, _ := json.Marshal(body)
		req, _ := http.NewRequest(http.MethodPost, env.Endpoint("mentoring"), bytes.NewReader(b))
		req.Header.Set("Content-Type", "application/json")
		return env.Send(t, req)
	}
	getHash := func() *apitest.Response {
		e, _ := json.Marshal(ext)
		req, _ := http.NewRequest(http.MethodGet, env.Endpoint("mentoring")+"?extensions="+url.QueryEscape(string(e)), nil)
		return env.Send(t, req)
	}
	for _, r := range []*apitest.Response{post(""), getHash()} {
		if r.Data != nil || len(r.Errors) != 1 || r.Errors[0].Message != "PersistedQueryNotFound" || code(r) != "BAD_USER_INPUT" ||
			r.Errors[0].Extensions["reason"] != "PERSISTED_QUERY_NOT_FOUND" {
			t.Fatalf("unknown hash: %s", r.Body)
		}
	}
	if r := post(doc).MustOK(t); r.Str("space.slug") != "mentoring" {
		t.Fatalf("hash and query: %s", r.Body)
	}
	for _, r := range []*apitest.Response{post(""), getHash()} {
		if r.MustOK(t).Str("space.slug") != "mentoring" {
			t.Fatalf("hash only, once known: %s", r.Body)
		}
	}
	if r := post(`query Other { space { slug } }`); code(r) != "BAD_USER_INPUT" {
		t.Fatalf("a query that does not match its hash: %s", r.Body)
	}
}

func TestTrustedDocuments(t *testing.T) {
	help := apitest.Contract(t, "help.graphql")
	manifest, _ := json.Marshal(map[string]string{sha(help): help})
	docs, err := graphParse(manifest)
	if err != nil {
		t.Fatal(err)
	}
	env := apitest.NewWith(t, web.Options{TrustedDocuments: docs})
	// The whole document, by its hash, and by documentId.
	env.Op(t, "help.graphql", "HelpCenter", "mentoring", nil, nil).MustOK(t)
	send := func(body map[string]any, l string) *apitest.Response {
		b, _ := json.Marshal(body)
		req, _ := http.NewRequest(http.MethodPost, env.Endpoint("mentoring"), bytes.NewReader(b))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept-Language", l)
		return env.Send(t, req)
	}
	byHash := send(map[string]any{"operationName": "HelpCenter", "extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": sha(help)}}}, "fr").MustOK(t)
	byID := send(map[string]any{"operationName": "HelpCenter", "documentId": "sha256:" + sha(help)}, "fr").MustOK(t)
	if byHash.Len("categories") < 1 || string(byID.Body) != string(byHash.Body) {
		t.Fatalf("by hash %s / by id %s", byHash.Body, byID.Body)
	}
	get, _ := raw(t, env, mustRequest(http.MethodGet, env.Endpoint("mentoring")+"?operationName=HelpCenter&documentId=sha256:"+sha(help)))
	if get.StatusCode != 200 {
		t.Fatalf("GET by documentId: %d", get.StatusCode)
	}
	// Anything else is refused, before it is parsed, in the reader's language.
	for l, msg := range map[string]string{
		"en": "This server runs only the documents registered with it, and this one is not among them.",
		"fr": "Ce serveur n’exécute que les documents qui lui ont été enregistrés, et celui-ci n’en fait pas partie.",
	} {
		for name, body := range map[string]map[string]any{
			"new document":               {"query": `{ space { slug } }`},
			"unknown hash":               {"extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": sha("x")}}},
			"introspection":              {"query": `{ __schema { types { name } } }`},
			"hash with another document": {"query": `{ space { slug } }`, "extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": sha(help)}}},
		} {
			r := send(body, l)
			if r.Data != nil || len(r.Errors) != 1 || code(r) != "FORBIDDEN" || r.Errors[0].Extensions["reason"] != "DOCUMENT_NOT_TRUSTED" || r.Errors[0].Message != msg {
				t.Errorf("%s (%s): %s", name, l, r.Body)
			}
		}
	}
}

func mustRequest(method, u string) *http.Request {
	req, err := http.NewRequest(method, u, nil)
	if err != nil {
		panic(err)
	}
	return req
}

func TestProductionMode(t *testing.T) {
	dev, prod := apitest.New(t), apitest.NewWith(t, web.Options{Production: true})
	// Introspection: answered in development, refused in production.
	for _, q := range []string{`{ __schema { queryType { name } } }`, `{ __type(name: "Guide") { name } }`,
		`query { ...F } fragment F on Query { __schema { queryType { name } } }`} {
		dev.Do(t, apitest.Request{Query: q}).MustOK(t)
		r := prod.Do(t, apitest.Request{Query: q, Header: lang("en")})
		if r.Data != nil || code(r) != "FORBIDDEN" || r.Errors[0].Extensions["reason"] != "INTROSPECTION_DISABLED" ||
			r.Errors[0].Message != "Schema introspection is turned off on this server." {
			t.Fatalf("production introspection %s: %s", q, r.Body)
		}
	}
	prod.Do(t, apitest.Request{Query: `{ __typename space { slug } }`}).MustOK(t)
	// Field suggestions: given in development only.
	typo := `{ spac { slug } }`
	if r := dev.Do(t, apitest.Request{Query: typo, Header: lang("en")}); code(r) != "BAD_USER_INPUT" || !strings.Contains(r.Errors[0].Message, "Did you mean") {
		t.Fatalf("development typo: %s", r.Body)
	}
	if r := prod.Do(t, apitest.Request{Query: typo, Header: lang("en")}); code(r) != "BAD_USER_INPUT" || strings.Contains(string(r.Body), "Did you mean") || !strings.Contains(r.Errors[0].Message, "spac") {
		t.Fatalf("production typo: %s", r.Body)
	}
	// The explorer.
	for env, want := range map[*apitest.Env]int{dev: 200, prod: 404} {
		resp, _ := raw(t, env, mustRequest(http.MethodGet, env.URL+"/explorer"))
		if resp.StatusCode != want {
			t.Errorf("explorer: %d, want %d", resp.StatusCode, want)
		}
	}
}

func graphParse(manifest []byte) (*graph.TrustedDocuments, error) {
	return graph.ParseTrustedDocuments(manifest)
}
