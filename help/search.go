package help

import (
	"context"
	"encoding/base64"
	"fmt"
	"html"
	"maps"
	"slices"
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
	"guichet/ent/predicate"
	"guichet/ent/privacy"
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

// searchTable is the FTS5 index that store's migration creates. Its name carries the version
// of its columns: a change of columns is a new name, the migration drops the former table, and
// ReindexAll fills the new one (the index is derived data).
const searchTable = "search_index_v2"

// ranking makes FTS5's rank column bm25 with a title word worth more than a summary word,
// worth more than a body word (one weight per column: the five UNINDEXED ones, title,
// summary, body, scope).
const ranking = `bm25(0, 0, 0, 0, 0, 10.0, 4.0, 1.0, 0)`

// tiers are the columns a match must lie in to rank in each tier, best first: the hits whose
// title has every word of the query come first, shorter titles first (the query is more of
// what they are about), then bm25; then those whose title and summary have them; then the
// others, each by bm25.
var tiers = []struct{ columns, order string }{
	{"title", "rowid & " + strconv.Itoa(titleWordsMask) + ", rank, rowid"},
	{"title summary", "rank, rowid"},
	{"title summary body", "rank, rowid"},
}

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
// viewer may read and whose text in locale l matches the query, best first: those whose title
// has every word of the query (shortest title first), then those whose title and summary have
// them, then the others; bm25 (title 10, summary 4, body 1) orders within each.
//
// Words match across accents, case, elisions and inflections (both sides are stemmed); very
// common words ("de", "the") are left out unless the query has nothing else. Every word must
// match; the last one, while it is being typed (no space after it), as the start of a word
// ("deleg" finds "délégation", "activat" finds "activation" whose stem is "activ"). Words in
// double quotes (or « ») must match as a phrase, in that order. See SEARCH.md.
func (s *Service) Search(ctx context.Context, query string, l locales.Locale, first *int, after *string) (*Results, error) {
	typing := query != "" && !unicode.IsSpace(lastRune(query))
	query = strings.TrimSpace(query)
	if utf8.RuneCountInString(query) > MaxQueryLength {
		return nil, &apperr.Error{Code: apperr.BadUserInput, MessageID: "SEARCH_QUERY_TOO_LONG", Data: map[string]any{"Max": MaxQueryLength}}
	}
	q := parseQuery(query, l, typing)
	if len(q.clauses) == 0 {
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
	res := &Results{}
	v := viewer.FromContext(ctx)
	if v == nil { // nobody to read as: nothing is readable (as the data layer would say)
		return res, nil
	}
	scope := scopeFilter(v, l)
	if scope == "" {
		return res, nil
	}
	match := q.match()
	// The total is counted beside the ranking, on another connection: the count needs every
	// match, the ranking only the best ones, and neither waits for the other. The count is
	// dropped when the ranking saw every match.
	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	count := make(chan counted, 1)
	go func() {
		var c counted
		c.err = s.SQL.QueryRowContext(cctx, `SELECT count(*) FROM `+searchTable+` WHERE `+searchTable+` MATCH ?`,
			"({"+tiers[len(tiers)-1].columns+"} : ("+match+")) AND "+scope).Scan(&c.n)
		count <- c
	}()
	ranked, all, err := s.rank(ctx, match, scope, offset+n)
	if err != nil {
		return nil, err
	}
	type ref struct {
		kind string
		id   int
	}
	var refs []ref
	for _, rowid := range ranked[min(offset, len(ranked)):] { // ranked has offset+n at most
		kind, id := fromRowID(rowid)
		refs = append(refs, ref{kind, id})
	}
	byKind := map[string][]int{}
	for _, r := range refs {
		byKind[r.kind] = append(byKind[r.kind], r.id)
	}
	found, err := s.loadHits(ctx, byKind, l, q)
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
	if all {
		res.TotalCount = len(ranked)
		cancel()
	} else {
		c := <-count
		if c.err != nil {
			return nil, fmt.Errorf("search count: %w", c.err)
		}
		res.TotalCount = c.n
	}
	res.HasNext = offset+len(refs) < res.TotalCount
	if len(res.Hits) > 0 {
		res.StartCursor = &res.Hits[0].Cursor
		res.EndCursor = &res.Hits[len(res.Hits)-1].Cursor
	}
	return res, nil
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// counted is the number of matches, or why it is unknown.
type counted struct {
	n   int
	err error
}

// rank finds the best need rows matching the FTS5 expression match among those scope allows,
// best first; all says they are every match. A page is filled tier by tier (tiers): the
// first tier ranks only the rows whose title matches, and in the common case fills the page.
// Each tier includes the ones before it, so that no tier needs a NOT; the rows an earlier tier
// found are skipped.
func (s *Service) rank(ctx context.Context, match, scope string, need int) (ranked []int64, all bool, err error) {
	seen := map[int64]bool{}
	for i := 0; i < len(tiers) && len(ranked) < need; i++ {
		rowids, err := s.ranked(ctx, "({"+tiers[i].columns+"} : ("+match+")) AND "+scope, tiers[i].order, need)
		if err != nil {
			return nil, false, err
		}
		for _, r := range rowids {
			if !seen[r] && len(ranked) < need {
				seen[r] = true
				ranked = append(ranked, r)
			}
		}
		if i == len(tiers)-1 && len(rowids) < need {
			return ranked, true, nil
		}
	}
	return ranked, false, nil
}

// ranked are the rowids of the first limit rows matching the FTS5 expression expr, in order.
func (s *Service) ranked(ctx context.Context, expr, order string, limit int) ([]int64, error) {
	rows, err := s.SQL.QueryContext(ctx, `SELECT rowid FROM `+searchTable+` WHERE `+searchTable+` MATCH ? AND rank MATCH ?
		ORDER BY `+order+` LIMIT ?`, expr, ranking, limit)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return ids, nil
}

// scopeFilter is the FTS5 expression of the rows v may find in locale l: those of their
// space in l for one of their audiences. "" when there are none.
func scopeFilter(v *viewer.Viewer, l locales.Locale) string {
	if len(v.Audiences) == 0 {
		return ""
	}
	alts := make([]string, len(v.Audiences))
	for i, a := range v.Audiences {
		alts[i] = ftsString(scopeToken(v.SpaceID, l, string(a)), false)
	}
	return "(scope : (" + strings.Join(alts, " OR ") + "))"
}

// scopeToken is the one word of a row's scope column: its space, locale and audience
// ("s12frpublic"), so that Search filters on them inside the index rather than by reading
// every matching row. Only letters and digits, so that the tokenizer keeps it whole.
func scopeToken(spaceID int, l locales.Locale, audience string) string {
	return "s" + strconv.Itoa(spaceID) + strings.ToLower(string(l)) + strings.Map(func(r rune) rune {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return unicode.ToLower(r)
		}
		return -1
	}, audience)
}

// searchQuery is a parsed query: clauses that must all match.
type searchQuery struct{ clauses []queryClause }

// queryClause is one word of the query, matching any of its forms, or one quoted phrase.
type queryClause struct {
	forms  []queryForm // a word: its stem (a prefix if it is being typed, with the stems it may complete)
	phrase []string    // a phrase: the stems of its words, in order
	open   bool        // the phrase's closing quote is not typed yet: its last word is a prefix
}

// queryForm is a stem a word of the text must have (exact), or start with (prefix).
type queryForm struct {
	stem   string
	prefix bool
}

// parseQuery reads query in locale l. typing says the query's last word is still being typed.
func parseQuery(query string, l locales.Locale, typing bool) searchQuery {
	var q searchQuery
	var stops []queryClause  // stop words, searched for only when the query has nothing else
	seen := map[string]int{} // a word twice is one clause: its index in q.clauses
	segs := splitQuotes(query)
	for si, seg := range segs {
		spans := wordSpans(seg.text, l)
		if !seg.quoted {
			for _, sp := range spans {
				w := normalize(seg.text[sp.word:sp.end], l)
				if w == "" {
					continue
				}
				// Only the word being typed is a prefix: a whole word matches the words of
				// its stem ("comptes", "compte"), not every word its stem starts
				// ("acce", the stem of "accès", would find "acceptée"). One letter is no prefix.
				st := stemOf(w, l)
				typed := typing && si == len(segs)-1 && sp.end == len(seg.text) && utf8.RuneCountInString(st) > 1
				c := queryClause{forms: []queryForm{{stem: st, prefix: typed}}}
				if typed {
					c.forms = append(c.forms, completions(w, st, l)...)
				}
				if isStopWord(w, l) {
					stops = append(stops, c)
				} else if i, ok := seen[st]; ok {
					if typed {
						q.clauses[i] = c
					}
				} else {
					seen[st] = len(q.clauses)
					q.clauses = append(q.clauses, c)
				}
			}
			continue
		}
		var stems, stopStems []string
		for _, sp := range spans {
			w := normalize(seg.text[sp.word:sp.end], l)
			switch {
			case w == "":
			case isStopWord(w, l):
				stopStems = append(stopStems, stemOf(w, l))
			default:
				stems = append(stems, stemOf(w, l))
			}
		}
		switch {
		case len(stems) > 0:
			q.clauses = append(q.clauses, queryClause{phrase: stems, open: !seg.closed})
		case len(stopStems) > 0: // a phrase of stop words only: not indexed, it finds nothing
			stops = append(stops, queryClause{phrase: stopStems})
		}
	}
	if len(q.clauses) == 0 {
		q.clauses = stops
	}
	return q
}

// suffixes are common endings (accents folded) a word being typed may stop in the middle
// of: its start alone may stem longer than the whole word does ("activat" stays "activat",
// "activation" becomes "activ").
var suffixes = map[locales.Locale][]string{
	locales.FR: {"ation", "ations", "ateur", "atrice", "ement", "ements", "issement", "ite", "ites",
		"ique", "iques", "isme", "iste", "able", "ible", "ance", "ence", "euse", "eur", "eurs",
		"ment", "tion", "sion", "ant", "ante", "ants"},
	locales.EN: {"ation", "ations", "ization", "isation", "ational", "ement", "ements", "ment",
		"ments", "ness", "iness", "ing", "ings", "able", "ible", "ity", "ities", "ive", "ize",
		"ise", "ful", "fully", "ously", "ence", "ance", "ator", "ers", "ally"},
}

// completions are the stems of the words w (normalized, stemming to st) is the start of when
// completed by one of l's suffixes, when they are not st or longer: "activat" → "activ" (of
// "activation"), "delegatio" → "deleg", "happin" → "happi". Exact forms: they stand for the
// completed words only.
func completions(w, st string, l locales.Locale) []queryForm {
	var forms []queryForm
	for _, x := range suffixes[l] {
		for k := len(x) - 1; k >= 1; k-- {
			if !strings.HasSuffix(w, x[:k]) {
				continue
			}
			c := stemOf(w+x[k:], l)
			if utf8.RuneCountInString(c) < 3 || strings.HasPrefix(c, st) || slices.Contains(forms, queryForm{stem: c}) {
				continue
			}
			forms = append(forms, queryForm{stem: c})
		}
	}
	return forms
}

// querySegment is a run of the query outside or inside double quotes.
type querySegment struct {
	text           string
	quoted, closed bool
}

// quoted splits query at its double quotes (straight, curly or French guillemets).
func splitQuotes(query string) []querySegment {
	var segs []querySegment
	in := false
	start := 0
	for i, r := range query {
		if r != '"' && r != '“' && r != '”' && r != '«' && r != '»' {
			continue
		}
		segs = append(segs, querySegment{text: query[start:i], quoted: in, closed: in})
		in = !in
		start = i + utf8.RuneLen(r)
	}
	return append(segs, querySegment{text: query[start:], quoted: in})
}

// match is the FTS5 expression of q. Stems are quoted, so no word of a query is ever read
// as FTS5 syntax.
func (q searchQuery) match() string {
	parts := make([]string, len(q.clauses))
	for i, c := range q.clauses {
		if c.phrase != nil {
			parts[i] = ftsString(strings.Join(c.phrase, " "), c.open)
			continue
		}
		alts := make([]string, len(c.forms))
		for j, f := range c.forms {
			alts[j] = ftsString(f.stem, f.prefix)
		}
		parts[i] = strings.Join(alts, " OR ")
		if len(alts) > 1 {
			parts[i] = "(" + parts[i] + ")"
		}
	}
	return strings.Join(parts, " AND ")
}

func ftsString(s string, prefix bool) string {
	s = `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	if prefix {
		s += "*"
	}
	return s
}

// matches reports whether a word of the text whose stem is st is one the query asked for.
func (q searchQuery) matches(st string) bool {
	for _, c := range q.clauses {
		for _, f := range c.forms {
			if st == f.stem || f.prefix && strings.HasPrefix(st, f.stem) {
				return true
			}
		}
		for i, p := range c.phrase {
			if st == p || c.open && i == len(c.phrase)-1 && strings.HasPrefix(st, p) {
				return true
			}
		}
	}
	return false
}

// heads are the starts of the query's stems (their first two bytes, or one for stems of two
// bytes or less): a word starting with none of them cannot match, and is not stemmed, since
// Snowball rewrites the ends of words, never their first letters.
func (q searchQuery) heads() []string {
	var hs []string
	add := func(st string) {
		h := st[:min(len(st), 2)]
		if len(st) <= 2 {
			h = st[:min(len(st), 1)]
		}
		if h != "" && !slices.Contains(hs, h) {
			hs = append(hs, h)
		}
	}
	for _, c := range q.clauses {
		for _, f := range c.forms {
			add(f.stem)
		}
		for _, p := range c.phrase {
			add(p)
		}
	}
	return hs
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
// served in locale l, with their snippets; keyed by "kind:id". The items are loaded a few at
// a time (idsPerQuery), then the published translations of those the viewer may read, in one
// query per kind.
func (s *Service) loadHits(ctx context.Context, ids map[string][]int, l locales.Locale, q searchQuery) (map[string]Hit, error) {
	out := map[string]Hit{}
	if len(ids[kindGuide]) > 0 {
		gs, err := inChunks(ids[kindGuide], func(c []int) ([]*ent.Guide, error) {
			return s.Client.Guide.Query().Where(guide.IDIn(c...)).All(ctx)
		})
		if err != nil {
			return nil, err
		}
		byID := map[int]*ent.Guide{}
		for _, g := range gs {
			byID[g.ID] = g
		}
		ts, err := s.Client.GuideTranslation.Query().
			Where(guidetranslation.GuideIDIn(slices.Collect(maps.Keys(byID))...), guidetranslation.Published(true)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, t := range ts {
			g := byID[t.GuideID]
			g.Edges.Translations = append(g.Edges.Translations, t)
		}
		for _, g := range gs {
			if len(g.Edges.Translations) == 0 { // unpublished in between
				continue
			}
			g.Serve(l)
			t := g.Edges.Translations[0]
			out[kindGuide+":"+strconv.Itoa(g.ID)] = Hit{Node: g, Snippet: snippet(t.Title, t.Summary+" "+t.Plain, q, l)}
		}
	}
	if len(ids[kindFaq]) > 0 {
		fs, err := inChunks(ids[kindFaq], func(c []int) ([]*ent.Faq, error) {
			return s.Client.Faq.Query().Where(faq.IDIn(c...)).All(ctx)
		})
		if err != nil {
			return nil, err
		}
		byID := map[int]*ent.Faq{}
		for _, f := range fs {
			byID[f.ID] = f
		}
		ts, err := s.Client.FaqTranslation.Query().
			Where(faqtranslation.FaqIDIn(slices.Collect(maps.Keys(byID))...), faqtranslation.Published(true)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, t := range ts {
			f := byID[t.FaqID]
			f.Edges.Translations = append(f.Edges.Translations, t)
		}
		for _, f := range fs {
			if len(f.Edges.Translations) == 0 {
				continue
			}
			f.Serve(l)
			t := f.Edges.Translations[0]
			out[kindFaq+":"+strconv.Itoa(f.ID)] = Hit{Node: f, Snippet: snippet(t.Question, t.Plain, q, l)}
		}
	}
	if len(ids[kindResource]) > 0 {
		rs, err := inChunks(ids[kindResource], func(c []int) ([]*ent.Resource, error) {
			return s.Client.Resource.Query().Where(resource.IDIn(c...)).All(ctx)
		})
		if err != nil {
			return nil, err
		}
		byID := map[int]*ent.Resource{}
		for _, r := range rs {
			byID[r.ID] = r
		}
		tq := s.Client.ResourceTranslation.Query().Where(resourcetranslation.ResourceIDIn(slices.Collect(maps.Keys(byID))...))
		publishedResourceTr(tq)
		ts, err := tq.All(ctx)
		if err != nil {
			return nil, err
		}
		for _, t := range ts {
			r := byID[t.ResourceID]
			r.Edges.Translations = append(r.Edges.Translations, t)
		}
		for _, r := range rs {
			if len(r.Edges.Translations) == 0 {
				continue
			}
			r.Serve(l)
			t := r.Served()
			out[kindResource+":"+strconv.Itoa(r.ID)] = Hit{Node: r, Snippet: snippet(t.Title, t.Plain, q, l)}
		}
	}
	return out, nil
}

// idsPerQuery is how many items loadHits asks for at once. The visibility filter adds
// "space_id = ?" to each query; without table statistics (ANALYZE), SQLite then prefers the
// space_id index to the primary key from 4 IDs on, and reads the whole space.
const idsPerQuery = 3

func inChunks[T any](ids []int, load func([]int) ([]T, error)) ([]T, error) {
	var out []T
	for c := range slices.Chunk(ids, idsPerQuery) {
		items, err := load(c)
		if err != nil {
			return nil, err
		}
		out = append(out, items...)
	}
	return out, nil
}

// snippetWords is how many words an extract shows.
const snippetWords = 28

// Snippet is an extract of body around its first word that query matches (of title when
// body has none), HTML-escaped, with every matched word wrapped in <mark></mark>. The query
// is read as Search reads it.
func Snippet(title, body, query string, l locales.Locale) string {
	return snippet(title, body, parseQuery(strings.TrimSpace(query), l, false), l)
}

func snippet(title, body string, q searchQuery, l locales.Locale) string {
	m := snippetMarker{q: q, l: l, heads: q.heads(), seen: map[string]bool{}}
	for _, text := range []string{body, title} {
		// The words up to the first match, and as many after it as the extract shows
		// (and one more, to know whether the text goes on).
		var spans []span
		firstHit := -1
		for sp := range eachWord(text, l) {
			spans = append(spans, sp)
			if firstHit < 0 && m.matches(text[sp.word:sp.end]) {
				firstHit = len(spans) - 1
			}
			if firstHit >= 0 && len(spans) > max(firstHit-6, 0)+snippetWords {
				break
			}
		}
		if firstHit < 0 {
			continue
		}
		from := max(0, firstHit-6)
		to := min(len(spans), from+snippetWords)
		return m.markWords(text, spans[from:to], from > 0, to < len(spans))
	}
	var spans []span
	for sp := range eachWord(body, l) {
		if spans = append(spans, sp); len(spans) > snippetWords {
			break
		}
	}
	return m.markWords(body, spans[:min(len(spans), snippetWords)], false, len(spans) > snippetWords)
}

// snippetMarker decides which words of a text a query matched, stemming each distinct word once.
type snippetMarker struct {
	q     searchQuery
	l     locales.Locale
	heads []string
	seen  map[string]bool
}

func (m *snippetMarker) matches(word string) bool {
	if ok, known := m.seen[word]; known {
		return ok
	}
	ok := false
	if m.mayMatch(word) {
		w := normalize(word, m.l)
		ok = slices.ContainsFunc(m.heads, func(h string) bool { return strings.HasPrefix(w, h) }) &&
			m.q.matches(stemOf(w, m.l))
	}
	m.seen[word] = ok
	return ok
}

// mayMatch is a quick look at the word's first two letters when they are plain ASCII,
// before it is normalized: most words of a text are rejected here.
func (m *snippetMarker) mayMatch(word string) bool {
	if len(word) < 2 || word[0] >= utf8.RuneSelf || word[1] >= utf8.RuneSelf || isApostrophe(rune(word[1])) {
		return true
	}
	head := strings.ToLower(word[:2])
	return slices.ContainsFunc(m.heads, func(h string) bool { return strings.HasPrefix(head, h) })
}

func (m *snippetMarker) markWords(text string, spans []span, cutStart, cutEnd bool) string {
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
		if m.matches(text[sp.word:sp.end]) {
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

// The index holds one row per published translation of a guide, FAQ or resource that is
// not deleted. Its rowid packs, from the highest bits down, the item's ID, its kind, the
// translation's locale and how many words its title has (capped at 31):
//
//	id << 8 | kind << 6 | locale << 5 | titleWords
//
// so that an item's rows are one rowid range (the one thing FTS5 finds without reading every
// row), and that Search reads what a hit is, and how long its title is, from the rowid alone.

// Item kinds, as the index's kind column names them.
const (
	kindGuide    = "guide"
	kindFaq      = "faq"
	kindResource = "resource"
)

var kindBits = map[string]int64{kindGuide: 0, kindFaq: 1, kindResource: 2}

var kindOfBits = []string{kindGuide, kindFaq, kindResource}

const (
	titleWordsBits = 5
	titleWordsMask = 1<<titleWordsBits - 1
	// maxItemID keeps id<<8 within an int64 rowid.
	maxItemID = 1<<55 - 1
)

func rowID(kind string, id int, l locales.Locale, titleWords int) int64 {
	r := int64(id)<<8 | kindBits[kind]<<6 | int64(min(titleWords, titleWordsMask))
	if l == locales.EN {
		r |= 1 << titleWordsBits
	}
	return r
}

// itemRows is the rowid range of an item's rows.
func itemRows(kind string, id int) (first, last int64) {
	first = int64(id)<<8 | kindBits[kind]<<6
	return first, first | (1<<6 - 1)
}

func fromRowID(r int64) (kind string, id int) {
	if k := int(r >> 6 & 3); k < len(kindOfBits) {
		kind = kindOfBits[k]
	}
	return kind, int(r >> 8)
}

// indexRow is what the index holds of one published translation.
type indexRow struct {
	kind                  string
	id, spaceID           int
	locale                locales.Locale
	audience              string
	title, summary, plain string
}

// IndexGuide brings the guide's rows of the search index in line with the database inside
// tx: one row per published translation of the guide, none when it has none or is deleted.
// Call it in the transaction that publishes, unpublishes, deletes or restores it (or changes
// its audience), so that the index never disagrees with what is committed.
func IndexGuide(ctx context.Context, tx *ent.Tx, guideID int) error {
	return indexItem(ctx, tx, kindGuide, guideID, func(ctx context.Context) ([]indexRow, error) {
		return guideRows(ctx, tx, guide.ID(guideID))
	})
}

// IndexFaq is IndexGuide for a FAQ entry.
func IndexFaq(ctx context.Context, tx *ent.Tx, faqID int) error {
	return indexItem(ctx, tx, kindFaq, faqID, func(ctx context.Context) ([]indexRow, error) {
		return faqRows(ctx, tx, faq.ID(faqID))
	})
}

// IndexResource is IndexGuide for a resource.
func IndexResource(ctx context.Context, tx *ent.Tx, resourceID int) error {
	return indexItem(ctx, tx, kindResource, resourceID, func(ctx context.Context) ([]indexRow, error) {
		return resourceRows(ctx, tx, resource.ID(resourceID))
	})
}

func indexItem(ctx context.Context, tx *ent.Tx, kind string, id int, load func(context.Context) ([]indexRow, error)) error {
	if id < 0 || int64(id) > maxItemID {
		return fmt.Errorf("indexing %s %d: ID out of range", kind, id)
	}
	first, last := itemRows(kind, id)
	if _, err := tx.ExecContext(ctx, `DELETE FROM `+searchTable+` WHERE rowid >= ? AND rowid <= ?`, first, last); err != nil {
		return fmt.Errorf("indexing %s %d: %w", kind, id, err)
	}
	rows, err := load(indexing(ctx))
	if err != nil {
		return fmt.Errorf("indexing %s %d: %w", kind, id, err)
	}
	return insertRows(ctx, tx, rows)
}

// indexing is ctx for reading what to index: everything, whoever the viewer is, since the
// index records each item's audience and Search filters on it.
func indexing(ctx context.Context) context.Context {
	return privacy.DecisionContext(ctx, privacy.Allow)
}

// Reindex rebuilds the search index of the given spaces from their published translations,
// inside tx, so the index always matches the content committed with it.
func Reindex(ctx context.Context, tx *ent.Tx, spaceIDs []int) error {
	written := 0
	for _, id := range spaceIDs {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+searchTable+` WHERE space_id = ?`, id); err != nil {
			return fmt.Errorf("reindex: %w", err)
		}
		n, err := indexAll(ctx, tx, []predicate.Guide{guide.SpaceID(id)}, []predicate.Faq{faq.SpaceID(id)},
			[]predicate.Resource{resource.SpaceID(id)})
		if err != nil {
			return err
		}
		written += n
	}
	return optimizeAfter(ctx, tx, written)
}

// ReindexAll rebuilds the whole search index inside tx: after a migration that recreated it
// (an empty index finds nothing), or to repair it.
func ReindexAll(ctx context.Context, tx *ent.Tx) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO `+searchTable+`(`+searchTable+`) VALUES ('delete-all')`); err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	n, err := indexAll(ctx, tx, nil, nil, nil)
	if err != nil {
		return err
	}
	return optimizeAfter(ctx, tx, n)
}

// indexAll writes the rows of the items the predicates select, and says how many.
func indexAll(ctx context.Context, tx *ent.Tx, g []predicate.Guide, f []predicate.Faq, r []predicate.Resource) (int, error) {
	rctx := indexing(ctx)
	gs, err := guideRows(rctx, tx, g...)
	if err != nil {
		return 0, fmt.Errorf("reindex: %w", err)
	}
	fs, err := faqRows(rctx, tx, f...)
	if err != nil {
		return 0, fmt.Errorf("reindex: %w", err)
	}
	rs, err := resourceRows(rctx, tx, r...)
	if err != nil {
		return 0, fmt.Errorf("reindex: %w", err)
	}
	for _, rows := range [][]indexRow{gs, fs, rs} {
		if err := insertRows(ctx, tx, rows); err != nil {
			return 0, err
		}
	}
	return len(gs) + len(fs) + len(rs), nil
}

// optimizeThreshold is how many rows a rebuild writes before it merges the index into one
// segment: FTS5 merges its segments little by little as rows come, and a query reads every
// segment, so after a bulk write one merge (about 0.3 s for 20,000 rows) speeds every query.
const optimizeThreshold = 1000

func optimizeAfter(ctx context.Context, tx *ent.Tx, written int) error {
	if written < optimizeThreshold {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO `+searchTable+`(`+searchTable+`) VALUES ('optimize')`); err != nil {
		return fmt.Errorf("reindex: optimize: %w", err)
	}
	return nil
}

func insertRows(ctx context.Context, tx *ent.Tx, rows []indexRow) error {
	a := analyzer{}
	for _, r := range rows {
		if r.id < 0 || int64(r.id) > maxItemID {
			return fmt.Errorf("indexing %s %d: ID out of range", r.kind, r.id)
		}
		title := a.analyze(r.title, r.locale)
		_, err := tx.ExecContext(ctx, `INSERT INTO `+searchTable+`
			(rowid, kind, item_id, space_id, locale, audience, title, summary, body, scope)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			rowID(r.kind, r.id, r.locale, len(strings.Fields(title))), r.kind, r.id, r.spaceID, string(r.locale), r.audience,
			title, a.analyze(r.summary, r.locale), a.analyze(r.plain, r.locale),
			scopeToken(r.spaceID, r.locale, r.audience))
		if err != nil {
			return fmt.Errorf("indexing %s %d: %w", r.kind, r.id, err)
		}
	}
	return nil
}

// guideRows are the index rows of the guides where selects, deleted ones left out. Items and
// translations are read in two queries (no list of IDs, however many there are).
func guideRows(ctx context.Context, tx *ent.Tx, where ...predicate.Guide) ([]indexRow, error) {
	where = append(where, guide.DeletedAtIsNil())
	items, err := tx.Guide.Query().Where(where...).Select(guide.FieldSpaceID, guide.FieldAudience).All(ctx)
	if err != nil {
		return nil, err
	}
	byID := make(map[int]*ent.Guide, len(items))
	for _, it := range items {
		byID[it.ID] = it
	}
	ts, err := tx.GuideTranslation.Query().
		Where(guidetranslation.Published(true), guidetranslation.HasGuideWith(where...)).
		Select(guidetranslation.FieldGuideID, guidetranslation.FieldLocale, guidetranslation.FieldTitle,
			guidetranslation.FieldSummary, guidetranslation.FieldPlain).
		All(ctx)
	if err != nil {
		return nil, err
	}
	rows := make([]indexRow, 0, len(ts))
	for _, t := range ts {
		if it := byID[t.GuideID]; it != nil {
			rows = append(rows, indexRow{kindGuide, it.ID, it.SpaceID, t.Locale, string(it.Audience), t.Title, t.Summary, t.Plain})
		}
	}
	return rows, nil
}

// faqRows are guideRows for FAQ entries: the question is their title; they have no summary.
func faqRows(ctx context.Context, tx *ent.Tx, where ...predicate.Faq) ([]indexRow, error) {
	where = append(where, faq.DeletedAtIsNil())
	items, err := tx.Faq.Query().Where(where...).Select(faq.FieldSpaceID, faq.FieldAudience).All(ctx)
	if err != nil {
		return nil, err
	}
	byID := make(map[int]*ent.Faq, len(items))
	for _, it := range items {
		byID[it.ID] = it
	}
	ts, err := tx.FaqTranslation.Query().
		Where(faqtranslation.Published(true), faqtranslation.HasFaqWith(where...)).
		Select(faqtranslation.FieldFaqID, faqtranslation.FieldLocale, faqtranslation.FieldQuestion, faqtranslation.FieldPlain).
		All(ctx)
	if err != nil {
		return nil, err
	}
	rows := make([]indexRow, 0, len(ts))
	for _, t := range ts {
		if it := byID[t.FaqID]; it != nil {
			rows = append(rows, indexRow{kindFaq, it.ID, it.SpaceID, t.Locale, string(it.Audience), t.Question, "", t.Plain})
		}
	}
	return rows, nil
}

// resourceRows are guideRows for resources: they have no summary.
func resourceRows(ctx context.Context, tx *ent.Tx, where ...predicate.Resource) ([]indexRow, error) {
	where = append(where, resource.DeletedAtIsNil())
	items, err := tx.Resource.Query().Where(where...).Select(resource.FieldSpaceID, resource.FieldAudience).All(ctx)
	if err != nil {
		return nil, err
	}
	byID := make(map[int]*ent.Resource, len(items))
	for _, it := range items {
		byID[it.ID] = it
	}
	ts, err := tx.ResourceTranslation.Query().
		Where(resourcetranslation.Published(true), resourcetranslation.HasResourceWith(where...)).
		Select(resourcetranslation.FieldResourceID, resourcetranslation.FieldLocale, resourcetranslation.FieldTitle,
			resourcetranslation.FieldPlain).
		All(ctx)
	if err != nil {
		return nil, err
	}
	rows := make([]indexRow, 0, len(ts))
	for _, t := range ts {
		if it := byID[t.ResourceID]; it != nil {
			rows = append(rows, indexRow{kindResource, it.ID, it.SpaceID, t.Locale, string(it.Audience), t.Title, "", t.Plain})
		}
	}
	return rows, nil
}
