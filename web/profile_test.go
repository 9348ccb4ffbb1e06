package web_test

import (
	"context"
	"strings"
	"testing"

	"guichet/account"
	"guichet/apitest"
	"guichet/ent/space"
)

// activeMember makes an active account of the space with the given address and signs it in.
func activeMember(t *testing.T, env *apitest.Env, sp, email string) string {
	t.Helper()
	ctx := context.Background()
	s, err := env.DB.Client.Space.Query().Where(space.Slug(sp)).Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := env.Accounts.Create(ctx, s, account.CreateInput{Email: email, Password: goodPassword,
		FirstName: "Camille", LastName: "Durand"}); err != nil {
		t.Fatal(err)
	}
	return login(t, env, sp, email, goodPassword).MustOK(t).Str("login.token")
}

// mailsTo are the new messages to address among ms.
func mailsTo(ms []apitest.Email, address string) []apitest.Email {
	var out []apitest.Email
	for _, m := range ms {
		if strings.Contains(m.To, address) {
			out = append(out, m)
		}
	}
	return out
}

// Names and language, then the e-mail address, in every space: the refusals in both
// languages, the link in the new address's mailbox, the notices to the old one, and the
// sign-in with the new address; the session is kept.
func TestProfileAndEmailChangeJourney(t *testing.T) {
	env := apitest.New(t)
	for _, sp := range spaces {
		t.Run(sp, func(t *testing.T) {
			old, next := "camille-"+sp+"@example.org", "camille.durand-"+sp+"@example.net"
			session := activeMember(t, env, sp, old)
			env.Emails(t)
			op := func(name string, vars map[string]any, l string) *apitest.Response {
				h := bearer(session)
				if l != "" {
					h = with(h, "Accept-Language", l)
				}
				return env.Op(t, "account.graphql", name, sp, vars, h)
			}

			// The profile.
			r := op("UpdateProfile", map[string]any{"input": map[string]any{"firstName": " Chloé ", "lastName": "Mercier", "locale": "EN"}}, "").MustOK(t)
			if r.Str("updateProfile.account.firstName") != "Chloé" || r.Str("updateProfile.account.lastName") != "Mercier" ||
				r.Str("updateProfile.account.locale") != "EN" || r.Str("updateProfile.account.displayName") == "" || r.Str("updateProfile.account.id") == "" {
				t.Fatalf("updateProfile: %s", r.Body)
			}
			for l, want := range map[string]string{"fr": "Ce champ est obligatoire.", "en": "This field is required."} {
				r := op("UpdateProfile", map[string]any{"input": map[string]any{"lastName": "  "}}, l)
				vs, _ := r.Errors[0].Extensions["violations"].([]any)
				if code(r) != "BAD_USER_INPUT" || len(vs) != 1 || vs[0].(map[string]any)["field"] != "lastName" || vs[0].(map[string]any)["message"] != want {
					t.Fatalf("an empty name in %s: %s", l, r.Body)
				}
			}
			if r := env.Op(t, "account.graphql", "UpdateProfile", sp, map[string]any{"input": map[string]any{"firstName": "X"}}, nil); code(r) != "UNAUTHENTICATED" {
				t.Fatalf("anonymous updateProfile: %s", r.Body)
			}

			// A wrong password, in both languages.
			for l, want := range map[string]string{"fr": "Le mot de passe est incorrect.", "en": "The password is wrong."} {
				r := op("RequestEmailChange", map[string]any{"newEmail": next, "password": otherPassword}, l)
				if code(r) != "UNAUTHENTICATED" || r.Errors[0].Message != want {
					t.Fatalf("a wrong password in %s: %s", l, r.Body)
				}
			}
			if n := len(env.Emails(t)); n != 0 {
				t.Fatalf("%d e-mails after wrong passwords", n)
			}

			// The request: a link to the new address, a notice (in English now) to the old one.
			if r := op("RequestEmailChange", map[string]any{"newEmail": next, "password": goodPassword}, "").MustOK(t); r.Get("requestEmailChange.ok") != true {
				t.Fatalf("requestEmailChange: %s", r.Body)
			}
			ms := env.Emails(t)
			links, notices := mailsTo(ms, next), mailsTo(ms, old)
			if len(links) != 1 || len(notices) != 1 || len(ms) != 2 {
				t.Fatalf("%d e-mails to the new address, %d to the old one, %d in all", len(links), len(notices), len(ms))
			}
			tok := links[0].Token("/confirm-email")
			if tok == "" {
				t.Fatalf("no link in:\n%s", links[0].Text)
			}
			if !strings.Contains(notices[0].Text, next) || !strings.Contains(notices[0].Subject, "e-mail address") {
				t.Fatalf("notice to the old address: %s\n%s", notices[0].Subject, notices[0].Text)
			}

			// Following it: the address changes, the old one is told, the link is spent.
			c := env.Op(t, "account.graphql", "ConfirmEmailChange", sp, map[string]any{"token": tok}, nil).MustOK(t)
			if c.Str("confirmEmailChange.account.email") != next || c.Str("confirmEmailChange.account.id") == "" {
				t.Fatalf("confirmEmailChange: %s", c.Body)
			}
			if m := env.EmailTo(t, old); !strings.Contains(m.Text, next) {
				t.Fatalf("change notice:\n%s", m.Text)
			}
			for l, want := range map[string]string{"fr": "Ce lien n’est pas valide ou a expiré.", "en": "This link is not valid or has expired."} {
				r := env.Op(t, "account.graphql", "ConfirmEmailChange", sp, map[string]any{"token": tok}, lang(l))
				if code(r) != "INVALID_TOKEN" || r.Errors[0].Message != want {
					t.Fatalf("the link used twice, in %s: %s", l, r.Body)
				}
			}

			// Signing in with the new address; the old one no longer works; the session is kept.
			login(t, env, sp, next, goodPassword).MustOK(t)
			if code(login(t, env, sp, old, goodPassword)) != "UNAUTHENTICATED" {
				t.Fatal("the old address still signs in")
			}
			if r := env.Op(t, "account.graphql", "Me", sp, nil, bearer(session)).MustOK(t); r.Str("me.email") != next {
				t.Fatalf("me after the change: %s", r.Body)
			}
		})
	}
}

// An address another account holds: the same answer, no link, only a notice to its owner;
// and a link followed once the address was taken meanwhile is CONFLICT.
func TestEmailChangeToATakenAddress(t *testing.T) {
	env := apitest.New(t)
	const sp = "facilitators"
	session := activeMember(t, env, sp, "first@example.org")
	activeMember(t, env, sp, "second@example.org")
	env.Emails(t)
	req := func(newEmail string) *apitest.Response {
		return env.Op(t, "account.graphql", "RequestEmailChange", sp, map[string]any{"newEmail": newEmail, "password": goodPassword}, bearer(session)).MustOK(t)
	}
	if r := req("Second@Example.org"); r.Get("requestEmailChange.ok") != true {
		t.Fatalf("taken: %s", r.Body)
	}
	ms := env.Emails(t)
	taken := mailsTo(ms, "second@example.org")
	if len(taken) != 1 || taken[0].Link("/confirm-email") != "" || len(mailsTo(ms, "first@example.org")) != 1 {
		t.Fatalf("%d e-mails to the taken address (a link: %q), %d in all", len(taken), taken[0].Link("/confirm-email"), len(ms))
	}

	req("third@example.org")
	tok := env.EmailTo(t, "third@example.org").Token("/confirm-email")
	activeMember(t, env, sp, "third@example.org")
	for _, l := range []string{"fr", "en"} {
		r := env.Op(t, "account.graphql", "ConfirmEmailChange", sp, map[string]any{"token": tok}, lang(l))
		if code(r) != "CONFLICT" || r.Errors[0].Message == "" {
			t.Fatalf("the address taken meanwhile, in %s: %s", l, r.Body)
		}
	}
}
