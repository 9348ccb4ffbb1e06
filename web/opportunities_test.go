package web_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"guichet/apitest"
	"guichet/locales"
)

// Opportunities people act on, over HTTP: a yellow belt finds a workshop in the
// opportunities and applies; its organiser is e-mailed (in French), sees the application in
// MyWorkshops, accepts; the applicant is e-mailed (in English) and is a co-facilitator; the
// organiser edits the workshop; once reported, the workshop counts for both. With the
// refusals on the way, in both languages.
func TestOpportunityJourney(t *testing.T) {
	env := apitest.New(t)
	_, organiser := founder(t, env, "organiser@example.org", "facilitator", "yellow")
	yellowID, yellow := founder(t, env, "yellow@example.org", "facilitator", "yellow")
	_, co := founder(t, env, "co@example.org", "facilitator", "white")
	_, late := founder(t, env, "late@example.org", "facilitator", "white")
	_, turned := founder(t, env, "turned@example.org", "facilitator", "white")
	env.DB.Client.Account.UpdateOneID(yellowID).SetLocale(locales.EN).ExecX(context.Background())
	env.Emails(t) // what the founders were sent

	soon := env.Clock.Now().Add(72 * time.Hour)
	id := env.Do(t, apitest.Request{Space: fac, Header: organiser, Query: `mutation { createWorkshop(input: {title: "Atelier du jeudi", startsAt: "` +
		soon.Format(time.RFC3339) + `", format: IN_PERSON, language: FR, city: "Nantes", capacity: 15, kind: PUBLIC,
		coFacilitatorEmails: ["co@example.org"], seekingFacilitators: true}) { workshop { id } } }`}).MustOK(t).Str("createWorkshop.workshop.id")
	if o := op(t, env, "FacilitatorHome", nil, yellow).MustOK(t); !strings.Contains(o.Body2(), `"id":"`+id+`"`) {
		t.Fatalf("the workshop is not among the opportunities: %s", o.Body)
	}

	// A professional workshop is for the space's professional belts only.
	pro := env.Do(t, apitest.Request{Space: fac, Header: organiser, Query: `mutation { createWorkshop(input: {startsAt: "` +
		soon.Add(-time.Hour).Format(time.RFC3339) + `", format: ONLINE, language: FR, capacity: 15, kind: PROFESSIONAL, seekingFacilitators: true}) { workshop { id } } }`}).
		MustOK(t).Str("createWorkshop.workshop.id")
	for lang, words := range map[string]string{"fr": "ceinture professionnelle", "en": "professional belt"} {
		r := op(t, env, "ApplyToWorkshop", map[string]any{"id": pro}, with(yellow, "Accept-Language", lang))
		if code(r) != "FORBIDDEN" || !strings.Contains(r.Errors[0].Message, words) {
			t.Fatalf("a yellow belt applies to a professional workshop (%s): %s", lang, r.Body)
		}
	}

	// The yellow belt applies; the organiser hears of it in French.
	applied := op(t, env, "ApplyToWorkshop", map[string]any{"id": id, "message": "Je connais bien Nantes."}, yellow).MustOK(t)
	appID := applied.Str("applyToWorkshop.application.id")
	if applied.Str("applyToWorkshop.application.status") != "PENDING" {
		t.Fatalf("apply: %s", applied.Body)
	}
	m := env.EmailTo(t, "organiser@example.org")
	if !strings.Contains(m.Subject, "Atelier du jeudi") || !strings.Contains(m.Text, "propose de co-animer") || !strings.Contains(m.Text, "Je connais bien Nantes.") {
		t.Fatalf("the organiser's e-mail: %s\n%s", m.Subject, m.Text)
	}
	for lang, words := range map[string]string{"fr": "déjà proposé", "en": "already applied"} {
		r := op(t, env, "ApplyToWorkshop", map[string]any{"id": id}, with(yellow, "Accept-Language", lang))
		if code(r) != "CONFLICT" || !strings.Contains(r.Errors[0].Message, words) {
			t.Fatalf("applying twice (%s): %s", lang, r.Body)
		}
	}
	for lang, words := range map[string]string{"fr": "animez déjà", "en": "already run"} {
		r := op(t, env, "ApplyToWorkshop", map[string]any{"id": id}, with(co, "Accept-Language", lang))
		if code(r) != "PRECONDITION_FAILED" || ext(r, "reason") != "OWN_WORKSHOP" || !strings.Contains(r.Errors[0].Message, words) {
			t.Fatalf("a co-facilitator applies (%s): %s", lang, r.Body)
		}
	}

	// The organiser's MyWorkshops shows it; a co-facilitator's shows no application.
	mine := op(t, env, "MyWorkshops", nil, organiser).MustOK(t)
	if mine.Str("me.workshops.edges.0.node.id") != id || mine.Str("me.workshops.edges.0.node.applications.0.id") != appID ||
		mine.Str("me.workshops.edges.0.node.applications.0.status") != "PENDING" ||
		mine.Str("me.workshops.edges.0.node.applications.0.message") != "Je connais bien Nantes." ||
		mine.Str("me.workshops.edges.0.node.applications.0.applicant.displayName") != "yellow Fondateur" ||
		mine.Str("me.workshops.edges.0.node.applications.0.applicant.belt") != "YELLOW" ||
		mine.Str("me.workshops.edges.0.node.coFacilitators.0.displayName") != "co Fondateur" {
		t.Fatalf("the organiser's workshops: %s", mine.Body)
	}
	if r := op(t, env, "MyWorkshops", nil, co).MustOK(t); r.Str("me.workshops.edges.0.node.id") != id ||
		r.Len("me.workshops.edges.0.node.applications") != 0 {
		t.Fatalf("a co-facilitator's view of the applications: %s", r.Body)
	}

	// Only the organiser decides; the applicant hears of the decision in English.
	decide := map[string]any{"id": appID, "accept": true}
	for _, h := range []map[string][]string{yellow, co} {
		if r := op(t, env, "DecideWorkshopApplication", decide, h); code(r) != "FORBIDDEN" {
			t.Fatalf("someone else decides: %s", r.Body)
		}
	}
	d := op(t, env, "DecideWorkshopApplication", decide, organiser).MustOK(t)
	if d.Str("decideWorkshopApplication.application.status") != "ACCEPTED" || d.Len("decideWorkshopApplication.workshop.coFacilitators") != 2 ||
		!strings.Contains(d.Body2(), `"displayName":"yellow Fondateur"`) {
		t.Fatalf("accept: %s", d.Body)
	}
	m = env.EmailTo(t, "yellow@example.org")
	if !strings.Contains(m.Subject, "You co-facilitate") || !strings.Contains(m.Text, "organiser Fondateur accepted your offer") {
		t.Fatalf("the applicant's e-mail: %s\n%s", m.Subject, m.Text)
	}
	for lang, words := range map[string]string{"fr": "déjà été acceptée", "en": "already been decided"} {
		r := op(t, env, "DecideWorkshopApplication", map[string]any{"id": appID, "accept": false}, with(organiser, "Accept-Language", lang))
		if code(r) != "CONFLICT" || ext(r, "reason") != "APPLICATION_CLOSED" || !strings.Contains(r.Errors[0].Message, words) {
			t.Fatalf("deciding twice (%s): %s", lang, r.Body)
		}
	}
	if r := op(t, env, "FacilitatorHome", nil, yellow).MustOK(t); strings.Contains(r.Body2(), `"id":"`+id+`"`) {
		t.Fatalf("a workshop is offered to its new co-facilitator: %s", r.Body)
	}

	// The organiser edits the workshop; nobody else does; co-facilitators are facilitators.
	vars := map[string]any{"id": id, "input": map[string]any{"city": "Rennes", "capacity": 20,
		"coFacilitatorEmails": []string{"co@example.org", "yellow@example.org"}}}
	u := op(t, env, "UpdateWorkshop", vars, organiser).MustOK(t)
	if u.Str("updateWorkshop.workshop.city") != "Rennes" || u.Int("updateWorkshop.workshop.capacity") != 20 ||
		u.Len("updateWorkshop.workshop.coFacilitators") != 2 {
		t.Fatalf("update: %s", u.Body)
	}
	if r := op(t, env, "UpdateWorkshop", vars, yellow); code(r) != "FORBIDDEN" {
		t.Fatalf("a co-facilitator edits the workshop: %s", r.Body)
	}
	for lang, words := range map[string]string{"fr": "Aucun animateur", "en": "no facilitator"} {
		r := op(t, env, "UpdateWorkshop", map[string]any{"id": id, "input": map[string]any{"coFacilitatorEmails": []string{"nobody@example.org"}}},
			with(organiser, "Accept-Language", lang))
		if code(r) != "BAD_USER_INPUT" || !strings.Contains(r.Body2(), "coFacilitatorEmails.0") || !strings.Contains(r.Body2(), words) {
			t.Fatalf("a co-facilitator who is none (%s): %s", lang, r.Body)
		}
	}

	// Another facilitator applies, then withdraws.
	late2 := op(t, env, "ApplyToWorkshop", map[string]any{"id": id}, late).MustOK(t).Str("applyToWorkshop.application.id")
	env.EmailTo(t, "organiser@example.org")
	if r := op(t, env, "WithdrawWorkshopApplication", map[string]any{"id": late2}, yellow); code(r) != "FORBIDDEN" {
		t.Fatalf("withdrawing another's application: %s", r.Body)
	}
	if r := op(t, env, "WithdrawWorkshopApplication", map[string]any{"id": late2}, late).MustOK(t); r.Str("withdrawWorkshopApplication.application.status") != "WITHDRAWN" {
		t.Fatalf("withdraw: %s", r.Body)
	}

	// Declined: the applicant hears of it, in French.
	turnedApp := op(t, env, "ApplyToWorkshop", map[string]any{"id": id}, turned).MustOK(t).Str("applyToWorkshop.application.id")
	env.EmailTo(t, "organiser@example.org")
	if r := op(t, env, "DecideWorkshopApplication", map[string]any{"id": turnedApp, "accept": false}, organiser).MustOK(t); r.Str("decideWorkshopApplication.application.status") != "DECLINED" ||
		r.Len("decideWorkshopApplication.workshop.coFacilitators") != 2 {
		t.Fatalf("decline: %s", r.Body)
	}
	if m := env.EmailTo(t, "turned@example.org"); !strings.Contains(m.Text, "n’a pas retenu votre proposition") {
		t.Fatalf("the declined applicant's e-mail: %s\n%s", m.Subject, m.Text)
	}

	// Held and reported: it counts for the organiser and for the applicant.
	env.Clock.Advance(73 * time.Hour)
	organiser = bearer(login(t, env, fac, "organiser@example.org", goodPassword).MustOK(t).Str("login.token"))
	yellow = bearer(login(t, env, fac, "yellow@example.org", goodPassword).MustOK(t).Str("login.token"))
	// Held but not reported yet, it may still be put right (who ran it) before the report.
	op(t, env, "UpdateWorkshop", map[string]any{"id": id, "input": map[string]any{"coFacilitatorEmails": []string{"yellow@example.org"}}}, organiser).MustOK(t)
	op(t, env, "ReportWorkshop", map[string]any{"id": id, "participants": 11}, organiser).MustOK(t)
	for who, h := range map[string]map[string][]string{"organiser": organiser, "applicant": yellow} {
		if j := op(t, env, "MyJourney", nil, h).MustOK(t); j.Int("me.journey.workshopsRun") != 1 || j.Int("me.journey.participantsReached") != 11 {
			t.Fatalf("the %s's journey: %s", who, j.Body)
		}
	}
	for lang, words := range map[string]string{"fr": "plus ouvert", "en": "no longer open"} {
		r := op(t, env, "UpdateWorkshop", map[string]any{"id": id, "input": map[string]any{"city": "Brest"}}, with(organiser, "Accept-Language", lang))
		if code(r) != "PRECONDITION_FAILED" || ext(r, "reason") != "WORKSHOP_NOT_OPEN" || !strings.Contains(r.Errors[0].Message, words) {
			t.Fatalf("editing a reported workshop (%s): %s", lang, r.Body)
		}
	}
}
