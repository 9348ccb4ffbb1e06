package help

import (
	"context"
	"encoding/base64"
	"fmt"
	"html"
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
// title has every word of the query come first, then those whose title and summary have
// them, then the others; bm25 orders each tier.
var tiers = []string{"title", "title summary", "title summary body"}

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
// viewer may read and whose text in locale l matches the query, best matches first (a match
// in the title weighs more than one in the summary, which weighs more than one in the body).
//
// Every word of the query must match, as the start of a word of the text once both are
// stemmed ("deleg" finds "délégation"); very common words ("de", "the") are ignored unless
// the query has nothing else. Words in double quotes must match as a phrase, in that order
// ("\"mot de passe\""). The last word, while it is being typed (no space after it), also
// finds the words it is the start of but whose stem is shorter than its own ("activat" finds
// "activation", whose stem is "activ").
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
	ranked, total, err := s.rank(ctx, q.match(), scope, offset+n)
	if err != nil {
		return nil, err
	}
	res.TotalCount = total
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

// rank finds the best need rows matching the FTS5 expression match among those scope allows,
// best first, and how many match in all. A page is filled tier by tier (tiers): the first
// tier ranks only the rows whose title matches, and in the common case fills the page. Each
// tier includes the ones before it, so that no tier needs a NOT; the rows an earlier tier
// found are skipped. A count is needed only when the last tier was not reached or was cut.
func (s *Service) rank(ctx context.Context, match, scope string, need int) (ranked []int64, total int, err error) {
	seen := map[int64]bool{}
	for i := 0; i < len(tiers) && len(ranked) < need; i++ {
		rowids, err := s.ranked(ctx, "({"+tiers[i]+"} : ("+match+")) AND "+scope, need)
		if err != nil {
			return nil, 0, err
		}
		for _, r := range rowids {
			if !seen[r] && len(ranked) < need {
				seen[r] = true
				ranked = append(ranked, r)
			}
		}
		if i == len(tiers)-1 && len(rowids) < need { // every match
			return ranked, len(rowids), nil
		}
	}
	err = s.SQL.QueryRowContext(ctx, `SELECT count(*) FROM `+searchTable+` WHERE `+searchTable+` MATCH ?`,
		"({"+tiers[len(tiers)-1]+"} : ("+match+")) AND "+scope).Scan(&total)
	if err != nil {
		return nil, 0, fmt.Errorf("search count: %w", err)
	}
	return ranked, total, nil
}

// ranked are the rowids of the best limit rows matching the FTS5 expression expr, best first.
func (s *Service) ranked(ctx context.Context, expr string, limit int) ([]int64, error) {
	rows, err := s.SQL.QueryContext(ctx, `SELECT rowid FROM `+searchTable+` WHERE `+searchTable+` MATCH ? AND rank MATCH ?
		ORDER BY rank, rowid LIMIT ?`, expr, ranking, limit)
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
type searchQuery struct{ clauses []clause }

// clause is one word of the query, matching any of its forms, or one quoted phrase.
type clause struct {
	forms  []form   // a word: its stem, as a prefix; for the word being typed, shorter stems too
	phrase []string // a phrase: the stems of its words, in order
	open   bool     // the phrase's closing quote is not typed yet: its last word is a prefix
}

// form is a stem a word of the text must have (exact), or start with (prefix).
type form struct {
	stem   string
	prefix bool
}

// parseQuery reads query in locale l. typing says the query's last word is still being typed.
func parseQuery(query string, l locales.Locale, typing bool) searchQuery {
	var q searchQuery
	var stops []clause // stop words, searched for only when the query has nothing else
	seen := map[form]bool{}
	segs := quoted(query)
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
				typed := typing && si == len(segs)-1 && sp.end == len(seg.text)
				forms := []form{{stem: stemOf(w, l), prefix: typed}}
				if utf8.RuneCountInString(forms[0].stem) < 2 {
					forms[0].prefix = false
				}
				if isStopWord(w, l) {
					stops = append(stops, clause{forms: forms})
					continue
				}
				if seen[forms[0]] {
					continue
				}
				seen[forms[0]] = true
				if typed {
					forms = append(forms, completions(w, forms[0].stem, l)...)
				}
				q.clauses = append(q.clauses, clause{forms: forms})
			}
			continue
		}
		var stems []string
		for _, sp := range spans {
			w := normalize(seg.text[sp.word:sp.end], l)
			if w != "" && !isStopWord(w, l) {
				stems = append(stems, stemOf(w, l))
			}
		}
		if len(stems) > 0 {
			q.clauses = append(q.clauses, clause{phrase: stems, open: !seg.closed})
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
func completions(w, st string, l locales.Locale) []form {
	var forms []form
	for _, x := range suffixes[l] {
		for k := len(x) - 1; k >= 1; k-- {
			if !strings.HasSuffix(w, x[:k]) {
				continue
			}
			c := stemOf(w+x[k:], l)
			if utf8.RuneCountInString(c) < 3 || strings.HasPrefix(c, st) || slices.Contains(forms, form{stem: c}) {
				continue
			}
			forms = append(forms, form{stem: c})
		}
	}
	return forms
}

// segment is a run of the query outside or inside double quotes.
type segment struct {
	text           string
	quoted, closed bool
}

// quoted splits query at its double quotes (straight, curly or French guillemets).
func quoted(query string) []segment {
	var segs []segment
	in := false
	start := 0
	for i, r := range query {
		if r != '"' && r != '“' && r != '”' && r != '«' && r != '»' {
			continue
		}
		segs = append(segs, segment{text: query[start:i], quoted: in, closed: in})
		in = !in
		start = i + utf8.RuneLen(r)
	}
	return append(segs, segment{text: query[start:], quoted: in})
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

// initials are the first bytes of the query's stems: a word starting with none of them
// cannot match, and is not stemmed (Snowball rewrites the ends of words, never the start).
func (q searchQuery) initials() string {
	var b []byte
	add := func(s string) {
		if s != "" && strings.IndexByte(string(b), s[0]) < 0 {
			b = append(b, s[0])
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
	return string(b)
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
func (s *Service) loadHits(ctx context.Context, ids map[string][]int, l locales.Locale, q searchQuery) (map[string]Hit, error) {
	out := map[string]Hit{}
	for chunk := range slices.Chunk(ids[kindGuide], idsPerQuery) {
		gs, err := s.Client.Guide.Query().Where(guide.IDIn(chunk...)).
			WithTranslations(func(q *ent.GuideTranslationQuery) { q.Where(guidetranslation.Published(true)) }).
			All(ctx)
		if err != nil {
			return nil, err
		}
		for _, g := range gs {
			g.Serve(l)
			t := g.Edges.Translations[0]
			out[kindGuide+":"+strconv.Itoa(g.ID)] = Hit{Node: g, Snippet: snippet(t.Title, t.Summary+" "+t.Plain, q, l)}
		}
	}
	for chunk := range slices.Chunk(ids[kindFaq], idsPerQuery) {
		fs, err := s.Client.Faq.Query().Where(faq.IDIn(chunk...)).
			WithTranslations(func(q *ent.FaqTranslationQuery) { q.Where(faqtranslation.Published(true)) }).
			All(ctx)
		if err != nil {
			return nil, err
		}
		for _, f := range fs {
			f.Serve(l)
			t := f.Edges.Translations[0]
			out[kindFaq+":"+strconv.Itoa(f.ID)] = Hit{Node: f, Snippet: snippet(t.Question, t.Plain, q, l)}
		}
	}
	for chunk := range slices.Chunk(ids[kindResource], idsPerQuery) {
		rs, err := s.Client.Resource.Query().Where(resource.IDIn(chunk...)).
			WithTranslations(publishedResourceTr).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			r.Serve(l)
			t := r.Served()
			out[kindResource+":"+strconv.Itoa(r.ID)] = Hit{Node: r, Snippet: snippet(t.Title, t.Plain, q, l)}
		}
	}
	return out, nil
}

// idsPerQuery is how many hits loadHits asks for at once. The visibility filter adds
// "space_id = ?" to each query; without table statistics (ANALYZE), SQLite then prefers the
// space_id index to the primary key from 4 IDs on, and reads the whole space.
const idsPerQuery = 3

// snippetWords is how many words an extract shows.
const snippetWords = 28

// Snippet is an extract of body around its first word that query matches (of title when
// body has none), HTML-escaped, with every matched word wrapped in <mark></mark>. The query
// is read as Search reads it.
func Snippet(title, body, query string, l locales.Locale) string {
	return snippet(title, body, parseQuery(strings.TrimSpace(query), l, false), l)
}

func snippet(title, body string, q searchQuery, l locales.Locale) string {
	m := marker{q: q, l: l, initials: q.initials(), seen: map[string]bool{}}
	for _, text := range []string{body, title} {
		spans := wordSpans(text, l)
		firstHit := -1
		for i, sp := range spans {
			if m.matches(text[sp.word:sp.end]) {
				firstHit = i
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
	spans := wordSpans(body, l)
	return m.markWords(body, spans[:min(len(spans), snippetWords)], false, len(spans) > snippetWords)
}

// marker decides which words of a text a query matched, stemming each distinct word once.
type marker struct {
	q        searchQuery
	l        locales.Locale
	initials string
	seen     map[string]bool
}

func (m *marker) matches(word string) bool {
	w := normalize(word, m.l)
	if w == "" || strings.IndexByte(m.initials, w[0]) < 0 {
		return false
	}
	ok, known := m.seen[w]
	if !known {
		ok = m.q.matches(stemOf(w, m.l))
		m.seen[w] = ok
	}
	return ok
}

func (m *marker) markWords(text string, spans []span, cutStart, cutEnd bool) string {
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
// not deleted. Its rowid packs the item's ID, kind and locale (rowID), so that an item's rows
// are found by rowid, the one column FTS5 finds without reading every row.

// Item kinds, as the index's kind column names them.
const (
	kindGuide    = "guide"
	kindFaq      = "faq"
	kindResource = "resource"
)

var kindBits = map[string]int64{kindGuide: 0, kindFaq: 1, kindResource: 2}

var kindOfBits = []string{kindGuide, kindFaq, kindResource}

// maxItemID keeps id<<3 within an int64 rowid.
const maxItemID = 1<<60 - 1

func rowID(kind string, id int, l locales.Locale) int64 {
	r := int64(id)<<3 | kindBits[kind]<<1
	if l == locales.EN {
		r |= 1
	}
	return r
}

func fromRowID(r int64) (kind string, id int) {
	k := int((r >> 1) & 3)
	if k < len(kindOfBits) {
		kind = kindOfBits[k]
	}
	return kind, int(r >> 3)
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
	if _, err := tx.ExecContext(ctx, `DELETE FROM `+searchTable+` WHERE rowid >= ? AND rowid <= ?`,
		rowID(kind, id, locales.FR), rowID(kind, id, locales.EN)); err != nil {
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
	for _, id := range spaceIDs {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+searchTable+` WHERE space_id = ?`, id); err != nil {
			return fmt.Errorf("reindex: %w", err)
		}
		if err := indexAll(ctx, tx, []predicate.Guide{guide.SpaceID(id)}, []predicate.Faq{faq.SpaceID(id)},
			[]predicate.Resource{resource.SpaceID(id)}); err != nil {
			return err
		}
	}
	return nil
}

// ReindexAll rebuilds the whole search index inside tx: after a migration that recreated it
// (an empty index finds nothing), or to repair it.
func ReindexAll(ctx context.Context, tx *ent.Tx) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO `+searchTable+`(`+searchTable+`) VALUES ('delete-all')`); err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	return indexAll(ctx, tx, nil, nil, nil)
}

func indexAll(ctx context.Context, tx *ent.Tx, g []predicate.Guide, f []predicate.Faq, r []predicate.Resource) error {
	rctx := indexing(ctx)
	gs, err := guideRows(rctx, tx, g...)
	if err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	fs, err := faqRows(rctx, tx, f...)
	if err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	rs, err := resourceRows(rctx, tx, r...)
	if err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	for _, rows := range [][]indexRow{gs, fs, rs} {
		if err := insertRows(ctx, tx, rows); err != nil {
			return err
		}
	}
	return nil
}

func insertRows(ctx context.Context, tx *ent.Tx, rows []indexRow) error {
	for _, r := range rows {
		_, err := tx.ExecContext(ctx, `INSERT INTO `+searchTable+`
			(rowid, kind, item_id, space_id, locale, audience, title, summary, body, scope)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			rowID(r.kind, r.id, r.locale), r.kind, r.id, r.spaceID, string(r.locale), r.audience,
			analyze(r.title, r.locale), analyze(r.summary, r.locale), analyze(r.plain, r.locale),
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
