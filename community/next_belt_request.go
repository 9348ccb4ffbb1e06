package community

import (
	"context"

	"guichet/ent"
	"guichet/ent/beltrequest"
	"guichet/facilitation"
)

// NextBeltRequestOf is the account's request for the belt after the one it holds, nil when it
// made none (or holds no belt, or the highest): what its Peer validation page shows.
func (s *Service) NextBeltRequestOf(ctx context.Context, sp *ent.Space, accountID int) (*ent.BeltRequest, error) {
	belt, err := beltOf(ctx, s.Client, sp, accountID)
	if err != nil {
		return nil, err
	}
	next := facilitation.Next(belt)
	if belt == "" || next == "" {
		return nil, nil
	}
	r, err := s.Client.BeltRequest.Query().Where(beltrequest.SpaceID(sp.ID), beltrequest.CandidateID(accountID), beltrequest.Belt(next)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return r, err
}
