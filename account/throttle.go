package account

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"net/netip"
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
// included — per client, per address and client together, and per address across every
// client: one client guessing one address meets the pair's limit, a stranger's failures do
// not lock the owner out of their own client, and many clients guessing one address meet the
// address's much higher ceiling. Mutations that send e-mail are counted per address and per
// client.
var (
	LoginPerPair    = Limit{Max: 5, Window: 15 * time.Minute, Base: 30 * time.Second, MaxBan: time.Hour}
	LoginPerAddress = Limit{Max: 100, Window: 15 * time.Minute, Base: 30 * time.Second, MaxBan: time.Hour}
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

// ClientKey is what a client is counted by: its IPv4 address, or the /64 prefix of its IPv6
// address (one subscriber, who can use any of its 2^64 addresses); anything else as it is.
func ClientKey(client string) string {
	a, err := netip.ParseAddr(client)
	if err != nil {
		return client
	}
	a = a.WithZone("").Unmap()
	if a.Is4() {
		return a.String()
	}
	p, _ := a.Prefix(64)
	return p.String()
}

// throttleKey is the row a count is kept under: the operation and kind in clear, then a MAC
// of the parts (an address as typed, a client), so the table never holds what was typed and
// every key has the same short length. The MAC is keyed by the server's secret key when the
// service has one, so the table alone cannot confirm a guessed address either.
func (s *Service) throttleKey(op, kind string, parts ...string) string {
	var secret []byte
	if s.Sealer != nil {
		secret = s.Sealer.Derive("throttle")
	}
	mac := hmac.New(sha256.New, secret)
	for _, p := range parts { // length-prefixed, so that no two lists of parts collide
		mac.Write(binary.BigEndian.AppendUint64(nil, uint64(len(p))))
		mac.Write([]byte(p))
	}
	return op + ":" + kind + ":" + hex.EncodeToString(mac.Sum(nil))
}

// throttleKeys are the keys an operation counts against: its address in the space, and the client.
func (s *Service) throttleKeys(op string, spaceID int, emailKey, client string) (address, byClient string) {
	return s.throttleKey(op, "address", itoa(spaceID), emailKey), s.throttleKey(op, "client", ClientKey(client))
}

// signInKeys are the keys of a sign-in attempt, each with its limit, in the order they are
// counted: the client, the address and client together, the address from every client.
type signInKeys struct{ client, pair, address string }

func (s *Service) signInKeys(spaceID int, emailKey, client string) signInKeys {
	c := ClientKey(client)
	return signInKeys{
		client:  s.throttleKey("login", "client", c),
		pair:    s.throttleKey("login", "pair", itoa(spaceID), emailKey, c),
		address: s.throttleKey("login", "address", itoa(spaceID), emailKey),
	}
}

// limitSignIn counts one sign-in attempt; the first limit reached refuses it, and the keys
// after it are not counted (a client over its limit adds nothing to the address's ceiling).
func (s *Service) limitSignIn(ctx context.Context, k signInKeys) error {
	for _, t := range []struct {
		key   string
		limit Limit
	}{{k.client, LoginPerClient}, {k.pair, LoginPerPair}, {k.address, LoginPerAddress}} {
		if err := s.attempt(ctx, t.key, t.limit); err != nil {
			return err
		}
	}
	return nil
}

// signedIn settles the counts of a right password: the client's earlier failures on this
// address are cleared, and this attempt is not held against the client or the address. The
// address's other failures stay: a success of the owner must not hand a distributed guesser
// a fresh ceiling.
func (s *Service) signedIn(ctx context.Context, k signInKeys) error {
	if err := s.forget(ctx, k.pair); err != nil {
		return err
	}
	if err := s.undo(ctx, k.client); err != nil {
		return err
	}
	return s.undo(ctx, k.address)
}

func itoa(i int) string { return strconv.Itoa(i) }

// limitMail counts an e-mail-sending request against its address and its client.
func (s *Service) limitMail(ctx context.Context, op string, spaceID int, emailKey, client string) error {
	byAddress, byClient := s.throttleKeys(op, spaceID, emailKey, client)
	if err := s.attempt(ctx, byClient, MailPerClient); err != nil {
		return err
	}
	return s.attempt(ctx, byAddress, MailPerAddress)
}
