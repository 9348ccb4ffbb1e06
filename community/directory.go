package community

import (
	"context"

	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/accountrole"
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
	ids, err := s.Client.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.DirectoryListed(true),
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
