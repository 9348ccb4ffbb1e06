package web_test

import (
	"net/http"
	"testing"

	"guichet/apitest"
)

// The Peer validation page of the member area (issue 20) shows a candidate the request they
// made, with its co-optations so far, whenever they come back: me.nextBeltRequest, the
// owner's view only.
func TestNextBeltRequestIsTheCandidatesOwn(t *testing.T) {
	env := apitest.New(t)
	_, candidate := founder(t, env, "odile@example.org", "facilitator", "orange")
	_, green := founder(t, env, "gerard@example.org", "facilitator", "green")
	_, white := founder(t, env, "blanche@example.org", "facilitator", "white")
	_, staff := founder(t, env, "sonia@example.org", "staff")
	const mine = `{ me { nextBeltRequest { id belt status required coOptations { by { displayName } comment } } } }`
	ask := func(h http.Header) *apitest.Response {
		return env.Do(t, apitest.Request{Space: fac, Query: mine, Header: h}).MustOK(t)
	}

	if got := ask(candidate).Get("me.nextBeltRequest"); got != nil {
		t.Fatalf("before asking: %v, want null", got)
	}
	id := env.Do(t, apitest.Request{Space: fac, Query: `mutation { requestBeltValidation { request { id } } }`, Header: candidate}).
		MustOK(t).Str("requestBeltValidation.request.id")
	r := ask(candidate)
	if r.Str("me.nextBeltRequest.id") != id || r.Str("me.nextBeltRequest.belt") != "GREEN" || r.Str("me.nextBeltRequest.status") != "OPEN" ||
		r.Int("me.nextBeltRequest.required") != 2 || r.Len("me.nextBeltRequest.coOptations") != 0 {
		t.Fatalf("after asking: %s", r.Body)
	}

	env.Do(t, apitest.Request{Space: fac, Query: `mutation($id: ID!) { coOpt(requestId: $id, comment: "Rigoureuse") { request { id } } }`,
		Variables: map[string]any{"id": id}, Header: green}).MustOK(t)
	r = ask(candidate)
	if r.Len("me.nextBeltRequest.coOptations") != 1 || r.Str("me.nextBeltRequest.coOptations.0.by.displayName") != "gerard Fondateur" ||
		r.Str("me.nextBeltRequest.coOptations.0.comment") != "Rigoureuse" || r.Str("me.nextBeltRequest.status") != "OPEN" {
		t.Fatalf("after one co-optation: %s", r.Body)
	}

	// Nobody else sees it; a belt that comes by workshops has no request.
	for name, h := range map[string]http.Header{"green": green, "white": white} {
		if got := ask(h).Get("me.nextBeltRequest"); got != nil {
			t.Errorf("%s's own: %v, want null", name, got)
		}
	}
	s := env.Do(t, apitest.Request{Space: fac, Query: `{ accountSearch(search: "odile", first: 5) { email nextBeltRequest { id } } }`, Header: staff}).MustOK(t)
	if s.Str("accountSearch.0.email") != "odile@example.org" || s.Get("accountSearch.0.nextBeltRequest") != nil {
		t.Fatalf("staff read another's request: %s", s.Body)
	}
}
