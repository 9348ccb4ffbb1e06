package account

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/privacy"
	"guichet/locales"
	"guichet/mail"
	"guichet/password"
	"guichet/policy"
)

const ownerPassword = "Parapluie-Bleu-42"

// newSignInService is a service with one space and one active account, owner@example.org.
func newSignInService(t *testing.T) (*Service, *ent.Space) {
	t.Helper()
	s, _ := newTestService(t)
	pol, err := policy.New()
	if err != nil {
		t.Fatal(err)
	}
	s.Policy = pol
	s.Hasher = password.Hasher{Params: password.Params{Memory: 64, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}}
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	sp := s.Client.Space.Create().SetSlug("demo").SetNameFr("Démo").SetNameEn("Demo").
		SetDefaultLocale(locales.FR).SetPasswordPolicy(password.Policy{MinLength: 8, MaxLength: 64}).SaveX(ctx)
	if _, err := s.Create(ctx, sp, CreateInput{Email: "owner@example.org", Password: ownerPassword, FirstName: "O", LastName: "W"}); err != nil {
		t.Fatal(err)
	}
	return s, sp
}

func errCode(err error) string {
	if err == nil {
		return ""
	}
	if ae, ok := apperr.As(err); ok {
		return ae.Code
	}
	return err.Error()
}

// The sign-in rules: a stranger cannot lock the owner out of their own client, one client
// guessing one address meets the pair's limit, many clients meet the address's ceiling, the
// client's limit spans addresses, IPv6 clients count by /64, and a success clears the
// client's failures as before.
func TestSignInThrottling(t *testing.T) {
	type step struct {
		client, email, password string // email may hold %d: the attempt's number
		times                   int    // 0: once
		want                    string // "" (signed in), UNAUTHENTICATED or RATE_LIMITED, for every time
	}
	const owner, wrong = "owner@example.org", "Wrong-Guess-1"
	var ceiling []step // LoginPerAddress.Max failures from clients that each stay under the pair's limit
	perClient := LoginPerPair.Max - 1
	for i := 0; i*perClient < LoginPerAddress.Max; i++ {
		n := min(perClient, LoginPerAddress.Max-i*perClient)
		ceiling = append(ceiling, step{client: fmt.Sprintf("198.51.100.%d", i+1), email: owner, password: wrong, times: n, want: "UNAUTHENTICATED"})
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"a stranger's failures do not lock the owner out", []step{
			{client: "198.51.100.7", email: owner, password: wrong, times: LoginPerPair.Max, want: "UNAUTHENTICATED"},
			{client: "198.51.100.7", email: owner, password: wrong, want: "RATE_LIMITED"},
			{client: "203.0.113.5", email: owner, password: ownerPassword, want: ""},
		}},
		{"one client guessing one address meets the pair's limit", []step{
			{client: "198.51.100.7", email: owner, password: wrong, times: LoginPerPair.Max, want: "UNAUTHENTICATED"},
			{client: "198.51.100.7", email: owner, password: wrong, times: 3, want: "RATE_LIMITED"},
			{client: "198.51.100.7", email: owner, password: ownerPassword, want: "RATE_LIMITED"},
		}},
		{"many clients meet the address's ceiling", append(ceiling,
			step{client: "203.0.113.5", email: owner, password: ownerPassword, want: "RATE_LIMITED"},
			step{client: "203.0.113.5", email: "other@example.org", password: wrong, want: "UNAUTHENTICATED"},
		)},
		{"the client's limit spans addresses", []step{
			{client: "198.51.100.7", email: "guess%d@example.org", password: wrong, times: LoginPerClient.Max, want: "UNAUTHENTICATED"},
			{client: "198.51.100.7", email: owner, password: ownerPassword, want: "RATE_LIMITED"},
			{client: "203.0.113.5", email: owner, password: ownerPassword, want: ""},
		}},
		{"IPv6 clients count by /64", []step{
			{client: "2001:db8:1:2::1", email: owner, password: wrong, times: 3, want: "UNAUTHENTICATED"},
			{client: "2001:db8:1:2:ffff:ffff:ffff:ffff", email: owner, password: wrong, times: LoginPerPair.Max - 3, want: "UNAUTHENTICATED"},
			{client: "2001:db8:1:2::99", email: owner, password: ownerPassword, want: "RATE_LIMITED"},
			{client: "2001:db8:1:3::1", email: owner, password: ownerPassword, want: ""},
		}},
		{"a success clears the client's failures", []step{
			{client: "198.51.100.7", email: owner, password: wrong, times: LoginPerPair.Max - 1, want: "UNAUTHENTICATED"},
			{client: "198.51.100.7", email: owner, password: ownerPassword, want: ""},
			{client: "198.51.100.7", email: owner, password: wrong, times: LoginPerPair.Max, want: "UNAUTHENTICATED"},
			{client: "198.51.100.7", email: owner, password: wrong, want: "RATE_LIMITED"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, sp := newSignInService(t)
			ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
			for i, st := range tc.steps {
				for n := range max(st.times, 1) {
					email := st.email
					if strings.Contains(email, "%d") {
						email = fmt.Sprintf(email, n)
					}
					_, err := s.Login(ctx, sp, email, st.password, st.client)
					if got := errCode(err); got != st.want {
						t.Fatalf("step %d (%s from %s), attempt %d: %q, want %q", i, st.email, st.client, n+1, got, st.want)
					}
				}
			}
		})
	}
}

func TestClientKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"192.0.2.1", "192.0.2.1"},
		{"::ffff:192.0.2.1", "192.0.2.1"},
		{"2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"},
		{"2001:db8:1:2::", "2001:db8:1:2::/64"},
		{"fe80::1%eth0", "fe80::/64"},
		{"not-an-address", "not-an-address"},
	} {
		if got := ClientKey(tc.in); got != tc.want {
			t.Errorf("ClientKey(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// throttleRows are the keys of the throttles table.
func throttleRows(t *testing.T, s *Service) []string {
	t.Helper()
	rows, err := s.Client.QueryContext(context.Background(), "SELECT key FROM throttles")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var keys []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
	}
	return keys
}

// What is typed into login's e-mail field (a password, by mistake) and the client's address
// never reach the throttles table: its keys are MACs of them, of one short length.
func TestThrottleKeysHoldNothingTyped(t *testing.T) {
	for _, withSecret := range []bool{false, true} {
		t.Run(fmt.Sprintf("secret key %v", withSecret), func(t *testing.T) {
			s, sp := newSignInService(t)
			if withSecret {
				sealer, err := mail.NewSealer([]byte(strings.Repeat("k", mail.KeySize)))
				if err != nil {
					t.Fatal(err)
				}
				s.Sealer = sealer
			}
			ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
			typed := []string{"Tournesol-Velo-42!", "owner@example.org", "Owner@Example.org"}
			for _, email := range typed {
				if _, err := s.Login(ctx, sp, email, "whatever", "198.51.100.7"); errCode(err) != "UNAUTHENTICATED" {
					t.Fatalf("login as %q: %v", email, err)
				}
			}
			if err := s.RequestPasswordReset(ctx, sp, "nobody@example.org", "198.51.100.7"); err != nil {
				t.Fatal(err)
			}
			keys := throttleRows(t, s)
			if len(keys) < 4 {
				t.Fatalf("keys: %v", keys)
			}
			for _, k := range keys {
				lower := strings.ToLower(k)
				for _, secret := range []string{"tournesol", "owner", "nobody", "example", "198.51"} {
					if strings.Contains(lower, secret) {
						t.Errorf("key %q holds %q", k, secret)
					}
				}
				if len(k) > 100 {
					t.Errorf("key of %d bytes", len(k))
				}
			}
		})
	}
}

// An e-mail longer than any address is refused at once, BAD_USER_INPUT on email: nothing is
// counted, stored or audited for it.
func TestLoginRefusesAnAbsurdEmail(t *testing.T) {
	s, sp := newSignInService(t)
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	events := s.Client.AuditEvent.Query().CountX(ctx)
	for _, email := range []string{strings.Repeat("a", 900<<10) + "@example.org", strings.Repeat("é", MaxEmailLength+1)} {
		_, err := s.Login(ctx, sp, email, "whatever", "198.51.100.7")
		ae, ok := apperr.As(err)
		if !ok || ae.Code != apperr.BadUserInput || len(ae.Violations) != 1 || ae.Violations[0].Field != "email" || ae.Violations[0].Code != "TOO_LONG" {
			t.Fatalf("a %d-byte e-mail: %v", len(email), err)
		}
	}
	if keys := throttleRows(t, s); len(keys) != 0 {
		t.Fatalf("counted: %v", keys)
	}
	if n := s.Client.AuditEvent.Query().CountX(ctx); n != events {
		t.Fatalf("%d audit events written", n-events)
	}
	// The longest address is still read as one.
	long := strings.Repeat("a", MaxEmailLength-len("@example.org")) + "@example.org"
	if _, err := s.Login(ctx, sp, long, "whatever", "198.51.100.7"); errCode(err) != "UNAUTHENTICATED" {
		t.Fatalf("a %d-character address: %v", len(long), err)
	}
}
