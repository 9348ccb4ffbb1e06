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
// has, completed (activated; its password replaced, its sessions and reset links ended). An
// account that was rejected or suspended stays so: ACCOUNT_NOT_ACTIVE.
func (s *Service) JoinInvited(ctx context.Context, tx *ent.Tx, sp *ent.Space, who Invitee, hash, client string) (*ent.Account, error) {
	address, key, ok := NormalizeEmail(who.Email)
	if !ok {
		return nil, apperr.Invalid(apperr.Violation{Field: "email", Code: "EMAIL_INVALID"})
	}
	now := s.now()
	a, err := tx.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.EmailKey(key)).Only(ctx)
	switch {
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
