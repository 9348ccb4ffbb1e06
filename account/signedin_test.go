package account_test

import (
	"testing"
	"time"

	"guichet/account"
	"guichet/domaintest"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/accountrole"
	"guichet/locales"
	"guichet/password"
)

// A session counts while it is live: what ended it (sign-out, its age, its idleness, the
// account's status, another space) or a role taken away counts at the very next read.
func TestSignedInAsReadsTheSessionAnew(t *testing.T) {
	for _, tc := range []struct {
		name  string
		after func(w *domaintest.World, sp *ent.Space, a *ent.Account, s *account.Session)
		space func(w *domaintest.World, sp *ent.Space) *ent.Space
		want  bool // still signed in
		roles int  // then, the space-wide roles
	}{
		{name: "a live session", want: true, roles: 2},
		{name: "signed out", want: false, after: func(w *domaintest.World, sp *ent.Space, a *ent.Account, s *account.Session) {
			id := w.C.Token.Query().OnlyIDX(w.Ctx)
			if err := w.Accounts.Logout(w.Ctx, sp.ID, a.ID, id, "test"); err != nil {
				t.Fatal(err)
			}
		}},
		{name: "past its lifetime", want: false, after: func(w *domaintest.World, sp *ent.Space, _ *ent.Account, s *account.Session) {
			for w.Now.Before(s.ExpiresAt) { // used every day, so never idle
				w.Now = w.Now.Add(account.SessionIdle - time.Hour)
				if _, err := w.Accounts.SignedInAs(w.Ctx, sp.ID, sp.Slug, s.Token); err != nil {
					t.Fatal(err)
				}
			}
		}},
		{name: "idle too long", want: false, after: func(w *domaintest.World, _ *ent.Space, _ *ent.Account, _ *account.Session) {
			w.Now = w.Now.Add(account.SessionIdle + time.Minute)
		}},
		{name: "idle, but less than the limit", want: true, roles: 2, after: func(w *domaintest.World, _ *ent.Space, _ *ent.Account, _ *account.Session) {
			w.Now = w.Now.Add(account.SessionIdle - time.Minute)
		}},
		{name: "the account suspended", want: false, after: func(w *domaintest.World, _ *ent.Space, a *ent.Account, _ *account.Session) {
			w.C.Account.UpdateOneID(a.ID).SetStatus(entaccount.StatusSUSPENDED).ExecX(w.Ctx)
		}},
		{name: "a role taken away", want: true, roles: 1, after: func(w *domaintest.World, _ *ent.Space, a *ent.Account, _ *account.Session) {
			w.C.AccountRole.Delete().Where(accountrole.AccountID(a.ID), accountrole.Role("trainer")).ExecX(w.Ctx)
		}},
		{name: "in another space", want: false, space: func(w *domaintest.World, _ *ent.Space) *ent.Space {
			return w.C.Space.Create().SetSlug("facilitators-2").SetNameFr("B").SetNameEn("B").
				SetDefaultLocale(locales.FR).SetPasswordPolicy(password.Policy{MinLength: 8}).SaveX(w.Ctx)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w, sp := profileWorld(t)
			a := w.Person(sp, "facilitator", "trainer")
			s, err := w.Accounts.Login(w.Ctx, sp, a.Email, domaintest.Password, "test")
			if err != nil {
				t.Fatal(err)
			}
			if tc.after != nil {
				tc.after(w, sp, a, s)
			}
			in := sp
			if tc.space != nil {
				in = tc.space(w, sp)
			}
			si, err := w.Accounts.SignedInAs(w.Ctx, in.ID, in.Slug, s.Token)
			if err != nil {
				t.Fatal(err)
			}
			if (si != nil) != tc.want {
				t.Fatalf("signed in: %v, want %v", si != nil, tc.want)
			}
			if si == nil {
				return
			}
			if si.AccountID != a.ID || si.FirstName != a.FirstName || si.Locale != a.Locale || len(si.Roles) != tc.roles {
				t.Errorf("signed in as %+v, want account %d with %d roles", si, a.ID, tc.roles)
			}
			if other, err := w.Accounts.SignedInAs(w.Ctx, in.ID, in.Slug, s.Token+"x"); err != nil || other != nil {
				t.Errorf("another token: %+v, %v", other, err)
			}
		})
	}
}

// A session's last use is written at most once a minute, not on every request.
func TestSignedInAsWritesTheLastUseOnceAMinute(t *testing.T) {
	w, sp := profileWorld(t)
	a := w.Person(sp)
	s, err := w.Accounts.Login(w.Ctx, sp, a.Email, domaintest.Password, "test")
	if err != nil {
		t.Fatal(err)
	}
	signedInAt := w.Now
	for _, step := range []struct {
		advance  time.Duration
		lastSeen time.Duration // since the sign-in
	}{
		{0, 0},
		{30 * time.Second, 0},
		{29 * time.Second, 0},
		{2 * time.Second, 61 * time.Second},
		{30 * time.Second, 61 * time.Second},
	} {
		w.Now = w.Now.Add(step.advance)
		if si, err := w.Accounts.SignedInAs(w.Ctx, sp.ID, sp.Slug, s.Token); err != nil || si == nil {
			t.Fatalf("at %s: %v %v", w.Now.Sub(signedInAt), si, err)
		}
		got := w.C.Token.Query().OnlyX(w.Ctx).LastSeenAt
		if got == nil || !got.Equal(signedInAt.Add(step.lastSeen)) {
			t.Errorf("at %s: last seen %v, want %s after the sign-in", w.Now.Sub(signedInAt), got, step.lastSeen)
		}
	}
}
