//go:build browser

package web_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"

	"guichet/account"
	"guichet/apitest"
	"guichet/ent/space"
)

// facilitatorsMemberFixtures prepares the people and data of the member area's facilitators journeys
// (ui/e2e/member-facilitators.test.mjs); the browser test reads them from the fixtures file.
//
// Per language: a training a newcomer signs up for (upcoming, so that sign-ups are open), a
// facilitator who organises a session looking for co-facilitators, and a yellow belt who
// offers to co-facilitate it. One trainer runs both trainings and validates attendance through
// the API.
func facilitatorsMemberFixtures(t *testing.T, env *apitest.Env, people map[string]browserPerson) {
	t.Helper()
	ctx := context.Background()
	sp := env.DB.Client.Space.Query().Where(space.Slug(fac)).OnlyX(ctx)
	newPerson := func(key, email, first, last string, roles []string, belts ...string) http.Header {
		t.Helper()
		a, err := env.Accounts.Create(ctx, sp, account.CreateInput{Email: email, Password: goodPassword,
			FirstName: first, LastName: last, Roles: roles})
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range belts {
			if err := grantDirect(ctx, env, a.ID, b, fac); err != nil {
				t.Fatal(err)
			}
		}
		people[key] = browserPerson{Space: fac, Email: email, Password: goodPassword, FirstName: first, LastName: last}
		return bearer(login(t, env, fac, email, goodPassword).MustOK(t).Str("login.token"))
	}
	trainer := newPerson("facilitatorsTrainer", "tess.formatrice@example.org", "Tess", "Formatrice", []string{"trainer"})
	trainings := map[int]bool{}
	start := env.Clock.Now().Add(72 * time.Hour).Truncate(time.Hour)
	for _, c := range []struct{ lang, locale, title, organiser, orgFirst, yellow, yellowFirst, session string }{
		{"fr", "FR", "Devenir animateur — session de printemps", "olivier.organise@example.org", "Olivier",
			"yvonne.jaune@example.org", "Yvonne", "Atelier découverte à la médiathèque"},
		{"en", "EN", "Becoming a facilitator — spring session", "oliver.organises@example.org", "Oliver",
			"yara.yellow@example.org", "Yara", "Discovery workshop at the library"},
	} {
		id := op(t, env, "CreateTraining", map[string]any{"input": map[string]any{"title": c.title,
			"startsAt": start.Format(time.RFC3339), "endsAt": start.Add(3 * time.Hour).Format(time.RFC3339),
			"format": "IN_PERSON", "language": c.locale, "capacity": 10, "city": "Nantes"}}, trainer).MustOK(t).Str("createTraining.training.id")
		n, _ := strconv.Atoi(id)
		trainings[n] = true
		organiser := newPerson("facilitatorsOrganiser_"+c.lang, c.organiser, c.orgFirst, "Organise", []string{"facilitator"}, "orange")
		op(t, env, "CreateWorkshop", map[string]any{"input": map[string]any{"title": c.session,
			"startsAt": start.Add(24 * time.Hour).Format(time.RFC3339), "format": "IN_PERSON", "language": c.locale,
			"city": "Rennes", "capacity": 15, "kind": "PUBLIC", "seekingFacilitators": true}}, organiser).MustOK(t)
		newPerson("facilitatorsYellow_"+c.lang, c.yellow, c.yellowFirst, "Jaune", []string{"facilitator"}, "yellow")
	}
	// The course's material for participants, in both languages (read by facilitators too).
	editor := bearer(login(t, env, fac, people["editor"].Email, goodPassword).MustOK(t).Str("login.token"))
	rid := env.Do(t, apitest.Request{Space: fac, Header: editor, Query: `mutation($in: CreateResourceInput!) { createResource(input: $in) { resource { id } } }`,
		Variables: map[string]any{"in": map[string]any{"audience": "PARTICIPANT", "translations": []map[string]any{
			{"locale": "FR", "title": "Parcours du MOOC, semaine par semaine", "url": "https://example.org/mooc/fr"},
			{"locale": "EN", "title": "The MOOC, week by week", "url": "https://example.org/mooc/en"},
		}}}}).MustOK(t).Str("createResource.resource.id")
	for _, l := range []string{"FR", "EN"} {
		env.Do(t, apitest.Request{Space: fac, Header: editor, Query: `mutation($id: ID!, $l: Locale) { publishResource(id: $id, locale: $l) { resource { id } } }`,
			Variables: map[string]any{"id": rid, "l": l}}).MustOK(t)
	}
	facilitatorsTrainingHook(t, env, trainings)
}

// facilitatorsTrainingHook lets the browser test start a fixtures training, as the day comes:
// sign-ups need it upcoming, attendance needs it started. POST ?start=ID moves its start to a
// minute ago (its end stays ahead). Its address is GUICHET_FACILITATORS_HOOK.
func facilitatorsTrainingHook(t *testing.T, env *apitest.Env, trainings map[int]bool) {
	t.Helper()
	var mu sync.Mutex
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		id, err := strconv.Atoi(r.URL.Query().Get("start"))
		if r.Method != http.MethodPost || err != nil || !trainings[id] {
			http.Error(w, "POST ?start= one of the fixtures' trainings", http.StatusBadRequest)
			return
		}
		if err := env.DB.Client.Training.UpdateOneID(id).SetStartsAt(env.Clock.Now().Add(-time.Minute)).Exec(r.Context()); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	t.Cleanup(hook.Close)
	t.Setenv("GUICHET_FACILITATORS_HOOK", hook.URL)
}
