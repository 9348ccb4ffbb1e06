// Package apitest runs a real Guichet for tests: a SQLite file in a temporary directory (or a
// PostgreSQL database: store/storetest) with the shipped content imported, behind a real HTTP
// server, queried with real GraphQL requests; or several servers on one database. The contract's operations are kept in contract/ (a copy of ../shared/contract).
package apitest

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"guichet/account"
	"guichet/app"
	"guichet/mail"
	"guichet/password"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/textproto"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"guichet/blob"
	"guichet/blob/blobtest"
	"guichet/content"
	"guichet/help"
	"guichet/store"
	"guichet/store/storetest"
	"guichet/web"
	"strconv"
)

//go:embed contract/*.graphql
var contract embed.FS

// Contract returns the text of one of the contract's files, e.g. "help.graphql".
func Contract(t testing.TB, name string) string {
	t.Helper()
	b, err := contract.ReadFile("contract/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

var quietLogs sync.Once

// Env is a running Guichet.
type Env struct {
	URL string
	// App is every service and worker, built by package app as the command builds them.
	App      *app.App
	DB       *store.DB
	Server   *web.Server
	Blobs    blob.Store
	HTTP     *http.Client
	Accounts *account.Service
	Mail     *mail.Worker
	MailDir  string
	Clock    *Clock

	seen map[string]bool // .eml files already read
}

// Clock is the time of the server under test: the real time, plus however far tests moved
// it forward (so that times the database fills in itself stay in step).
type Clock struct {
	mu     sync.Mutex
	offset time.Duration
}

// Now is the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return time.Now().Add(c.offset)
}

// Advance moves the clock forward.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.offset += d
}

// TestHasher is argon2id with small costs, so that tests that sign in many times stay fast;
// the costs of the real parameters are measured by the benchmarks.
var TestHasher = password.Hasher{Params: password.Params{Memory: 64, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}}

// PublicURL is the PUBLIC_URL of the server under test: links in e-mails start with it.
const PublicURL = "http://guichet.test"

// New starts Guichet on a new database (a SQLite file, or a PostgreSQL database when
// GUICHET_TEST_DATABASE_URL is set: see store/storetest) with the shipped content imported;
// its webhooks may reach the test's own servers.
func New(t testing.TB) *Env {
	t.Helper()
	dir := t.TempDir()
	return start(t, 1, web.Options{}, true, dir, blob.Dir{Root: filepath.Join(dir, "blobs")})[0]
}

// NewWith starts Guichet with server options (by default, tests run without the read cache,
// so that every request exercises the whole path); its webhooks reach public addresses only.
func NewWith(t testing.TB, opts web.Options) *Env {
	t.Helper()
	dir := t.TempDir()
	return start(t, 1, opts, false, dir, blob.Dir{Root: filepath.Join(dir, "blobs")})[0]
}

// NewReplicas starts n servers on one database, as replicas behind a load balancer run:
// each has its own connection pool, policy, workers (Mail, App.Webhooks, App.Editing's
// scheduler, run by the test) and mail directory; they share the database, the secret key,
// the clock, and a blob store in an S3-compatible object store (an in-process server). Their
// webhooks may reach the test's own servers.
func NewReplicas(t testing.TB, n int, opts web.Options) []*Env {
	t.Helper()
	blobs, err := blob.Open(context.Background(), blobtest.S3(t), "")
	if err != nil {
		t.Fatal(err)
	}
	return start(t, n, opts, true, t.TempDir(), blobs)
}

func start(t testing.TB, n int, opts web.Options, webhookPrivate bool, dir string, blobs blob.Store) []*Env {
	t.Helper()
	quietLogs.Do(func() {
		// Access logs of test servers would drown the test output; warnings and errors stay.
		slog.SetDefault(slog.New(web.LogHandler{Handler: slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})}))
	})
	first := storetest.Open(t, dir)
	ctx := context.Background()
	bundle, err := content.Load(content.Shipped)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := content.Import(ctx, first.Client, blobs, bundle, content.Options{AfterWrite: help.Reindex}); err != nil {
		t.Fatal(err)
	}
	clock := &Clock{}
	envs := make([]*Env, n)
	for i := range envs {
		db := first
		if i > 0 { // another process's pool on the same database
			db = storetest.Open(t, dir)
		}
		mailDir := filepath.Join(dir, "mail")
		if i > 0 {
			mailDir += "-" + strconv.Itoa(i)
		}
		// The secret key is the data directory's, so all replicas share it.
		a, err := app.Assemble(ctx, app.Config{DataDir: dir, PublicURL: PublicURL, CacheTTL: opts.CacheTTL,
			MailURL: "file://" + mailDir, MailFrom: "Guichet <no-reply@guichet.test>", UploadMax: opts.MaxUploadBytes,
			WebhookPrivate: webhookPrivate, Now: clock.Now, Hasher: &TestHasher}, app.Stores{DB: db, Blobs: blobs})
		if err != nil {
			t.Fatal(err)
		}
		srv, err := a.Server(opts)
		if err != nil {
			t.Fatal(err)
		}
		hs := httptest.NewServer(srv.Handler())
		t.Cleanup(hs.Close)
		envs[i] = &Env{URL: hs.URL, App: a, DB: db, Server: srv, Blobs: blobs, HTTP: hs.Client(), Accounts: a.Accounts,
			Mail: a.Mail, MailDir: mailDir, Clock: clock, seen: map[string]bool{}}
	}
	return envs
}

// Request is one GraphQL request.
type Request struct {
	Space         string // "" for /graphql
	Query         string
	OperationName string
	Variables     map[string]any
	Header        http.Header
	Method        string // POST (default) or GET
}

// Response is what came back.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
	Data   map[string]any
	Errors []Error
}

// Error is one GraphQL error of a response.
type Error struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// Code is the error's extensions.code.
func (e Error) Code() string { s, _ := e.Extensions["code"].(string); return s }

// Endpoint is the GraphQL address of space ("" for the default space).
func (e *Env) Endpoint(space string) string {
	if space == "" {
		return e.URL + "/graphql"
	}
	return e.URL + "/spaces/" + space + "/graphql"
}

// Do sends r and decodes the answer.
func (e *Env) Do(t testing.TB, r Request) *Response {
	t.Helper()
	var req *http.Request
	var err error
	if r.Method == http.MethodGet {
		q := url.Values{"query": {r.Query}}
		if r.OperationName != "" {
			q.Set("operationName", r.OperationName)
		}
		if r.Variables != nil {
			b, _ := json.Marshal(r.Variables)
			q.Set("variables", string(b))
		}
		req, err = http.NewRequest(http.MethodGet, e.Endpoint(r.Space)+"?"+q.Encode(), nil)
	} else {
		body, _ := json.Marshal(map[string]any{"query": r.Query, "operationName": r.OperationName, "variables": r.Variables})
		req, err = http.NewRequest(http.MethodPost, e.Endpoint(r.Space), bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
	}
	if err != nil {
		t.Fatal(err)
	}
	for k, vs := range r.Header {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	return e.Send(t, req)
}

// Send sends a prepared HTTP request and decodes a GraphQL answer from it.
func (e *Env) Send(t testing.TB, req *http.Request) *Response {
	t.Helper()
	resp, err := e.HTTP.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	out := &Response{Status: resp.StatusCode, Header: resp.Header, Body: body}
	if strings.Contains(resp.Header.Get("Content-Type"), "json") {
		var decoded struct {
			Data   map[string]any `json:"data"`
			Errors []Error        `json:"errors"`
		}
		if err := json.Unmarshal(body, &decoded); err != nil {
			t.Fatalf("decoding %s: %v", body, err)
		}
		out.Data, out.Errors = decoded.Data, decoded.Errors
	}
	return out
}

// Op runs the named operation of a contract file against space, with variables.
func (e *Env) Op(t testing.TB, file, op, space string, vars map[string]any, header http.Header) *Response {
	t.Helper()
	r := e.Do(t, Request{Space: space, Query: Contract(t, file), OperationName: op, Variables: vars, Header: header})
	if r.Status == http.StatusOK && len(r.Errors) == 0 {
		ranOK.Store(file+"#"+op, true)
	}
	return r
}

// ranOK holds the contract operations that answered without errors, as file#name.
var ranOK sync.Map

// NotRun lists the operations of the contract files that no Op of this process answered
// without errors: what a package's tests leave unproven of the contract.
func NotRun(files ...string) ([]string, error) {
	var out []string
	for _, f := range files {
		b, err := contract.ReadFile("contract/" + f)
		if err != nil {
			return nil, err
		}
		doc, perr := parser.ParseQuery(&ast.Source{Name: f, Input: string(b)})
		if perr != nil {
			return nil, perr
		}
		for _, o := range doc.Operations {
			if _, ok := ranOK.Load(f + "#" + o.Name); !ok {
				out = append(out, f+"#"+o.Name)
			}
		}
	}
	return out, nil
}

// MustOK fails the test when the response has errors or a non-200 status.
func (r *Response) MustOK(t testing.TB) *Response {
	t.Helper()
	if r.Status != http.StatusOK || len(r.Errors) > 0 {
		t.Fatalf("status %d, errors %+v, body %s", r.Status, r.Errors, r.Body)
	}
	return r
}

// Get reads a value by a dotted path ("guide.translations.0.slug") in the response data.
func (r *Response) Get(path string) any {
	var cur any = r.Data
	for _, part := range strings.Split(path, ".") {
		switch c := cur.(type) {
		case map[string]any:
			cur = c[part]
		case []any:
			i := 0
			for _, ch := range part {
				if ch < '0' || ch > '9' {
					return nil
				}
				i = i*10 + int(ch-'0')
			}
			if i >= len(c) {
				return nil
			}
			cur = c[i]
		default:
			return nil
		}
	}
	return cur
}

// Str reads a string by path ("" when absent).
func (r *Response) Str(path string) string { s, _ := r.Get(path).(string); return s }

// Int reads a number by path (-1 when absent).
func (r *Response) Int(path string) int {
	if f, ok := r.Get(path).(float64); ok {
		return int(f)
	}
	return -1
}

// Len is the length of the list at path (-1 when absent).
func (r *Response) Len(path string) int {
	if l, ok := r.Get(path).([]any); ok {
		return len(l)
	}
	return -1
}

// OpUpload runs the named operation of a contract file as a GraphQL multipart request whose
// variable at path (dotted: "input.logo") is the file; an answer without errors counts for
// the contract as Op's do.
func (e *Env) OpUpload(t testing.TB, file, op, space string, vars map[string]any, path, filename, contentType string, content []byte, header http.Header) *Response {
	t.Helper()
	r := e.upload(t, space, Contract(t, file), op, vars, path, filename, contentType, content, header)
	if r.Status == http.StatusOK && len(r.Errors) == 0 {
		ranOK.Store(file+"#"+op, true)
	}
	return r
}

// Upload sends a GraphQL multipart request (the spec's operations + map + one file) whose
// variable fileVar is the file.
func (e *Env) Upload(t testing.TB, space, query string, vars map[string]any, fileVar, filename, contentType string, content []byte, header http.Header) *Response {
	t.Helper()
	return e.upload(t, space, query, "", vars, fileVar, filename, contentType, content, header)
}

func (e *Env) upload(t testing.TB, space, query, opName string, vars map[string]any, fileVar, filename, contentType string, content []byte, header http.Header) *Response {
	t.Helper()
	if vars == nil {
		vars = map[string]any{}
	}
	at := vars
	parts := strings.Split(fileVar, ".")
	for _, p := range parts[:len(parts)-1] {
		next, ok := at[p].(map[string]any)
		if !ok {
			next = map[string]any{}
			at[p] = next
		}
		at = next
	}
	at[parts[len(parts)-1]] = nil
	ops, _ := json.Marshal(map[string]any{"query": query, "variables": vars, "operationName": opName})
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	w.WriteField("operations", string(ops))
	w.WriteField("map", `{"0": ["variables.`+fileVar+`"]}`)
	h := make(textproto.MIMEHeader)
	h.Set("Content-Disposition", `form-data; name="0"; filename="`+filename+`"`)
	h.Set("Content-Type", contentType)
	part, err := w.CreatePart(h)
	if err != nil {
		t.Fatal(err)
	}
	part.Write(content)
	w.Close()
	req, err := http.NewRequest(http.MethodPost, e.Endpoint(space), &body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", w.FormDataContentType())
	for k, vs := range header {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	return e.Send(t, req)
}

// Body2 is the response body as a string.
func (r *Response) Body2() string { return string(r.Body) }

// File is one file of a multipart GraphQL request, given to the variable at Path
// ("input.legalExistenceProof").
type File struct {
	Path        string
	Name        string
	ContentType string
	Content     []byte
}

// UploadFiles sends a GraphQL multipart request (the spec's operations, map, and one part per
// file) whose variables at the files' paths are the files.
func (e *Env) UploadFiles(t testing.TB, space string, r Request, files []File) *Response {
	t.Helper()
	vars := cloneVars(r.Variables)
	mapping := map[string][]string{}
	for i, f := range files {
		setPath(vars, strings.Split(f.Path, "."))
		mapping[strconv.Itoa(i)] = []string{"variables." + f.Path}
	}
	ops, _ := json.Marshal(map[string]any{"query": r.Query, "operationName": r.OperationName, "variables": vars})
	m, _ := json.Marshal(mapping)
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	w.WriteField("operations", string(ops))
	w.WriteField("map", string(m))
	for i, f := range files {
		h := make(textproto.MIMEHeader)
		h.Set("Content-Disposition", `form-data; name="`+strconv.Itoa(i)+`"; filename="`+f.Name+`"`)
		h.Set("Content-Type", f.ContentType)
		part, err := w.CreatePart(h)
		if err != nil {
			t.Fatal(err)
		}
		part.Write(f.Content)
	}
	w.Close()
	req, err := http.NewRequest(http.MethodPost, e.Endpoint(space), &body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", w.FormDataContentType())
	for k, vs := range r.Header {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	return e.Send(t, req)
}

// OpFiles runs the named operation of a contract file with files (UploadFiles).
func (e *Env) OpFiles(t testing.TB, file, op, space string, vars map[string]any, files []File, header http.Header) *Response {
	t.Helper()
	r := e.UploadFiles(t, space, Request{Query: Contract(t, file), OperationName: op, Variables: vars, Header: header}, files)
	if r.Status == http.StatusOK && len(r.Errors) == 0 {
		ranOK.Store(file+"#"+op, true)
	}
	return r
}

// cloneVars copies variables deeply enough for setPath to write into the copy.
func cloneVars(v map[string]any) map[string]any {
	out := make(map[string]any, len(v))
	for k, x := range v {
		if m, ok := x.(map[string]any); ok {
			x = cloneVars(m)
		}
		out[k] = x
	}
	return out
}

// setPath sets the variable at path to null, making the maps on the way.
func setPath(vars map[string]any, path []string) {
	for _, p := range path[:len(path)-1] {
		next, ok := vars[p].(map[string]any)
		if !ok {
			next = map[string]any{}
			vars[p] = next
		}
		vars = next
	}
	vars[path[len(path)-1]] = nil
}
