package help_test

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// guichet_rank ranks every row as FTS5's bm25 does, to the bit, whatever it keeps between
// statements: on a connection's first statement and its next ones, after rows are added and
// deleted on another connection, and inside a transaction that changed the index.
func TestSearchRankIsBM25(t *testing.T) {
	db, spaces := sqliteSearchDB(t)
	ctx := context.Background()
	conn, err := db.SQL.Conn(ctx) // one connection: it keeps its counts between statements
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	sp := spaces["certification"]
	scopes := []struct {
		expr    string
		phrases int
	}{
		{fmt.Sprintf(`(scope : ("s%dfrpublic"))`, sp), 1},
		{fmt.Sprintf(`(scope : ("s%dfrpublic" OR "s%dfrfacilitator"))`, sp, sp), 2},
	}
	exprs := []struct {
		columns string
		phrases []string
		op      string
	}{
		{"", []string{`"compt"*`}, ""},
		{"title", []string{`"compt"*`}, ""},
		{"", []string{`"deleg"`, `"mandat"*`}, " AND "},
		{"title summary", []string{`"mot pass"`}, ""},
		{"title summary body", []string{`"acce"`, `"plateform"*`}, " OR "},
	}
	type ranked map[int64]float64
	ranks := func(q interface {
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	}, match, rank string) ranked {
		rows, err := q.QueryContext(ctx, `SELECT rowid, rank FROM search_index_v2 WHERE search_index_v2 MATCH ? AND rank MATCH ?`, match, rank)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		out := ranked{}
		for rows.Next() {
			var id int64
			var r float64
			if err := rows.Scan(&id, &r); err != nil {
				t.Fatal(err)
			}
			out[id] = r
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return out
	}
	compare := func(when string, q interface {
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	}) {
		t.Helper()
		for _, sc := range scopes {
			for _, e := range exprs {
				match := "(" + strings.Join(e.phrases, e.op) + ")"
				if e.columns != "" {
					match = "({" + e.columns + "} : " + match + ")"
				}
				match += " AND " + sc.expr
				keys := make([]string, len(e.phrases))
				for i, p := range e.phrases {
					keys[i] = "{" + e.columns + "}:" + p
				}
				want := ranks(q, match, `bm25(0, 0, 0, 0, 0, 10.0, 4.0, 1.0, 0)`)
				got := ranks(q, match, fmt.Sprintf(`guichet_rank('search_index_v2', '%s', %d, 0, 0, 0, 0, 0, 0, 0, 10.0, 4.0, 1.0, 0)`,
					strings.Join(keys, "|"), sc.phrases))
				if len(want) == 0 {
					t.Fatalf("%s: %s finds nothing", when, match)
				}
				if len(got) != len(want) {
					t.Errorf("%s: %s: %d rows ranked, bm25 ranks %d", when, match, len(got), len(want))
				}
				for id, w := range want {
					if g, ok := got[id]; !ok || g != w {
						t.Errorf("%s: %s: row %d ranks %v, bm25 %v", when, match, id, g, w)
					}
				}
			}
		}
	}
	// Ordered by the title's words first, the rows it keeps are bm25's, whatever it skips.
	for _, e := range []string{`({title} : ("compt"*))`, `("deleg" AND "mandat"*)`} {
		for _, top := range []int{1, 3, 10, 40} {
			match := e + " AND " + scopes[0].expr
			keep := func(rank string) []int64 {
				rows, err := conn.QueryContext(ctx, `SELECT rowid FROM search_index_v2 WHERE search_index_v2 MATCH ? AND rank MATCH ?
					ORDER BY rowid & 31, rank, rowid LIMIT ?`, match, rank, top)
				if err != nil {
					t.Fatal(err)
				}
				defer rows.Close()
				var ids []int64
				for rows.Next() {
					var id int64
					if err := rows.Scan(&id); err != nil {
						t.Fatal(err)
					}
					ids = append(ids, id)
				}
				return ids
			}
			want := keep(`bm25(0, 0, 0, 0, 0, 10.0, 4.0, 1.0, 0)`)
			got := keep(fmt.Sprintf(`guichet_rank('search_index_v2', '', 1, 31, %d, 0, 0, 0, 0, 0, 10.0, 4.0, 1.0, 0)`, top))
			if len(want) == 0 || !slices.Equal(got, want) {
				t.Errorf("%s, top %d: %v, bm25 %v", match, top, got, want)
			}
		}
	}
	compare("first", conn)
	compare("again", conn) // the counts kept
	insert := func(ex interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
	}, rowid int64) {
		if _, err := ex.ExecContext(ctx, `INSERT INTO search_index_v2(rowid, kind, item_id, space_id, locale, audience, title, summary, body, scope)
			VALUES (?, 'guide', 1, ?, 'FR', 'public', 'compt deleg mandat', 'mot pass', 'acce plateform', ?)`, rowid, sp, fmt.Sprintf("s%dfrpublic", sp)); err != nil {
			t.Fatal(err)
		}
	}
	insert(db.SQL, 1<<50) // on another connection, committed
	compare("after a row was added", conn)
	if _, err := db.SQL.ExecContext(ctx, `DELETE FROM search_index_v2 WHERE rowid = ?`, int64(1<<50)); err != nil {
		t.Fatal(err)
	}
	compare("after it was deleted", conn)
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	insert(tx, 1<<51)
	compare("in the transaction that added a row", tx)
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}
	compare("after it rolled back", conn)
}
