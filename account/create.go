package account

import (
	"context"
	"strings"

	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/locales"
	"guichet/password"
)

// CreateInput is an account made by an operator (the command line), active at once.
type CreateInput struct {
	Email, Password, FirstName, LastName string
	Locale                               *locales.Locale
	Roles                                []string
}

// Create makes an ACTIVE account with roles in the space, its password checked against the
// space's policy. An address that has an account already is a CONFLICT.
func (s *Service) Create(ctx context.Context, sp *ent.Space, in CreateInput) (*ent.Account, error) {
	address, key, vs := checkPerson(in.Email, firstOr(in.FirstName, "-"), firstOr(in.LastName, "-"), nil)
	vs = append(vs, passwordViolations(sp.PasswordPolicy, in.Password,
		password.Person{Email: address, FirstName: in.FirstName, LastName: in.LastName})...)
	if len(vs) > 0 {
		return nil, invalid(vs)
	}
	hash, err := s.Hasher.Hash(in.Password)
	if err != nil {
		return nil, err
	}
	loc := sp.DefaultLocale
	if in.Locale != nil {
		loc = *in.Locale
	}
	var out *ent.Account
	err = s.runner().Run(ctx, func(tx *ent.Tx) error {
		exists, err := tx.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.EmailKey(key)).Exist(ctx)
		if err != nil {
			return err
		}
		if exists {
			return &apperr.Error{Code: apperr.Conflict, MessageID: "ACCOUNT_EXISTS"}
		}
		now := s.now()
		out, err = tx.Account.Create().SetSpaceID(sp.ID).SetEmail(address).SetEmailKey(key).
			SetFirstName(strings.TrimSpace(in.FirstName)).SetLastName(strings.TrimSpace(in.LastName)).
			SetLocale(loc).SetPasswordHash(hash).SetPasswordChangedAt(now).
			SetStatus(entaccount.StatusACTIVE).SetActivatedAt(now).Save(ctx)
		if err != nil {
			return err
		}
		for _, r := range in.Roles {
			if err := Grant(ctx, tx, out.ID, r, sp.Slug); err != nil {
				return err
			}
			if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventRoleGranted, TargetID: out.ID, Email: address,
				Details: map[string]string{"role": r, "domain": sp.Slug}}); err != nil {
				return err
			}
		}
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventAccountCreated, TargetID: out.ID, Email: address, Client: "cli"})
	})
	return out, err
}

func firstOr(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}
