package web_test

import (
	"net/http"
	"strings"
	"testing"

	"guichet/apitest"
)

func TestGetAndPost(t *testing.T) {
	env := apitest.New(t)
	q := apitest.Contract(t, "help.graphql")
	vars := map[string]any{"slug": "saisir-le-numero-siret"}
	post := env.Do(t, apitest.Request{Space: "certification", Query: q, OperationName: "GuideBySlug", Variables: vars}).MustOK(t)
	get := env.Do(t, apitest.Request{Space: "certification", Query: q, OperationName: "GuideBySlug", Variables: vars, Method: http.MethodGet}).MustOK(t)
	if string(get.Body) != string(post.Body) || post.Str("guide.slug") != "saisir-le-numero-siret" {
		t.Fatalf("GET %s\nPOST %s", get.Body, post.Body)
	}
	if ct := get.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("GET without Accept: Content-Type %q", ct)
	}
	if cc := get.Header.Get("Cache-Control"); cc != "public, max-age=60" || post.Header.Get("Cache-Control") != "private, no-store" {
		t.Errorf("Cache-Control: GET %q, POST %q", cc, post.Header.Get("Cache-Control"))
	}
	if v := strings.Join(get.Header.Values("Vary"), ", "); !strings.Contains(v, "Accept-Language") || !strings.Contains(v, "Origin") || !strings.Contains(v, "Accept-Encoding") {
		t.Errorf("Vary: %q", v)
	}
	// A mutation over GET: 405 with Allow: POST, whatever the schema says of it.
	m := env.Do(t, apitest.Request{Space: "certification", Query: `mutation Logout { logout }`, Method: http.MethodGet, Header: lang("en")})
	if m.Status != http.StatusMethodNotAllowed || m.Header.Get("Allow") != "POST" || len(m.Errors) != 1 ||
		m.Errors[0].Message != "A mutation must be sent with POST." {
		t.Fatalf("mutation over GET: %d %v %s", m.Status, m.Header, m.Body)
	}
	// A document with a query and a mutation: the query may be run over GET, not the mutation.
	both := `query Q { space { slug } } mutation M { logout }`
	if r := env.Do(t, apitest.Request{Query: both, OperationName: "M", Method: http.MethodGet}); r.Status != http.StatusMethodNotAllowed {
		t.Fatalf("named mutation over GET: %d", r.Status)
	}
}

func TestResponseMediaTypesAndStatus(t *testing.T) {
	env := apitest.New(t)
	tests := []struct {
		name, accept, query string
		wantType            string
		wantStatus          int
	}{
		{"json by default", "", `{ space { slug } }`, "application/json", 200},
		{"graphql-response+json when asked", "application/graphql-response+json", `{ space { slug } }`, "application/graphql-response+json", 200},
		{"both, in order", "application/graphql-response+json, application/json;q=0.9", `{ space { slug } }`, "application/graphql-response+json", 200},
		{"parse error, json: 200", "application/json", `{ space { slug }`, "application/json", 200},
		{"parse error, graphql-response: 400", "application/graphql-response+json", `{ space { slug }`, "application/graphql-response+json", 400},
		{"validation error, graphql-response: 400", "application/graphql-response+json", `{ nothing }`, "application/graphql-response+json", 400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := http.Header{}
			if tt.accept != "" {
				h.Set("Accept", tt.accept)
			}
			r := env.Do(t, apitest.Request{Query: tt.query, Header: h})
			if r.Status != tt.wantStatus || !strings.HasPrefix(r.Header.Get("Content-Type"), tt.wantType) {
				t.Fatalf("%d %q: %s", r.Status, r.Header.Get("Content-Type"), r.Body)
			}
			if r.Status != 200 && (len(r.Errors) == 0 || r.Errors[0].Code() != "BAD_USER_INPUT") {
				t.Fatalf("error without code: %s", r.Body)
			}
		})
	}
	raw := func(method, ctype, body string) *apitest.Response {
		req, _ := http.NewRequest(method, env.Endpoint(""), strings.NewReader(body))
		if ctype != "" {
			req.Header.Set("Content-Type", ctype)
		}
		return env.Send(t, req)
	}
	if r := raw(http.MethodPost, "text/plain", `{"query":"{ space { slug } }"}`); r.Status != http.StatusUnsupportedMediaType || r.Errors[0].Code() != "BAD_USER_INPUT" {
		t.Errorf("text/plain: %d %s", r.Status, r.Body)
	}
	if r := raw(http.MethodPost, "application/json", `{"query":`); r.Status != http.StatusBadRequest {
		t.Errorf("broken JSON: %d %s", r.Status, r.Body)
	}
	if r := raw(http.MethodPut, "application/json", `{}`); r.Status != http.StatusMethodNotAllowed || r.Header.Get("Allow") != "GET, POST" {
		t.Errorf("PUT: %d %s", r.Status, r.Body)
	}
	if r := raw(http.MethodPost, "application/json", `{"query":"{ space { slug } }","variables":{"x":`+strings.Repeat("1", 2<<20)+`}}`); r.Status != http.StatusBadRequest && r.Status != http.StatusRequestEntityTooLarge {
		t.Errorf("huge body: %d", r.Status)
	}
}

func TestDepthAndComplexityLimits(t *testing.T) {
	env := apitest.New(t)
	deep := `{ guide(slug: "saisir-le-numero-siret") { category { guides { edges { node { category { guides { edges { node { category { title } } } } } } } } } } }`
	for _, l := range []struct{ header, want string }{
		{"en", "The query is nested 11 levels deep; the limit is 10."},
		{"fr", "La requête est imbriquée sur 11 niveaux ; la limite est de 10."},
	} {
		r := env.Do(t, apitest.Request{Space: "certification", Query: deep, Header: lang(l.header)})
		if len(r.Errors) != 1 || r.Errors[0].Code() != "BAD_USER_INPUT" || r.Errors[0].Message != l.want || r.Data["guide"] != nil {
			t.Fatalf("depth: %s", r.Body)
		}
	}
	// Introspection is deep by nature and is not refused.
	intro := `{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } }`
	env.Do(t, apitest.Request{Query: intro}).MustOK(t)

	wide := `{ guides(first: 100) { edges { node { translations { slug } category { guides(first: 100) { totalCount } } } } } }`
	r := env.Do(t, apitest.Request{Query: wide, Header: lang("en")})
	if len(r.Errors) != 1 || r.Errors[0].Code() != "BAD_USER_INPUT" || !strings.Contains(r.Errors[0].Message, "too complex") {
		t.Fatalf("complexity: %s", r.Body)
	}
	// A query's complexity is remembered by its text and variables: the same text asked again
	// with a page too large is refused, with a small one answered, however often each is asked.
	paged := `query ($n: Int) { guides(first: $n) { edges { node { translations { slug } category { guides(first: $n) { totalCount } } } } } }`
	for range 2 {
		for _, n := range []int{100, 2} {
			r := env.Do(t, apitest.Request{Query: paged, Variables: map[string]any{"n": n}, Header: lang("en")})
			if refused := len(r.Errors) == 1 && r.Errors[0].Code() == "BAD_USER_INPUT" && strings.Contains(r.Errors[0].Message, "too complex"); refused != (n == 100) || (n == 2 && len(r.Errors) > 0) {
				t.Fatalf("complexity with first: %d: %s", n, r.Body)
			}
		}
	}
}

// The lists of the help center cost a fixed number of SQL statements, however many items
// they return: no N+1.
func TestNoNPlusOneQueries(t *testing.T) {
	env := apitest.New(t)
	count := func(op, space string, vars map[string]any) int64 {
		before := env.DB.Queries.Load()
		env.Op(t, "help.graphql", op, space, vars, nil).MustOK(t)
		return env.DB.Queries.Load() - before
	}
	tests := []struct {
		op   string
		vars map[string]any
		max  int64
	}{
		{"HelpCenter", nil, 4},
		{"Guides", map[string]any{"first": 1}, 3},
		{"Guides", map[string]any{"first": 50}, 3},
		{"Faqs", map[string]any{"first": 50}, 5},
		{"Resources", map[string]any{"first": 50}, 4},
	}
	// One guide's page: the guide found by its slug with its translations, their attachments,
	// and its category with the category's translations.
	for sp, slug := range map[string]string{"certification": "pieces-a-joindre-a-votre-demande", "facilitators": "les-ceintures"} {
		if n := count("GuideBySlug", sp, map[string]any{"slug": slug}); n != 3 {
			t.Errorf("GuideBySlug in %s: %d statements", sp, n)
		}
	}
	for _, tt := range tests {
		var counts []int64
		for _, sp := range spaces {
			counts = append(counts, count(tt.op, sp, tt.vars))
		}
		for _, c := range counts {
			if c != counts[0] || c > tt.max {
				t.Errorf("%s %v: statements per space %v (want equal and at most %d)", tt.op, tt.vars, counts, tt.max)
				break
			}
		}
	}
}

func TestHealth(t *testing.T) {
	env := apitest.New(t)
	for _, p := range []string{"/healthz", "/readyz"} {
		resp, err := http.Get(env.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 || resp.Header.Get("X-Request-Id") == "" {
			t.Errorf("%s: %d", p, resp.StatusCode)
		}
	}
	req, _ := http.NewRequest(http.MethodGet, env.URL+"/healthz", nil)
	req.Header.Set("X-Request-Id", "abc-123")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Header.Get("X-Request-Id") != "abc-123" {
		t.Errorf("request id not echoed: %q", resp.Header.Get("X-Request-Id"))
	}
	resp, err = http.Get(env.URL + "/no/such/path")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 || !strings.Contains(resp.Header.Get("Content-Type"), "json") {
		t.Errorf("unknown path: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
}
