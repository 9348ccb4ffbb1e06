// Package audit owns the audit log: one line per security or editing event, written with the
// transaction of the change it describes, so that the log and the data never disagree. The
// names of the events belong to the domains that record them.
package audit

import (
	"context"

	"guichet/ent"
)

// Event is one line of the audit log. It never holds a secret.
type Event struct {
	SpaceID  int
	Action   string
	ActorID  int // 0: nobody signed in
	TargetID int
	Email    string
	Client   string
	Details  map[string]string
}

// Record writes e with the transaction of the change it describes.
func Record(ctx context.Context, tx *ent.Tx, e Event) error {
	c := tx.AuditEvent.Create().SetSpaceID(e.SpaceID).SetAction(e.Action).
		SetEmail(e.Email).SetClient(e.Client)
	if e.ActorID != 0 {
		c.SetActorID(e.ActorID)
	}
	if e.TargetID != 0 {
		c.SetTargetID(e.TargetID)
	}
	if len(e.Details) > 0 {
		c.SetDetails(e.Details)
	}
	return c.Exec(ctx)
}
