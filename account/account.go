// Package account owns the identity core of every space: sign-up and activation, approval,
// sign-in and sessions, password policies, reset and change, throttling, and the audit log
// of these security events. Every operation is one transaction; the e-mail it causes is
// written to the outbox in that same transaction.
package account

import (
	"context"
	"fmt"
	"time"

	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/accountrole"
	"guichet/mail"
	"guichet/password"
	"guichet/policy"
	"guichet/role"
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
	// MailQueued is called after a transaction that queued e-mail commits (wakes the worker).
	MailQueued func()
	// Decisions are a space's own rules for approving and rejecting accounts (nil: none).
	Decisions func(sp *ent.Space) DecisionRules
	// Activated runs in an activation's transaction, once the account is activated (nil:
	// nothing more).
	Activated func(ctx context.Context, tx *ent.Tx, sp *ent.Space, a *ent.Account) error

	// The answer times of operations that must not tell whether an address has an account.
	registerPace, resetPace, resendPace pace
}

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// inTx runs f in one transaction: all of it is written, or nothing.
func (s *Service) inTx(ctx context.Context, f func(tx *ent.Tx) error) error {
	tx, err := s.Client.Tx(ctx)
	if err != nil {
		return err
	}
	if err := f(tx); err != nil {
		if rerr := tx.Rollback(); rerr != nil {
			return fmt.Errorf("%w (rollback: %v)", err, rerr)
		}
		return err
	}
	return tx.Commit()
}

// mailed is inTx for operations that queue e-mail: the worker is woken once they commit.
func (s *Service) mailed(ctx context.Context, f func(tx *ent.Tx) error) error {
	if err := s.inTx(ctx, f); err != nil {
		return err
	}
	if s.MailQueued != nil {
		s.MailQueued()
	}
	return nil
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

// Mailed runs f in one transaction, for domain services whose changes queue e-mail (the
// worker is woken once it commits).
func (s *Service) Mailed(ctx context.Context, f func(tx *ent.Tx) error) error {
	return s.mailed(ctx, f)
}

// Notify queues e-mail template to an account, in its locale, inside tx; extra are Data
// key-value pairs.
func (s *Service) Notify(ctx context.Context, tx *ent.Tx, sp *ent.Space, a *ent.Account, template string, link *mail.Link, extra ...string) error {
	return s.notify(ctx, tx, sp, a, template, link, extra...)
}
