package account

import (
	"context"
	"slices"
	"sync"
	"time"
)

// The two branches of an operation whose answer must not tell which one it took.
const (
	branchKnown   = 0 // the address has an account
	branchUnknown = 1 // it has none
)

// paceSamples is how many recent durations of each branch are kept.
const paceSamples = 64

// pace evens out the answer times of an operation's two branches (an address that has an
// account, one that has none): both do the same hashing, but not the same rows, so each
// branch's recent durations are kept and the faster branch waits, before answering, for the
// difference of the two medians. The wait holds no lock, connection or core.
type pace struct {
	mu   sync.Mutex
	took [2][]time.Duration
	next [2]int
	// late are how much later than asked the recent timers fired (up to a millisecond where
	// the runtime's poller counts in milliseconds): a wait asks for that much less, and a
	// difference below it is not waited for.
	late     []time.Duration
	nextLate int
}

// record keeps how long a branch took and returns how much longer it must wait.
func (p *pace) record(branch int, took time.Duration) time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.took[branch]) < paceSamples {
		p.took[branch] = append(p.took[branch], took)
	} else {
		p.took[branch][p.next[branch]] = took
		p.next[branch] = (p.next[branch] + 1) % paceSamples
	}
	other := 1 - branch
	if len(p.took[other]) == 0 {
		return 0
	}
	return max(0, median(p.took[other])-median(p.took[branch]))
}

// done is called when a branch that started at start has finished its work: it waits the
// difference, or until ctx ends.
func (p *pace) done(ctx context.Context, branch int, start time.Time) {
	wait := p.record(branch, time.Since(start))
	if wait <= 0 {
		return
	}
	p.mu.Lock()
	ask := wait
	if len(p.late) > 0 {
		ask -= median(p.late)
	}
	p.mu.Unlock()
	if ask <= 0 {
		return
	}
	asked := time.Now()
	t := time.NewTimer(ask)
	defer t.Stop()
	select {
	case <-t.C:
		late := time.Since(asked) - ask
		p.mu.Lock()
		if len(p.late) < paceSamples {
			p.late = append(p.late, late)
		} else {
			p.late[p.nextLate] = late
			p.nextLate = (p.nextLate + 1) % paceSamples
		}
		p.mu.Unlock()
	case <-ctx.Done():
	}
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}
