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

// Actors are the accounts of the space that did each audit event, in the events' order, read
// in one statement for the whole list; nil where none did (a system event) or the account is gone.
func (s *Service) Actors(ctx context.Context, sp *ent.Space, evs []*ent.AuditEvent) ([]*ent.Account, error) {
	ids := make([]int, 0, len(evs))
	for _, ev := range evs {
		if ev.ActorID != nil {
			ids = append(ids, *ev.ActorID)
		}
	}
	out := make([]*ent.Account, len(evs))
	if len(ids) == 0 {
		return out, nil
	}
	accounts, err := s.Client.Account.Query().Where(entaccount.IDIn(ids...), entaccount.SpaceID(sp.ID)).All(ctx)
	if err != nil {
		return nil, err
	}
	byID := make(map[int]*ent.Account, len(accounts))
	for _, a := range accounts {
		byID[a.ID] = a
	}
	for i, ev := range evs {
		if ev.ActorID != nil {
			out[i] = byID[*ev.ActorID]
		}
	}
	return out, nil
}
