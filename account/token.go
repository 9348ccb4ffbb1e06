package account

import (
	"context"
	"time"

	"guichet/ent"
	"guichet/ent/token"
	"guichet/mail"
)

// newToken is a random secret handed to a person and the hash stored in its place; hashToken
// finds the stored hash again.
func newToken() (secret, hash string) { return mail.NewSecret() }

func hashToken(secret string) string { return mail.HashSecret(secret) }

// issue stores a new token of kind for an account and returns its secret.
func issue(ctx context.Context, tx *ent.Tx, accountID int, kind token.Kind, ttl time.Duration, now time.Time, client string) (string, time.Time, error) {
	secret, hash := newToken()
	expires := now.Add(ttl)
	err := tx.Token.Create().SetAccountID(accountID).SetKind(kind).SetHash(hash).
		SetCreatedAt(now).SetExpiresAt(expires).SetClient(client).Exec(ctx)
	return secret, expires, err
}

// revokeAll ends every live token of kind of an account (earlier links die when a newer one
// is sent; a password change ends every session).
func revokeAll(ctx context.Context, tx *ent.Tx, accountID int, kind token.Kind, now time.Time) error {
	_, err := tx.Token.Update().
		Where(token.AccountID(accountID), token.KindEQ(kind), token.UsedAtIsNil()).
		SetUsedAt(now).Save(ctx)
	return err
}

// consume uses a single-use token: one conditional UPDATE, so that of two concurrent uses of
// the same link exactly one succeeds. It returns the token's account, or 0 when the token is
// unknown, used, expired or of another kind.
func consume(ctx context.Context, tx *ent.Tx, secret string, kind token.Kind, now time.Time) (int, error) {
	t, err := spend(ctx, tx, secret, kind, now)
	if err != nil || t == nil {
		return 0, err
	}
	return t.AccountID, nil
}

// spend is consume returning the whole token (what it was issued for), or nil.
func spend(ctx context.Context, tx *ent.Tx, secret string, kind token.Kind, now time.Time) (*ent.Token, error) {
	hash := hashToken(secret)
	n, err := tx.Token.Update().
		Where(token.Hash(hash), token.KindEQ(kind), token.UsedAtIsNil(), token.ExpiresAtGT(now)).
		SetUsedAt(now).Save(ctx)
	if err != nil || n != 1 {
		return nil, err
	}
	return tx.Token.Query().Where(token.Hash(hash)).Only(ctx)
}

// peek finds a live token without using it (to check a new password before the link is spent).
func peek(ctx context.Context, c *ent.Client, secret string, kind token.Kind, now time.Time) (*ent.Token, error) {
	t, err := c.Token.Query().
		Where(token.Hash(hashToken(secret)), token.KindEQ(kind), token.UsedAtIsNil(), token.ExpiresAtGT(now)).
		Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return t, err
}
