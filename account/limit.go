package account

import (
	"context"
	"time"
)

// VotesPerClient limits the votes on help pages (ratePage) a client casts: enough for an
// office behind one address, too few to sway a page's figures.
var VotesPerClient = Limit{Max: 30, Window: 10 * time.Minute, Base: time.Minute, MaxBan: time.Hour}

// LimitClient counts one request of op (each field of a document, aliases included) against
// the client, and refuses it with RATE_LIMITED past l.
func (s *Service) LimitClient(ctx context.Context, op, client string, l Limit) error {
	return s.attempt(ctx, s.throttleKey(op, "client", ClientKey(client)), l)
}
