package community_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"guichet/community"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/training"
	"guichet/ent/trainingregistration"
	"guichet/facilitation"
	"guichet/locales"
)

// training schedules a training with capacity seats, given by trainer, starting in two days.
func (w *world) training(trainer *ent.Account, capacity int) *ent.Training {
	w.t.Helper()
	starts := w.Now.Add(48 * time.Hour)
	t, err := w.s.CreateTraining(w.ctx, w.sp, w.as(trainer), community.TrainingInput{Title: "Formation", StartsAt: starts,
		EndsAt: starts.Add(3 * time.Hour), Format: facilitation.InPerson, Language: locales.FR, Capacity: capacity})
	if err != nil {
		w.t.Fatalf("a training: %s", outcome(err))
	}
	return t
}

func (w *world) seatsTaken(t *ent.Training) int { return w.c.Training.GetX(w.ctx, t.ID).SeatsTaken }

// signUp is a person not signed in registering for a training with their details.
func (w *world) signUp(t *ent.Training, email string) error {
	return w.s.Register(w.ctx, w.sp, nil, t.ID, community.RegistrationInput{Email: email, FirstName: "Léa", LastName: "Martin", Password: pw})
}

// A training's seats: each registration takes one while one is left, a person registers once,
// and a refused registration takes none. A registration made without signing in for an address
// that has an account takes its seat only when its e-mailed link confirms it.
func TestTrainingSeats(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	trainer := w.person("trainer")
	known, other := w.person(), w.person()
	tr := w.training(trainer, 3)
	signedIn := func(a *ent.Account) func() error {
		return func() error { return w.s.Register(w.ctx, w.sp, w.as(a), tr.ID, community.RegistrationInput{}) }
	}
	first := w.person()
	for _, step := range []struct {
		name  string
		do    func() error
		want  string
		seats int
	}{
		{"a signed-in person", signedIn(first), "ok", 1},
		{"the same person again", signedIn(first), "CONFLICT ALREADY_REGISTERED", 1},
		{"a new address: an account and a seat", func() error { return w.signUp(tr, "new@example.org") }, "ok", 2},
		{"an address with an account: a link, no seat yet", func() error { return w.signUp(tr, known.Email) }, "ok", 2},
		{"the last seat", signedIn(other), "ok", 3},
		{"full", signedIn(w.person()), "PRECONDITION_FAILED TRAINING_FULL", 3},
		{"full, not signed in", func() error { return w.signUp(tr, "late@example.org") }, "PRECONDITION_FAILED TRAINING_FULL", 3},
		{"full, the link confirms nothing", func() error { return w.s.Confirm(w.ctx, w.sp, w.link(known.Email, "training_confirm")) },
			"PRECONDITION_FAILED TRAINING_FULL", 3},
	} {
		if got := outcome(step.do()); got != step.want {
			t.Fatalf("%s: %s, want %s", step.name, got, step.want)
		}
		if n := w.seatsTaken(tr); n != step.seats {
			t.Fatalf("%s: %d seats taken, want %d", step.name, n, step.seats)
		}
	}
	if n := w.c.Account.Query().Where(entaccount.EmailKey("late@example.org")).CountX(w.ctx); n != 0 {
		t.Fatal("a refused sign-up made an account")
	}
	fresh := w.c.Account.Query().Where(entaccount.EmailKey("new@example.org")).OnlyX(w.ctx)
	if fresh.Status != entaccount.StatusPENDING_ACTIVATION || !slices.Equal(w.roles(fresh), []string{"participant"}) {
		t.Fatalf("the new registrant: %s %v", fresh.Status, w.roles(fresh))
	}
	confirmed := w.c.TrainingRegistration.Query().Where(trainingregistration.TrainingID(tr.ID), trainingregistration.Confirmed(true)).CountX(w.ctx)
	if confirmed != 3 {
		t.Fatalf("%d confirmed registrations, want 3", confirmed)
	}
}

// The confirmation link of a registration made without signing in: it takes a seat once,
// within its week; a registrant already confirmed is reminded instead.
func TestTrainingConfirmation(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	trainer := w.person("trainer")
	tr := w.training(trainer, 5)
	a, late := w.person(), w.person()
	for _, who := range []*ent.Account{a, late} {
		if err := w.signUp(tr, who.Email); err != nil {
			t.Fatal(err)
		}
	}
	token := w.link(a.Email, "training_confirm")
	if err := w.s.Confirm(w.ctx, w.sp, token); err != nil {
		t.Fatalf("confirm: %s", outcome(err))
	}
	if w.seatsTaken(tr) != 1 || !slices.Equal(w.roles(a), []string{"participant"}) {
		t.Fatalf("confirmed: %d seats, roles %v", w.seatsTaken(tr), w.roles(a))
	}
	if err := w.s.Confirm(w.ctx, w.sp, token); outcome(err) != "INVALID_TOKEN" {
		t.Fatalf("the link used twice: %s", outcome(err))
	}
	// Registering again once confirmed: a note saying so (issue 18), not a second confirmation.
	if err := w.signUp(tr, a.Email); err != nil || w.mails(a, "training_registered") != 1 ||
		w.mails(a, "training_already_registered") != 1 || w.seatsTaken(tr) != 1 {
		t.Fatalf("registering again once confirmed: %v, %d confirmations, %d notes, %d seats", err,
			w.mails(a, "training_registered"), w.mails(a, "training_already_registered"), w.seatsTaken(tr))
	}
	w.Now = w.Now.Add(community.ConfirmTTL)
	if err := w.s.Confirm(w.ctx, w.sp, w.link(late.Email, "training_confirm")); outcome(err) != "INVALID_TOKEN" {
		t.Fatalf("a link a week old: %s", outcome(err))
	}
	if w.seatsTaken(tr) != 1 {
		t.Fatalf("%d seats", w.seatsTaken(tr))
	}
}

// Nobody registers for a training that has started.
func TestTrainingStarted(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	tr := w.training(w.person("trainer"), 5)
	w.Now = tr.StartsAt
	if err := w.s.Register(w.ctx, w.sp, w.as(w.person()), tr.ID, community.RegistrationInput{}); outcome(err) != "PRECONDITION_FAILED TRAINING_STARTED" {
		t.Fatalf("registering at the start: %s", outcome(err))
	}
}

// Who schedules a training: a trainer gives it themselves; staff name a trainer, who must hold
// the role; anyone else names nobody and is refused.
func TestWhoSchedulesATraining(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	trainer, staff := w.person("trainer"), w.person("staff")
	starts := w.Now.Add(time.Hour)
	for _, tt := range []struct {
		name    string
		by      *ent.Account
		naming  *ent.Account
		want    string
		givenBy *ent.Account
	}{
		{"a trainer", trainer, nil, "ok", trainer},
		{"a trainer naming another", trainer, w.person("trainer"), "FORBIDDEN", nil},
		{"staff naming a trainer", staff, trainer, "ok", trainer},
		{"staff naming a facilitator", staff, w.person("facilitator", "blue"), "BAD_USER_INPUT trainerEmail:NOT_A_TRAINER", nil},
		{"staff naming nobody", staff, nil, "BAD_USER_INPUT trainerEmail:REQUIRED", nil},
		{"a facilitator", w.person("facilitator", "blue"), nil, "BAD_USER_INPUT trainerEmail:REQUIRED", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := community.TrainingInput{Title: "T", StartsAt: starts, EndsAt: starts.Add(time.Hour), Format: facilitation.Online,
				Language: locales.EN, Capacity: 10}
			if tt.naming != nil {
				in.TrainerEmail = &tt.naming.Email
			}
			got, err := w.s.CreateTraining(w.ctx, w.sp, w.as(tt.by), in)
			if outcome(err) != tt.want {
				t.Fatalf("create: %s, want %s", outcome(err), tt.want)
			}
			if err == nil && got.TrainerID != tt.givenBy.ID {
				t.Fatalf("given by %d, want %d", got.TrainerID, tt.givenBy.ID)
			}
		})
	}
}

// Attendance validated by the training's trainer (or staff) makes each registrant a facilitator
// with the WHITE belt, once; every id must be a confirmed registration of the training, or
// nothing is recorded.
func TestTraineesBecomeFacilitators(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	trainer, otherTrainer, staff := w.person("trainer"), w.person("trainer"), w.person("staff")
	tr := w.training(trainer, 10)
	register := func(a *ent.Account) *ent.Account {
		if err := w.s.Register(w.ctx, w.sp, w.as(a), tr.ID, community.RegistrationInput{}); err != nil {
			t.Fatal(err)
		}
		return a
	}
	lea, marc, orange := register(w.person()), register(w.person()), register(w.person("facilitator", "orange"))
	unconfirmed, stranger := w.person(), w.person()
	if err := w.signUp(tr, unconfirmed.Email); err != nil {
		t.Fatal(err)
	}
	w.Now = tr.StartsAt.Add(time.Hour) // attendance is validated once the training has started
	attended := func(a *ent.Account) bool {
		return w.c.TrainingRegistration.Query().Where(trainingregistration.TrainingID(tr.ID), trainingregistration.AccountID(a.ID),
			trainingregistration.Attended(true)).ExistX(w.ctx)
	}
	for _, tt := range []struct {
		name  string
		by    *ent.Account
		ids   []*ent.Account
		want  string
		after map[*ent.Account]string // belts after
	}{
		{"another trainer", otherTrainer, []*ent.Account{lea}, "FORBIDDEN NOT_YOUR_TRAINING", map[*ent.Account]string{lea: ""}},
		{"someone not registered: nothing recorded", trainer, []*ent.Account{lea, stranger}, "BAD_USER_INPUT accountIds.1:NOT_REGISTERED",
			map[*ent.Account]string{lea: ""}},
		{"a registration not confirmed", trainer, []*ent.Account{unconfirmed}, "BAD_USER_INPUT accountIds.0:NOT_REGISTERED",
			map[*ent.Account]string{unconfirmed: ""}},
		{"the trainer", trainer, []*ent.Account{lea, orange}, "ok", map[*ent.Account]string{lea: "WHITE", orange: "ORANGE", marc: ""}},
		{"staff, for any training", staff, []*ent.Account{marc}, "ok", map[*ent.Account]string{marc: "WHITE"}},
		{"again: nothing more", trainer, []*ent.Account{lea, marc}, "ok", map[*ent.Account]string{lea: "WHITE", marc: "WHITE"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var ids []int
			for _, a := range tt.ids {
				ids = append(ids, a.ID)
			}
			_, err := w.s.ValidateAttendance(w.ctx, w.sp, w.as(tt.by), tr.ID, ids)
			if outcome(err) != tt.want {
				t.Fatalf("validate: %s, want %s", outcome(err), tt.want)
			}
			for a, belt := range tt.after {
				if got := w.belt(a); got != belt {
					t.Fatalf("account %d: belt %q, want %q", a.ID, got, belt)
				}
				facilitator := slices.Contains(w.roles(a), "facilitator")
				if facilitator != (belt != "") || attended(a) != (belt != "") {
					t.Fatalf("account %d: facilitator %v, attended %v, belt %q", a.ID, facilitator, attended(a), belt)
				}
			}
		})
	}
	// Each newcomer was welcomed once, raised once, and not mailed a belt (the welcome says it).
	for _, a := range []*ent.Account{lea, marc} {
		if w.mails(a, "facilitator_welcome") != 1 || w.audited("belt.raised", a.ID) != 1 || w.audited("training.attendance_validated", a.ID) != 1 ||
			w.mails(a, "belt_raised") != 0 {
			t.Fatalf("account %d: %d welcomes, %d rises", a.ID, w.mails(a, "facilitator_welcome"), w.audited("belt.raised", a.ID))
		}
	}
	if w.audited("belt.raised", orange.ID) != 0 {
		t.Fatal("an ORANGE belt attending a training was lowered or raised")
	}
}

// Attendance is validated once the training has started, and until 60 days after it ended.
func TestAttendanceWindow(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	trainer := w.person("trainer")
	tr := w.training(trainer, 10)
	for _, tt := range []struct {
		name string
		at   time.Time
		want string
	}{
		{"before it starts", tr.StartsAt.Add(-time.Minute), "PRECONDITION_FAILED TRAINING_NOT_STARTED"},
		{"as it starts", tr.StartsAt, "ok"},
		{"during it", tr.StartsAt.Add(time.Hour), "ok"},
		{"59 days after it ended", tr.EndsAt.Add(59 * 24 * time.Hour), "ok"},
		{"61 days after it ended", tr.EndsAt.Add(61 * 24 * time.Hour), "PRECONDITION_FAILED TRAINING_CLOSED"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w.Now = tr.StartsAt.Add(-time.Hour)
			a := w.person()
			if err := w.s.Register(w.ctx, w.sp, w.as(a), tr.ID, community.RegistrationInput{}); err != nil {
				t.Fatal(err)
			}
			w.Now = tt.at
			_, err := w.s.ValidateAttendance(w.ctx, w.sp, w.as(trainer), tr.ID, []int{a.ID})
			if outcome(err) != tt.want {
				t.Fatalf("validate: %s, want %s", outcome(err), tt.want)
			}
			attended := w.c.TrainingRegistration.Query().Where(trainingregistration.TrainingID(tr.ID),
				trainingregistration.AccountID(a.ID), trainingregistration.Attended(true)).ExistX(w.ctx)
			if attended != (tt.want == "ok") || (w.belt(a) == "WHITE") != (tt.want == "ok") {
				t.Fatalf("attended %v, belt %q", attended, w.belt(a))
			}
		})
	}
}

// trainingAt schedules a training titled title, given by trainer, starting at starts.
func (w *world) trainingAt(trainer *ent.Account, title string, starts time.Time) *ent.Training {
	w.t.Helper()
	t, err := w.s.CreateTraining(w.ctx, w.sp, w.as(trainer), community.TrainingInput{Title: title, StartsAt: starts,
		EndsAt: starts.Add(3 * time.Hour), Format: facilitation.InPerson, Language: locales.FR, Capacity: 10})
	if err != nil {
		w.t.Fatalf("a training: %s", outcome(err))
	}
	return t
}

// A trainer's trainings: their own (staff: all), upcoming soonest first, or those that have
// started, newest first — a started training stays in its trainer's list, with its registrations.
func TestMyTrainings(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	trainer, otherTrainer, staff, facilitator := w.person("trainer"), w.person("trainer"), w.person("staff"), w.person("facilitator", "white")
	start := w.Now
	w.trainingAt(trainer, "A1", start.Add(24*time.Hour))
	w.trainingAt(trainer, "A2", start.Add(72*time.Hour))
	o1 := w.trainingAt(otherTrainer, "O1", start.Add(48*time.Hour))
	a1 := w.c.Training.Query().Where(training.Title("A1")).OnlyX(w.ctx)
	lea := w.person()
	if err := w.s.Register(w.ctx, w.sp, w.as(lea), a1.ID, community.RegistrationInput{}); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		at   time.Duration // after the start of the test
		by   *ent.Account
		past bool
		want string // titles, in order
	}{
		{"a trainer's upcoming", 0, trainer, false, "A1 A2"},
		{"a trainer's past: none yet", 0, trainer, true, ""},
		{"another trainer sees only theirs", 0, otherTrainer, false, "O1"},
		{"another facilitator sees none", 0, facilitator, false, ""},
		{"staff see every training", 0, staff, false, "A1 O1 A2"},
		{"a started training leaves the upcoming", 30 * time.Hour, trainer, false, "A2"},
		{"and is in the past", 30 * time.Hour, trainer, true, "A1"},
		{"the past, newest first", 100 * time.Hour, trainer, true, "A2 A1"},
		{"staff's past, newest first", 100 * time.Hour, staff, true, "A2 O1 A1"},
		{"a year on, still there", 365 * 24 * time.Hour, trainer, true, "A2 A1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w.Now = start.Add(tt.at)
			first := 20
			conn, err := w.s.MyTrainings(w.ctx, w.sp, w.as(tt.by), tt.past, &first, nil)
			if err != nil {
				t.Fatal(outcome(err))
			}
			var titles []string
			for _, e := range conn.Edges {
				titles = append(titles, e.Node.Title)
				regs := e.Node.Edges.Registrations
				if regs == nil {
					t.Fatalf("%s: registrations not loaded", e.Node.Title)
				}
				if e.Node.ID == a1.ID && (len(regs) != 1 || regs[0].Edges.Account == nil || regs[0].Edges.Account.Email != lea.Email) {
					t.Fatalf("A1's registrations: %v", regs)
				}
				if e.Node.ID == o1.ID && len(regs) != 0 {
					t.Fatalf("O1's registrations: %v", regs)
				}
			}
			if got := strings.Join(titles, " "); got != tt.want || conn.TotalCount != len(titles) {
				t.Fatalf("%q (total %d), want %q", got, conn.TotalCount, tt.want)
			}
		})
	}
}

// A person's own registrations, upcoming and past with attendance; nobody else's but staff.
func TestRegistrationsOf(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	trainer, staff, other := w.person("trainer"), w.person("staff"), w.person()
	start := w.Now
	early := w.trainingAt(trainer, "early", start.Add(24*time.Hour))
	late := w.trainingAt(trainer, "late", start.Add(72*time.Hour))
	lea := w.person()
	for _, tr := range []*ent.Training{early, late} {
		if err := w.s.Register(w.ctx, w.sp, w.as(lea), tr.ID, community.RegistrationInput{}); err != nil {
			t.Fatal(err)
		}
	}
	w.Now = start.Add(30 * time.Hour)
	if _, err := w.s.ValidateAttendance(w.ctx, w.sp, w.as(trainer), early.ID, []int{lea.ID}); err != nil {
		t.Fatal(outcome(err))
	}
	for _, tt := range []struct {
		name  string
		by    *ent.Account
		first int
		want  string
	}{
		{"their own, latest first", lea, 20, "late:false early:true"},
		{"one", lea, 1, "late:false"},
		{"staff", staff, 20, "late:false early:true"},
		{"someone else", other, 20, "FORBIDDEN"},
		{"too many", lea, 101, "BAD_USER_INPUT"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			regs, n, err := w.s.RegistrationsOf(w.ctx, w.sp, w.as(tt.by), lea.ID, tt.first)
			got := outcome(err)
			if err == nil {
				var parts []string
				for _, r := range regs {
					parts = append(parts, fmt.Sprintf("%s:%v", r.Edges.Training.Title, r.Attended))
				}
				got = strings.Join(parts, " ")
				if n != 2 {
					t.Fatalf("total %d, want 2", n)
				}
			}
			if got != tt.want && (err == nil || !strings.HasPrefix(got, tt.want+" ")) {
				t.Fatalf("%s, want %s", got, tt.want)
			}
		})
	}
}
