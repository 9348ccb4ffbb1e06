package account

import (
	"context"
	"strings"
	"unicode/utf8"

	"entgo.io/contrib/entgql"

	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/auditevent"
	"guichet/mail"
	"guichet/paging"
	"guichet/rowcount"
)

// MaxReasonLength bounds a rejection's reason.
const MaxReasonLength = 2000

var oldestFirst = ent.WithAccountOrder(&ent.AccountOrder{Direction: entgql.OrderDirectionAsc, Field: ent.AccountOrderFieldCreatedAt})

// PendingAccounts is a page of the space's accounts waiting for approval, oldest first;
// totalCount is the database's count of them (rowcount).
func (s *Service) PendingAccounts(ctx context.Context, sp *ent.Space, first *int, after *ent.Cursor) (*ent.AccountConnection, error) {
	pageCtx, counted := paging.Uncounted(ctx)
	conn, err := s.Client.Account.Query().
		Where(entaccount.SpaceID(sp.ID), entaccount.StatusEQ(entaccount.StatusPENDING_APPROVAL)).
		Paginate(pageCtx, after, first, nil, nil, oldestFirst)
	if err == nil && counted {
		conn.TotalCount, err = rowcount.Sum(ctx, s.Client, sp.ID, rowcount.Accounts, []int{rowcount.Space},
			entaccount.StatusPENDING_APPROVAL.String())
	}
	return conn, err
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

// DecisionRules are what a space adds to approving and rejecting its accounts (the
// certification space: who may decide on which account, and the roles an approval gives).
// Both run in the decision's transaction.
type DecisionRules interface {
	// Before runs before the account's status changes: it refuses a decider who may not
	// decide on this account, and takes what the decision depends on.
	Before(ctx context.Context, tx *ent.Tx, sp *ent.Space, a *ent.Account, approve bool) error
	// After runs once the account is decided; it may name another e-mail template and add
	// data to the e-mail.
	After(ctx context.Context, tx *ent.Tx, sp *ent.Space, a *ent.Account, actorID int, approve bool) (template string, data []string, err error)
}

// UnactivatedRejections are DecisionRules that let some deciders reject an account that never
// activated its e-mail (PENDING_ACTIVATION), as well as one waiting for approval: the
// certification space's staff.
type UnactivatedRejections interface {
	MayRejectUnactivated(ctx context.Context, sp *ent.Space) (bool, error)
}

// decide settles a pending account. The update is conditional on the account still being
// pending, so two deciders at the same moment cannot both settle it.
func (s *Service) decide(ctx context.Context, sp *ent.Space, actorID, id int, client string, to entaccount.Status, reason string) (*ent.Account, error) {
	var rules DecisionRules
	if s.Decisions != nil {
		rules = s.Decisions(sp)
	}
	approve := to == entaccount.StatusACTIVE
	var out *ent.Account
	err := s.runner().Run(ctx, func(tx *ent.Tx) error {
		now := s.now()
		if rules != nil {
			a, err := accountIn(ctx, tx.Client(), sp.ID, id)
			if err != nil {
				return err
			}
			if a == nil {
				return &apperr.Error{Code: apperr.NotFound}
			}
			if err := rules.Before(ctx, tx, sp, a, approve); err != nil {
				return err
			}
		}
		decidable := []entaccount.Status{entaccount.StatusPENDING_APPROVAL}
		if ur, ok := rules.(UnactivatedRejections); ok && !approve {
			may, err := ur.MayRejectUnactivated(ctx, sp)
			if err != nil {
				return err
			}
			if may {
				decidable = append(decidable, entaccount.StatusPENDING_ACTIVATION)
			}
		}
		u := tx.Account.Update().
			Where(entaccount.ID(id), entaccount.SpaceID(sp.ID), entaccount.StatusIn(decidable...)).
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
		if !approve {
			action, template = EventRejected, "account_rejected"
		}
		details := map[string]string{}
		if reason != "" {
			details["reason"] = reason
		}
		if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: action, ActorID: actorID, TargetID: id, Email: out.Email, Client: client, Details: details}); err != nil {
			return err
		}
		extra := []string{"reason", reason}
		if rules != nil {
			t, data, err := rules.After(ctx, tx, sp, out, actorID, approve)
			if err != nil {
				return err
			}
			if t != "" {
				template = t
			}
			extra = append(extra, data...)
		}
		return mail.Notify(ctx, tx, s.Sealer, sp, out, template, nil, extra...)
	})
	return out, err
}

var newestFirst = ent.WithAuditEventOrder(&ent.AuditEventOrder{Direction: entgql.OrderDirectionDesc, Field: ent.AuditEventOrderFieldCreatedAt})

// AuditLog is a page of the space's security events, newest first, optionally of one action;
// totalCount is the database's count of them (rowcount).
func (s *Service) AuditLog(ctx context.Context, sp *ent.Space, action *string, first *int, after *ent.Cursor) (*ent.AuditEventConnection, error) {
	q := s.Client.AuditEvent.Query().Where(auditevent.SpaceID(sp.ID))
	of := rowcount.Every
	if action != nil && *action != "" {
		q.Where(auditevent.Action(*action))
		of = *action
	}
	pageCtx, counted := paging.Uncounted(ctx)
	conn, err := q.Paginate(pageCtx, after, first, nil, nil, newestFirst)
	if err == nil && counted {
		conn.TotalCount, err = rowcount.Sum(ctx, s.Client, sp.ID, rowcount.AuditEvents, []int{rowcount.Space}, of)
	}
	return conn, err
}
