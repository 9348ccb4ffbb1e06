package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"guichet/store"
	"guichet/store/storetest"
)

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// The binary's journey: serve migrates and imports the shipped content into a new database,
// answers, and stops cleanly on SIGTERM; migrate and import work on the same data directory,
// and a second import changes nothing.
func TestServeMigrateImport(t *testing.T) {
	dir := t.TempDir()
	addr := freeAddr(t)
	t.Setenv("DATA_DIR", dir) // flags and environment variables are equivalent
	t.Setenv("DATABASE_URL", storetest.EmptyURL(t))
	logs := &lockedBuffer{}
	defer slog.SetDefault(slog.Default())
	slog.SetDefault(slog.New(slog.NewJSONHandler(logs, nil))) // as main logs
	done := make(chan error, 1)
	go func() { done <- run([]string{"serve", "--addr", addr, "--public-url", "http://example.test/"}) }()

	var resp *http.Response
	var err error
	for start := time.Now(); time.Since(start) < 30*time.Second; {
		if resp, err = http.Get("http://" + addr + "/readyz"); err == nil {
			break
		}
		select {
		case err := <-done:
			t.Fatalf("serve stopped: %v", err)
		case <-time.After(50 * time.Millisecond):
		}
	}
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("readyz: %v %v", resp, err)
	}
	resp.Body.Close()
	q := `{"query":"{ space { slug } resources(first: 1) { edges { node { url } } } }"}`
	resp, err = http.Post("http://"+addr+"/spaces/mentoring/graphql", "application/json", strings.NewReader(q))
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Data struct {
			Space     struct{ Slug string }
			Resources struct {
				Edges []struct{ Node struct{ URL string } }
			}
		}
	}
	json.NewDecoder(resp.Body).Decode(&out)
	resp.Body.Close()
	if out.Data.Space.Slug != "mentoring" || len(out.Data.Resources.Edges) != 1 ||
		!strings.HasPrefix(out.Data.Resources.Edges[0].Node.URL, "http://example.test/spaces/mentoring/files/") {
		t.Fatalf("answer: %+v", out)
	}
	// The start is logged with the mail transport as its URL says (file://…), not a failure to
	// encode the transport's fields.
	if want := `"mail":"file://` + filepath.ToSlash(filepath.Join(dir, "mail")) + `"`; !strings.Contains(logs.String(), want) {
		t.Fatalf("the start's log lacks %s:\n%s", want, logs.String())
	}
	if strings.Contains(logs.String(), "!ERROR") {
		t.Fatalf("a log attribute failed to encode:\n%s", logs.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "guichet.db")); err != nil && !storetest.Postgres() {
		t.Fatalf("no SQLite file in DATA_DIR: %v", err)
	}

	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve after SIGTERM: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop on SIGTERM")
	}

	if err := run([]string{"migrate"}); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	out2 := captureStdout(t, func() {
		if err := run([]string{"import"}); err != nil {
			t.Fatalf("import: %v", err)
		}
	})
	if !strings.Contains(out2, "guides: 0 created, 0 updated") {
		t.Fatalf("a second import changed something: %s", out2)
	}
	if err := run([]string{"frobnicate"}); err == nil {
		t.Fatal("unknown command accepted")
	}
}

// A database that a newer release migrated is refused at start (and by migrate): this
// binary would misread it.
func TestServeRefusesANewerSchema(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("DATA_DIR", dir)
	t.Setenv("DATABASE_URL", storetest.EmptyURL(t))
	if err := run([]string{"migrate"}); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	db, err := store.Open(os.Getenv("DATABASE_URL"), dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.SQL.Exec(db.Rebind(`INSERT INTO schema_migrations (version, name) VALUES (?, ?)`), "99991231235959", "newer")
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"serve", "migrate"} {
		err := run([]string{cmd, "--addr", freeAddr(t)})
		if !errors.Is(err, store.ErrSchemaAhead) {
			t.Errorf("%s on a newer schema: %v, want ErrSchemaAhead", cmd, err)
		}
	}
}

// An import of a folder with errors reports them by file and line and writes nothing.
func TestImportReportsErrors(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("DATABASE_URL", storetest.EmptyURL(t))
	src := filepath.Join(dir, "content", "spaces", "demo")
	os.MkdirAll(filepath.Join(src, "guides"), 0o755)
	os.WriteFile(filepath.Join(src, "space.yaml"), []byte("name: {fr: Démo, en: Demo}\ndefault_locale: de\n"), 0o644)
	os.WriteFile(filepath.Join(src, "guides", "a.fr.md"), []byte("---\ntitle: A\n---\nCorps.\n"), 0o644)
	err := run([]string{"import", "--data-dir", filepath.Join(dir, "data"), filepath.Join(dir, "content")})
	if err == nil {
		t.Fatal("import of a broken folder succeeded")
	}
	msg := fmt.Sprint(err)
	if !strings.Contains(msg, "spaces/demo/space.yaml:2") {
		t.Fatalf("error without file:line: %s", msg)
	}
}

func captureStdout(t *testing.T, f func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = w
	defer func() { os.Stdout = old }()
	f()
	w.Close()
	b := make([]byte, 1<<16)
	n, _ := r.Read(b)
	return string(b[:n])
}

func TestUserCreate(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("DATABASE_URL", storetest.EmptyURL(t))
	t.Setenv("GUICHET_PASSWORD", "Tournesol-Velo-42!")
	out := captureStdout(t, func() {
		if err := run([]string{"user", "create", "--data-dir", dir, "--space", "facilitators", "--email", "Admin@Example.org",
			"--role", "admin", "--first-name", "Ada", "--last-name", "Admin"}); err != nil {
			t.Fatalf("user create: %v", err)
		}
	})
	if !strings.Contains(out, "created account") || !strings.Contains(out, "admin") {
		t.Fatalf("output: %q", out)
	}
	// A founding facilitator, with a belt.
	t.Setenv("GUICHET_PASSWORD", "Tournesol-Velo-42!")
	out = captureStdout(t, func() {
		if err := run([]string{"user", "create", "--data-dir", dir, "--space", "facilitators", "--email", "blue@example.org",
			"--role", "facilitator", "--belt", "BLUE"}); err != nil {
			t.Fatalf("user create --belt: %v", err)
		}
	})
	if !strings.Contains(out, "facilitator and the belt blue") {
		t.Fatalf("output: %q", out)
	}
	// The same address again: refused.
	if err := run([]string{"user", "create", "--data-dir", dir, "--space", "facilitators", "--email", "admin@example.org", "--role", "staff"}); err == nil {
		t.Fatal("a second account with the same address was created")
	}
	// A password against the space's policy: refused, rule by rule.
	t.Setenv("GUICHET_PASSWORD", "court")
	err := run([]string{"user", "create", "--data-dir", dir, "--space", "facilitators", "--email", "x@example.org", "--role", "editor"})
	if err == nil || !strings.Contains(err.Error(), "12") {
		t.Fatalf("weak password: %v", err)
	}
	// Roles are granted in the space or in a scope of it.
	out = captureStdout(t, func() {
		if err := run([]string{"user", "grant", "--data-dir", dir, "--space", "facilitators", "--email", "admin@example.org", "--role", "staff"}); err != nil {
			t.Fatalf("grant: %v", err)
		}
		if err := run([]string{"user", "grant", "--data-dir", dir, "--space", "facilitators", "--email", "admin@example.org",
			"--role", "entity-manager", "--scope", "entity:12"}); err != nil {
			t.Fatalf("scoped grant: %v", err)
		}
	})
	if !strings.Contains(out, "granted staff to Admin@Example.org in facilitators") || !strings.Contains(out, "in facilitators/entity:12") {
		t.Fatalf("grant output: %q", out)
	}
	for _, bad := range [][]string{
		{"user", "grant", "--data-dir", dir, "--space", "facilitators", "--email", "admin@example.org", "--role", "entity-manager"},
		{"user", "grant", "--data-dir", dir, "--space", "facilitators", "--email", "admin@example.org", "--role", "staff", "--scope", "entity:1"},
		{"user", "grant", "--data-dir", dir, "--space", "facilitators", "--email", "nobody@example.org", "--role", "staff"},
		{"user", "create", "--data-dir", dir, "--space", "nowhere", "--email", "y@example.org", "--role", "staff"},
		{"user", "create", "--data-dir", dir, "--space", "facilitators", "--email", "y@example.org", "--role", "emperor"},
		{"user", "create", "--data-dir", dir, "--space", "facilitators"},
		{"user", "create", "--data-dir", dir, "--space", "facilitators", "--email", "z@example.org", "--role", "facilitator", "--belt", "PURPLE"},
		{"user", "create", "--data-dir", dir, "--space", "facilitators", "--email", "z@example.org", "--role", "editor", "--belt", "BLUE"},
		{"user", "delete"},
	} {
		if err := run(bad); err == nil {
			t.Errorf("%v accepted", bad)
		}
	}
}

// The HTTP server's timeouts come from the configuration (a flag wins over its variable), and
// a client that never finishes its headers is cut off.
func TestHTTPServerTimeouts(t *testing.T) {
	parse := func(args ...string) config {
		var cfg config
		fs := flag.NewFlagSet("test", flag.ContinueOnError)
		cfg.flags(fs)
		if err := fs.Parse(args); err != nil {
			t.Fatal(err)
		}
		return cfg
	}
	for _, v := range []string{"READ_HEADER_TIMEOUT", "READ_TIMEOUT", "WRITE_TIMEOUT", "IDLE_TIMEOUT"} {
		t.Setenv(v, "")
	}
	def := httpServer(parse(), http.NotFoundHandler())
	if def.ReadHeaderTimeout != 10*time.Second || def.ReadTimeout != 60*time.Second || def.WriteTimeout != 60*time.Second ||
		def.IdleTimeout != 120*time.Second || def.MaxHeaderBytes != 64<<10 {
		t.Fatalf("defaults: %+v", def)
	}
	t.Setenv("READ_HEADER_TIMEOUT", "300ms")
	t.Setenv("READ_TIMEOUT", "3s")
	t.Setenv("WRITE_TIMEOUT", "4s")
	t.Setenv("IDLE_TIMEOUT", "5s")
	srv := httpServer(parse("--write-timeout", "7s"), http.NotFoundHandler())
	if srv.ReadHeaderTimeout != 300*time.Millisecond || srv.ReadTimeout != 3*time.Second || srv.WriteTimeout != 7*time.Second || srv.IdleTimeout != 5*time.Second {
		t.Fatalf("configured: %+v", srv)
	}

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(l)
	defer srv.Close()
	conn, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	start := time.Now()
	fmt.Fprint(conn, "GET / HTTP/1.1\r\nHost: example\r\n") // and never the blank line
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	io.Copy(io.Discard, conn) // returns when the server closes the connection
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("a client that never finished its headers held the connection %v", d)
	}
}

func TestModeIsChecked(t *testing.T) {
	if err := run([]string{"migrate", "--mode", "prod"}); err == nil || !strings.Contains(err.Error(), "MODE") {
		t.Fatalf("unknown mode: %v", err)
	}
}

// TRUSTED_PROXIES: a list of networks that implies trusting a proxy; TRUST_PROXY=true alone
// trusts the default networks; a list that cannot be read stops the server.
func TestTrustedProxiesConfiguration(t *testing.T) {
	for _, tc := range []struct {
		name       string
		args       []string
		trust      bool
		proxies    string
		badProxies bool
	}{
		{"neither", nil, false, "[]", false},
		{"TRUST_PROXY alone", []string{"--trust-proxy"}, true, "[]", false},
		{"a list", []string{"--trusted-proxies", "10.0.0.0/8,2001:db8::1"}, true, "[10.0.0.0/8 2001:db8::1/128]", false},
		{"an unreadable list", []string{"--trusted-proxies", "10.0.0.0/8,proxy.internal"}, false, "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var c config
			fs := flag.NewFlagSet("test", flag.ContinueOnError)
			c.flags(fs)
			if err := fs.Parse(tc.args); err != nil {
				t.Fatal(err)
			}
			err := c.check()
			if tc.badProxies {
				if err == nil || !strings.Contains(err.Error(), "TRUSTED_PROXIES") {
					t.Fatalf("check: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			trust, proxies := c.proxies()
			if trust != tc.trust || fmt.Sprint(proxies) != tc.proxies {
				t.Fatalf("proxies: %v %v", trust, proxies)
			}
		})
	}
}

func TestAccountsImport(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("DATABASE_URL", storetest.EmptyURL(t))
	csvFile := filepath.Join(dir, "legacy.csv")
	if err := os.WriteFile(csvFile, []byte("email,first_name,last_name,locale,trained_on,migrated,belt\n"+
		"ancien@example.org,Marc,Ancien,fr,2021-05-12,true,yellow\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	args := []string{"accounts", "import", "--data-dir", dir, "--space", "facilitators", csvFile}
	for _, want := range []string{"1 created (1 migrated, 0 awaiting migration), 0 already there",
		"0 created (0 migrated, 0 awaiting migration), 1 already there"} {
		out := captureStdout(t, func() {
			if err := run(args); err != nil {
				t.Fatalf("accounts import: %v", err)
			}
		})
		if !strings.Contains(out, want) {
			t.Fatalf("output %q, want %q", out, want)
		}
	}
	if err := os.WriteFile(csvFile, []byte("email,first_name,last_name,locale,trained_on,migrated\nx@example.org,X,Y,fr,hier,true\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	err := run(args)
	if err == nil || !strings.Contains(err.Error(), csvFile+":line 2: trained_on") || !strings.Contains(err.Error(), "nothing was imported") {
		t.Fatalf("a bad row: %v", err)
	}
	for _, bad := range [][]string{{"accounts"}, {"accounts", "import", "--data-dir", dir, csvFile}, {"accounts", "import", "--data-dir", dir, "--space", "facilitators"}} {
		if err := run(bad); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
}

// lockedBuffer is a log destination the server's goroutines and the test share.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// A Go user's first `go build` has no build tag: the binary it makes says in one line how to
// build it and exits non-zero, before anything is migrated (not "no such module: fts5").
func TestBuiltWithoutTheTagSaysHowToBuild(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		goBin = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "guichet")
	build := exec.Command(goBin, "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "GOFLAGS=", "CGO_ENABLED=1")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build (no tag): %v\n%s", err, out)
	}
	for _, args := range [][]string{{"migrate"}, {}} { // `migrate`, and `go run .`'s serve
		cmd := exec.Command(bin, append(args, "--data-dir", filepath.Join(dir, "data"), "--addr", "127.0.0.1:0")...)
		cmd.Env = append(os.Environ(), "DATABASE_URL=")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() == 0 {
			t.Fatalf("%v: %v, want a non-zero exit; stderr %s", args, err, stderr.String())
		}
		lines := strings.Split(strings.TrimRight(stderr.String(), "\n"), "\n")
		if len(lines) != 1 || !strings.Contains(lines[0], "make build") || !strings.Contains(lines[0], "go build -tags sqlite_fts5") {
			t.Errorf("%v: stderr %q, want one line saying how to build", args, stderr.String())
		}
	}
}
