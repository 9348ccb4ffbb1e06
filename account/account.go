// Package account owns the identity core of every space: sign-up and activation, approval,
// sign-in and sessions, password policies, reset and change, throttling, and the security
// events they write to the audit log (package audit). Every operation is one unit of work
// (package txn); the e-mail it causes is written to the outbox in that same transaction.
package account

import (
	"context"
	"time"

	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/accountrole"
	"guichet/mail"
	"guichet/password"
	"guichet/policy"
	"guichet/role"
	"guichet/txn"
)

// Lifetimes of what the service hands out.
const (
	ActivationTTL = 24 * time.Hour
	ResetTTL      = time.Hour
	// SessionTTL is a session's absolute lifetime; SessionIdle ends it sooner when it is
	// not used.
	SessionTTL  = 7 * 24 * time.Hour
	SessionIdle = 24 * time.Hour
)

// Service runs the account journeys.
type Service struct {
	Client *ent.Client
	Hasher password.Hasher
	Sealer *mail.Sealer
	Policy *policy.Policy
	// Now is the clock (tests move it).
	Now func() time.Time
	// Txn runs the service's operations, each one unit of work.
	Txn *txn.Runner
	// Decisions are a space's own rules for approving and rejecting accounts (nil: none).
	Decisions func(sp *ent.Space) DecisionRules
	// Activated runs in an activation's transaction, once the account is activated (nil:
	// nothing more).
	Activated func(ctx context.Context, tx *ent.Tx, sp *ent.Space, a *ent.Account) error

	// The answer times of operations that must not tell whether an address has an account.
	registerPace, resetPace, resendPace, emailChangePace, signUpKnownPace pace
}

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// runner is the service's unit of work: Txn as the composition root built it, else (a
// service built by a package test) a plain one on Client that wakes nobody.
func (s *Service) runner() *txn.Runner {
	if s.Txn != nil {
		return s.Txn
	}
	return &txn.Runner{Client: s.Client}
}

func invalidToken() error { return &apperr.Error{Code: apperr.InvalidToken} }

func unauthenticated() error {
	return &apperr.Error{Code: apperr.Unauthenticated, MessageID: "LOGIN_FAILED"}
}

// notActive is the answer to the right password of an account that may not sign in.
func notActive(status string) error {
	return &apperr.Error{Code: apperr.AccountNotActive, MessageID: "ACCOUNT_NOT_ACTIVE_" + status,
		Extensions: map[string]any{"status": status}}
}

// Roles lists the roles an account holds, once each whatever their scope (belts aside: they
// are the account's belt, not roles).
func (s *Service) Roles(ctx context.Context, accountID int) ([]string, error) {
	return s.Client.AccountRole.Query().
		Where(accountrole.AccountID(accountID), accountrole.RoleNotIn(role.Belts...)).
		Unique(true).Order(ent.Asc(accountrole.FieldRole)).Select(accountrole.FieldRole).Strings(ctx)
}

// Grant gives an account a role in a domain (the space's slug, or a scope inside it); granting
// a role it holds already changes nothing.
func Grant(ctx context.Context, tx *ent.Tx, accountID int, role, domain string) error {
	exists, err := tx.AccountRole.Query().Where(accountrole.AccountID(accountID), accountrole.Role(role),
		accountrole.Domain(domain)).Exist(ctx)
	if err != nil || exists {
		return err
	}
	return tx.AccountRole.Create().SetAccountID(accountID).SetRole(role).SetDomain(domain).Exec(ctx)
}

// RolesIn lists the roles an account holds in one domain (the space's slug for space-wide
// roles).
func (s *Service) RolesIn(ctx context.Context, accountID int, domain string) ([]string, error) {
	return s.Client.AccountRole.Query().Where(accountrole.AccountID(accountID), accountrole.Domain(domain)).
		Select(accountrole.FieldRole).Strings(ctx)
}
