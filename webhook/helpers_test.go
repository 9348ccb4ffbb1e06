package webhook

import (
	"context"
	"crypto/rand"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"

	"guichet/ent"
	"guichet/mail"
	"guichet/store"
	"guichet/store/storetest"
)

// openDB opens a migrated SQLite database in dir.
func openDB(t *testing.T, dir string) *store.DB {
	t.Helper()
	return storetest.Open(t, dir)
}

func testSealer(t *testing.T) *mail.Sealer {
	t.Helper()
	key := make([]byte, mail.KeySize)
	rand.Read(key)
	s, err := mail.NewSealer(key)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// clock is an injected Now that tests move by hand. It starts a minute ahead of the real
// time so that deliveries just enqueued (next_attempt_at = real now) are due.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

// Microseconds: what PostgreSQL keeps of a time.
func newClock() *clock {
	return &clock{t: time.Now().UTC().Add(time.Minute).Truncate(time.Microsecond)}
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// receiver is a webhook endpoint, as a space's integration would write it: it verifies each
// request's signature with the secret Register returned and answers 401 when it does not hold.
type receiver struct {
	srv *httptest.Server
	now func() time.Time

	mu       sync.Mutex
	secret   []byte
	statuses []int // answers in turn, the last one repeated; 200 when empty
	got      []request
}

type request struct {
	Method   string
	Header   http.Header
	Body     []byte
	Verified bool
}

func newReceiver(t *testing.T, now func() time.Time, statuses ...int) *receiver {
	t.Helper()
	r := &receiver{now: now, statuses: statuses}
	r.srv = httptest.NewServer(http.HandlerFunc(r.serve))
	t.Cleanup(r.srv.Close)
	return r
}

func (r *receiver) URL() string { return r.srv.URL + "/hooks/guichet" }

func (r *receiver) setSecret(secret string) {
	r.mu.Lock()
	r.secret = []byte(secret)
	r.mu.Unlock()
}

func (r *receiver) serve(w http.ResponseWriter, req *http.Request) {
	body, _ := io.ReadAll(req.Body)
	r.mu.Lock()
	secret := r.secret
	r.mu.Unlock()
	ts, err := strconv.ParseInt(req.Header.Get(HeaderTimestamp), 10, 64)
	ok := err == nil && Verify(secret, ts, body, req.Header.Get(HeaderSignature), r.now(), 5*time.Minute)

	r.mu.Lock()
	r.got = append(r.got, request{Method: req.Method, Header: req.Header.Clone(), Body: body, Verified: ok})
	status := http.StatusOK
	if len(r.statuses) > 0 {
		status = r.statuses[0]
		if len(r.statuses) > 1 {
			r.statuses = r.statuses[1:]
		}
	}
	r.mu.Unlock()
	if !ok {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(status)
}

func (r *receiver) requests() []request {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]request(nil), r.got...)
}

// register registers r for events of space 1 and gives it the secret.
func register(t *testing.T, db *store.DB, s *mail.Sealer, r *receiver, events ...string) *ent.Webhook {
	t.Helper()
	h, secret, err := Register(context.Background(), db.Client, s, 1, r.URL(), events, 7)
	if err != nil {
		t.Fatal(err)
	}
	r.setSecret(secret)
	return h
}

// enqueue commits event in a transaction of its own, as a domain change would.
func enqueue(t *testing.T, db *store.DB, spaceID int, event string, data map[string]any) {
	t.Helper()
	ctx := context.Background()
	tx, err := db.Client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := Enqueue(ctx, tx, spaceID, event, data); err != nil {
		tx.Rollback()
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}
