package help

import (
	"context"
	"database/sql"
	"fmt"
	"html"
	"strings"

	"guichet/ent"
	"guichet/locales"
)

// pgIndex is the search index on PostgreSQL: the search_documents table (store's migrations),
// one row per published translation with a weighted tsvector of its title (A), summary (B) and
// body (C), analyzed by PostgreSQL itself with the configuration of its language —
// guichet_french or guichet_english: unaccent, then the Snowball stemmer and stop words of the
// language — and a GIN index. Queries are parsed in Go (words, phrases, the word being typed,
// SEARCH.md) and each word is analyzed by PostgreSQL with the same configuration; ranking is
// by tiers as on SQLite, then ts_rank_cd; snippets are ts_headline's.
type pgIndex struct{}

// tsConfig is the text search configuration of a locale.
func tsConfig(l locales.Locale) string {
	if l == locales.EN {
		return "guichet_english"
	}
	return "guichet_french"
}

// Markers ts_headline puts around matched words: the headline is HTML-escaped in Go, then
// they become <mark> and </mark>.
const (
	markStart = "\x01"
	markStop  = "\x02"
)

// headlineOptions: an extract of at most 28 words around the best match, as on SQLite.
const headlineOptions = "StartSel=" + markStart + ", StopSel=" + markStop + ", MaxWords=28, MinWords=12, ShortWord=2"

// tsquery is q as to_tsquery's input: its words quoted (so that nothing typed is read as
// syntax), a word being typed with :* (a prefix), a word's alternatives with |, the words of a
// phrase with <-> (PostgreSQL counts the stop words it drops between them), clauses with &.
func (q searchQuery) tsquery() string {
	parts := make([]string, 0, len(q.clauses))
	for _, c := range q.clauses {
		if c.phrase != nil {
			ws := make([]string, len(c.words))
			for i, w := range c.words {
				ws[i] = tsLexeme(w, c.open && i == len(c.words)-1)
			}
			parts = append(parts, "("+strings.Join(ws, " <-> ")+")")
			continue
		}
		alts := make([]string, len(c.forms))
		for i, f := range c.forms {
			alts[i] = tsLexeme(f.word, f.prefix)
		}
		parts = append(parts, "("+strings.Join(alts, " | ")+")")
	}
	return strings.Join(parts, " & ")
}

func tsLexeme(w string, prefix bool) string {
	s := "'" + strings.ReplaceAll(strings.ReplaceAll(w, `\`, `\\`), "'", "''") + "'"
	if prefix {
		s += ":*"
	}
	return s
}

// pgSearch ranks in tiers, as on SQLite (SEARCH.md): rows whose title has every word, the
// shortest titles first; then rows whose title and summary have them; then the others; within a
// tier by ts_rank_cd with the weights of bm25 on SQLite (title 10, summary 4, body 1), divided
// by the length of the document as bm25 does (normalization 2: short pages first). The page
// is cut in the database and only its rows get a headline.
const pgSearch = `
WITH q AS (SELECT to_tsquery($1::regconfig, $2) AS q),
matches AS (
	SELECT d.kind, d.item_id, d.title, d.summary, d.body,
		CASE WHEN ts_filter(d.document, '{a}') @@ q.q THEN 1
			WHEN ts_filter(d.document, '{a,b}') @@ q.q THEN 2 ELSE 3 END AS tier,
		d.title_words,
		ts_rank_cd('{0, 0.1, 0.4, 1.0}', d.document, q.q, 2) AS rank
	FROM search_documents d, q
	WHERE d.space_id = $3 AND d.locale = $4 AND d.audience = ANY($5) AND d.document @@ q.q
),
page AS (
	SELECT m.*, count(*) OVER () AS total FROM matches m
	ORDER BY m.tier, CASE WHEN m.tier = 1 THEN m.title_words ELSE 0 END, m.rank DESC, m.item_id, m.kind
	LIMIT $6 OFFSET $7
)
SELECT p.kind, p.item_id, p.total,
	CASE WHEN strpos(h.body, E'\x01') > 0 OR strpos(h.title, E'\x01') = 0 THEN h.body ELSE h.title END
FROM page p, q, LATERAL (SELECT
	ts_headline($1::regconfig, concat_ws(' ', nullif(p.summary, ''), p.body), q.q, $8) AS body,
	ts_headline($1::regconfig, p.title, q.q, $8) AS title) h
ORDER BY p.tier, CASE WHEN p.tier = 1 THEN p.title_words ELSE 0 END, p.rank DESC, p.item_id, p.kind`

func (pgIndex) search(ctx context.Context, db *sql.DB, q searchQuery, sc searchScope, offset, n int) (*indexPage, error) {
	page := &indexPage{}
	if len(sc.audiences) == 0 {
		return page, nil
	}
	cfg, tsq := tsConfig(sc.locale), q.tsquery()
	rows, err := db.QueryContext(ctx, pgSearch, cfg, tsq, sc.spaceID, string(sc.locale), sc.audiences, n, offset, headlineOptions)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var h indexHit
		var headline string
		if err := rows.Scan(&h.kind, &h.id, &page.total, &headline); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		h.snippet = markHeadline(headline)
		page.hits = append(page.hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if len(page.hits) == 0 && (offset > 0 || n == 0) { // no row to carry the total: count
		err := db.QueryRowContext(ctx, `SELECT count(*) FROM search_documents d
			WHERE d.space_id = $3 AND d.locale = $4 AND d.audience = ANY($5) AND d.document @@ to_tsquery($1::regconfig, $2)`,
			cfg, tsq, sc.spaceID, string(sc.locale), sc.audiences).Scan(&page.total)
		if err != nil {
			return nil, fmt.Errorf("search count: %w", err)
		}
	}
	return page, nil
}

// markHeadline escapes a headline for HTML and turns its markers into <mark> elements.
func markHeadline(h string) string {
	h = html.EscapeString(strings.TrimSpace(h))
	return strings.NewReplacer(markStart, "<mark>", markStop, "</mark>").Replace(h)
}

func (pgIndex) deleteItem(ctx context.Context, tx *ent.Tx, kind string, id int) error {
	_, err := tx.ExecContext(ctx, `DELETE FROM search_documents WHERE kind = $1 AND item_id = $2`, kind, id)
	return err
}

func (pgIndex) deleteSpace(ctx context.Context, tx *ent.Tx, spaceID int) error {
	_, err := tx.ExecContext(ctx, `DELETE FROM search_documents WHERE space_id = $1`, spaceID)
	return err
}

func (pgIndex) deleteAll(ctx context.Context, tx *ent.Tx) error {
	_, err := tx.ExecContext(ctx, `DELETE FROM search_documents`)
	return err
}

// optimize: PostgreSQL's GIN index needs no merging; autovacuum keeps its statistics.
func (pgIndex) optimize(context.Context, *ent.Tx, int) error { return nil }

func (pgIndex) insert(ctx context.Context, tx *ent.Tx, rows []indexRow) error {
	a := analyzer{}
	for _, r := range rows {
		// title_words orders the first tier as on SQLite: the words the analyzer keeps.
		titleWords := len(strings.Fields(a.analyze(r.title, r.locale)))
		_, err := tx.ExecContext(ctx, `INSERT INTO search_documents
			(kind, item_id, locale, space_id, audience, title, summary, body, title_words, document)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,
				setweight(to_tsvector($10::regconfig, $6), 'A') ||
				setweight(to_tsvector($10::regconfig, $7), 'B') ||
				setweight(to_tsvector($10::regconfig, $8), 'C'))`,
			r.kind, r.id, string(r.locale), r.spaceID, r.audience, r.title, r.summary, r.plain, titleWords, tsConfig(r.locale))
		if err != nil {
			return fmt.Errorf("indexing %s %d: %w", r.kind, r.id, err)
		}
	}
	return nil
}

func (pgIndex) empty(ctx context.Context, db *sql.DB) (bool, error) {
	var exists bool
	err := db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM search_documents)`).Scan(&exists)
	return !exists, err
}
