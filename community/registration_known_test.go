package community_test

import (
	"testing"

	"guichet/community"
	entaccount "guichet/ent/account"
	"guichet/facilitation"
)

// Without a password, what the answer cannot say goes by e-mail: the confirmation link to an
// address that has an account, a note to one already registered, how to register to one
// without an account (and nothing created); no seat is taken without a confirmation.
func TestRegisterWithoutPassword(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	tr := w.training(w.person("trainer"), 5)
	known, registered := w.person(), w.person()
	if err := w.signUp(tr, registered.Email); err != nil {
		t.Fatal(err)
	}
	if err := w.s.Confirm(w.ctx, w.sp, w.link(registered.Email, "training_confirm")); err != nil {
		t.Fatal(err)
	}
	without := func(email string) error {
		return w.s.RegisterWithoutPassword(w.ctx, w.sp, nil, tr.ID, community.RegistrationInput{Email: email, FirstName: "Léa", LastName: "Martin"})
	}
	for _, c := range []struct {
		name, email, template string
	}{
		{"an account", known.Email, "training_confirm"},
		{"an account already registered", registered.Email, "training_already_registered"},
		{"no account", "nobody@example.org", "training_needs_account"},
	} {
		t.Run(c.name, func(t *testing.T) {
			before := w.Mails(c.email, c.template)
			if err := without(c.email); err != nil {
				t.Fatal(outcome(err))
			}
			if n := w.Mails(c.email, c.template) - before; n != 1 {
				t.Errorf("%d %s e-mails, want 1", n, c.template)
			}
		})
	}
	if n := w.c.Account.Query().Where(entaccount.Email("nobody@example.org")).CountX(w.ctx); n != 0 {
		t.Errorf("an account was made without a password")
	}
	if w.seatsTaken(tr) != 1 {
		t.Errorf("seats taken: %d, want 1", w.seatsTaken(tr))
	}
	for _, c := range []struct{ email, want string }{
		{"not an address", "BAD_USER_INPUT email:EMAIL_INVALID"},
		{"", "BAD_USER_INPUT email:EMAIL_INVALID"},
	} {
		if err := without(c.email); outcome(err) != c.want {
			t.Errorf("%q: %s, want %s", c.email, outcome(err), c.want)
		}
	}
}
