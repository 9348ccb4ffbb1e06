package web_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"guichet/apitest"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/space"
	"guichet/ent/workshop"
	"guichet/facilitation"
	"guichet/locales"
	"guichet/store/storetest"
)

// groupPageStatements bounds the statements of the contract's LocalGroup page, signed in: the
// session with its roles, then the group with its member count and the viewer's membership,
// its coordinators, a page of members with their belts, the city's workshops.
const groupPageStatements = 5

// The local group's page reads in as many statements with 3 members as with 60 (a full page of
// 50 and more), at most groupPageStatements: no statement per member, no count of them.
func TestLocalGroupPageStatements(t *testing.T) {
	env := apitest.New(t)
	_, h := founder(t, env, "reader@example.org", "facilitator", "white")
	ctx := context.Background()
	c := env.DB.Client
	sp := c.Space.Query().Where(space.Slug(fac)).OnlyX(ctx)
	now := env.Clock.Now()
	g := c.LocalGroup.Create().SetSpaceID(sp.ID).SetNameFr("Groupe lyonnais").SetCity("Lyon").SetCreatedAt(now).SaveX(ctx)
	var before int64 = -1
	members := 0
	for round, size := range []int{3, 60} {
		tag := fmt.Sprintf("grp%d", round)
		storetest.GrowAccounts(t, env.DB, sp.ID, fac, tag, string(entaccount.StatusACTIVE), "facilitator", size)
		ids := c.Account.Query().Where(entaccount.EmailHasPrefix(tag + "-")).Order(ent.Asc(entaccount.FieldID)).IDsX(ctx)
		for k, id := range ids {
			c.LocalGroupMember.Create().SetGroupID(g.ID).SetAccountID(id).SetCoordinator(k < 2).
				SetJoinedAt(now.Add(time.Duration(members+k) * time.Minute)).ExecX(ctx)
			if k%2 == 0 {
				if err := grantDirect(ctx, env, id, facilitation.Role(facilitation.Belts[k%len(facilitation.Belts)]), fac); err != nil {
					t.Fatal(err)
				}
			}
			c.Workshop.Create().SetSpaceID(sp.ID).SetOrganizerID(id).SetStartsAt(now.Add(time.Duration(members+k+1) * time.Hour)).
				SetFormat(facilitation.InPerson).SetLanguage(locales.FR).SetCity("Lyon").SetCapacity(20).SetKind(workshop.KindPUBLIC).ExecX(ctx)
		}
		members += size
		n0 := env.DB.Queries.Load()
		r := op(t, env, "LocalGroup", map[string]any{"id": fmt.Sprint(g.ID)}, h).MustOK(t)
		n := env.DB.Queries.Load() - n0
		if r.Int("localGroup.members.totalCount") != members || r.Len("localGroup.members.edges") != min(members, 50) ||
			r.Len("localGroup.coordinators") != 2*(round+1) || r.Len("localGroup.upcomingWorkshops.edges") != min(members, 10) {
			t.Fatalf("the group's page with %d members: %.400s", members, r.Body)
		}
		if n > groupPageStatements || (before >= 0 && n != before) {
			t.Errorf("the group's page with %d members: %d statements (%d with fewer; at most %d)", members, n, before, groupPageStatements)
		}
		before = n
	}
}
