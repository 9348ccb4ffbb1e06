package content

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"guichet/blob"
	"guichet/ent/privacy"
	"guichet/store"
	"guichet/store/storetest"
)

// newStore opens a fresh SQLite database and blob directory in a temporary folder.
func newStore(t testing.TB) (*store.DB, blob.Dir) {
	t.Helper()
	dir := t.TempDir()
	db := storetest.Open(t, dir)
	return db, blob.Dir{Root: filepath.Join(dir, "blobs")}
}

// allowed is a context in which the tests read content as the importer does, past the
// viewer filters.
func allowed() context.Context {
	return privacy.DecisionContext(context.Background(), privacy.Allow)
}

// loadAndImport is what `guichet import` does: load, then import when the batch is valid.
func loadAndImport(t *testing.T, db *store.DB, blobs blob.Dir, fsys fs.FS, opts Options) (*Report, error) {
	t.Helper()
	b, err := Load(fsys)
	if err != nil {
		if b != nil {
			t.Fatalf("Load returned a bundle with its error")
		}
		return nil, err
	}
	return Import(context.Background(), db.Client, blobs, b, opts)
}

func mustImport(t *testing.T, db *store.DB, blobs blob.Dir, fsys fs.FS) *Report {
	t.Helper()
	r, err := loadAndImport(t, db, blobs, fsys, Options{})
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	return r
}

// copyFS copies a file system into a map that a test may change.
func copyFS(t testing.TB, src fs.FS) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(src, p)
		m[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

var contentTables = []string{
	"spaces", "categories", "category_translations", "files",
	"guides", "guide_translations", "guide_revisions", "guide_slugs", "guide_translation_attachments", "guide_tags",
	"faqs", "faq_translations", "faq_tags", "resources", "resource_translations",
	"local_groups",
}

// snapshot is every row of the content tables as text: two snapshots are equal exactly when
// nothing was written in between (no new row, no updated_at, no revision).
func snapshot(t *testing.T, db *sql.DB) map[string][]string {
	t.Helper()
	snap := map[string][]string{}
	for _, table := range contentTables {
		rows, err := db.Query("SELECT * FROM " + table + " ORDER BY 1, 2")
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			values := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range values {
				ptrs[i] = &values[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			snap[table] = append(snap[table], fmt.Sprint(values...))
		}
		rows.Close()
	}
	return snap
}

func rowCounts(t *testing.T, db *sql.DB) map[string]int {
	t.Helper()
	counts := map[string]int{}
	for _, table := range contentTables {
		var n int
		if err := db.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		counts[table] = n
	}
	return counts
}

func diffSnapshots(before, after map[string][]string) string {
	var b strings.Builder
	for _, table := range contentTables {
		x, y := before[table], after[table]
		if len(x) != len(y) {
			fmt.Fprintf(&b, "%s: %d rows, then %d\n", table, len(x), len(y))
			continue
		}
		for i := range x {
			if x[i] != y[i] {
				fmt.Fprintf(&b, "%s:\n  - %s\n  + %s\n", table, x[i], y[i])
			}
		}
	}
	return b.String()
}
