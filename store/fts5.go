package store

import (
	"database/sql"
	"errors"
	"fmt"
)

// ErrNoFTS5 is what opening a SQLite database answers in a binary built without SQLite's
// full-text search: go-sqlite3 compiles FTS5 in only under its sqlite_fts5 build tag, and no
// file of ours can turn it on (cgo flags are per package), so a plain `go build` or `go run .`
// gets this one line instead of a failing migration ("no such module: fts5").
var ErrNoFTS5 = errors.New("this binary was built without SQLite's full-text search (FTS5): build it with `make build`, or `go build -tags sqlite_fts5` (`go run -tags sqlite_fts5 .`)")

// checkFTS5 fails with ErrNoFTS5 when the SQLite linked in lacks FTS5. It asks SQLite itself
// rather than trusting a build tag: go-sqlite3 also enables FTS5 under the tag fts5.
func checkFTS5(db *sql.DB) error {
	var used bool
	if err := db.QueryRow(`SELECT sqlite_compileoption_used('ENABLE_FTS5')`).Scan(&used); err != nil {
		return fmt.Errorf("asking SQLite for FTS5: %w", err)
	}
	if !used {
		return ErrNoFTS5
	}
	return nil
}
