package account

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"guichet/ent"
	"guichet/ent/privacy"
	"guichet/locales"
	"guichet/password"
	"guichet/policy"
	"guichet/viewer"
)

// benchSpace holds 10,000 accounts and 1,000 entities, each with a manager and nine
// depositors: a realistic certification space.
func benchSpace(b *testing.B) (*Service, *ent.Space, []int) {
	b.Helper()
	db, err := openBenchDB(b)
	if err != nil {
		b.Fatal(err)
	}
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	sp := db.Space.Create().SetSlug("certification").SetNameFr("R").SetNameEn("R").
		SetDefaultLocale(locales.FR).SetPasswordPolicy(password.Policy{MinLength: 12}).SaveX(ctx)
	const accounts, perEntity = 10000, 10
	ids := make([]int, 0, accounts)
	for start := 0; start < accounts; start += 500 {
		bulk := make([]*ent.AccountCreate, 500)
		for i := range bulk {
			e := fmt.Sprintf("a%d@example.org", start+i)
			bulk[i] = db.Account.Create().SetSpaceID(sp.ID).SetEmail(e).SetEmailKey(e).SetLocale(locales.FR)
		}
		for _, a := range db.Account.CreateBulk(bulk...).SaveX(ctx) {
			ids = append(ids, a.ID)
		}
	}
	for start := 0; start < accounts; start += 500 {
		bulk := make([]*ent.AccountRoleCreate, 0, 500)
		for i := start; i < start+500; i++ {
			r := "depositor"
			if i%perEntity == 0 {
				r = "entity-manager"
			}
			bulk = append(bulk, db.AccountRole.Create().SetAccountID(ids[i]).SetRole(r).
				SetDomain(policy.Scope("certification", fmt.Sprintf("entity:%d", i/perEntity+1))))
		}
		db.AccountRole.CreateBulk(bulk...).ExecX(ctx)
	}
	return &Service{Client: db}, sp, ids
}

// BenchmarkDecisions measures authorization decisions: the enforcer alone, and whole
// object-level decisions (the viewer's roles in the entity read from the database, then the
// enforcer), each with and without the decision cache. decisions/s is 1e9 / ns/op.
func BenchmarkDecisions(b *testing.B) {
	s, sp, ids := benchSpace(b)
	ctx := context.Background()
	for _, cached := range []bool{true, false} {
		name := "cache"
		load := policy.New
		if !cached {
			name, load = "nocache", policy.NewUncached
		}
		p, err := load()
		if err != nil {
			b.Fatal(err)
		}
		s.Policy = p
		roles := []string{"depositor", "entity-manager", "staff", "participant", "green"}
		b.Run("enforcer/"+name, func(b *testing.B) {
			r := rand.New(rand.NewPCG(1, 2))
			for range b.N {
				dom := fmt.Sprintf("certification/entity:%d", r.IntN(1000)+1)
				if _, err := p.Allowed([]string{roles[r.IntN(len(roles))]}, dom, "entity", "manage"); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "decisions/s")
		})
		b.Run("object/"+name, func(b *testing.B) {
			r := rand.New(rand.NewPCG(3, 4))
			allowed := 0
			for range b.N {
				id := ids[r.IntN(len(ids))]
				v := &viewer.Viewer{SpaceID: sp.ID, AccountID: id}
				ok, err := s.Allowed(ctx, v, sp, policy.Permission{Object: "entity", Action: "manage"}, fmt.Sprintf("entity:%d", r.IntN(1000)+1))
				if err != nil {
					b.Fatal(err)
				}
				if ok {
					allowed++
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "decisions/s")
		})
	}
}
