package account

import (
	"context"
	"strings"
	"unicode/utf8"

	"entgo.io/contrib/entgql"

	"guichet/apperr"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/auditevent"
)

// MaxReasonLength bounds a rejection's reason.
const MaxReasonLength = 2000

var oldestFirst = ent.WithAccountOrder(&ent.AccountOrder{Direction: entgql.OrderDirectionAsc, Field: ent.AccountOrderFieldCreatedAt})

// PendingAccounts is a page of the space's accounts waiting for approval, oldest first.
func (s *Service) PendingAccounts(ctx context.Context, sp *ent.Space, first *int, after *ent.Cursor) (*ent.AccountConnection, error) {
	return s.Client.Account.Query().
		Where(entaccount.SpaceID(sp.ID), entaccount.StatusEQ(entaccount.StatusPENDING_APPROVAL)).
		Paginate(ctx, after, first, nil, nil, oldestFirst)
}

// Approve makes a pending account ACTIVE; its owner is told by e-mail.
func (s *Service) Approve(ctx context.Context, sp *ent.Space, actorID, id int, client string) (*ent.Account, error) {
	return s.decide(ctx, sp, actorID, id, client, entaccount.StatusACTIVE, "")
}

// Reject refuses a pending account, with an optional reason sent to its owner.
func (s *Service) Reject(ctx context.Context, sp *ent.Space, actorID, id int, reason *string, client string) (*ent.Account, error) {
	r := ""
	if reason != nil {
		r = strings.TrimSpace(*reason)
	}
	if utf8.RuneCountInString(r) > MaxReasonLength {
		return nil, apperr.Invalid(apperr.Violation{Field: "reason", Code: "TOO_LONG", Data: map[string]any{"Max": MaxReasonLength}})
	}
	return s.decide(ctx, sp, actorID, id, client, entaccount.StatusREJECTED, r)
}

// decide settles a pending account. The update is conditional on the account still being
// pending, so two deciders at the same moment cannot both settle it.
func (s *Service) decide(ctx context.Context, sp *ent.Space, actorID, id int, client string, to entaccount.Status, reason string) (*ent.Account, error) {
	var out *ent.Account
	err := s.mailed(ctx, func(tx *ent.Tx) error {
		now := s.now()
		u := tx.Account.Update().
			Where(entaccount.ID(id), entaccount.SpaceID(sp.ID), entaccount.StatusEQ(entaccount.StatusPENDING_APPROVAL)).
			SetStatus(to).SetDecidedAt(now).SetDecidedBy(actorID)
		if reason != "" {
			u.SetRejectionReason(reason)
		}
		n, err := u.Save(ctx)
		if err != nil {
			return err
		}
		if n != 1 {
			a, err := accountIn(ctx, tx.Client(), sp.ID, id)
			if err != nil {
				return err
			}
			if a == nil {
				return &apperr.Error{Code: apperr.NotFound}
			}
			return &apperr.Error{Code: apperr.Conflict, MessageID: "ACCOUNT_NOT_PENDING", ID: "",
				Extensions: map[string]any{"status": a.Status.String()}}
		}
		out, err = tx.Account.Get(ctx, id)
		if err != nil {
			return err
		}
		action, template := EventApproved, "account_approved"
		if to == entaccount.StatusREJECTED {
			action, template = EventRejected, "account_rejected"
		}
		details := map[string]string{}
		if reason != "" {
			details["reason"] = reason
		}
		if err := Record(ctx, tx, Event{SpaceID: sp.ID, Action: action, ActorID: actorID, TargetID: id, Email: out.Email, Client: client, Details: details}); err != nil {
			return err
		}
		return s.notify(ctx, tx, sp, out, template, nil, "reason", reason)
	})
	return out, err
}

var newestFirst = ent.WithAuditEventOrder(&ent.AuditEventOrder{Direction: entgql.OrderDirectionDesc, Field: ent.AuditEventOrderFieldCreatedAt})

// AuditLog is a page of the space's security events, newest first, optionally of one action.
func (s *Service) AuditLog(ctx context.Context, sp *ent.Space, action *string, first *int, after *ent.Cursor) (*ent.AuditEventConnection, error) {
	q := s.Client.AuditEvent.Query().Where(auditevent.SpaceID(sp.ID))
	if action != nil && *action != "" {
		q.Where(auditevent.Action(*action))
	}
	return q.Paginate(ctx, after, first, nil, nil, newestFirst)
}
