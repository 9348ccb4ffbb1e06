//go:build browser

package web_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"guichet/account"
	"guichet/apitest"
	"guichet/ent/space"
)

// The people and things of the trainers', support's and community staff's journeys in the
// browser (issue 19): a training that has started with its participant, an upcoming one, a
// legacy account and a support request, a local group with two members. The returned check
// runs after the browser tests: the legacy account was e-mailed its set-password link, the
// account waiting for activation its activation link again.
func issue19Fixtures(t *testing.T, env *apitest.Env, people map[string]browserPerson) (check func()) {
	t.Helper()
	ctx := context.Background()
	sp := env.DB.Client.Space.Query().Where(space.Slug(fac)).OnlyX(ctx)
	person := func(key, email, first, last string, roles ...string) http.Header {
		t.Helper()
		var plain, belts []string
		for _, r := range roles {
			switch r {
			case "white", "yellow", "orange", "green", "blue":
				belts = append(belts, r)
			default:
				plain = append(plain, r)
			}
		}
		a, err := env.Accounts.Create(ctx, sp, account.CreateInput{Email: email, Password: goodPassword, FirstName: first, LastName: last, Roles: plain})
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
	trainer := person("trainer", "tristan@example.org", "Tristan", "Formateur", "trainer")
	trainee := person("trainee", "tina@example.org", "Tina", "Stagiaire", "participant")
	later := person("laterTrainee", "ugo@example.org", "Ugo", "Bientôt", "participant")
	staff := person("facStaff", "sophie@example.org", "Sophie", "Support", "staff")
	fanny := person("member", "fanny@example.org", "Fanny", "Animatrice", "facilitator", "green")
	gaston := person("member2", "gaston@example.org", "Gaston", "Lagaffe", "facilitator", "white")

	training := func(title string, starts time.Time, who http.Header, p browserPerson) {
		t.Helper()
		id := op(t, env, "CreateTraining", map[string]any{"input": map[string]any{"title": title,
			"startsAt": starts.Format(time.RFC3339), "endsAt": starts.Add(3 * time.Hour).Format(time.RFC3339),
			"format": "IN_PERSON", "language": "FR", "capacity": 8, "city": "Nantes"}}, trainer).MustOK(t).Str("createTraining.training.id")
		op(t, env, "RegisterForTraining", map[string]any{"trainingId": id, "input": map[string]any{
			"email": p.Email, "firstName": p.FirstName, "lastName": p.LastName}}, who).MustOK(t)
	}
	// A training that starts in an hour, then the clock moves past its start: its attendance
	// may be validated. The next one starts in two days: validating it is refused.
	training("Formation d’hiver", env.Clock.Now().Add(time.Hour), trainee, people["trainee"])
	env.Clock.Advance(2 * time.Hour)
	training("Formation de printemps", env.Clock.Now().Add(48*time.Hour), later, people["laterTrainee"])

	const csv = "email,first_name,last_name,locale,trained_on,migrated,belt\n" +
		"odile.ancienne@example.org,Odile,Ancienne,en,2021-05-12,false,orange\n"
	if _, err := env.App.Community.ImportLegacy(ctx, sp, strings.NewReader(csv)); err != nil {
		t.Fatal(err)
	}
	people["legacy"] = browserPerson{Space: fac, Email: "odile.ancienne@example.org", FirstName: "Odile", LastName: "Ancienne"}
	env.Do(t, apitest.Request{Space: fac, Query: `mutation($input: SupportRequestInput!) { contactSupport(input: $input) { id } }`,
		Variables: map[string]any{"input": map[string]any{"email": "odile.ancienne@example.org", "name": "Odile Ancienne",
			"subject": "Mon ancien compte", "message": "Je ne peux plus me connecter depuis la migration."}}}).MustOK(t)

	// An account that registered and never opened its activation e-mail: support resends it.
	register(t, env, fac, "camille.attente@example.org", "FR").MustOK(t)
	people["unactivated"] = browserPerson{Space: fac, Email: "camille.attente@example.org", FirstName: "Camille", LastName: "Durand"}

	gid := op(t, env, "CreateLocalGroup", map[string]any{"input": map[string]any{"nameFr": "Animateurs de Nantes", "nameEn": "Nantes facilitators",
		"city": "Nantes", "region": "Pays de la Loire"}}, staff).MustOK(t).Str("createLocalGroup.group.id")
	for _, h := range []http.Header{fanny, gaston} {
		op(t, env, "JoinLocalGroup", map[string]any{"id": gid}, h).MustOK(t)
	}

	// The same journeys in English: their own trainer, trainees, staff, legacy account, account
	// waiting for activation, support request and group (this one without an English name yet).
	// Support in English also reads the history of an account another staff member activated.
	trainerEn := person("trainerEn", "terry@example.org", "Terry", "Trainer", "trainer")
	traineeEn := person("traineeEn", "tom@example.org", "Tom", "Trainee", "participant")
	laterEn := person("laterTraineeEn", "una@example.org", "Una", "Later", "participant")
	person("facStaffEn", "steve@example.org", "Steve", "Helpdesk", "staff")
	flora := person("memberEn", "flora@example.org", "Flora", "Facilitator", "facilitator", "green")
	gus := person("member2En", "gus@example.org", "Gus", "Goofy", "facilitator", "white")
	trainingBy := func(title string, starts time.Time, who http.Header, p browserPerson) {
		t.Helper()
		id := op(t, env, "CreateTraining", map[string]any{"input": map[string]any{"title": title,
			"startsAt": starts.Format(time.RFC3339), "endsAt": starts.Add(3 * time.Hour).Format(time.RFC3339),
			"format": "IN_PERSON", "language": "EN", "capacity": 8, "city": "Brest"}}, trainerEn).MustOK(t).Str("createTraining.training.id")
		op(t, env, "RegisterForTraining", map[string]any{"trainingId": id, "input": map[string]any{
			"email": p.Email, "firstName": p.FirstName, "lastName": p.LastName}}, who).MustOK(t)
	}
	trainingBy("Winter training", env.Clock.Now().Add(time.Hour), traineeEn, people["traineeEn"])
	env.Clock.Advance(2 * time.Hour)
	trainingBy("Spring training", env.Clock.Now().Add(48*time.Hour), laterEn, people["laterTraineeEn"])

	const csvEn = "email,first_name,last_name,locale,trained_on,migrated,belt\n" +
		"oliver.legacy@example.org,Oliver,Legacy,en,2021-05-12,false,orange\n" +
		"lena.legacy@example.org,Lena,Legacy,en,2020-03-02,false,yellow\n"
	if _, err := env.App.Community.ImportLegacy(ctx, sp, strings.NewReader(csvEn)); err != nil {
		t.Fatal(err)
	}
	people["legacyEn"] = browserPerson{Space: fac, Email: "oliver.legacy@example.org", FirstName: "Oliver", LastName: "Legacy"}
	people["legacyActivated"] = browserPerson{Space: fac, Email: "lena.legacy@example.org", FirstName: "Lena", LastName: "Legacy"}
	op(t, env, "ActivateLegacyAccount", map[string]any{"id": accountID(t, env, "lena.legacy@example.org")}, staff).MustOK(t)
	env.Do(t, apitest.Request{Space: fac, Query: `mutation($input: SupportRequestInput!) { contactSupport(input: $input) { id } }`,
		Variables: map[string]any{"input": map[string]any{"email": "oliver.legacy@example.org", "name": "Oliver Legacy",
			"subject": "My old account", "message": "I cannot sign in since the migration."}}}).MustOK(t)
	register(t, env, fac, "casey.waiting@example.org", "EN").MustOK(t)
	people["unactivatedEn"] = browserPerson{Space: fac, Email: "casey.waiting@example.org", FirstName: "Camille", LastName: "Durand"}
	gidEn := op(t, env, "CreateLocalGroup", map[string]any{"input": map[string]any{"nameFr": "Animateurs de Brest",
		"city": "Brest", "region": "Bretagne"}}, staff).MustOK(t).Str("createLocalGroup.group.id")
	for _, h := range []http.Header{flora, gus} {
		op(t, env, "JoinLocalGroup", map[string]any{"id": gidEn}, h).MustOK(t)
	}
	env.Emails(t) // the e-mails so far are not the journeys'

	return func() {
		t.Helper()
		// Read once: reading marks every new e-mail as seen.
		to := map[string][]apitest.Email{}
		for _, m := range env.Emails(t) {
			for _, address := range []string{"odile.ancienne@example.org", "camille.attente@example.org", "oliver.legacy@example.org", "casey.waiting@example.org"} {
				if strings.Contains(m.To, address) {
					to[address] = append(to[address], m)
				}
			}
		}
		if ms := to["odile.ancienne@example.org"]; len(ms) != 1 || ms[0].Token("/reset-password") == "" || !strings.Contains(ms[0].Subject, "choose your password") {
			t.Errorf("the legacy account's set-password e-mail after support activated it: %+v", ms)
		}
		if ms := to["camille.attente@example.org"]; len(ms) != 1 || ms[0].Token("/activate") == "" {
			t.Errorf("the activation e-mail support resent: %+v", ms)
		}
		if ms := to["oliver.legacy@example.org"]; len(ms) != 1 || ms[0].Token("/reset-password") == "" || !strings.Contains(ms[0].Subject, "choose your password") {
			t.Errorf("the legacy account's set-password e-mail after support activated it (English journey): %+v", ms)
		}
		if ms := to["casey.waiting@example.org"]; len(ms) != 1 || ms[0].Token("/activate") == "" {
			t.Errorf("the activation e-mail support resent (English journey): %+v", ms)
		}
	}
}
