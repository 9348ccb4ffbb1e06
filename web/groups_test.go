package web_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"guichet/apitest"
)

// Local groups over HTTP: staff create a group (a name in one language is enough) and edit
// it; facilitators list it, join it (twice: CONFLICT, in the reader's language), read its page
// with members, coordinators and the upcoming public workshops of its city, and leave it
// (a coordinator stops being one). A participant is refused; leaving twice is refused.
func TestLocalGroupJourney(t *testing.T) {
	env := apitest.New(t)
	_, staff := founder(t, env, "staff@example.org", "staff")
	yaelID, yael := founder(t, env, "yael@example.org", "facilitator", "yellow")
	_, omar := founder(t, env, "omar@example.org", "facilitator", "orange")
	_, pia := founder(t, env, "pia@example.org", "participant")

	for lang, words := range map[string]string{"fr": "Donnez un nom", "en": "Give the group a name"} {
		r := op(t, env, "CreateLocalGroup", map[string]any{"input": map[string]any{"city": "Lyon"}}, with(staff, "Accept-Language", lang))
		if code(r) != "BAD_USER_INPUT" || !strings.Contains(r.Body2(), `"nameFr"`) || !strings.Contains(r.Body2(), words) {
			t.Fatalf("a group without a name (%s): %s", lang, r.Body)
		}
	}
	gid := op(t, env, "CreateLocalGroup", map[string]any{"input": map[string]any{"nameFr": "Animateurs grenoblois",
		"descriptionFr": "On se retrouve chaque mois.", "city": "Grenoble", "region": "Auvergne-Rhône-Alpes"}}, staff).
		MustOK(t).Str("createLocalGroup.group.id")
	if r := op(t, env, "CreateLocalGroup", map[string]any{"input": map[string]any{"nameFr": "X"}}, yael); code(r) != "FORBIDDEN" {
		t.Fatalf("a facilitator created a group: %s", r.Body)
	}
	upd := env.Do(t, apitest.Request{Space: fac, Header: staff, Query: `mutation($id: ID!) {
		updateLocalGroup(id: $id, input: {nameEn: "Grenoble facilitators"}) { group { id name } } }`,
		Variables: map[string]any{"id": gid}}).MustOK(t)
	if upd.Str("updateLocalGroup.group.id") != gid {
		t.Fatalf("updateLocalGroup: %s", upd.Body)
	}

	// Public workshops of the city to come, whatever the case of its name; not the private
	// ones, nor those of another city.
	starts := env.Clock.Now().Add(48 * time.Hour)
	workshop := func(city, kind string, in time.Duration) string {
		return op(t, env, "CreateWorkshop", map[string]any{"input": map[string]any{"startsAt": starts.Add(in).Format(time.RFC3339),
			"format": "IN_PERSON", "language": "FR", "city": city, "capacity": 12, "kind": kind}}, omar).
			MustOK(t).Str("createWorkshop.workshop.id")
	}
	later := workshop("Grenoble", "PUBLIC", 2*time.Hour)
	sooner := workshop("GRENOBLE", "PUBLIC", 0)
	workshop("Grenoble", "PRIVATE", time.Hour)
	workshop("Paris", "PUBLIC", time.Hour)

	if r := op(t, env, "LocalGroups", nil, pia); code(r) != "FORBIDDEN" {
		t.Fatalf("a participant listed the groups: %s", r.Body)
	}
	if r := op(t, env, "JoinLocalGroup", map[string]any{"id": gid}, pia); code(r) != "FORBIDDEN" {
		t.Fatalf("a participant joined a group: %s", r.Body)
	}
	joined := op(t, env, "JoinLocalGroup", map[string]any{"id": gid}, yael).MustOK(t)
	if joined.Int("joinLocalGroup.group.memberCount") != 1 || joined.Get("joinLocalGroup.group.viewerIsMember") != true {
		t.Fatalf("joinLocalGroup: %s", joined.Body)
	}
	for lang, words := range map[string]string{"fr": "déjà membre", "en": "already a member"} {
		r := op(t, env, "JoinLocalGroup", map[string]any{"id": gid}, with(yael, "Accept-Language", lang))
		if code(r) != "CONFLICT" || !strings.Contains(r.Errors[0].Message, words) {
			t.Fatalf("joining twice (%s): %s", lang, r.Body)
		}
	}
	op(t, env, "JoinLocalGroup", map[string]any{"id": gid}, omar).MustOK(t)
	coord := env.Do(t, apitest.Request{Space: fac, Header: staff, Query: `mutation($g: ID!, $a: ID!) {
		setLocalGroupCoordinator(groupId: $g, accountId: $a, coordinator: true) { group { id coordinators { id } } } }`,
		Variables: map[string]any{"g": gid, "a": fmt.Sprint(yaelID)}}).MustOK(t)
	if coord.Str("setLocalGroupCoordinator.group.coordinators.0.id") != fmt.Sprint(yaelID) {
		t.Fatalf("setLocalGroupCoordinator: %s", coord.Body)
	}

	// The shipped groups are listed too (content/spaces/facilitators/groups.yaml), by city.
	list := op(t, env, "LocalGroups", map[string]any{"locale": "EN"}, omar).MustOK(t)
	at := -1
	for i := range list.Len("localGroups.edges") {
		if list.Str(fmt.Sprintf("localGroups.edges.%d.node.id", i)) == gid {
			at = i
		}
	}
	node := fmt.Sprintf("localGroups.edges.%d.node.", at)
	if at < 0 || list.Int("localGroups.totalCount") != list.Len("localGroups.edges") || list.Str(node+"name") != "Grenoble facilitators" ||
		list.Int(node+"memberCount") != 2 || list.Get(node+"viewerIsMember") != true {
		t.Fatalf("localGroups: %s", list.Body)
	}
	page := op(t, env, "LocalGroup", map[string]any{"id": gid, "locale": "EN"}, omar).MustOK(t)
	if page.Str("localGroup.name") != "Grenoble facilitators" || page.Str("localGroup.description") != "On se retrouve chaque mois." ||
		page.Str("localGroup.city") != "Grenoble" || page.Int("localGroup.members.totalCount") != 2 ||
		page.Str("localGroup.members.edges.0.node.id") != fmt.Sprint(yaelID) ||
		page.Str("localGroup.members.edges.0.node.belt") != "YELLOW" ||
		page.Str("localGroup.coordinators.0.id") != fmt.Sprint(yaelID) ||
		page.Len("localGroup.upcomingWorkshops.edges") != 2 ||
		page.Str("localGroup.upcomingWorkshops.edges.0.node.id") != sooner ||
		page.Str("localGroup.upcomingWorkshops.edges.1.node.id") != later {
		t.Fatalf("the group's page: %s", page.Body)
	}

	left := op(t, env, "LeaveLocalGroup", map[string]any{"id": gid}, yael).MustOK(t)
	if left.Int("leaveLocalGroup.group.memberCount") != 1 || left.Get("leaveLocalGroup.group.viewerIsMember") != false {
		t.Fatalf("leaveLocalGroup: %s", left.Body)
	}
	if r := op(t, env, "LocalGroup", map[string]any{"id": gid}, omar).MustOK(t); r.Len("localGroup.coordinators") != 0 {
		t.Fatalf("a coordinator who left is still one: %s", r.Body)
	}
	for lang, words := range map[string]string{"fr": "pas membre", "en": "not a member"} {
		r := op(t, env, "LeaveLocalGroup", map[string]any{"id": gid}, with(yael, "Accept-Language", lang))
		if code(r) != "PRECONDITION_FAILED" || ext(r, "reason") != "NOT_A_MEMBER" || !strings.Contains(r.Errors[0].Message, words) {
			t.Fatalf("leaving a group one is not in (%s): %s", lang, r.Body)
		}
	}
	if r := op(t, env, "LocalGroup", map[string]any{"id": gid, "locale": "FR"}, omar); r.Str("localGroup.name") != "Animateurs grenoblois" {
		t.Fatalf("the French name: %s", r.Body)
	}
	// Every group once, two by two, by the cursor of the page before.
	seen, after := map[string]bool{}, ""
	for {
		r := env.Do(t, apitest.Request{Space: fac, Header: omar, Query: `query($after: String) {
			localGroups(first: 2, after: $after) { totalCount edges { node { id } cursor } pageInfo { hasNextPage endCursor } } }`,
			Variables: map[string]any{"after": after}}).MustOK(t)
		for i := range r.Len("localGroups.edges") {
			id := r.Str(fmt.Sprintf("localGroups.edges.%d.node.id", i))
			if seen[id] {
				t.Fatalf("group %s twice: %s", id, r.Body)
			}
			seen[id] = true
		}
		if r.Get("localGroups.pageInfo.hasNextPage") != true {
			if len(seen) != r.Int("localGroups.totalCount") {
				t.Fatalf("%d groups seen of %d", len(seen), r.Int("localGroups.totalCount"))
			}
			break
		}
		after = r.Str("localGroups.pageInfo.endCursor")
	}
	for _, first := range []int{-1, 101} {
		r := env.Do(t, apitest.Request{Space: fac, Header: omar, Query: `query($n: Int) { localGroups(first: $n) { totalCount } }`,
			Variables: map[string]any{"n": first}})
		if code(r) != "BAD_USER_INPUT" {
			t.Fatalf("localGroups(first: %d): %s", first, r.Body)
		}
	}
}
