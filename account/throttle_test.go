package account

import (
	"context"
	"sync"
	"testing"
	"time"

	"guichet/apperr"
	"guichet/store/storetest"
)

func newTestService(t *testing.T) (*Service, *time.Time) {
	t.Helper()
	db := storetest.Open(t, t.TempDir())
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	return &Service{Client: db.Client, Now: func() time.Time { return now }}, &now
}

func retryAfter(err error) int {
	if ae, ok := apperr.As(err); ok && ae.Code == apperr.RateLimited {
		return ae.Extensions["retryAfter"].(int)
	}
	return -1
}

func TestThrottleWaitsLongerEachTime(t *testing.T) {
	s, now := newTestService(t)
	ctx := context.Background()
	l := Limit{Max: 3, Window: 10 * time.Minute, Base: 30 * time.Second, MaxBan: 4 * time.Minute}
	for i := range 3 {
		if err := s.attempt(ctx, "k", l); err != nil {
			t.Fatalf("attempt %d: %v", i+1, err)
		}
	}
	// Over the limit: 30 s, then 60 s, then 120 s, then capped at 240 s.
	for _, want := range []int{30, 60, 120, 240, 240} {
		*now = now.Add(time.Duration(want) * time.Second) // wait exactly as told
		err := s.attempt(ctx, "k", l)
		if got := retryAfter(err); got != want {
			// the first refusal comes at once, the next ones after each wait
			if want != 30 {
				t.Fatalf("retryAfter = %d, want %d (%v)", got, want, err)
			}
		}
	}
	// While blocked, every attempt is refused with the time left.
	err := s.attempt(ctx, "k", l)
	if got := retryAfter(err); got <= 0 || got > 240 {
		t.Fatalf("blocked: %v", err)
	}
	// Another key is not affected.
	if err := s.attempt(ctx, "other", l); err != nil {
		t.Fatalf("other key: %v", err)
	}
	// A new window after the block starts from zero.
	*now = now.Add(time.Hour)
	if err := s.attempt(ctx, "k", l); err != nil {
		t.Fatalf("after the window: %v", err)
	}
}

func TestThrottleCountsConcurrentAttempts(t *testing.T) {
	s, _ := newTestService(t)
	ctx := context.Background()
	l := Limit{Max: 5, Window: time.Hour, Base: time.Minute, MaxBan: time.Hour}
	var wg sync.WaitGroup
	var mu sync.Mutex
	allowed := 0
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := s.attempt(ctx, "race", l); err == nil {
				mu.Lock()
				allowed++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if allowed != 5 {
		t.Fatalf("%d concurrent attempts allowed, want 5", allowed)
	}
}
