package web_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"guichet/apitest"
	"guichet/ent/space"
)

// Staff edit a local group's texts as written in each language: a group without an English
// name gives an empty English translation (not the French name served as a fallback), and a
// facilitator, who may read groups, may not read them.
func TestLocalGroupTranslationsForStaff(t *testing.T) {
	env := apitest.New(t)
	_, staff := founder(t, env, "staff@example.org", "staff")
	_, yael := founder(t, env, "yael@example.org", "facilitator", "yellow")
	gid := op(t, env, "CreateLocalGroup", map[string]any{"input": map[string]any{"nameFr": "Animateurs grenoblois",
		"descriptionFr": "On se retrouve chaque mois.", "city": "Grenoble"}}, staff).
		MustOK(t).Str("createLocalGroup.group.id")

	const read = `query($id: ID!) { localGroup(id: $id, locale: EN) { name translations { locale name description } } }`
	r := env.Do(t, apitest.Request{Space: fac, Query: read, Variables: map[string]any{"id": gid}, Header: staff}).MustOK(t)
	if r.Str("localGroup.name") != "Animateurs grenoblois" || r.Len("localGroup.translations") != 2 ||
		r.Str("localGroup.translations.0.locale") != "FR" || r.Str("localGroup.translations.0.name") != "Animateurs grenoblois" ||
		r.Str("localGroup.translations.0.description") != "On se retrouve chaque mois." ||
		r.Str("localGroup.translations.1.locale") != "EN" || r.Str("localGroup.translations.1.name") != "" ||
		r.Str("localGroup.translations.1.description") != "" {
		t.Fatalf("a group without an English name, as staff read it: %s", r.Body)
	}
	env.Do(t, apitest.Request{Space: fac, Header: staff, Query: `mutation($id: ID!) {
		updateLocalGroup(id: $id, input: {nameEn: "Grenoble facilitators"}) { group { id } } }`,
		Variables: map[string]any{"id": gid}}).MustOK(t)
	r = env.Do(t, apitest.Request{Space: fac, Query: read, Variables: map[string]any{"id": gid}, Header: staff}).MustOK(t)
	if r.Str("localGroup.translations.0.name") != "Animateurs grenoblois" || r.Str("localGroup.translations.1.name") != "Grenoble facilitators" {
		t.Fatalf("the group's names after an English one was written: %s", r.Body)
	}
	if r := env.Do(t, apitest.Request{Space: fac, Query: read, Variables: map[string]any{"id": gid}, Header: yael}); code(r) != "FORBIDDEN" {
		t.Fatalf("a facilitator read the group's translations: %s", r.Body)
	}
	if r := env.Do(t, apitest.Request{Space: fac, Query: `query($id: ID!) { localGroup(id: $id) { name } }`,
		Variables: map[string]any{"id": gid}, Header: yael}).MustOK(t); r.Str("localGroup.name") != "Animateurs grenoblois" {
		t.Fatalf("a facilitator's group: %s", r.Body)
	}
}

// An account's history names the account that acted (support activating a legacy account);
// an event without an actor has none.
func TestAccountHistoryNamesTheActor(t *testing.T) {
	env := apitest.New(t)
	ctx := context.Background()
	sp := env.DB.Client.Space.Query().Where(space.Slug(fac)).OnlyX(ctx)
	const csv = "email,first_name,last_name,locale,trained_on,migrated,belt\n" +
		"odile.ancienne@example.org,Odile,Ancienne,en,2021-05-12,false,orange\n"
	if _, err := env.App.Community.ImportLegacy(ctx, sp, strings.NewReader(csv)); err != nil {
		t.Fatal(err)
	}
	staffID, staff := founder(t, env, "support@example.org", "staff")
	id := op(t, env, "SupportAccountSearch", map[string]any{"search": "odile"}, staff).MustOK(t).Str("accountSearch.0.id")
	op(t, env, "ActivateLegacyAccount", map[string]any{"id": id}, staff).MustOK(t)
	h := env.Do(t, apitest.Request{Space: fac, Query: `query($id: ID!) { accountHistory(id: $id) { actorID actor { id email firstName lastName } } }`,
		Variables: map[string]any{"id": id}, Header: staff}).MustOK(t)
	found := false
	for i := 0; i < h.Len("accountHistory"); i++ {
		p := "accountHistory." + itoa(i)
		switch h.Str(p + ".actorID") {
		case itoa(staffID):
			found = true
			if h.Str(p+".actor.id") != itoa(staffID) || h.Str(p+".actor.email") != "support@example.org" {
				t.Fatalf("the actor of event %d: %s", i, h.Body)
			}
		case "":
			if h.Get(p+".actor") != nil {
				t.Fatalf("event %d without an actor names one: %s", i, h.Body)
			}
		}
	}
	if !found {
		t.Fatalf("no event done by support in the history: %s", h.Body)
	}

	// The actors of a whole list are read in one statement, however many events name one.
	secondID, _ := founder(t, env, "support2@example.org", "staff")
	target, _ := strconv.Atoi(id)
	for _, actor := range []int{staffID, secondID, staffID} {
		if err := env.DB.Client.AuditEvent.Create().SetSpaceID(sp.ID).SetAction("account.updated").
			SetActorID(actor).SetTargetID(target).Exec(ctx); err != nil {
			t.Fatal(err)
		}
	}
	statements := func(q string) (int64, *apitest.Response) {
		before := env.DB.Queries.Load()
		r := env.Do(t, apitest.Request{Space: fac, Query: q, Variables: map[string]any{"id": id}, Header: staff}).MustOK(t)
		return env.DB.Queries.Load() - before, r
	}
	without, _ := statements(`query($id: ID!) { accountHistory(id: $id) { actorID } }`)
	with, r := statements(`query($id: ID!) { accountHistory(id: $id) { actorID actor { email } } }`)
	actors := map[string]bool{}
	for i := 0; i < r.Len("accountHistory"); i++ {
		if e, ok := r.Get("accountHistory." + itoa(i) + ".actor.email").(string); ok {
			actors[e] = true
		}
	}
	if len(actors) < 2 || with-without != 1 {
		t.Fatalf("%d statements without actors, %d with %d distinct actors: %s", without, with, len(actors), r.Body)
	}
}
