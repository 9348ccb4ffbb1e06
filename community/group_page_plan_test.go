package community

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"guichet/ent"
	"guichet/ent/workshop"
	"guichet/facilitation"
	"guichet/locales"
	"guichet/store/storetest"
)

// A group's members, whatever columns the page asks for, are read from one covering index
// (local_group_member_page) in their order, with no join into accounts and no sort, with the
// planner's statistics or without them; its coordinators likewise from theirs
// (local_group_coordinator_page), not by stepping over every member in the members' index.
func TestGroupMembersReadOneCoveringIndex(t *testing.T) {
	db, ctx, sp := grownSpace(t, 2000)
	group := db.Client.LocalGroup.Create().SetSpaceID(sp.ID).SetNameFr("G").SaveX(ctx).ID
	other := db.Client.LocalGroup.Create().SetSpaceID(sp.ID).SetNameFr("H").SaveX(ctx).ID
	for _, q := range []string{
		`UPDATE accounts SET first_name = 'Ana', last_name = 'M' || id`,
		`INSERT INTO account_roles (created_at, account_id, role, domain) SELECT CURRENT_TIMESTAMP, id, 'green', 'facilitators' FROM accounts WHERE id % 7 = 0`,
		db.Rebind(`INSERT INTO local_group_members (group_id, account_id, coordinator, joined_at)
			SELECT CASE WHEN id % 4 = 0 THEN CAST(? AS BIGINT) ELSE CAST(? AS BIGINT) END, id, id % 500 = 0, CURRENT_TIMESTAMP FROM accounts`),
	} {
		args := []any{}
		if strings.Contains(q, "local_group_members") {
			args = []any{group, other}
		}
		if _, err := db.SQL.ExecContext(ctx, q, args...); err != nil {
			t.Fatal(err)
		}
	}
	var named int
	if err := db.SQL.QueryRowContext(ctx, db.Rebind(`SELECT COUNT(*) FROM local_group_members WHERE group_id = ? AND coordinator`),
		group).Scan(&named); err != nil || named == 0 {
		t.Fatalf("%d coordinators (%v)", named, err)
	}
	client, rec := storetest.Recording(db)
	s := &Service{Client: client}
	members, coordinators := regexp.MustCompile(`COVERING INDEX local_group_member_page\b`),
		regexp.MustCompile(`COVERING INDEX local_group_coordinator_page\b`)
	bad := regexp.MustCompile(`\bSCAN\b|TEMP B-TREE|\baccounts\b`)
	if storetest.Postgres() {
		// PostgreSQL's choice of index is its own (a sort of the few rows it expects of a table
		// not yet analyzed): only no scan of every membership and no account read are required.
		members, coordinators = regexp.MustCompile(``), regexp.MustCompile(``)
		bad = regexp.MustCompile(`Seq Scan|accounts`)
	}
	for _, stats := range []string{"without statistics", "with statistics"} {
		if stats == "with statistics" {
			if _, err := db.SQL.ExecContext(ctx, "ANALYZE"); err != nil {
				t.Fatal(err)
			}
		}
		for cols := range everyMemberColumn + 1 {
			for _, c := range []struct {
				coordinators bool
				want         int
				plan         *regexp.Regexp
			}{{false, 51, members}, {true, named, coordinators}} {
				ms, err := s.readMembers(ctx, sp, group, c.coordinators, cols, 51)
				if err != nil || len(ms) != c.want || !strings.HasPrefix(ms[0].DisplayName, "Ana M") {
					t.Fatalf("%s, columns %b, coordinators %v: %d members (%v)", stats, cols, c.coordinators, len(ms), err)
				}
				for _, st := range rec.Take() {
					if p := storetest.Plan(t, db, st); !c.plan.MatchString(p) || bad.MatchString(p) {
						t.Errorf("%s: %s\nis planned as\n%s", stats, st.Query, p)
					}
				}
			}
		}
	}
}

// A group's upcoming workshops, whatever columns the page asks for, are the public scheduled
// ones of its city still to come, soonest first, read in an index's order with no sort; the
// columns the page asks for (the city) from workshop_group_page alone, without their rows; with
// the planner's statistics or without them.
func TestGroupWorkshopsReadTheirIndex(t *testing.T) {
	db, ctx, sp := grownSpace(t, 50)
	organizer := db.Client.Account.Query().FirstIDX(ctx)
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	var ws []*ent.WorkshopCreate
	for i := range 4000 {
		kind, status := workshop.KindPUBLIC, workshop.StatusSCHEDULED
		switch i % 5 {
		case 1:
			kind = workshop.KindPRIVATE
		case 2:
			status = workshop.StatusCANCELLED
		}
		city := fmt.Sprintf("Ville %d", i%40)
		if i%7 == 0 {
			city = strings.ToUpper(city) // compared without case
		}
		ws = append(ws, db.Client.Workshop.Create().SetSpaceID(sp.ID).SetOrganizerID(organizer).
			SetStartsAt(now.Add(time.Duration(i-1000)*time.Hour)).SetFormat(facilitation.InPerson).SetLanguage(locales.FR).
			SetCity(city).SetCapacity(20).SetKind(kind).SetStatus(status))
		if len(ws) == 500 {
			db.Client.Workshop.CreateBulk(ws...).ExecX(ctx)
			ws = ws[:0]
		}
	}
	want := db.Client.Workshop.Query().Where(workshop.SpaceID(sp.ID), cityIs("ville 3"), workshop.StartsAtGT(now),
		workshop.StatusEQ(workshop.StatusSCHEDULED), workshop.KindEQ(workshop.KindPUBLIC)).
		Order(workshop.ByStartsAt(), workshop.ByID()).Limit(11).IDsX(ctx)
	if len(want) != 11 {
		t.Fatalf("%d workshops to find", len(want))
	}
	client, rec := storetest.Recording(db)
	s := &Service{Client: client}
	// Asked for a column the index does not hold, SQLite reads the rows either way, and may
	// take the index of every workshop by city and start: in order too.
	covering, read := regexp.MustCompile(`COVERING INDEX workshop_group_page\b`),
		regexp.MustCompile(`INDEX workshop_(group_page|space_id_lower_city_starts_at)\b`)
	bad := regexp.MustCompile(`\bSCAN\b|TEMP B-TREE`)
	if storetest.Postgres() {
		covering, read = regexp.MustCompile(`workshop_group_page`), regexp.MustCompile(`workshop_group_page`)
		bad = regexp.MustCompile(`Seq Scan|Sort`)
	}
	for _, stats := range []string{"without statistics", "with statistics"} {
		if stats == "with statistics" {
			if _, err := db.SQL.ExecContext(ctx, "ANALYZE"); err != nil {
				t.Fatal(err)
			}
		}
		for cols := range workshopColumns(1 << len(workshopFields)) {
			got, err := s.readGroupWorkshops(asking(ctx, cols), sp, "ville 3", now, 11)
			if err != nil {
				t.Fatal(err)
			}
			ids := make([]int, len(got))
			for i, w := range got {
				ids[i] = w.ID
			}
			if fmt.Sprint(ids) != fmt.Sprint(want) {
				t.Errorf("%s, columns %b: %v, want %v", stats, cols, ids, want)
			}
			plan := read
			if cols&^workshopCity == 0 {
				plan = covering // the city is the index's last column
			}
			for _, st := range rec.Take() {
				if p := storetest.Plan(t, db, st); !plan.MatchString(p) || bad.MatchString(p) {
					t.Errorf("%s, columns %b: %s\nis planned as\n%s", stats, cols, st.Query, p)
				}
			}
		}
	}
}

// asking is ctx inside a field that asks for the workshop fields of cols (and their IDs).
func asking(ctx context.Context, cols workshopColumns) context.Context {
	sel := ast.SelectionSet{&ast.Field{Name: "id", Alias: "id"}}
	for _, f := range workshopFields {
		if cols&f.bit != 0 {
			sel = append(sel, &ast.Field{Name: f.field, Alias: f.field})
		}
	}
	field := &ast.Field{Name: "upcomingWorkshops", Alias: "upcomingWorkshops", SelectionSet: sel}
	return graphql.WithFieldContext(ctx, &graphql.FieldContext{Field: graphql.CollectedField{Field: field, Selections: sel}})
}
