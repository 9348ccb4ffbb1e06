package mentoring_test

import (
	"testing"
	"time"

	"guichet/ent"
	"guichet/locales"
	"guichet/mentoring"
)

// An onboarding session's seats: one per program, taken while one is left; a refused
// registration takes none. Its admins (the program's or the organisation's) register a
// program; the registration is that program's only.
func TestOnboardingSeats(t *testing.T) {
	w := newWorld(t)
	sess := w.session(2)
	admin := w.person()
	org := w.organization(admin)
	first, second, third := w.program(admin, org), w.program(admin, org), w.program(admin, org)
	w.decide(first, true)
	w.decide(second, true)
	w.decide(third, true)
	outsider := w.person()
	w.organization(outsider)
	register := func(by *ent.Account, p *ent.Program) func() error {
		return func() error { return w.s.RegisterProgram(w.ctx, w.sp, w.as(by), sess.ID, p.ID) }
	}
	seats := func() int { return w.c.OnboardingSession.GetX(w.ctx, sess.ID).SeatsTaken }
	for _, step := range []struct {
		name  string
		do    func() error
		want  string
		seats int
	}{
		{"another organisation's admin", register(outsider, first), "FORBIDDEN NOT_PROGRAM_ADMIN", 0},
		{"staff", register(w.staff, first), "FORBIDDEN NOT_PROGRAM_ADMIN", 0},
		{"the organisation's admin", register(admin, first), "ok", 1},
		{"the same program again", register(admin, first), "CONFLICT ALREADY_REGISTERED_FOR_ONBOARDING", 1},
		{"the program's own admin, for another program", register(w.programAdmin(second), second), "ok", 2},
		{"full", register(admin, third), "PRECONDITION_FAILED SESSION_FULL", 2},
	} {
		if got := outcome(step.do()); got != step.want {
			t.Fatalf("%s: %s, want %s", step.name, got, step.want)
		}
		if n := seats(); n != step.seats {
			t.Fatalf("%s: %d seats taken, want %d", step.name, n, step.seats)
		}
	}
	// The third program was refused a seat: the seats of its organisation's other programs do
	// not count for it.
	if _, err := w.s.RequestAccess(w.ctx, w.sp, w.as(admin), access(third, "jane@example.org")); outcome(err) != "PRECONDITION_FAILED ONBOARDING_REQUIRED" {
		t.Fatalf("a program refused a seat: %s", outcome(err))
	}
}

// A session that has started takes nobody; a program not yet approved (or rejected) may take a
// seat, which onboards its organisation.
func TestOnboardingWhen(t *testing.T) {
	w := newWorld(t)
	for _, tt := range []struct {
		name     string
		decision *bool // nil: pending
		later    time.Duration
		want     string
	}{
		{"an approved program", ptr(true), 0, "ok"},
		{"a pending program", nil, 0, "ok"},
		{"a rejected program", ptr(false), 0, "ok"},
		{"at the session's start", ptr(true), 72 * time.Hour, "PRECONDITION_FAILED SESSION_STARTED"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			start := w.Now
			defer func() { w.Now = start }()
			admin := w.person()
			p := w.program(admin, w.organization(admin))
			if tt.decision != nil {
				w.decide(p, *tt.decision)
			}
			sess := w.session(5)
			w.Now = w.Now.Add(tt.later)
			if err := w.s.RegisterProgram(w.ctx, w.sp, w.as(admin), sess.ID, p.ID); outcome(err) != tt.want {
				t.Fatalf("RegisterProgram: %s, want %s", outcome(err), tt.want)
			}
		})
	}
}

// What a session takes when staff schedule it.
func TestOnboardingSessionInput(t *testing.T) {
	w := newWorld(t)
	for _, tt := range []struct {
		name     string
		in       time.Duration
		capacity int
		want     string
	}{
		{"to come, one seat", time.Second, 1, "ok"},
		{"the most seats", time.Hour, mentoring.MaxCapacity, "ok"},
		{"now", 0, 10, "BAD_USER_INPUT startsAt:NOT_IN_FUTURE"},
		{"no seat", time.Hour, 0, "BAD_USER_INPUT capacity:OUT_OF_RANGE"},
		{"past, too many seats", -time.Hour, mentoring.MaxCapacity + 1, "BAD_USER_INPUT startsAt:NOT_IN_FUTURE capacity:OUT_OF_RANGE"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := w.s.CreateSession(w.ctx, w.sp, w.as(w.staff), mentoring.SessionInput{StartsAt: w.Now.Add(tt.in),
				Language: locales.EN, Capacity: tt.capacity})
			if outcome(err) != tt.want {
				t.Fatalf("CreateSession: %s, want %s", outcome(err), tt.want)
			}
		})
	}
	t.Run("a space without onboarding", func(t *testing.T) {
		elsewhere := w.space("registry", "entities")
		_, err := w.s.CreateSession(w.ctx, elsewhere, w.as(w.staff), mentoring.SessionInput{StartsAt: w.Now.Add(time.Hour), Language: locales.FR, Capacity: 3})
		if outcome(err) != "NOT_FOUND MODULE_NOT_IN_SPACE" {
			t.Fatalf("another space: %s", outcome(err))
		}
	})
}
