package account_test

import (
	"strings"
	"testing"
	"time"

	"guichet/account"
	"guichet/domaintest"
	"guichet/ent"
	"guichet/ent/auditevent"
	"guichet/locales"
	"guichet/password"
)

func profileWorld(t *testing.T) (*domaintest.World, *ent.Space) {
	t.Helper()
	w := domaintest.New(t)
	sp := w.C.Space.Create().SetSlug("facilitators").SetNameFr("Animateurs").SetNameEn("Facilitators").
		SetDefaultLocale(locales.FR).SetPasswordPolicy(password.Policy{MinLength: 8, MaxLength: 64}).SaveX(w.Ctx)
	return w, sp
}

func ptr[T any](v T) *T { return &v }

// Names and the preferred language: each optional, a name given may not be empty or too long.
func TestUpdateProfile(t *testing.T) {
	w, sp := profileWorld(t)
	for _, tc := range []struct {
		name        string
		in          account.ProfileInput
		want        string
		first, last string
		locale      locales.Locale
	}{
		{"both names", account.ProfileInput{FirstName: ptr("  Chloé "), LastName: ptr("Mercier")}, "ok", "Chloé", "Mercier", locales.FR},
		{"the language only", account.ProfileInput{Locale: ptr(locales.EN)}, "ok", "", "Test", locales.EN},
		{"nothing", account.ProfileInput{}, "ok", "", "Test", locales.FR},
		{"an empty first name", account.ProfileInput{FirstName: ptr(""), LastName: ptr("Mercier")}, "BAD_USER_INPUT firstName:REQUIRED", "", "Test", locales.FR},
		{"a blank last name", account.ProfileInput{LastName: ptr("   "), Locale: ptr(locales.EN)}, "BAD_USER_INPUT lastName:REQUIRED", "", "Test", locales.FR},
		{"both empty", account.ProfileInput{FirstName: ptr(""), LastName: ptr("")}, "BAD_USER_INPUT firstName:REQUIRED lastName:REQUIRED", "", "Test", locales.FR},
		{"a name too long", account.ProfileInput{LastName: ptr(strings.Repeat("é", account.MaxNameLength+1))}, "BAD_USER_INPUT lastName:TOO_LONG", "", "Test", locales.FR},
		{"a language not offered", account.ProfileInput{Locale: ptr(locales.Locale("DE"))}, "BAD_USER_INPUT locale:LOCALE_INVALID", "", "Test", locales.FR},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := w.Person(sp)
			if tc.first == "" {
				tc.first = a.FirstName
			}
			_, err := w.Accounts.UpdateProfile(w.Ctx, sp, a.ID, tc.in, "test")
			if got := domaintest.Outcome(err); got != tc.want {
				t.Fatalf("got %s, want %s", got, tc.want)
			}
			after := w.C.Account.GetX(w.Ctx, a.ID)
			if after.FirstName != tc.first || after.LastName != tc.last || after.Locale != tc.locale {
				t.Errorf("account is %q %q %s, want %q %q %s", after.FirstName, after.LastName, after.Locale, tc.first, tc.last, tc.locale)
			}
			audited := w.C.AuditEvent.Query().Where(auditevent.Action(account.EventProfileUpdated), auditevent.TargetID(a.ID)).CountX(w.Ctx)
			if want := map[bool]int{true: 1, false: 0}[tc.want == "ok"]; audited != want {
				t.Errorf("%d audit events, want %d", audited, want)
			}
		})
	}
}

// Requesting a change: the current password is required, the address must be one and new; a
// free address gets the link, a taken one only a notice, and both answers are the same.
func TestRequestEmailChange(t *testing.T) {
	w, sp := profileWorld(t)
	owner := w.Person(sp) // holds the taken address
	for _, tc := range []struct {
		name, newEmail, password string
		want                     string
		// What is queued: the link to the new address, a notice to its owner, a notice to the
		// current address.
		link, taken, notice int
	}{
		{"a free address", "chloe.new@example.org", domaintest.Password, "ok", 1, 0, 1},
		{"the same free address, typed in capitals", "CHLOE.NEW2@Example.org", domaintest.Password, "ok", 1, 0, 1},
		{"an address another account holds", owner.Email, domaintest.Password, "ok", 0, 1, 1},
		{"another account's address, in capitals", strings.ToUpper(owner.Email), domaintest.Password, "ok", 0, 1, 1},
		{"a wrong password", "chloe.new3@example.org", "Not-The-Password-1", "UNAUTHENTICATED PASSWORD_WRONG", 0, 0, 0},
		{"not an address", "chloe.new@", domaintest.Password, "BAD_USER_INPUT newEmail:EMAIL_INVALID", 0, 0, 0},
		{"the current address", "", domaintest.Password, "BAD_USER_INPUT newEmail:EMAIL_UNCHANGED", 0, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := w.Person(sp)
			if tc.newEmail == "" {
				tc.newEmail = strings.ToUpper(a.Email)
			}
			takenBefore := w.Mails(owner.Email, "email_change_taken")
			err := w.Accounts.RequestEmailChange(w.Ctx, sp, a.ID, tc.newEmail, tc.password, "test")
			if got := domaintest.Outcome(err); got != tc.want {
				t.Fatalf("got %s, want %s", got, tc.want)
			}
			if n := w.Mails(tc.newEmail, "email_change_confirm"); n != tc.link {
				t.Errorf("%d links to the new address, want %d", n, tc.link)
			}
			if n := w.Mails(owner.Email, "email_change_taken") - takenBefore; n != tc.taken {
				t.Errorf("%d notices to the taken address, want %d", n, tc.taken)
			}
			if n := w.Mails(owner.Email, "email_change_confirm"); n != 0 {
				t.Errorf("a link was sent to the taken address")
			}
			if n := w.Mails(a.Email, "email_change_requested"); n != tc.notice {
				t.Errorf("%d notices to the current address, want %d", n, tc.notice)
			}
			if got := w.C.Account.GetX(w.Ctx, a.ID).Email; got != a.Email {
				t.Errorf("the address changed before the link was followed: %s", got)
			}
		})
	}
}

// Wrong passwords count as failed sign-ins: the pair's limit refuses further requests and
// sign-ins from the same client.
func TestEmailChangeWrongPasswordsAreThrottled(t *testing.T) {
	w, sp := profileWorld(t)
	a := w.Person(sp)
	for i := 0; i < account.LoginPerPair.Max; i++ {
		err := w.Accounts.RequestEmailChange(w.Ctx, sp, a.ID, "new@example.org", "Wrong-Guess-1", "192.0.2.7")
		if got := domaintest.Outcome(err); got != "UNAUTHENTICATED PASSWORD_WRONG" {
			t.Fatalf("attempt %d: %s", i+1, got)
		}
	}
	err := w.Accounts.RequestEmailChange(w.Ctx, sp, a.ID, "new@example.org", domaintest.Password, "192.0.2.7")
	if got := domaintest.Outcome(err); got != "RATE_LIMITED" {
		t.Fatalf("after %d wrong passwords, the right one: %s", account.LoginPerPair.Max, got)
	}
	_, err = w.Accounts.Login(w.Ctx, sp, a.Email, domaintest.Password, "192.0.2.7")
	if got := domaintest.Outcome(err); got != "RATE_LIMITED" {
		t.Fatalf("sign-in after the wrong passwords: %s", got)
	}
	if w.Mails("new@example.org", "email_change_confirm") != 0 {
		t.Fatal("a link was sent")
	}
}

// Following the link: once, within 24 hours, only the latest link, and only while the
// address is still free; the former address is told, sessions are kept.
func TestConfirmEmailChange(t *testing.T) {
	w, sp := profileWorld(t)
	type setup func(t *testing.T, a *ent.Account, newEmail string) string // returns the token used
	request := func(t *testing.T, a *ent.Account, newEmail string) string {
		t.Helper()
		if err := w.Accounts.RequestEmailChange(w.Ctx, sp, a.ID, newEmail, domaintest.Password, "test"); err != nil {
			t.Fatal(err)
		}
		return w.Link(newEmail, "email_change_confirm")
	}
	for _, tc := range []struct {
		name    string
		token   setup
		want    string
		changed bool
	}{
		{"the link", request, "ok", true},
		{"the link after 23 hours", func(t *testing.T, a *ent.Account, e string) string {
			tok := request(t, a, e)
			w.Now = w.Now.Add(23 * time.Hour)
			return tok
		}, "ok", true},
		{"the link after 24 hours", func(t *testing.T, a *ent.Account, e string) string {
			tok := request(t, a, e)
			w.Now = w.Now.Add(account.EmailChangeTTL)
			return tok
		}, "INVALID_TOKEN", false},
		{"the link a second time", func(t *testing.T, a *ent.Account, e string) string {
			tok := request(t, a, e)
			if _, err := w.Accounts.ConfirmEmailChange(w.Ctx, sp, tok, "test"); err != nil {
				t.Fatal(err)
			}
			return tok
		}, "INVALID_TOKEN", true},
		{"an earlier link, after a newer request", func(t *testing.T, a *ent.Account, e string) string {
			tok := request(t, a, e)
			request(t, a, "other-"+e)
			return tok
		}, "INVALID_TOKEN", false},
		{"an unknown token", func(t *testing.T, a *ent.Account, e string) string { return "not-a-token" }, "INVALID_TOKEN", false},
		{"an empty token", func(t *testing.T, a *ent.Account, e string) string { return "" }, "INVALID_TOKEN", false},
		{"a password reset link", func(t *testing.T, a *ent.Account, e string) string {
			if err := w.Accounts.RequestPasswordReset(w.Ctx, sp, a.Email, "test"); err != nil {
				t.Fatal(err)
			}
			return w.Link(a.Email, "password_reset")
		}, "INVALID_TOKEN", false},
		{"the link once the address was taken meanwhile", func(t *testing.T, a *ent.Account, e string) string {
			tok := request(t, a, e)
			if _, err := w.Accounts.Create(w.Ctx, sp, account.CreateInput{Email: strings.ToUpper(e), Password: domaintest.Password,
				FirstName: "Other", LastName: "Person"}); err != nil {
				t.Fatal(err)
			}
			return tok
		}, "CONFLICT EMAIL_TAKEN", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := w.Person(sp)
			session, err := w.Accounts.Login(w.Ctx, sp, a.Email, domaintest.Password, "test")
			if err != nil {
				t.Fatal(err)
			}
			newEmail := "new-" + a.Email
			tok := tc.token(t, a, newEmail)
			_, err = w.Accounts.ConfirmEmailChange(w.Ctx, sp, tok, "test")
			if got := domaintest.Outcome(err); got != tc.want {
				t.Fatalf("got %s, want %s", got, tc.want)
			}
			after := w.C.Account.GetX(w.Ctx, a.ID)
			if tc.changed {
				if after.Email != newEmail || after.EmailKey != strings.ToLower(newEmail) {
					t.Fatalf("address %s (%s), want %s", after.Email, after.EmailKey, newEmail)
				}
				if n := w.Mails(a.Email, "email_changed"); n != 1 {
					t.Errorf("%d change notices to the former address, want 1", n)
				}
				if _, err := w.Accounts.Login(w.Ctx, sp, newEmail, domaintest.Password, "test"); err != nil {
					t.Errorf("sign-in with the new address: %v", err)
				}
				if _, err := w.Accounts.Login(w.Ctx, sp, a.Email, domaintest.Password, "test"); domaintest.Outcome(err) != "UNAUTHENTICATED LOGIN_FAILED" {
					t.Errorf("sign-in with the former address: %s", domaintest.Outcome(err))
				}
			} else {
				if after.Email != a.Email {
					t.Fatalf("address changed to %s", after.Email)
				}
				if n := w.Mails(a.Email, "email_changed"); n != 0 {
					t.Errorf("a change notice was sent")
				}
			}
			if au, err := w.Accounts.Authenticate(w.Ctx, sp.ID, session.Token); err != nil || au == nil {
				t.Errorf("the session ended: %v", err)
			}
		})
	}
}

// A link still waiting when the address is confirmed elsewhere, and a reset link sent to the
// former address, stop working once the address changed.
func TestConfirmEmailChangeEndsTheFormerAddressLinks(t *testing.T) {
	w, sp := profileWorld(t)
	a := w.Person(sp)
	if err := w.Accounts.RequestPasswordReset(w.Ctx, sp, a.Email, "test"); err != nil {
		t.Fatal(err)
	}
	reset := w.Link(a.Email, "password_reset")
	if err := w.Accounts.RequestEmailChange(w.Ctx, sp, a.ID, "moved@example.org", domaintest.Password, "test"); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Accounts.ConfirmEmailChange(w.Ctx, sp, w.Link("moved@example.org", "email_change_confirm"), "test"); err != nil {
		t.Fatal(err)
	}
	_, err := w.Accounts.ResetPassword(w.Ctx, sp, reset, "Lanterne-Ciel-77?", "test")
	if got := domaintest.Outcome(err); got != "INVALID_TOKEN" {
		t.Fatalf("a reset link sent to the former address: %s", got)
	}
}
