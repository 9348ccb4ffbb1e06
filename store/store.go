// Package store opens Guichet's database: the embedded SQLite file by default, with the
// pragmas it needs (WAL, foreign keys, busy timeout, immediate write transactions), or
// PostgreSQL (DATABASE_URL=postgres://…) for several replicas; and migrates it.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/mattn/go-sqlite3"

	"guichet/background"
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

// StatementCache is how many prepared statements each SQLite connection keeps.
const StatementCache = 64

// SQLiteDSN is the data source name of the SQLite file at path, with Guichet's pragmas.
func SQLiteDSN(path string) string {
	q := url.Values{}
	q.Set("_fk", "1")
	q.Set("_journal_mode", "WAL")
	q.Set("_busy_timeout", "10000")
	q.Set("_synchronous", "NORMAL")
	q.Set("_txlock", "immediate")
	// Each connection keeps its last statements prepared: a read sends the same few texts
	// every time, and preparing them again was a third of a cache miss's time.
	q.Set("_stmt_cache_size", strconv.Itoa(StatementCache))
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
		return openPostgres(databaseURL)
	}
	return nil, fmt.Errorf("DATABASE_URL %q: unknown scheme (sqlite:// or postgres://)", databaseURL)
}

// WALLimit bounds what the SQLite write-ahead log keeps on disk once checkpointed
// (journal_size_limit): a large import no longer leaves a WAL of its own size behind.
const WALLimit = 64 << 20

// sqliteDriver is go-sqlite3 with what each new connection needs beyond the DSN's pragmas:
// the WAL bound, and a bound on the work of PRAGMA optimize (analysis_limit). Nothing here
// writes: a connection opened while a transaction holds the write lock must not wait for it.
const sqliteDriver = "sqlite3_guichet"

func init() {
	sql.Register(sqliteDriver, &sqlite3.SQLiteDriver{ConnectHook: func(c *sqlite3.SQLiteConn) error {
		_, err := c.Exec(fmt.Sprintf("PRAGMA journal_size_limit = %d; PRAGMA analysis_limit = 1000", WALLimit), nil)
		return err
	}})
}

func openSQLite(path string) (*DB, error) {
	db, err := sql.Open(sqliteDriver, SQLiteDSN(path))
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
	if err := checkFTS5(db); err != nil {
		db.Close()
		return nil, err
	}
	// SQLite's advice when a long-lived connection opens: statistics are kept in the file,
	// so the pool's first connection refreshes them for all (only what changed, cheaply).
	if _, err := db.Exec(`PRAGMA optimize = 0x10002`); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	counter := &Counter{}
	drv := Counting(entsql.OpenDB("sqlite3", db), counter)
	return &DB{Client: ent.NewClient(ent.Driver(drv)), SQL: db, Dialect: "sqlite3", Queries: counter}, nil
}

// openPostgres opens a PostgreSQL database through pgx. Its pool is shared by every request
// of the process: replicas each have theirs, so the server's max_connections bounds their sum.
func openPostgres(databaseURL string) (*DB, error) {
	db, err := sql.Open("pgx", databaseURL)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(20)
	db.SetMaxIdleConns(10)
	db.SetConnMaxIdleTime(5 * time.Minute)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connecting to PostgreSQL: %w", redact(err, databaseURL))
	}
	counter := &Counter{}
	drv := Counting(entsql.OpenDB(dialect.Postgres, db), counter)
	return &DB{Client: ent.NewClient(ent.Driver(drv)), SQL: db, Dialect: dialect.Postgres, Queries: counter}, nil
}

// redact keeps a password that the URL holds out of an error message.
func redact(err error, databaseURL string) error {
	u, perr := url.Parse(databaseURL)
	if perr != nil || u.User == nil {
		return err
	}
	if p, ok := u.User.Password(); ok && p != "" {
		return errors.New(strings.ReplaceAll(err.Error(), p, "xxxxx"))
	}
	return err
}

// Close closes the database.
func (d *DB) Close() error { return d.Client.Close() }

// Optimize refreshes the statistics the query planner uses, and on SQLite empties the
// write-ahead log into the database file and truncates it: run it after a large import.
// SQLite advises PRAGMA optimize on long-lived connections too (Maintain), since statistics
// taken when a table was small can make it plan a scan once it is large. PostgreSQL's
// autovacuum keeps its statistics, but not at once after a bulk import.
func (d *DB) Optimize(ctx context.Context) error { return d.optimize(ctx, "TRUNCATE") }

// optimize refreshes the statistics, then checkpoints the WAL in mode: TRUNCATE makes
// writers wait for the readers of the log; PASSIVE waits for nobody and leaves the log's
// size to journal_size_limit.
func (d *DB) optimize(ctx context.Context, mode string) error {
	if d.Dialect == dialect.Postgres {
		_, err := d.SQL.ExecContext(ctx, `ANALYZE`)
		return err
	}
	if _, err := d.SQL.ExecContext(ctx, `PRAGMA optimize`); err != nil {
		return err
	}
	// busy (1) when a reader kept the log from being emptied: the next pass does it.
	var busy, logged, done int
	return d.SQL.QueryRowContext(ctx, `PRAGMA wal_checkpoint(`+mode+`)`).Scan(&busy, &logged, &done)
}

// Maintain refreshes the statistics and checkpoints the WAL every interval until ctx ends,
// without holding up requests; failures are logged.
func (d *DB) Maintain(ctx context.Context, interval time.Duration) {
	var l background.Loop
	l.Run(ctx, interval, func(ctx context.Context) error { return d.optimize(ctx, "PASSIVE") },
		func(err error) { slog.Error("database maintenance", "err", err) })
}

// Ready reports whether the database answers and its migrations are applied.
func (d *DB) Ready(ctx context.Context) error {
	n, err := d.Pending(ctx)
	if err != nil {
		return err
	}
	if n > 0 {
		return fmt.Errorf("%d migration(s) not applied", n)
	}
	return nil
}
