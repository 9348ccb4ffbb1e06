package web_test

import (
	"context"
	"strings"
	"testing"

	"guichet/apitest"
	"guichet/ent/space"
)

// Support for a legacy facilitator, over HTTP: imported without migration, they are told to
// contact support; staff find them with accountSearch (status LEGACY_UNMIGRATED) and activate
// them; the e-mail in their language carries a link to set a password; they sign in with the
// belt they were imported with. Activating any other account is NOT_LEGACY, in the reader's
// language; a facilitator may neither search nor activate.
func TestLegacySupportJourney(t *testing.T) {
	env := apitest.New(t)
	ctx := context.Background()
	sp := env.DB.Client.Space.Query().Where(space.Slug(fac)).OnlyX(ctx)
	const csv = "email,first_name,last_name,locale,trained_on,migrated,belt\n" +
		"odile.ancienne@example.org,Odile,Ancienne,en,2021-05-12,false,orange\n"
	if _, err := env.App.Community.ImportLegacy(ctx, sp, strings.NewReader(csv)); err != nil {
		t.Fatal(err)
	}
	staffID, staff := founder(t, env, "support@example.org", "staff")
	_, facilitator := founder(t, env, "fanny@example.org", "facilitator", "blue")
	env.Emails(t)

	for lang, words := range map[string]string{"fr": "Contactez l’assistance", "en": "Contact support"} {
		r := env.Do(t, apitest.Request{Space: fac, Header: map[string][]string{"Accept-Language": {lang}},
			Query: `mutation { login(email: "odile.ancienne@example.org", password: "Nimporte-Quoi-42!") { token } }`})
		if code(r) != "ACCOUNT_NOT_ACTIVE" || r.Errors[0].Extensions["status"] != "LEGACY_UNMIGRATED" || !strings.Contains(r.Errors[0].Message, words) {
			t.Fatalf("a legacy account signing in (%s): %s", lang, r.Body)
		}
	}

	found := op(t, env, "SupportAccountSearch", map[string]any{"search": "ODILE ancienne"}, staff).MustOK(t)
	if found.Len("accountSearch") != 1 || found.Str("accountSearch.0.status") != "LEGACY_UNMIGRATED" ||
		found.Str("accountSearch.0.email") != "odile.ancienne@example.org" || found.Str("accountSearch.0.displayName") != "Odile Ancienne" {
		t.Fatalf("staff's search: %s", found.Body)
	}
	id := found.Str("accountSearch.0.id")
	if r := op(t, env, "SupportAccountSearch", map[string]any{"search": "odile"}, facilitator); code(r) != "FORBIDDEN" {
		t.Fatalf("a facilitator searched accounts: %s", r.Body)
	}
	if r := op(t, env, "ActivateLegacyAccount", map[string]any{"id": id}, facilitator); code(r) != "FORBIDDEN" {
		t.Fatalf("a facilitator activated a legacy account: %s", r.Body)
	}

	act := op(t, env, "ActivateLegacyAccount", map[string]any{"id": id}, staff).MustOK(t)
	if act.Str("activateLegacyAccount.account.id") != id || act.Str("activateLegacyAccount.account.status") != "ACTIVE" {
		t.Fatalf("activation: %s", act.Body)
	}
	m := env.EmailTo(t, "odile.ancienne@example.org")
	tok := m.Token("/reset-password")
	if tok == "" || !strings.Contains(m.Subject, "choose your password") || !strings.Contains(m.Text, "7 days") ||
		!strings.Contains(m.Text, "belt: orange") {
		t.Fatalf("the set-password e-mail: %s\n%s", m.Subject, m.Text)
	}
	env.Op(t, "account.graphql", "ResetPassword", fac, map[string]any{"token": tok, "newPassword": goodPassword}, nil).MustOK(t)
	if r := env.Op(t, "account.graphql", "ResetPassword", fac, map[string]any{"token": tok, "newPassword": goodPassword}, nil); code(r) != "INVALID_TOKEN" {
		t.Fatalf("the link used twice: %s", r.Body)
	}
	in := login(t, env, fac, "odile.ancienne@example.org", goodPassword).MustOK(t)
	if in.Get("login.passwordResetRequired") != false {
		t.Fatalf("after setting the password: %s", in.Body)
	}
	if j := op(t, env, "MyJourney", nil, bearer(in.Str("login.token"))).MustOK(t); j.Str("me.belt") != "ORANGE" {
		t.Fatalf("the imported belt: %s", j.Body)
	}

	// Now ACTIVE, and any active account: NOT_LEGACY, said in the reader's language.
	for lang, words := range map[string]string{"fr": "ancien système", "en": "former-system"} {
		for _, target := range []string{id, itoa(staffID)} {
			r := op(t, env, "ActivateLegacyAccount", map[string]any{"id": target}, with(staff, "Accept-Language", lang))
			if code(r) != "PRECONDITION_FAILED" || ext(r, "reason") != "NOT_LEGACY" || !strings.Contains(r.Errors[0].Message, words) {
				t.Fatalf("activating an active account (%s): %s", lang, r.Body)
			}
		}
	}
	if r := op(t, env, "ActivateLegacyAccount", map[string]any{"id": "999999"}, staff); code(r) != "NOT_FOUND" {
		t.Fatalf("an unknown account: %s", r.Body)
	}
	// Space admins keep the search, whatever the status.
	_, admin := founder(t, env, "admin@example.org", "admin")
	if r := op(t, env, "SupportAccountSearch", map[string]any{"search": "example.org"}, admin).MustOK(t); r.Len("accountSearch") < 3 {
		t.Fatalf("an admin's search: %s", r.Body)
	}
}
