package account

import (
	"context"
	"math"
	"strconv"
	"time"

	"guichet/apperr"
	"guichet/store"
)

// Limit is how many attempts a key may make in a window before it must wait; once over, each
// further attempt doubles the wait, from Base up to Max.
type Limit struct {
	Max    int
	Window time.Duration
	Base   time.Duration
	MaxBan time.Duration
}

// The limits. Sign-in is counted per attempt — each login field of a request, aliases
// included — per address and per client; mutations that send e-mail are counted per address
// and per client.
var (
	LoginPerAddress = Limit{Max: 5, Window: 15 * time.Minute, Base: 30 * time.Second, MaxBan: time.Hour}
	LoginPerClient  = Limit{Max: 30, Window: 15 * time.Minute, Base: 30 * time.Second, MaxBan: time.Hour}
	MailPerAddress  = Limit{Max: 5, Window: time.Hour, Base: 5 * time.Minute, MaxBan: 6 * time.Hour}
	MailPerClient   = Limit{Max: 30, Window: time.Hour, Base: 5 * time.Minute, MaxBan: 6 * time.Hour}
)

// attempt counts one attempt against key and refuses it (RATE_LIMITED with retryAfter in
// seconds) when the key is over its limit. The count is one atomic statement, so concurrent
// attempts cannot slip through together, and it lives in the database, so it holds across
// restarts and replicas.
func (s *Service) attempt(ctx context.Context, key string, l Limit) error {
	now := s.now().UTC()
	windowStart := now.Add(-l.Window)
	var count int
	var blockedUntil *time.Time
	rows, err := s.Client.QueryContext(ctx, store.Rebind(s.Client.Dialect(), `
		INSERT INTO throttles (key, window_start, count) VALUES (?, ?, 1)
		ON CONFLICT (key) DO UPDATE SET
			count = CASE WHEN throttles.window_start < ? AND (throttles.blocked_until IS NULL OR throttles.blocked_until < ?)
				THEN 1 ELSE throttles.count + 1 END,
			window_start = CASE WHEN throttles.window_start < ? AND (throttles.blocked_until IS NULL OR throttles.blocked_until < ?)
				THEN ? ELSE throttles.window_start END
		RETURNING count, blocked_until`),
		key, now, windowStart, now, windowStart, now, now)
	if err != nil {
		return err
	}
	for rows.Next() {
		if err := rows.Scan(&count, &blockedUntil); err != nil {
			rows.Close()
			return err
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if blockedUntil != nil && blockedUntil.After(now) {
		return rateLimited(blockedUntil.Sub(now))
	}
	if count <= l.Max {
		return nil
	}
	wait := time.Duration(float64(l.Base) * math.Pow(2, float64(count-l.Max-1)))
	if wait > l.MaxBan || wait <= 0 {
		wait = l.MaxBan
	}
	until := now.Add(wait)
	if _, err := s.Client.ExecContext(ctx, store.Rebind(s.Client.Dialect(), `UPDATE throttles SET blocked_until = ? WHERE key = ?`), until, key); err != nil {
		return err
	}
	return rateLimited(wait)
}

// undo takes back one attempt of a key (a client's successful sign-in is not held against it).
func (s *Service) undo(ctx context.Context, key string) error {
	_, err := s.Client.ExecContext(ctx, store.Rebind(s.Client.Dialect(), `UPDATE throttles SET count = count - 1 WHERE key = ? AND count > 0`), key)
	return err
}

// forget clears a key's count (a successful sign-in clears its address's failures).
func (s *Service) forget(ctx context.Context, key string) error {
	_, err := s.Client.ExecContext(ctx, store.Rebind(s.Client.Dialect(), `DELETE FROM throttles WHERE key = ?`), key)
	return err
}

func rateLimited(wait time.Duration) error {
	secs := int(math.Ceil(wait.Seconds()))
	if secs < 1 {
		secs = 1
	}
	return &apperr.Error{Code: apperr.RateLimited, Data: map[string]any{"RetryAfter": secs},
		Extensions: map[string]any{"retryAfter": secs}}
}

// throttleKeys are the keys an operation counts against: its address in the space, and the client.
func throttleKeys(op string, spaceID int, emailKey, client string) (address, byClient string) {
	return op + ":address:" + itoa(spaceID) + ":" + emailKey, op + ":client:" + client
}

func itoa(i int) string { return strconv.Itoa(i) }

// limitMail counts an e-mail-sending request against its address and its client.
func (s *Service) limitMail(ctx context.Context, op string, spaceID int, emailKey, client string) error {
	byAddress, byClient := throttleKeys(op, spaceID, emailKey, client)
	if err := s.attempt(ctx, byClient, MailPerClient); err != nil {
		return err
	}
	return s.attempt(ctx, byAddress, MailPerAddress)
}
