package help

import (
	"context"
	"encoding/base64"
	"fmt"
	"html"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/faq"
	"guichet/ent/faqtranslation"
	"guichet/ent/guide"
	"guichet/ent/guidetranslation"
	"guichet/ent/resource"
	"guichet/ent/resourcetranslation"
	"guichet/locales"
	"guichet/viewer"
)

// Search limits.
const (
	DefaultSearchFirst = 10
	MaxSearchFirst     = 50
	MaxQueryLength     = 200
)

// Hit is one search result: the item served in the searched locale, and an extract of its
// text with the matched words in <mark>.
type Hit struct {
	Cursor  string
	Snippet string
	Node    any // *ent.Guide, *ent.Faq or *ent.Resource
}

// Results is a page of search hits.
type Results struct {
	TotalCount  int
	Hits        []Hit
	HasNext     bool
	EndCursor   *string
	StartCursor *string
}

// Search finds the published guides, FAQs and resources of the viewer's space that the
// viewer may read and whose text in locale l matches every word of query (as a prefix, after
// stemming), best matches first; title matches weigh more than body matches.
func (s *Service) Search(ctx context.Context, query string, l locales.Locale, first *int, after *string) (*Results, error) {
	query = strings.TrimSpace(query)
	if utf8.RuneCountInString(query) > MaxQueryLength {
		return nil, &apperr.Error{Code: apperr.BadUserInput, MessageID: "SEARCH_QUERY_TOO_LONG", Data: map[string]any{"Max": MaxQueryLength}}
	}
	terms := queryTerms(query, l)
	if len(terms) == 0 {
		return nil, &apperr.Error{Code: apperr.BadUserInput, MessageID: "SEARCH_QUERY_EMPTY"}
	}
	n := DefaultSearchFirst
	if first != nil {
		n = *first
	}
	if n < 0 || n > MaxSearchFirst {
		return nil, &apperr.Error{Code: apperr.BadUserInput, MessageID: "INVALID_FIRST", Data: map[string]any{"Max": MaxSearchFirst}}
	}
	offset, err := decodeOffset(after)
	if err != nil {
		return nil, err
	}
	v := viewer.FromContext(ctx)
	where, args := searchFilter(terms, v, l)
	res := &Results{}
	if err := s.SQL.QueryRowContext(ctx, `SELECT count(*) FROM search_index WHERE `+where, args...).Scan(&res.TotalCount); err != nil {
		return nil, fmt.Errorf("search count: %w", err)
	}
	rows, err := s.SQL.QueryContext(ctx, `SELECT kind, item_id FROM search_index WHERE `+where+
		` ORDER BY bm25(search_index, 0, 0, 0, 0, 0, 5.0, 1.0), item_id LIMIT ? OFFSET ?`, append(args, n, offset)...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	type ref struct {
		kind string
		id   int
	}
	var refs []ref
	for rows.Next() {
		var r ref
		if err := rows.Scan(&r.kind, &r.id); err != nil {
			rows.Close()
			return nil, err
		}
		refs = append(refs, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	byKind := map[string][]int{}
	for _, r := range refs {
		byKind[r.kind] = append(byKind[r.kind], r.id)
	}
	found, err := s.loadHits(ctx, byKind, l, terms)
	if err != nil {
		return nil, err
	}
	for i, r := range refs {
		h, ok := found[r.kind+":"+strconv.Itoa(r.id)]
		if !ok { // unpublished or restricted since it was indexed: the data layer has the last word
			continue
		}
		h.Cursor = encodeOffset(offset + i + 1)
		res.Hits = append(res.Hits, h)
	}
	res.HasNext = offset+len(refs) < res.TotalCount
	if len(res.Hits) > 0 {
		res.StartCursor = &res.Hits[0].Cursor
		res.EndCursor = &res.Hits[len(res.Hits)-1].Cursor
	}
	return res, nil
}

func searchFilter(terms []string, v *viewer.Viewer, l locales.Locale) (string, []any) {
	match := make([]string, len(terms))
	for i, t := range terms {
		match[i] = `"` + strings.ReplaceAll(t, `"`, `""`) + `"*`
	}
	args := []any{"{title body} : (" + strings.Join(match, " AND ") + ")", v.SpaceID, string(l)}
	marks := make([]string, len(v.Audiences))
	for i, a := range v.Audiences {
		marks[i] = "?"
		args = append(args, string(a))
	}
	where := `search_index MATCH ? AND space_id = ? AND locale = ? AND audience IN (` + strings.Join(marks, ",") + `)`
	return where, args
}

// queryTerms are the distinct stems of the query's words.
func queryTerms(query string, l locales.Locale) []string {
	seen := map[string]bool{}
	var terms []string
	for _, w := range words(query) {
		t := stem(w, l)
		if t != "" && !seen[t] {
			seen[t] = true
			terms = append(terms, t)
		}
	}
	return terms
}

func encodeOffset(n int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("search:" + strconv.Itoa(n)))
}

func decodeOffset(after *string) (int, error) {
	if after == nil || *after == "" {
		return 0, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(*after)
	rest, ok := strings.CutPrefix(string(b), "search:")
	n, perr := strconv.Atoi(rest)
	if err != nil || !ok || perr != nil || n < 0 {
		return 0, &apperr.Error{Code: apperr.BadUserInput, MessageID: "INVALID_CURSOR"}
	}
	return n, nil
}

// loadHits loads the hits through the data layer (so its visibility rules apply once more),
// served in locale l, with their snippets; keyed by "kind:id".
func (s *Service) loadHits(ctx context.Context, ids map[string][]int, l locales.Locale, terms []string) (map[string]Hit, error) {
	out := map[string]Hit{}
	if len(ids["guide"]) > 0 {
		gs, err := s.Client.Guide.Query().Where(guide.IDIn(ids["guide"]...)).
			WithTranslations(func(q *ent.GuideTranslationQuery) { q.Where(guidetranslation.Published(true)) }).
			All(ctx)
		if err != nil {
			return nil, err
		}
		for _, g := range gs {
			g.Serve(l)
			t := g.Edges.Translations[0]
			out["guide:"+strconv.Itoa(g.ID)] = Hit{Node: g, Snippet: Snippet(t.Title, t.Summary+" "+t.Plain, terms, l)}
		}
	}
	if len(ids["faq"]) > 0 {
		fs, err := s.Client.Faq.Query().Where(faq.IDIn(ids["faq"]...)).
			WithTranslations(func(q *ent.FaqTranslationQuery) { q.Where(faqtranslation.Published(true)) }).
			All(ctx)
		if err != nil {
			return nil, err
		}
		for _, f := range fs {
			f.Serve(l)
			t := f.Edges.Translations[0]
			out["faq:"+strconv.Itoa(f.ID)] = Hit{Node: f, Snippet: Snippet(t.Question, t.Plain, terms, l)}
		}
	}
	if len(ids["resource"]) > 0 {
		rs, err := s.Client.Resource.Query().Where(resource.IDIn(ids["resource"]...)).
			WithTranslations(publishedResourceTr).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			r.Serve(l)
			t := r.Served()
			out["resource:"+strconv.Itoa(r.ID)] = Hit{Node: r, Snippet: Snippet(t.Title, t.Plain, terms, l)}
		}
	}
	return out, nil
}

// snippetWords is how many words an extract shows.
const snippetWords = 28

// Snippet is an extract of body around its first matched word (of title when body has none),
// HTML-escaped, with every matched word wrapped in <mark></mark>.
func Snippet(title, body string, terms []string, l locales.Locale) string {
	for _, text := range []string{body, title} {
		spans := wordSpans(text)
		firstHit := -1
		for i, sp := range spans {
			if matches(text[sp.word:sp.end], terms, l) {
				firstHit = i
				break
			}
		}
		if firstHit < 0 {
			continue
		}
		from := max(0, firstHit-6)
		to := min(len(spans), from+snippetWords)
		return markWords(text, spans[from:to], terms, l, from > 0, to < len(spans))
	}
	spans := wordSpans(body)
	return markWords(body, spans[:min(len(spans), snippetWords)], terms, l, false, len(spans) > snippetWords)
}

func matches(word string, terms []string, l locales.Locale) bool {
	st := stem(word, l)
	for _, t := range terms {
		if strings.HasPrefix(st, t) {
			return true
		}
	}
	return false
}

// span is one word of a text: [start,end) in bytes, word the start after an elision.
type span struct{ start, word, end int }

func wordSpans(text string) []span {
	var spans []span
	start := -1
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' }
	flush := func(end int) {
		w := strings.TrimRight(text[start:end], "'’")
		end = start + len(w)
		lead := strings.TrimLeft(w, "'’")
		s := span{start: start + len(w) - len(lead), end: end}
		s.word = s.start
		if i := strings.LastIndexAny(text[s.start:end], "'’"); i >= 0 {
			_, size := utf8.DecodeRuneInString(text[s.start+i:])
			s.word = s.start + i + size
		}
		if s.word < s.end {
			spans = append(spans, s)
		}
		start = -1
	}
	for i, r := range text {
		switch {
		case isWord(r) && start < 0:
			start = i
		case !isWord(r) && start >= 0:
			flush(i)
		}
	}
	if start >= 0 {
		flush(len(text))
	}
	return spans
}

func markWords(text string, spans []span, terms []string, l locales.Locale, cutStart, cutEnd bool) string {
	if len(spans) == 0 {
		return ""
	}
	var b strings.Builder
	if cutStart {
		b.WriteString("… ")
	}
	pos := spans[0].start
	for _, sp := range spans {
		b.WriteString(html.EscapeString(text[pos:sp.word]))
		w := html.EscapeString(text[sp.word:sp.end])
		if matches(text[sp.word:sp.end], terms, l) {
			b.WriteString("<mark>" + w + "</mark>")
		} else {
			b.WriteString(w)
		}
		pos = sp.end
	}
	if cutEnd {
		b.WriteString(" …")
	} else {
		b.WriteString(html.EscapeString(text[pos:]))
	}
	return b.String()
}

// Reindex rebuilds the search index of the given spaces from their published translations,
// inside tx, so the index always matches the content committed with it.
func Reindex(ctx context.Context, tx *ent.Tx, spaceIDs []int) error {
	for _, id := range spaceIDs {
		if _, err := tx.ExecContext(ctx, `DELETE FROM search_index WHERE space_id = ?`, id); err != nil {
			return fmt.Errorf("reindex: %w", err)
		}
		if err := indexGuides(ctx, tx, id); err != nil {
			return err
		}
		if err := indexFaqs(ctx, tx, id); err != nil {
			return err
		}
		if err := indexResources(ctx, tx, id); err != nil {
			return err
		}
	}
	return nil
}

func insertRow(ctx context.Context, tx *ent.Tx, kind string, id, spaceID int, l locales.Locale, audience, title, body string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO search_index (kind, item_id, space_id, locale, audience, title, body) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		kind, id, spaceID, string(l), audience, analyze(title, l), analyze(body, l))
	if err != nil {
		return fmt.Errorf("indexing %s %d: %w", kind, id, err)
	}
	return nil
}

func indexGuides(ctx context.Context, tx *ent.Tx, spaceID int) error {
	ts, err := tx.GuideTranslation.Query().
		Where(guidetranslation.Published(true), guidetranslation.HasGuideWith(guide.SpaceID(spaceID), guide.DeletedAtIsNil())).
		WithGuide().All(ctx)
	if err != nil {
		return err
	}
	for _, t := range ts {
		if err := insertRow(ctx, tx, "guide", t.GuideID, spaceID, t.Locale, string(t.Edges.Guide.Audience), t.Title, t.Summary+"\n"+t.Plain); err != nil {
			return err
		}
	}
	return nil
}

func indexFaqs(ctx context.Context, tx *ent.Tx, spaceID int) error {
	ts, err := tx.FaqTranslation.Query().
		Where(faqtranslation.Published(true), faqtranslation.HasFaqWith(faq.SpaceID(spaceID), faq.DeletedAtIsNil())).
		WithFaq().All(ctx)
	if err != nil {
		return err
	}
	for _, t := range ts {
		if err := insertRow(ctx, tx, "faq", t.FaqID, spaceID, t.Locale, string(t.Edges.Faq.Audience), t.Question, t.Plain); err != nil {
			return err
		}
	}
	return nil
}

func indexResources(ctx context.Context, tx *ent.Tx, spaceID int) error {
	ts, err := tx.ResourceTranslation.Query().
		Where(resourcetranslation.Published(true), resourcetranslation.HasResourceWith(resource.SpaceID(spaceID), resource.DeletedAtIsNil())).
		WithResource().All(ctx)
	if err != nil {
		return err
	}
	for _, t := range ts {
		if err := insertRow(ctx, tx, "resource", t.ResourceID, spaceID, t.Locale, string(t.Edges.Resource.Audience), t.Title, t.Plain); err != nil {
			return err
		}
	}
	return nil
}
