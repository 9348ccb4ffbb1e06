package background

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestLoopRunsAtOnceAndWhenWoken(t *testing.T) {
	var l Loop
	passes := make(chan struct{}, 10)
	failures := make(chan error, 10)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		l.Run(ctx, time.Hour, func(context.Context) error {
			passes <- struct{}{}
			return errors.New("boom")
		}, func(err error) { failures <- err })
		close(done)
	}()
	<-passes // at once
	<-failures
	l.Wake()
	<-passes // woken, long before the hour
	<-failures
	cancel()
	<-done
}

func TestWakeNeverBlocks(t *testing.T) {
	var l Loop
	for range 100 {
		l.Wake() // nobody runs: the wake-up is kept once, the rest dropped
	}
}
