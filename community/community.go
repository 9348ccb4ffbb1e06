// Package community runs the facilitators' space: trainings that turn participants into
// facilitators, the workshops facilitators run and report, their belts, and co-optation.
// Every operation is one transaction; races (the last seat, concurrent co-optations) are
// settled by conditional updates and unique indexes, never by checking first in Go.
package community

import (
	"context"
	"time"

	"guichet/account"
	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	"guichet/ent/accountrole"
	"guichet/facilitation"
	"guichet/mail"
	"guichet/policy"
	"guichet/txn"
	"guichet/viewer"
)

// Service runs the facilitators' space's operations.
type Service struct {
	Client   *ent.Client
	Accounts *account.Service
	Txn      *txn.Runner  // runs each operation as one unit of work
	Sealer   *mail.Sealer // seals the links of the e-mail it queues
	Now      func() time.Time
}

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// Audit actions of the facilitators' space.
const (
	EventTrainingCreated    = "training.created"
	EventTrainingRegistered = "training.registered"
	EventAttendance         = "training.attendance_validated"
	EventWorkshopCreated    = "workshop.created"
	EventWorkshopReported   = "workshop.reported"
	EventWorkshopCancelled  = "workshop.cancelled"
	EventBeltRequested      = "belt.requested"
	EventCoOpted            = "belt.co_opted"
	EventBeltRaised         = "belt.raised"
)

// rules are the space's belt rules, defaults filled in.
func rules(sp *ent.Space) facilitation.Rules { return sp.BeltRules.OrDefault() }

// allowed asks the policy whether the viewer holds perm ("object:action") in the space.
func (s *Service) allowed(ctx context.Context, v *viewer.Viewer, sp *ent.Space, perm string) bool {
	p, ok := policy.ParsePermission(perm)
	if !ok {
		return false
	}
	yes, err := s.Accounts.Allowed(ctx, v, sp, p, "")
	return err == nil && yes
}

// beltOf is an account's belt in the space ("" for none): the highest belt role it holds.
func beltOf(ctx context.Context, c *ent.Client, sp *ent.Space, accountID int) (string, error) {
	roles, err := c.AccountRole.Query().
		Where(accountrole.AccountID(accountID), accountrole.Domain(sp.Slug), accountrole.RoleIn(facilitation.Roles()...)).
		Select(accountrole.FieldRole).Strings(ctx)
	if err != nil {
		return "", err
	}
	best := ""
	for _, r := range roles {
		if b := facilitation.OfRole(r); facilitation.Rank(b) > facilitation.Rank(best) {
			best = b
		}
	}
	return best, nil
}

// setBelt makes belt the account's only belt in the space (a facilitator holds one belt; the
// policy's hierarchy gives it those below).
func setBelt(ctx context.Context, tx *ent.Tx, sp *ent.Space, accountID int, belt string) error {
	if _, err := tx.AccountRole.Delete().Where(accountrole.AccountID(accountID), accountrole.Domain(sp.Slug),
		accountrole.RoleIn(facilitation.Roles()...), accountrole.RoleNEQ(facilitation.Role(belt))).Exec(ctx); err != nil {
		return err
	}
	return account.Grant(ctx, tx, accountID, facilitation.Role(belt), sp.Slug)
}

// raiseBelt gives the account belt if it is higher than the one it holds, with an e-mail and a
// line in the audit log; it reports whether the belt rose.
func (s *Service) raiseBelt(ctx context.Context, tx *ent.Tx, sp *ent.Space, accountID int, belt, why string, actorID int) (bool, error) {
	current, err := beltOf(ctx, tx.Client(), sp, accountID)
	if err != nil || facilitation.Rank(belt) <= facilitation.Rank(current) {
		return false, err
	}
	if err := setBelt(ctx, tx, sp, accountID, belt); err != nil {
		return false, err
	}
	a, err := tx.Account.Get(ctx, accountID)
	if err != nil {
		return false, err
	}
	if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventBeltRaised, ActorID: actorID, TargetID: accountID,
		Details: map[string]string{"from": current, "to": belt, "by": why}}); err != nil {
		return false, err
	}
	if belt == facilitation.White { // the welcome e-mail of a new facilitator says it
		return true, nil
	}
	return true, mail.Notify(ctx, tx, s.Sealer, sp, a, "belt_raised", nil, "belt", beltName(belt, a.Locale))
}

// invalid is a BAD_USER_INPUT with the violations, or nil when there are none.
func invalid(vs []apperr.Violation) error {
	if len(vs) == 0 {
		return nil
	}
	return apperr.Invalid(vs...)
}
