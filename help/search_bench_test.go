package help_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"syscall"
	"testing"
	"time"

	"guichet/ent/privacy"
	"guichet/help"
	"guichet/help/helptest"
	"guichet/locales"
	"guichet/password"
	"guichet/store"
)

// benchGuides is how many guides the benchmark's space holds, each in French and English.
const benchGuides = 10_000

// benchQueries are what readers type: whole words, plurals, words without their accents,
// elisions, prefixes as typed, several words, a phrase, in both languages.
var benchQueries = []struct {
	q string
	l locales.Locale
}{
	{"compte", locales.FR},
	{"délégation de mandat", locales.FR},
	{"l'accès plateforme", locales.FR},
	{"deleg", locales.FR},
	{"ceintures", locales.FR},
	{`"mot de passe"`, locales.FR},
	{"entite gestionnaire", locales.FR},
	{"valider comptes déposants", locales.FR},
	{"account", locales.EN},
	{"passw", locales.EN},
	{"mandate delegation", locales.EN},
	{"approving depositor accounts", locales.EN},
	{"organizat", locales.EN},
	{`"training session"`, locales.EN},
}

// BenchmarkSearch measures Search over a space of 10,000 generated guides (20,000 indexed
// translations): ns/op, the p50 and p95 latencies of a mix of queries, the searches per
// second of 16 readers at once, and the size of the index. Its setup (about 5 s on 2 cores) runs once: b.Loop calls the function once.
func BenchmarkSearch(b *testing.B) {
	db, _ := searchDB(b)
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	start := time.Now()
	spaceID := generateGuides(b, ctx, db, benchGuides)
	generated := time.Since(start)
	before := databaseBytes(b, db)
	start = time.Now()
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
	b.Logf("generated %d guides in %v, indexed them (%d translations) in %v", benchGuides,
		generated.Round(time.Millisecond), 2*benchGuides, time.Since(start).Round(time.Millisecond))
	size := indexBytes(b, db, before)

	svc := &help.Service{Client: db.Client, SQL: db.SQL}
	ctx = reader(spaceID)
	first := help.DefaultSearchFirst
	for _, q := range benchQueries { // every query finds something, and warms the caches
		res, err := svc.Search(ctx, q.q, q.l, &first, nil)
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Hits) == 0 {
			b.Fatalf("%q (%s) finds nothing", q.q, q.l)
		}
	}
	var durations []time.Duration
	cpu := processCPU(b)
	for i := 0; b.Loop(); i++ {
		q := benchQueries[i%len(benchQueries)]
		t := time.Now()
		if _, err := svc.Search(ctx, q.q, q.l, &first, nil); err != nil {
			b.Fatal(err)
		}
		durations = append(durations, time.Since(t))
	}
	// The process's CPU time per search (the count's goroutine and the garbage collector
	// included): what a loaded machine does not blur, unlike the latencies.
	b.ReportMetric(float64((processCPU(b)-cpu).Microseconds())/float64(len(durations)), "cpu-µs/op")
	// Searches per second with 16 readers at once (as many as a load generator's connections)
	// on every core: what bounds a server's search throughput, HTTP and GraphQL aside
	// (BenchmarkSearchThroughput in web measures it over HTTP).
	readers, each := 16, 2*len(benchQueries)
	start = time.Now()
	var wg sync.WaitGroup
	for r := range readers {
		wg.Go(func() {
			for i := range each {
				q := benchQueries[(r+i)%len(benchQueries)]
				if _, err := svc.Search(ctx, q.q, q.l, &first, nil); err != nil {
					b.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	b.ReportMetric(float64(readers*each)/time.Since(start).Seconds(), "parallel-searches/s")
	slices.Sort(durations)
	pct := func(p float64) float64 {
		return float64(durations[int(p*float64(len(durations)-1))].Nanoseconds()) / 1e3
	}
	b.ReportMetric(pct(0.50), "p50-µs")
	b.ReportMetric(pct(0.95), "p95-µs")
	b.ReportMetric(float64(size), "index-bytes")
}

// processCPU is the CPU time the process has used so far (user and system).
func processCPU(b testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// generateGuides creates a space of n published guides, in French and English (helptest.Guides).
func generateGuides(b testing.TB, ctx context.Context, db *store.DB, n int) int {
	b.Helper()
	sp, err := db.Client.Space.Create().SetSlug("bench").SetNameFr("Banc d'essai").SetNameEn("Bench").
		SetDefaultLocale(locales.FR).SetPasswordPolicy(password.Policy{MinLength: 12}).Save(ctx)
	if err != nil {
		b.Fatal(err)
	}
	helptest.Guides(b, ctx, db, sp.ID, n)
	return sp.ID
}

// databaseBytes is the size of a compact copy of the database (VACUUM INTO): no free pages,
// no write-ahead log, so that two sizes differ by what was written in between.
func databaseBytes(b testing.TB, db *store.DB) int64 {
	b.Helper()
	if db.Dialect == "postgres" { // indexBytes asks PostgreSQL
		return 0
	}
	dir, err := os.MkdirTemp("", "guichet-size")
	if err != nil {
		b.Fatal(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "copy.db")
	if _, err := db.SQL.Exec(`VACUUM INTO ?`, path); err != nil {
		b.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	return fi.Size()
}

// indexBytes is the size of the search index's tables: from dbstat when SQLite has it (the
// sqlite_dbstat build tag), else how much the database grew since before (taken before the
// index was built).
func indexBytes(b testing.TB, db *store.DB, before int64) int64 {
	b.Helper()
	var n int64
	if db.Dialect == "postgres" { // the table, its TOAST and its indexes (GIN included)
		if err := db.SQL.QueryRow(`SELECT pg_total_relation_size('search_documents')`).Scan(&n); err != nil {
			b.Fatal(err)
		}
		return n
	}
	if err := db.SQL.QueryRow(`SELECT coalesce(SUM(pgsize), 0) FROM dbstat WHERE name LIKE 'search_index%'`).Scan(&n); err == nil {
		return n
	}
	return databaseBytes(b, db) - before
}
