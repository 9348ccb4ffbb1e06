package web_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"guichet/account"
	"guichet/apitest"
	"guichet/ent/space"
	"guichet/password"
)

// register answers in the same time whether or not the address has an account: over many
// interleaved requests to a server that hashes with the real parameters, the medians of the
// two are within 1.3× of each other. (That both branches hash is checked in package account.)
func TestRegisterDoesNotTellWhoHasAnAccount(t *testing.T) {
	env := apitest.New(t)
	env.Accounts.Hasher = password.DefaultHasher()
	ctx := context.Background()
	const sp = "mentoring"
	spaceRow := env.DB.Client.Space.Query().Where(space.Slug(sp)).OnlyX(ctx)
	const warmup, n = 8, 31
	for i := range warmup + n {
		if _, err := env.Accounts.Create(ctx, spaceRow, account.CreateInput{Email: fmt.Sprintf("connu%d@example.org", i),
			Password: goodPassword, FirstName: "C", LastName: "Onnu"}); err != nil {
			t.Fatal(err)
		}
	}
	timed := func(email string) time.Duration {
		start := time.Now()
		register(t, env, sp, email, "").MustOK(t)
		return time.Since(start)
	}
	var known, unknown []time.Duration
	for i := range warmup + n {
		if i%10 == 0 {
			env.Clock.Advance(61 * time.Minute) // stay below the per-client limit of e-mail
		}
		k, u := fmt.Sprintf("connu%d@example.org", i), fmt.Sprintf("inconnu%d@example.org", i)
		var dk, du time.Duration
		if i%2 == 0 { // each goes first half of the time
			dk, du = timed(k), timed(u)
		} else {
			du, dk = timed(u), timed(k)
		}
		if i >= warmup {
			known, unknown = append(known, dk), append(unknown, du)
		}
	}
	mk, mu := median(known), median(unknown)
	t.Logf("register: median %v for a known address, %v for an unknown one", mk, mu)
	if ratio := float64(max(mk, mu)) / float64(min(mk, mu)); ratio > 1.3 {
		t.Fatalf("register: known %v, unknown %v: %.2f×", mk, mu, ratio)
	}
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}
