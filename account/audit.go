package account

import (
	"context"

	"guichet/ent"
)

// Security events recorded in the audit log.
const (
	EventSignUp          = "signup"
	EventSignUpExisting  = "signup.existing"
	EventActivation      = "activation"
	EventLoginSucceeded  = "login.succeeded"
	EventLoginFailed     = "login.failed"
	EventLoginThrottled  = "login.throttled"
	EventLogout          = "logout"
	EventResetRequested  = "password.reset_requested"
	EventPasswordReset   = "password.reset"
	EventPasswordChanged = "password.changed"
	EventApproved        = "account.approved"
	EventRejected        = "account.rejected"
	EventRoleGranted     = "role.granted"
	EventRoleRevoked     = "role.revoked"
	EventAccountCreated  = "account.created"
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

// record writes e in a transaction of its own (events that change nothing else, such as a
// failed login, which must be kept although the operation fails).
func (s *Service) record(ctx context.Context, e Event) error {
	return s.inTx(ctx, func(tx *ent.Tx) error { return Record(ctx, tx, e) })
}
