package web_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"guichet/apitest"
	"guichet/graph"
	"guichet/graph/doclimit"
	"guichet/locales"
	"guichet/web"
)

// Pathological documents of the security review, each with the limit that refuses it.
func pathological() []struct {
	name, query, reason string
	limit               int
} {
	lim := doclimit.Default
	var chain, bomb, deepFrags, aliases, fields, ids strings.Builder
	chain.WriteString("{ ...F0 }")
	for i := range 5000 {
		fmt.Fprintf(&chain, " fragment F%d on Query { __typename ...F%d }", i, i+1)
	}
	bomb.WriteString("{ ...B0 }") // each fragment spreads the next twice: 2^40 fields once expanded
	for i := range 40 {
		fmt.Fprintf(&bomb, " fragment B%d on Query { ...B%d ...B%d }", i, i+1, i+1)
	}
	bomb.WriteString(" fragment B40 on Query { __typename }")
	deepFrags.WriteString("{ __schema { types { ...T0 } } }") // nesting through 40 fragments
	for i := range 40 {
		fmt.Fprintf(&deepFrags, " fragment T%d on __Type { ofType { ...T%d } }", i, i+1)
	}
	deepFrags.WriteString(" fragment T40 on __Type { name }")
	aliases.WriteString("{")
	fields.WriteString("{")
	for i := range 10000 {
		fmt.Fprintf(&aliases, " a%d: __typename", i)
		fmt.Fprintf(&fields, " f%d", i)
	}
	for range 20000 {
		ids.WriteString(`"x", `)
	}
	return []struct {
		name, query, reason string
		limit               int
	}{
		{"typename×50000", "{" + strings.Repeat(" __typename", 50000) + " }", doclimit.LimitRepeats, lim.Repeats},
		{"fragment chain×5000", chain.String(), doclimit.LimitFragments, lim.Fragments},
		{"include×50000", "{ __typename" + strings.Repeat(" @include(if: true)", 50000) + " }", doclimit.LimitDirectives, lim.Directives},
		{"aliases×10000", aliases.String() + " }", doclimit.LimitAliases, lim.Aliases},
		{"fields×10000", fields.String() + " }", doclimit.LimitFields, lim.Fields},
		{"nesting×5000", "{ __schema { types {" + strings.Repeat(" ofType {", 5000) + " name" + strings.Repeat(" }", 5002) + " }", doclimit.LimitDepth, lim.Depth},
		{"nesting through fragments", deepFrags.String(), doclimit.LimitDepth, lim.Depth},
		{"fragment bomb", bomb.String(), doclimit.LimitFields, lim.Fields},
		{"spreads×5000", "{" + strings.Repeat(" ...F", 5000) + " } fragment F on Query { __typename }", doclimit.LimitSpreads, lim.Spreads},
		{"tokens×100000", `{ nodes(ids: [` + ids.String() + `]) { id } }`, doclimit.LimitTokens, lim.Tokens},
		{"inline fragments×5000", "{" + strings.Repeat(" ... { __typename }", 5000) + " }", doclimit.LimitRepeats, lim.Repeats},
	}
}

// sendBody posts a prepared JSON body (built beforehand, so that only the exchange is timed).
func sendBody(t *testing.T, env *apitest.Env, sp string, body []byte, l locales.Locale) *apitest.Response {
	req, err := http.NewRequest(http.MethodPost, env.Endpoint(sp), bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept-Language", string(l))
	return env.Send(t, req)
}

// TestPathologicalDocuments sends the security review's documents over real HTTP to the
// real server on a real SQLite file, in development and production: each is refused with
// BAD_USER_INPUT and a message in the reader's language naming the limit. What a refusal
// costs against GuideBySlug is measured by BenchmarkRefusedDocuments (make bench), not here:
// a timed assertion fails on a loaded machine whatever the code does.
func TestPathologicalDocuments(t *testing.T) {
	for _, mode := range []struct {
		name string
		opts web.Options
	}{{"development", web.Options{}}, {"production", web.Options{Production: true}}} {
		t.Run(mode.name, func(t *testing.T) {
			env := apitest.NewWith(t, mode.opts)
			for _, tc := range pathological() {
				body, _ := json.Marshal(map[string]any{"query": tc.query})
				t.Run(tc.name, func(t *testing.T) {
					for _, l := range []locales.Locale{locales.FR, locales.EN} {
						r := sendBody(t, env, "certification", body, l)
						want := locales.Message(l, tc.reason, map[string]any{"Limit": tc.limit})
						if r.Status != http.StatusOK || r.Data != nil || len(r.Errors) != 1 || code(r) != "BAD_USER_INPUT" ||
							r.Errors[0].Extensions["reason"] != tc.reason || r.Errors[0].Message != want ||
							!strings.Contains(want, fmt.Sprint(tc.limit)) {
							t.Fatalf("%s: %d %.300s", l, r.Status, r.Body)
						}
					}
				})
			}
		})
	}
	// The messages differ by language and name the limit.
	if fr, en := locales.Message(locales.FR, doclimit.LimitFields, map[string]any{"Limit": 7}),
		locales.Message(locales.EN, doclimit.LimitFields, map[string]any{"Limit": 7}); fr == en || en != "The query asks for too many fields: at most 7, a fragment's counted each time it is spread." {
		t.Fatalf("%q %q", fr, en)
	}
}

// TestDocumentLimitsEveryTransport: GET, POST, a multipart upload and persisted queries (by
// hash and by documentId) are all measured before parsing, with the status the GraphQL over
// HTTP specification asks for in each media type.
func TestDocumentLimitsEveryTransport(t *testing.T) {
	env := apitest.New(t)
	doc := "{" + strings.Repeat(" ...F", 300) + " } fragment F on Query { __typename }"
	want := locales.Message(locales.EN, doclimit.LimitSpreads, map[string]any{"Limit": doclimit.Default.Spreads})
	check := func(name string, r *apitest.Response, status int) {
		t.Helper()
		if r.Status != status || r.Data != nil || len(r.Errors) != 1 || code(r) != "BAD_USER_INPUT" || r.Errors[0].Message != want {
			t.Errorf("%s: %d %.300s", name, r.Status, r.Body)
		}
	}
	en := lang("en")
	check("POST", env.Do(t, apitest.Request{Query: doc, Header: en}), http.StatusOK)
	check("GET", env.Do(t, apitest.Request{Query: doc, Header: en, Method: http.MethodGet}), http.StatusOK)
	// A mutation past the limits sent with GET is refused for its size, before it is parsed.
	mut := "mutation {" + strings.Repeat(" ...F", 300) + " } fragment F on Mutation { __typename }"
	check("GET mutation", env.Do(t, apitest.Request{Query: mut, Header: en, Method: http.MethodGet}), http.StatusOK)
	strict := http.Header{"Accept-Language": {"en"}, "Accept": {"application/graphql-response+json"}}
	check("POST graphql-response+json", env.Do(t, apitest.Request{Query: doc, Header: strict}), http.StatusBadRequest)
	check("GET graphql-response+json", env.Do(t, apitest.Request{Query: doc, Header: strict, Method: http.MethodGet}), http.StatusBadRequest)
	check("multipart", env.Upload(t, "", doc, nil, "file", "a.txt", "text/plain", []byte("x"), en), http.StatusOK)
	// Persisted queries: registering the document is refused, and so is its hash afterwards.
	hash := sha(doc)
	apq := func(query string, ext map[string]any, extra map[string]any) *apitest.Response {
		body := map[string]any{"query": query, "extensions": ext}
		for k, v := range extra {
			body[k] = v
		}
		b, _ := json.Marshal(body)
		req, _ := http.NewRequest(http.MethodPost, env.Endpoint(""), bytes.NewReader(b))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept-Language", "en")
		return env.Send(t, req)
	}
	pq := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}
	check("APQ register", apq(doc, pq, nil), http.StatusOK)
	if r := apq("", pq, nil); r.Data != nil || code(r) != "BAD_USER_INPUT" {
		t.Errorf("APQ by hash: %s", r.Body)
	}
	if r := apq("", nil, map[string]any{"documentId": "sha256:" + hash}); r.Data != nil || code(r) != "BAD_USER_INPUT" {
		t.Errorf("documentId: %s", r.Body)
	}
	// Trusted documents: a registered document is measured too.
	trusted, err := graph.ParseTrustedDocuments([]byte(`{"big": ` + jsonString(doc) + `}`))
	if err != nil {
		t.Fatal(err)
	}
	tenv := apitest.NewWith(t, web.Options{TrustedDocuments: trusted})
	q := url.Values{"documentId": {"big"}}
	req, _ := http.NewRequest(http.MethodGet, tenv.Endpoint("")+"?"+q.Encode(), nil)
	req.Header.Set("Accept-Language", "en")
	check("trusted document by id", tenv.Send(t, req), http.StatusOK)
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestRealDocumentsWithinLimits: every operation of the contract, whole files as the tests
// send them, the admin app's operations, and the introspection queries of graphql-js and GraphiQL are well within the
// document limits (at most half of each).
func TestRealDocumentsWithinLimits(t *testing.T) {
	half := doclimit.Default
	half.Tokens, half.Fields, half.Aliases, half.Directives = half.Tokens/2, half.Fields/2, half.Aliases/2, half.Directives/2
	half.Fragments, half.Spreads, half.Depth, half.Repeats = half.Fragments/2, half.Spreads/2, half.Depth*2/3, half.Repeats/2
	docs := map[string]string{}
	for _, f := range []string{"account", "community", "editor", "help", "mentoring", "registry"} {
		docs[f] = apitest.Contract(t, f+".graphql")
	}
	for _, f := range []string{"introspection-graphql-js.graphql", "introspection-graphiql.graphql"} {
		docs[f] = readTestdata(t, f)
	}
	// The admin app's operations, as GraphQL Codegen lists them in ui/src/gql/gql.ts.
	gen, err := os.ReadFile(filepath.Join("..", "ui", "src", "gql", "gql.ts"))
	if err != nil {
		t.Fatal(err)
	}
	keys := regexp.MustCompile(`(?m)^    ("(?:[^"\\]|\\.)*"): typeof types\.(\w+)`).FindAllStringSubmatch(string(gen), -1)
	if len(keys) == 0 {
		t.Fatalf("%d documents found in gql.ts", len(keys))
	}
	for _, k := range keys {
		var doc string
		if err := json.Unmarshal([]byte(k[1]), &doc); err != nil {
			t.Fatal(err)
		}
		docs["admin "+k[2]] = doc
	}
	for name, doc := range docs {
		c, exceeded := half.Count(doc)
		t.Logf("%s: %+v", name, c)
		if exceeded != "" {
			t.Errorf("%s: %s (%+v)", name, exceeded, c)
		}
	}
	// And introspection answers in development.
	env := apitest.New(t)
	for _, f := range []string{"introspection-graphql-js.graphql", "introspection-graphiql.graphql"} {
		env.Do(t, apitest.Request{Query: readTestdata(t, f)}).MustOK(t)
	}
}

// TestErrorsCapped: a document within the limits that makes many errors is answered with the
// first 20 and one saying how many more were left out, in the reader's language.
func TestErrorsCapped(t *testing.T) {
	env := apitest.New(t)
	var b strings.Builder
	b.WriteString("{")
	for i := range 300 {
		fmt.Fprintf(&b, " unknown%d", i)
	}
	b.WriteString(" }")
	for _, l := range []locales.Locale{locales.FR, locales.EN} {
		r := env.Do(t, apitest.Request{Query: b.String(), Header: lang(string(l))})
		last := r.Errors[len(r.Errors)-1]
		want := locales.Message(l, "ERRORS_DROPPED", map[string]any{"Count": 280})
		if len(r.Errors) != graph.MaxErrors+1 || last.Extensions["reason"] != "ERRORS_DROPPED" || last.Message != want ||
			last.Code() != "BAD_USER_INPUT" || fmt.Sprint(last.Extensions["dropped"]) != "280" || !strings.Contains(want, "280") {
			t.Fatalf("%s: %d errors, %.500s", l, len(r.Errors), r.Body)
		}
		if len(r.Body) > 10000 {
			t.Errorf("%d bytes of errors", len(r.Body))
		}
	}
	// Errors of execution are capped too: 100 aliases of a field that fails.
	var q strings.Builder
	q.WriteString("{")
	for i := range 100 {
		fmt.Fprintf(&q, ` g%d: guide(slug: "no-such-guide-%d") { id }`, i, i)
	}
	q.WriteString(" }")
	r := env.Do(t, apitest.Request{Query: q.String(), Space: "certification", Header: lang("en")})
	if len(r.Errors) > graph.MaxErrors+1 {
		t.Fatalf("%d errors: %.500s", len(r.Errors), r.Body)
	}
}

// TestRequestDeadline: an operation past its deadline stops, and the answer says why.
func TestRequestDeadline(t *testing.T) {
	env := apitest.NewWith(t, web.Options{RequestTimeout: time.Nanosecond})
	for _, l := range []locales.Locale{locales.FR, locales.EN} {
		r := env.Do(t, apitest.Request{Query: `{ space { slug } }`, Header: lang(string(l))})
		want := locales.Message(l, "REQUEST_TIMEOUT", nil)
		if len(r.Errors) == 0 || r.Errors[0].Extensions["reason"] != graph.ReasonTimeout || r.Errors[0].Message != want || r.Str("space.slug") != "" {
			t.Fatalf("%s: %s", l, r.Body)
		}
	}
	// The default deadline leaves a normal operation alone.
	apitest.New(t).Do(t, apitest.Request{Query: `{ space { slug } }`}).MustOK(t)
}

// readTestdata reads one of testdata's files: introspection-graphql-js.graphql is graphql-js
// 16's getIntrospectionQuery(), introspection-graphiql.graphql the same with every option
// GraphiQL may turn on.
func readTestdata(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// BenchmarkRefusedDocuments reports, in one run, the time of the costliest refused document
// of the security review (and of the longest fragment cycle the limits let through) against
// GuideBySlug's, over the same real HTTP server: the bound is a small multiple (about 1–6×).
func BenchmarkRefusedDocuments(b *testing.B) {
	env := apitest.New(b)
	guide, _ := json.Marshal(map[string]any{"query": apitest.Contract(b, "help.graphql"), "operationName": "GuideBySlug",
		"variables": map[string]any{"slug": "pieces-a-joindre-a-votre-demande"}})
	send := func(body []byte) {
		req, _ := http.NewRequest(http.MethodPost, env.Endpoint("certification"), bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		resp, err := env.HTTP.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	measure := func(body []byte) time.Duration {
		start := time.Now()
		for range b.N {
			send(body)
		}
		return time.Since(start) / time.Duration(b.N)
	}
	send(guide)
	b.ResetTimer()
	base := measure(guide)
	var worst time.Duration
	var worstName string
	docs := map[string]string{"fragment cycle within the limits": fragmentCycle()}
	for _, tc := range pathological() {
		docs[tc.name] = tc.query
	}
	for name, doc := range docs {
		body, _ := json.Marshal(map[string]any{"query": doc})
		if d := measure(body); d > worst {
			worst, worstName = d, name
		}
	}
	b.ReportMetric(float64(base.Microseconds()), "GuideBySlug-µs")
	b.ReportMetric(float64(worst.Microseconds()), "worst-refused-µs")
	b.ReportMetric(float64(worst)/float64(base), "ratio")
	b.Logf("worst refused: %s", worstName)
}

// fragmentCycle is the longest fragment cycle the document limits let through.
func fragmentCycle() string {
	n := doclimit.Default.Fragments
	var b strings.Builder
	b.WriteString("{ ...F0 }")
	for i := range n {
		fmt.Fprintf(&b, " fragment F%d on Query { f%d: __typename ...F%d }", i, i, (i+1)%n)
	}
	return b.String()
}

// TestFragmentCycleWithinLimits: the longest fragment cycle the limits let through is
// refused by validation with BAD_USER_INPUT in the reader's language (its cost against
// GuideBySlug's is in BenchmarkRefusedDocuments).
func TestFragmentCycleWithinLimits(t *testing.T) {
	env := apitest.New(t)
	doc := fragmentCycle()
	if _, exceeded := doclimit.Default.Count(doc); exceeded != "" {
		t.Fatalf("refused by %s", exceeded)
	}
	body, _ := json.Marshal(map[string]any{"query": doc})
	for _, l := range []locales.Locale{locales.FR, locales.EN} {
		r := sendBody(t, env, "certification", body, l)
		prefix := locales.Message(l, "INVALID_QUERY", map[string]any{"Detail": ""})
		if r.Data != nil || code(r) != "BAD_USER_INPUT" || !strings.HasPrefix(r.Errors[0].Message, prefix) ||
			!strings.Contains(r.Errors[0].Message, "within itself") {
			t.Fatalf("%s: %.300s", l, r.Body)
		}
	}
}
