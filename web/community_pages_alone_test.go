package web_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"testing"

	"guichet/apitest"
)

// BenchmarkCommunityPageAlone is BenchmarkCommunityPages' requests one at a time, each its own
// sub-benchmark over the same data, so that a profile (-cpuprofile, -memprofile) shows one page:
// -bench 'CommunityPageAlone/group'. BenchmarkCommunityPages gives the ratios.
func BenchmarkCommunityPageAlone(b *testing.B) {
	env := apitest.New(b)
	generateCommunity(b, env, 10_000, 30_000)
	groups := generateGroups(b, env, 500)
	if _, err := env.DB.SQL.ExecContext(context.Background(), `UPDATE accounts SET directory_listed = true,
		directory_city = 'Ville ' || (CAST(last_name AS INTEGER) % 20), directory_city_key = ' ville ' || (CAST(last_name AS INTEGER) % 20)
		WHERE email_key LIKE 'f%@example.org'`); err != nil {
		b.Fatal(err)
	}
	_, h := founder(b, env, "bench@example.org", "facilitator", "white")
	search := operation(b, "community.graphql", "FacilitatorDirectorySearch")
	for _, p := range []struct {
		name string
		req  apitest.Request
	}{
		{"indicators", apitest.Request{Space: fac, Header: h,
			Query: `{ communityIndicators { facilitators byBelt { belt count } workshopsReported participantsReached } }`}},
		{"directory-by-name", apitest.Request{Space: fac, Header: h, Query: search, Variables: map[string]any{"search": "123", "first": 20}}},
		{"directory-by-city", apitest.Request{Space: fac, Header: h, Query: search, Variables: map[string]any{"city": "ville 3", "first": 20}}},
		{"directory-by-belt", apitest.Request{Space: fac, Header: h, Query: search, Variables: map[string]any{"belt": "GREEN", "first": 20}}},
		{"directory-by-all", apitest.Request{Space: fac, Header: h, Query: search,
			Variables: map[string]any{"search": "f 1", "city": "ville 3", "belt": "GREEN", "first": 20}}},
		{"group", apitest.Request{Space: fac, Header: h, Query: operation(b, "community.graphql", "LocalGroup"),
			Variables: map[string]any{"id": fmt.Sprint(groups[0])}}},
	} {
		env.Do(b, p.req).MustOK(b)
		b.Run(p.name, func(b *testing.B) {
			stop := profile(b, p.name)
			for b.Loop() {
				env.Do(b, p.req)
			}
			stop()
		})
	}
}

// profile writes, when PROFILE_DIR is set, the CPU profile of what runs until stop, and the
// allocations before and after (pprof -diff_base NAME.allocs.0 NAME.allocs): the benchmark's
// own profile flags would include building the community.
func profile(b *testing.B, name string) (stop func()) {
	dir := os.Getenv("PROFILE_DIR")
	if dir == "" {
		return func() {}
	}
	allocs := func(suffix string) {
		runtime.GC()
		f, err := os.Create(filepath.Join(dir, name+".allocs"+suffix))
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
			b.Fatal(err)
		}
	}
	allocs(".0")
	f, err := os.Create(filepath.Join(dir, name+".cpu"))
	if err != nil {
		b.Fatal(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		b.Fatal(err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
		allocs("")
	}
}
