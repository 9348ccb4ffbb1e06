package community

import (
	"context"
	"strings"
	"sync"

	"entgo.io/ent/dialect"

	"guichet/locales"
	"guichet/rowcount"
	"guichet/store"
)

// The directory's statements are written here rather than by ent's builder: a search sent the
// same few texts, rebuilt with their predicates and subqueries at every request. A statement's
// text depends only on its shape (the dialect, how many words, whether a city, a belt, which
// reading); it is built once per shape, and its arguments are appended at every request by the
// same code that wrote it, so that they cannot disagree.

// directoryFilter is what a directory request narrows the listed facilitators by.
type directoryFilter struct {
	space  int
	domain string // the space's slug, the roles' domain
	words  []string
	city   string // a folded key, "" for none
	belt   string // the belt's role, "" for none
	rank   int    // the belt's rank (facilitation.Rank), with belt
}

// byNames tells whether the page reads the names' list (names without a city), sorted, rather
// than the directory's index in its order.
func (f directoryFilter) byNames() bool { return len(f.words) > 0 && f.city == "" }

// directoryReading is which statement of a directory request is written.
type directoryReading uint8

const (
	// directoryEntries reads the page's entries, in the directory's order, offset first.
	directoryEntries directoryReading = iota
	// directoryIDs reads the page's IDs only, in that order (their entries are read by ID).
	directoryIDs
	// directoryCount counts the matches.
	directoryCount
)

type directoryShape struct {
	dialect      string
	reading      directoryReading
	words        int
	city, belt   bool
	notIndexed   bool // +space_id on SQLite: the accounts are found by ID lists
	names        bool // the names' full-text list narrows the accounts (SQLite)
	entriesByIDs int  // the number of IDs an entries-by-ID statement reads
}

// directoryStatements are the texts by shape.
var directoryStatements sync.Map

// directoryStatement is the statement of shape: its text (built at the first request of its
// shape) and its arguments, written by write.
type directoryStatement struct {
	text *strings.Builder // nil when the shape's text is known
	args []any
}

func (s *directoryStatement) sql(t string) {
	if s.text != nil {
		s.text.WriteString(t)
	}
}

func (s *directoryStatement) arg(t string, v any) {
	s.sql(t)
	s.args = append(s.args, v)
}

// statement returns shape's text and the arguments write appends.
func statement(shape directoryShape, write func(s *directoryStatement)) (string, []any) {
	s := &directoryStatement{args: make([]any, 0, 24)}
	if q, ok := directoryStatements.Load(shape); ok {
		write(s)
		return q.(string), s.args
	}
	s.text = &strings.Builder{}
	write(s)
	q := store.Rebind(shape.dialect, s.text.String())
	directoryStatements.Store(shape, q)
	return q, s.args
}

// where writes the conditions of the matches on the accounts a: the listed active
// facilitators of the space, each word beginning a word of a name key, the city's key, the
// belt, and on SQLite with names the names' full-text list.
func (f directoryFilter) where(s *directoryStatement, shape directoryShape) {
	// +space_id: SQLite is told not to read the space's accounts in an index of space_id, which
	// it prefers without statistics, but the names' list.
	if shape.notIndexed && shape.dialect == dialect.SQLite {
		s.arg(" WHERE +a.space_id = ?", f.space)
	} else {
		s.arg(" WHERE a.space_id = ?", f.space)
	}
	// directory_listed = ?, an equality: SQLite reads the index past it in the directory's order.
	s.arg(" AND a.directory_listed = ?", true)
	s.arg(" AND a.status = ?", "ACTIVE")
	for _, w := range f.words {
		// The names' key is " word word …" (accounts.names_key, both names' keys): " w" inside it
		// is a word that begins with w (slug.Words are letters and digits: nothing to escape in
		// a pattern, and no space, so none straddles the two names).
		s.arg(" AND a.names_key LIKE ?", "% "+w+"%")
	}
	if f.city != "" {
		s.arg(" AND a.directory_city_key = ?", f.city)
	}
	// The role and the belt as the database keeps them in the account's row (accounts.facilitator,
	// belt_rank: a facilitator holds one belt), and in the index of a city's names: no lookup
	// of the roles per account.
	s.arg(" AND a.facilitator = ?", true)
	if f.belt != "" {
		s.arg(" AND a.belt_rank = ?", f.rank)
	}
	if shape.names {
		s.arg(" AND a.id IN (SELECT rowid FROM account_names WHERE account_names MATCH ?)", namesMatch(f.words))
	}
}

// namesMatch is the full-text query of the accounts whose names have words beginning with each
// of words: each quoted (letters and digits only), one prefix token.
func namesMatch(words []string) string {
	var match strings.Builder
	for i, w := range words {
		if i > 0 {
			match.WriteByte(' ')
		}
		match.WriteString(`"` + w + `"*`)
	}
	return match.String()
}

// entryColumns writes the columns of a directory entry (scanEntries reads them): those each
// account shares, its highest belt in the space as its rank, and the reported workshops it ran.
func (f directoryFilter) entryColumns(s *directoryStatement) {
	s.sql("SELECT a.id, a.first_name, a.last_name, a.email, a.directory_city, a.directory_languages," +
		" a.directory_bio_fr, a.directory_bio_en, a.directory_show_email")
	// The highest belt in the space as its rank, as the database keeps it (accounts.belt_rank).
	s.sql(", a.belt_rank")
	// The reported workshops of the space each ran or co-ran, as the database keeps their
	// number (rowcount.WorkshopsRun): one key per entry, not a lookup per workshop.
	s.arg(", (SELECT CAST(COALESCE(SUM(c.n), 0) AS BIGINT) FROM row_counts AS c WHERE c.space_id = ?", f.space)
	s.arg(" AND c.counted = ?", rowcount.WorkshopsRun)
	s.arg(" AND c.scope_id = a.id AND c.value = ?)", rowcount.Every)
	s.sql(" FROM accounts AS a")
}

// pageStatement reads a page of the matches in the directory's order (by name), offset from:
// their entries, or with ids only their IDs.
func (f directoryFilter) pageStatement(d string, ids bool, from, first int) (string, []any) {
	shape := f.shape(d, directoryEntries)
	if ids {
		shape.reading = directoryIDs
	}
	return statement(shape, func(s *directoryStatement) {
		if ids {
			s.sql("SELECT a.id FROM accounts AS a")
		} else {
			f.entryColumns(s)
		}
		f.where(s, shape)
		s.sql(" ORDER BY a.last_name, a.first_name, a.id")
		s.arg(" LIMIT ?", first)
		s.arg(" OFFSET ?", from)
	})
}

// entriesByIDStatement reads the entries of ids, in no order.
func (f directoryFilter) entriesByIDStatement(d string, ids []int) (string, []any) {
	shape := directoryShape{dialect: d, reading: directoryEntries, entriesByIDs: len(ids)}
	return statement(shape, func(s *directoryStatement) {
		f.entryColumns(s)
		for i, id := range ids {
			if i == 0 {
				s.arg(" WHERE a.id IN (?", id)
			} else {
				s.arg(", ?", id)
			}
		}
		s.sql(")")
		if d == dialect.SQLite {
			s.arg(" AND +a.space_id = ?", f.space)
		} else {
			s.arg(" AND a.space_id = ?", f.space)
		}
	})
}

// countStatement counts the matches: a city's entries each checked in the city's index, else
// the accounts of the names' list or of the belt's, each checked, not every listed account.
func (f directoryFilter) countStatement(d string) (string, []any) {
	shape := f.shape(d, directoryCount)
	return statement(shape, func(s *directoryStatement) {
		s.sql("SELECT COUNT(a.id) FROM accounts AS a")
		f.where(s, shape)
	})
}

// shape is the shape of reading's statement for f.
func (f directoryFilter) shape(d string, reading directoryReading) directoryShape {
	shape := directoryShape{dialect: d, reading: reading, words: len(f.words), city: f.city != "", belt: f.belt != ""}
	switch {
	case reading == directoryCount && f.city == "":
		shape.notIndexed, shape.names = true, d == dialect.SQLite && len(f.words) > 0
	case f.byNames():
		// The names' list, sorted, rather than the directory's order checked against it: the
		// count reads that list anyway, and a rare word would otherwise read every entry.
		shape.notIndexed, shape.names = true, d == dialect.SQLite
	}
	return shape
}

// readEntriesOf runs an entries statement and reads its entries in its order.
func (s *Service) readEntriesOf(ctx context.Context, query string, args []any, reader locales.Locale) ([]*DirectoryEntry, error) {
	rows, err := s.Client.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	return scanEntries(rows, reader)
}
