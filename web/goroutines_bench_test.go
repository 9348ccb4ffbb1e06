package web_test

import (
	"fmt"
	"runtime/metrics"
	"syscall"
	"testing"
	"time"

	"guichet/apitest"
)

// goroutinesCreated is the process's count of goroutines started so far.
func goroutinesCreated() uint64 {
	s := []metrics.Sample{{Name: "/sched/goroutines-created:goroutines"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// cpuTime is the CPU time the process has used so far, user and system.
func cpuTime(b *testing.B) time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		b.Fatal(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// BenchmarkGoroutinesPerRequest: how many goroutines one request starts and how much CPU time it
// takes, the server's and the client's (keep-alive) together, on the local group page (two lists:
// 50 members, 10 workshops), guides(first: 20) and the community's indicators. On a loaded
// machine CPU time varies less than ns/op.
func BenchmarkGoroutinesPerRequest(b *testing.B) {
	env := apitest.New(b)
	generateCommunity(b, env, 10_000, 30_000)
	groups := generateGroups(b, env, 500)
	_, h := founder(b, env, "bench@example.org", "facilitator", "white")
	for _, p := range []struct {
		name string
		req  apitest.Request
	}{
		{"group", apitest.Request{Space: fac, Header: h, Query: operation(b, "community.graphql", "LocalGroup"),
			Variables: map[string]any{"id": fmt.Sprint(groups[0])}}},
		{"guides20", apitest.Request{Space: "certification", Query: apitest.Contract(b, "help.graphql"), OperationName: "Guides",
			Variables: map[string]any{"first": 20}}},
		{"indicators", apitest.Request{Space: fac, Header: h,
			Query: `{ communityIndicators { facilitators byBelt { belt count } workshopsReported participantsReached } }`}},
	} {
		env.Do(b, p.req).MustOK(b)
		b.Run(p.name, func(b *testing.B) {
			g0, cpu0 := goroutinesCreated(), cpuTime(b)
			for b.Loop() {
				env.Do(b, p.req)
			}
			b.ReportMetric(float64(goroutinesCreated()-g0)/float64(b.N), "goroutines/op")
			b.ReportMetric(float64(cpuTime(b)-cpu0)/float64(b.N), "cpu-ns/op")
		})
	}
}
