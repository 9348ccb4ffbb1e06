package account

import (
	"context"
	"strings"

	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/token"
	"guichet/locales"
	"guichet/metrics"
	"guichet/password"
)

// Invitee is the person an invitation was sent to, as the inviter wrote them.
type Invitee struct {
	Email, FirstName, LastName string
	Locale                     locales.Locale
}

// HashNewPassword checks pw against the space's policy for the person (PASSWORD_POLICY with
// every broken rule) and hashes it: done before the transaction that uses it, so that a
// refused password spends no link.
func (s *Service) HashNewPassword(sp *ent.Space, pw string, who Invitee) (string, error) {
	if vs := passwordViolations(sp.PasswordPolicy, pw, password.Person{Email: who.Email, FirstName: who.FirstName,
		LastName: who.LastName}); len(vs) > 0 {
		return "", invalid(vs)
	}
	return s.Hasher.Hash(pw)
}

// JoinInvited makes, inside tx, the invited address an ACTIVE account of the space with the
// password hash: a new account with the invitee's names, or the account the address already
// has, completed (activated; its password replaced, its sessions and reset links ended). With
// hash "" the account the address has keeps its password and sessions (its owner proved it
// with CheckCurrentPassword) and is only activated. An account that was rejected or suspended
// stays so: ACCOUNT_NOT_ACTIVE.
func (s *Service) JoinInvited(ctx context.Context, tx *ent.Tx, sp *ent.Space, who Invitee, hash, client string) (*ent.Account, error) {
	address, key, ok := NormalizeEmail(who.Email)
	if !ok {
		return nil, apperr.Invalid(apperr.Violation{Field: "email", Code: "EMAIL_INVALID"})
	}
	now := s.now()
	a, err := tx.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.EmailKey(key)).Only(ctx)
	switch {
	case ent.IsNotFound(err) && hash == "":
		// The account checked before the transaction is gone meanwhile: nothing to join.
		return nil, unauthenticated()
	case ent.IsNotFound(err):
		a, err = tx.Account.Create().SetSpaceID(sp.ID).SetEmail(address).SetEmailKey(key).
			SetFirstName(strings.TrimSpace(who.FirstName)).SetLastName(strings.TrimSpace(who.LastName)).
			SetLocale(who.Locale).SetPasswordHash(hash).SetPasswordChangedAt(now).
			SetStatus(entaccount.StatusACTIVE).SetActivatedAt(now).Save(ctx)
		if err != nil {
			return nil, err
		}
		return a, audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventAccountCreated, TargetID: a.ID, Email: address, Client: client,
			Details: map[string]string{"by": "invitation"}})
	case err != nil:
		return nil, err
	}
	switch a.Status {
	case entaccount.StatusACTIVE, entaccount.StatusPENDING_ACTIVATION, entaccount.StatusPENDING_APPROVAL:
	default:
		return nil, notActive(a.Status.String())
	}
	if hash == "" {
		if a.Status != entaccount.StatusACTIVE {
			if a, err = tx.Account.UpdateOneID(a.ID).SetStatus(entaccount.StatusACTIVE).SetActivatedAt(now).Save(ctx); err != nil {
				return nil, err
			}
		}
		return a, nil
	}
	upd := tx.Account.UpdateOneID(a.ID).SetPasswordHash(hash).SetPasswordChangedAt(now).SetPasswordResetRequired(false)
	if a.Status != entaccount.StatusACTIVE {
		upd.SetStatus(entaccount.StatusACTIVE).SetActivatedAt(now)
	}
	if a, err = upd.Save(ctx); err != nil {
		return nil, err
	}
	for _, k := range []token.Kind{token.KindSESSION, token.KindRESET, token.KindACTIVATION} {
		if err := revokeAll(ctx, tx, a.ID, k, now); err != nil {
			return nil, err
		}
	}
	return a, audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventPasswordChanged, ActorID: a.ID, TargetID: a.ID, Email: a.Email,
		Client: client, Details: map[string]string{"by": "invitation"}})
}

// CheckCurrentPassword checks pw as the current password of a, the account an invitation's
// address already has: an invitation never replaces it. It counts as a sign-in attempt: the
// throttle may refuse it, and a wrong password is a failed sign-in (UNAUTHENTICATED,
// INVITATION_PASSWORD_WRONG, audited as login.failed).
func (s *Service) CheckCurrentPassword(ctx context.Context, sp *ent.Space, a *ent.Account, pw, client string) error {
	keys := s.signInKeys(sp.ID, a.EmailKey, client)
	if err := s.limitSignIn(ctx, keys); err != nil {
		if rerr := s.record(ctx, audit.Event{SpaceID: sp.ID, Action: EventLoginThrottled, Email: a.Email, Client: client}); rerr != nil {
			return rerr
		}
		metrics.LoginFailed(sp.Slug, metrics.LoginThrottled)
		return err
	}
	match, _, err := s.Hasher.Verify(pw, a.PasswordHash)
	if err != nil {
		return err
	}
	if !match {
		if err := s.loginFailed(ctx, sp, a, a.Email, client); err != nil && !isUnauthenticated(err) {
			return err
		}
		return &apperr.Error{Code: apperr.Unauthenticated, MessageID: "INVITATION_PASSWORD_WRONG"}
	}
	return s.signedIn(ctx, keys)
}

func isUnauthenticated(err error) bool {
	e, ok := apperr.As(err)
	return ok && e.Code == apperr.Unauthenticated
}
