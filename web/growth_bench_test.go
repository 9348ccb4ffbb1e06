package web_test

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"guichet/account"
	"guichet/apitest"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/guide"
	"guichet/ent/privacy"
	"guichet/ent/space"
	"guichet/locales"
	"guichet/store/storetest"
)

// growthEnv is a server whose certification space holds accounts (active and pending) and
// guides in bulk, and a staff member signed in to it.
type growthEnv struct {
	env    *apitest.Env
	staff  http.Header
	middle string // the cursor of the guide in the middle of the list
}

func newGrowthEnv(b *testing.B, accounts, guides int) *growthEnv {
	env := apitest.New(b)
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	sp := env.DB.Client.Space.Query().Where(space.Slug("certification")).OnlyX(ctx)
	// No ANALYZE after growing: the statistics are those the connections took when they
	// opened on the small database, as in production between two refreshes.
	storetest.GrowAccounts(b, env.DB, sp.ID, sp.Slug, "member", string(entaccount.StatusACTIVE), "depositor", accounts)
	storetest.GrowAccounts(b, env.DB, sp.ID, sp.Slug, "waiting", string(entaccount.StatusPENDING_APPROVAL), "depositor", accounts)
	storetest.GrowGuides(b, env.DB, sp.ID, "grown", guides, 3000)
	// the grown guides in one category of their own, so that the help center shows its first page
	grown := env.DB.Client.Category.Create().SetSpaceID(sp.ID).SetKey("grown").SaveX(ctx)
	env.DB.Client.CategoryTranslation.Create().SetCategoryID(grown.ID).SetSpaceID(sp.ID).SetLocale(locales.FR).
		SetSlug("grown").SetTitle("Grown").SaveX(ctx)
	if _, err := env.DB.SQL.ExecContext(ctx, env.DB.Rebind(`UPDATE guides SET category_id = ? WHERE key LIKE 'grown-%'`), grown.ID); err != nil {
		b.Fatal(err)
	}
	storetest.GrowAuditEvents(b, env.DB, sp.ID, accounts)
	email := "growth-staff@example.org"
	if _, err := env.Accounts.Create(ctx, sp, account.CreateInput{Email: email, Password: goodPassword,
		FirstName: "Sam", LastName: "Staff", Roles: []string{"staff"}}); err != nil {
		b.Fatal(err)
	}
	token := login(b, env, "certification", email, goodPassword).MustOK(b).Str("login.token")
	mid := env.DB.Client.Guide.Query().Where(guide.Key(fmt.Sprintf("grown-%d", guides/2+1))).OnlyX(ctx)
	var c strings.Builder
	ent.Cursor{ID: mid.ID, Value: mid.Position}.MarshalGQL(&c)
	return &growthEnv{env: env, staff: bearer(token), middle: strings.Trim(c.String(), `"`)}
}

type growthOp struct {
	name, query string
	vars        func(g *growthEnv) map[string]any
	staff       bool
}

var growthOps = []growthOp{
	{name: "me", query: `{ me { id email roles } }`, staff: true},
	{name: "guides20", query: `{ guides(first: 20) { edges { cursor node { id slug title summary } } pageInfo { hasNextPage endCursor } } }`},
	{name: "guides20-middle", query: `query($after: String) { guides(first: 20, after: $after) { edges { cursor node { id slug title summary } } pageInfo { hasNextPage endCursor } } }`,
		vars: func(g *growthEnv) map[string]any { return map[string]any{"after": g.middle} }},
	{name: "guides-totalCount", query: `{ guides(first: 20) { totalCount } }`},
	{name: "helpCenter", query: `{ categories { id slug locale title description guides(first: 20) { totalCount edges { cursor node { id slug title summary } } pageInfo { hasNextPage endCursor } } } }`},
	{name: "pendingAccounts20", query: `{ pendingAccounts(first: 20) { edges { node { id email createdAt } } pageInfo { hasNextPage endCursor } } }`, staff: true},
	{name: "pendingAccounts-totalCount", query: `{ pendingAccounts(first: 20) { totalCount } }`, staff: true},
	{name: "auditLog20", query: `{ auditLog(first: 20) { edges { node { id action createdAt } } pageInfo { hasNextPage endCursor } } }`, staff: true},
	{name: "auditLog-totalCount", query: `{ auditLog(first: 20) { totalCount } }`, staff: true},
	{name: "auditLog-action20", query: `{ auditLog(first: 20, action: "login.failed") { edges { node { id action createdAt } } pageInfo { hasNextPage endCursor } } }`, staff: true},
	{name: "auditLog-action-totalCount", query: `{ auditLog(first: 20, action: "login.failed") { totalCount } }`, staff: true},
	{name: "auditLog-rare20", query: `{ auditLog(first: 20, action: "role.granted") { edges { node { id action createdAt } } pageInfo { hasNextPage endCursor } } }`, staff: true},
	{name: "auditLog-rare-totalCount", query: `{ auditLog(first: 20, action: "role.granted") { totalCount } }`, staff: true},
}

func (g *growthEnv) do(b *testing.B, op growthOp) {
	r := apitest.Request{Space: "certification", Query: op.query}
	if op.vars != nil {
		r.Variables = op.vars(g)
	}
	if op.staff {
		r.Header = g.staff
	}
	g.env.Do(b, r).MustOK(b)
}

// median is the median time of n requests.
func (g *growthEnv) median(b *testing.B, op growthOp, n int) time.Duration {
	times := make([]time.Duration, n)
	for i := range times {
		start := time.Now()
		g.do(b, op)
		times[i] = time.Since(start)
	}
	slices.Sort(times)
	return times[n/2]
}

// BenchmarkGrowth grows the data 100-fold and reports how much each request's cost grows
// (x-growth: the median at the large size over the median at the small one, measured in one
// run over real HTTP on SQLite files), asserting nothing. Accounts (active and pending) and
// audit events: 1,000 → 100,000 each (GUICHET_GROWTH_ACCOUNTS sets the large size); guides:
// 100 → 10,000 (GUICHET_GROWTH_GUIDES). ns/op is the large size's. make bench-growth runs it.
func BenchmarkGrowth(b *testing.B) {
	largeAccounts, largeGuides := envInt(b, "GUICHET_GROWTH_ACCOUNTS", 100000), envInt(b, "GUICHET_GROWTH_GUIDES", 10000)
	small := newGrowthEnv(b, largeAccounts/100, largeGuides/100)
	large := newGrowthEnv(b, largeAccounts, largeGuides)
	for _, op := range growthOps {
		b.Run(op.name, func(b *testing.B) {
			for _, g := range []*growthEnv{small, large} {
				g.median(b, op, 5) // warm up
			}
			s, l := small.median(b, op, 51), large.median(b, op, 51)
			for b.Loop() {
				large.do(b, op)
			}
			b.ReportMetric(float64(l)/float64(s), "x-growth")
			b.ReportMetric(float64(s.Microseconds())/1000, "ms-small")
			b.ReportMetric(float64(l.Microseconds())/1000, "ms-large")
		})
	}
}

func envInt(b *testing.B, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 100 {
		b.Fatalf("%s=%q: a number of 100 or more", name, v)
	}
	return n
}
