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
	"guichet/ent/workshop"
	"guichet/facilitation"
	"guichet/locales"
)

// directoryEntries reads the directory's entries of accounts ids (a page, in its order) in
// one statement: the columns each shares, its highest belt in the space and the reported
// workshops it ran, read by ID (the page's order is kept by the statement that chose it, which
// walks an index; sorting its rows again would show as a sort in its plan).
func (s *Service) directoryEntries(ctx context.Context, sp *ent.Space, ids []int, reader locales.Locale) ([]*DirectoryEntry, error) {
	a := sql.Table(entaccount.Table).As("a")
	// The highest belt role as its rank (MAX over the account's few roles, no sort), read back
	// as a belt below, as facilitatorsOf reads it.
	rank := sql.ExprFunc(func(b *sql.Builder) {
		b.WriteString("(SELECT MAX(CASE r.role")
		for _, belt := range facilitation.Belts {
			b.WriteString(" WHEN ").Arg(facilitation.Role(belt)).WriteString(fmt.Sprintf(" THEN %d", facilitation.Rank(belt)))
		}
		b.WriteString(" ELSE 0 END) FROM account_roles AS r WHERE r.account_id = ").WriteString(a.C(entaccount.FieldID)).
			WriteString(" AND r.domain = ").Arg(sp.Slug).WriteString(")")
	})
	// The reported workshops of the space each ran or co-ran (reportedIn's rule).
	ran := sql.ExprFunc(func(b *sql.Builder) {
		b.WriteString("(SELECT COUNT(*) FROM workshop_facilitators AS wf WHERE wf.account_id = ").WriteString(a.C(entaccount.FieldID)).
			WriteString(" AND EXISTS (SELECT 1 FROM workshops AS w WHERE w.id = wf.workshop_id AND w.space_id = ").Arg(sp.ID).
			WriteString(" AND w.status = ").Arg(string(workshop.StatusREPORTED)).WriteString("))")
	})
	in := make([]any, len(ids))
	for i, id := range ids {
		in[i] = id
	}
	q := sql.Dialect(s.Client.Dialect()).Select(a.Columns(entaccount.FieldID, entaccount.FieldFirstName, entaccount.FieldLastName,
		entaccount.FieldEmail, entaccount.FieldDirectoryCity, entaccount.FieldDirectoryLanguages, entaccount.FieldDirectoryBioFr,
		entaccount.FieldDirectoryBioEn, entaccount.FieldDirectoryShowEmail)...).
		AppendSelectExpr(rank, ran).
		From(a).Where(sql.And(sql.In(a.C(entaccount.FieldID), in...), spaceNotIndexedOn(s.Client.Dialect(), a, sp.ID)))
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
	byID := make(map[int]*DirectoryEntry, len(ids))
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
		byID[e.ID] = e
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]*DirectoryEntry, len(ids))
	for i, id := range ids {
		if out[i] = byID[id]; out[i] == nil {
			return nil, &apperr.Error{Code: apperr.NotFound}
		}
	}
	return out, nil
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
