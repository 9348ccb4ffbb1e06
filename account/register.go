package account

import (
	"context"
	"errors"
	"strings"
	"time"
	"unicode/utf8"

	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/space"
	"guichet/ent/token"
	"guichet/locales"
	"guichet/mail"
	"guichet/password"
)

// RegisterInput is what a person gives to create an account.
type RegisterInput struct {
	Email     string
	Password  string
	FirstName string
	LastName  string
	Locale    *locales.Locale
	Phone     *string
}

// Limits of free-text input.
const (
	MaxNameLength  = 100
	MaxPhoneLength = 30
)

// checkPerson validates the fields of a person, one violation per broken rule.
func checkPerson(email, first, last string, phone *string) (address, key string, vs []apperr.Violation) {
	address, key, ok := NormalizeEmail(email)
	if !ok {
		vs = append(vs, apperr.Violation{Field: "email", Code: "EMAIL_INVALID"})
	}
	for _, f := range []struct{ field, value string }{{"firstName", first}, {"lastName", last}} {
		v := strings.TrimSpace(f.value)
		switch {
		case v == "":
			vs = append(vs, apperr.Violation{Field: f.field, Code: "REQUIRED"})
		case utf8.RuneCountInString(v) > MaxNameLength:
			vs = append(vs, apperr.Violation{Field: f.field, Code: "TOO_LONG", Data: map[string]any{"Max": MaxNameLength}})
		}
	}
	if phone != nil && *phone != "" && !phoneLike(*phone) {
		vs = append(vs, apperr.Violation{Field: "phone", Code: "PHONE_INVALID"})
	}
	return address, key, vs
}

func phoneLike(p string) bool {
	digits := 0
	for _, r := range p {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune(" +-.()", r):
		default:
			return false
		}
	}
	return digits >= 6 && len(p) <= MaxPhoneLength
}

// passwordViolations checks pw against the space's policy for this person.
func passwordViolations(p password.Policy, pw string, who password.Person) []apperr.Violation {
	var vs []apperr.Violation
	for _, v := range p.Check(pw, who) {
		vs = append(vs, apperr.Violation{Field: "password", Code: v.Code, Data: v.Data})
	}
	return vs
}

// invalid is the error for broken rules: PASSWORD_POLICY when only the password's rules are
// broken, else BAD_USER_INPUT with every violation.
func invalid(vs []apperr.Violation) error {
	for _, v := range vs {
		if v.Field != "password" && v.Field != "newPassword" {
			return apperr.Invalid(vs...)
		}
	}
	return &apperr.Error{Code: apperr.PasswordPolicy, Violations: vs}
}

// Register creates an account in PENDING_ACTIVATION and e-mails its activation link. An
// address that already has an account in the space gets the same answer and creates
// nothing: its owner is e-mailed instead (a new activation link if the account was never
// activated), so the answer does not tell who has an account.
//
// Both answers take the same time: the password is hashed either way, and the branch that
// writes less (usually the known address's) waits for the difference (see pace).
func (s *Service) Register(ctx context.Context, sp *ent.Space, in RegisterInput, client string) error {
	start, branch := time.Now(), -1
	err := s.SignUp(ctx, sp, in, client, func(ctx context.Context, tx *ent.Tx, a *ent.Account, fresh bool) error {
		if fresh {
			branch = branchUnknown
			return nil
		}
		branch = branchKnown
		return s.SignedUpAgain(ctx, tx, sp, a, client)
	})
	if err == nil && branch >= 0 {
		s.registerPace.done(ctx, branch, start)
	}
	return err
}

// SignUp is what registering and signing up for something (a training) share: the person's
// data and password are checked, then, in one transaction, the address gets an account in
// PENDING_ACTIVATION with its activation e-mail queued (fresh is true), or the account it
// already has is found (fresh is false; nothing is sent for it: then decides). then runs in
// the same transaction; fresh accounts may be nil when the same address signed up at the same
// moment, in which case then is not called.
func (s *Service) SignUp(ctx context.Context, sp *ent.Space, in RegisterInput, client string,
	then func(ctx context.Context, tx *ent.Tx, a *ent.Account, fresh bool) error) error {
	address, key, vs := checkPerson(in.Email, in.FirstName, in.LastName, in.Phone)
	vs = append(vs, passwordViolations(sp.PasswordPolicy, in.Password,
		password.Person{Email: address, FirstName: in.FirstName, LastName: in.LastName})...)
	if len(vs) > 0 {
		return invalid(vs)
	}
	if err := s.limitMail(ctx, "register", sp.ID, key, client); err != nil {
		return err
	}
	// Hashed before the address is looked up, whether or not it has an account, so both
	// branches do this work, the most of a sign-up.
	hash, err := s.Hasher.Hash(in.Password)
	if err != nil {
		return err
	}
	loc := sp.DefaultLocale
	if in.Locale != nil && in.Locale.Valid() {
		loc = *in.Locale
	}
	now := s.now()
	err = s.runner().Run(ctx, func(tx *ent.Tx) error {
		existing, err := tx.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.EmailKey(key)).Only(ctx)
		switch {
		case err == nil:
			if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventSignUpExisting, TargetID: existing.ID, Email: address, Client: client}); err != nil {
				return err
			}
			return then(ctx, tx, existing, false)
		case !ent.IsNotFound(err):
			return err
		}
		c := tx.Account.Create().SetSpaceID(sp.ID).SetEmail(address).SetEmailKey(key).
			SetFirstName(strings.TrimSpace(in.FirstName)).SetLastName(strings.TrimSpace(in.LastName)).
			SetLocale(loc).SetPasswordHash(hash).SetPasswordChangedAt(now)
		if in.Phone != nil && *in.Phone != "" {
			c.SetPhone(strings.TrimSpace(*in.Phone))
		}
		a, err := c.Save(ctx)
		if ent.IsConstraintError(err) {
			// The same address registered at the same moment: the other request created it.
			// Roll back (PostgreSQL has aborted the transaction) and answer as for any address.
			return errSignedUpMeanwhile
		}
		if err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventSignUp, TargetID: a.ID, Email: address, Client: client}); err != nil {
			return err
		}
		if err := s.sendActivation(ctx, tx, sp, a, client); err != nil {
			return err
		}
		return then(ctx, tx, a, true)
	})
	if errors.Is(err, errSignedUpMeanwhile) {
		return nil
	}
	return err
}

// errSignedUpMeanwhile rolls back a sign-up that lost the race for its address.
var errSignedUpMeanwhile = errors.New("the address signed up meanwhile")

// sendActivation makes earlier activation links invalid and e-mails a new one.
func (s *Service) sendActivation(ctx context.Context, tx *ent.Tx, sp *ent.Space, a *ent.Account, client string) error {
	now := s.now()
	if err := revokeAll(ctx, tx, a.ID, token.KindACTIVATION, now); err != nil {
		return err
	}
	secret, _, err := issue(ctx, tx, a.ID, token.KindACTIVATION, ActivationTTL, now, client)
	if err != nil {
		return err
	}
	return mail.Notify(ctx, tx, s.Sealer, sp, a, "activation", &mail.Link{Path: "/activate", Token: secret})
}

// Activate uses an activation link: the account becomes ACTIVE, or PENDING_APPROVAL in a
// space whose accounts are approved.
func (s *Service) Activate(ctx context.Context, sp *ent.Space, secret string) (*ent.Account, error) {
	var out *ent.Account
	err := s.runner().Run(ctx, func(tx *ent.Tx) error {
		now := s.now()
		id, err := consume(ctx, tx, secret, token.KindACTIVATION, now)
		if err != nil {
			return err
		}
		a, err := accountIn(ctx, tx.Client(), sp.ID, id)
		if err != nil || a == nil || a.Status != entaccount.StatusPENDING_ACTIVATION {
			if err == nil {
				err = invalidToken()
			}
			return err
		}
		next := entaccount.StatusACTIVE
		if sp.Approval != space.ApprovalNone {
			next = entaccount.StatusPENDING_APPROVAL
		}
		out, err = a.Update().SetStatus(next).SetActivatedAt(now).Save(ctx)
		if err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventActivation, ActorID: a.ID, TargetID: a.ID, Email: a.Email}); err != nil {
			return err
		}
		if next == entaccount.StatusPENDING_APPROVAL {
			if err := mail.Notify(ctx, tx, s.Sealer, sp, out, "approval_pending", nil); err != nil {
				return err
			}
		}
		if s.Activated != nil {
			return s.Activated(ctx, tx, sp, out)
		}
		return nil
	})
	return out, err
}

// accountIn loads an account of the space, nil when it is of another space or absent.
func accountIn(ctx context.Context, c *ent.Client, spaceID, id int) (*ent.Account, error) {
	if id == 0 {
		return nil, nil
	}
	a, err := c.Account.Query().Where(entaccount.ID(id), entaccount.SpaceID(spaceID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return a, err
}

// ResendActivation e-mails a new activation link to an account not yet activated; the earlier
// links stop working. It answers the same whether or not the address has an account.
func (s *Service) ResendActivation(ctx context.Context, sp *ent.Space, email, client string) error {
	_, key, ok := NormalizeEmail(email)
	if !ok {
		return nil // nothing to send to, and nothing to tell
	}
	if err := s.limitMail(ctx, "activation", sp.ID, key, client); err != nil {
		return err
	}
	start, branch := time.Now(), branchUnknown
	err := s.runner().Run(ctx, func(tx *ent.Tx) error {
		a, err := tx.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.EmailKey(key),
			entaccount.StatusEQ(entaccount.StatusPENDING_ACTIVATION)).Only(ctx)
		if ent.IsNotFound(err) {
			return nil
		}
		if err != nil {
			return err
		}
		branch = branchKnown
		return s.sendActivation(ctx, tx, sp, a, client)
	})
	if err == nil {
		s.resendPace.done(ctx, branch, start) // the same time with or without an e-mail to send
	}
	return err
}

// CheckSignUp reports every rule a sign-up's person and password break in the space, for
// journeys that check more than an account (the certification space's registration reports
// them together with its own).
func (s *Service) CheckSignUp(sp *ent.Space, in RegisterInput) []apperr.Violation {
	address, _, vs := checkPerson(in.Email, in.FirstName, in.LastName, in.Phone)
	return append(vs, passwordViolations(sp.PasswordPolicy, in.Password,
		password.Person{Email: address, FirstName: in.FirstName, LastName: in.LastName})...)
}

// Invalid is the error of broken rules: PASSWORD_POLICY when only the password's rules are
// broken, else BAD_USER_INPUT with every violation.
func Invalid(vs []apperr.Violation) error { return invalid(vs) }

// SignedUpAgain is what a sign-up with an address that has an account does, inside the
// sign-up's transaction: a new activation link if the account was never activated (its owner
// may have lost the first), else an e-mail saying the address has an account.
func (s *Service) SignedUpAgain(ctx context.Context, tx *ent.Tx, sp *ent.Space, a *ent.Account, client string) error {
	if a.Status == entaccount.StatusPENDING_ACTIVATION {
		return s.sendActivation(ctx, tx, sp, a, client)
	}
	return mail.Notify(ctx, tx, s.Sealer, sp, a, "already_registered", nil)
}
