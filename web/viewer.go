package web

import (
	"context"
	"net"
	"net/http"
	"slices"
	"strings"

	"guichet/ent"
	"guichet/viewer"
)

// viewerOf is who is asking: the account of a valid bearer session, else an anonymous viewer.
// An unknown or expired token is read as no session at all: public content stays readable,
// and what needs a session answers UNAUTHENTICATED.
func (s *Server) viewerOf(ctx context.Context, r *http.Request, sp *ent.Space) (*viewer.Viewer, error) {
	v := viewer.Anonymous(sp.ID)
	v.Client = s.clientAddress(r)
	var scoped []string // roles held in a scope of the space: they count for reading only
	if bearer, ok := bearerToken(r); ok {
		auth, err := s.Accounts.Authenticate(ctx, sp.ID, bearer)
		if err != nil {
			return nil, err
		}
		if auth != nil {
			a := auth.Account
			v.AccountID, v.SessionID = a.ID, auth.SessionID
			v.PreferredLocale = a.Locale
			v.DisplayName = strings.TrimSpace(a.FirstName + " " + a.LastName)
			v.PasswordResetRequired = a.PasswordResetRequired
			if !v.PasswordResetRequired { // until the new password is set, no role counts
				if v.Roles, scoped, err = s.Accounts.RolesInSpace(ctx, a.ID, sp.Slug); err != nil {
					return nil, err
				}
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

// clientAddress is the address of the client: the connection's peer, or the first address
// of X-Forwarded-For when the server is told it stands behind a proxy.
func (s *Server) clientAddress(r *http.Request) string {
	if s.TrustProxy {
		if xff := r.Header.Get("X-Forwarded-For"); xff != "" {
			first, _, _ := strings.Cut(xff, ",")
			if ip := net.ParseIP(strings.TrimSpace(first)); ip != nil {
				return ip.String()
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
