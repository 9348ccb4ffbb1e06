package account

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/token"
	"guichet/metrics"
)

// Session is what a successful sign-in gives.
type Session struct {
	Token                 string
	ExpiresAt             time.Time
	PasswordResetRequired bool
	Account               *ent.Account
}

// Login signs a person in with their address and password. A wrong address and a wrong
// password get the same answer, after the same hashing work; the right password of an account
// that may not sign in gets ACCOUNT_NOT_ACTIVE with its status. Every attempt counts against
// the client, the address with the client, and the address (see LoginPerPair), before the
// password is even checked. An e-mail longer than any address is refused before any work.
func (s *Service) Login(ctx context.Context, sp *ent.Space, email, pw, client string) (*Session, error) {
	if err := checkEmailLength(email); err != nil {
		return nil, err
	}
	address, key, ok := NormalizeEmail(email)
	if !ok {
		key = strings.ToLower(strings.TrimSpace(email)) // hashed into the throttle's keys, never stored
	}
	keys := s.signInKeys(sp.ID, key, client)
	if err := s.limitSignIn(ctx, keys); err != nil {
		if rerr := s.record(ctx, audit.Event{SpaceID: sp.ID, Action: EventLoginThrottled, Email: address, Client: client}); rerr != nil {
			return nil, rerr
		}
		metrics.LoginFailed(sp.Slug, metrics.LoginThrottled)
		return nil, err
	}
	var a *ent.Account
	if ok {
		found, err := s.Client.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.EmailKey(key)).Only(ctx)
		if err != nil && !ent.IsNotFound(err) {
			return nil, err
		}
		a = found
	}
	if a == nil || a.PasswordHash == "" {
		s.Hasher.VerifyDummy(pw)
		if a != nil && a.Status == entaccount.StatusLEGACY_UNMIGRATED {
			metrics.LoginFailed(sp.Slug, metrics.LoginNotActive)
			return nil, notActive(a.Status.String())
		}
		return nil, s.loginFailed(ctx, sp, a, address, client)
	}
	match, rehash, err := s.Hasher.Verify(pw, a.PasswordHash)
	if err != nil {
		return nil, err
	}
	if !match {
		return nil, s.loginFailed(ctx, sp, a, address, client)
	}
	if a.Status != entaccount.StatusACTIVE {
		metrics.LoginFailed(sp.Slug, metrics.LoginNotActive)
		return nil, notActive(a.Status.String())
	}
	if err := s.signedIn(ctx, keys); err != nil {
		return nil, err
	}
	var out *Session
	err = s.runner().Run(ctx, func(tx *ent.Tx) error {
		if rehash {
			// The hashing parameters changed since this password was set: keep it up to date.
			if h, err := s.Hasher.Hash(pw); err == nil {
				if err := tx.Account.UpdateOneID(a.ID).SetPasswordHash(h).Exec(ctx); err != nil {
					return err
				}
			}
		}
		now := s.now()
		secret, expires, err := issue(ctx, tx, a.ID, token.KindSESSION, SessionTTL, now, client)
		if err != nil {
			return err
		}
		if err := tx.Token.Update().Where(token.Hash(hashToken(secret))).SetLastSeenAt(now).Exec(ctx); err != nil {
			return err
		}
		out = &Session{Token: secret, ExpiresAt: expires, PasswordResetRequired: a.PasswordResetRequired, Account: a}
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventLoginSucceeded, ActorID: a.ID, TargetID: a.ID, Email: a.Email, Client: client})
	})
	return out, err
}

// checkEmailLength refuses, cheaply, an e-mail field longer than any address can be
// (BAD_USER_INPUT on email): nothing is hashed, counted or stored for it.
func checkEmailLength(email string) error {
	if len(email) > MaxEmailLength*utf8.UTFMax || utf8.RuneCountInString(strings.TrimSpace(email)) > MaxEmailLength {
		return apperr.Invalid(apperr.Violation{Field: "email", Code: "TOO_LONG", Data: map[string]any{"Max": MaxEmailLength}})
	}
	return nil
}

func (s *Service) loginFailed(ctx context.Context, sp *ent.Space, a *ent.Account, address, client string) error {
	metrics.LoginFailed(sp.Slug, metrics.LoginBadCredentials)
	e := audit.Event{SpaceID: sp.ID, Action: EventLoginFailed, Email: address, Client: client}
	if a != nil {
		e.TargetID = a.ID
	}
	if err := s.record(ctx, e); err != nil {
		return err
	}
	return unauthenticated()
}

// Authenticated is the account behind a bearer token.
type Authenticated struct {
	Account   *ent.Account
	SessionID int
}

// touchEvery bounds how often a session's last use is written: the idle timeout does not
// need a write per request.
const touchEvery = time.Minute

// Authenticate finds the live session of a bearer token in the space; nil when the token is
// unknown, revoked, expired, idle for too long, of another space, or its account is no longer
// active.
func (s *Service) Authenticate(ctx context.Context, spaceID int, bearer string) (*Authenticated, error) {
	now := s.now()
	t, err := s.Client.Token.Query().
		Where(token.Hash(hashToken(bearer)), token.KindEQ(token.KindSESSION), token.UsedAtIsNil(), token.ExpiresAtGT(now)).
		WithAccount().Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	a := t.Edges.Account
	if a == nil || a.SpaceID != spaceID || a.Status != entaccount.StatusACTIVE {
		return nil, nil
	}
	if t.LastSeenAt != nil && now.Sub(*t.LastSeenAt) > SessionIdle {
		return nil, nil
	}
	if t.LastSeenAt == nil || now.Sub(*t.LastSeenAt) > touchEvery {
		if err := s.Client.Token.UpdateOneID(t.ID).SetLastSeenAt(now).Exec(ctx); err != nil {
			return nil, err
		}
	}
	return &Authenticated{Account: a, SessionID: t.ID}, nil
}

// Logout revokes the session.
func (s *Service) Logout(ctx context.Context, spaceID, accountID, sessionID int, client string) error {
	return s.runner().Run(ctx, func(tx *ent.Tx) error {
		if err := tx.Token.UpdateOneID(sessionID).Where(token.UsedAtIsNil()).SetUsedAt(s.now()).Exec(ctx); err != nil && !ent.IsNotFound(err) {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{SpaceID: spaceID, Action: EventLogout, ActorID: accountID, TargetID: accountID, Client: client})
	})
}
