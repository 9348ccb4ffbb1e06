package storetest

import (
	"context"
	stdsql "database/sql"
	"fmt"
	"strings"
	"sync"
	"testing"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"guichet/ent"
	"guichet/store"
)

// Statement is one statement a client sent, with its arguments.
type Statement struct {
	Query string
	Args  []any
}

// Recorder keeps the statements sent through the client Recording returns: those ent builds
// and those written by hand (QueryContext), so that a test can ask how the database plans them.
type Recorder struct {
	dialect.Driver
	db   *stdsql.DB
	mu   sync.Mutex
	sent []Statement
}

// Recording is a client of db whose statements r keeps.
func Recording(db *store.DB) (*ent.Client, *Recorder) {
	r := &Recorder{Driver: entsql.OpenDB(db.Dialect, db.SQL), db: db.SQL}
	return ent.NewClient(ent.Driver(r)), r
}

func (r *Recorder) keep(q string, args []any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.sent = append(r.sent, Statement{q, args})
}

// Query is ent's way of reading.
func (r *Recorder) Query(ctx context.Context, q string, args, v any) error {
	a, _ := args.([]any)
	r.keep(q, a)
	return r.Driver.Query(ctx, q, args, v)
}

// QueryContext is a statement written by hand (ent's Client.QueryContext).
func (r *Recorder) QueryContext(ctx context.Context, q string, args ...any) (*stdsql.Rows, error) {
	r.keep(q, args)
	return r.db.QueryContext(ctx, q, args...)
}

// Take returns the statements kept since the last Take.
func (r *Recorder) Take() []Statement {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := r.sent
	r.sent = nil
	return out
}

// Plan is how the database would run st: SQLite's EXPLAIN QUERY PLAN (its detail column), or
// PostgreSQL's EXPLAIN with sequential scans discouraged (on a test's small tables a scan is
// the right choice; what a test proves is that an index can answer).
func Plan(t testing.TB, db *store.DB, st Statement) string {
	t.Helper()
	ctx := context.Background()
	conn, err := db.SQL.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	explain := "EXPLAIN QUERY PLAN "
	if db.Dialect == dialect.Postgres {
		explain = "EXPLAIN "
		if _, err := conn.ExecContext(ctx, "SET enable_seqscan = off"); err != nil {
			t.Fatal(err)
		}
		defer conn.ExecContext(ctx, "RESET enable_seqscan")
	}
	rows, err := conn.QueryContext(ctx, explain+st.Query, st.Args...)
	if err != nil {
		t.Fatalf("%s: %v", st.Query, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var b strings.Builder
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%v\n", vals[len(vals)-1])
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
