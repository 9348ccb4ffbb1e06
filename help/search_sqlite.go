package help

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"guichet/ent"
	"guichet/locales"
)

// ftsIndex is the search index on SQLite: an FTS5 table of tokens the Go analyzer made
// (analyze.go), ranked with bm25 (SEARCH.md).
type ftsIndex struct{}

// searchTable is the FTS5 index that store's migration creates. Its name carries the version
// of its columns: a change of columns is a new name, the migration drops the former table, and
// ReindexAll fills the new one (the index is derived data).
const searchTable = "search_index_v2"

// weights are bm25's weights of the columns: a title word is worth more than a summary word,
// worth more than a body word (one weight per column: the five UNINDEXED ones, title,
// summary, body, scope).
const weights = `0, 0, 0, 0, 0, 10.0, 4.0, 1.0, 0`

// ranking makes FTS5's rank column bm25 with weights for an expression of phrases whose match
// must lie in columns ("" for any), followed by scopePhrases phrases of scope: guichet_rank
// (search_rank.go), which ranks as bm25 does without counting the scope's rows, and counts a
// phrase's rows once per state of the index. A statement ordered first by the title's words
// (rowid & titleWordsMask) and keeping its top rows says so (top > 0): the rows that top rows
// already precede are not ranked.
func ranking(columns string, phrases []string, scopePhrases, top int) string {
	keys := make([]string, len(phrases))
	for i, p := range phrases {
		keys[i] = "{" + columns + "}:" + p
	}
	return `guichet_rank('` + searchTable + `', '` + strings.ReplaceAll(strings.Join(keys, "|"), `'`, `''`) + `', ` +
		strconv.Itoa(scopePhrases) + `, ` + strconv.Itoa(titleWordsMask*min(top, 1)) + `, ` + strconv.Itoa(top) + `, ` + weights + `)`
}

// tiers are the columns a match must lie in to rank in each tier, best first: the hits whose
// title has every word of the query come first, shorter titles first (the query is more of
// what they are about), then bm25; then those whose title and summary have them; then the
// others, each by bm25. byTitleWords says the tier's order starts with the title's words.
var tiers = []struct {
	columns, order string
	byTitleWords   bool
}{
	{"title", "rowid & " + strconv.Itoa(titleWordsMask) + ", rank, rowid", true},
	{"title summary", "rank, rowid", false},
	{"title summary body", "rank, rowid", false},
}

func (ftsIndex) search(ctx context.Context, db *sql.DB, q searchQuery, sc searchScope, offset, n int) (*indexPage, error) {
	scope := scopeFilter(sc)
	if scope == "" {
		return &indexPage{}, nil
	}
	match := q.match()
	// Every match's text column is what the last tier and the count look for: no column
	// filter when none of the query's words can be a scope token, since FTS5 then checks no
	// positions (a tenth to a fifth of those statements).
	anywhere := "({" + tiers[len(tiers)-1].columns + "} : (" + match + "))"
	if !q.mayMatchScope() {
		anywhere = "(" + match + ")"
	}
	// The total is counted beside the ranking, on another connection: the count needs every
	// match, the ranking only the best ones, and neither waits for the other. The count is
	// dropped when the ranking saw every match: cancelled, and waited for, so that no search
	// leaves a query running on a connection after it answered.
	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	count := make(chan counted, 1)
	go func() {
		var c counted
		c.err = db.QueryRowContext(cctx, `SELECT count(*) FROM `+searchTable+` WHERE `+searchTable+` MATCH ?`,
			anywhere+" AND "+scope).Scan(&c.n)
		count <- c
	}()
	ranked, all, err := rank(ctx, db, match, q.phrases(), anywhere, !q.mayMatchScope(), scope, len(sc.audiences), offset+n)
	if err != nil {
		return nil, err
	}
	page := &indexPage{}
	for _, rowid := range ranked[min(offset, len(ranked)):] { // ranked has offset+n at most
		kind, id := fromRowID(rowid)
		page.hits = append(page.hits, indexHit{kind: kind, id: id})
	}
	if all {
		page.total = len(ranked)
		cancel()
		<-count
		return page, nil
	}
	c := <-count
	if c.err != nil {
		return nil, fmt.Errorf("search count: %w", c.err)
	}
	page.total = c.n
	return page, nil
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
// anywhere is the expression of the last tier (every match: no column filter when anyColumn);
// match's phrases are phrases, scope's scopePhrases.
func rank(ctx context.Context, db *sql.DB, match string, phrases []string, anywhere string, anyColumn bool, scope string, scopePhrases, need int) (ranked []int64, all bool, err error) {
	seen := map[int64]bool{}
	for i := 0; i < len(tiers) && len(ranked) < need; i++ {
		expr, columns := "({"+tiers[i].columns+"} : ("+match+"))", tiers[i].columns
		if i == len(tiers)-1 {
			expr = anywhere
			if anyColumn {
				columns = ""
			}
		}
		top := 0
		if tiers[i].byTitleWords {
			top = need
		}
		rowids, err := rankedRows(ctx, db, expr+" AND "+scope, ranking(columns, phrases, scopePhrases, top), tiers[i].order, need)
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

// rankedRows are the rowids of the first limit rows matching the FTS5 expression expr, in
// order, rank being rankBy.
func rankedRows(ctx context.Context, db *sql.DB, expr, rankBy, order string, limit int) ([]int64, error) {
	rows, err := db.QueryContext(ctx, `SELECT rowid FROM `+searchTable+` WHERE `+searchTable+` MATCH ? AND rank MATCH ?
		ORDER BY `+order+` LIMIT ?`, expr, rankBy, limit)
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

// scopeFilter is the FTS5 expression of the rows sc allows: those of its space in its locale
// for one of its audiences. "" when there are none.
func scopeFilter(sc searchScope) string {
	if len(sc.audiences) == 0 {
		return ""
	}
	alts := make([]string, len(sc.audiences))
	for i, a := range sc.audiences {
		alts[i] = ftsString(scopeToken(sc.spaceID, sc.locale, a), false)
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

// mayMatchScope reports whether a word of q could match a scope token ("s12frpublic": an s
// and a digit), which only the column filter then keeps out of the text's matches.
func (q searchQuery) mayMatchScope() bool {
	scopeLike := func(st string) bool { return len(st) > 1 && st[0] == 's' && st[1] >= '0' && st[1] <= '9' }
	for _, c := range q.clauses {
		if slices.ContainsFunc(c.phrase, scopeLike) || slices.ContainsFunc(c.forms, func(f queryForm) bool { return scopeLike(f.stem) }) {
			return true
		}
	}
	return false
}

// phrases are the phrases of q's FTS5 expression (match), in their order.
func (q searchQuery) phrases() []string {
	var out []string
	for _, c := range q.clauses {
		if c.phrase != nil {
			out = append(out, ftsString(strings.Join(c.phrase, " "), c.open))
			continue
		}
		for _, f := range c.forms {
			out = append(out, ftsString(f.stem, f.prefix))
		}
	}
	return out
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

// The index holds one row per published translation of a guide, FAQ or resource that is
// not deleted. Its rowid packs, from the highest bits down, the item's ID, its kind, the
// translation's locale and how many words its title has (capped at 31):
//
//	id << 8 | kind << 6 | locale << 5 | titleWords
//
// so that an item's rows are one rowid range (the one thing FTS5 finds without reading every
// row), and that Search reads what a hit is, and how long its title is, from the rowid alone.

// The kind is a page's Kind by its place in Kinds: two bits, four kinds at most. A new kind
// goes last, so that the rowids already written keep their meaning.
var kindBits, kindOfBits = func() (map[string]int64, []string) {
	bits, names := map[string]int64{}, make([]string, len(Kinds))
	for i, k := range Kinds {
		bits[k.Name], names[i] = int64(i), k.Name
	}
	return bits, names
}()

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

func (ftsIndex) deleteItem(ctx context.Context, tx *ent.Tx, kind string, id int) error {
	if id < 0 || int64(id) > maxItemID {
		return fmt.Errorf("ID out of range")
	}
	first, last := itemRows(kind, id)
	_, err := tx.ExecContext(ctx, `DELETE FROM `+searchTable+` WHERE rowid >= ? AND rowid <= ?`, first, last)
	return err
}

func (ftsIndex) deleteSpace(ctx context.Context, tx *ent.Tx, spaceID int) error {
	_, err := tx.ExecContext(ctx, `DELETE FROM `+searchTable+` WHERE space_id = ?`, spaceID)
	return err
}

func (ftsIndex) deleteAll(ctx context.Context, tx *ent.Tx) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO `+searchTable+`(`+searchTable+`) VALUES ('delete-all')`)
	return err
}

// optimizeThreshold is how many rows a rebuild writes before it merges the index into one
// segment: FTS5 merges its segments little by little as rows come, and a query reads every
// segment, so after a bulk write one merge (about 0.3 s for 20,000 rows) speeds every query.
const optimizeThreshold = 1000

func (ftsIndex) optimize(ctx context.Context, tx *ent.Tx, written int) error {
	if written < optimizeThreshold {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO `+searchTable+`(`+searchTable+`) VALUES ('optimize')`); err != nil {
		return fmt.Errorf("reindex: optimize: %w", err)
	}
	return nil
}

func (ftsIndex) insert(ctx context.Context, tx *ent.Tx, rows []indexRow) error {
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

func (ftsIndex) empty(ctx context.Context, db *sql.DB) (bool, error) {
	var n int
	err := db.QueryRowContext(ctx, `SELECT count(*) FROM `+searchTable).Scan(&n)
	return n == 0, err
}
