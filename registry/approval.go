package registry

import (
	"context"

	"guichet/account"
	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/mail"
	"guichet/policy"
	"guichet/viewer"
)

// Decisions are the certification space's rules for approving and rejecting accounts (the
// account service runs them in each decision's transaction); nil in other spaces.
func (s *Service) Decisions(sp *ent.Space) account.DecisionRules {
	if !enabled(sp) {
		return nil
	}
	return decisions{s}
}

type decisions struct{ s *Service }

// Before: staff decide on every account; an entity's manager on the entity's other accounts;
// an entity's manager-to-be only staff. The entity's row is locked for the rest of the
// decision, so that its manager's place is settled by one transaction at a time.
func (d decisions) Before(ctx context.Context, tx *ent.Tx, sp *ent.Space, a *ent.Account, _ bool) error {
	v := viewer.FromContext(ctx)
	staff, err := d.s.staff(ctx, v, sp)
	if err != nil {
		return err
	}
	if a.EntityID == nil {
		if !staff {
			return notYourEntity()
		}
		return nil
	}
	manages := false
	if !staff {
		if manages, err = d.s.manages(ctx, v, sp, *a.EntityID); err != nil {
			return err
		}
	}
	e, err := d.s.lock(ctx, tx, *a.EntityID)
	if err != nil {
		return err
	}
	switch {
	case staff:
		return nil
	case holdsPlace(e, a.ID):
		return &apperr.Error{Code: apperr.Forbidden, MessageID: "MANAGER_APPROVED_BY_STAFF"}
	case !manages:
		return notYourEntity()
	}
	return nil
}

// MayRejectUnactivated: staff may reject an account that never activated its e-mail (the
// place of manager-to-be then passes on as for any rejection); an entity's manager decides
// only on accounts waiting for approval.
func (d decisions) MayRejectUnactivated(ctx context.Context, sp *ent.Space) (bool, error) {
	return d.s.staff(ctx, viewer.FromContext(ctx), sp)
}

func notYourEntity() error {
	return &apperr.Error{Code: apperr.Forbidden, MessageID: "NOT_YOUR_ENTITY"}
}

// holdsPlace reports whether the account is in the entity's manager's place.
func holdsPlace(e *ent.Entity, accountID int) bool {
	return e.ManagerID != nil && *e.ManagerID == accountID
}

// After: approving the manager-to-be makes it the entity's manager; approving any other
// account of the entity makes it a depositor of the entity. Rejecting the manager-to-be hands
// the place to the entity's next pending account.
func (d decisions) After(ctx context.Context, tx *ent.Tx, sp *ent.Space, a *ent.Account, actorID int, approve bool) (string, []string, error) {
	if a.EntityID == nil {
		return "", nil, nil
	}
	e, err := tx.Entity.Get(ctx, *a.EntityID)
	if err != nil {
		return "", nil, err
	}
	data := []string{"entity_name", e.Name}
	if !approve {
		if holdsPlace(e, a.ID) {
			return "", data, d.s.handPlaceToNextPending(ctx, tx, sp, e, a.ID, actorID)
		}
		return "", data, nil
	}
	role, template := RoleDepositor, ""
	if holdsPlace(e, a.ID) {
		role, template = RoleManager, "entity_manager_approved"
	}
	domain := policy.Scope(sp.Slug, Scope(e.ID))
	if err := account.Grant(ctx, tx, a.ID, role, domain); err != nil {
		return "", nil, err
	}
	err = audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: account.EventRoleGranted, ActorID: actorID,
		TargetID: a.ID, Email: a.Email, Details: map[string]string{"role": role, "domain": domain}})
	return template, data, err
}

// Activated tells an entity's manager that an account of the entity is activated and waits
// for their approval (a manager-to-be waits for staff, who see every account waiting for
// approval).
func (s *Service) Activated(ctx context.Context, tx *ent.Tx, sp *ent.Space, a *ent.Account) error {
	if !enabled(sp) || a.EntityID == nil || a.Status != entaccount.StatusPENDING_APPROVAL {
		return nil
	}
	e, err := tx.Entity.Get(ctx, *a.EntityID)
	if err != nil || e.ManagerID == nil || *e.ManagerID == a.ID {
		return err
	}
	m, err := tx.Account.Query().Where(entaccount.ID(*e.ManagerID), entaccount.StatusEQ(entaccount.StatusACTIVE)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return err
	}
	return mail.Notify(ctx, tx, s.Sealer, sp, m, "depositor_to_approve", nil, "entity_name", e.Name,
		"applicant_name", a.FirstName+" "+a.LastName, "applicant_email", a.Email)
}
