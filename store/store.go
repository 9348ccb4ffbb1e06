// Package store opens Guichet's database: the embedded SQLite file by default, with the
// pragmas it needs (WAL, foreign keys, busy timeout, immediate write transactions).
package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/mattn/go-sqlite3"

	"guichet/ent"
	_ "guichet/ent/runtime"
)

// DB is an open database: the ent client and the SQL handle beneath it.
type DB struct {
	Client  *ent.Client
	SQL     *sql.DB
	Dialect string
	// Queries counts the statements sent through Client.
	Queries *Counter
}

// SQLiteDSN is the data source name of the SQLite file at path, with Guichet's pragmas.
func SQLiteDSN(path string) string {
	q := url.Values{}
	q.Set("_fk", "1")
	q.Set("_journal_mode", "WAL")
	q.Set("_busy_timeout", "10000")
	q.Set("_synchronous", "NORMAL")
	q.Set("_txlock", "immediate")
	return "file:" + path + "?" + q.Encode()
}

// Open opens the database that databaseURL names; an empty URL means the SQLite file
// guichet.db in dataDir.
func Open(databaseURL, dataDir string) (*DB, error) {
	if databaseURL == "" {
		if err := os.MkdirAll(dataDir, 0o755); err != nil {
			return nil, fmt.Errorf("data directory: %w", err)
		}
		databaseURL = "sqlite://" + filepath.Join(dataDir, "guichet.db")
	}
	switch {
	case strings.HasPrefix(databaseURL, "sqlite://"), strings.HasPrefix(databaseURL, "file:"):
		path := strings.TrimPrefix(strings.TrimPrefix(databaseURL, "sqlite://"), "file:")
		if i := strings.IndexByte(path, '?'); i >= 0 {
			path = path[:i]
		}
		return openSQLite(path)
	case strings.HasPrefix(databaseURL, "postgres://"), strings.HasPrefix(databaseURL, "postgresql://"):
		return nil, fmt.Errorf("PostgreSQL is not supported by this build yet: use the embedded SQLite")
	}
	return nil, fmt.Errorf("DATABASE_URL %q: unknown scheme (sqlite:// or postgres://)", databaseURL)
}

func openSQLite(path string) (*DB, error) {
	db, err := sql.Open("sqlite3", SQLiteDSN(path))
	if err != nil {
		return nil, err
	}
	// Readers run in parallel under WAL; writes are serialized by SQLite itself, and
	// _txlock=immediate makes a writer wait (busy_timeout) instead of failing mid-transaction.
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(8)
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	counter := &Counter{}
	drv := Counting(entsql.OpenDB("sqlite3", db), counter)
	return &DB{Client: ent.NewClient(ent.Driver(drv)), SQL: db, Dialect: "sqlite3", Queries: counter}, nil
}

// Close closes the database.
func (d *DB) Close() error { return d.Client.Close() }

// Migrate brings the schema up to date: ent's tables, then what ent does not describe
// (the full-text search index).
func (d *DB) Migrate(ctx context.Context) error {
	if err := d.Client.Schema.Create(ctx); err != nil {
		return fmt.Errorf("migrating: %w", err)
	}
	for _, stmt := range searchSchema {
		if _, err := d.SQL.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("migrating search index: %w", err)
		}
	}
	return nil
}

// Optimize lets SQLite refresh the statistics its query planner uses (after an import, at
// start): without them it may pick a poor index once tables grow.
func (d *DB) Optimize(ctx context.Context) error {
	_, err := d.SQL.ExecContext(ctx, `PRAGMA optimize`)
	return err
}

// Ready reports whether the database answers and its schema is in place.
func (d *DB) Ready(ctx context.Context) error {
	var n int
	return d.SQL.QueryRowContext(ctx, `SELECT count(*) FROM spaces`).Scan(&n)
}

// searchSchema is the FTS5 index of published translations (help/SEARCH.md): one row per
// translation, its words stemmed, accent-folded and stop words dropped by the help package
// before they are written. It keeps no copy of the text (contentless: snippets are cut from
// the content tables), only the UNINDEXED columns that say what each row is; scope is one word
// of space, locale and audience that Search filters on inside the index.
//
// The table's name carries the version of its columns. The first statement drops the former
// version (title, body without summary): derived data, which help.ReindexAll rebuilds. Both
// statements do nothing the second time. A later version that drops search_index_v2 must also
// drop search_index_v2_content: SQLite's DROP TABLE leaves that shadow table of a
// contentless_unindexed table behind.
var searchSchema = []string{
	`DROP TABLE IF EXISTS search_index`,
	`CREATE VIRTUAL TABLE IF NOT EXISTS search_index_v2 USING fts5(
		kind UNINDEXED, item_id UNINDEXED, space_id UNINDEXED, locale UNINDEXED, audience UNINDEXED,
		title, summary, body, scope,
		content = '', contentless_delete = 1, contentless_unindexed = 1,
		tokenize = 'unicode61 remove_diacritics 2')`,
}
