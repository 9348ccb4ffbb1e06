package community_test

import (
	"testing"
	"time"

	"guichet/community"
	"guichet/ent"
	"guichet/ent/workshop"
	"guichet/facilitation"
	"guichet/locales"
)

// workshop makes a workshop organised by a facilitator, co-run by others, starting at.
func (w *world) workshop(organiser *ent.Account, at time.Time, co ...*ent.Account) *ent.Workshop {
	w.t.Helper()
	var emails []string
	for _, a := range co {
		emails = append(emails, a.Email)
	}
	ws, err := w.s.CreateWorkshop(w.ctx, w.sp, w.as(organiser), community.WorkshopInput{StartsAt: at, Format: facilitation.Online,
		Language: locales.FR, Capacity: 12, Kind: workshop.KindPUBLIC, CoFacilitatorEmails: emails})
	if err != nil {
		w.t.Fatalf("a workshop: %s", outcome(err))
	}
	return ws
}

// Reported workshops, run or co-run, raise a facilitator to YELLOW and ORANGE at the space's
// thresholds; a belt is never lowered; scheduled and cancelled workshops do not count.
func TestBeltsFromReportedWorkshops(t *testing.T) {
	w := newWorld(t, facilitation.Rules{YellowWorkshops: 2, OrangeWorkshops: 4})
	organiser := w.person("facilitator", "white")
	beltless := w.person("facilitator") // a facilitator by hand, never trained here
	green := w.person("facilitator", "green")
	bystander := w.person("facilitator", "white")
	past := w.Now.Add(-48 * time.Hour)
	// Neither a workshop to come nor a cancelled one counts.
	w.workshop(organiser, w.Now.Add(48*time.Hour), beltless, green)
	cancelled := w.workshop(organiser, past, beltless, green)
	if _, err := w.s.CancelWorkshop(w.ctx, w.sp, w.as(organiser), cancelled.ID); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		reported                    int
		organiser, beltless, greens string
	}{
		{1, "WHITE", "WHITE", "GREEN"}, // the first report gives a beltless facilitator WHITE
		{2, "YELLOW", "YELLOW", "GREEN"},
		{3, "YELLOW", "YELLOW", "GREEN"},
		{4, "ORANGE", "ORANGE", "GREEN"},
		{5, "ORANGE", "ORANGE", "GREEN"}, // workshops alone stop at ORANGE
	} {
		ws := w.workshop(organiser, past, beltless, green)
		if _, err := w.s.ReportWorkshop(w.ctx, w.sp, w.as(beltless), ws.ID, 7); err != nil { // a co-facilitator reports
			t.Fatalf("report %d: %s", tt.reported, outcome(err))
		}
		got := [3]string{w.belt(organiser), w.belt(beltless), w.belt(green)}
		if got != [3]string{tt.organiser, tt.beltless, tt.greens} {
			t.Fatalf("after %d reports: organiser, beltless, green = %v, want %s %s %s", tt.reported, got, tt.organiser, tt.beltless, tt.greens)
		}
		if w.belt(bystander) != "WHITE" {
			t.Fatalf("a facilitator on none of the workshops: %s", w.belt(bystander))
		}
	}
	j, err := w.s.JourneyOf(w.ctx, w.sp, organiser.ID)
	if err != nil || j.WorkshopsRun != 5 || j.ParticipantsReached != 35 {
		t.Fatalf("journey: %+v %v", j, err)
	}
	// WHITE to YELLOW to ORANGE: two rises, two e-mails (reaching WHITE by workshops mails nothing).
	if n := w.audited("belt.raised", organiser.ID); n != 2 {
		t.Fatalf("organiser's belt.raised: %d", n)
	}
	if n, m := w.audited("belt.raised", beltless.ID), w.mails(beltless, "belt_raised"); n != 3 || m != 2 {
		t.Fatalf("the beltless facilitator: %d rises, %d e-mails", n, m)
	}
}

// Who reports a workshop, when, with what; a workshop is reported once.
func TestWorkshopReporting(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	organiser, co, other := w.person("facilitator", "white"), w.person("facilitator", "white"), w.person("facilitator", "blue")
	held := func() *ent.Workshop { return w.workshop(organiser, w.Now.Add(-time.Hour), co) }
	for _, tt := range []struct {
		name         string
		workshop     func() *ent.Workshop
		by           *ent.Account
		participants int
		want         string
	}{
		{"the organiser", held, organiser, 8, "ok"},
		{"a co-facilitator", held, co, 8, "ok"},
		{"a facilitator not on it", held, other, 8, "FORBIDDEN NOT_YOUR_WORKSHOP"},
		{"no participant", held, organiser, 0, "ok"},
		{"the most participants", held, organiser, community.MaxParticipants, "ok"},
		{"fewer than none", held, organiser, -1, "BAD_USER_INPUT participants:OUT_OF_RANGE"},
		{"too many", held, organiser, community.MaxParticipants + 1, "BAD_USER_INPUT participants:OUT_OF_RANGE"},
		{"starting now", func() *ent.Workshop { return w.workshop(organiser, w.Now, co) }, organiser, 3, "ok"},
		{"to come", func() *ent.Workshop { return w.workshop(organiser, w.Now.Add(time.Second), co) }, organiser, 3, "PRECONDITION_FAILED NOT_YET_HELD"},
		{"reported already", func() *ent.Workshop {
			ws := held()
			if _, err := w.s.ReportWorkshop(w.ctx, w.sp, w.as(organiser), ws.ID, 5); err != nil {
				t.Fatal(err)
			}
			return ws
		}, co, 9, "PRECONDITION_FAILED NOT_SCHEDULED"},
		{"cancelled", func() *ent.Workshop {
			ws := held()
			if _, err := w.s.CancelWorkshop(w.ctx, w.sp, w.as(organiser), ws.ID); err != nil {
				t.Fatal(err)
			}
			return ws
		}, organiser, 5, "PRECONDITION_FAILED NOT_SCHEDULED"},
		{"unknown", func() *ent.Workshop { return &ent.Workshop{ID: 1 << 30} }, organiser, 5, "NOT_FOUND"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ws := tt.workshop()
			before, _ := w.c.Workshop.Get(w.ctx, ws.ID)
			got, err := w.s.ReportWorkshop(w.ctx, w.sp, w.as(tt.by), ws.ID, tt.participants)
			if outcome(err) != tt.want {
				t.Fatalf("report: %s, want %s", outcome(err), tt.want)
			}
			if err != nil {
				if after, _ := w.c.Workshop.Get(w.ctx, ws.ID); before != nil && (after.Status != before.Status || !same(after.Participants, before.Participants)) {
					t.Fatalf("a refused report changed the workshop: %+v", after)
				}
				return
			}
			if got.Status != workshop.StatusREPORTED || got.Participants == nil || *got.Participants != tt.participants || got.ReportedAt == nil {
				t.Fatalf("reported: %+v", got)
			}
		})
	}
}

func same(a, b *int) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }

// Only the organiser cancels, and only a scheduled workshop.
func TestWorkshopCancellation(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	organiser, co, other := w.person("facilitator", "white"), w.person("facilitator", "white"), w.person("facilitator", "blue")
	soon := w.Now.Add(24 * time.Hour)
	for _, tt := range []struct {
		name     string
		workshop func() *ent.Workshop
		by       *ent.Account
		want     string
	}{
		{"the organiser", func() *ent.Workshop { return w.workshop(organiser, soon, co) }, organiser, "ok"},
		{"a co-facilitator", func() *ent.Workshop { return w.workshop(organiser, soon, co) }, co, "FORBIDDEN NOT_YOUR_WORKSHOP"},
		{"another facilitator", func() *ent.Workshop { return w.workshop(organiser, soon, co) }, other, "FORBIDDEN NOT_YOUR_WORKSHOP"},
		{"a held workshop not reported yet", func() *ent.Workshop { return w.workshop(organiser, w.Now.Add(-time.Hour)) }, organiser, "ok"},
		{"a reported workshop", func() *ent.Workshop {
			ws := w.workshop(organiser, w.Now.Add(-time.Hour))
			if _, err := w.s.ReportWorkshop(w.ctx, w.sp, w.as(organiser), ws.ID, 3); err != nil {
				t.Fatal(err)
			}
			return ws
		}, organiser, "PRECONDITION_FAILED NOT_SCHEDULED"},
		{"cancelled already", func() *ent.Workshop {
			ws := w.workshop(organiser, soon)
			if _, err := w.s.CancelWorkshop(w.ctx, w.sp, w.as(organiser), ws.ID); err != nil {
				t.Fatal(err)
			}
			return ws
		}, organiser, "PRECONDITION_FAILED NOT_SCHEDULED"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ws := tt.workshop()
			got, err := w.s.CancelWorkshop(w.ctx, w.sp, w.as(tt.by), ws.ID)
			if outcome(err) != tt.want {
				t.Fatalf("cancel: %s, want %s", outcome(err), tt.want)
			}
			if err == nil && got.Status != workshop.StatusCANCELLED {
				t.Fatalf("cancelled: %+v", got)
			}
		})
	}
}

// A workshop's capacity and co-facilitators: each co-facilitator a facilitator of the space,
// neither the organiser nor named twice; every broken rule reported at once.
func TestWorkshopInput(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	organiser, co := w.person("facilitator", "white"), w.person("facilitator")
	participant := w.person("participant")
	for _, tt := range []struct {
		name     string
		capacity int
		co       []string
		want     string
	}{
		{"one seat", 1, nil, "ok"},
		{"the most seats", community.MaxCapacity, nil, "ok"},
		{"no seat", 0, nil, "BAD_USER_INPUT capacity:OUT_OF_RANGE"},
		{"too many seats", community.MaxCapacity + 1, nil, "BAD_USER_INPUT capacity:OUT_OF_RANGE"},
		{"a facilitator without a belt co-runs", 5, []string{co.Email}, "ok"},
		{"a participant is no facilitator", 5, []string{participant.Email}, "BAD_USER_INPUT coFacilitatorEmails.0:NOT_A_FACILITATOR"},
		{"nobody has the address", 5, []string{"nobody@example.org"}, "BAD_USER_INPUT coFacilitatorEmails.0:NOT_A_FACILITATOR"},
		{"not an address", 5, []string{"co@"}, "BAD_USER_INPUT coFacilitatorEmails.0:EMAIL_INVALID"},
		{"the organiser", 5, []string{organiser.Email}, "BAD_USER_INPUT coFacilitatorEmails.0:DUPLICATE"},
		{"named twice", 5, []string{co.Email, " " + co.Email}, "BAD_USER_INPUT coFacilitatorEmails.1:DUPLICATE"},
		{"all at once", 0, []string{"x@", co.Email, co.Email},
			"BAD_USER_INPUT capacity:OUT_OF_RANGE coFacilitatorEmails.0:EMAIL_INVALID coFacilitatorEmails.2:DUPLICATE"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			before := w.c.Workshop.Query().CountX(w.ctx)
			_, err := w.s.CreateWorkshop(w.ctx, w.sp, w.as(organiser), community.WorkshopInput{StartsAt: w.Now, Format: facilitation.InPerson,
				Language: locales.EN, Capacity: tt.capacity, Kind: workshop.KindPRIVATE, CoFacilitatorEmails: tt.co})
			if outcome(err) != tt.want {
				t.Fatalf("create: %s, want %s", outcome(err), tt.want)
			}
			if after := w.c.Workshop.Query().CountX(w.ctx); err != nil && after != before {
				t.Fatal("a refused workshop was stored")
			}
		})
	}
}

// Cancelling a workshop writes to its co-facilitators and to those whose offer was still
// waiting, each once and in their language; never to the organiser, nor to an applicant who was
// declined or withdrew.
func TestCancellingAWorkshopTellsThoseConcerned(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	organiser, co := w.person("facilitator", "yellow"), w.person("facilitator", "yellow")
	waiting, declined, withdrawn := w.person("facilitator", "yellow"), w.person("facilitator", "yellow"), w.person("facilitator", "yellow")
	ws := w.opening(organiser, workshop.KindPUBLIC, w.Now.Add(72*time.Hour), co)
	w.apply(waiting, ws)
	w.decide(organiser, w.apply(declined, ws), false)
	if _, err := w.s.Withdraw(w.ctx, w.sp, w.as(withdrawn), w.apply(withdrawn, ws).ID); err != nil {
		t.Fatal(outcome(err))
	}
	if _, err := w.s.CancelWorkshop(w.ctx, w.sp, w.as(organiser), ws.ID); err != nil {
		t.Fatal(outcome(err))
	}
	for _, tt := range []struct {
		who  *ent.Account
		want int
	}{{organiser, 0}, {co, 1}, {waiting, 1}, {declined, 0}, {withdrawn, 0}} {
		if got := w.mails(tt.who, "workshop_cancelled"); got != tt.want {
			t.Errorf("%s: %d cancellation messages, want %d", tt.who.Email, got, tt.want)
		}
	}
	// A second cancellation is refused and writes to nobody.
	if _, err := w.s.CancelWorkshop(w.ctx, w.sp, w.as(organiser), ws.ID); outcome(err) != "PRECONDITION_FAILED NOT_SCHEDULED" {
		t.Fatalf("cancelled twice: %s", outcome(err))
	}
	if w.mails(co, "workshop_cancelled") != 1 {
		t.Fatal("a refused cancellation wrote again")
	}
}
