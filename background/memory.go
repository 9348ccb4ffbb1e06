package background

import (
	"context"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// IdleMemoryInterval is how often ReturnMemoryWhenIdle looks whether the process is idle.
const IdleMemoryInterval = 10 * time.Second

// ReturnMemoryWhenIdle gives back to the system the heap a burst of requests left free, once
// the burst is over: every interval, when no garbage collection ran since the last look (no
// request allocated anything worth collecting) but some ran before, it collects and returns
// every free page at once (debug.FreeOSMemory). Go's own scavenger would return them over
// minutes; under load it does nothing, so throughput is unchanged. It runs until ctx is done.
func ReturnMemoryWhenIdle(ctx context.Context, interval time.Duration) {
	var r idleReturner
	r.look()
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			r.look()
		}
	}
}

// idleReturner remembers the collections counted at the last look and whether the memory
// freed since the last activity was given back.
type idleReturner struct {
	cycles   uint64
	returned bool
	started  bool
}

// look returns the free memory when no collection ran since the previous look and some ran
// before it (the process went idle), and reports whether it did.
func (r *idleReturner) look() bool {
	now := gcCycles()
	if !r.started || now != r.cycles {
		// Activity since the last look (or the first look, after the start's own work): wait
		// for a quiet interval.
		r.started, r.cycles, r.returned = true, now, false
		return false
	}
	if r.returned {
		return false
	}
	debug.FreeOSMemory()
	r.cycles, r.returned = gcCycles(), true
	return true
}

func gcCycles() uint64 {
	s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}
