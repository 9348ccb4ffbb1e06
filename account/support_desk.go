package account

import (
	"context"

	"guichet/ent"
	"guichet/ent/auditevent"
	"guichet/ent/supportrequest"
)

// deskPage bounds a support desk list: the newest first, 50 unless asked, 200 at most.
func deskPage(first *int) int {
	switch {
	case first == nil || *first <= 0:
		return 50
	case *first > 200:
		return 200
	}
	return *first
}

// SupportRequests lists the requests the space received through the contact form, newest first.
func (s *Service) SupportRequests(ctx context.Context, sp *ent.Space, first *int) ([]*ent.SupportRequest, error) {
	return s.Client.SupportRequest.Query().Where(supportrequest.SpaceID(sp.ID)).
		Order(ent.Desc(supportrequest.FieldCreatedAt), ent.Desc(supportrequest.FieldID)).Limit(deskPage(first)).All(ctx)
}

// AccountHistory lists the audit events of the space an account did or underwent, newest first.
func (s *Service) AccountHistory(ctx context.Context, sp *ent.Space, accountID int, first *int) ([]*ent.AuditEvent, error) {
	return s.Client.AuditEvent.Query().
		Where(auditevent.SpaceID(sp.ID), auditevent.Or(auditevent.ActorID(accountID), auditevent.TargetID(accountID))).
		Order(ent.Desc(auditevent.FieldCreatedAt), ent.Desc(auditevent.FieldID)).Limit(deskPage(first)).All(ctx)
}
