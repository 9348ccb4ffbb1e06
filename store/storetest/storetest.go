// Package storetest gives each test a database of its own, migrated: a SQLite file in a
// directory of the test's, or, when GUICHET_TEST_DATABASE_URL names a PostgreSQL server
// (postgres://user@host:port/db), a new database on that server, dropped when the test ends.
// So every test runs unchanged on either store: `make test` and `make test-postgres`.
package storetest

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"

	"guichet/store"
)

// EnvURL is the variable naming the PostgreSQL server tests run on.
const EnvURL = "GUICHET_TEST_DATABASE_URL"

// ServerURL is the PostgreSQL server tests run on, "" for SQLite.
func ServerURL() string { return os.Getenv(EnvURL) }

// Postgres reports whether tests run on PostgreSQL.
func Postgres() bool { return ServerURL() != "" }

// Open returns a migrated database for t (dir holds the SQLite file), closed when t ends,
// when no query may still hold a connection (one would outlive the test and race with the
// removal of its files).
func Open(t testing.TB, dir string) *store.DB {
	t.Helper()
	db, err := store.Open(URL(t, dir), dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if n := db.SQL.Stats().InUse; n > 0 {
			t.Errorf("%d database connections still in use when the test ends: a query still running, or rows never closed", n)
		}
		db.Close()
	})
	if err := db.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	return db
}

// URL is the DATABASE_URL of the database of dir: the SQLite file guichet.db in dir, or a new
// PostgreSQL database, already migrated (a copy of a template migrated once), dropped when t
// ends. The same dir is the same database, as the same SQLite file would be (a test that
// reopens it, as a restarted server would).
func URL(t testing.TB, dir string) string {
	t.Helper()
	server := ServerURL()
	if server == "" {
		return ""
	}
	byDir.Lock()
	defer byDir.Unlock()
	if u, ok := byDir.urls[dir]; ok {
		return u
	}
	tpl, err := template(server)
	if err != nil {
		t.Fatal(err)
	}
	u := NewDatabase(t, server, tpl)
	byDir.urls[dir] = u
	t.Cleanup(func() {
		byDir.Lock()
		delete(byDir.urls, dir)
		byDir.Unlock()
	})
	return u
}

var byDir = struct {
	sync.Mutex
	urls map[string]string
}{urls: map[string]string{}}

// EmptyURL is URL without the migrations: a new, empty PostgreSQL database ("" on SQLite,
// where a new file is empty).
func EmptyURL(t testing.TB) string {
	t.Helper()
	server := ServerURL()
	if server == "" {
		return ""
	}
	return NewDatabase(t, server, "template0")
}

// NewDatabase creates a database on server copied from template and returns its URL; it is
// dropped when t ends.
func NewDatabase(t testing.TB, server, template string) string {
	t.Helper()
	admin, err := sql.Open("pgx", server)
	if err != nil {
		t.Fatal(err)
	}
	name := "test_" + randomHex(8)
	if _, err := admin.Exec(`CREATE DATABASE ` + name + ` TEMPLATE ` + template); err != nil {
		admin.Close()
		t.Fatalf("creating a test database: %v", err)
	}
	t.Cleanup(func() {
		defer admin.Close()
		if _, err := admin.Exec(`DROP DATABASE IF EXISTS ` + name + ` WITH (FORCE)`); err != nil {
			t.Errorf("dropping %s: %v", name, err)
		}
	})
	return withDatabase(server, name)
}

func withDatabase(server, name string) string {
	u, err := url.Parse(server)
	if err != nil {
		return server
	}
	u.Path = "/" + name
	return u.String()
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

var (
	templateOnce sync.Once
	templateName string
	templateErr  error
)

// template is a database holding the current migrations, made once per set of migrations
// (its name carries their checksum) and shared by test processes: copying it is much
// quicker than migrating each test's database.
func template(server string) (string, error) {
	templateOnce.Do(func() { templateName, templateErr = makeTemplate(server) })
	return templateName, templateErr
}

func makeTemplate(server string) (string, error) {
	ms, err := store.Migrations("postgres")
	if err != nil {
		return "", err
	}
	h := sha256.New()
	for _, m := range ms {
		fmt.Fprintln(h, m.Version, m.Name, strings.Join(m.Stmts, "\n"))
	}
	name := "guichet_template_" + hex.EncodeToString(h.Sum(nil))[:16]
	ctx := context.Background()
	admin, err := sql.Open("pgx", server)
	if err != nil {
		return "", err
	}
	defer admin.Close()
	conn, err := admin.Conn(ctx)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	// Test binaries run in parallel: one makes the template, the others wait for it.
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock(61830275)`); err != nil {
		return "", err
	}
	defer conn.ExecContext(ctx, `SELECT pg_advisory_unlock(61830275)`)
	var n int
	if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM pg_database WHERE datname = $1`, name).Scan(&n); err != nil {
		return "", err
	}
	if n > 0 {
		return name, nil
	}
	building := name + "_building"
	conn.ExecContext(ctx, `DROP DATABASE IF EXISTS `+building+` WITH (FORCE)`)
	if _, err := conn.ExecContext(ctx, `CREATE DATABASE `+building+` TEMPLATE template0`); err != nil {
		return "", err
	}
	db, err := store.Open(withDatabase(server, building), "")
	if err != nil {
		return "", err
	}
	err = db.Migrate(ctx)
	db.Close()
	if err != nil {
		return "", fmt.Errorf("migrating the template database: %w", err)
	}
	if _, err := conn.ExecContext(ctx, `ALTER DATABASE `+building+` RENAME TO `+name); err != nil {
		return "", err
	}
	return name, nil
}
