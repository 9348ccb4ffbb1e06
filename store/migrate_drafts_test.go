package store_test

import (
	"context"
	"testing"

	"guichet/store"
)

// migrateUntil applies the migrations before the one named, as a database made before it has
// them.
func migrateUntil(t *testing.T, db *store.DB, name string) {
	t.Helper()
	ctx := context.Background()
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
		if m.Name == name {
			return
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
	t.Fatalf("no migration %s", name)
}

// Drafts got files of their own: each draft starts with the files its translation had, so
// that the next publish keeps them.
func TestDraftAttachmentsMigrationKeepsFiles(t *testing.T) {
	ctx := context.Background()
	db := openEmpty(t, t.TempDir())
	migrateUntil(t, db, "guide_draft_attachments")
	for _, stmt := range []string{
		`INSERT INTO spaces (id, created_at, updated_at, slug, name_fr, name_en, default_locale, approval, password_policy, support_email)
			VALUES (1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'certification', 'R', 'R', 'fr', 'entity-manager', '{}', '')`,
		`INSERT INTO guides (id, key, created_at, updated_at, space_id) VALUES (5, 'g', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)`,
		`INSERT INTO guide_translations (id, locale, created_at, updated_at, slug, guide_id) VALUES (6, 'fr', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'g', 5)`,
		`INSERT INTO guide_translations (id, locale, created_at, updated_at, slug, guide_id) VALUES (7, 'en', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'g-en', 5)`,
		`INSERT INTO files (id, created_at, updated_at, sha256, filename, content_type, size, space_id)
			VALUES (8, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'abc', 'a.pdf', 'application/pdf', 1, 1)`,
		`INSERT INTO files (id, created_at, updated_at, sha256, filename, content_type, size, space_id)
			VALUES (9, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'def', 'b.pdf', 'application/pdf', 1, 1)`,
		`INSERT INTO guide_translation_attachments (guide_translation_id, file_id) VALUES (6, 8), (6, 9), (7, 9)`,
	} {
		if _, err := db.SQL.ExecContext(ctx, stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	rows, err := db.SQL.QueryContext(ctx, `SELECT guide_translation_id, file_id FROM guide_translation_draft_attachments
		ORDER BY guide_translation_id, file_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got [][2]int
	for rows.Next() {
		var p [2]int
		if err := rows.Scan(&p[0], &p[1]); err != nil {
			t.Fatal(err)
		}
		got = append(got, p)
	}
	if want := [][2]int{{6, 8}, {6, 9}, {7, 9}}; len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Fatalf("draft files after the migration: %v, want %v", got, want)
	}
}
