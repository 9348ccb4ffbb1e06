// Package background runs the server's periodic passes (the mail outbox, webhook deliveries,
// scheduled publishing): a pass every interval, or at once when woken.
package background

import (
	"context"
	"sync"
	"time"
)

// Loop runs passes. The zero value is ready to use; Wake may be called before Run.
type Loop struct {
	once sync.Once
	wake chan struct{}
}

func (l *Loop) wakeChan() chan struct{} {
	l.once.Do(func() { l.wake = make(chan struct{}, 1) })
	return l.wake
}

// Wake makes Run start its next pass now (e.g. after a transaction that queued work commits).
// It never blocks.
func (l *Loop) Wake() {
	select {
	case l.wakeChan() <- struct{}{}:
	default:
	}
}

// Run calls pass at once, then every interval or whenever Wake is called, until ctx is done;
// a pass's error goes to failed (unless ctx ended).
func (l *Loop) Run(ctx context.Context, interval time.Duration, pass func(context.Context) error, failed func(error)) {
	wake := l.wakeChan()
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-timer.C:
		case <-wake:
			timer.Stop()
		}
		if err := pass(ctx); err != nil && ctx.Err() == nil {
			failed(err)
		}
		timer.Reset(interval)
	}
}
