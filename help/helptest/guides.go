// Package helptest makes help centers of a realistic size for benchmarks and tests.
package helptest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"guichet/ent"
	"guichet/ent/faqtranslation"
	"guichet/ent/guidetranslation"
	"guichet/locales"
	"guichet/store"
)

// Guides adds n published guides to the space, in French and English, whose text is the
// shipped content's sentences (which db must hold) with a third of their words swapped for
// others of the same language: realistic words and frequencies, a vocabulary that grows with
// the corpus. ctx must allow writing (privacy.Allow); the search index is not written.
func Guides(b testing.TB, ctx context.Context, db *store.DB, spaceID, n int) {
	b.Helper()
	corpus := map[locales.Locale]*textSource{}
	for _, l := range locales.All {
		corpus[l] = newTextSource(b, ctx, db, l)
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
			guides = append(guides, tx.Guide.Create().SetSpaceID(spaceID).SetKey(fmt.Sprintf("guide-%d", i)).SetPosition(i))
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
