package help_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"guichet/ent/privacy"
	"guichet/help"
	"guichet/locales"
)

// BenchmarkSearchGapCost measures what counting a search that found nothing adds to it, side
// by side in one run: the same searches (each finding nothing, over 2,000 bilingual guides)
// alternate between a service that counts them and one that does not. Reported: both
// latencies, their ratio (the cost of counting on a search's path), and the cost of writing
// the counts (FlushGaps, off that path) per distinct gap, and that cost over a search's as if
// every search were a new gap written at once (the worst case).
func BenchmarkSearchGapCost(b *testing.B) {
	db, _ := searchDB(b)
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	spaceID := generateGuides(b, ctx, db, 2000)
	tx, err := db.Client.Tx(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if err := help.Reindex(ctx, tx, []int{spaceID}); err != nil {
		b.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	counting := &help.Service{Client: db.Client, SQL: db.SQL}
	plain := &help.Service{Client: db.Client, SQL: db.SQL, NoSearchGaps: true}
	rctx := reader(spaceID)
	queries := make([]string, 200)
	for i := range queries {
		queries[i] = fmt.Sprintf("xylophone zorglub%d", i) // found nowhere
	}
	search := func(s *help.Service, q string) time.Duration {
		t := time.Now()
		res, err := s.Search(rctx, q, locales.FR, nil, nil)
		if err != nil || res.TotalCount != 0 {
			b.Fatalf("%q: %v %v", q, res, err)
		}
		return time.Since(t)
	}
	for _, q := range queries[:20] { // warm both
		search(counting, q)
		search(plain, q)
	}
	var with, without []time.Duration
	var flush time.Duration
	n, gaps := 0, 0
	for i := 0; b.Loop(); i++ {
		q := queries[i%len(queries)]
		if i%2 == 0 { // alternate which goes first
			with = append(with, search(counting, q))
			without = append(without, search(plain, q))
		} else {
			without = append(without, search(plain, q))
			with = append(with, search(counting, q))
		}
		n++
		if n%len(queries) == 0 {
			t := time.Now()
			if err := counting.FlushGaps(ctx); err != nil {
				b.Fatal(err)
			}
			flush += time.Since(t)
			gaps += len(queries)
		}
	}
	// Medians: the machine is shared, and a few searches stalled by other work would weigh
	// on a mean.
	median := func(ds []time.Duration) float64 {
		slices.Sort(ds)
		return float64(ds[len(ds)/2].Nanoseconds())
	}
	w, wo := median(with), median(without)
	b.ReportMetric(w/1e3, "counted-µs/search")
	b.ReportMetric(wo/1e3, "plain-µs/search")
	b.ReportMetric(w/wo, "ratio")
	if gaps > 0 {
		perGap := float64(flush.Nanoseconds()) / float64(gaps)
		b.ReportMetric(perGap/1e3, "write-µs/gap")
		b.ReportMetric((w+perGap)/wo, "worst-ratio")
	}
}
