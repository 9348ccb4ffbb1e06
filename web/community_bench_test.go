package web_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"guichet/apitest"
	"guichet/ent"
	"guichet/ent/space"
	"guichet/ent/workshop"
	"guichet/facilitation"
	"guichet/locales"
)

// A generated community of 10,000 facilitators (belts spread over the five) and 30,000
// reported workshops, each run by two of them.
func generateCommunity(b *testing.B, env *apitest.Env, facilitators, workshops int) {
	b.Helper()
	ctx := context.Background()
	c := env.DB.Client
	sp := c.Space.Query().Where(space.Slug(fac)).OnlyX(ctx)
	ids := make([]int, 0, facilitators)
	const batch = 500
	for start := 0; start < facilitators; start += batch {
		n := min(batch, facilitators-start)
		accounts := make([]*ent.AccountCreate, n)
		for i := range n {
			k := start + i
			accounts[i] = c.Account.Create().SetSpaceID(sp.ID).SetEmail(fmt.Sprintf("f%d@example.org", k)).
				SetEmailKey(fmt.Sprintf("f%d@example.org", k)).SetFirstName("F").SetLastName(fmt.Sprint(k)).
				SetLocale(locales.FR).SetStatus("ACTIVE")
		}
		made := c.Account.CreateBulk(accounts...).SaveX(ctx)
		roles := make([]*ent.AccountRoleCreate, 0, 2*n)
		for i, a := range made {
			ids = append(ids, a.ID)
			belt := facilitation.Belts[(start+i)%len(facilitation.Belts)]
			roles = append(roles, c.AccountRole.Create().SetAccountID(a.ID).SetRole("facilitator").SetDomain(fac),
				c.AccountRole.Create().SetAccountID(a.ID).SetRole(lower(belt)).SetDomain(fac))
		}
		c.AccountRole.CreateBulk(roles...).ExecX(ctx)
	}
	at := time.Date(2025, 1, 1, 10, 0, 0, 0, time.UTC)
	for start := 0; start < workshops; start += batch {
		n := min(batch, workshops-start)
		ws := make([]*ent.WorkshopCreate, n)
		for i := range n {
			ws[i] = c.Workshop.Create().SetSpaceID(sp.ID).SetOrganizerID(ids[(start+i)%len(ids)]).SetStartsAt(at).
				SetFormat(facilitation.Online).SetLanguage(locales.FR).SetCapacity(20).SetKind(workshop.KindPUBLIC).
				SetStatus(workshop.StatusREPORTED).SetParticipants(10)
		}
		made := c.Workshop.CreateBulk(ws...).SaveX(ctx)
		fs := make([]*ent.WorkshopFacilitatorCreate, 0, 2*n)
		for i, w := range made {
			k := start + i
			fs = append(fs, c.WorkshopFacilitator.Create().SetWorkshopID(w.ID).SetAccountID(ids[k%len(ids)]).SetOrganizer(true),
				c.WorkshopFacilitator.Create().SetWorkshopID(w.ID).SetAccountID(ids[(k+1)%len(ids)]))
		}
		c.WorkshopFacilitator.CreateBulk(fs...).ExecX(ctx)
	}
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// The community's figures over 10,000 facilitators, through HTTP: what the community
// section asks for, computed by the database.
func BenchmarkCommunityIndicators(b *testing.B) {
	env := apitest.New(b)
	generateCommunity(b, env, 10_000, 30_000)
	_, h := founder(b, env, "bench@example.org", "facilitator", "white")
	q := apitest.Request{Space: fac, Query: `{ communityIndicators { facilitators byBelt { belt count } workshopsReported participantsReached } }`, Header: h}
	if r := env.Do(b, q).MustOK(b); r.Int("communityIndicators.facilitators") != 10_001 || r.Int("communityIndicators.workshopsReported") != 30_000 {
		b.Fatalf("indicators: %s", r.Body)
	}
	b.ResetTimer()
	for b.Loop() {
		env.Do(b, q)
	}
}

// A facilitator's journey in that community (belt, counts, requirements).
func BenchmarkJourney(b *testing.B) {
	env := apitest.New(b)
	generateCommunity(b, env, 10_000, 30_000)
	_, h := founder(b, env, "bench@example.org", "facilitator", "orange")
	q := apitest.Request{Space: fac, Query: `{ me { belt journey { workshopsRun participantsReached requirements { code progress target } } } }`, Header: h}
	env.Do(b, q).MustOK(b)
	b.ResetTimer()
	for b.Loop() {
		env.Do(b, q)
	}
}
