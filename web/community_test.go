package web_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"guichet/account"
	"guichet/apitest"
	"guichet/community"
	"guichet/ent/space"
)

const fac = "facilitators"

// founder makes an active account in the facilitators' space with roles (a belt among them,
// held as founding facilitators are, from the command line) and signs it in.
func founder(t testing.TB, env *apitest.Env, email string, roles ...string) (id int, header map[string][]string) {
	t.Helper()
	ctx := context.Background()
	sp := env.DB.Client.Space.Query().Where(space.Slug(fac)).OnlyX(ctx)
	var plain, belts []string
	for _, r := range roles {
		switch r {
		case "white", "yellow", "orange", "green", "blue":
			belts = append(belts, r)
		default:
			plain = append(plain, r)
		}
	}
	a, err := env.Accounts.Create(ctx, sp, account.CreateInput{Email: email, Password: goodPassword,
		FirstName: strings.Split(email, "@")[0], LastName: "Fondateur", Roles: plain})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range belts {
		if err := grantDirect(ctx, env, a.ID, b, fac); err != nil {
			t.Fatal(err)
		}
	}
	return a.ID, bearer(login(t, env, fac, email, goodPassword).MustOK(t).Str("login.token"))
}

func op(t *testing.T, env *apitest.Env, name string, vars map[string]any, h map[string][]string) *apitest.Response {
	t.Helper()
	return env.Op(t, "community.graphql", name, fac, vars, h)
}

// The whole journey: training sign-up → activation → attendance validated → facilitator →
// ten workshops reported → ORANGE → request → two co-optations by GREEN and BLUE → GREEN;
// with the refusals on the way.
func TestFacilitatorJourney(t *testing.T) {
	env := apitest.New(t)
	_, trainer := founder(t, env, "trainer@example.org", "trainer")
	_, otherTrainer := founder(t, env, "other.trainer@example.org", "trainer")
	_, green := founder(t, env, "green@example.org", "facilitator", "green")
	_, blue := founder(t, env, "blue@example.org", "facilitator", "blue")
	env.Emails(t) // nothing to read in the founders' mail

	// A trainer schedules a training with two seats, starting within the hour.
	starts := env.Clock.Now().Add(time.Hour)
	tid := op(t, env, "CreateTraining", map[string]any{"input": map[string]any{"title": "Formation à l'animation",
		"startsAt": starts.Format(time.RFC3339), "endsAt": starts.Add(3 * time.Hour).Format(time.RFC3339),
		"format": "IN_PERSON", "language": "FR", "capacity": 2, "city": "Lyon"}}, trainer).MustOK(t).Str("createTraining.training.id")
	list := op(t, env, "Trainings", map[string]any{"first": 5}, nil).MustOK(t)
	if list.Int("trainings.totalCount") != 1 || list.Int("trainings.edges.0.node.seatsLeft") != 2 ||
		list.Str("trainings.edges.0.node.trainer.displayName") != "trainer Fondateur" {
		t.Fatalf("trainings: %s", list.Body)
	}

	// Anyone signs up: a participant account, its activation e-mail, and the registration's.
	reg := func(email string, h map[string][]string) *apitest.Response {
		return op(t, env, "RegisterForTraining", map[string]any{"trainingId": tid, "input": map[string]any{
			"email": email, "firstName": "Léa", "lastName": "Martin", "password": goodPassword}}, h)
	}
	weak := op(t, env, "RegisterForTraining", map[string]any{"trainingId": tid, "input": map[string]any{
		"email": "lea@example.org", "firstName": "Léa", "lastName": "Martin", "password": "court"}}, nil)
	if code(weak) != "PASSWORD_POLICY" {
		t.Fatalf("a weak password: %s", weak.Body)
	}
	reg("lea@example.org", nil).MustOK(t)
	var activation string
	for _, m := range env.Emails(t) {
		if m.To != "" && strings.Contains(m.To, "lea@example.org") {
			if tok := m.Token("/activate"); tok != "" {
				activation = tok
			} else if !strings.Contains(m.Text, "Formation à l'animation") {
				t.Fatalf("the registration e-mail: %s", m.Text)
			}
		}
	}
	if activation == "" {
		t.Fatal("no activation e-mail")
	}
	env.Op(t, "account.graphql", "ActivateAccount", fac, map[string]any{"token": activation}, nil).MustOK(t)
	lea := bearer(login(t, env, fac, "lea@example.org", goodPassword).MustOK(t).Str("login.token"))
	me := env.Op(t, "account.graphql", "Me", fac, nil, lea).MustOK(t)
	leaID := me.Str("me.id")
	if !strings.Contains(me.Body2(), `"participant"`) {
		t.Fatalf("a new registrant is a participant: %s", me.Body)
	}
	nextSteps := func(l string) string {
		return env.Do(t, apitest.Request{Space: fac, Query: `query($l: Locale) { me { nextSteps(first: 10, locale: $l) { slug } } }`,
			Variables: map[string]any{"l": l}, Header: lea}).MustOK(t).Body2()
	}
	if ns := nextSteps("FR"); !strings.Contains(ns, `"suivre-le-mooc"`) || strings.Contains(ns, `"validation-par-les-pairs"`) {
		t.Fatalf("a participant's next steps: %s", ns)
	}
	if dup := reg("lea@example.org", lea); code(dup) != "CONFLICT" {
		t.Fatalf("a second registration: %s", dup.Body)
	}
	// An address with an account, not signed in: the same answer, and a confirmation link.
	_, _ = founder(t, env, "known@example.org")
	env.Emails(t)
	reg("known@example.org", nil).MustOK(t)
	confirm := env.EmailTo(t, "known@example.org").Token("/trainings/confirm")
	if confirm == "" {
		t.Fatal("no confirmation link")
	}
	if full := reg("third@example.org", nil); code(full) != "" {
		t.Fatalf("a seat left: %s", full.Body)
	}
	if full := op(t, env, "Trainings", nil, nil).MustOK(t); full.Int("trainings.edges.0.node.seatsLeft") != 0 {
		t.Fatalf("seats left: %s", full.Body)
	}
	if late := env.Do(t, apitest.Request{Space: fac, Query: `mutation($t: String!) { confirmTrainingRegistration(token: $t) { ok } }`,
		Variables: map[string]any{"t": confirm}}); code(late) != "PRECONDITION_FAILED" || ext(late, "reason") != "TRAINING_FULL" {
		t.Fatalf("confirming for a full training: %s", late.Body)
	}
	if full := reg("fourth@example.org", nil); code(full) != "PRECONDITION_FAILED" || ext(full, "reason") != "TRAINING_FULL" {
		t.Fatalf("a full training: %s", full.Body)
	}

	// Course material is for participants; the facilitators' content is not.
	if tr := env.Do(t, apitest.Request{Space: fac, Query: `{ communityIndicators { facilitators } }`, Header: lea}); code(tr) != "FORBIDDEN" {
		t.Fatalf("a participant sees the community: %s", tr.Body)
	}

	// Only the training's trainer (or staff) validates attendance.
	vars := map[string]any{"trainingId": tid, "accountIds": []string{leaID}}
	if other := op(t, env, "ValidateAttendance", vars, otherTrainer); code(other) != "FORBIDDEN" {
		t.Fatalf("another trainer validated: %s", other.Body)
	}
	regs := op(t, env, "TrainingRegistrations", map[string]any{"id": tid}, trainer).MustOK(t)
	if regs.Len("training.registrations") != 2 || !strings.Contains(regs.Body2(), `"email":"lea@example.org"`) ||
		strings.Contains(regs.Body2(), "known@example.org") { // an unconfirmed registration is not one yet
		t.Fatalf("registrations: %s", regs.Body)
	}
	if other := op(t, env, "TrainingRegistrations", map[string]any{"id": tid}, otherTrainer); code(other) != "FORBIDDEN" {
		t.Fatalf("another trainer read the registrations: %s", other.Body)
	}
	if early := op(t, env, "ValidateAttendance", vars, trainer); code(early) != "PRECONDITION_FAILED" || ext(early, "reason") != "TRAINING_NOT_STARTED" {
		t.Fatalf("attendance before the training: %s", early.Body)
	}
	env.Clock.Advance(61 * time.Minute) // the training has started
	v := op(t, env, "ValidateAttendance", vars, trainer).MustOK(t)
	if !strings.Contains(v.Body2(), `"facilitator"`) || !strings.Contains(v.Body2(), `"attended":true`) {
		t.Fatalf("validated: %s", v.Body)
	}
	if w := env.EmailTo(t, "lea@example.org"); !strings.Contains(w.Text, "ceinture blanche") {
		t.Fatalf("the welcome e-mail: %s", w.Text)
	}
	journey := func() *apitest.Response { return op(t, env, "MyJourney", nil, lea).MustOK(t) }
	if j := journey(); j.Str("me.belt") != "WHITE" || j.Str("me.journey.nextBelt") != "YELLOW" ||
		j.Str("me.journey.requirements.0.code") != "WORKSHOPS" || j.Int("me.journey.requirements.0.target") != 1 {
		t.Fatalf("journey at WHITE: %s", j.Body)
	}

	// Ten workshops reported: YELLOW at the first, ORANGE at the tenth. The co-facilitator
	// (green) counts them too.
	for i := range 10 {
		at := env.Clock.Now().Add(-time.Duration(24*(i+1)) * time.Hour)
		w := op(t, env, "CreateWorkshop", map[string]any{"input": map[string]any{"startsAt": at.Format(time.RFC3339),
			"format": "IN_PERSON", "language": "FR", "city": "Lyon", "capacity": 12, "kind": "PUBLIC",
			"coFacilitatorEmails": []string{"green@example.org"}}}, lea).MustOK(t)
		id := w.Str("createWorkshop.workshop.id")
		if w.Str("createWorkshop.workshop.status") != "SCHEDULED" {
			t.Fatalf("workshop: %s", w.Body)
		}
		rep := op(t, env, "ReportWorkshop", map[string]any{"id": id, "participants": 8}, lea).MustOK(t)
		if rep.Str("reportWorkshop.workshop.status") != "REPORTED" || rep.Int("reportWorkshop.workshop.participants") != 8 {
			t.Fatalf("report: %s", rep.Body)
		}
		if again := op(t, env, "ReportWorkshop", map[string]any{"id": id, "participants": 9}, green); code(again) != "PRECONDITION_FAILED" {
			t.Fatalf("a second report: %s", again.Body)
		}
		want := map[int]string{0: "YELLOW", 8: "YELLOW", 9: "ORANGE"}[i]
		if want != "" {
			if j := journey(); j.Str("me.belt") != want {
				t.Fatalf("after %d workshops: %s", i+1, j.Body)
			}
		}
	}
	j := journey()
	if j.Int("me.journey.workshopsRun") != 10 || j.Int("me.journey.participantsReached") != 80 ||
		j.Str("me.journey.nextBelt") != "GREEN" || j.Str("me.journey.requirements.0.code") != "CO_OPTATIONS" ||
		j.Int("me.journey.requirements.0.target") != 2 || j.Int("me.workshops.totalCount") != 10 {
		t.Fatalf("journey at ORANGE: %s", j.Body)
	}

	if ns := nextSteps("EN"); !strings.Contains(ns, `"peer-validation"`) || strings.Contains(ns, `"suivre-le-mooc"`) {
		t.Fatalf("an orange belt's next steps: %s", ns)
	}

	// ORANGE asks; GREEN and BLUE co-opt; nobody co-opts themselves, twice, or above their belt.
	rid := op(t, env, "RequestBeltValidation", nil, lea).MustOK(t).Str("requestBeltValidation.request.id")
	if again := op(t, env, "RequestBeltValidation", nil, lea); code(again) != "CONFLICT" || ext(again, "id") != rid {
		t.Fatalf("a second request: %s", again.Body)
	}
	if self := op(t, env, "CoOpt", map[string]any{"requestId": rid}, lea); code(self) != "FORBIDDEN" {
		t.Fatalf("an orange co-opting: %s", self.Body)
	}
	pending := op(t, env, "BeltValidationRequests", map[string]any{"first": 10}, green).MustOK(t)
	if pending.Int("beltValidationRequests.totalCount") != 1 || pending.Str("beltValidationRequests.edges.0.node.candidate.belt") != "ORANGE" ||
		pending.Int("beltValidationRequests.edges.0.node.candidate.workshopsRun") != 10 {
		t.Fatalf("requests: %s", pending.Body)
	}
	first := op(t, env, "CoOpt", map[string]any{"requestId": rid, "comment": "Très à l'aise avec les groupes."}, green).MustOK(t)
	if first.Str("coOpt.request.status") != "OPEN" || first.Str("coOpt.candidate.belt") != "ORANGE" {
		t.Fatalf("first co-optation: %s", first.Body)
	}
	if twice := op(t, env, "CoOpt", map[string]any{"requestId": rid}, green); code(twice) != "CONFLICT" {
		t.Fatalf("co-opting twice: %s", twice.Body)
	}
	if gone := op(t, env, "BeltValidationRequests", map[string]any{"first": 10}, green).MustOK(t); gone.Int("beltValidationRequests.totalCount") != 0 {
		t.Fatalf("a request already co-opted is still offered: %s", gone.Body)
	}
	env.Emails(t)
	second := op(t, env, "CoOpt", map[string]any{"requestId": rid}, blue).MustOK(t)
	if second.Str("coOpt.request.status") != "GRANTED" || second.Str("coOpt.candidate.belt") != "GREEN" {
		t.Fatalf("second co-optation: %s", second.Body)
	}
	if m := env.EmailTo(t, "lea@example.org"); !strings.Contains(m.Text, "ceinture verte") {
		t.Fatalf("the belt e-mail: %s", m.Text)
	}
	j = journey()
	if j.Str("me.belt") != "GREEN" || j.Len("me.journey.coOptations") != 2 || j.Str("me.journey.nextBelt") != "BLUE" {
		t.Fatalf("journey at GREEN: %s", j.Body)
	}
	audit := env.DB.Client.AuditEvent.Query().AllX(context.Background())
	raised := 0
	for _, e := range audit {
		if e.Action == "belt.raised" && e.Details["to"] == "GREEN" {
			raised++
		}
	}
	if raised != 1 {
		t.Fatalf("belt.raised to GREEN in the audit log %d times", raised)
	}

	// The community's figures, computed by the database.
	home := op(t, env, "FacilitatorHome", nil, lea).MustOK(t)
	if home.Int("communityIndicators.facilitators") != 3 || home.Int("communityIndicators.workshopsReported") != 10 ||
		home.Int("communityIndicators.participantsReached") != 80 {
		t.Fatalf("indicators: %s", home.Body)
	}
	if !strings.Contains(home.Body2(), `{"belt":"GREEN","count":2}`) || !strings.Contains(home.Body2(), `{"belt":"BLUE","count":1}`) {
		t.Fatalf("by belt: %s", home.Body)
	}
}

// Concurrent co-optations: the belt rises once, and every co-optation that was accepted is kept.
func TestConcurrentCoOptations(t *testing.T) {
	env := apitest.New(t)
	candidateID, candidate := founder(t, env, "candidate@example.org", "facilitator", "orange")
	rid := op(t, env, "RequestBeltValidation", nil, candidate).MustOK(t).Str("requestBeltValidation.request.id")
	const n = 6
	headers := make([]map[string][]string, n)
	for i := range n {
		_, headers[i] = founder(t, env, fmt.Sprintf("g%d@example.org", i), "facilitator", "green")
	}
	var wg sync.WaitGroup
	results := make([]*apitest.Response, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = op(t, env, "CoOpt", map[string]any{"requestId": rid}, headers[i])
		}()
	}
	wg.Wait()
	ok := 0
	for _, r := range results {
		switch code(r) {
		case "":
			ok++
		case "PRECONDITION_FAILED": // the belt was granted before this one
		default:
			t.Fatalf("co-optation: %s", r.Body)
		}
	}
	ctx := context.Background()
	kept := env.DB.Client.CoOptation.Query().CountX(ctx)
	raised := 0
	for _, e := range env.DB.Client.AuditEvent.Query().AllX(ctx) {
		if e.Action == "belt.raised" && e.TargetID != nil && *e.TargetID == candidateID {
			raised++
		}
	}
	if ok < 2 || kept != ok || raised != 1 {
		t.Fatalf("%d accepted, %d kept, belt raised %d times", ok, kept, raised)
	}
	if j := op(t, env, "MyJourney", nil, candidate).MustOK(t); j.Str("me.belt") != "GREEN" {
		t.Fatalf("journey: %s", j.Body)
	}
}

// Legacy accounts: an import that writes nothing when a row is bad, then creates each
// account once; a migrated facilitator sets a password through the reset link and keeps their
// belt; one never migrated is told ACCOUNT_NOT_ACTIVE with status LEGACY_UNMIGRATED.
func TestLegacyAccounts(t *testing.T) {
	env := apitest.New(t)
	ctx := context.Background()
	sp := env.DB.Client.Space.Query().Where(space.Slug(fac)).OnlyX(ctx)
	svc := env.App.Community
	const good = "email,first_name,last_name,locale,trained_on,migrated,belt\n" +
		"anciens.migres@example.org,Marc,Ancien,fr,2021-05-12,true,orange\n" +
		"jamais.migree@example.org,Jeanne,Oubli,en,2020-11-03,false,\n"
	bad := good + "pas-une-adresse,Paul,,de,2021-02-30,peut-etre,purple\nAnciens.Migres@example.org,Marc,Bis,fr,2021-05-12,true,\n"
	_, err := svc.ImportLegacy(ctx, sp, strings.NewReader(bad))
	var le community.LegacyErrors
	if !errors.As(err, &le) {
		t.Fatalf("a bad file: %v", err)
	}
	for _, want := range []string{"line 4: email", "line 4: first_name", "line 4: locale", "line 4: trained_on", "line 4: migrated",
		"line 4: belt", "line 5: Anciens.Migres@example.org is already on line 2"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the report lacks %q:\n%v", want, err)
		}
	}
	if n := env.DB.Client.Account.Query().CountX(ctx); n != 0 {
		t.Fatalf("a bad file wrote %d accounts", n)
	}
	rep, err := svc.ImportLegacy(ctx, sp, strings.NewReader(good))
	if err != nil || rep.Migrated != 1 || rep.Unmigrated != 1 {
		t.Fatalf("import: %v %v", rep, err)
	}
	if again, err := svc.ImportLegacy(ctx, sp, strings.NewReader(good)); err != nil || again.Existing != 2 || again.Migrated+again.Unmigrated != 0 {
		t.Fatalf("a second import: %v %v", again, err)
	}

	// Never migrated: whatever the password, the account cannot sign in, and says why.
	never := login(t, env, fac, "jamais.migree@example.org", "Nimporte-Quoi-42!")
	if code(never) != "ACCOUNT_NOT_ACTIVE" || never.Errors[0].Extensions["status"] != "LEGACY_UNMIGRATED" {
		t.Fatalf("unmigrated: %s", never.Body)
	}
	// Migrated: no password here yet; the reset link sets one, and the belt is kept.
	if first := login(t, env, fac, "anciens.migres@example.org", goodPassword); code(first) != "UNAUTHENTICATED" {
		t.Fatalf("a migrated account without a password signed in: %s", first.Body)
	}
	env.Emails(t)
	env.Op(t, "account.graphql", "RequestPasswordReset", fac, map[string]any{"email": "anciens.migres@example.org"}, nil).MustOK(t)
	tok := env.EmailTo(t, "anciens.migres@example.org").Token("/reset-password")
	env.Op(t, "account.graphql", "ResetPassword", fac, map[string]any{"token": tok, "newPassword": goodPassword}, nil).MustOK(t)
	in := login(t, env, fac, "anciens.migres@example.org", goodPassword).MustOK(t)
	if in.Get("login.passwordResetRequired") != false {
		t.Fatalf("after the reset: %s", in.Body)
	}
	if j := op(t, env, "MyJourney", nil, bearer(in.Str("login.token"))).MustOK(t); j.Str("me.belt") != "ORANGE" || j.Str("me.journey.nextBelt") != "GREEN" {
		t.Fatalf("a migrated orange belt: %s", j.Body)
	}
}

// Opportunities: scheduled workshops to come that look for a facilitator, not one's own;
// PROFESSIONAL ones only for the belts the space allows (GREEN and BLUE by default).
// Only the organiser cancels, and a cancelled workshop is no longer offered.
func TestWorkshopsAndOpportunities(t *testing.T) {
	env := apitest.New(t)
	_, organiser := founder(t, env, "organiser@example.org", "facilitator", "yellow")
	_, co := founder(t, env, "co@example.org", "facilitator", "white")
	_, orange := founder(t, env, "orange@example.org", "facilitator", "orange")
	_, green := founder(t, env, "green@example.org", "facilitator", "green")
	soon := env.Clock.Now().Add(72 * time.Hour).Format(time.RFC3339)
	create := func(kind string, seeking bool, extra map[string]any) string {
		in := map[string]any{"startsAt": soon, "format": "ONLINE", "language": "EN", "capacity": 20, "kind": kind,
			"seekingFacilitators": seeking}
		for k, v := range extra {
			in[k] = v
		}
		return env.Do(t, apitest.Request{Space: fac, Header: organiser, Variables: map[string]any{"in": in},
			Query: `mutation($in: CreateWorkshopInput!) { createWorkshop(input: $in) { workshop { id title } } }`}).MustOK(t).Str("createWorkshop.workshop.id")
	}
	public := create("PUBLIC", true, map[string]any{"coFacilitatorEmails": []string{"co@example.org"}})
	pro := create("PROFESSIONAL", true, nil)
	create("PRIVATE", true, nil)
	create("PUBLIC", false, nil)
	bad := env.Do(t, apitest.Request{Space: fac, Header: organiser, Query: `mutation { createWorkshop(input: {startsAt: "` + soon +
		`", format: ONLINE, language: EN, capacity: 0, kind: PUBLIC, coFacilitatorEmails: ["nobody@example.org", "organiser@example.org"]}) { workshop { id } } }`})
	for _, want := range []string{"capacity", "NOT_A_FACILITATOR", "DUPLICATE"} {
		if code(bad) != "BAD_USER_INPUT" || !strings.Contains(bad.Body2(), want) {
			t.Fatalf("a bad workshop (%s): %s", want, bad.Body)
		}
	}
	offered := func(h map[string][]string) string {
		return op(t, env, "FacilitatorHome", map[string]any{"locale": "EN"}, h).MustOK(t).Body2()
	}
	if o := offered(orange); !strings.Contains(o, public) || strings.Contains(o, pro) || strings.Count(o, `"kind"`) != 1 {
		t.Fatalf("an orange belt's opportunities: %s", o)
	}
	if o := offered(green); !strings.Contains(o, public) || !strings.Contains(o, pro) || !strings.Contains(o, `"title":"Public workshop"`) {
		t.Fatalf("a green belt's opportunities: %s", o)
	}
	if o := offered(co); strings.Contains(o, public) {
		t.Fatalf("a workshop is offered to its own co-facilitator: %s", o)
	}
	if early := op(t, env, "ReportWorkshop", map[string]any{"id": public, "participants": 3}, organiser); ext(early, "reason") != "NOT_YET_HELD" {
		t.Fatalf("reporting a workshop to come: %s", early.Body)
	}
	cancel := `mutation($id: ID!) { cancelWorkshop(id: $id) { workshop { status } } }`
	if byCo := env.Do(t, apitest.Request{Space: fac, Query: cancel, Variables: map[string]any{"id": public}, Header: co}); code(byCo) != "FORBIDDEN" {
		t.Fatalf("a co-facilitator cancelled: %s", byCo.Body)
	}
	if byOther := env.Do(t, apitest.Request{Space: fac, Query: cancel, Variables: map[string]any{"id": public}, Header: green}); code(byOther) != "FORBIDDEN" {
		t.Fatalf("another facilitator cancelled: %s", byOther.Body)
	}
	c := env.Do(t, apitest.Request{Space: fac, Query: cancel, Variables: map[string]any{"id": public}, Header: organiser}).MustOK(t)
	if c.Str("cancelWorkshop.workshop.status") != "CANCELLED" {
		t.Fatalf("cancel: %s", c.Body)
	}
	if o := offered(green); strings.Contains(o, public) {
		t.Fatalf("a cancelled workshop is offered: %s", o)
	}
}

// The directory lists the facilitators who chose to appear in it, and only them.
func TestDirectory(t *testing.T) {
	env := apitest.New(t)
	_, ana := founder(t, env, "ana@example.org", "facilitator", "green")
	_, bob := founder(t, env, "bob@example.org", "facilitator", "white")
	_, _ = founder(t, env, "cyd@example.org", "facilitator", "white")
	_, participant := founder(t, env, "pat@example.org", "participant")
	list := func(h map[string][]string) *apitest.Response {
		return env.Do(t, apitest.Request{Space: fac, Header: h,
			Query: `{ facilitatorDirectory(first: 10) { totalCount facilitators { displayName belt workshopsRun } } }`})
	}
	if d := list(ana).MustOK(t); d.Int("facilitatorDirectory.totalCount") != 0 {
		t.Fatalf("nobody opted in: %s", d.Body)
	}
	for _, h := range []map[string][]string{ana, bob} {
		env.Do(t, apitest.Request{Space: fac, Header: h, Query: `mutation { setDirectoryListing(listed: true) }`}).MustOK(t)
	}
	d := list(bob).MustOK(t)
	if d.Int("facilitatorDirectory.totalCount") != 2 || d.Str("facilitatorDirectory.facilitators.0.displayName") != "ana Fondateur" ||
		d.Str("facilitatorDirectory.facilitators.0.belt") != "GREEN" || strings.Contains(d.Body2(), "cyd") {
		t.Fatalf("directory: %s", d.Body)
	}
	env.Do(t, apitest.Request{Space: fac, Header: ana, Query: `mutation { setDirectoryListing(listed: false) }`}).MustOK(t)
	if me := env.Do(t, apitest.Request{Space: fac, Header: ana, Query: `{ me { directoryListed } }`}).MustOK(t); me.Get("me.directoryListed") != false {
		t.Fatalf("me: %s", me.Body)
	}
	if d := list(bob).MustOK(t); d.Int("facilitatorDirectory.totalCount") != 1 {
		t.Fatalf("after leaving: %s", d.Body)
	}
	if p := list(participant); code(p) != "FORBIDDEN" {
		t.Fatalf("a participant reads the directory: %s", p.Body)
	}
}

// Co-optation for BLUE is for BLUE belts only: the policy's belt.BLUE permission, which a
// GREEN belt does not hold; a participant and an anonymous visitor may not co-opt at all.
func TestCoOptationNeedsTheBelt(t *testing.T) {
	env := apitest.New(t)
	_, candidate := founder(t, env, "candidate@example.org", "facilitator", "green")
	_, green := founder(t, env, "green@example.org", "facilitator", "green")
	_, blue := founder(t, env, "blue@example.org", "facilitator", "blue")
	_, participant := founder(t, env, "pat@example.org", "participant")
	r := op(t, env, "RequestBeltValidation", nil, candidate).MustOK(t)
	if r.Str("requestBeltValidation.request.belt") != "BLUE" {
		t.Fatalf("a green belt asks for BLUE: %s", r.Body)
	}
	rid := r.Str("requestBeltValidation.request.id")
	if offered := op(t, env, "BeltValidationRequests", map[string]any{"first": 5}, green).MustOK(t); offered.Int("beltValidationRequests.totalCount") != 0 {
		t.Fatalf("a BLUE request is offered to a green belt: %s", offered.Body)
	}
	for name, h := range map[string]map[string][]string{"green": green, "participant": participant, "anonymous": nil} {
		if got := op(t, env, "CoOpt", map[string]any{"requestId": rid}, h); code(got) != "FORBIDDEN" && code(got) != "UNAUTHENTICATED" {
			t.Fatalf("%s co-opted for BLUE: %s", name, got.Body)
		}
	}
	if ok := op(t, env, "CoOpt", map[string]any{"requestId": rid}, blue).MustOK(t); ok.Str("coOpt.request.status") != "OPEN" {
		t.Fatalf("a blue belt's co-optation: %s", ok.Body)
	}
	if blueAsks := op(t, env, "RequestBeltValidation", nil, blue); ext(blueAsks, "reason") != "NOT_BY_CO_OPTATION" {
		t.Fatalf("a blue belt asked for more: %s", blueAsks.Body)
	}
}

// The rules of a training and of a report, each refused with its own code.
func TestTrainingAndReportRules(t *testing.T) {
	env := apitest.New(t)
	_, trainer := founder(t, env, "trainer@example.org", "trainer")
	_, lea := founder(t, env, "lea@example.org", "facilitator", "white")
	now := env.Clock.Now()
	at := func(d time.Duration) string { return now.Add(d).Format(time.RFC3339) }
	for _, tt := range []struct {
		name        string
		input       map[string]any
		field, code string
	}{
		{"no title", map[string]any{"title": " ", "startsAt": at(48 * time.Hour), "endsAt": at(50 * time.Hour), "capacity": 10}, "title", "REQUIRED"},
		{"in the past", map[string]any{"title": "T", "startsAt": at(-time.Hour), "endsAt": at(time.Hour), "capacity": 10}, "startsAt", "NOT_IN_FUTURE"},
		{"ends before it starts", map[string]any{"title": "T", "startsAt": at(48 * time.Hour), "endsAt": at(47 * time.Hour), "capacity": 10}, "endsAt", "ENDS_BEFORE_START"},
		{"no seat", map[string]any{"title": "T", "startsAt": at(48 * time.Hour), "endsAt": at(50 * time.Hour), "capacity": 0}, "capacity", "OUT_OF_RANGE"},
		{"too many seats", map[string]any{"title": "T", "startsAt": at(48 * time.Hour), "endsAt": at(50 * time.Hour), "capacity": 10001}, "capacity", "OUT_OF_RANGE"},
		{"a trainer naming another", map[string]any{"title": "T", "startsAt": at(48 * time.Hour), "endsAt": at(50 * time.Hour), "capacity": 10, "trainerEmail": "x@example.org"}, "", "FORBIDDEN"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := map[string]any{"format": "ONLINE", "language": "FR"}
			for k, v := range tt.input {
				in[k] = v
			}
			r := op(t, env, "CreateTraining", map[string]any{"input": in}, with(trainer, "Accept-Language", "en"))
			if tt.field == "" {
				if code(r) != tt.code {
					t.Fatalf("%s", r.Body)
				}
				return
			}
			if code(r) != "BAD_USER_INPUT" || !strings.Contains(r.Body2(), `"code":"`+tt.code+`","field":"`+tt.field+`"`) {
				t.Fatalf("%s", r.Body)
			}
		})
	}
	wid := op(t, env, "CreateWorkshop", map[string]any{"input": map[string]any{"startsAt": at(-24 * time.Hour), "format": "ONLINE",
		"language": "FR", "capacity": 10, "kind": "PUBLIC"}}, lea).MustOK(t).Str("createWorkshop.workshop.id")
	for _, n := range []int{-1, 10001} {
		if r := op(t, env, "ReportWorkshop", map[string]any{"id": wid, "participants": n}, lea); code(r) != "BAD_USER_INPUT" ||
			!strings.Contains(r.Body2(), "OUT_OF_RANGE") {
			t.Fatalf("%d participants: %s", n, r.Body)
		}
	}
	if r := env.Do(t, apitest.Request{Space: fac, Query: `mutation { confirmTrainingRegistration(token: "nope") { ok } }`}); code(r) != "INVALID_TOKEN" {
		t.Fatalf("a wrong confirmation token: %s", r.Body)
	}
}
