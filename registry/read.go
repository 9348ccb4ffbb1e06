package registry

import (
	"context"
	"strconv"
	"strings"

	"entgo.io/contrib/entgql"

	"guichet/apperr"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/document"
	"guichet/paging"
	"guichet/rowcount"
	"guichet/viewer"
)

var oldestFirst = ent.WithAccountOrder(&ent.AccountOrder{Direction: entgql.OrderDirectionAsc, Field: ent.AccountOrderFieldCreatedAt})

// EntityOf is the entity an account deposits for, nil for none.
func (s *Service) EntityOf(ctx context.Context, a *ent.Account) (*ent.Entity, error) {
	if a.EntityID == nil {
		return nil, nil
	}
	return s.Client.Entity.Get(ctx, *a.EntityID)
}

// Manager is the entity's manager: the account in the manager's place once approved; nil
// while it waits (it is then the manager-to-be, not yet the manager).
func (s *Service) Manager(ctx context.Context, e *ent.Entity) (*ent.Account, error) {
	if e.ManagerID == nil {
		return nil, nil
	}
	a, err := s.Client.Account.Query().Where(entaccount.ID(*e.ManagerID), entaccount.StatusEQ(entaccount.StatusACTIVE)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return a, err
}

// Members is a page of the entity's accounts, oldest first, whatever their status: for its
// members (who read the entity in its scope) and staff.
func (s *Service) Members(ctx context.Context, sp *ent.Space, v *viewer.Viewer, e *ent.Entity, first *int, after *ent.Cursor) (*ent.AccountConnection, error) {
	ok, err := s.Accounts.Allowed(ctx, v, sp, readEntity, Scope(e.ID))
	if err == nil && !ok {
		ok, err = s.staff(ctx, v, sp)
	}
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, &apperr.Error{Code: apperr.Forbidden}
	}
	pageCtx, counted := paging.Uncounted(ctx)
	conn, err := s.Client.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.EntityID(e.ID)).
		Paginate(pageCtx, after, first, nil, nil, oldestFirst)
	if err == nil && counted {
		conn.TotalCount, err = rowcount.Sum(ctx, s.Client, sp.ID, rowcount.Accounts, []int{e.ID}, rowcount.Every)
	}
	return conn, err
}

// MayReadDocuments reports whether the viewer sees the documents of an account's request:
// staff, and the manager of the account's entity.
func (s *Service) MayReadDocuments(ctx context.Context, v *viewer.Viewer, sp *ent.Space, a *ent.Account) (bool, error) {
	if a.SpaceID != sp.ID {
		return false, nil
	}
	ok, err := s.staff(ctx, v, sp)
	if err != nil || ok || a.EntityID == nil {
		return ok, err
	}
	return s.manages(ctx, v, sp, *a.EntityID)
}

// Documents are the documents of an account's request, for staff and its entity's manager;
// anyone else gets none.
func (s *Service) Documents(ctx context.Context, sp *ent.Space, v *viewer.Viewer, a *ent.Account) ([]*ent.Document, error) {
	ok, err := s.MayReadDocuments(ctx, v, sp, a)
	if err != nil || !ok {
		return []*ent.Document{}, err
	}
	return s.Client.Document.Query().Where(document.AccountID(a.ID), document.SpaceID(sp.ID)).
		Order(ent.Asc(document.FieldID)).All(ctx)
}

// PendingAccounts is a page of the accounts waiting for approval that the viewer decides on,
// oldest first: every one for staff; those of the entities they manage for an entity's
// manager.
func (s *Service) PendingAccounts(ctx context.Context, sp *ent.Space, v *viewer.Viewer, first *int, after *ent.Cursor) (*ent.AccountConnection, error) {
	q := s.Client.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.StatusEQ(entaccount.StatusPENDING_APPROVAL))
	all, err := s.staff(ctx, v, sp)
	if err != nil {
		return nil, err
	}
	scopes := []int{rowcount.Space}
	if !all {
		ids, err := s.managedEntities(ctx, v, sp)
		if err != nil {
			return nil, err
		}
		q.Where(entaccount.EntityIDIn(ids...))
		scopes = ids
	}
	pageCtx, counted := paging.Uncounted(ctx)
	conn, err := q.Paginate(pageCtx, after, first, nil, nil, oldestFirst)
	if err == nil && counted {
		conn.TotalCount, err = rowcount.Sum(ctx, s.Client, sp.ID, rowcount.Accounts, scopes, entaccount.StatusPENDING_APPROVAL.String())
	}
	return conn, err
}

// managedEntities are the entities whose accounts the viewer decides on: those where they hold
// the permission in the entity's scope.
func (s *Service) managedEntities(ctx context.Context, v *viewer.Viewer, sp *ent.Space) ([]int, error) {
	scopes, err := s.Accounts.ScopesAllowing(ctx, v, sp, approve)
	if err != nil {
		return nil, err
	}
	var ids []int
	for _, sc := range scopes {
		if id, ok := strings.CutPrefix(sc, "entity:"); ok {
			if n, err := strconv.Atoi(id); err == nil {
				ids = append(ids, n)
			}
		}
	}
	return ids, nil
}
