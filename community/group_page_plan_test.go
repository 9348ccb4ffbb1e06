package community

import (
	"regexp"
	"strings"
	"testing"

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
