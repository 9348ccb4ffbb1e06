package account

import (
	"context"
	"time"

	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/token"
	"guichet/mail"
	"guichet/password"
)

// RequestPasswordReset e-mails a single-use link valid for an hour to an account that may
// sign in (or must set a new password); earlier links stop working. The answer is the same
// whether or not the address has an account, and comes after the same time (see pace).
func (s *Service) RequestPasswordReset(ctx context.Context, sp *ent.Space, email, client string) error {
	_, key, ok := NormalizeEmail(email)
	if !ok {
		return nil
	}
	if err := s.limitMail(ctx, "reset", sp.ID, key, client); err != nil {
		return err
	}
	start, branch := time.Now(), branchUnknown
	err := s.runner().Run(ctx, func(tx *ent.Tx) error {
		a, err := tx.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.EmailKey(key),
			entaccount.StatusEQ(entaccount.StatusACTIVE)).Only(ctx)
		if ent.IsNotFound(err) {
			return nil
		}
		if err != nil {
			return err
		}
		branch = branchKnown
		now := s.now()
		if err := revokeAll(ctx, tx, a.ID, token.KindRESET, now); err != nil {
			return err
		}
		secret, _, err := issue(ctx, tx, a.ID, token.KindRESET, ResetTTL, now, client)
		if err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventResetRequested, TargetID: a.ID, Email: a.Email, Client: client}); err != nil {
			return err
		}
		return mail.Notify(ctx, tx, s.Sealer, sp, a, "password_reset", &mail.Link{Path: "/reset-password", Token: secret})
	})
	if err == nil {
		s.resetPace.done(ctx, branch, start) // an address without an account waits for the rows it did not write
	}
	return err
}

// ResetPassword sets a new password with a reset link. The new password is checked first, so
// a refused one does not spend the link; the link is then used atomically (of two concurrent
// uses, one succeeds), and every session of the account ends.
func (s *Service) ResetPassword(ctx context.Context, sp *ent.Space, secret, newPassword, client string) (*ent.Account, error) {
	t, err := peek(ctx, s.Client, secret, token.KindRESET, s.now())
	if err != nil {
		return nil, err
	}
	if t == nil {
		return nil, invalidToken()
	}
	a, err := accountIn(ctx, s.Client, sp.ID, t.AccountID)
	if err != nil {
		return nil, err
	}
	if a == nil {
		return nil, invalidToken()
	}
	if vs := passwordViolations(sp.PasswordPolicy, newPassword, personOf(a)); len(vs) > 0 {
		return nil, &apperr.Error{Code: apperr.PasswordPolicy, Violations: rename(vs, "newPassword")}
	}
	hash, err := s.Hasher.Hash(newPassword)
	if err != nil {
		return nil, err
	}
	var out *ent.Account
	err = s.runner().Run(ctx, func(tx *ent.Tx) error {
		id, err := consume(ctx, tx, secret, token.KindRESET, s.now())
		if err != nil {
			return err
		}
		if id != a.ID {
			return invalidToken()
		}
		out, err = s.setPassword(ctx, tx, sp, a, hash)
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventPasswordReset, ActorID: a.ID, TargetID: a.ID, Email: a.Email, Client: client})
	})
	return out, err
}

// ChangePassword replaces the signed-in account's password, given the current one. Wrong
// current passwords count as failed sign-ins do.
func (s *Service) ChangePassword(ctx context.Context, sp *ent.Space, accountID int, current, newPassword, client string) error {
	a, err := accountIn(ctx, s.Client, sp.ID, accountID)
	if err != nil {
		return err
	}
	if a == nil {
		return &apperr.Error{Code: apperr.Unauthenticated}
	}
	keys := s.signInKeys(sp.ID, a.EmailKey, client)
	if err := s.limitSignIn(ctx, keys); err != nil {
		return err
	}
	match, _, err := s.Hasher.Verify(current, a.PasswordHash)
	if err != nil {
		return err
	}
	if !match {
		return apperr.Invalid(apperr.Violation{Field: "currentPassword", Code: "CURRENT_PASSWORD_WRONG"})
	}
	if vs := passwordViolations(sp.PasswordPolicy, newPassword, personOf(a)); len(vs) > 0 {
		return &apperr.Error{Code: apperr.PasswordPolicy, Violations: rename(vs, "newPassword")}
	}
	if err := s.signedIn(ctx, keys); err != nil {
		return err
	}
	hash, err := s.Hasher.Hash(newPassword)
	if err != nil {
		return err
	}
	return s.runner().Run(ctx, func(tx *ent.Tx) error {
		if _, err := s.setPassword(ctx, tx, sp, a, hash); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventPasswordChanged, ActorID: a.ID, TargetID: a.ID, Email: a.Email, Client: client})
	})
}

// setPassword stores a new password hash: the reset obligation is lifted, every session and
// reset link of the account ends, and the person is told by e-mail.
func (s *Service) setPassword(ctx context.Context, tx *ent.Tx, sp *ent.Space, a *ent.Account, hash string) (*ent.Account, error) {
	now := s.now()
	out, err := tx.Account.UpdateOneID(a.ID).SetPasswordHash(hash).SetPasswordChangedAt(now).
		SetPasswordResetRequired(false).Save(ctx)
	if err != nil {
		return nil, err
	}
	for _, k := range []token.Kind{token.KindSESSION, token.KindRESET} {
		if err := revokeAll(ctx, tx, a.ID, k, now); err != nil {
			return nil, err
		}
	}
	return out, mail.Notify(ctx, tx, s.Sealer, sp, out, "password_changed", nil)
}

func personOf(a *ent.Account) password.Person {
	return password.Person{Email: a.Email, FirstName: a.FirstName, LastName: a.LastName}
}

func rename(vs []apperr.Violation, field string) []apperr.Violation {
	for i := range vs {
		vs[i].Field = field
	}
	return vs
}
