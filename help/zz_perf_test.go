package help_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"runtime/pprof"
	"testing"
	"time"

	"guichet/ent/privacy"
	"guichet/help"
)

func TestPerf(t *testing.T) {
	if os.Getenv("PERF") == "" {
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
	if os.Getenv("OPT") != "" {
		t0 := time.Now()
		db.SQL.Exec(`INSERT INTO search_index_v2(search_index_v2) VALUES ('optimize')`)
		fmt.Println("optimize", time.Since(t0))
	}
	svc := &help.Service{Client: db.Client, SQL: db.SQL}
	reader := as(spaceID)
	first := 10
	if os.Getenv("PROF") != "" {
		f, _ := os.Create("/tmp/search.prof")
		pprof.StartCPUProfile(f)
		for i := range 3000 {
			q := benchQueries[i%len(benchQueries)]
			svc.Search(reader, q.q, q.l, &first, nil)
		}
		pprof.StopCPUProfile()
		f.Close()
		return
	}
	med := func(f func()) time.Duration {
		var ds []time.Duration
		for range 31 {
			t0 := time.Now()
			f()
			ds = append(ds, time.Since(t0))
		}
		slices.Sort(ds)
		return ds[15]
	}
	for _, q := range benchQueries {
		res, _ := svc.Search(reader, q.q, q.l, &first, nil)
		full := med(func() { svc.Search(reader, q.q, q.l, &first, nil) })
		rank := med(func() { help.RankOnly(svc, reader, q.q, q.l) })
		fmt.Printf("%-35q %s total=%6d full=%8v rank=%8v\n", q.q, q.l, res.TotalCount, full, rank)
	}
}
