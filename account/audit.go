package account

import (
	"context"

	"guichet/audit"
	"guichet/ent"
)

// Security events recorded in the audit log (package audit).
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
	EventProfileUpdated  = "profile.updated"
	// An e-mail change refused for a wrong password, requested, and confirmed.
	EventEmailChangeRefused   = "email.change_refused"
	EventEmailChangeRequested = "email.change_requested"
	EventEmailChanged         = "email.changed"
)

// record writes e in a transaction of its own (events that change nothing else, such as a
// failed login, which must be kept although the operation fails).
func (s *Service) record(ctx context.Context, e audit.Event) error {
	return s.runner().Run(ctx, func(tx *ent.Tx) error { return audit.Record(ctx, tx, e) })
}
