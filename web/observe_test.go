package web_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	collectortrace "go.opentelemetry.io/proto/otlp/collector/trace/v1"
	"google.golang.org/protobuf/proto"

	"guichet/apitest"
	"guichet/requestid"
	"guichet/tracing"
	"guichet/web"
)

// metric reads one sample of /metrics: name with exactly these labels (-1 when absent).
func metric(t *testing.T, env *apitest.Env, name string, labels map[string]string) float64 {
	t.Helper()
	resp, body := raw(t, env, mustRequest(http.MethodGet, env.URL+"/metrics"))
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain") {
		t.Fatalf("/metrics: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	keys := make([]string, 0, len(labels))
	for k := range labels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var pairs []string
	for _, k := range keys {
		pairs = append(pairs, k+`="`+labels[k]+`"`)
	}
	prefix := name
	if len(pairs) > 0 {
		prefix += "{" + strings.Join(pairs, ",") + "}"
	}
	sc := bufio.NewScanner(bytes.NewReader(body))
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), prefix+" "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatalf("%s: %v", sc.Text(), err)
			}
			return f
		}
	}
	return -1
}

func TestMetrics(t *testing.T) {
	env := apitest.NewWith(t, web.Options{CacheTTL: time.Minute, CacheEntries: 100})
	guide := map[string]any{"slug": "pieces-a-joindre-a-votre-demande"}
	miss := map[string]string{"space": "certification", "operation": "GuideBySlug", "cache": "miss"}
	hit := map[string]string{"space": "certification", "operation": "GuideBySlug", "cache": "hit"}
	latency := map[string]string{"space": "certification", "operation": "GuideBySlug"}
	anon := map[string]string{"space": "certification", "operation": "anonymous", "cache": "miss"}
	badInput := map[string]string{"code": "BAD_USER_INPUT"}
	loginFailed := map[string]string{"space": "mentoring", "reason": "bad_credentials"}
	val := func(name string, l map[string]string) float64 { return max(metric(t, env, name, l), 0) }
	before := map[string]float64{
		"miss": val("guichet_graphql_requests_total", miss), "hit": val("guichet_graphql_requests_total", hit),
		"latency": val("guichet_graphql_request_duration_seconds_count", latency), "anon": val("guichet_graphql_requests_total", anon),
		"bad": val("guichet_graphql_errors_total", badInput), "login": val("guichet_login_failures_total", loginFailed),
		"sent": val("guichet_mail_delivery_attempts_total", map[string]string{"result": "sent"}),
	}
	for range 3 {
		env.Op(t, "help.graphql", "GuideBySlug", "certification", guide, nil).MustOK(t)
	}
	env.Do(t, apitest.Request{Space: "certification", Query: `{ space { slug } }`}).MustOK(t)
	env.Do(t, apitest.Request{Space: "certification", Query: `{ nothing }`})
	env.Do(t, apitest.Request{Space: "certification", Query: `mutation { logout }`, Method: http.MethodGet}) // 405, before GraphQL
	if r := login(t, env, "mentoring", "nobody@example.org", "Wrong-Guess-1"); code(r) != "UNAUTHENTICATED" {
		t.Fatalf("login: %s", r.Body)
	}
	register(t, env, "mentoring", "metrics@example.org", "FR").MustOK(t)

	for _, c := range []struct {
		what, key, name string
		labels          map[string]string
		delta           float64
	}{
		{"requests per operation (executed)", "miss", "guichet_graphql_requests_total", miss, 1},
		{"requests per operation (read cache)", "hit", "guichet_graphql_requests_total", hit, 2},
		{"latency per operation", "latency", "guichet_graphql_request_duration_seconds_count", latency, 3},
		{"operations without a name (one answered, two refused)", "anon", "guichet_graphql_requests_total", anon, 3},
		{"errors by code", "bad", "guichet_graphql_errors_total", badInput, 2},
		{"login failures", "login", "guichet_login_failures_total", loginFailed, 1},
	} {
		if got := val(c.name, c.labels); got-before[c.key] != c.delta {
			t.Errorf("%s: %s%v went from %v to %v, want +%v", c.what, c.name, c.labels, before[c.key], got, c.delta)
		}
	}
	// The outbox's backlog, then its sending.
	if n := metric(t, env, "guichet_mail_outbox_messages", map[string]string{"status": "PENDING"}); n != 1 {
		t.Errorf("outbox backlog: %v", n)
	}
	if _, _, err := env.Mail.SendDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := metric(t, env, "guichet_mail_outbox_messages", map[string]string{"status": "PENDING"}); n != 0 {
		t.Errorf("outbox backlog once sent: %v", n)
	}
	if n := val("guichet_mail_delivery_attempts_total", map[string]string{"result": "sent"}); n-before["sent"] != 1 {
		t.Errorf("mail sent: %v → %v", before["sent"], n)
	}
	for _, name := range []string{"guichet_mail_outbox_messages", "guichet_webhook_deliveries"} {
		if n := metric(t, env, name, map[string]string{"status": "FAILED"}); n != 0 {
			t.Errorf("%s FAILED: %v", name, n)
		}
	}
	// The database's connection pool.
	if n := metric(t, env, "go_sql_max_open_connections", map[string]string{"db_name": "guichet"}); n < 1 {
		t.Errorf("DB pool: %v", n)
	}
	// /metrics can be left to a listener of its own.
	sep := apitest.NewWith(t, web.Options{SeparateMetrics: true})
	if resp, _ := raw(t, sep, mustRequest(http.MethodGet, sep.URL+"/metrics")); resp.StatusCode != http.StatusNotFound {
		t.Errorf("SeparateMetrics: /metrics answered %d", resp.StatusCode)
	}
	rec := httptest.NewRecorder()
	sep.Server.MetricsHandler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if !strings.Contains(rec.Body.String(), "guichet_graphql_requests_total") {
		t.Errorf("MetricsHandler: %.200s", rec.Body)
	}
}

// lockedBuffer collects log lines written from several goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) lines() []map[string]any {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []map[string]any
	for _, line := range bytes.Split(bytes.TrimSpace(l.b.Bytes()), []byte("\n")) {
		var m map[string]any
		if json.Unmarshal(line, &m) == nil {
			out = append(out, m)
		}
	}
	return out
}

// captureLogs sends the default logger's records, at debug level, to a buffer until the test ends.
func captureLogs(t *testing.T) *lockedBuffer {
	buf := &lockedBuffer{}
	old := slog.Default()
	slog.SetDefault(slog.New(web.LogHandler{Handler: slog.NewJSONHandler(buf, &slog.HandlerOptions{Level: slog.LevelDebug})}))
	t.Cleanup(func() { slog.SetDefault(old) })
	return buf
}

// In production /metrics is off the public listener unless asked for; development keeps it.
func TestMetricsListener(t *testing.T) {
	for _, c := range []struct {
		name string
		opts web.Options
		want int
	}{
		{"development", web.Options{}, http.StatusOK},
		{"production", web.Options{Production: true}, http.StatusNotFound},
		{"production, METRICS_PUBLIC", web.Options{Production: true, PublicMetrics: true}, http.StatusOK},
		{"production, METRICS_ADDR", web.Options{Production: true, SeparateMetrics: true}, http.StatusNotFound},
		{"development, METRICS_ADDR", web.Options{SeparateMetrics: true}, http.StatusNotFound},
	} {
		t.Run(c.name, func(t *testing.T) {
			env := apitest.NewWith(t, c.opts)
			resp, body := raw(t, env, mustRequest(http.MethodGet, env.URL+"/metrics"))
			if resp.StatusCode != c.want {
				t.Fatalf("/metrics: %d, want %d", resp.StatusCode, c.want)
			}
			if c.want == http.StatusOK && !strings.Contains(string(body), "go_sql_max_open_connections") {
				t.Errorf("/metrics: %.200s", body)
			}
			// The handler of its own always serves them.
			rec := httptest.NewRecorder()
			env.Server.MetricsHandler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
			if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "go_sql_max_open_connections") {
				t.Errorf("MetricsHandler: %d %.200s", rec.Code, rec.Body)
			}
		})
	}
}

func TestRequestIDInErrorsAndLogs(t *testing.T) {
	env := apitest.New(t)
	logs := captureLogs(t)
	// An id of the caller's is kept; without one, the server makes one. Either way it is in the
	// answer's header and in every error's extensions.
	for _, given := range []string{"support-ticket-42", ""} {
		h := http.Header{}
		if given != "" {
			h.Set("X-Request-Id", given)
		}
		for name, r := range map[string]*apitest.Response{
			"resolver error":   env.Do(t, apitest.Request{Space: "mentoring", Query: `{ auditLog { totalCount } }`, Header: h}),
			"validation error": env.Do(t, apitest.Request{Space: "mentoring", Query: `{ nothing }`, Header: h}),
			"transport error":  env.Do(t, apitest.Request{Space: "mentoring", Query: `mutation { logout }`, Method: http.MethodGet, Header: h}),
		} {
			id := r.Header.Get("X-Request-Id")
			if id == "" || (given != "" && id != given) || len(r.Errors) == 0 {
				t.Fatalf("%s: X-Request-Id %q: %s", name, id, r.Body)
			}
			for _, e := range r.Errors {
				if e.Extensions["requestId"] != id {
					t.Errorf("%s: extensions %v, X-Request-Id %q", name, e.Extensions, id)
				}
			}
		}
	}
	// Every line logged while serving a request names it: the access log, and the policy's
	// debug lines of a permission check.
	tok := staff(t, env, "mentoring")
	h := with(bearer(tok), "X-Request-Id", "follow-me-7")
	env.Do(t, apitest.Request{Space: "mentoring", Query: `{ me { id } can(permission: "accounts:approve") }`, Header: h}).MustOK(t)
	var mine, policyLines int
	for _, l := range logs.lines() {
		if l["request_id"] == "follow-me-7" {
			mine++
			if strings.HasPrefix(l["msg"].(string), "policy:") {
				policyLines++
			}
		}
		if l["msg"] == "request" && l["request_id"] == nil {
			t.Errorf("an access log line without request id: %v", l)
		}
	}
	if mine < 2 || policyLines == 0 {
		t.Fatalf("lines of request follow-me-7: %d (policy: %d) of %d", mine, policyLines, len(logs.lines()))
	}
}

// A fake OpenTelemetry collector receives the spans of a request: the HTTP request, the
// GraphQL operation named after it, and its resolvers (not the fields that read what they
// loaded), in the caller's trace.
func TestTracing(t *testing.T) {
	var mu sync.Mutex
	var spans []string
	traceIDs := map[string]bool{}
	collector := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var req collectortrace.ExportTraceServiceRequest
		if r.URL.Path != "/v1/traces" || proto.Unmarshal(body, &req) != nil {
			http.Error(w, "bad export", http.StatusBadRequest)
			return
		}
		mu.Lock()
		for _, rs := range req.ResourceSpans {
			for _, ss := range rs.ScopeSpans {
				for _, s := range ss.Spans {
					spans = append(spans, s.Name)
					traceIDs[string(s.TraceId)] = true
				}
			}
		}
		mu.Unlock()
		w.Header().Set("Content-Type", "application/x-protobuf")
		w.Write(nil)
	}))
	defer collector.Close()
	shutdown, err := tracing.Start(context.Background(), collector.URL, "guichet-test")
	if err != nil {
		t.Fatal(err)
	}
	env := apitest.NewWith(t, web.Options{Tracing: true})
	const parent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
	env.Op(t, "help.graphql", "GuideBySlug", "certification", map[string]any{"slug": "pieces-a-joindre-a-votre-demande"},
		http.Header{"Traceparent": {parent}}).MustOK(t)
	if err := shutdown(context.Background()); err != nil { // sends what is batched
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, want := range []string{"POST /spaces/certification/graphql", "query GuideBySlug", "Query.guide"} {
		found := false
		for _, s := range spans {
			found = found || s == want
		}
		if !found {
			t.Errorf("no span %q in %q", want, spans)
		}
	}
	// Fields that read a value already loaded make no span: scripts/leanfields skips the field
	// interceptors for them.
	for _, s := range spans {
		if s == "Guide.title" || s == "Guide.slug" {
			t.Errorf("a span for the loaded field %q", s)
		}
	}
	if len(traceIDs) != 1 || !traceIDs[string(mustHex("4bf92f3577b34da6a3ce929d0e0e4736"))] {
		t.Errorf("spans not in the caller's trace: %d trace ids", len(traceIDs))
	}
}

func mustHex(s string) []byte {
	b := make([]byte, len(s)/2)
	for i := range b {
		n, _ := strconv.ParseUint(s[2*i:2*i+2], 16, 8)
		b[i] = byte(n)
	}
	return b
}

// cancelOn is the server's log handler, with a hook: when the request named id logs msg, its
// context ends, as when a client hangs up while the request runs.
type cancelOn struct {
	slog.Handler
	mu   sync.Mutex
	hook map[string]func() // by request id
	msg  string
}

func (h *cancelOn) Handle(ctx context.Context, r slog.Record) error {
	if r.Message == h.msg {
		h.mu.Lock()
		f := h.hook[requestid.FromContext(ctx)]
		h.mu.Unlock()
		if f != nil {
			f()
		}
	}
	return h.Handler.Handle(ctx, r)
}

func (h *cancelOn) WithAttrs(as []slog.Attr) slog.Handler {
	return &cancelOn{Handler: h.Handler.WithAttrs(as), hook: h.hook, msg: h.msg}
}

// A request whose client went away is logged as cancelled (INFO), one past its deadline as a
// timeout (WARN); neither is logged as an internal error. The requests go through the whole
// handler, with the server's own log handler; their context ends while they run (at the
// permission check, which logs at DEBUG), or before they start.
func TestCancelledRequestsAreNotErrors(t *testing.T) {
	env := apitest.New(t)
	tok := staff(t, env, "mentoring")
	logs := &lockedBuffer{}
	h := &cancelOn{Handler: web.LogHandler{Handler: slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})},
		hook: map[string]func(){}, msg: "policy: allowed"}
	old := slog.Default()
	slog.SetDefault(slog.New(h))
	t.Cleanup(func() { slog.SetDefault(old) })

	search := `{"query":"query Search($q: String!) { search(query: $q) { totalCount } }","variables":{"q":"%s"}}`
	pending := `{"query":"{ pendingAccounts(first: 5) { totalCount } }"}`
	const (
		whileRunning = iota // the context ends at the permission check
		before              // the context ended before the request
	)
	for _, c := range []struct {
		name    string
		when    int
		timeout bool
		header  http.Header
		body    string
		level   string // "" when no line is expected
		message string
		reason  string
	}{
		{"pending accounts, cancelled while running", whileRunning, false, bearer(tok), pending, "INFO", "request cancelled", "CANCELLED"},
		{"pending accounts, deadline passed while running", whileRunning, true, bearer(tok), pending, "WARN", "request timeout", "TIMEOUT"},
		{"search, cancelled before", before, false, nil, fmt.Sprintf(search, "accès avant"), "", "", ""},
		{"signed in, cancelled before", before, false, bearer(tok), `{"query":"{ me { id } }"}`, "INFO", "request cancelled", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			id := "cancel-" + strings.NewReplacer(" ", "-", ",", "").Replace(c.name)
			var ctx context.Context
			var cancel context.CancelFunc
			if c.timeout {
				// The deadline is far enough for the request to reach its permission check; the
				// hook then waits for it.
				ctx, cancel = context.WithTimeout(context.Background(), 3*time.Second)
				h.mu.Lock()
				h.hook[id] = func() { <-ctx.Done() }
				h.mu.Unlock()
			} else {
				ctx, cancel = context.WithCancel(context.Background())
				h.mu.Lock()
				h.hook[id] = cancel
				h.mu.Unlock()
			}
			defer cancel()
			if c.when == before {
				cancel()
			}
			req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/spaces/mentoring/graphql", strings.NewReader(c.body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("X-Request-Id", id)
			for k, vs := range c.header {
				req.Header[k] = vs
			}
			rec := httptest.NewRecorder()
			env.Server.Handler().ServeHTTP(rec, req)
			if c.reason != "" && !strings.Contains(rec.Body.String(), `"reason":"`+c.reason+`"`) {
				t.Errorf("answer: %d %s", rec.Code, rec.Body)
			}
			var found bool
			for _, l := range logs.lines() {
				if l["request_id"] != id {
					continue
				}
				if l["level"] == "ERROR" {
					t.Errorf("logged as an error: %v", l)
				}
				if c.message != "" && l["msg"] == c.message {
					found = true
					if l["level"] != c.level {
						t.Errorf("%q logged at %v, want %s", c.message, l["level"], c.level)
					}
				}
			}
			if c.message != "" && !found {
				t.Errorf("no %q line among %v", c.message, logs.lines())
			}
		})
	}
}
