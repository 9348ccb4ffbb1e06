package web

import (
	"context"
	"fmt"
	"net/http"
	"net/netip"
	"slices"
	"strings"

	"guichet/space"
	"guichet/viewer"
)

// viewerOf is who is asking in the space of ctx: the account of a valid bearer session, else an
// anonymous viewer. An unknown or expired token is read as no session at all: public content
// stays readable, and what needs a session answers UNAUTHENTICATED.
func (s *Server) viewerOf(ctx context.Context, r *http.Request) (*viewer.Viewer, error) {
	sp := space.FromContext(ctx)
	v := viewer.Anonymous(sp.ID)
	v.Client = s.clientAddress(r)
	v.UserAgent = r.UserAgent()
	var scoped []string // roles held in a scope of the space: they count for reading only
	if bearer, ok := bearerToken(r); ok {
		// One statement: the session, its account and its roles, read anew on every request.
		si, err := s.Accounts.SignedInAs(ctx, sp.ID, sp.Slug, bearer)
		if err != nil {
			return nil, err
		}
		if si != nil {
			v.AccountID, v.SessionID = si.AccountID, si.SessionID
			v.PreferredLocale = si.Locale
			v.DisplayName = strings.TrimSpace(si.FirstName + " " + si.LastName)
			v.PasswordResetRequired = si.PasswordResetRequired
			if !v.PasswordResetRequired { // until the new password is set, no role counts
				v.Roles, scoped = si.Roles, si.Scoped
			}
		}
	}
	audiences, err := s.Policy.ReadableAudiences(sp.Slug, v.SignedIn() && !v.PasswordResetRequired,
		append(slices.Clip(v.Roles), scoped...))
	if err != nil {
		return nil, err
	}
	v.Audiences = audiences
	return v, nil
}

func bearerToken(r *http.Request) (string, bool) {
	h := r.Header.Get("Authorization")
	scheme, token, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(token) == "" {
		return "", false
	}
	return strings.TrimSpace(token), true
}

// DefaultTrustedProxies are the proxies believed when TRUST_PROXY=true names none: loopback
// and private networks, where a reverse proxy in front of the server usually stands.
var DefaultTrustedProxies = []netip.Prefix{
	netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128"),
	netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("172.16.0.0/12"),
	netip.MustParsePrefix("192.168.0.0/16"), netip.MustParsePrefix("fc00::/7"),
}

// ParseTrustedProxies reads a comma-separated list of networks (CIDR) or addresses.
func ParseTrustedProxies(list string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if p, err := netip.ParsePrefix(f); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(f)
		if err != nil {
			return nil, fmt.Errorf("trusted proxy %q: neither a network (CIDR) nor an address", f)
		}
		a = a.Unmap()
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}

// ClientAddress is the address of the client: the connection's peer, or, when the peer is
// one of the trusted proxies, the address the nearest proxy saw — X-Forwarded-For read from
// the right, past the trusted proxies' own hops, to the first address that is not one. What
// stands left of it was written by the client and is never believed. A malformed hop ends the
// walk at the last address known (a trusted proxy's: its clients then share one count).
func ClientAddress(r *http.Request, trusted []netip.Prefix) string {
	peer, ok := parseHop(r.RemoteAddr)
	if !ok {
		return r.RemoteAddr
	}
	if !isTrusted(peer, trusted) {
		return peer.String()
	}
	xff := r.Header.Values("X-Forwarded-For")
	if len(xff) == 0 {
		return peer.String()
	}
	hops := strings.Split(strings.Join(xff, ","), ",") // several headers are one list, in order
	client := peer
	for i := len(hops) - 1; i >= 0; i-- {
		hop, ok := parseHop(hops[i])
		if !ok {
			break
		}
		client = hop
		if !isTrusted(hop, trusted) {
			break
		}
	}
	return client.String()
}

// parseHop reads one address as a peer or a proxy writes it: bare, or with a port
// ("192.0.2.1:1234", "[2001:db8::1]:443"); IPv4-mapped IPv6 is read as IPv4, a zone dropped.
func parseHop(s string) (netip.Addr, bool) {
	s = strings.TrimSpace(s)
	a, err := netip.ParseAddr(s)
	if err != nil {
		ap, perr := netip.ParseAddrPort(s)
		if perr != nil {
			return netip.Addr{}, false
		}
		a = ap.Addr()
	}
	return a.Unmap().WithZone(""), true
}

func isTrusted(a netip.Addr, trusted []netip.Prefix) bool {
	for _, p := range trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// clientAddress is ClientAddress with the server's trusted proxies (none unless TrustProxy).
func (s *Server) clientAddress(r *http.Request) string {
	return ClientAddress(r, s.trustedProxies)
}
