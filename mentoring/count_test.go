package mentoring

import (
	"context"
	"fmt"
	"regexp"
	"testing"

	entaccount "guichet/ent/account"
	"guichet/ent/privacy"
	"guichet/ent/program"
	"guichet/locales"
	"guichet/password"
	"guichet/store/storetest"
)

// The programs a viewer sees are counted from the database's counts of whole organisations
// (or of the space) and the programs they manage one by one, whatever the number of programs
// and the planner's statistics: the count equals the list's, and no statement reads every
// program.
func TestCountProgramsReadsNoEveryProgram(t *testing.T) {
	db := storetest.Open(t, t.TempDir())
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	sp := db.Client.Space.Create().SetSlug("mentoring").SetNameFr("M").SetNameEn("M").
		SetDefaultLocale(locales.FR).SetPasswordPolicy(password.Policy{MinLength: 12}).SaveX(ctx)
	storetest.GrowAccounts(t, db, sp.ID, sp.Slug, "admin", string(entaccount.StatusACTIVE), "org-admin", 1)
	by := db.Client.Account.Query().Where(entaccount.EmailKey("admin-1@example.org")).OnlyX(ctx).ID
	var orgs [3]int
	for i := range orgs {
		orgs[i] = db.Client.Organization.Create().SetSpaceID(sp.ID).SetName(fmt.Sprint("O", i)).SetCreatedBy(by).SaveX(ctx).ID
	}
	grow := func(n int) {
		if _, err := db.SQL.ExecContext(ctx, fmt.Sprintf(`WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < %d)
			INSERT INTO programs (space_id, organization_id, title_fr, title_en, response_level, contact_email, contact_name,
				status, rejection_reason, created_by, created_at)
			SELECT %d, CASE x %% 3 WHEN 0 THEN %d WHEN 1 THEN %d ELSE %d END, 'P', '', 1, 'p@example.org', '', 'PENDING', '', %d,
				CURRENT_TIMESTAMP FROM n`, n, sp.ID, orgs[0], orgs[1], orgs[2], by)); err != nil {
			t.Fatal(err)
		}
	}
	grow(9)
	if _, err := db.SQL.ExecContext(ctx, "ANALYZE"); err != nil {
		t.Fatal(err)
	}
	grow(3000)
	mine := db.Client.Program.Query().Where(program.OrganizationID(orgs[2])).Limit(2).IDsX(ctx) // named admin of these
	client, rec := storetest.Recording(db)
	s := &Service{Client: client}
	bad := regexp.MustCompile(`\bSCAN programs\b|Seq Scan`)
	for _, c := range []struct {
		name  string
		vis   visible
		orgID *int
	}{
		{"staff", visible{all: true}, nil},
		{"staff, one organisation", visible{all: true}, &orgs[1]},
		{"an organisation's admin", visible{orgs: orgs[:1]}, nil},
		{"an organisation's admin, in it", visible{orgs: orgs[:1]}, &orgs[0]},
		{"an organisation's admin, in another", visible{orgs: orgs[:1]}, &orgs[1]},
		{"an organisation's and programs' admin", visible{orgs: orgs[:1], programs: mine}, nil},
		{"programs' admin, in their organisation", visible{programs: mine}, &orgs[2]},
		{"a program's admin that is also its organisation's", visible{orgs: orgs[2:], programs: mine}, nil},
		{"nobody", visible{}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := s.countPrograms(ctx, sp, c.vis, c.orgID)
			if err != nil {
				t.Fatal(err)
			}
			q := db.Client.Program.Query().Where(program.SpaceID(sp.ID))
			if c.orgID != nil {
				q.Where(program.OrganizationID(*c.orgID))
			}
			if !c.vis.all {
				q.Where(program.Or(program.OrganizationIDIn(append(c.vis.orgs, 0)...), program.IDIn(append(c.vis.programs, 0)...)))
			}
			if want := q.CountX(ctx); got != want {
				t.Fatalf("%d programs counted, the list has %d", got, want)
			}
			for _, st := range rec.Take() {
				if p := storetest.Plan(t, db, st); bad.MatchString(p) {
					t.Errorf("%s\nis planned as\n%s", st.Query, p)
				}
			}
		})
	}
}
