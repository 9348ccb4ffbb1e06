package community_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/beltrequest"
	"guichet/ent/cooptation"
	"guichet/facilitation"
)

// Only the belts reached by co-optation are asked for, the one after the facilitator's own,
// once.
func TestWhoMayRequestABelt(t *testing.T) {
	w := newWorld(t, facilitation.Rules{GreenCoOptations: 3, BlueCoOptations: 4})
	for _, tt := range []struct {
		name     string
		roles    []string
		want     string
		belt     string // asked for
		required int
	}{
		{"a participant", []string{"participant"}, "PRECONDITION_FAILED NOT_BY_CO_OPTATION", "", 0},
		{"a facilitator without a belt", []string{"facilitator"}, "PRECONDITION_FAILED NOT_BY_CO_OPTATION", "", 0},
		{"WHITE: YELLOW comes from workshops", []string{"facilitator", "white"}, "PRECONDITION_FAILED NOT_BY_CO_OPTATION", "", 0},
		{"YELLOW: ORANGE comes from workshops", []string{"facilitator", "yellow"}, "PRECONDITION_FAILED NOT_BY_CO_OPTATION", "", 0},
		{"ORANGE asks for GREEN", []string{"facilitator", "orange"}, "ok", "GREEN", 3},
		{"GREEN asks for BLUE", []string{"facilitator", "green"}, "ok", "BLUE", 4},
		{"BLUE: nothing after it", []string{"facilitator", "blue"}, "PRECONDITION_FAILED NOT_BY_CO_OPTATION", "", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := w.person(tt.roles...)
			r, err := w.s.RequestBelt(w.ctx, w.sp, w.as(a))
			if got := outcome(err); got != tt.want {
				t.Fatalf("RequestBelt: %s, want %s", got, tt.want)
			}
			if err != nil {
				return
			}
			if r.Belt != tt.belt || r.Required != tt.required || r.Status != beltrequest.StatusOPEN || r.CandidateID != a.ID {
				t.Fatalf("request: %+v, want %s needing %d", r, tt.belt, tt.required)
			}
			_, err = w.s.RequestBelt(w.ctx, w.sp, w.as(a))
			if ae, _ := apperr.As(err); outcome(err) != "CONFLICT BELT_ALREADY_REQUESTED" || ae.ID != strconv.Itoa(r.ID) {
				t.Fatalf("a second request: %s (%v), want a CONFLICT naming request %d", outcome(err), err, r.ID)
			}
		})
	}
}

// Who may co-opt for a belt is the policy's belt-level permission: holders of that belt or a
// higher one. Nobody co-opts themselves or twice.
func TestWhoMayCoOpt(t *testing.T) {
	// Enough co-optations needed that no request is granted during the table.
	w := newWorld(t, facilitation.Rules{GreenCoOptations: 50, BlueCoOptations: 50})
	orange, green := w.person("facilitator", "orange"), w.person("facilitator", "green")
	forGreen, err := w.s.RequestBelt(w.ctx, w.sp, w.as(orange))
	if err != nil {
		t.Fatal(err)
	}
	forBlue, err := w.s.RequestBelt(w.ctx, w.sp, w.as(green))
	if err != nil {
		t.Fatal(err)
	}
	const tooLow = "FORBIDDEN BELT_TOO_LOW"
	for _, tt := range []struct {
		name           string
		roles          []string
		green, blue    string // co-opting for the GREEN request, then for the BLUE one
		coopterBelt    string // recorded with the co-optation
		coOptsTwiceErr string
	}{
		{"a participant", []string{"participant"}, tooLow, tooLow, "", ""},
		{"a facilitator without a belt", []string{"facilitator"}, tooLow, tooLow, "", ""},
		{"a trainer", []string{"trainer"}, tooLow, tooLow, "", ""},
		{"staff", []string{"staff"}, tooLow, tooLow, "", ""},
		{"WHITE", []string{"facilitator", "white"}, tooLow, tooLow, "", ""},
		{"YELLOW", []string{"facilitator", "yellow"}, tooLow, tooLow, "", ""},
		{"ORANGE", []string{"facilitator", "orange"}, tooLow, tooLow, "", ""},
		{"GREEN co-opts for GREEN", []string{"facilitator", "green"}, "ok", tooLow, "GREEN", "CONFLICT ALREADY_CO_OPTED"},
		{"BLUE co-opts for both", []string{"facilitator", "blue"}, "ok", "ok", "BLUE", "CONFLICT ALREADY_CO_OPTED"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := w.person(tt.roles...)
			for _, c := range []struct {
				req  *ent.BeltRequest
				want string
			}{{forGreen, tt.green}, {forBlue, tt.blue}} {
				before := w.c.BeltRequest.GetX(w.ctx, c.req.ID).CoOptationCount
				r, err := w.s.CoOpt(w.ctx, w.sp, w.as(a), c.req.ID, "  Solide.  ")
				if got := outcome(err); got != c.want {
					t.Fatalf("co-opting for %s: %s, want %s", c.req.Belt, got, c.want)
				}
				if err != nil {
					if after := w.c.BeltRequest.GetX(w.ctx, c.req.ID).CoOptationCount; after != before {
						t.Fatalf("a refused co-optation counted: %d → %d", before, after)
					}
					continue
				}
				if r.CoOptationCount != before+1 || r.Status != beltrequest.StatusOPEN {
					t.Fatalf("after co-opting: %+v", r)
				}
				co := w.c.CoOptation.Query().Where(cooptation.RequestID(c.req.ID), cooptation.CoopterID(a.ID)).OnlyX(w.ctx)
				if co.CoopterBelt != tt.coopterBelt || co.Comment != "Solide." {
					t.Fatalf("the co-optation: %+v", co)
				}
				_, err = w.s.CoOpt(w.ctx, w.sp, w.as(a), c.req.ID, "")
				if got := outcome(err); got != tt.coOptsTwiceErr {
					t.Fatalf("co-opting twice: %s, want %s", got, tt.coOptsTwiceErr)
				}
				if after := w.c.BeltRequest.GetX(w.ctx, c.req.ID).CoOptationCount; after != before+1 {
					t.Fatalf("a second co-optation by the same person counted: %d", after)
				}
			}
		})
	}
	t.Run("nobody co-opts themselves", func(t *testing.T) {
		// green holds the belt that co-opts for GREEN, and asked for BLUE: self comes first.
		if _, err := w.s.CoOpt(w.ctx, w.sp, w.as(green), forBlue.ID, ""); outcome(err) != "FORBIDDEN SELF_CO_OPTATION" {
			t.Fatalf("co-opting oneself: %s", outcome(err))
		}
	})
	t.Run("a comment is bounded", func(t *testing.T) {
		blue := w.person("facilitator", "blue")
		long := strings.Repeat("é", 2001)
		if _, err := w.s.CoOpt(w.ctx, w.sp, w.as(blue), forGreen.ID, long); outcome(err) != "BAD_USER_INPUT comment:TOO_LONG" {
			t.Fatalf("a long comment: %s", outcome(err))
		}
		if _, err := w.s.CoOpt(w.ctx, w.sp, w.as(blue), forGreen.ID, long[:2000*len("é")]); err != nil {
			t.Fatalf("2000 characters: %s", outcome(err))
		}
	})
	t.Run("an unknown request", func(t *testing.T) {
		if _, err := w.s.CoOpt(w.ctx, w.sp, w.as(green), forBlue.ID+1000, ""); outcome(err) != "NOT_FOUND" {
			t.Fatalf("an unknown request: %s", outcome(err))
		}
	})
}

// The co-optation that completes the count the request asked for raises the candidate's belt,
// once; the count is the space's when the request was made.
func TestCoOptationsRaiseTheBelt(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	for _, tt := range []struct {
		name          string
		candidate, by string // belts
		required      int    // the space's rule when the request is made
		changedTo     int    // the rule afterwards (0: unchanged)
		want          string // the belt reached
	}{
		{name: "one co-optation for GREEN", candidate: "orange", by: "green", required: 1, want: "GREEN"},
		{name: "two for GREEN", candidate: "orange", by: "blue", required: 2, want: "GREEN"},
		{name: "three for BLUE", candidate: "green", by: "blue", required: 3, want: "BLUE"},
		{name: "the count asked for holds when the rule changes", candidate: "orange", by: "green", required: 2, changedTo: 5, want: "GREEN"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rules := facilitation.Rules{GreenCoOptations: tt.required, BlueCoOptations: tt.required}
			w.setRules(rules)
			candidate := w.person("facilitator", tt.candidate)
			req, err := w.s.RequestBelt(w.ctx, w.sp, w.as(candidate))
			if err != nil {
				t.Fatal(err)
			}
			if tt.changedTo != 0 {
				w.setRules(facilitation.Rules{GreenCoOptations: tt.changedTo, BlueCoOptations: tt.changedTo})
			}
			from := strings.ToUpper(tt.candidate)
			for i := range tt.required {
				if got := w.belt(candidate); got != from {
					t.Fatalf("after %d co-optations of %d: %s", i, tt.required, got)
				}
				r, err := w.s.CoOpt(w.ctx, w.sp, w.as(w.person("facilitator", tt.by)), req.ID, "")
				if err != nil {
					t.Fatalf("co-optation %d: %s", i+1, outcome(err))
				}
				last := i == tt.required-1
				if r.CoOptationCount != i+1 || (r.Status == beltrequest.StatusGRANTED) != last || (r.GrantedAt != nil) != last {
					t.Fatalf("after co-optation %d of %d: %+v", i+1, tt.required, r)
				}
			}
			if got := w.belt(candidate); got != tt.want {
				t.Fatalf("the belt: %s, want %s", got, tt.want)
			}
			// A facilitator holds one belt; the policy's hierarchy gives the ones below.
			want := []string{"facilitator", strings.ToLower(tt.want)}
			slices.Sort(want)
			if rs := w.roles(candidate); !slices.Equal(rs, want) {
				t.Fatalf("roles after the rise: %v", rs)
			}
			if n := w.audited("belt.raised", candidate.ID); n != 1 {
				t.Fatalf("belt.raised %d times", n)
			}
			if n := w.mails(candidate, "belt_raised"); n != 1 {
				t.Fatalf("%d belt_raised e-mails", n)
			}
			_, err = w.s.CoOpt(w.ctx, w.sp, w.as(w.person("facilitator", "blue")), req.ID, "")
			if got := outcome(err); got != "PRECONDITION_FAILED ALREADY_GRANTED" {
				t.Fatalf("co-opting a granted request: %s", got)
			}
		})
	}
}

// The requests offered to a facilitator are those they may co-opt: open, for their belt or a
// lower one, not their own, not already co-opted by them.
func TestRequestsOfferedToCoOpt(t *testing.T) {
	w := newWorld(t, facilitation.Rules{GreenCoOptations: 2, BlueCoOptations: 2})
	orange, green, blue := w.person("facilitator", "orange"), w.person("facilitator", "green"), w.person("facilitator", "blue")
	granted := w.person("facilitator", "orange")
	forGreen, _ := w.s.RequestBelt(w.ctx, w.sp, w.as(orange))
	forBlue, _ := w.s.RequestBelt(w.ctx, w.sp, w.as(green))
	done, _ := w.s.RequestBelt(w.ctx, w.sp, w.as(granted))
	coOpted := w.person("facilitator", "blue")
	for _, by := range []*ent.Account{blue, coOpted} {
		if _, err := w.s.CoOpt(w.ctx, w.sp, w.as(by), done.ID, ""); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := w.s.CoOpt(w.ctx, w.sp, w.as(coOpted), forGreen.ID, ""); err != nil {
		t.Fatal(err)
	}
	w.Now = w.Now.Add(time.Minute)
	for _, tt := range []struct {
		name string
		who  *ent.Account
		want []int
	}{
		{"a participant", w.person("participant"), nil},
		{"WHITE", w.person("facilitator", "white"), nil},
		{"ORANGE: not their own, nothing below", orange, nil},
		{"GREEN: GREEN requests, not their own", green, []int{forGreen.ID}},
		{"BLUE: GREEN and BLUE requests, the granted one gone", blue, []int{forGreen.ID, forBlue.ID}},
		{"BLUE, who co-opted the GREEN request already", coOpted, []int{forBlue.ID}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			conn, err := w.s.Requests(w.ctx, w.sp, w.as(tt.who), nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, e := range conn.Edges {
				got = append(got, e.Node.ID)
			}
			if !slices.Equal(got, tt.want) || conn.TotalCount != len(tt.want) {
				t.Fatalf("offered %v (total %d), want %v", got, conn.TotalCount, tt.want)
			}
		})
	}
}

// Belts in order: an account holding several belt roles (imported data) has the highest; the
// journey names the next belt and what it takes.
func TestBeltOrderAndJourney(t *testing.T) {
	w := newWorld(t, facilitation.Rules{YellowWorkshops: 2, OrangeWorkshops: 5, GreenCoOptations: 3, BlueCoOptations: 4})
	for _, tt := range []struct {
		name        string
		roles       []string
		belt, next  string
		requirement string
		target      int
	}{
		{"a participant", []string{"participant"}, "", "WHITE", "TRAINING", 1},
		{"WHITE", []string{"facilitator", "white"}, "WHITE", "YELLOW", "WORKSHOPS", 2},
		{"YELLOW", []string{"facilitator", "yellow"}, "YELLOW", "ORANGE", "WORKSHOPS", 5},
		{"ORANGE", []string{"facilitator", "orange"}, "ORANGE", "GREEN", "CO_OPTATIONS", 3},
		{"GREEN", []string{"facilitator", "green"}, "GREEN", "BLUE", "CO_OPTATIONS", 4},
		{"BLUE: the last", []string{"facilitator", "blue"}, "BLUE", "", "", 0},
		{"two belt roles: the highest", []string{"facilitator", "yellow", "white", "orange"}, "ORANGE", "GREEN", "CO_OPTATIONS", 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := w.person(tt.roles...)
			j, err := w.s.JourneyOf(w.ctx, w.sp, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			if deref(j.Belt) != tt.belt || deref(j.NextBelt) != tt.next || w.belt(a) != tt.belt {
				t.Fatalf("belt %q next %q, want %q then %q", deref(j.Belt), deref(j.NextBelt), tt.belt, tt.next)
			}
			switch {
			case tt.requirement == "" && len(j.Requirements) != 0:
				t.Fatalf("requirements after the last belt: %+v", j.Requirements[0])
			case tt.requirement != "" && (len(j.Requirements) != 1 || j.Requirements[0].Code != tt.requirement || j.Requirements[0].Target != tt.target):
				t.Fatalf("requirements: %+v, want %s %d", j.Requirements, tt.requirement, tt.target)
			}
		})
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
