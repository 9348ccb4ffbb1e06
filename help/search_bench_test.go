package help_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"guichet/ent"
	"guichet/ent/faqtranslation"
	"guichet/ent/guidetranslation"
	"guichet/ent/privacy"
	"guichet/help"
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
// translations): ns/op, the p50 and p95 latencies of a mix of queries, and the size of the
// index. Its setup (about 5 s on 2 cores) runs once: b.Loop calls the function once.
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
	for i := 0; b.Loop(); i++ {
		q := benchQueries[i%len(benchQueries)]
		t := time.Now()
		if _, err := svc.Search(ctx, q.q, q.l, &first, nil); err != nil {
			b.Fatal(err)
		}
		durations = append(durations, time.Since(t))
	}
	slices.Sort(durations)
	pct := func(p float64) float64 {
		return float64(durations[int(p*float64(len(durations)-1))].Nanoseconds()) / 1e3
	}
	b.ReportMetric(pct(0.50), "p50-µs")
	b.ReportMetric(pct(0.95), "p95-µs")
	b.ReportMetric(float64(size), "index-bytes")
}

// generateGuides creates a space of n published guides, in French and English, whose text
// is the shipped content's sentences with a third of their words swapped for others of the
// same language: realistic words and frequencies, a vocabulary that grows with the corpus.
func generateGuides(b testing.TB, ctx context.Context, db *store.DB, n int) int {
	b.Helper()
	corpus := map[locales.Locale]*textSource{}
	for _, l := range locales.All {
		corpus[l] = newTextSource(b, ctx, db, l)
	}
	sp, err := db.Client.Space.Create().SetSlug("bench").SetNameFr("Banc d'essai").SetNameEn("Bench").
		SetDefaultLocale(locales.FR).SetPasswordPolicy(password.Policy{MinLength: 12}).Save(ctx)
	if err != nil {
		b.Fatal(err)
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	const batch = 500
	for from := 0; from < n; from += batch {
		tx, err := db.Client.Tx(ctx)
		if err != nil {
			b.Fatal(err)
		}
		guides := make([]*ent.GuideCreate, 0, batch)
		for i := from; i < min(n, from+batch); i++ {
			guides = append(guides, tx.Guide.Create().SetSpaceID(sp.ID).SetKey(fmt.Sprintf("guide-%d", i)).SetPosition(i))
		}
		gs, err := tx.Guide.CreateBulk(guides...).Save(ctx)
		if err != nil {
			b.Fatal(err)
		}
		var trs []*ent.GuideTranslationCreate
		for _, g := range gs {
			for _, l := range locales.All {
				c := corpus[l]
				title, summary, body := c.sentence(rnd, 8), c.sentence(rnd, 25), c.paragraph(rnd, 8+rnd.IntN(12))
				trs = append(trs, tx.GuideTranslation.Create().SetGuideID(g.ID).SetLocale(l).
					SetSlug(fmt.Sprintf("%s-%d", strings.ToLower(string(l)), g.ID)).
					SetTitle(title).SetSummary(summary).SetBody(body).SetPlain(body).
					SetPublished(true).SetRevision(1).SetPublishedAt(time.Now()))
			}
		}
		if _, err := tx.GuideTranslation.CreateBulk(trs...).Save(ctx); err != nil {
			b.Fatal(err)
		}
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
	}
	return sp.ID
}

// textSource makes text in one language out of the shipped content's.
type textSource struct {
	sentences [][]string
	words     []string
}

func newTextSource(b testing.TB, ctx context.Context, db *store.DB, l locales.Locale) *textSource {
	b.Helper()
	var texts []string
	gs, err := db.Client.GuideTranslation.Query().Where(guidetranslation.LocaleEQ(l)).All(ctx)
	if err != nil {
		b.Fatal(err)
	}
	for _, t := range gs {
		texts = append(texts, t.Title+".", t.Summary, t.Plain)
	}
	fs, err := db.Client.FaqTranslation.Query().Where(faqtranslation.LocaleEQ(l)).All(ctx)
	if err != nil {
		b.Fatal(err)
	}
	for _, t := range fs {
		texts = append(texts, t.Question, t.Plain)
	}
	s := &textSource{}
	seen := map[string]bool{}
	for _, text := range texts {
		for _, sentence := range strings.FieldsFunc(text, func(r rune) bool { return r == '.' || r == '?' || r == '!' || r == '\n' }) {
			ws := strings.Fields(sentence)
			if len(ws) < 3 {
				continue
			}
			s.sentences = append(s.sentences, ws)
			for _, w := range ws {
				if len([]rune(w)) > 3 && !seen[w] {
					seen[w] = true
					s.words = append(s.words, w)
				}
			}
		}
	}
	return s
}

// sentence is a shipped sentence, at most limit words of it, with a third of its longer words
// swapped for random ones.
func (s *textSource) sentence(rnd *rand.Rand, limit int) string {
	ws := slices.Clone(s.sentences[rnd.IntN(len(s.sentences))])
	ws = ws[:min(len(ws), limit)]
	for i, w := range ws {
		if len([]rune(w)) > 3 && rnd.IntN(3) == 0 {
			ws[i] = s.words[rnd.IntN(len(s.words))]
		}
	}
	return strings.Join(ws, " ")
}

func (s *textSource) paragraph(rnd *rand.Rand, sentences int) string {
	parts := make([]string, sentences)
	for i := range parts {
		parts[i] = s.sentence(rnd, 40) + "."
	}
	return strings.Join(parts, " ")
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
