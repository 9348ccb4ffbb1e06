package web_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"guichet/apitest"
)

// A group's upcoming workshops read only the columns their fields ask for: whichever fields
// are asked, alone or all together, each answers what the workshop's own answer says.
func TestGroupWorkshopsAnswerEveryFieldAsked(t *testing.T) {
	env := apitest.New(t)
	_, staff := founder(t, env, "staff@example.org", "staff")
	_, omar := founder(t, env, "omar@example.org", "facilitator", "orange")
	gid := op(t, env, "CreateLocalGroup", map[string]any{"input": map[string]any{"nameFr": "Grenoble", "city": "Grenoble"}}, staff).
		MustOK(t).Str("createLocalGroup.group.id")
	fields := []string{"id", "title", "startsAt", "format", "language", "city", "capacity", "kind", "status",
		"seekingFacilitators", "participants", "facilitators { id }", "coFacilitators { id }", "applications { id }",
		"viewerApplication { id }"}
	all := strings.Join(fields, " ")
	created := env.Do(t, apitest.Request{Space: fac, Header: omar, Query: `mutation($in: CreateWorkshopInput!) {
		createWorkshop(input: $in) { workshop { ` + all + ` } } }`, Variables: map[string]any{"in": map[string]any{
		"title": "Atelier du soir", "startsAt": env.Clock.Now().Add(48 * time.Hour).Format(time.RFC3339), "format": "IN_PERSON",
		"language": "EN", "city": "grenoble", "capacity": 12, "kind": "PUBLIC", "seekingFacilitators": true}}}).MustOK(t)
	want := created.Get("createWorkshop.workshop").(map[string]any)
	if want["title"] != "Atelier du soir" || want["language"] != "EN" || want["city"] != "grenoble" || want["seekingFacilitators"] != true {
		t.Fatalf("the workshop created: %s", created.Body)
	}
	for _, asked := range append([]string{all}, fields...) {
		r := env.Do(t, apitest.Request{Space: fac, Header: omar, Query: `query($id: ID!) { localGroup(id: $id) {
			upcomingWorkshops(first: 5) { edges { node { ` + asked + ` } } } } }`, Variables: map[string]any{"id": gid}}).MustOK(t)
		got, _ := r.Get("localGroup.upcomingWorkshops.edges.0.node").(map[string]any)
		if r.Len("localGroup.upcomingWorkshops.edges") != 1 || len(got) == 0 {
			t.Fatalf("%s: %s", asked, r.Body)
		}
		for k, v := range got {
			if !reflect.DeepEqual(v, want[k]) {
				t.Errorf("asked %q: %s is %v, the workshop's answer says %v", asked, k, v, want[k])
			}
		}
	}
}
