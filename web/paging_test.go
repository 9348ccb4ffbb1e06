package web_test

import (
	"context"
	"testing"
	"time"

	"guichet/account"
	"guichet/apitest"
	"guichet/ent/privacy"
	"guichet/ent/space"
	"guichet/store/storetest"
	"guichet/web"
)

// A page of a list costs no COUNT unless the client asks for totalCount: hasNextPage comes
// from fetching one item more than the page, whether edges are asked for or not.
func TestPagesCountOnlyWhenTotalCountIsAsked(t *testing.T) {
	env := apitest.New(t)
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	sp := env.DB.Client.Space.Query().Where(space.Slug("certification")).OnlyX(ctx)
	storetest.GrowGuides(t, env.DB, sp.ID, "grown", 50, 100)

	send := func(query string, vars map[string]any) (*apitest.Response, int64) {
		before := env.DB.Queries.Load()
		r := env.Do(t, apitest.Request{Space: "certification", Query: query, Variables: vars}).MustOK(t)
		return r, env.DB.Queries.Load() - before
	}
	all, _ := send(`{ guides(first: 100) { edges { node { id } } } }`, nil)
	total := all.Len("guides.edges") // what an anonymous reader may read: 50 and the shipped ones
	if total < 50 || total >= 100 {
		t.Fatalf("%d guides", total)
	}
	const page = `query($after: String) { guides(first: 20, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`
	first, base := send(page, nil)
	if !first.Get("guides.pageInfo.hasNextPage").(bool) || first.Len("guides.edges") != 20 {
		t.Fatalf("first page: %s", first.Body)
	}

	tests := []struct {
		name     string
		query    string
		after    bool // from the first page's end
		extra    int64
		hasNext  bool
		count    bool
		lastPage bool
	}{
		{name: "edges and pageInfo", query: page, extra: 0, hasNext: true},
		{name: "pageInfo alone", query: `{ guides(first: 20) { pageInfo { hasNextPage } } }`, extra: 0, hasNext: true},
		{name: "with totalCount", query: `{ guides(first: 20) { totalCount edges { node { id } } pageInfo { hasNextPage } } }`, extra: 1, hasNext: true, count: true},
		{name: "from a cursor", query: page, after: true, extra: 0, hasNext: true},
		{name: "the last page", query: `{ guides(first: 100) { edges { node { id } } pageInfo { hasNextPage } } }`, extra: 0, hasNext: false, lastPage: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var vars map[string]any
			if tc.after {
				vars = map[string]any{"after": first.Str("guides.pageInfo.endCursor")}
			}
			r, n := send(tc.query, vars)
			if n != base+tc.extra {
				t.Errorf("%d statements, want %d", n, base+tc.extra)
			}
			if got := r.Get("guides.pageInfo.hasNextPage"); got != tc.hasNext {
				t.Errorf("hasNextPage %v, want %v: %s", got, tc.hasNext, r.Body)
			}
			if tc.count && r.Int("guides.totalCount") != total {
				t.Errorf("totalCount %d, want %d", r.Int("guides.totalCount"), total)
			}
			if tc.lastPage && r.Len("guides.edges") != total {
				t.Errorf("%d guides on the last page, want %d", r.Len("guides.edges"), total)
			}
		})
	}
}

// The other lists follow the same rule: pageInfo costs no COUNT, totalCount costs one.
func TestOtherListsCountOnlyWhenTotalCountIsAsked(t *testing.T) {
	env := apitest.New(t)
	statements := func(query string) int64 {
		before := env.DB.Queries.Load()
		env.Do(t, apitest.Request{Space: "facilitators", Query: query}).MustOK(t)
		return env.DB.Queries.Load() - before
	}
	edges := statements(`{ trainings(first: 5) { edges { node { id } } } }`)
	if n := statements(`{ trainings(first: 5) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`); n != edges {
		t.Errorf("trainings with pageInfo: %d statements, edges alone %d", n, edges)
	}
	if n := statements(`{ trainings(first: 5) { totalCount edges { node { id } } } }`); n != edges+1 {
		t.Errorf("trainings with totalCount: %d statements, want %d", n, edges+1)
	}
}

// totalCount is counted once per content change and kind of reader: a count is linear in the
// list, so it is kept (as the read cache keeps answers) until content changes.
func TestTotalCountKeptUntilContentChanges(t *testing.T) {
	env := apitest.NewWith(t, web.Options{CacheTTL: time.Minute, CacheEntries: 100})
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	sp := env.DB.Client.Space.Query().Where(space.Slug("certification")).OnlyX(ctx)
	// Each request is a different document, so that the read cache answers none of them.
	send := func(first int) (total int, statements int64) {
		before := env.DB.Queries.Load()
		r := env.Do(t, apitest.Request{Space: "certification",
			Query:     `query($n: Int) { guides(first: $n) { totalCount edges { node { id } } } }`,
			Variables: map[string]any{"n": first}}).MustOK(t)
		return r.Int("guides.totalCount"), env.DB.Queries.Load() - before
	}
	total, counted := send(1)
	again, kept := send(2)
	if again != total || kept != counted-1 {
		t.Fatalf("second request: totalCount %d (first %d), %d statements (first %d, want one fewer)", again, total, kept, counted)
	}
	storetest.GrowGuides(t, env.DB, sp.ID, "more", 3, 10)
	env.App.ContentChanged()
	after, recounted := send(3)
	if after != total+3 || recounted != counted {
		t.Fatalf("after a change: totalCount %d, want %d; %d statements, want %d", after, total+3, recounted, counted)
	}
	// Another kind of reader has counts of its own: a trainer reads the TRAINER guides too.
	fac := env.DB.Client.Space.Query().Where(space.Slug("facilitators")).OnlyX(ctx)
	if _, err := env.Accounts.Create(ctx, fac, account.CreateInput{Email: "formatrice@example.org", Password: goodPassword,
		FirstName: "Tess", LastName: "Trainer", Roles: []string{"trainer"}}); err != nil {
		t.Fatal(err)
	}
	trainer := bearer(login(t, env, "facilitators", "formatrice@example.org", goodPassword).MustOK(t).Str("login.token"))
	const all = `{ guides(first: 100) { totalCount edges { node { id } } } }`
	anonymous := env.Do(t, apitest.Request{Space: "facilitators", Query: all}).MustOK(t)
	signedIn := env.Do(t, apitest.Request{Space: "facilitators", Query: all, Header: trainer}).MustOK(t)
	for _, r := range []*apitest.Response{anonymous, signedIn} {
		if r.Int("guides.totalCount") != r.Len("guides.edges") {
			t.Errorf("totalCount %d for %d guides", r.Int("guides.totalCount"), r.Len("guides.edges"))
		}
	}
	if signedIn.Int("guides.totalCount") <= anonymous.Int("guides.totalCount") {
		t.Errorf("a trainer counts %d guides, an anonymous reader %d", signedIn.Int("guides.totalCount"), anonymous.Int("guides.totalCount"))
	}
}
