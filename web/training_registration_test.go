package web_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"guichet/apitest"
	entaccount "guichet/ent/account"
)

// Registering for a training without signing in answers the same whatever the address: what
// differs goes by e-mail to the address only. Registering twice gets a note saying so, not a
// second "registration confirmed"; a person who has an account gives no password; an
// address without an account and without a password gets nothing created, and an e-mail
// saying how to register.
func TestTrainingRegistrationByEmail(t *testing.T) {
	env := apitest.New(t)
	_, trainer := founder(t, env, "trainer@example.org", "trainer")
	founder(t, env, "known@example.org")
	env.Emails(t)
	starts := env.Clock.Now().Add(48 * time.Hour)
	tid := op(t, env, "CreateTraining", map[string]any{"input": map[string]any{"title": "Formation à l'animation",
		"startsAt": starts.Format(time.RFC3339), "endsAt": starts.Add(3 * time.Hour).Format(time.RFC3339),
		"format": "IN_PERSON", "language": "FR", "capacity": 5, "city": "Lyon"}}, trainer).MustOK(t).Str("createTraining.training.id")
	reg := func(email string, password any) *apitest.Response {
		t.Helper()
		input := map[string]any{"email": email, "firstName": "Léa", "lastName": "Martin"}
		if password != nil {
			input["password"] = password
		}
		r := op(t, env, "RegisterForTraining", map[string]any{"trainingId": tid, "input": input}, nil).MustOK(t)
		if r.Body2() != `{"data":{"registerForTraining":{"ok":true}}}` {
			t.Fatalf("%s: the answer tells something: %s", email, r.Body)
		}
		return r
	}
	const (
		confirmed = "est bien enregistrée"
		already   = "Vous y étiez déjà inscrit·e"
		needs     = "en choisissant un mot de passe"
	)
	seatsLeft := func() int {
		return op(t, env, "Trainings", nil, nil).MustOK(t).Int("trainings.edges.0.node.seatsLeft")
	}

	// A new address with a password: an account, the activation and the registration.
	reg("lea@example.org", goodPassword)
	var texts []string
	for _, m := range env.Emails(t) {
		texts = append(texts, m.Text)
	}
	if len(texts) != 2 || !strings.Contains(strings.Join(texts, "\n"), confirmed) {
		t.Fatalf("a new registrant's e-mails: %q", texts)
	}
	// Again, with or without a password: one e-mail saying they were already registered.
	for _, password := range []any{goodPassword, nil} {
		reg("lea@example.org", password)
		if m := env.EmailTo(t, "lea@example.org"); !strings.Contains(m.Text, already) || strings.Contains(m.Text, confirmed) {
			t.Fatalf("registered again (password %v): %s", password, m.Text)
		}
	}
	if n := seatsLeft(); n != 4 {
		t.Fatalf("seats left: %d, want 4", n)
	}

	// An address with an account, without a password: the confirmation link; confirmed, then
	// asked again, the note.
	reg("known@example.org", nil)
	token := env.EmailTo(t, "known@example.org").Token("/trainings/confirm")
	if token == "" {
		t.Fatal("no confirmation link")
	}
	env.Do(t, apitest.Request{Space: fac, Query: `mutation($t: String!) { confirmTrainingRegistration(token: $t) { ok } }`,
		Variables: map[string]any{"t": token}}).MustOK(t)
	if m := env.EmailTo(t, "known@example.org"); !strings.Contains(m.Text, confirmed) {
		t.Fatalf("confirmed: %s", m.Text)
	}
	reg("known@example.org", nil)
	if m := env.EmailTo(t, "known@example.org"); !strings.Contains(m.Text, already) {
		t.Fatalf("known, registered again: %s", m.Text)
	}

	// An address without an account, without a password: nothing created, one e-mail saying
	// how to register, no seat taken.
	reg("Nobody@Example.org", nil)
	m := env.EmailTo(t, "Nobody@Example.org")
	if !strings.Contains(m.Text, needs) || !strings.Contains(m.Text, "Formation à l'animation") || m.Token("/activate") != "" {
		t.Fatalf("no account, no password: %s", m.Text)
	}
	if n, err := env.DB.Client.Account.Query().Where(entaccount.EmailContainsFold("nobody@")).Count(context.Background()); err != nil || n != 0 {
		t.Fatalf("an account was made without a password: %d, %v", n, err)
	}
	if n := seatsLeft(); n != 3 {
		t.Fatalf("seats left: %d, want 3", n)
	}
	// With English asked for, the e-mail is in English.
	op(t, env, "RegisterForTraining", map[string]any{"trainingId": tid, "input": map[string]any{
		"email": "someone@example.org", "firstName": "Sam", "lastName": "Lee", "locale": "EN"}}, nil).MustOK(t)
	if m := env.EmailTo(t, "someone@example.org"); !strings.Contains(m.Text, "choose a password") {
		t.Fatalf("in English: %s", m.Text)
	}

	// The person's details are checked without a password as with one.
	bad := op(t, env, "RegisterForTraining", map[string]any{"trainingId": tid, "input": map[string]any{
		"email": "not an address", "firstName": "Léa", "lastName": "Martin"}}, nil)
	if code(bad) != "BAD_USER_INPUT" || !strings.Contains(string(bad.Body), `"email"`) {
		t.Fatalf("a malformed address: %s", bad.Body)
	}
}
