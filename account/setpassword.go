package account

import (
	"context"
	"time"

	"guichet/ent"
	"guichet/ent/token"
)

// SetPasswordTTL is how long the link support sends to an account brought in from the former
// system lives: its owner may not read their mail the day support acts.
const SetPasswordTTL = 7 * 24 * time.Hour

// IssueSetPasswordLink ends the account's reset links still out and issues a new one valid
// ttl, inside tx, returning its secret: the same single-use token resetPassword spends.
func IssueSetPasswordLink(ctx context.Context, tx *ent.Tx, accountID int, ttl time.Duration, now time.Time, client string) (string, error) {
	if err := revokeAll(ctx, tx, accountID, token.KindRESET, now); err != nil {
		return "", err
	}
	secret, _, err := issue(ctx, tx, accountID, token.KindRESET, ttl, now, client)
	return secret, err
}
