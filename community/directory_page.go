package community

import (
	"context"
	"fmt"
	"strings"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"guichet/apperr"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/predicate"
	"guichet/facilitation"
	"guichet/locales"
	"guichet/rowcount"
)

// directoryPage reads a page of the directory's entries: the accounts of where, in the
// directory's order, from offset from. On SQLite, a page read in an index's order (every
// filter but names alone) is one statement: SQLite steps over the offset before it reads an
// entry's belt and workshops. Names alone are sorted (every match would get its belt and
// workshops read before the sort), and PostgreSQL reads a row's columns before its offset,
// so these read the page's IDs first, then its entries by ID.
func (s *Service) directoryPage(ctx context.Context, sp *ent.Space, where []predicate.Account, sorted bool, from, first int, reader locales.Locale) ([]*DirectoryEntry, error) {
	d := s.Client.Dialect()
	t := sql.Table(entaccount.Table)
	if !sorted && d == dialect.SQLite {
		q := entriesOf(d, sp, t)
		for _, p := range where {
			p(q)
		}
		q.OrderBy(t.C(entaccount.FieldLastName), t.C(entaccount.FieldFirstName), t.C(entaccount.FieldID)).Offset(from).Limit(first)
		return s.readEntries(ctx, q, reader)
	}
	ids, err := s.Client.Account.Query().Where(where...).
		Order(ent.Asc(entaccount.FieldLastName), ent.Asc(entaccount.FieldFirstName), ent.Asc(entaccount.FieldID)).
		Offset(from).Limit(first).IDs(ctx)
	if err != nil || len(ids) == 0 {
		return []*DirectoryEntry{}, err
	}
	in := make([]any, len(ids))
	for i, id := range ids {
		in[i] = id
	}
	es, err := s.readEntries(ctx, entriesOf(d, sp, t).Where(sql.And(sql.In(t.C(entaccount.FieldID), in...), spaceNotIndexedOn(d, t, sp.ID))), reader)
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

// entriesOf selects, from the accounts t, the columns of a directory entry: those each
// account shares, its highest belt in the space and the reported workshops it ran.
func entriesOf(d string, sp *ent.Space, t *sql.SelectTable) *sql.Selector {
	// The highest belt role as its rank (MAX over the account's few roles, no sort), read back
	// as a belt by readEntries, as facilitatorsOf reads it.
	rank := sql.ExprFunc(func(b *sql.Builder) {
		b.WriteString("(SELECT MAX(CASE r.role")
		for _, belt := range facilitation.Belts {
			b.WriteString(" WHEN ").Arg(facilitation.Role(belt)).WriteString(fmt.Sprintf(" THEN %d", facilitation.Rank(belt)))
		}
		b.WriteString(" ELSE 0 END) FROM account_roles AS r WHERE r.account_id = ").WriteString(t.C(entaccount.FieldID)).
			WriteString(" AND r.domain = ").Arg(sp.Slug).WriteString(")")
	})
	// The reported workshops of the space each ran or co-ran (reportedIn's rule), as the
	// database keeps their number (rowcount.WorkshopsRun): one key per entry, not a lookup per
	// workshop.
	ran := sql.ExprFunc(func(b *sql.Builder) {
		b.WriteString("(SELECT CAST(COALESCE(SUM(c.n), 0) AS BIGINT) FROM row_counts AS c WHERE c.space_id = ").Arg(sp.ID).
			WriteString(" AND c.counted = ").Arg(rowcount.WorkshopsRun).
			WriteString(" AND c.scope_id = ").WriteString(t.C(entaccount.FieldID)).
			WriteString(" AND c.value = ").Arg(rowcount.Every).WriteString(")")
	})
	return sql.Dialect(d).Select(t.Columns(entaccount.FieldID, entaccount.FieldFirstName, entaccount.FieldLastName,
		entaccount.FieldEmail, entaccount.FieldDirectoryCity, entaccount.FieldDirectoryLanguages, entaccount.FieldDirectoryBioFr,
		entaccount.FieldDirectoryBioEn, entaccount.FieldDirectoryShowEmail)...).
		AppendSelectExpr(rank, ran).From(t)
}

// readEntries reads the entries q selects (entriesOf), in its order.
func (s *Service) readEntries(ctx context.Context, q *sql.Selector, reader locales.Locale) ([]*DirectoryEntry, error) {
	query, args := q.Query()
	if err := q.Err(); err != nil {
		return nil, err
	}
	rows, err := s.Client.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	byRank := map[int64]string{}
	for _, b := range facilitation.Belts {
		byRank[int64(facilitation.Rank(b))] = b
	}
	out := []*DirectoryEntry{}
	for rows.Next() {
		var acc ent.Account
		var rank *int64
		var ran int64
		if err := rows.Scan(&acc.ID, &acc.FirstName, &acc.LastName, &acc.Email, &acc.DirectoryCity, &acc.DirectoryLanguages,
			&acc.DirectoryBioFr, &acc.DirectoryBioEn, &acc.DirectoryShowEmail, &rank, &ran); err != nil {
			return nil, err
		}
		e := &DirectoryEntry{ID: acc.ID, DisplayName: strings.TrimSpace(acc.FirstName + " " + acc.LastName), WorkshopsRun: int(ran),
			City: nilIfEmpty(acc.DirectoryCity), Languages: languagesOf(&acc), Bio: bioFor(&acc, reader)}
		if rank != nil {
			e.Belt = nilIfEmpty(byRank[*rank])
		}
		if acc.DirectoryShowEmail {
			e.ContactEmail = &acc.Email
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// spaceNotIndexedOn is spaceNotIndexed for a table of accounts t outside ent's queries.
func spaceNotIndexedOn(d string, t *sql.SelectTable, id int) *sql.Predicate {
	if d != dialect.SQLite {
		return sql.EQ(t.C(entaccount.FieldSpaceID), id)
	}
	return sql.P(func(b *sql.Builder) {
		b.WriteString("+").WriteString(t.C(entaccount.FieldSpaceID)).WriteOp(sql.OpEQ).Arg(id)
	})
}
