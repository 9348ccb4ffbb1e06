package community

import (
	"context"

	"entgo.io/ent/dialect/sql"

	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/accountrole"
	"guichet/ent/predicate"
	"guichet/paging"
	"guichet/rowcount"
	"guichet/viewer"
)

// The community's directory lists the facilitators who chose to appear in it.

// SetListed puts the viewer in the directory, or takes them out.
func (s *Service) SetListed(ctx context.Context, sp *ent.Space, v *viewer.Viewer, listed bool) error {
	return s.Client.Account.Update().Where(entaccount.ID(v.AccountID), entaccount.SpaceID(sp.ID)).
		SetDirectoryListed(listed).Exec(ctx)
}

// Directory is one page of the directory.
type Directory struct {
	TotalCount   int
	Facilitators []*Facilitator
}

// MaxDirectoryPage bounds a page of the directory.
const MaxDirectoryPage = 100

// MaxDirectoryOffset bounds the offset of a page of the directory: the page steps over every
// facilitator before it, so a page past it would cost what the whole directory costs.
const MaxDirectoryOffset = 10_000

// DirectoryPage lists the listed facilitators of the space by name, offset first (at most
// MaxDirectoryOffset, else BAD_USER_INPUT naming offset); its total is the count the
// database keeps (rowcount.Directory).
func (s *Service) DirectoryPage(ctx context.Context, sp *ent.Space, first int, offset *int) (*Directory, error) {
	from, err := paging.Offset(offset, MaxDirectoryOffset)
	if err != nil {
		return nil, err
	}
	first = min(max(first, 1), MaxDirectoryPage)
	total, err := rowcount.Sum(ctx, s.Client, sp.ID, rowcount.Directory, []int{rowcount.Space}, rowcount.Every)
	if err != nil {
		return nil, err
	}
	// directory_listed = ?, not ent's bare column: an equality, so that SQLite reads the index
	// past it in the directory's order instead of sorting every listed account.
	listed := predicate.Account(func(s *sql.Selector) {
		s.Where(sql.P(func(b *sql.Builder) { b.Ident(s.C(entaccount.FieldDirectoryListed)).WriteOp(sql.OpEQ).Arg(true) }))
	})
	ids, err := s.Client.Account.Query().Where(entaccount.SpaceID(sp.ID), listed,
		entaccount.StatusEQ(entaccount.StatusACTIVE),
		entaccount.HasRolesWith(accountrole.Role("facilitator"), accountrole.Domain(sp.Slug))).
		Order(ent.Asc(entaccount.FieldLastName), ent.Asc(entaccount.FieldFirstName), ent.Asc(entaccount.FieldID)).
		Offset(from).Limit(first).IDs(ctx)
	if err != nil {
		return nil, err
	}
	fs, err := s.facilitators(ctx, sp, ids)
	if err != nil {
		return nil, err
	}
	return &Directory{TotalCount: total, Facilitators: fs}, nil
}
