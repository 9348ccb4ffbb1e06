package web_test

import (
	"context"
	"strings"
	"testing"

	"guichet/apitest"
	"guichet/ent/space"
)

// The support desk of /admin: staff read the support requests the space received, newest
// first, and an account's history in the audit log (its activation by support among them);
// a facilitator may read neither.
func TestSupportDesk(t *testing.T) {
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
	for _, subject := range []string{"Mon ancien compte", "Un second message"} {
		env.Do(t, apitest.Request{Space: fac, Query: `mutation($input: SupportRequestInput!) { contactSupport(input: $input) { id } }`,
			Variables: map[string]any{"input": map[string]any{"email": "odile.ancienne@example.org", "name": "Odile Ancienne",
				"subject": subject, "message": "Je ne peux plus me connecter."}}}).MustOK(t)
	}

	const list = `{ supportRequests(first: 10) { email name subject message locale createdAt } }`
	r := env.Do(t, apitest.Request{Space: fac, Query: list, Header: staff}).MustOK(t)
	if r.Len("supportRequests") != 2 || r.Str("supportRequests.0.subject") != "Un second message" ||
		r.Str("supportRequests.1.email") != "odile.ancienne@example.org" || r.Str("supportRequests.1.message") != "Je ne peux plus me connecter." {
		t.Fatalf("staff's support requests: %s", r.Body)
	}
	if r := env.Do(t, apitest.Request{Space: fac, Query: list, Header: facilitator}); code(r) != "FORBIDDEN" {
		t.Fatalf("a facilitator read the support requests: %s", r.Body)
	}

	id := op(t, env, "SupportAccountSearch", map[string]any{"search": "odile"}, staff).MustOK(t).Str("accountSearch.0.id")
	op(t, env, "ActivateLegacyAccount", map[string]any{"id": id}, staff).MustOK(t)
	const history = `query($id: ID!) { accountHistory(id: $id) { action actorID targetID details { key value } } }`
	h := env.Do(t, apitest.Request{Space: fac, Query: history, Variables: map[string]any{"id": id}, Header: staff}).MustOK(t)
	if h.Len("accountHistory") == 0 || h.Str("accountHistory.0.targetID") != id || !strings.Contains(string(h.Body), `"actorID":"`+itoa(staffID)+`"`) {
		t.Fatalf("the account's history: %s", h.Body)
	}
	if r := env.Do(t, apitest.Request{Space: fac, Query: history, Variables: map[string]any{"id": id}, Header: facilitator}); code(r) != "FORBIDDEN" {
		t.Fatalf("a facilitator read an account's history: %s", r.Body)
	}
	for _, first := range []int{-1, 201} {
		r := env.Do(t, apitest.Request{Space: fac, Query: `query($n: Int) { supportRequests(first: $n) { id } }`,
			Variables: map[string]any{"n": first}, Header: staff})
		if code(r) != "BAD_USER_INPUT" {
			t.Fatalf("supportRequests(first: %d): %s", first, r.Body)
		}
	}
}
