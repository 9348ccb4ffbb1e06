package community

import (
	"context"

	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/accountrole"
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

// DirectoryPage lists the listed facilitators of the space by name, offset first.
func (s *Service) DirectoryPage(ctx context.Context, sp *ent.Space, first, offset int) (*Directory, error) {
	first = min(max(first, 1), MaxDirectoryPage)
	q := s.Client.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.DirectoryListed(true),
		entaccount.StatusEQ(entaccount.StatusACTIVE),
		entaccount.HasRolesWith(accountrole.Role("facilitator"), accountrole.Domain(sp.Slug)))
	total, err := q.Clone().Count(ctx)
	if err != nil {
		return nil, err
	}
	ids, err := q.Order(ent.Asc(entaccount.FieldLastName), ent.Asc(entaccount.FieldFirstName), ent.Asc(entaccount.FieldID)).
		Offset(max(offset, 0)).Limit(first).IDs(ctx)
	if err != nil {
		return nil, err
	}
	fs, err := s.facilitators(ctx, sp, ids)
	if err != nil {
		return nil, err
	}
	return &Directory{TotalCount: total, Facilitators: fs}, nil
}
