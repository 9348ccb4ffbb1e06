package store_test

import (
	"context"
	"testing"

	"guichet/store"
)

// Organisations are approved too since organization_review: those there before it stay usable
// (APPROVED); a new one is PENDING until staff decide.
func TestOrganizationReviewMigrationApprovesExistingOrganisations(t *testing.T) {
	ctx := context.Background()
	db := openEmpty(t, t.TempDir())
	ms, err := store.Migrations(db.Dialect)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
	version VARCHAR(64) NOT NULL PRIMARY KEY, name VARCHAR(255) NOT NULL,
	applied_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)`); err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.Name == "organization_review" {
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
	if _, err := db.SQL.ExecContext(ctx, `INSERT INTO organizations (space_id, name, created_by, created_at)
		VALUES (1, 'Organisme ABC', 7, CURRENT_TIMESTAMP)`); err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL.ExecContext(ctx, `INSERT INTO organizations (space_id, name, created_by, created_at)
		VALUES (1, 'Science Jeunesse', 7, CURRENT_TIMESTAMP)`); err != nil {
		t.Fatal(err)
	}
	var before, after string
	if err := db.SQL.QueryRowContext(ctx, `SELECT (SELECT status FROM organizations WHERE name = 'Organisme ABC'),
		(SELECT status FROM organizations WHERE name = 'Science Jeunesse')`).Scan(&before, &after); err != nil {
		t.Fatal(err)
	}
	if before != "APPROVED" || after != "PENDING" {
		t.Fatalf("an organisation from before the migration is %s, a new one %s", before, after)
	}
}
