package account

import (
	"context"

	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/auditevent"
	"guichet/ent/supportrequest"
	"guichet/paging"
)

// deskPage bounds a support desk list: 50 unless asked, 200 at most; a negative or oversize
// first is the reader's mistake (BAD_USER_INPUT), as on every other list.
func deskPage(first *int) (int, error) {
	n, _, err := paging.Decode(first, nil, 50, 200)
	return n, err
}

// SupportRequests lists the requests the space received through the contact form, newest first.
func (s *Service) SupportRequests(ctx context.Context, sp *ent.Space, first *int) ([]*ent.SupportRequest, error) {
	n, err := deskPage(first)
	if err != nil {
		return nil, err
	}
	return s.Client.SupportRequest.Query().Where(supportrequest.SpaceID(sp.ID)).
		Order(ent.Desc(supportrequest.FieldCreatedAt), ent.Desc(supportrequest.FieldID)).Limit(n).All(ctx)
}

// AccountHistory lists the audit events of the space an account did or underwent, newest first.
func (s *Service) AccountHistory(ctx context.Context, sp *ent.Space, accountID int, first *int) ([]*ent.AuditEvent, error) {
	n, err := deskPage(first)
	if err != nil {
		return nil, err
	}
	return s.Client.AuditEvent.Query().
		Where(auditevent.SpaceID(sp.ID), auditevent.Or(auditevent.ActorID(accountID), auditevent.TargetID(accountID))).
		Order(ent.Desc(auditevent.FieldCreatedAt), ent.Desc(auditevent.FieldID)).Limit(n).All(ctx)
}

// Actor is the account of the space that did an audit event; nil when none did (a system
// event) or when the account is gone.
func (s *Service) Actor(ctx context.Context, sp *ent.Space, ev *ent.AuditEvent) (*ent.Account, error) {
	if ev.ActorID == nil {
		return nil, nil
	}
	a, err := s.Client.Account.Query().Where(entaccount.ID(*ev.ActorID), entaccount.SpaceID(sp.ID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return a, err
}
