package web_test

import (
	"strings"
	"testing"
	"time"

	"guichet/apitest"
)

// A trainer's tools over HTTP: attendance is refused before the training starts (in the
// reader's language), validated once it has, and the started training stays in the trainer's
// myTrainings(past: true) with its attendees; the participant finds it among their own
// registrations. Sixty days after the training ended, attendance is closed.
func TestTrainerTools(t *testing.T) {
	env := apitest.New(t)
	_, trainer := founder(t, env, "trainer@example.org", "trainer")
	_, otherTrainer := founder(t, env, "other.trainer@example.org", "trainer")
	_, pia := founder(t, env, "pia@example.org")
	piaID := env.Op(t, "account.graphql", "Me", fac, nil, pia).MustOK(t).Str("me.id")

	starts := env.Clock.Now().Add(time.Hour)
	tid := op(t, env, "CreateTraining", map[string]any{"input": map[string]any{"title": "Formation de printemps",
		"startsAt": starts.Format(time.RFC3339), "endsAt": starts.Add(3 * time.Hour).Format(time.RFC3339),
		"format": "IN_PERSON", "language": "FR", "capacity": 5, "city": "Nantes"}}, trainer).MustOK(t).Str("createTraining.training.id")
	op(t, env, "RegisterForTraining", map[string]any{"trainingId": tid, "input": map[string]any{
		"email": "pia@example.org", "firstName": "Pia", "lastName": "Fondateur", "password": goodPassword}}, pia).MustOK(t)

	upcoming := op(t, env, "MyTrainings", map[string]any{"first": 10}, trainer).MustOK(t)
	if upcoming.Int("myTrainings.totalCount") != 1 || upcoming.Str("myTrainings.edges.0.node.id") != tid ||
		upcoming.Str("myTrainings.edges.0.node.registrations.0.account.email") != "pia@example.org" {
		t.Fatalf("the trainer's upcoming trainings: %s", upcoming.Body)
	}

	vars := map[string]any{"trainingId": tid, "accountIds": []string{piaID}}
	for lang, words := range map[string]string{"fr": "pas encore commencé", "en": "has not started yet"} {
		r := op(t, env, "ValidateAttendance", vars, with(trainer, "Accept-Language", lang))
		if code(r) != "PRECONDITION_FAILED" || ext(r, "reason") != "TRAINING_NOT_STARTED" || !strings.Contains(r.Errors[0].Message, words) {
			t.Fatalf("attendance before the training (%s): %s", lang, r.Body)
		}
	}

	env.Clock.Advance(2 * time.Hour) // the training has started
	op(t, env, "ValidateAttendance", vars, trainer).MustOK(t)

	if r := op(t, env, "MyTrainings", nil, trainer).MustOK(t); r.Int("myTrainings.totalCount") != 0 {
		t.Fatalf("a started training among the upcoming: %s", r.Body)
	}
	past := op(t, env, "MyTrainings", map[string]any{"past": true, "first": 10}, trainer).MustOK(t)
	if past.Int("myTrainings.totalCount") != 1 || past.Str("myTrainings.edges.0.node.id") != tid ||
		past.Str("myTrainings.edges.0.node.registrations.0.account.id") != piaID ||
		past.Get("myTrainings.edges.0.node.registrations.0.attended") != true {
		t.Fatalf("the trainer's past trainings: %s", past.Body)
	}
	if r := op(t, env, "MyTrainings", map[string]any{"past": true}, otherTrainer).MustOK(t); r.Int("myTrainings.totalCount") != 0 {
		t.Fatalf("another trainer sees this training: %s", r.Body)
	}
	if r := op(t, env, "MyTrainings", map[string]any{"past": true}, pia); code(r) != "FORBIDDEN" {
		t.Fatalf("a participant lists trainings: %s", r.Body)
	}
	if r := op(t, env, "MyTrainings", map[string]any{"first": 101}, trainer); code(r) != "BAD_USER_INPUT" {
		t.Fatalf("an oversize page: %s", r.Body)
	}

	mine := op(t, env, "MyTrainingRegistrations", nil, pia).MustOK(t)
	if mine.Str("me.trainingRegistrations.edges.0.node.training.id") != tid ||
		mine.Str("me.trainingRegistrations.edges.0.node.training.city") != "Nantes" ||
		mine.Get("me.trainingRegistrations.edges.0.node.attended") != true ||
		mine.Str("me.trainingRegistrations.edges.0.node.registeredAt") == "" {
		t.Fatalf("the participant's registrations: %s", mine.Body)
	}
	// A participant reaching the training from their registration does not read its attendees.
	if r := env.Do(t, apitest.Request{Space: fac, Header: pia,
		Query: `{ me { trainingRegistrations { edges { node { training { registrations { account { email } } } } } } } }`}); code(r) != "FORBIDDEN" {
		t.Fatalf("a participant read the attendees: %s", r.Body)
	}

	// Sixty days after it ended, attendance closes; the training stays in the trainer's list.
	env.Clock.Advance(61 * 24 * time.Hour)
	trainer = bearer(login(t, env, fac, "trainer@example.org", goodPassword).MustOK(t).Str("login.token"))
	for lang, words := range map[string]string{"fr": "60 jours", "en": "60 days"} {
		r := op(t, env, "ValidateAttendance", vars, with(trainer, "Accept-Language", lang))
		if code(r) != "PRECONDITION_FAILED" || ext(r, "reason") != "TRAINING_CLOSED" || !strings.Contains(r.Errors[0].Message, words) {
			t.Fatalf("attendance two months after the training (%s): %s", lang, r.Body)
		}
	}
	if r := op(t, env, "MyTrainings", map[string]any{"past": true}, trainer).MustOK(t); r.Str("myTrainings.edges.0.node.id") != tid {
		t.Fatalf("a past training left its trainer's list: %s", r.Body)
	}
}
