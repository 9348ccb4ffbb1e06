package help

import (
	"context"
	"database/sql"
	"encoding/base64"
	"html"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/faq"
	"guichet/ent/faqtranslation"
	"guichet/ent/guide"
	"guichet/ent/guidetranslation"
	"guichet/ent/news"
	"guichet/ent/newstranslation"
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
	Node    any // *ent.Guide, *ent.Faq, *ent.Resource or *ent.News
}

// Results is a page of search hits.
type Results struct {
	TotalCount  int
	Hits        []Hit
	HasNext     bool
	EndCursor   *string
	StartCursor *string
}

// searchIndex is where the index lives and how it is searched: an FTS5 table on SQLite
// (search_sqlite.go), PostgreSQL's full-text search on PostgreSQL (search_postgres.go). Its
// writes run inside the transaction that changes the content.
type searchIndex interface {
	// search finds the rows of sc matching q, best first, from offset, n at most.
	search(ctx context.Context, db *sql.DB, q searchQuery, sc searchScope, offset, n int) (*indexPage, error)
	deleteItem(ctx context.Context, tx *ent.Tx, kind string, id int) error
	deleteSpace(ctx context.Context, tx *ent.Tx, spaceID int) error
	deleteAll(ctx context.Context, tx *ent.Tx) error
	insert(ctx context.Context, tx *ent.Tx, rows []indexRow) error
	// optimize tidies the index after a rebuild that wrote this many rows.
	optimize(ctx context.Context, tx *ent.Tx, written int) error
	empty(ctx context.Context, db *sql.DB) (bool, error)
}

// dialecter is an ent client or transaction: it knows its database's dialect.
type dialecter interface{ Dialect() string }

// indexOf is the index of the database c speaks to.
func indexOf(c dialecter) searchIndex {
	if c.Dialect() == dialect.Postgres {
		return pgIndex{}
	}
	return ftsIndex{}
}

// searchScope is what a search may find: the rows of a space in a locale for one of some
// audiences.
type searchScope struct {
	spaceID   int
	locale    locales.Locale
	audiences []string
}

func audiences(v *viewer.Viewer) []string {
	out := make([]string, len(v.Audiences))
	for i, a := range v.Audiences {
		out[i] = string(a)
	}
	return out
}

// indexPage is a page of an index's hits and the number of all of them.
type indexPage struct {
	hits  []indexHit
	total int
}

// indexHit is one row an index found; snippet is its extract when the index cuts them
// (PostgreSQL's ts_headline), else "" and Search cuts it in Go.
type indexHit struct {
	kind    string
	id      int
	snippet string
}

// IndexEmpty reports whether the search index has no row (a database migrated to a new
// index, to be filled by ReindexAll).
func IndexEmpty(ctx context.Context, c *ent.Client, db *sql.DB) (bool, error) {
	return indexOf(c).empty(ctx, db)
}

// Search finds the published guides, FAQs, resources and news of the viewer's space that the
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
	page, err := indexOf(s.Client).search(ctx, s.SQL, q, searchScope{spaceID: v.SpaceID, locale: l, audiences: audiences(v)}, offset, n)
	if err != nil {
		return nil, err
	}
	byKind := map[string][]int{}
	snippets := map[string]string{}
	for _, h := range page.hits {
		byKind[h.kind] = append(byKind[h.kind], h.id)
		if h.snippet != "" {
			snippets[h.kind+":"+strconv.Itoa(h.id)] = h.snippet
		}
	}
	found, err := s.loadHits(ctx, byKind, l, q, snippets)
	if err != nil {
		return nil, err
	}
	for i, r := range page.hits {
		h, ok := found[r.kind+":"+strconv.Itoa(r.id)]
		if !ok { // unpublished or restricted since it was indexed: the data layer has the last word
			continue
		}
		h.Cursor = encodeOffset(offset + i + 1)
		res.Hits = append(res.Hits, h)
	}
	res.TotalCount = page.total
	if offset == 0 && res.TotalCount == 0 && !s.NoSearchGaps {
		s.recordGap(v, l, query)
	}
	res.HasNext = offset+len(page.hits) < res.TotalCount
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

// searchQuery is a parsed query: clauses that must all match.
type searchQuery struct{ clauses []queryClause }

// queryClause is one word of the query, matching any of its forms, or one quoted phrase.
type queryClause struct {
	forms  []queryForm // a word: its stem (a prefix if it is being typed, with the stems it may complete)
	phrase []string    // a phrase: the stems of its words, in order
	open   bool        // the phrase's closing quote is not typed yet: its last word is a prefix
	// words are a phrase's words as typed, stop words and elided articles included, for an
	// index that analyzes the query itself (PostgreSQL) and counts their positions.
	words []string
}

// queryForm is a stem a word of the text must have (exact), or start with (prefix); word is
// the word it stems from (normalized), for an index that stems the query itself (PostgreSQL).
type queryForm struct {
	stem   string
	prefix bool
	word   string
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
				c := queryClause{forms: []queryForm{{stem: st, prefix: typed, word: w}}}
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
		var stems, stopStems, typedWords []string
		for _, sp := range spans {
			typedWords = append(typedWords, seg.text[sp.start:sp.end])
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
			q.clauses = append(q.clauses, queryClause{phrase: stems, open: !seg.closed, words: typedWords})
		case len(stopStems) > 0: // a phrase of stop words only: not indexed, it finds nothing
			stops = append(stops, queryClause{phrase: stopStems, words: typedWords})
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
			if utf8.RuneCountInString(c) < 3 || strings.HasPrefix(c, st) ||
				slices.ContainsFunc(forms, func(f queryForm) bool { return f.stem == c }) {
				continue
			}
			forms = append(forms, queryForm{stem: c, word: w + x[k:]})
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
// served in locale l, with their snippets; keyed by "kind:id". The items are loaded by their
// IDs (byIDs), then the published translations of those the viewer may read, in one query per
// kind.
func (s *Service) loadHits(ctx context.Context, ids map[string][]int, l locales.Locale, q searchQuery, snippets map[string]string) (map[string]Hit, error) {
	m := newSnippetMarker(q, l) // one for the page: its hits share most of their words
	cut := func(key, title, body string) string {
		if sn, ok := snippets[key]; ok {
			return sn
		}
		return m.snippet(title, body)
	}
	out := map[string]Hit{}
	if len(ids[kindGuide]) > 0 {
		gs, err := byIDs(s.Client, ids[kindGuide], func(c []int, byRowID func(*entsql.Selector)) ([]*ent.Guide, error) {
			q := s.Client.Guide.Query().Where(guide.IDIn(c...))
			q.Modify(byRowID)
			return q.All(ctx)
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
			key := kindGuide + ":" + strconv.Itoa(g.ID)
			out[key] = Hit{Node: g, Snippet: cut(key, t.Title, t.Summary+" "+t.Plain)}
		}
	}
	if len(ids[kindFaq]) > 0 {
		fs, err := byIDs(s.Client, ids[kindFaq], func(c []int, byRowID func(*entsql.Selector)) ([]*ent.Faq, error) {
			q := s.Client.Faq.Query().Where(faq.IDIn(c...))
			q.Modify(byRowID)
			return q.All(ctx)
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
			key := kindFaq + ":" + strconv.Itoa(f.ID)
			out[key] = Hit{Node: f, Snippet: cut(key, t.Question, t.Plain)}
		}
	}
	if len(ids[kindResource]) > 0 {
		rs, err := byIDs(s.Client, ids[kindResource], func(c []int, byRowID func(*entsql.Selector)) ([]*ent.Resource, error) {
			q := s.Client.Resource.Query().Where(resource.IDIn(c...))
			q.Modify(byRowID)
			return q.All(ctx)
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
			key := kindResource + ":" + strconv.Itoa(r.ID)
			out[key] = Hit{Node: r, Snippet: cut(key, t.Title, t.Plain)}
		}
	}
	if len(ids[kindNews]) > 0 {
		ns, err := byIDs(s.Client, ids[kindNews], func(c []int, byRowID func(*entsql.Selector)) ([]*ent.News, error) {
			q := s.Client.News.Query().Where(news.IDIn(c...))
			q.Modify(byRowID)
			return q.All(ctx)
		})
		if err != nil {
			return nil, err
		}
		byID := map[int]*ent.News{}
		for _, n := range ns {
			byID[n.ID] = n
		}
		ts, err := s.Client.NewsTranslation.Query().
			Where(newstranslation.NewsIDIn(slices.Collect(maps.Keys(byID))...), newstranslation.Published(true)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, t := range ts {
			n := byID[t.NewsID]
			n.Edges.Translations = append(n.Edges.Translations, t)
		}
		for _, n := range ns {
			if len(n.Edges.Translations) == 0 { // unpublished in between
				continue
			}
			n.Serve(l)
			t := n.Edges.Translations[0]
			key := kindNews + ":" + strconv.Itoa(n.ID)
			out[key] = Hit{Node: n, Snippet: cut(key, t.Title, t.Summary+" "+t.Plain)}
		}
	}
	return out, nil
}

// idsPerQuery is how many items loadHits asks for at once on PostgreSQL. The visibility
// filter adds "space_id = ?" to each query; without table statistics, a planner may prefer
// the space_id index to the primary key for more IDs, and read the whole space.
const idsPerQuery = 3

// byIDs loads the items of ids with load, which applies byRowID to its query. On SQLite, in
// one query whose table is read NOT INDEXED: SQLite then finds each item by its rowid (which
// NOT INDEXED leaves usable) whatever its statistics say, and never by the space_id index.
// Elsewhere, idsPerQuery IDs at a time.
func byIDs[T any](c dialecter, ids []int, load func(ids []int, byRowID func(*entsql.Selector)) ([]T, error)) ([]T, error) {
	if c.Dialect() == dialect.SQLite {
		return load(ids, func(s *entsql.Selector) {
			t := s.TableName()
			s.From(entsql.Table(t + " NOT INDEXED").Unquote().As(t))
		})
	}
	var out []T
	for c := range slices.Chunk(ids, idsPerQuery) {
		items, err := load(c, func(*entsql.Selector) {})
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
	return newSnippetMarker(parseQuery(strings.TrimSpace(query), l, false), l).snippet(title, body)
}

func newSnippetMarker(q searchQuery, l locales.Locale) *snippetMarker {
	return &snippetMarker{q: q, l: l, heads: q.heads(), seen: map[string]bool{}}
}

func (m *snippetMarker) snippet(title, body string) string {
	l := m.l
	for _, text := range []string{body, title} {
		// The words up to the first match, and as many after it as the extract shows
		// (and one more, to know whether the text goes on).
		var spans []span
		// Before the first match, only the six words before it are shown: the words before
		// those are let go (dropped counts them), so that a long text is read in little memory.
		dropped, firstHit := 0, -1
		for sp := range eachWord(text, l) {
			if firstHit < 0 && len(spans) == 64 {
				dropped += len(spans) - copy(spans, spans[len(spans)-6:])
				spans = spans[:6]
			}
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
		return m.markWords(text, spans[from:to], dropped+from > 0, to < len(spans))
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
	if !m.mayMatch(word) {
		return false
	}
	if ok, known := m.seen[word]; known {
		return ok
	}
	w := normalize(word, m.l)
	ok := slices.ContainsFunc(m.heads, func(h string) bool { return strings.HasPrefix(w, h) }) &&
		m.q.matches(stemOf(w, m.l))
	m.seen[word] = ok
	return ok
}

// mayMatch is a quick look at the word's first two letters when they are plain ASCII,
// before it is normalized: most words of a text are rejected here, without allocating.
func (m *snippetMarker) mayMatch(word string) bool {
	if len(word) < 2 || word[0] >= utf8.RuneSelf || word[1] >= utf8.RuneSelf || isApostrophe(rune(word[1])) {
		return true
	}
	c0, c1 := lowerASCII(word[0]), lowerASCII(word[1])
	for _, h := range m.heads {
		if h[0] == c0 && (len(h) == 1 || h[1] == c1) {
			return true
		}
	}
	return false
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
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

// Item kinds, as the index's kind column names them.
const (
	kindGuide    = "guide"
	kindFaq      = "faq"
	kindResource = "resource"
	kindNews     = "news"
)
