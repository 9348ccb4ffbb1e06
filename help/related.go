package help

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	entsql "entgo.io/ent/dialect/sql"

	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/guide"
	"guichet/ent/guidetag"
	"guichet/ent/guidetranslation"
	"guichet/ent/predicate"
	"guichet/locales"
	"guichet/viewer"
)

// Related guides limits.
const (
	DefaultRelatedFirst = 5
	MaxRelatedFirst     = 20
	// similarCandidates is how many guides the search index proposes as alike.
	similarCandidates = 30
	// similarTerms is how many distinct words of a guide's title and summary describe it to
	// the search index.
	similarTerms = 16
)

// Related lists the guides the viewer may read that are closest to g (a guide served to
// them), best first, at most first: first those sharing g's category and the most of its
// tags (the category counts as one shared tag), then, among equals, those whose text the
// search index finds most alike to g's title and summary; then by their order. Only guides
// published in g's served language, so that every one is read in the reader's language;
// never g itself, a draft, or a guide the viewer may not read (the data layer's filters).
func (s *Service) Related(ctx context.Context, g *ent.Guide, first *int) ([]*ent.Guide, error) {
	n := DefaultRelatedFirst
	if first != nil {
		n = *first
	}
	if n < 0 || n > MaxRelatedFirst {
		return nil, &apperr.Error{Code: apperr.BadUserInput, MessageID: "INVALID_FIRST", Data: map[string]any{"Max": MaxRelatedFirst},
			Extensions: map[string]any{"field": "first"}}
	}
	v := viewer.FromContext(ctx)
	if n == 0 || v == nil || len(g.Edges.Translations) == 0 {
		return []*ent.Guide{}, nil
	}
	l := g.Locale()
	tags, err := s.Client.GuideTag.Query().Where(guidetag.GuideID(g.ID)).Select(guidetag.FieldTag).Strings(ctx)
	if err != nil {
		return nil, err
	}
	similar, err := s.similarGuides(ctx, g, l, audiences(v), v.SpaceID)
	if err != nil {
		return nil, err
	}
	var near []predicate.Guide
	if g.CategoryID != nil {
		near = append(near, guide.CategoryID(*g.CategoryID))
	}
	if len(tags) > 0 {
		near = append(near, guide.HasTagsWith(guidetag.TagIn(tags...)))
	}
	if len(similar) > 0 {
		near = append(near, guide.IDIn(similar...))
	}
	if len(near) == 0 {
		return []*ent.Guide{}, nil
	}
	guides, err := withGuideEdges(s.Client.Guide.Query(), Include{Category: true, Attachments: true}).
		Where(guide.IDNEQ(g.ID), guide.Or(near...),
			guide.HasTranslationsWith(guidetranslation.LocaleEQ(l), guidetranslation.Published(true))).
		Order(func(sel *entsql.Selector) {
			// Without a category nor tags nothing is shared: no such term, as a constant one
			// would be read as a column's position.
			shared := entsql.ExprFunc(func(b *entsql.Builder) { // shared category and tags, most first
				b.WriteString("(")
				if g.CategoryID != nil {
					b.WriteString("CASE WHEN " + sel.C(guide.FieldCategoryID) + " = ").Arg(*g.CategoryID).WriteString(" THEN 1 ELSE 0 END")
				} else {
					b.WriteString("0")
				}
				if len(tags) > 0 {
					b.WriteString(" + (SELECT COUNT(*) FROM " + guidetag.Table + " t WHERE t." + guidetag.FieldGuideID + " = " + sel.C(guide.FieldID) + " AND t." + guidetag.FieldTag + " IN (")
					for i, t := range tags {
						if i > 0 {
							b.WriteString(", ")
						}
						b.Arg(t)
					}
					b.WriteString("))")
				}
				b.WriteString(") DESC")
			})
			if g.CategoryID != nil || len(tags) > 0 {
				sel.OrderExpr(shared)
			}
			if len(similar) > 0 {
				sel.OrderExpr(entsql.ExprFunc(func(b *entsql.Builder) { // then the most alike
					b.WriteString("CASE " + sel.C(guide.FieldID))
					// Ranks written as numbers: parameters there would be text to PostgreSQL.
					for i, id := range similar {
						b.WriteString(" WHEN ").Arg(id).WriteString(" THEN " + strconv.Itoa(i))
					}
					b.WriteString(" ELSE " + strconv.Itoa(len(similar)) + " END")
				}))
			}
			sel.OrderBy(sel.C(guide.FieldPosition), sel.C(guide.FieldID))
		}).
		Limit(n).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, r := range guides {
		r.Serve(l)
	}
	return guides, nil
}

// similarGuides are the IDs of the guides, other than g, that the search index finds most
// alike to g's title and summary in locale l, among those of the space the audiences may
// read, best first.
func (s *Service) similarGuides(ctx context.Context, g *ent.Guide, l locales.Locale, aud []string, spaceID int) ([]int, error) {
	t := g.Edges.Translations[0]
	var words, stems []string
	seen := map[string]bool{}
	for _, text := range []string{t.Title, t.Summary} {
		for sp := range eachWord(text, l) {
			w := normalize(text[sp.word:sp.end], l)
			if w == "" || isStopWord(w, l) || len([]rune(w)) < 3 {
				continue
			}
			st := stemOf(w, l)
			if seen[st] || len(stems) == similarTerms {
				continue
			}
			seen[st] = true
			words, stems = append(words, w), append(stems, st)
		}
	}
	if len(stems) == 0 || len(aud) == 0 {
		return nil, nil
	}
	sc := searchScope{spaceID: spaceID, locale: l, audiences: aud}
	if _, pg := indexOf(s.Client).(pgIndex); pg {
		return pgSimilar(ctx, s.SQL, g.ID, words, sc)
	}
	return ftsSimilar(ctx, s.SQL, g.ID, stems, sc)
}

// ftsSimilar ranks the index's rows having any of stems by bm25 (title 10, summary 4, body 1):
// the guides sharing the most, and the rarest, of the words.
func ftsSimilar(ctx context.Context, db *sql.DB, self int, stems []string, sc searchScope) ([]int, error) {
	alts := make([]string, len(stems))
	for i, st := range stems {
		alts[i] = ftsString(st, false)
	}
	const columns = "title summary body"
	expr := "({" + columns + "} : (" + strings.Join(alts, " OR ") + ")) AND " + scopeFilter(sc)
	// More rows than needed: the index holds FAQs, resources and news too.
	rowids, err := rankedRows(ctx, db, expr, ranking(columns, alts, len(sc.audiences), 0), "rank, rowid", 3*similarCandidates)
	if err != nil {
		return nil, fmt.Errorf("related: %w", err)
	}
	var ids []int
	for _, r := range rowids {
		if kind, id := fromRowID(r); kind == kindGuide && id != self && len(ids) < similarCandidates {
			ids = append(ids, id)
		}
	}
	return ids, nil
}

// pgSimilar ranks the guides' documents having any of words by ts_rank_cd, with the weights
// of Search.
func pgSimilar(ctx context.Context, db *sql.DB, self int, words []string, sc searchScope) ([]int, error) {
	lex := make([]string, len(words))
	for i, w := range words {
		lex[i] = tsLexeme(w, false)
	}
	rows, err := db.QueryContext(ctx, `
		WITH q AS (SELECT to_tsquery($1::regconfig, $2) AS q)
		SELECT d.item_id FROM search_documents d, q
		WHERE d.space_id = $3 AND d.locale = $4 AND d.audience = ANY($5) AND d.kind = 'guide'
			AND d.item_id <> $6 AND d.document @@ q.q
		ORDER BY ts_rank_cd('{0, 0.1, 0.4, 1.0}', d.document, q.q) DESC, d.item_id
		LIMIT $7`,
		tsConfig(sc.locale), strings.Join(lex, " | "), sc.spaceID, string(sc.locale), sc.audiences, self, similarCandidates)
	if err != nil {
		return nil, fmt.Errorf("related: %w", err)
	}
	defer rows.Close()
	var ids []int
	for rows.Next() {
		var id int
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("related: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
