package registry

import (
	"context"

	"guichet/account"
	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/accountrole"
	"guichet/ent/entity"
	"guichet/mail"
	"guichet/policy"
	"guichet/viewer"
)

// EventManagerDesignated is staff moving an entity's manager's place to another of its
// accounts, at its legal representative's request.
const EventManagerDesignated = "entity.manager_designated"

// designate is the permission to move an entity's manager's place: staff's alone (space
// admins approve accounts, but do not name an entity's manager).
var designate = policy.Permission{Object: "entities", Action: "assign"}

// SetEntityManager moves the entity's manager's place to another ACTIVE account of the entity,
// as its legal representative asked: that account becomes the manager, the former manager a
// depositor of the entity, both are e-mailed, and the move is audited. The place may also be
// held by a manager-to-be still waiting (who stays pending, as any later account), or be free.
//
// Refusals: an account of another entity, or none: BAD_USER_INPUT ACCOUNT_NOT_IN_ENTITY on
// accountId; an account of the entity that is not ACTIVE (waiting, rejected, suspended):
// BAD_USER_INPUT ACCOUNT_NOT_ACTIVE on accountId — the account must be activated and approved
// first. An entity that is not the space's: NOT_FOUND.
//
// The place changes by a conditional UPDATE of the entity's row, under the row's lock: two
// designations at the same moment leave exactly one manager, the later one's.
func (s *Service) SetEntityManager(ctx context.Context, sp *ent.Space, v *viewer.Viewer, entityID, accountID int) (*ent.Entity, error) {
	if !enabled(sp) {
		return nil, notInSpace()
	}
	ok, err := s.Accounts.Allowed(ctx, v, sp, designate, "")
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, &apperr.Error{Code: apperr.Forbidden}
	}
	var out *ent.Entity
	err = s.Txn.Run(ctx, func(tx *ent.Tx) error {
		exists, err := tx.Entity.Query().Where(entity.ID(entityID), entity.SpaceID(sp.ID)).Exist(ctx)
		if err != nil {
			return err
		}
		if !exists {
			return &apperr.Error{Code: apperr.NotFound, MessageID: "ENTITY_NOT_FOUND"}
		}
		e, err := s.lock(ctx, tx, entityID)
		if err != nil {
			return err
		}
		a, err := tx.Account.Query().Where(entaccount.ID(accountID), entaccount.SpaceID(sp.ID)).Only(ctx)
		if err != nil && !ent.IsNotFound(err) {
			return err
		}
		switch {
		case a == nil || a.EntityID == nil || *a.EntityID != e.ID:
			return apperr.Invalid(apperr.Violation{Field: "accountId", Code: "ACCOUNT_NOT_IN_ENTITY", Data: map[string]any{"Entity": e.Name}})
		case a.Status != entaccount.StatusACTIVE:
			return apperr.Invalid(apperr.Violation{Field: "accountId", Code: "ACCOUNT_NOT_ACTIVE", MessageID: "MANAGER_NOT_ACTIVE"})
		case holdsPlace(e, a.ID):
			out = e // already the manager: nothing to move
			return nil
		}
		if err := s.movePlace(ctx, tx, sp, e, a, v); err != nil {
			return err
		}
		out, err = tx.Entity.Get(ctx, e.ID)
		return err
	})
	return out, err
}

// movePlace gives the entity's manager's place to a, the former holder becoming a depositor
// when it was the manager, and tells both.
func (s *Service) movePlace(ctx context.Context, tx *ent.Tx, sp *ent.Space, e *ent.Entity, a *ent.Account, v *viewer.Viewer) error {
	u := tx.Entity.Update().Where(entity.ID(e.ID)).SetManagerID(a.ID)
	if e.ManagerID == nil {
		u.Where(entity.ManagerIDIsNil())
	} else {
		u.Where(entity.ManagerID(*e.ManagerID))
	}
	n, err := u.Save(ctx)
	if err != nil {
		return err
	}
	if n != 1 { // the entity's row is locked: only a store that ignored the lock gets here
		return &apperr.Error{Code: apperr.Conflict, MessageID: "ENTITY_MANAGER_CHANGED"}
	}
	domain := policy.Scope(sp.Slug, Scope(e.ID))
	var former *ent.Account
	if e.ManagerID != nil {
		former, err = tx.Account.Query().Where(entaccount.ID(*e.ManagerID), entaccount.StatusEQ(entaccount.StatusACTIVE)).Only(ctx)
		if err != nil && !ent.IsNotFound(err) {
			return err
		}
	}
	if former != nil {
		if err := setRole(ctx, tx, former.ID, domain, RoleDepositor); err != nil {
			return err
		}
	}
	if err := setRole(ctx, tx, a.ID, domain, RoleManager); err != nil {
		return err
	}
	details := map[string]string{"entity": Scope(e.ID), "from": "", "to": itoa(a.ID)}
	if e.ManagerID != nil {
		details["from"] = itoa(*e.ManagerID)
	}
	if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventManagerDesignated, ActorID: v.AccountID,
		TargetID: a.ID, Email: a.Email, Client: v.Client, Details: details}); err != nil {
		return err
	}
	name := a.FirstName + " " + a.LastName
	if err := mail.Notify(ctx, tx, s.Sealer, sp, a, "entity_manager_designated", nil, "entity_name", e.Name); err != nil {
		return err
	}
	if former == nil {
		return nil
	}
	return mail.Notify(ctx, tx, s.Sealer, sp, former, "entity_manager_replaced", nil, "entity_name", e.Name, "manager_name", name)
}

// setRole makes role the account's one role in the entity's domain (manager or depositor).
func setRole(ctx context.Context, tx *ent.Tx, accountID int, domain, role string) error {
	if _, err := tx.AccountRole.Delete().Where(accountrole.AccountID(accountID), accountrole.Domain(domain),
		accountrole.RoleIn(RoleManager, RoleDepositor), accountrole.RoleNEQ(role)).Exec(ctx); err != nil {
		return err
	}
	return account.Grant(ctx, tx, accountID, role, domain)
}
