package community

import (
	"context"
	"database/sql"
	"strings"

	"entgo.io/ent/dialect"

	"guichet/apperr"
	"guichet/ent"
	"guichet/locales"
	"guichet/store"
)

// directoryPage reads a page of the directory's entries: the matches of f, in the directory's
// order, from offset from. On SQLite, a page read in an index's order (every filter but names
// alone) is one statement: SQLite steps over the offset before it reads an entry's belt and
// workshops. Names alone are sorted (every match would get its belt and workshops read before
// the sort), and PostgreSQL reads a row's columns before its offset, so these read the page's
// IDs first, then its entries by ID.
func (s *Service) directoryPage(ctx context.Context, f directoryFilter, from, first int, reader locales.Locale) ([]*DirectoryEntry, error) {
	d := s.Client.Dialect()
	if !f.byNames() && d == dialect.SQLite {
		q, args := f.pageStatement(d, false, from, first)
		return s.readEntriesOf(ctx, q, args, reader)
	}
	q, args := f.pageStatement(d, true, from, first)
	rows, err := s.Client.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	var ids []int
	for rows.Next() {
		var id int
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, id)
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	if err := rows.Err(); err != nil || len(ids) == 0 {
		return []*DirectoryEntry{}, err
	}
	q, args = f.entriesByIDStatement(d, ids)
	es, err := s.readEntriesOf(ctx, q, args, reader)
	if err != nil {
		return nil, err
	}
	byID := make(map[int]*DirectoryEntry, len(es))
	for _, e := range es {
		byID[e.ID] = e
	}
	out := make([]*DirectoryEntry, len(ids))
	for i, id := range ids {
		if out[i] = byID[id]; out[i] == nil {
			return nil, &apperr.Error{Code: apperr.NotFound}
		}
	}
	return out, nil
}

// scanEntries reads the entries of rows (entryColumns), in their order, and closes rows. The
// entries of a page are allocated together, each row scanned into the same variables.
func scanEntries(rows *sql.Rows, reader locales.Locale) ([]*DirectoryEntry, error) {
	defer rows.Close()
	out := []*DirectoryEntry{}
	var (
		acc           ent.Account
		id, rank, ran store.Int
		entries       []DirectoryEntry
	)
	for rows.Next() {
		if err := rows.Scan(&id, &acc.FirstName, &acc.LastName, &acc.Email, &acc.DirectoryCity, &acc.DirectoryLanguages,
			&acc.DirectoryBioFr, &acc.DirectoryBioEn, &acc.DirectoryShowEmail, &rank, &ran); err != nil {
			return nil, err
		}
		acc.ID = int(id)
		if len(entries) == cap(entries) {
			entries = make([]DirectoryEntry, 0, max(8, 2*cap(entries)))
		}
		entries = append(entries, DirectoryEntry{ID: acc.ID, DisplayName: strings.TrimSpace(acc.FirstName + " " + acc.LastName),
			WorkshopsRun: int(ran), City: nilIfEmpty(acc.DirectoryCity), Languages: languagesOf(&acc), Bio: bioFor(&acc, reader)})
		e := &entries[len(entries)-1]
		e.Belt = beltsByRank[int64(rank)] // shared, never written
		if acc.DirectoryShowEmail {
			e.ContactEmail = nilIfEmpty(acc.Email)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
