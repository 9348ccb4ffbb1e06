package account

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/token"
	"guichet/locales"
	"guichet/mail"
)

// EmailChangeTTL is how long the link sent to a new address works.
const EmailChangeTTL = 24 * time.Hour

// ProfileInput is what a person may change of their own account; a nil field is kept.
type ProfileInput struct {
	FirstName *string
	LastName  *string
	Locale    *locales.Locale
}

// UpdateProfile changes the signed-in account's names and preferred language. A name given
// must not be empty once trimmed.
func (s *Service) UpdateProfile(ctx context.Context, sp *ent.Space, accountID int, in ProfileInput, client string) (*ent.Account, error) {
	var vs []apperr.Violation
	names := map[string]string{}
	for _, f := range []struct {
		field string
		value *string
	}{{"firstName", in.FirstName}, {"lastName", in.LastName}} {
		if f.value == nil {
			continue
		}
		v := strings.TrimSpace(*f.value)
		switch {
		case v == "":
			vs = append(vs, apperr.Violation{Field: f.field, Code: "REQUIRED"})
		case utf8.RuneCountInString(v) > MaxNameLength:
			vs = append(vs, apperr.Violation{Field: f.field, Code: "TOO_LONG", Data: map[string]any{"Max": MaxNameLength}})
		}
		names[f.field] = v
	}
	if in.Locale != nil && !in.Locale.Valid() {
		vs = append(vs, apperr.Violation{Field: "locale", Code: "LOCALE_INVALID"})
	}
	if len(vs) > 0 {
		return nil, apperr.Invalid(vs...)
	}
	var out *ent.Account
	err := s.runner().Run(ctx, func(tx *ent.Tx) error {
		a, err := accountIn(ctx, tx.Client(), sp.ID, accountID)
		if err != nil {
			return err
		}
		if a == nil {
			return &apperr.Error{Code: apperr.Unauthenticated}
		}
		u := tx.Account.UpdateOne(a)
		details := map[string]string{}
		if v, ok := names["firstName"]; ok && v != a.FirstName {
			u.SetFirstName(v)
			details["firstName"] = v
		}
		if v, ok := names["lastName"]; ok && v != a.LastName {
			u.SetLastName(v)
			details["lastName"] = v
		}
		if in.Locale != nil && *in.Locale != a.Locale {
			u.SetLocale(*in.Locale)
			details["locale"] = string(*in.Locale)
		}
		if out, err = u.Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventProfileUpdated, ActorID: a.ID, TargetID: a.ID,
			Email: a.Email, Client: client, Details: details})
	})
	return out, err
}

// RequestEmailChange sends a link to newEmail that, once followed, makes it the account's
// address, and tells the current address of the request. The current password is required;
// a wrong one counts as a failed sign-in. When newEmail already belongs to another account of
// the space, the answer is the same and its owner only gets a notice, so the answer does not
// tell who has an account; both branches take the same time (see pace).
func (s *Service) RequestEmailChange(ctx context.Context, sp *ent.Space, accountID int, newEmail, pw, client string) error {
	a, err := accountIn(ctx, s.Client, sp.ID, accountID)
	if err != nil {
		return err
	}
	if a == nil {
		return &apperr.Error{Code: apperr.Unauthenticated}
	}
	address, key, ok := NormalizeEmail(newEmail)
	switch {
	case !ok:
		return apperr.Invalid(apperr.Violation{Field: "newEmail", Code: "EMAIL_INVALID"})
	case key == a.EmailKey:
		return apperr.Invalid(apperr.Violation{Field: "newEmail", Code: "EMAIL_UNCHANGED"})
	}
	keys := s.signInKeys(sp.ID, a.EmailKey, client)
	if err := s.limitSignIn(ctx, keys); err != nil {
		return err
	}
	match, _, err := s.Hasher.Verify(pw, a.PasswordHash)
	if err != nil {
		return err
	}
	if !match {
		if err := s.record(ctx, audit.Event{SpaceID: sp.ID, Action: EventEmailChangeRefused, ActorID: a.ID, TargetID: a.ID, Email: a.Email, Client: client}); err != nil {
			return err
		}
		return &apperr.Error{Code: apperr.Unauthenticated, MessageID: "PASSWORD_WRONG"}
	}
	if err := s.signedIn(ctx, keys); err != nil {
		return err
	}
	if err := s.limitMail(ctx, "email_change", sp.ID, key, client); err != nil {
		return err
	}
	start, branch := time.Now(), branchUnknown
	err = s.runner().Run(ctx, func(tx *ent.Tx) error {
		now := s.now()
		// A newer request kills the links of the earlier ones.
		if err := revokeAll(ctx, tx, a.ID, token.KindEMAIL_CHANGE, now); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventEmailChangeRequested, ActorID: a.ID, TargetID: a.ID,
			Email: a.Email, Client: client, Details: map[string]string{"newEmail": address}}); err != nil {
			return err
		}
		if err := mail.Notify(ctx, tx, s.Sealer, sp, a, "email_change_requested", nil, "new_email", address); err != nil {
			return err
		}
		owner, err := tx.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.EmailKey(key)).Only(ctx)
		switch {
		case err == nil:
			branch = branchKnown
			return mail.Notify(ctx, tx, s.Sealer, sp, owner, "email_change_taken", nil)
		case !ent.IsNotFound(err):
			return err
		}
		secret, hash := newToken()
		if err := tx.Token.Create().SetAccountID(a.ID).SetKind(token.KindEMAIL_CHANGE).SetHash(hash).SetNewEmail(address).
			SetCreatedAt(now).SetExpiresAt(now.Add(EmailChangeTTL)).SetClient(client).Exec(ctx); err != nil {
			return err
		}
		return mail.Notify(ctx, tx, s.Sealer, sp, at(a, address), "email_change_confirm", &mail.Link{Path: "/confirm-email", Token: secret})
	})
	if err == nil {
		s.emailChangePace.done(ctx, branch, start)
	}
	return err
}

// ConfirmEmailChange follows an e-mail change link: the link is spent (of two concurrent
// uses, one succeeds), the address changes if it is still free (CONFLICT otherwise, and the
// link is not spent), the links sent to the former address stop working, and the former
// address is told. Sessions are kept: the person proved they hold the new address, and
// their password did not change.
func (s *Service) ConfirmEmailChange(ctx context.Context, sp *ent.Space, secret, client string) (*ent.Account, error) {
	var out *ent.Account
	err := s.runner().Run(ctx, func(tx *ent.Tx) error {
		now := s.now()
		t, err := spend(ctx, tx, secret, token.KindEMAIL_CHANGE, now)
		if err != nil {
			return err
		}
		if t == nil || t.NewEmail == nil {
			return invalidToken()
		}
		a, err := accountIn(ctx, tx.Client(), sp.ID, t.AccountID)
		if err != nil {
			return err
		}
		if a == nil {
			return invalidToken()
		}
		address, key, ok := NormalizeEmail(*t.NewEmail)
		if !ok {
			return invalidToken()
		}
		taken, err := tx.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.EmailKey(key), entaccount.IDNEQ(a.ID)).Exist(ctx)
		if err != nil {
			return err
		}
		if taken {
			return emailTaken()
		}
		out, err = tx.Account.UpdateOne(a).SetEmail(address).SetEmailKey(key).Save(ctx)
		if ent.IsConstraintError(err) { // taken by a concurrent change or sign-up
			return emailTaken()
		}
		if err != nil {
			return err
		}
		for _, k := range []token.Kind{token.KindRESET, token.KindEMAIL_CHANGE} {
			if err := revokeAll(ctx, tx, a.ID, k, now); err != nil {
				return err
			}
		}
		if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventEmailChanged, ActorID: a.ID, TargetID: a.ID,
			Email: address, Client: client, Details: map[string]string{"formerEmail": a.Email}}); err != nil {
			return err
		}
		return mail.Notify(ctx, tx, s.Sealer, sp, a, "email_changed", nil, "new_email", address)
	})
	return out, err
}

func emailTaken() error {
	return &apperr.Error{Code: apperr.Conflict, MessageID: "EMAIL_TAKEN"}
}

// at is account a as seen at another address, to send it what only that address must get.
func at(a *ent.Account, address string) *ent.Account {
	c := *a
	c.Email = address
	return &c
}
