package account

import (
	"context"
	"errors"
	"testing"
	"time"

	"guichet/ent/privacy"
	"guichet/password"
)

// The faster branch waits for the difference of the medians; the slower never waits; old
// durations are forgotten, so the roles follow what the branches cost now.
func TestPaceWaitsTheDifferenceOfMedians(t *testing.T) {
	ms := time.Millisecond
	var p pace
	for i, tc := range []struct {
		branch     int
		took, wait time.Duration
	}{
		{branchKnown, 10 * ms, 0}, // nothing known of the other branch yet
		{branchUnknown, 30 * ms, 0},
		{branchKnown, 12 * ms, 18 * ms}, // medians 12 (of 10, 12) and 30
		{branchUnknown, 31 * ms, 0},
		{branchKnown, 50 * ms, 19 * ms}, // medians 12 (of 10, 12, 50) and 31 (of 30, 31)
		{branchUnknown, 32 * ms, 0},
		{branchKnown, 11 * ms, 19 * ms}, // medians 12 (of 10, 11, 12, 50) and 31 (of 30, 31, 32)
	} {
		if got := p.record(tc.branch, tc.took); got != tc.wait {
			t.Fatalf("step %d: wait %v, want %v", i, got, tc.wait)
		}
	}
	for range paceSamples {
		p.record(branchKnown, 100*ms)
	}
	if got := p.record(branchKnown, 100*ms); got != 0 {
		t.Fatalf("the known branch, slower now, waits %v", got)
	}
	if got := p.record(branchUnknown, 31*ms); got != 69*ms {
		t.Fatalf("after the known branch slowed down, the unknown waits %v, want 69ms", got)
	}
}

// Register hashes the password whether or not the address has an account: with a hasher that
// cannot hash, both branches fail on it.
func TestRegisterHashesForKnownAndUnknownAddresses(t *testing.T) {
	s, sp := newSignInService(t)
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	s.Hasher = password.Hasher{Params: password.Params{Memory: 64, Iterations: 0, Parallelism: 1, SaltLength: 16, KeyLength: 32}}
	for _, email := range []string{"owner@example.org", "nobody@example.org"} {
		err := s.Register(ctx, sp, RegisterInput{Email: email, Password: "Parapluie-Rouge-7", FirstName: "A", LastName: "B"}, "198.51.100.7")
		if !errors.Is(err, password.ErrInvalidParams) {
			t.Errorf("%s: %v, want the hasher's error", email, err)
		}
	}
}
