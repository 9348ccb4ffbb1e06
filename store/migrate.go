package store

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"

	"ariga.io/atlas/sql/migrate"
)

// Migrations are versioned, one directory per dialect, in Atlas's format (migrations/README.md):
// files named VERSION_NAME.sql, applied in the order of their versions, and atlas.sum, the
// checksum of the directory, so that a file edited after the fact is refused. Each file is
// applied in one transaction and recorded in schema_migrations.
//
//go:embed migrations/sqlite/*.sql migrations/sqlite/atlas.sum migrations/postgres/*.sql migrations/postgres/atlas.sum
var migrationFiles embed.FS

// Migration is one file of a dialect's migration directory.
type Migration struct {
	Version, Name string
	Stmts         []string
}

// ErrSchemaAhead is the error of a database migrated by a newer release than this binary.
var ErrSchemaAhead = errors.New("the database's schema is newer than this binary")

var parsed sync.Map // dialect → []Migration

// Migrations are the dialect's migrations, in order, once the directory's checksum holds.
func Migrations(dialect string) ([]Migration, error) {
	if ms, ok := parsed.Load(dialect); ok {
		return ms.([]Migration), nil
	}
	ms, err := readMigrations(dialect)
	if err != nil {
		return nil, err
	}
	parsed.Store(dialect, ms)
	return ms, nil
}

func readMigrations(dialect string) ([]Migration, error) {
	dir := path.Join("migrations", migrationDir(dialect))
	entries, err := fs.ReadDir(migrationFiles, dir)
	if err != nil {
		return nil, fmt.Errorf("migrations of %s: %w", dialect, err)
	}
	var files []migrate.File
	var sum []byte
	for _, e := range entries {
		b, err := migrationFiles.ReadFile(path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		switch {
		case e.Name() == migrate.HashFileName:
			sum = b
		case strings.HasSuffix(e.Name(), ".sql"):
			files = append(files, migrate.NewLocalFile(e.Name(), b))
		}
	}
	hf, err := migrate.NewHashFile(files)
	if err != nil {
		return nil, err
	}
	want, err := hf.MarshalText()
	if err != nil {
		return nil, err
	}
	if string(want) != string(sum) {
		return nil, fmt.Errorf("migrations of %s: %s does not match the files (edited after the fact?)", dialect, migrate.HashFileName)
	}
	out := make([]Migration, 0, len(files))
	for _, f := range files {
		lf := f.(*migrate.LocalFile)
		stmts, err := lf.Stmts()
		if err != nil {
			return nil, fmt.Errorf("migration %s: %w", f.Name(), err)
		}
		out = append(out, Migration{Version: lf.Version(), Name: lf.Desc(), Stmts: stmts})
	}
	slices.SortFunc(out, func(a, b Migration) int { return strings.Compare(a.Version, b.Version) })
	return out, nil
}

func migrationDir(dialect string) string {
	if dialect == "postgres" {
		return "postgres"
	}
	return "sqlite"
}

// revisionsTable records the migrations applied to a database.
const revisionsTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
	version VARCHAR(64) NOT NULL PRIMARY KEY,
	name VARCHAR(255) NOT NULL,
	applied_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
)`

// Migrate applies the migrations the database lacks, each in one transaction, and refuses a
// database that has migrations this binary does not know (ErrSchemaAhead): a newer release
// migrated it, and this one would misread it. Several processes may migrate one database at
// once: the first to take a file applies it, the others see it applied.
func (d *DB) Migrate(ctx context.Context) error {
	ms, err := Migrations(d.Dialect)
	if err != nil {
		return err
	}
	if d.Dialect == "postgres" {
		// One process migrates at a time: the others wait, then find every file applied.
		conn, err := d.SQL.Conn(ctx)
		if err != nil {
			return err
		}
		defer conn.Close()
		if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, migrationLock); err != nil {
			return fmt.Errorf("migrating: %w", err)
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, migrationLock)
	}
	if _, err := d.SQL.ExecContext(ctx, revisionsTable); err != nil {
		return fmt.Errorf("migrating: %w", err)
	}
	if err := d.adoptUnversioned(ctx, ms); err != nil {
		return err
	}
	if err := d.checkNotAhead(ctx, ms); err != nil {
		return err
	}
	for _, m := range ms {
		if err := d.apply(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

// Pending is how many of the binary's migrations the database lacks; ErrSchemaAhead when it
// has some the binary does not know.
func (d *DB) Pending(ctx context.Context) (int, error) {
	ms, err := Migrations(d.Dialect)
	if err != nil {
		return 0, err
	}
	applied, err := d.applied(ctx)
	if err != nil {
		return 0, err
	}
	if err := ahead(applied, ms); err != nil {
		return 0, err
	}
	n := 0
	for _, m := range ms {
		if !applied[m.Version] {
			n++
		}
	}
	return n, nil
}

func (d *DB) applied(ctx context.Context) (map[string]bool, error) {
	rows, err := d.SQL.QueryContext(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return nil, fmt.Errorf("reading applied migrations: %w", err)
	}
	defer rows.Close()
	applied := map[string]bool{}
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		applied[v] = true
	}
	return applied, rows.Err()
}

func (d *DB) checkNotAhead(ctx context.Context, ms []Migration) error {
	applied, err := d.applied(ctx)
	if err != nil {
		return err
	}
	return ahead(applied, ms)
}

func ahead(applied map[string]bool, ms []Migration) error {
	known := map[string]bool{}
	for _, m := range ms {
		known[m.Version] = true
	}
	var unknown []string
	for v := range applied {
		if !known[v] {
			unknown = append(unknown, v)
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		return fmt.Errorf("%w: it has migration %s, which this binary does not know; run a newer release",
			ErrSchemaAhead, strings.Join(unknown, ", "))
	}
	return nil
}

// migrationLock is the key of the PostgreSQL advisory lock that processes migrating at once
// take in turn.
const migrationLock = 7254130621

// apply applies m in one transaction unless it is recorded as applied. On PostgreSQL an
// advisory lock (Migrate's) serializes processes migrating at once; on SQLite the write
// transaction (_txlock=immediate) does.
func (d *DB) apply(ctx context.Context, m Migration) error {
	tx, err := d.SQL.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, d.Rebind(`SELECT count(*) FROM schema_migrations WHERE version = ?`), m.Version).Scan(&n); err != nil {
		return fmt.Errorf("migrating: %w", err)
	}
	if n > 0 {
		return nil
	}
	for _, stmt := range m.Stmts {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("migration %s_%s: %w", m.Version, m.Name, err)
		}
	}
	if _, err := tx.ExecContext(ctx, d.Rebind(`INSERT INTO schema_migrations (version, name) VALUES (?, ?)`), m.Version, m.Name); err != nil {
		return fmt.Errorf("migration %s_%s: %w", m.Version, m.Name, err)
	}
	return tx.Commit()
}

// adoptUnversioned brings a SQLite database made before versioned migrations (by ent's
// automatic migration, which left no record) up to this binary's schema, the same way it was
// always migrated, then records every migration as applied.
func (d *DB) adoptUnversioned(ctx context.Context, ms []Migration) error {
	if d.Dialect != "sqlite3" || len(ms) == 0 {
		return nil
	}
	// One statement, so one snapshot: read apart, another process's first migration could
	// commit between the two counts and make a new database look unversioned.
	var recorded, spaces int
	if err := d.SQL.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM schema_migrations),
		(SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'spaces')`).Scan(&recorded, &spaces); err != nil {
		return err
	}
	if recorded > 0 || spaces == 0 {
		return nil
	}
	if err := d.Client.Schema.Create(ctx); err != nil {
		return fmt.Errorf("migrating the unversioned database: %w", err)
	}
	tx, err := d.SQL.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// ent's automatic migration above made the schema of this binary: every migration it knows
	// is in place, but for the tables, triggers and indexes ent does not know (the search
	// indexes, the row counts, an index on an expression), which these migrations make.
	for _, m := range ms {
		keep, ok := unversionedExtras[m.Version]
		for _, stmt := range m.Stmts {
			if !ok || (keep != nil && !keep(stmt)) {
				continue
			}
			stmt = ifNotExists.Replace(stmt)
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return fmt.Errorf("migrating the unversioned database: %w", err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name) VALUES (?, ?)`, m.Version, m.Name); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// The SQLite migrations that make what ent's automatic migration does not: the search
// indexes, the row counts (rowcount, counted afresh) and their triggers, an index on an
// expression. Their statements only create what is missing, but for those a filter skips:
// the ones about indexes ent's schema already made (TestAnAdoptedDatabaseHasEveryObjectOfAMigratedOne).
var unversionedExtras = map[string]func(stmt string) bool{
	"20261124051909": nil,             // the guides' search index
	"20261206070000": nil,             // row counts
	"20261206081000": nil,             // the community's counts
	"20261206095546": nil,             // local groups' counts, the city's workshops index
	"20261206110000": notAboutIndexes, // the directory's name index (its city index is ent's)
	"20261206130000": nil,             // readable content's counts
	"20261206131000": nil,             // the directory's belts
	"20261206132000": nil,             // the directory's cities
	"20261206220000": nil,             // the reported workshops each facilitator ran
	"20261207001200": nil,             // each account's highest belt (ent adds its column)
	"20261207002700": nil,             // the memberships' names and belts (ent adds their columns and index)
	"20261207003100": nil,             // whether each account is a facilitator (ent adds its column)
	"20261207010610": nil,             // every word of each account's names in one key (ent adds its column)
	"20261207030000": nil,             // the upcoming public workshops of a group's page
}

// ifNotExists makes the extras' tables and triggers only when missing: a database adopted
// after a release that had them (a copy whose record of migrations was lost) keeps its own.
var ifNotExists = strings.NewReplacer("CREATE VIRTUAL TABLE `", "CREATE VIRTUAL TABLE IF NOT EXISTS `",
	"CREATE TRIGGER `", "CREATE TRIGGER IF NOT EXISTS `")

func notAboutIndexes(stmt string) bool {
	s := strings.TrimSpace(stmt)
	return !strings.HasPrefix(s, "CREATE INDEX") && !strings.HasPrefix(s, "DROP INDEX")
}

// Rebind rewrites a statement's ? placeholders for the database: $1, $2… on PostgreSQL.
// For statements written by hand that hold no ? in their text otherwise.
func (d *DB) Rebind(q string) string { return Rebind(d.Dialect, q) }

// Rebind is DB.Rebind for a dialect name ("sqlite3", "postgres").
func Rebind(dialect, q string) string {
	if dialect != "postgres" || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			fmt.Fprintf(&b, "$%d", n)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
