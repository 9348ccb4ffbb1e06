package help_test

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"guichet/ent/privacy"
	"guichet/help"
)

func TestPerf2(t *testing.T) {
	if os.Getenv("PERF2") == "" {
		t.Skip()
	}
	db, _ := shipped(t)
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	spaceID := generateGuides(t, ctx, db, benchGuides)
	tx, _ := db.Client.Tx(ctx)
	if err := help.Reindex(ctx, tx, []int{spaceID}); err != nil {
		t.Fatal(err)
	}
	tx.Commit()
	m := `"compt"*`
	rk := `bm25(0, 0, 0, 0, 0, 10.0, 4.0, 1.0)`
	for _, v := range []struct {
		name, sql string
		args      []any
	}{
		{"match count", `SELECT count(*) FROM search_index_v2 WHERE search_index_v2 MATCH ?`, []any{m}},
		{"match exact count", `SELECT count(*) FROM search_index_v2 WHERE search_index_v2 MATCH ?`, []any{`"compt"`}},
		{"match rowids", `SELECT rowid FROM search_index_v2 WHERE search_index_v2 MATCH ?`, []any{m}},
		{"rank limit", `SELECT rowid FROM search_index_v2 WHERE search_index_v2 MATCH ? ORDER BY rank LIMIT 10`, []any{m}},
		{"rank limit w", `SELECT rowid FROM search_index_v2 WHERE search_index_v2 MATCH ? AND rank MATCH ? ORDER BY rank LIMIT 10`, []any{m, rk}},
		{"rank rowid limit w", `SELECT rowid FROM search_index_v2 WHERE search_index_v2 MATCH ? AND rank MATCH ? ORDER BY rank, rowid LIMIT 10`, []any{m, rk}},
		{"filter count", `SELECT count(*) FROM search_index_v2 WHERE search_index_v2 MATCH ? AND space_id = ? AND locale = 'FR' AND audience IN ('PUBLIC')`, []any{m, spaceID}},
		{"locale bit count", `SELECT count(*) FROM search_index_v2 WHERE search_index_v2 MATCH ? AND (rowid & 1) = 0`, []any{m}},
		{"full", `SELECT kind, item_id, count(*) OVER () FROM search_index_v2 WHERE search_index_v2 MATCH ? AND rank MATCH ? AND space_id = ? AND locale = 'FR' AND audience IN ('PUBLIC') ORDER BY rank, rowid LIMIT 10`, []any{m, rk, spaceID}},
	} {
		t0 := time.Now()
		for range 10 {
			rows, err := db.SQL.Query(v.sql, v.args...)
			if err != nil {
				t.Fatal(v.name, err)
			}
			for rows.Next() {
			}
			rows.Close()
		}
		fmt.Printf("%-20s %v\n", v.name, time.Since(t0)/10)
	}
}
