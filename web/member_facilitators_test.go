package web_test

import (
	"testing"
	"time"

	"guichet/apitest"
)

// An applicant sees their own application with the opportunity (viewerApplication, the member
// area's home), whatever its status; nobody else sees it, not even the organiser there (who
// reads applications in MyWorkshops).
func TestViewerApplication(t *testing.T) {
	env := apitest.New(t)
	_, organiser := founder(t, env, "organiser@example.org", "facilitator", "yellow")
	_, applicant := founder(t, env, "applicant@example.org", "facilitator", "yellow")
	_, other := founder(t, env, "other@example.org", "facilitator", "white")
	soon := env.Clock.Now().Add(72 * time.Hour)
	id := env.Do(t, apitest.Request{Space: fac, Header: organiser, Query: `mutation { createWorkshop(input: {startsAt: "` +
		soon.Format(time.RFC3339) + `", format: IN_PERSON, language: FR, capacity: 15, kind: PUBLIC, seekingFacilitators: true}) { workshop { id } } }`}).
		MustOK(t).Str("createWorkshop.workshop.id")
	const q = `{ opportunities(first: 10) { edges { node { id viewerApplication { id status message } } } } }`
	mine := func(h map[string][]string) map[string]any {
		t.Helper()
		r := env.Do(t, apitest.Request{Space: fac, Header: h, Query: q}).MustOK(t)
		for _, e := range r.Get("opportunities.edges").([]any) {
			n := e.(map[string]any)["node"].(map[string]any)
			if n["id"] == id {
				a, _ := n["viewerApplication"].(map[string]any)
				return a
			}
		}
		t.Fatalf("the workshop is not among the opportunities: %s", r.Body)
		return nil
	}
	if a := mine(applicant); a != nil {
		t.Fatalf("an application before applying: %v", a)
	}
	app := op(t, env, "ApplyToWorkshop", map[string]any{"id": id, "message": "Avec plaisir."}, applicant).MustOK(t).Str("applyToWorkshop.application.id")
	for _, c := range []struct {
		name string
		h    map[string][]string
		want string
	}{{"applicant", applicant, "PENDING"}, {"another facilitator", other, ""}} {
		a := mine(c.h)
		switch {
		case c.want == "" && a != nil:
			t.Errorf("%s sees %v", c.name, a)
		case c.want != "" && (a == nil || a["id"] != app || a["status"] != c.want || a["message"] != "Avec plaisir."):
			t.Errorf("%s sees %v, want %s %s", c.name, a, app, c.want)
		}
	}
	op(t, env, "WithdrawWorkshopApplication", map[string]any{"id": app}, applicant).MustOK(t)
	if a := mine(applicant); a == nil || a["status"] != "WITHDRAWN" {
		t.Fatalf("after withdrawing: %v", a)
	}
	// The organiser's own workshop is not among their opportunities; through their workshops
	// they are not an applicant either.
	r := env.Do(t, apitest.Request{Space: fac, Header: organiser, Query: `{ me { workshops(first: 5) { edges { node { id viewerApplication { id } } } } } }`}).MustOK(t)
	if r.Str("me.workshops.edges.0.node.id") != id || r.Get("me.workshops.edges.0.node.viewerApplication") != nil {
		t.Fatalf("the organiser has an application: %s", r.Body)
	}
}
