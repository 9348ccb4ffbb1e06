package community

import (
	"context"

	"guichet/account"
	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/auditevent"
	"guichet/facilitation"
	"guichet/mail"
	"guichet/viewer"
)

// EventLegacyActivated is support bringing a legacy account into the space.
const EventLegacyActivated = "account.legacy_activated"

// ActivateLegacy brings a LEGACY_UNMIGRATED account of the space in, as support does for a
// facilitator of the former system who never migrated: it becomes ACTIVE, a facilitator with
// the belt it was imported with, must set a password, and is e-mailed a link to set one
// (single-use, account.SetPasswordTTL). The status changes by a conditional UPDATE, so two
// staff acting at once activate it once. Any other account: PRECONDITION_FAILED, NOT_LEGACY.
func (s *Service) ActivateLegacy(ctx context.Context, sp *ent.Space, v *viewer.Viewer, id int) (*ent.Account, error) {
	var out *ent.Account
	err := s.Txn.Run(ctx, func(tx *ent.Tx) error {
		now := s.now()
		n, err := tx.Account.Update().Where(entaccount.ID(id), entaccount.SpaceID(sp.ID),
			entaccount.StatusEQ(entaccount.StatusLEGACY_UNMIGRATED)).
			SetStatus(entaccount.StatusACTIVE).SetActivatedAt(now).SetPasswordResetRequired(true).Save(ctx)
		if err != nil {
			return err
		}
		if n != 1 {
			exists, err := tx.Account.Query().Where(entaccount.ID(id), entaccount.SpaceID(sp.ID)).Exist(ctx)
			if err != nil {
				return err
			}
			if !exists {
				return &apperr.Error{Code: apperr.NotFound}
			}
			return &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "NOT_LEGACY", Reason: "NOT_LEGACY"}
		}
		belt, err := s.importedBelt(ctx, tx, sp, id)
		if err != nil {
			return err
		}
		if err := account.Grant(ctx, tx, id, "facilitator", sp.Slug); err != nil {
			return err
		}
		if err := setBelt(ctx, tx, sp, id, belt); err != nil {
			return err
		}
		if out, err = tx.Account.Get(ctx, id); err != nil {
			return err
		}
		secret, err := account.IssueSetPasswordLink(ctx, tx, id, account.SetPasswordTTL, now, v.Client)
		if err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventLegacyActivated, ActorID: v.AccountID,
			TargetID: id, Email: out.Email, Client: v.Client, Details: map[string]string{"belt": belt}}); err != nil {
			return err
		}
		return mail.Notify(ctx, tx, s.Sealer, sp, out, "legacy_activated", &mail.Link{Path: "/reset-password", Token: secret},
			"belt", beltName(belt, out.Locale))
	})
	return out, err
}

// importedBelt is the belt a legacy account came with: the belt role the import granted, else
// the one its import recorded in the audit log, else WHITE (a row without a belt).
func (s *Service) importedBelt(ctx context.Context, tx *ent.Tx, sp *ent.Space, id int) (string, error) {
	b, err := beltOf(ctx, tx.Client(), sp, id)
	if err != nil || b != "" {
		return b, err
	}
	ev, err := tx.AuditEvent.Query().Where(auditevent.SpaceID(sp.ID), auditevent.Action("account.imported"),
		auditevent.TargetID(id)).Order(ent.Desc(auditevent.FieldID)).First(ctx)
	if ent.IsNotFound(err) {
		return facilitation.White, nil
	}
	if err != nil {
		return "", err
	}
	if b := ev.Details["belt"]; facilitation.Rank(b) > 0 {
		return b, nil
	}
	return facilitation.White, nil
}
