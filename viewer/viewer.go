// Package viewer carries who is asking through a request's context: the space the request is
// for, the signed-in account if any, and what content audiences the policy lets them read.
package viewer

import (
	"context"

	"guichet/locales"
	"guichet/role"
)

// Viewer is the person behind a request, as the data layer needs to know them.
type Viewer struct {
	SpaceID   int
	AccountID int // 0: anonymous
	// SessionID is the token row of the viewer's session (0: anonymous).
	SessionID int
	Roles     []string
	// PasswordResetRequired: the account must change its password before anything else.
	PasswordResetRequired bool
	// Client is the address the request came from, for throttling and the audit log.
	Client string
	// UserAgent is the client's User-Agent header: with Client, it tells anonymous readers
	// apart for their votes on pages (help/feedback.go), never stored in clear.
	UserAgent string
	// PreferredLocale is the signed-in account's language ("" for anonymous viewers).
	PreferredLocale locales.Locale
	// DisplayName is the signed-in person's name, as their actions are signed.
	DisplayName string
	// Audiences the viewer may read, decided by the policy when the viewer is built.
	Audiences []role.Audience
}

type ctxKey struct{}

// NewContext returns ctx carrying v.
func NewContext(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, ctxKey{}, v)
}

// FromContext returns the request's viewer, or nil outside a request.
func FromContext(ctx context.Context) *Viewer {
	v, _ := ctx.Value(ctxKey{}).(*Viewer)
	return v
}

// Locale is the viewer's preferred language, else def.
func (v *Viewer) Locale(def locales.Locale) locales.Locale {
	if v != nil && v.PreferredLocale.Valid() {
		return v.PreferredLocale
	}
	return def
}

// SignedIn reports whether the viewer has a session.
func (v *Viewer) SignedIn() bool { return v != nil && v.AccountID != 0 }

// Anonymous is a viewer of space spaceID who has not signed in.
func Anonymous(spaceID int) *Viewer {
	return &Viewer{SpaceID: spaceID, Audiences: []role.Audience{role.Public}}
}
