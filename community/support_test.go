package community_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"guichet/account"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/token"
	"guichet/facilitation"
	"guichet/locales"
	"guichet/password"
)

// Support brings a never-migrated legacy account into the space: ACTIVE, a facilitator with
// the belt it was imported with, a password to set through a link valid 7 days, audited;
// any other account is NOT_LEGACY, and an account of another space is not found.
func TestActivateLegacy(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	staff := w.person("staff")
	const csv = "email,first_name,last_name,locale,trained_on,migrated,belt\n" +
		"orange@example.org,Odile,Ancienne,en,2021-05-12,false,orange\n" +
		"sans.ceinture@example.org,Simon,Ancien,fr,2020-11-03,false,\n" +
		"migre@example.org,Marc,Migre,fr,2021-05-12,true,green\n"
	if _, err := w.s.ImportLegacy(w.ctx, w.sp, strings.NewReader(csv)); err != nil {
		t.Fatal(err)
	}
	other := w.c.Space.Create().SetSlug("ailleurs").SetNameFr("Ailleurs").SetNameEn("Elsewhere").
		SetDefaultLocale(locales.FR).SetPasswordPolicy(password.Policy{MinLength: 8, MaxLength: 64}).SaveX(w.ctx)
	elsewhere := w.c.Account.Create().SetSpaceID(other.ID).SetEmail("loin@example.org").SetEmailKey("loin@example.org").
		SetLocale(locales.FR).SetStatus(entaccount.StatusLEGACY_UNMIGRATED).SaveX(w.ctx)
	byEmail := func(e string) *ent.Account {
		return w.c.Account.Query().Where(entaccount.SpaceID(w.sp.ID), entaccount.Email(e)).OnlyX(w.ctx)
	}
	suspended := w.person("facilitator")
	w.c.Account.UpdateOne(suspended).SetStatus(entaccount.StatusSUSPENDED).ExecX(w.ctx)

	for _, c := range []struct {
		name string
		id   func() int
		want string
		belt string
	}{
		{"an unmigrated orange belt", func() int { return byEmail("orange@example.org").ID }, "ok", facilitation.Orange},
		{"an unmigrated row without a belt", func() int { return byEmail("sans.ceinture@example.org").ID }, "ok", facilitation.White},
		{"the same account again", func() int { return byEmail("orange@example.org").ID }, "PRECONDITION_FAILED NOT_LEGACY", ""},
		{"a migrated account", func() int { return byEmail("migre@example.org").ID }, "PRECONDITION_FAILED NOT_LEGACY", ""},
		{"an active participant", func() int { return w.person("participant").ID }, "PRECONDITION_FAILED NOT_LEGACY", ""},
		{"a suspended account", func() int { return suspended.ID }, "PRECONDITION_FAILED NOT_LEGACY", ""},
		{"another space's legacy account", func() int { return elsewhere.ID }, "NOT_FOUND", ""},
		{"an unknown id", func() int { return 999_999 }, "NOT_FOUND", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			id := c.id()
			status := func() entaccount.Status {
				if a, err := w.c.Account.Get(w.ctx, id); err == nil {
					return a.Status
				}
				return ""
			}
			before := status()
			a, err := w.s.ActivateLegacy(w.ctx, w.sp, w.as(staff), id)
			if got := outcome(err); got != c.want {
				t.Fatalf("got %s, want %s", got, c.want)
			}
			if c.want != "ok" {
				if after := status(); after != before {
					t.Fatalf("a refused activation changed the status to %s", after)
				}
				return
			}
			if a.Status != entaccount.StatusACTIVE || !a.PasswordResetRequired || a.ActivatedAt == nil {
				t.Fatalf("activated: %+v", a)
			}
			if got := w.belt(a); got != c.belt {
				t.Fatalf("belt %q, want %q", got, c.belt)
			}
			if rs := w.roles(a); !slices.Contains(rs, "facilitator") {
				t.Fatalf("roles %v", rs)
			}
			if w.mails(a, "legacy_activated") != 1 || w.audited("account.legacy_activated", a.ID) != 1 {
				t.Fatalf("%d e-mails, %d audit lines", w.mails(a, "legacy_activated"), w.audited("account.legacy_activated", a.ID))
			}
			tok := w.c.Token.Query().Where(token.AccountID(a.ID), token.KindEQ(token.KindRESET), token.UsedAtIsNil()).OnlyX(w.ctx)
			if !tok.ExpiresAt.Equal(w.Now.Add(account.SetPasswordTTL)) || account.SetPasswordTTL != 7*24*time.Hour {
				t.Fatalf("the link expires at %v", tok.ExpiresAt)
			}
		})
	}

	// The link sets the password; then the account signs in, its obligation lifted.
	link := w.link("orange@example.org", "legacy_activated")
	w.Now = w.Now.Add(6 * 24 * time.Hour)
	if _, err := w.Accounts.ResetPassword(w.ctx, w.sp, link, "Chaussette-Verte-77", "test"); err != nil {
		t.Fatalf("setting the password with the link: %v", err)
	}
	s, err := w.Accounts.Login(w.ctx, w.sp, "orange@example.org", "Chaussette-Verte-77", "test")
	if err != nil || s.PasswordResetRequired {
		t.Fatalf("sign-in after activation: %+v %v", s, err)
	}
	// Past 7 days the link is dead.
	w.Now = w.Now.Add(2 * 24 * time.Hour)
	if _, err := w.Accounts.ResetPassword(w.ctx, w.sp, w.link("sans.ceinture@example.org", "legacy_activated"), "Chaussette-Verte-77", "test"); outcome(err) != "INVALID_TOKEN" {
		t.Fatalf("a link older than 7 days: %s", outcome(err))
	}
}
