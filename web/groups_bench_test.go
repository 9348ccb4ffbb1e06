package web_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"guichet/apitest"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/space"
	"guichet/ent/workshop"
	"guichet/facilitation"
	"guichet/locales"
)

// generateGroups adds local groups to a generated community: the first holds every fifth
// facilitator, the others share the rest; each of 100 cities has 50 scheduled workshops to
// come (half of them PUBLIC). It returns the groups' IDs.
func generateGroups(b *testing.B, env *apitest.Env, groups int) []int {
	b.Helper()
	ctx := context.Background()
	c := env.DB.Client
	sp := c.Space.Query().Where(space.Slug(fac)).OnlyX(ctx)
	accounts := c.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.EmailHasPrefix("f")).
		Order(ent.Asc(entaccount.FieldID)).IDsX(ctx)
	now := env.Clock.Now()
	const batch = 500
	var ids []int
	for start := 0; start < groups; start += batch {
		gs := make([]*ent.LocalGroupCreate, 0, batch)
		for g := start; g < min(start+batch, groups); g++ {
			gs = append(gs, c.LocalGroup.Create().SetSpaceID(sp.ID).SetNameFr(fmt.Sprintf("Groupe %d", g)).
				SetNameEn(fmt.Sprintf("Group %d", g)).SetCity(fmt.Sprintf("Ville %d", g%100)).SetCreatedAt(now))
		}
		for _, g := range c.LocalGroup.CreateBulk(gs...).SaveX(ctx) {
			ids = append(ids, g.ID)
		}
	}
	members := make([]*ent.LocalGroupMemberCreate, 0, batch)
	for k, a := range accounts {
		g := ids[0]
		if k%5 != 0 {
			g = ids[1+k%(len(ids)-1)]
		}
		members = append(members, c.LocalGroupMember.Create().SetGroupID(g).SetAccountID(a).SetCoordinator(k < 10).
			SetJoinedAt(now.Add(-time.Duration(k)*time.Minute)))
		if len(members) == batch || k == len(accounts)-1 {
			c.LocalGroupMember.CreateBulk(members...).ExecX(ctx)
			members = members[:0]
		}
	}
	ws := make([]*ent.WorkshopCreate, 0, batch)
	for city := range 100 {
		for j := range 50 {
			kind := workshop.KindPUBLIC
			if j%2 == 1 {
				kind = workshop.KindPRIVATE
			}
			ws = append(ws, c.Workshop.Create().SetSpaceID(sp.ID).SetOrganizerID(accounts[(city*50+j)%len(accounts)]).
				SetStartsAt(now.Add(time.Duration(j+1)*time.Hour)).SetFormat(facilitation.InPerson).SetLanguage(locales.FR).
				SetCity(fmt.Sprintf("Ville %d", city)).SetCapacity(20).SetKind(kind))
			if len(ws) == batch {
				c.Workshop.CreateBulk(ws...).ExecX(ctx)
				ws = ws[:0]
			}
		}
	}
	return ids
}

// operation is one operation of a contract file, alone, as a client sends it.
func operation(b *testing.B, file, name string) string {
	doc := apitest.Contract(b, file)
	start := strings.Index(doc, "query "+name+"(")
	if start < 0 {
		b.Fatalf("no query %s in %s", name, file)
	}
	end := strings.Index(doc[start:], "\n}\n")
	return doc[start : start+end+2]
}
