package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"

	"guichet/account"
	"guichet/apitest"
	"guichet/ent/auditevent"
	"guichet/ent/privacy"
	"guichet/ent/space"
	"guichet/web"
)

// The client's address behind proxies: the first address from the right of X-Forwarded-For
// that is not a trusted proxy, and only when the connection comes from a trusted proxy.
func TestClientAddress(t *testing.T) {
	custom, err := web.ParseTrustedProxies("203.0.113.0/24, 2001:db8:ffff::1")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		trusted []netip.Prefix
		peer    string
		xff     []string
		want    string
	}{
		{"no proxy trusted", nil, "198.51.100.9:4711", []string{"192.0.2.1"}, "198.51.100.9"},
		{"a peer that is no trusted proxy", web.DefaultTrustedProxies, "198.51.100.9:4711", []string{"192.0.2.1"}, "198.51.100.9"},
		{"no header", web.DefaultTrustedProxies, "127.0.0.1:4711", nil, "127.0.0.1"},
		{"one proxy", web.DefaultTrustedProxies, "127.0.0.1:4711", []string{"198.51.100.7"}, "198.51.100.7"},
		{"a spoofed leftmost address", web.DefaultTrustedProxies, "127.0.0.1:4711", []string{"192.0.2.66, 198.51.100.7"}, "198.51.100.7"},
		{"several proxies", web.DefaultTrustedProxies, "10.0.0.2:4711", []string{"192.0.2.66, 198.51.100.7, 10.0.0.1, 172.16.3.4"}, "198.51.100.7"},
		{"several headers are one list", web.DefaultTrustedProxies, "10.0.0.2:4711", []string{"192.0.2.66", "198.51.100.7, 10.0.0.1"}, "198.51.100.7"},
		{"every hop a trusted proxy", web.DefaultTrustedProxies, "127.0.0.1:4711", []string{"10.0.0.5, 192.168.1.1"}, "10.0.0.5"},
		{"a malformed last hop", web.DefaultTrustedProxies, "127.0.0.1:4711", []string{"198.51.100.7, not-an-address"}, "127.0.0.1"},
		{"a malformed hop behind a trusted one", web.DefaultTrustedProxies, "127.0.0.1:4711", []string{"198.51.100.7, unknown, 10.0.0.1"}, "10.0.0.1"},
		{"a malformed hop left of the client", web.DefaultTrustedProxies, "127.0.0.1:4711", []string{"<script>, 198.51.100.7"}, "198.51.100.7"},
		{"an empty hop", web.DefaultTrustedProxies, "127.0.0.1:4711", []string{"198.51.100.7,,"}, "127.0.0.1"},
		{"an empty header", web.DefaultTrustedProxies, "127.0.0.1:4711", []string{""}, "127.0.0.1"},
		{"hops with ports", web.DefaultTrustedProxies, "127.0.0.1:4711", []string{"192.0.2.66:1, 198.51.100.7:5555"}, "198.51.100.7"},
		{"an IPv6 client", web.DefaultTrustedProxies, "[::1]:4711", []string{"2001:db8:1:2::7"}, "2001:db8:1:2::7"},
		{"an IPv6 client with a port", web.DefaultTrustedProxies, "[::1]:4711", []string{"[2001:db8:1:2::7]:443"}, "2001:db8:1:2::7"},
		{"an IPv6 proxy", web.DefaultTrustedProxies, "[fd00::2]:4711", []string{"198.51.100.7, fd00::1"}, "198.51.100.7"},
		{"an IPv4-mapped client", web.DefaultTrustedProxies, "127.0.0.1:4711", []string{"::ffff:198.51.100.7"}, "198.51.100.7"},
		{"an IPv4-mapped proxy", web.DefaultTrustedProxies, "[::ffff:127.0.0.1]:4711", []string{"::ffff:10.0.0.1"}, "10.0.0.1"},
		{"an IPv4-mapped untrusted peer", web.DefaultTrustedProxies, "[::ffff:198.51.100.9]:4711", []string{"192.0.2.1"}, "198.51.100.9"},
		{"configured proxies", custom, "203.0.113.9:4711", []string{"192.0.2.66, 198.51.100.7, 2001:db8:ffff::1"}, "198.51.100.7"},
		{"loopback when not configured", custom, "127.0.0.1:4711", []string{"198.51.100.7"}, "127.0.0.1"},
		{"a configured proxy's private hop is a client", custom, "203.0.113.9:4711", []string{"10.0.0.8"}, "10.0.0.8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodPost, "/graphql", nil)
			r.RemoteAddr = tc.peer
			for _, v := range tc.xff {
				r.Header.Add("X-Forwarded-For", v)
			}
			if got := web.ClientAddress(r, tc.trusted); got != tc.want {
				t.Fatalf("ClientAddress = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestParseTrustedProxies(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
		bad  bool
	}{
		{"", nil, false},
		{"10.0.0.0/8", []string{"10.0.0.0/8"}, false},
		{" 192.0.2.1 , 2001:db8::/48,", []string{"192.0.2.1/32", "2001:db8::/48"}, false},
		{"10.1.2.3/8", []string{"10.0.0.0/8"}, false},
		{"::ffff:192.0.2.1", []string{"192.0.2.1/32"}, false},
		{"10.0.0.0/33", nil, true},
		{"proxy.example.org", nil, true},
	} {
		got, err := web.ParseTrustedProxies(tc.in)
		if (err != nil) != tc.bad {
			t.Errorf("%q: error %v", tc.in, err)
			continue
		}
		if fmt.Sprint(got) != fmt.Sprint(prefixes(tc.want)) {
			t.Errorf("%q: %v, want %v", tc.in, got, tc.want)
		}
	}
}

func prefixes(ss []string) []netip.Prefix {
	var out []netip.Prefix
	for _, s := range ss {
		out = append(out, netip.MustParsePrefix(s))
	}
	return out
}

// Behind a proxy (the test server's loopback peer is a trusted proxy by default), a client
// that rotates the leftmost X-Forwarded-For address is still one client: its guesses stop at
// the limit, and the owner, from elsewhere, still signs in. IPv6 clients count by /64.
func TestRotatingForwardedForDoesNotEscapeTheLimit(t *testing.T) {
	env := apitest.NewWith(t, web.Options{TrustProxy: true})
	ctx := context.Background()
	sp := env.DB.Client.Space.Query().Where(space.Slug("mentoring")).OnlyX(ctx)
	const email = "cible@example.org"
	if _, err := env.Accounts.Create(ctx, sp, account.CreateInput{Email: email, Password: goodPassword, FirstName: "C", LastName: "Ible"}); err != nil {
		t.Fatal(err)
	}
	attempt := func(xff, pw string) string {
		return code(env.Op(t, "account.graphql", "Login", "mentoring", map[string]any{"email": email, "password": pw},
			http.Header{"X-Forwarded-For": {xff}}))
	}
	for _, tc := range []struct {
		name, xff, owner string
	}{
		{"IPv4", "192.0.2.%d, 198.51.100.7", "203.0.113.5"},
		{"IPv6 in one /64", "192.0.2.1, 2001:db8:1:2::%x", "2001:db8:1:3::1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			passed := 0
			for i := range 40 {
				switch c := attempt(fmt.Sprintf(tc.xff, i+1), fmt.Sprintf("Wrong-Guess-%d", i)); c {
				case "UNAUTHENTICATED":
					passed++
				case "RATE_LIMITED":
				default:
					t.Fatalf("attempt %d: %s", i, c)
				}
			}
			if passed != account.LoginPerPair.Max {
				t.Fatalf("%d of 40 wrong sign-ins checked, want %d", passed, account.LoginPerPair.Max)
			}
			if c := attempt(tc.owner, goodPassword); c != "" {
				t.Fatalf("the owner from %s: %s", tc.owner, c)
			}
		})
	}
	// The audit log names the address the proxy saw, never the spoofed one.
	clients := env.DB.Client.AuditEvent.Query().Where(auditevent.Action(account.EventLoginFailed)).
		Select(auditevent.FieldClient).StringsX(privacy.DecisionContext(ctx, privacy.Allow))
	for _, c := range clients {
		if c != "198.51.100.7" && !strings.HasPrefix(c, "2001:db8:1:2::") {
			t.Fatalf("audited client %q", c)
		}
	}
	if len(clients) != 2*account.LoginPerPair.Max {
		t.Fatalf("%d failures audited", len(clients))
	}
}
