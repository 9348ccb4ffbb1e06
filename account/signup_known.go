package account

import (
	"context"
	"strings"
	"time"

	"guichet/audit"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/locales"
)

// SignUpKnown is SignUp for a person who gives no password because they say they have an
// account: a password they would not use is not asked of them. Their details are checked and
// the sending limited as SignUp does, then, in one transaction, known runs for the account
// the address has, or unknown for an address with none (nothing is created: without a
// password there is no account to make; unknown typically e-mails the address how to sign up).
// The caller answers the same either way, and both branches take the same time (see pace),
// so the answer does not tell whether the address has an account.
func (s *Service) SignUpKnown(ctx context.Context, sp *ent.Space, in RegisterInput, client string,
	known func(ctx context.Context, tx *ent.Tx, a *ent.Account) error,
	unknown func(ctx context.Context, tx *ent.Tx, address, name string, loc locales.Locale) error) error {
	address, key, vs := checkPerson(in.Email, in.FirstName, in.LastName, in.Phone)
	if len(vs) > 0 {
		return invalid(vs)
	}
	if err := s.limitMail(ctx, "register", sp.ID, key, client); err != nil {
		return err
	}
	loc := sp.DefaultLocale
	if in.Locale != nil && in.Locale.Valid() {
		loc = *in.Locale
	}
	start, branch := time.Now(), branchUnknown
	err := s.runner().Run(ctx, func(tx *ent.Tx) error {
		a, err := tx.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.EmailKey(key)).Only(ctx)
		switch {
		case err == nil:
			branch = branchKnown
			if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventSignUpExisting, TargetID: a.ID, Email: address, Client: client}); err != nil {
				return err
			}
			return known(ctx, tx, a)
		case !ent.IsNotFound(err):
			return err
		}
		return unknown(ctx, tx, address, strings.TrimSpace(strings.TrimSpace(in.FirstName)+" "+strings.TrimSpace(in.LastName)), loc)
	})
	if err == nil {
		s.signUpKnownPace.done(ctx, branch, start)
	}
	return err
}
