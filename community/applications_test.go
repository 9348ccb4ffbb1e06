package community_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"guichet/community"
	"guichet/ent"
	"guichet/ent/auditevent"
	"guichet/ent/workshop"
	"guichet/ent/workshopapplication"
	"guichet/facilitation"
	"guichet/locales"
)

// opening makes a workshop looking for facilitators, organised by organiser and co-run by co.
func (w *world) opening(organiser *ent.Account, kind workshop.Kind, at time.Time, co ...*ent.Account) *ent.Workshop {
	w.t.Helper()
	emails := []string{}
	for _, a := range co {
		emails = append(emails, a.Email)
	}
	ws, err := w.s.CreateWorkshop(w.ctx, w.sp, w.as(organiser), community.WorkshopInput{StartsAt: at, Format: facilitation.InPerson,
		Language: locales.FR, Capacity: 12, Kind: kind, CoFacilitatorEmails: emails, SeekingFacilitators: true})
	if err != nil {
		w.t.Fatalf("a workshop: %s", outcome(err))
	}
	return ws
}

// apply is an application that must succeed.
func (w *world) apply(by *ent.Account, ws *ent.Workshop) *ent.WorkshopApplication {
	w.t.Helper()
	a, err := w.s.Apply(w.ctx, w.sp, w.as(by), ws.ID, nil)
	if err != nil {
		w.t.Fatalf("apply: %s", outcome(err))
	}
	return a
}

// decide is a decision that must succeed.
func (w *world) decide(by *ent.Account, a *ent.WorkshopApplication, accept bool) {
	w.t.Helper()
	if _, _, err := w.s.Decide(w.ctx, w.sp, w.as(by), a.ID, accept); err != nil {
		w.t.Fatalf("decide: %s", outcome(err))
	}
}

// coOf are the ids of a workshop's co-facilitators, and the count kept on its row.
func (w *world) coOf(ws *ent.Workshop) ([]int, int) {
	w.t.Helper()
	fs, err := w.s.CoFacilitatorsOf(w.ctx, w.sp, ws.ID)
	if err != nil {
		w.t.Fatal(err)
	}
	ids := []int{}
	for _, f := range fs {
		ids = append(ids, f.ID)
	}
	return ids, w.c.Workshop.GetX(w.ctx, ws.ID).CoFacilitatorCount
}

func (w *world) people(n int, roles ...string) []*ent.Account {
	out := make([]*ent.Account, n)
	for i := range out {
		out[i] = w.person(roles...)
	}
	return out
}

// Who may apply to which workshop: those listed in the opportunities, once; the organiser
// hears of each application.
func TestApplyToWorkshop(t *testing.T) {
	w := newWorld(t, facilitation.Rules{ProfessionalBelts: []string{facilitation.Green, facilitation.Blue}})
	organiser, co := w.person("facilitator", "yellow"), w.person("facilitator", "white")
	white, orange, green := w.person("facilitator", "white"), w.person("facilitator", "orange"), w.person("facilitator", "green")
	soon := w.Now.Add(48 * time.Hour)
	public := func() *ent.Workshop { return w.opening(organiser, workshop.KindPUBLIC, soon, co) }
	for _, tt := range []struct {
		name     string
		workshop func() *ent.Workshop
		by       *ent.Account
		message  string
		want     string
	}{
		{"a white belt to a public workshop", public, white, "", "ok"},
		{"with a message", public, white, "Disponible ce jour-là.", "ok"},
		{"the longest message", public, white, strings.Repeat("é", community.MaxApplicationMessage), "ok"},
		{"a message too long", public, white, strings.Repeat("é", community.MaxApplicationMessage+1), "BAD_USER_INPUT message:TOO_LONG"},
		{"its organiser", public, organiser, "", "PRECONDITION_FAILED OWN_WORKSHOP"},
		{"its co-facilitator", public, co, "", "PRECONDITION_FAILED OWN_WORKSHOP"},
		{"an orange belt to a professional workshop", func() *ent.Workshop { return w.opening(organiser, workshop.KindPROFESSIONAL, soon) },
			orange, "", "FORBIDDEN PROFESSIONAL_BELT_REQUIRED"},
		{"a green belt to a professional workshop", func() *ent.Workshop { return w.opening(organiser, workshop.KindPROFESSIONAL, soon) },
			green, "", "ok"},
		{"a private workshop", func() *ent.Workshop { return w.opening(organiser, workshop.KindPRIVATE, soon) }, white, "", "PRECONDITION_FAILED WORKSHOP_NOT_OPEN"},
		{"a workshop not looking", func() *ent.Workshop { return w.workshop(organiser, soon) }, white, "", "PRECONDITION_FAILED WORKSHOP_NOT_OPEN"},
		{"a past workshop", func() *ent.Workshop { return w.opening(organiser, workshop.KindPUBLIC, w.Now.Add(-time.Hour)) },
			white, "", "PRECONDITION_FAILED WORKSHOP_NOT_OPEN"},
		{"a workshop starting now", func() *ent.Workshop { return w.opening(organiser, workshop.KindPUBLIC, w.Now) },
			white, "", "PRECONDITION_FAILED WORKSHOP_NOT_OPEN"},
		{"a cancelled workshop", func() *ent.Workshop {
			ws := public()
			if _, err := w.s.CancelWorkshop(w.ctx, w.sp, w.as(organiser), ws.ID); err != nil {
				t.Fatal(err)
			}
			return ws
		}, white, "", "PRECONDITION_FAILED WORKSHOP_NOT_OPEN"},
		{"a reported workshop", func() *ent.Workshop {
			ws := w.opening(organiser, workshop.KindPUBLIC, w.Now.Add(-time.Hour))
			if _, err := w.s.ReportWorkshop(w.ctx, w.sp, w.as(organiser), ws.ID, 4); err != nil {
				t.Fatal(err)
			}
			return ws
		}, white, "", "PRECONDITION_FAILED WORKSHOP_NOT_OPEN"},
		{"no place left", func() *ent.Workshop {
			return w.opening(organiser, workshop.KindPUBLIC, soon, w.people(community.MaxCoFacilitators, "facilitator", "white")...)
		}, white, "", "PRECONDITION_FAILED WORKSHOP_NOT_OPEN"},
		{"the last place", func() *ent.Workshop {
			return w.opening(organiser, workshop.KindPUBLIC, soon, w.people(community.MaxCoFacilitators-1, "facilitator", "white")...)
		}, white, "", "ok"},
		{"twice", func() *ent.Workshop { ws := public(); w.apply(white, ws); return ws }, white, "", "CONFLICT ALREADY_APPLIED"},
		{"after being declined", func() *ent.Workshop {
			ws := public()
			w.decide(organiser, w.apply(white, ws), false)
			return ws
		}, white, "", "CONFLICT ALREADY_APPLIED"},
		{"after being accepted", func() *ent.Workshop {
			ws := public()
			w.decide(organiser, w.apply(white, ws), true)
			return ws
		}, white, "", "PRECONDITION_FAILED OWN_WORKSHOP"},
		{"after withdrawing: opened again", func() *ent.Workshop {
			ws := public()
			if _, err := w.s.Withdraw(w.ctx, w.sp, w.as(white), w.apply(white, ws).ID); err != nil {
				t.Fatal(err)
			}
			return ws
		}, white, "Finalement, je suis libre.", "ok"},
		{"an unknown workshop", func() *ent.Workshop { return &ent.Workshop{ID: 1 << 30} }, white, "", "NOT_FOUND"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ws := tt.workshop()
			mails, audited := w.mails(organiser, "workshop_application_received"), w.audited(community.EventWorkshopApplied, organiser.ID)
			before := w.c.WorkshopApplication.Query().Where(workshopapplication.WorkshopID(ws.ID)).CountX(w.ctx)
			var msg *string
			if tt.message != "" {
				msg = &tt.message
			}
			a, err := w.s.Apply(w.ctx, w.sp, w.as(tt.by), ws.ID, msg)
			if outcome(err) != tt.want {
				t.Fatalf("apply: %s, want %s", outcome(err), tt.want)
			}
			if err != nil {
				if after := w.c.WorkshopApplication.Query().Where(workshopapplication.WorkshopID(ws.ID)).CountX(w.ctx); after != before ||
					w.mails(organiser, "workshop_application_received") != mails {
					t.Fatal("a refused application was stored or mailed")
				}
				return
			}
			if a.Status != workshopapplication.StatusPENDING || a.Message != tt.message || a.ApplicantID != tt.by.ID || a.DecidedAt != nil {
				t.Fatalf("the application: %+v", a)
			}
			if n := w.c.WorkshopApplication.Query().Where(workshopapplication.WorkshopID(ws.ID)).CountX(w.ctx); n != 1 {
				t.Fatalf("%d applications of one person to one workshop", n)
			}
			if w.mails(organiser, "workshop_application_received") != mails+1 || w.audited(community.EventWorkshopApplied, organiser.ID) != audited+1 {
				t.Fatal("the organiser was not told, or the application not audited")
			}
		})
	}
}

// Only the organiser decides, once; an accepted applicant becomes a co-facilitator while the
// workshop is open and has a place; the applicant is told either way.
func TestDecideWorkshopApplication(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	organiser, co, applicant := w.person("facilitator", "yellow"), w.person("facilitator", "white"), w.person("facilitator", "white")
	soon := w.Now.Add(48 * time.Hour)
	pending := func() (*ent.Workshop, *ent.WorkshopApplication) {
		ws := w.opening(organiser, workshop.KindPUBLIC, soon, co)
		return ws, w.apply(applicant, ws)
	}
	for _, tt := range []struct {
		name   string
		setup  func() (*ent.Workshop, *ent.WorkshopApplication)
		by     *ent.Account
		accept bool
		want   string
	}{
		{"the organiser accepts", pending, organiser, true, "ok"},
		{"the organiser declines", pending, organiser, false, "ok"},
		{"a co-facilitator", pending, co, true, "FORBIDDEN NOT_YOUR_WORKSHOP"},
		{"the applicant", pending, applicant, true, "FORBIDDEN NOT_YOUR_WORKSHOP"},
		{"declined already", func() (*ent.Workshop, *ent.WorkshopApplication) {
			ws, a := pending()
			w.decide(organiser, a, false)
			return ws, a
		}, organiser, true, "CONFLICT APPLICATION_CLOSED"},
		{"accepted already", func() (*ent.Workshop, *ent.WorkshopApplication) {
			ws, a := pending()
			w.decide(organiser, a, true)
			return ws, a
		}, organiser, false, "CONFLICT APPLICATION_CLOSED"},
		{"withdrawn", func() (*ent.Workshop, *ent.WorkshopApplication) {
			ws, a := pending()
			if _, err := w.s.Withdraw(w.ctx, w.sp, w.as(applicant), a.ID); err != nil {
				t.Fatal(err)
			}
			return ws, a
		}, organiser, true, "CONFLICT APPLICATION_CLOSED"},
		{"filled meanwhile", func() (*ent.Workshop, *ent.WorkshopApplication) {
			ws, a := pending()
			var emails []string
			for _, p := range w.people(community.MaxCoFacilitators, "facilitator", "white") {
				emails = append(emails, p.Email)
			}
			if _, err := w.s.UpdateWorkshop(w.ctx, w.sp, w.as(organiser), ws.ID, community.UpdateWorkshopInput{CoFacilitatorEmails: &emails}); err != nil {
				t.Fatal(outcome(err))
			}
			return ws, a
		}, organiser, true, "PRECONDITION_FAILED WORKSHOP_FULL"},
		{"a full workshop may still decline", func() (*ent.Workshop, *ent.WorkshopApplication) {
			ws := w.opening(organiser, workshop.KindPUBLIC, soon, w.people(community.MaxCoFacilitators-1, "facilitator", "white")...)
			a := w.apply(applicant, ws)
			w.decide(organiser, w.apply(w.person("facilitator", "white"), ws), true)
			return ws, a
		}, organiser, false, "ok"},
		{"cancelled meanwhile", func() (*ent.Workshop, *ent.WorkshopApplication) {
			ws, a := pending()
			if _, err := w.s.CancelWorkshop(w.ctx, w.sp, w.as(organiser), ws.ID); err != nil {
				t.Fatal(err)
			}
			return ws, a
		}, organiser, true, "PRECONDITION_FAILED WORKSHOP_NOT_OPEN"},
		{"started meanwhile", func() (*ent.Workshop, *ent.WorkshopApplication) {
			ws := w.opening(organiser, workshop.KindPUBLIC, w.Now.Add(time.Minute))
			a := w.apply(applicant, ws)
			w.Now = w.Now.Add(time.Hour)
			t.Cleanup(func() { w.Now = w.Now.Add(-time.Hour) })
			return ws, a
		}, organiser, true, "PRECONDITION_FAILED WORKSHOP_NOT_OPEN"},
		{"an unknown application", func() (*ent.Workshop, *ent.WorkshopApplication) {
			ws, _ := pending()
			return ws, &ent.WorkshopApplication{ID: 1 << 30}
		}, organiser, true, "NOT_FOUND"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ws, a := tt.setup()
			coBefore, _ := w.coOf(ws)
			accepted, declined := w.mails(applicant, "workshop_application_accepted"), w.mails(applicant, "workshop_application_declined")
			got, gotWs, err := w.s.Decide(w.ctx, w.sp, w.as(tt.by), a.ID, tt.accept)
			if outcome(err) != tt.want {
				t.Fatalf("decide: %s, want %s", outcome(err), tt.want)
			}
			coAfter, count := w.coOf(ws)
			if count != len(coAfter) {
				t.Fatalf("the count kept (%d) is not the co-facilitators (%v)", count, coAfter)
			}
			if err != nil {
				if len(coAfter) != len(coBefore) || w.mails(applicant, "workshop_application_accepted") != accepted ||
					w.mails(applicant, "workshop_application_declined") != declined {
					t.Fatal("a refused decision changed the workshop or mailed")
				}
				return
			}
			want, template, on := workshopapplication.StatusDECLINED, "workshop_application_declined", len(coBefore)
			if tt.accept {
				want, template, on = workshopapplication.StatusACCEPTED, "workshop_application_accepted", len(coBefore)+1
			}
			if got.Status != want || got.DecidedAt == nil || gotWs.ID != ws.ID || len(coAfter) != on {
				t.Fatalf("decided: %+v, co-facilitators %v (before %v)", got, coAfter, coBefore)
			}
			if w.mails(applicant, template) != map[bool]int{true: accepted, false: declined}[tt.accept]+1 {
				t.Fatalf("the applicant got no %s", template)
			}
			if w.audited(community.EventApplicationDecided, applicant.ID) == 0 {
				t.Fatal("not audited")
			}
		})
	}
}

// An accepted applicant is a co-facilitator: the workshop, once reported, counts for them.
func TestAcceptedApplicantCounts(t *testing.T) {
	w := newWorld(t, facilitation.Rules{YellowWorkshops: 1})
	organiser, applicant := w.person("facilitator", "yellow"), w.person("facilitator", "white")
	ws := w.opening(organiser, workshop.KindPUBLIC, w.Now.Add(time.Hour))
	w.decide(organiser, w.apply(applicant, ws), true)
	w.Now = w.Now.Add(2 * time.Hour)
	if _, err := w.s.ReportWorkshop(w.ctx, w.sp, w.as(applicant), ws.ID, 9); err != nil { // a co-facilitator may report
		t.Fatal(outcome(err))
	}
	j, err := w.s.JourneyOf(w.ctx, w.sp, applicant.ID)
	if err != nil || j.WorkshopsRun != 1 || j.ParticipantsReached != 9 || w.belt(applicant) != "YELLOW" {
		t.Fatalf("the applicant's journey: %+v %v, belt %s", j, err, w.belt(applicant))
	}
}

// The applicant withdraws a pending application, or an accepted one before the workshop
// (leaving it); nobody else withdraws it.
func TestWithdrawWorkshopApplication(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	organiser, applicant, other := w.person("facilitator", "yellow"), w.person("facilitator", "white"), w.person("facilitator", "white")
	soon := w.Now.Add(48 * time.Hour)
	pending := func() (*ent.Workshop, *ent.WorkshopApplication) {
		ws := w.opening(organiser, workshop.KindPUBLIC, soon)
		return ws, w.apply(applicant, ws)
	}
	decided := func(accept bool) func() (*ent.Workshop, *ent.WorkshopApplication) {
		return func() (*ent.Workshop, *ent.WorkshopApplication) {
			ws, a := pending()
			w.decide(organiser, a, accept)
			return ws, a
		}
	}
	for _, tt := range []struct {
		name  string
		setup func() (*ent.Workshop, *ent.WorkshopApplication)
		by    *ent.Account
		want  string
		on    bool // the applicant is on the workshop afterwards
	}{
		{"pending", pending, applicant, "ok", false},
		{"accepted, before the workshop", decided(true), applicant, "ok", false},
		{"accepted, the workshop started", func() (*ent.Workshop, *ent.WorkshopApplication) {
			ws := w.opening(organiser, workshop.KindPUBLIC, w.Now.Add(time.Minute))
			a := w.apply(applicant, ws)
			w.decide(organiser, a, true)
			w.Now = w.Now.Add(time.Hour)
			t.Cleanup(func() { w.Now = w.Now.Add(-time.Hour) })
			return ws, a
		}, applicant, "PRECONDITION_FAILED WORKSHOP_NOT_OPEN", true},
		{"declined", decided(false), applicant, "CONFLICT APPLICATION_CLOSED", false},
		{"withdrawn already", func() (*ent.Workshop, *ent.WorkshopApplication) {
			ws, a := pending()
			if _, err := w.s.Withdraw(w.ctx, w.sp, w.as(applicant), a.ID); err != nil {
				t.Fatal(err)
			}
			return ws, a
		}, applicant, "CONFLICT APPLICATION_CLOSED", false},
		{"by someone else", pending, other, "FORBIDDEN NOT_YOUR_APPLICATION", false},
		{"by the organiser", decided(true), organiser, "FORBIDDEN NOT_YOUR_APPLICATION", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ws, a := tt.setup()
			got, err := w.s.Withdraw(w.ctx, w.sp, w.as(tt.by), a.ID)
			if outcome(err) != tt.want {
				t.Fatalf("withdraw: %s, want %s", outcome(err), tt.want)
			}
			co, count := w.coOf(ws)
			if on := len(co) == 1 && co[0] == applicant.ID; on != tt.on || count != len(co) {
				t.Fatalf("co-facilitators %v (count %d), want the applicant on it: %v", co, count, tt.on)
			}
			if err == nil && (got.Status != workshopapplication.StatusWITHDRAWN || w.audited(community.EventApplicationWithdraw, organiser.ID) == 0) {
				t.Fatalf("withdrawn: %+v", got)
			}
		})
	}
}

// The organiser's view of applications; others see none.
func TestApplicationsAreTheOrganisers(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	organiser, co, applicant := w.person("facilitator", "yellow"), w.person("facilitator", "white"), w.person("facilitator", "white")
	ws := w.opening(organiser, workshop.KindPUBLIC, w.Now.Add(time.Hour), co)
	a := w.apply(applicant, ws)
	for _, tt := range []struct {
		by   *ent.Account
		want int
	}{{organiser, 1}, {co, 0}, {applicant, 0}} {
		got, err := w.s.ApplicationsOf(w.ctx, w.as(tt.by), ws)
		if err != nil || len(got) != tt.want || (tt.want == 1 && got[0].ID != a.ID) {
			t.Fatalf("applications as %s: %v %v", tt.by.Email, got, err)
		}
	}
}

// updateWorkshop: the organiser's, a scheduled workshop's, checked as createWorkshop is.
func TestUpdateWorkshop(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	organiser, co, other := w.person("facilitator", "yellow"), w.person("facilitator", "white"), w.person("facilitator", "white")
	participant := w.person("participant")
	soon := w.Now.Add(48 * time.Hour)
	scheduled := func() *ent.Workshop { return w.workshop(organiser, soon, co) }
	emails := func(as ...*ent.Account) *[]string {
		out := []string{}
		for _, a := range as {
			out = append(out, a.Email)
		}
		return &out
	}
	city, capacity, later, kind := "Rennes", 30, soon.Add(24*time.Hour), workshop.KindPROFESSIONAL
	tooLong, zero := strings.Repeat("x", community.MaxCity+1), 0
	for _, tt := range []struct {
		name     string
		workshop func() *ent.Workshop
		by       *ent.Account
		in       community.UpdateWorkshopInput
		want     string
		co       []*ent.Account // the co-facilitators afterwards, when it succeeds
	}{
		{"the organiser changes the date, city, capacity and kind", scheduled, organiser,
			community.UpdateWorkshopInput{StartsAt: &later, City: &city, Capacity: &capacity, Kind: &kind}, "ok", []*ent.Account{co}},
		{"nothing", scheduled, organiser, community.UpdateWorkshopInput{}, "ok", []*ent.Account{co}},
		{"new co-facilitators", scheduled, organiser, community.UpdateWorkshopInput{CoFacilitatorEmails: emails(other, co)}, "ok",
			[]*ent.Account{co, other}},
		{"none left", scheduled, organiser, community.UpdateWorkshopInput{CoFacilitatorEmails: emails()}, "ok", nil},
		{"a co-facilitator", scheduled, co, community.UpdateWorkshopInput{City: &city}, "FORBIDDEN NOT_YOUR_WORKSHOP", nil},
		{"another facilitator", scheduled, other, community.UpdateWorkshopInput{City: &city}, "FORBIDDEN NOT_YOUR_WORKSHOP", nil},
		{"cancelled", func() *ent.Workshop {
			ws := scheduled()
			if _, err := w.s.CancelWorkshop(w.ctx, w.sp, w.as(organiser), ws.ID); err != nil {
				t.Fatal(err)
			}
			return ws
		}, organiser, community.UpdateWorkshopInput{City: &city}, "PRECONDITION_FAILED WORKSHOP_NOT_OPEN", nil},
		{"reported", func() *ent.Workshop {
			ws := w.workshop(organiser, w.Now.Add(-time.Hour))
			if _, err := w.s.ReportWorkshop(w.ctx, w.sp, w.as(organiser), ws.ID, 2); err != nil {
				t.Fatal(err)
			}
			return ws
		}, organiser, community.UpdateWorkshopInput{City: &city}, "PRECONDITION_FAILED WORKSHOP_NOT_OPEN", nil},
		{"no seat", scheduled, organiser, community.UpdateWorkshopInput{Capacity: &zero}, "BAD_USER_INPUT capacity:OUT_OF_RANGE", nil},
		{"a city too long", scheduled, organiser, community.UpdateWorkshopInput{City: &tooLong}, "BAD_USER_INPUT city:TOO_LONG", nil},
		{"a participant", scheduled, organiser, community.UpdateWorkshopInput{CoFacilitatorEmails: emails(participant)},
			"BAD_USER_INPUT coFacilitatorEmails.0:NOT_A_FACILITATOR", nil},
		{"the organiser", scheduled, organiser, community.UpdateWorkshopInput{CoFacilitatorEmails: emails(organiser)},
			"BAD_USER_INPUT coFacilitatorEmails.0:DUPLICATE", nil},
		{"too many", scheduled, organiser, community.UpdateWorkshopInput{
			CoFacilitatorEmails: emails(w.people(community.MaxCoFacilitators+1, "facilitator", "white")...)},
			"BAD_USER_INPUT coFacilitatorEmails:TOO_MANY", nil},
		{"the most", scheduled, organiser, community.UpdateWorkshopInput{
			CoFacilitatorEmails: emails(w.people(community.MaxCoFacilitators, "facilitator", "white")...)}, "ok", nil},
		{"an unknown workshop", func() *ent.Workshop { return &ent.Workshop{ID: 1 << 30} }, organiser, community.UpdateWorkshopInput{}, "NOT_FOUND", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ws := tt.workshop()
			before, _ := w.c.Workshop.Get(w.ctx, ws.ID)
			updates := w.c.AuditEvent.Query().Where(auditevent.Action(community.EventWorkshopUpdated)).CountX(w.ctx)
			got, err := w.s.UpdateWorkshop(w.ctx, w.sp, w.as(tt.by), ws.ID, tt.in)
			if outcome(err) != tt.want {
				t.Fatalf("update: %s, want %s", outcome(err), tt.want)
			}
			if err != nil {
				if after, _ := w.c.Workshop.Get(w.ctx, ws.ID); before != nil && (!after.StartsAt.Equal(before.StartsAt) ||
					!same(after.Participants, before.Participants) || after.Capacity != before.Capacity || after.CoFacilitatorCount != before.CoFacilitatorCount) {
					t.Fatalf("a refused update changed the workshop: %+v", after)
				}
				return
			}
			if tt.in.City != nil && (got.City == nil || *got.City != *tt.in.City) || tt.in.Capacity != nil && got.Capacity != *tt.in.Capacity ||
				tt.in.StartsAt != nil && !got.StartsAt.Equal(*tt.in.StartsAt) || tt.in.Kind != nil && got.Kind != *tt.in.Kind {
				t.Fatalf("updated: %+v", got)
			}
			ids, count := w.coOf(ws)
			want := len(tt.co)
			if tt.in.CoFacilitatorEmails != nil {
				want = len(*tt.in.CoFacilitatorEmails) // the whole list
			}
			if len(ids) != want || count != want {
				t.Fatalf("co-facilitators %v (count %d), want %d", ids, count, want)
			}
			for _, a := range tt.co {
				if !containsInt(ids, a.ID) {
					t.Fatalf("co-facilitators %v, want %s among them", ids, a.Email)
				}
			}
			if n := w.c.AuditEvent.Query().Where(auditevent.Action(community.EventWorkshopUpdated)).CountX(w.ctx); n != updates+1 {
				t.Fatalf("%d workshop.updated events, want %d", n, updates+1)
			}
		})
	}
	// createWorkshop shares the rules: no more co-facilitators than the places.
	_, err := w.s.CreateWorkshop(w.ctx, w.sp, w.as(organiser), community.WorkshopInput{StartsAt: soon, Format: facilitation.Online,
		Language: locales.EN, Capacity: 5, Kind: workshop.KindPUBLIC, CoFacilitatorEmails: *emails(w.people(community.MaxCoFacilitators+1, "facilitator")...)})
	if outcome(err) != "BAD_USER_INPUT coFacilitatorEmails:TOO_MANY" {
		t.Fatalf("create with too many co-facilitators: %s", outcome(err))
	}
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// The last place: eight applications accepted at once for it, exactly one becomes a
// co-facilitator and the others are told the workshop is full; two decisions on one
// application at once, exactly one counts.
func TestLastPlaceAcceptedOnce(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	organiser := w.person("facilitator", "yellow")
	ws := w.opening(organiser, workshop.KindPUBLIC, w.Now.Add(48*time.Hour), w.people(community.MaxCoFacilitators-1, "facilitator", "white")...)
	var apps []*ent.WorkshopApplication
	for _, p := range w.people(8, "facilitator", "white") {
		apps = append(apps, w.apply(p, ws))
	}
	outcomes := make([]string, len(apps))
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i, a := range apps {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			_, _, err := w.s.Decide(w.ctx, w.sp, w.as(organiser), a.ID, true)
			outcomes[i] = outcome(err)
		}()
	}
	close(start)
	wg.Wait()
	ok, full := 0, 0
	for _, o := range outcomes {
		switch o {
		case "ok":
			ok++
		case "PRECONDITION_FAILED WORKSHOP_FULL":
			full++
		default:
			t.Fatalf("an accept answered %s", o)
		}
	}
	ids, count := w.coOf(ws)
	accepted := w.c.WorkshopApplication.Query().Where(workshopapplication.StatusEQ(workshopapplication.StatusACCEPTED)).CountX(w.ctx)
	if ok != 1 || full != 7 || len(ids) != community.MaxCoFacilitators || count != len(ids) || accepted != 1 {
		t.Fatalf("%d accepted, %d full; %d co-facilitators (count %d), %d applications ACCEPTED", ok, full, len(ids), count, accepted)
	}

	// Two tabs: accept and decline one application at once.
	other := w.opening(organiser, workshop.KindPUBLIC, w.Now.Add(48*time.Hour))
	a := w.apply(w.person("facilitator", "white"), other)
	var got [2]string
	start = make(chan struct{})
	for i, accept := range []bool{true, false} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			_, _, err := w.s.Decide(w.ctx, w.sp, w.as(organiser), a.ID, accept)
			got[i] = outcome(err)
		}()
	}
	close(start)
	wg.Wait()
	if n := strings.Count(got[0]+" "+got[1], "ok"); n != 1 || !strings.Contains(got[0]+got[1], "CONFLICT APPLICATION_CLOSED") {
		t.Fatalf("two decisions at once: %v", got)
	}
	final := w.c.WorkshopApplication.GetX(w.ctx, a.ID)
	co, _ := w.coOf(other)
	if (final.Status == workshopapplication.StatusACCEPTED) != (len(co) == 1) {
		t.Fatalf("the application is %s, co-facilitators %v", final.Status, co)
	}
}
