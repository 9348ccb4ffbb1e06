package store

import (
	"strings"
	"testing"
)

// Built as the Makefile builds it, SQLite has FTS5 and opening says nothing; the message a
// binary built otherwise gives names both ways to build it (server_test.go builds one).
func TestFTS5IsCompiledIn(t *testing.T) {
	db, err := Open("", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := checkFTS5(db.SQL); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"make build", "go build -tags sqlite_fts5"} {
		if !strings.Contains(ErrNoFTS5.Error(), want) {
			t.Errorf("ErrNoFTS5 %q does not say %q", ErrNoFTS5, want)
		}
	}
	if strings.Contains(ErrNoFTS5.Error(), "\n") {
		t.Errorf("ErrNoFTS5 is not one line: %q", ErrNoFTS5)
	}
}
