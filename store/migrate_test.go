package store_test

import (
	"context"
	"errors"
	"sync"
	"testing"

	"ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"

	entmigrate "guichet/ent/migrate"
	"guichet/store"
	"guichet/store/storetest"
)

// openEmpty opens a new, empty database of the dialect the tests run on.
func openEmpty(t *testing.T, dir string) *store.DB {
	t.Helper()
	db, err := store.Open(storetest.EmptyURL(t), dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// The checked-in migrations describe ent's schema: a database they made differs in nothing
// from what ent/schema says (else run store/migrations/diff.go, README "Migrations").
func TestMigrationsMatchSchema(t *testing.T) {
	ctx := context.Background()
	db := openEmpty(t, t.TempDir())
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	dir := migrate.OpenMemDir(t.Name() + db.Dialect)
	defer dir.Close()
	err := entmigrate.NewSchema(entsql.OpenDB(db.Dialect, db.SQL)).NamedDiff(ctx, "stale",
		schema.WithDir(dir),
		schema.WithMigrationMode(schema.ModeInspect),
		schema.WithFormatter(migrate.DefaultFormatter),
		schema.WithErrNoPlan(true))
	if errors.Is(err, migrate.ErrNoPlan) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	files, _ := dir.Files()
	for _, f := range files {
		t.Errorf("the %s migrations lack:\n%s", db.Dialect, f.Bytes())
	}
	if len(files) == 0 {
		t.Error("a plan was made, but no file")
	}
}

// Migrating is idempotent, records each migration once, and leaves nothing pending.
func TestMigrateRecordsEachMigration(t *testing.T) {
	ctx := context.Background()
	db := openEmpty(t, t.TempDir())
	if err := db.Ready(ctx); err == nil {
		t.Fatal("an empty database is ready")
	}
	for range 2 {
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
	}
	ms, err := store.Migrations(db.Dialect)
	if err != nil {
		t.Fatal(err)
	}
	var n int
	if err := db.SQL.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != len(ms) || n < 2 {
		t.Fatalf("%d migrations recorded, want %d", n, len(ms))
	}
	if p, err := db.Pending(ctx); err != nil || p != 0 {
		t.Fatalf("Pending = %d, %v", p, err)
	}
	if err := db.Ready(ctx); err != nil {
		t.Fatal(err)
	}
}

// A database a newer release migrated is refused: this binary would misread it.
func TestMigrateRefusesANewerSchema(t *testing.T) {
	ctx := context.Background()
	db := openEmpty(t, t.TempDir())
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL.ExecContext(ctx, db.Rebind(`INSERT INTO schema_migrations (version, name) VALUES (?, ?)`),
		"99991231235959", "from_the_future"); err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(ctx); !errors.Is(err, store.ErrSchemaAhead) {
		t.Fatalf("Migrate = %v, want ErrSchemaAhead", err)
	}
	if err := db.Ready(ctx); !errors.Is(err, store.ErrSchemaAhead) {
		t.Fatalf("Ready = %v, want ErrSchemaAhead", err)
	}
}

// Replicas starting together migrate one database at once: each migration is applied once.
func TestMigrateConcurrently(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	url := storetest.EmptyURL(t)
	var dbs []*store.DB
	for range 3 {
		db, err := store.Open(url, dir)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		dbs = append(dbs, db)
	}
	var wg sync.WaitGroup
	errs := make([]error, len(dbs))
	for i, db := range dbs {
		wg.Go(func() { errs[i] = db.Migrate(ctx) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("process %d: %v", i, err)
		}
	}
	if p, err := dbs[0].Pending(ctx); err != nil || p != 0 {
		t.Fatalf("Pending = %d, %v", p, err)
	}
}

// The certification migration rebuilds the accounts table on SQLite (a new column with a
// foreign key): accounts and the rows that refer to them (tokens, roles) are carried over.
func TestCertificationMigrationKeepsAccounts(t *testing.T) {
	ctx := context.Background()
	db := openEmpty(t, t.TempDir())
	ms, err := store.Migrations(db.Dialect)
	if err != nil {
		t.Fatal(err)
	}
	const certification = "certification_entities"
	if _, err := db.SQL.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
	version VARCHAR(64) NOT NULL PRIMARY KEY, name VARCHAR(255) NOT NULL,
	applied_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)`); err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.Name == certification {
			break
		}
		for _, stmt := range m.Stmts {
			if _, err := db.SQL.ExecContext(ctx, stmt); err != nil {
				t.Fatalf("%s: %v", m.Name, err)
			}
		}
		if _, err := db.SQL.ExecContext(ctx, db.Rebind(`INSERT INTO schema_migrations (version, name) VALUES (?, ?)`), m.Version, m.Name); err != nil {
			t.Fatal(err)
		}
	}
	for _, stmt := range []string{
		`INSERT INTO spaces (id, created_at, updated_at, slug, name_fr, name_en, default_locale, approval, password_policy, support_email)
			VALUES (1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'certification', 'R', 'R', 'fr', 'entity-manager', '{}', '')`,
		`INSERT INTO accounts (id, created_at, updated_at, email, email_key, first_name, last_name, locale, status,
			password_reset_required, directory_listed, space_id)
			VALUES (7, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'a@example.org', 'a@example.org', 'A', 'B', 'fr', 'ACTIVE', false, false, 1)`,
		`INSERT INTO tokens (kind, hash, created_at, expires_at, client, account_id) VALUES ('SESSION', 'h', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '', 7)`,
		`INSERT INTO account_roles (role, domain, created_at, account_id) VALUES ('staff', 'certification', CURRENT_TIMESTAMP, 7)`,
	} {
		if _, err := db.SQL.ExecContext(ctx, stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	var accounts, tokens, roles int
	if err := db.SQL.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM accounts WHERE id = 7 AND entity_id IS NULL),
		(SELECT count(*) FROM tokens WHERE account_id = 7), (SELECT count(*) FROM account_roles WHERE account_id = 7)`).
		Scan(&accounts, &tokens, &roles); err != nil {
		t.Fatal(err)
	}
	if accounts != 1 || tokens != 1 || roles != 1 {
		t.Fatalf("after the migration: %d accounts, %d tokens, %d roles", accounts, tokens, roles)
	}
}

// Each table's IDs start where ent's global ID ranges put it (ent/internal/globalid.go), so
// that node(id) finds the right table. PostgreSQL's sequences are compared by
// TestMigrationsMatchSchema; SQLite keeps its counters in sqlite_sequence, checked here.
func TestSQLiteIDRangesMatchEnt(t *testing.T) {
	ctx := context.Background()
	db := openEmpty(t, t.TempDir())
	if db.Dialect != dialect.SQLite {
		return // PostgreSQL: TestMigrationsMatchSchema compares the sequences
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	starts := map[string]int64{}
	for _, tb := range entmigrate.Tables {
		if a := tb.Annotation; a != nil && a.IncrementStart != nil {
			starts[tb.Name] = int64(*a.IncrementStart)
		}
	}
	if len(starts) < 30 {
		t.Fatalf("ent's schema gives ranges to %d tables only", len(starts))
	}
	rows, err := db.SQL.QueryContext(ctx, `SELECT name, seq FROM sqlite_sequence`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	seqs := map[string]int64{}
	for rows.Next() {
		var name string
		var seq int64
		if err := rows.Scan(&name, &seq); err != nil {
			t.Fatal(err)
		}
		seqs[name] = seq
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	for table, start := range starts {
		seq, ok := seqs[table]
		if !ok && start != 0 {
			t.Errorf("%s: no counter, its IDs would start at 1 instead of %d", table, start+1)
			continue
		}
		if seq < start || seq >= start+1<<32 {
			t.Errorf("%s: IDs continue from %d, outside its range [%d, %d)", table, seq, start, start+1<<32)
		}
	}
}
