package store

import (
	"context"
	"testing"
)

// The embedded database runs with the pragmas Guichet relies on.
func TestSQLitePragmas(t *testing.T) {
	db, err := Open("", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	for pragma, want := range map[string]string{
		"journal_mode": "wal",
		"foreign_keys": "1",
		"busy_timeout": "10000",
		"synchronous":  "1",
	} {
		var got string
		if err := db.SQL.QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("PRAGMA %s = %s, want %s", pragma, got, want)
		}
	}
	if err := db.Ready(ctx); err != nil {
		t.Errorf("Ready: %v", err)
	}
	// A second migration is a no-op.
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestOpenRefusesUnknownSchemes(t *testing.T) {
	if _, err := Open("mysql://x", t.TempDir()); err == nil {
		t.Fatal("mysql:// accepted")
	}
}

// Every connection runs with the query planner stability guarantee, so that a kept statement
// is not parsed and planned again on every run (qpsg.go).
func TestSQLiteConnectionsKeepTheirPlans(t *testing.T) {
	before, _ := qpsgConnections()
	db, err := Open("", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.SQL.PingContext(context.Background()); err != nil {
		t.Fatal(err)
	}
	on, failed := qpsgConnections()
	if on <= before || failed != 0 {
		t.Errorf("connections with the QPSG on: %d (was %d), failed: %d", on, before, failed)
	}
}
