package community_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"guichet/community"
	"guichet/ent"
	"guichet/ent/localgroupmember"
	"guichet/ent/workshop"
	"guichet/facilitation"
	"guichet/locales"
	"guichet/rowcount"
)

func str(s string) *string { return &s }

// group makes a local group as staff would.
func (w *world) group(staff *ent.Account, in community.GroupInput) *community.LocalGroup {
	w.t.Helper()
	g, err := w.s.CreateGroup(w.ctx, w.sp, w.as(staff), locales.FR, in)
	if err != nil {
		w.t.Fatalf("a group: %s", outcome(err))
	}
	return g
}

// What staff may write: a name in one language at least, lengths bounded; only staff.
func TestGroupInputRules(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	staff, fac := w.person("staff"), w.person("facilitator", "white")
	long := strings.Repeat("a", community.MaxGroupName+1)
	for _, tt := range []struct {
		name string
		by   *ent.Account
		in   community.GroupInput
		want string
	}{
		{"no name", staff, community.GroupInput{City: str("Lyon")}, "BAD_USER_INPUT nameFr:GROUP_NAME_REQUIRED"},
		{"blank names", staff, community.GroupInput{NameFr: str("  "), NameEn: str("")}, "BAD_USER_INPUT nameFr:GROUP_NAME_REQUIRED"},
		{"French only", staff, community.GroupInput{NameFr: str("Lyon")}, "ok"},
		{"English only", staff, community.GroupInput{NameEn: str("Lyon")}, "ok"},
		{"name too long", staff, community.GroupInput{NameEn: str(long)}, "BAD_USER_INPUT nameEn:TOO_LONG"},
		{"a facilitator", fac, community.GroupInput{NameFr: str("Lyon")}, "FORBIDDEN"},
	} {
		_, err := w.s.CreateGroup(w.ctx, w.sp, w.as(tt.by), locales.FR, tt.in)
		if got := outcome(err); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
	g := w.group(staff, community.GroupInput{NameFr: str("Nantes")})
	// Emptying the only name is refused; replacing it by the other language's is fine.
	if _, err := w.s.UpdateGroup(w.ctx, w.sp, w.as(staff), locales.FR, g.ID, community.GroupInput{NameFr: str("")}); outcome(err) != "BAD_USER_INPUT nameFr:GROUP_NAME_REQUIRED" {
		t.Errorf("emptying the only name: %s", outcome(err))
	}
	got, err := w.s.UpdateGroup(w.ctx, w.sp, w.as(staff), locales.FR, g.ID, community.GroupInput{NameFr: str(""), NameEn: str("Nantes group")})
	if err != nil || got.Name != "Nantes group" {
		t.Errorf("switching languages: %+v %s", got, outcome(err))
	}
	if _, err := w.s.UpdateGroup(w.ctx, w.sp, w.as(fac), locales.FR, g.ID, community.GroupInput{NameFr: str("X")}); outcome(err) != "FORBIDDEN" {
		t.Errorf("a facilitator edits a group: %s", outcome(err))
	}
	if _, err := w.s.UpdateGroup(w.ctx, w.sp, w.as(staff), locales.FR, 999999, community.GroupInput{NameFr: str("X")}); outcome(err) != "NOT_FOUND GROUP_NOT_FOUND" {
		t.Errorf("editing no group: %s", outcome(err))
	}
}

// Names and descriptions follow the reader's language, with the other as fallback, field by field.
func TestGroupLanguageFallback(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	staff := w.person("staff")
	g := w.group(staff, community.GroupInput{NameFr: str("Groupe de Lille"), NameEn: str("Lille group"), DescriptionFr: str("Seulement en français")})
	for _, tt := range []struct {
		loc               locales.Locale
		name, description string
	}{
		{locales.FR, "Groupe de Lille", "Seulement en français"},
		{locales.EN, "Lille group", "Seulement en français"},
	} {
		got, err := w.s.LocalGroup(w.ctx, w.sp, w.as(staff), tt.loc, g.ID)
		if err != nil || got.Name != tt.name || got.Description != tt.description {
			t.Errorf("%s: %+v %v", tt.loc, got, err)
		}
	}
}

// Joining, leaving and coordinators: once per member (CONFLICT), leaving when not in is
// PRECONDITION_FAILED, coordinators are members, a coordinator who leaves stops being one;
// the counts follow, and each change is audited.
func TestGroupMembershipRules(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	staff, ana, ben := w.person("staff"), w.person("facilitator", "white"), w.person("facilitator", "orange")
	g := w.group(staff, community.GroupInput{NameFr: str("Rennes"), City: str("Rennes")})
	join := func(a *ent.Account) string {
		_, err := w.s.JoinGroup(w.ctx, w.sp, w.as(a), locales.FR, g.ID)
		return outcome(err)
	}
	leave := func(a *ent.Account) string {
		_, err := w.s.LeaveGroup(w.ctx, w.sp, w.as(a), locales.FR, g.ID)
		return outcome(err)
	}
	coordinate := func(by, a *ent.Account, yes bool) string {
		_, err := w.s.SetCoordinator(w.ctx, w.sp, w.as(by), locales.FR, g.ID, a.ID, yes)
		return outcome(err)
	}
	for i, tt := range []struct {
		step         string
		do           func() string
		want         string
		members      int
		coordinators int
	}{
		{"ana joins", func() string { return join(ana) }, "ok", 1, 0},
		{"ana joins again", func() string { return join(ana) }, "CONFLICT ALREADY_IN_GROUP", 1, 0},
		{"ben, not a member, named", func() string { return coordinate(staff, ben, true) }, "PRECONDITION_FAILED NOT_A_MEMBER", 1, 0},
		{"ben leaves a group he is not in", func() string { return leave(ben) }, "PRECONDITION_FAILED NOT_A_MEMBER", 1, 0},
		{"ben joins", func() string { return join(ben) }, "ok", 2, 0},
		{"a facilitator names a coordinator", func() string { return coordinate(ben, ben, true) }, "FORBIDDEN", 2, 0},
		{"staff name ana", func() string { return coordinate(staff, ana, true) }, "ok", 2, 1},
		{"staff name ben", func() string { return coordinate(staff, ben, true) }, "ok", 2, 2},
		{"staff take it back from ben", func() string { return coordinate(staff, ben, false) }, "ok", 2, 1},
		{"ana, coordinator, leaves", func() string { return leave(ana) }, "ok", 1, 0},
		{"ana joins again", func() string { return join(ana) }, "ok", 2, 0},
	} {
		if got := tt.do(); got != tt.want {
			t.Fatalf("%d %s: %s, want %s", i, tt.step, got, tt.want)
		}
		page, err := w.s.LocalGroup(w.ctx, w.sp, w.as(staff), locales.FR, g.ID)
		if err != nil {
			t.Fatal(err)
		}
		cs, err := w.s.GroupCoordinators(w.ctx, w.sp, page)
		if err != nil || page.MemberCount != tt.members || len(cs) != tt.coordinators {
			t.Fatalf("%d %s: %d members, %d coordinators (%v), want %d, %d", i, tt.step, page.MemberCount, len(cs), err, tt.members, tt.coordinators)
		}
	}
	page, err := w.s.LocalGroup(w.ctx, w.sp, w.as(ben), locales.FR, g.ID)
	if err != nil || page.MemberCount != 2 || !page.ViewerIsMember {
		t.Fatalf("the group after: %+v %v", page, err)
	}
	cs, err := w.s.GroupCoordinators(w.ctx, w.sp, page)
	if err != nil || len(cs) != 0 {
		t.Fatalf("ana came back as a coordinator: %+v %v", cs, err)
	}
	ms, err := w.s.GroupMembers(w.ctx, w.sp, page, 10)
	if err != nil || ms.TotalCount != 2 || len(ms.Edges) != 2 || ms.Edges[0].Node.ID != ben.ID ||
		ms.Edges[0].Node.Belt == nil || *ms.Edges[0].Node.Belt != facilitation.Orange {
		t.Fatalf("the members: %+v %v", ms, err)
	}
	for _, first := range []int{-1, community.MaxGroupMembersPage + 1} {
		if _, err := w.s.GroupMembers(w.ctx, w.sp, page, first); outcome(err) != "BAD_USER_INPUT" {
			t.Errorf("members(first: %d): %s", first, outcome(err))
		}
	}
	if n := w.audited(community.EventGroupJoined, ana.ID); n != 2 {
		t.Errorf("ana's joins audited %d times", n)
	}
	if n := w.audited(community.EventGroupLeft, ana.ID); n != 1 {
		t.Errorf("ana's leaving audited %d times", n)
	}
	// The kept count equals the rows.
	rows := w.c.LocalGroupMember.Query().Where(localgroupmember.GroupID(g.ID)).CountX(w.ctx)
	kept, err := rowcount.Sum(w.ctx, w.c, w.sp.ID, rowcount.LocalGroupMembers, []int{g.ID}, rowcount.Every)
	if err != nil || kept != rows {
		t.Fatalf("kept count %d, rows %d (%v)", kept, rows, err)
	}
}

// The list: by city, in pages with a cursor, a bounded page, the total kept by the database.
func TestLocalGroupsPaging(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	staff, fac := w.person("staff"), w.person("facilitator", "white")
	for _, city := range []string{"Nantes", "Brest", "Lyon", "Brest"} {
		w.group(staff, community.GroupInput{NameFr: str("Groupe " + city), City: str(city)})
	}
	var cities []string
	var after *ent.Cursor
	for range 3 {
		page, err := w.s.LocalGroups(w.ctx, w.sp, w.as(fac), locales.FR, 2, after)
		if err != nil {
			t.Fatal(err)
		}
		if page.TotalCount != 4 {
			t.Fatalf("totalCount %d", page.TotalCount)
		}
		for _, e := range page.Edges {
			cities = append(cities, e.Node.City)
		}
		if !page.PageInfo.HasNextPage {
			break
		}
		after = page.PageInfo.EndCursor
	}
	if got := len(cities); got != 4 || cities[0] != "Brest" || cities[1] != "Brest" || cities[2] != "Lyon" || cities[3] != "Nantes" {
		t.Fatalf("cities in order: %v", cities)
	}
	for _, first := range []int{-1, community.MaxGroupsPage + 1} {
		if _, err := w.s.LocalGroups(w.ctx, w.sp, w.as(fac), locales.FR, first, nil); outcome(err) != "BAD_USER_INPUT" {
			t.Errorf("localGroups(first: %d): %s", first, outcome(err))
		}
	}
}

// A group's page shows the upcoming PUBLIC scheduled workshops of its city, whatever the
// case of the city's name, soonest first.
func TestGroupUpcomingWorkshops(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	staff, org := w.person("staff"), w.person("facilitator", "white")
	g := w.group(staff, community.GroupInput{NameFr: str("Toulouse"), City: str("Toulouse")})
	mk := func(city string, kind workshop.Kind, in time.Duration) int {
		ws, err := w.s.CreateWorkshop(w.ctx, w.sp, w.as(org), community.WorkshopInput{StartsAt: w.Now.Add(in), Format: facilitation.InPerson,
			Language: locales.FR, City: &city, Capacity: 10, Kind: kind})
		if err != nil {
			t.Fatal(outcome(err))
		}
		return ws.ID
	}
	later := mk("Toulouse", workshop.KindPUBLIC, 72*time.Hour)
	sooner := mk("toulouse", workshop.KindPUBLIC, 24*time.Hour)
	mk("Toulouse", workshop.KindPRIVATE, 30*time.Hour)
	mk("Toulouse", workshop.KindPROFESSIONAL, 30*time.Hour)
	mk("Albi", workshop.KindPUBLIC, 30*time.Hour)
	mk("Toulouse", workshop.KindPUBLIC, -24*time.Hour) // past
	cancelled := mk("Toulouse", workshop.KindPUBLIC, 48*time.Hour)
	if _, err := w.s.CancelWorkshop(w.ctx, w.sp, w.as(org), cancelled); err != nil {
		t.Fatal(outcome(err))
	}
	conn, err := w.s.GroupWorkshops(w.ctx, w.sp, g, 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, e := range conn.Edges {
		got = append(got, e.Node.ID)
	}
	if len(got) != 2 || got[0] != sooner || got[1] != later {
		t.Fatalf("upcoming workshops %v, want [%d %d]", got, sooner, later)
	}
}

// Two joins of one group by one account at once, on a real SQLite file: one membership, the
// other CONFLICT.
func TestConcurrentJoinsMakeOneMembership(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	staff, ana := w.person("staff"), w.person("facilitator", "white")
	g := w.group(staff, community.GroupInput{NameFr: str("Dijon")})
	v := w.as(ana)
	var wg sync.WaitGroup
	results := make([]string, 2)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := w.s.JoinGroup(w.ctx, w.sp, v, locales.FR, g.ID)
			results[i] = outcome(err)
		}()
	}
	wg.Wait()
	oks, conflicts := 0, 0
	for _, r := range results {
		switch r {
		case "ok":
			oks++
		case "CONFLICT ALREADY_IN_GROUP":
			conflicts++
		}
	}
	if oks != 1 || conflicts != 1 {
		t.Fatalf("two joins at once: %v", results)
	}
	if n := w.c.LocalGroupMember.Query().Where(localgroupmember.GroupID(g.ID)).CountX(w.ctx); n != 1 {
		t.Fatalf("%d memberships", n)
	}
}
