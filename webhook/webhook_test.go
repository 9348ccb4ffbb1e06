package webhook

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"guichet/ent"
	"guichet/ent/webhookdelivery"
)

func onlyDelivery(t *testing.T, client *ent.Client) *ent.WebhookDelivery {
	t.Helper()
	ds, err := client.WebhookDelivery.Query().All(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 1 {
		t.Fatalf("%d deliveries, want 1", len(ds))
	}
	return ds[0]
}

func TestDeliveryIsSignedAndReceivedOnce(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	c := newClock()
	r := newReceiver(t, c.Now)
	hook := register(t, db, s, r, GuidePublished, GuideUnpublished)
	var logs bytes.Buffer
	w := &Worker{Client: db.Client, Sealer: s, Now: c.Now, AllowPrivate: true, Logger: slog.New(slog.NewTextHandler(&logs, nil))}

	data := map[string]any{"slug": "reinitialiser-mot-de-passe", "locale": "fr", "title": "Réinitialiser son mot de passe"}
	enqueue(t, db, 1, GuidePublished, data)

	delivered, failed, err := w.DeliverDue(ctx)
	if err != nil || delivered != 1 || failed != 0 {
		t.Fatalf("DeliverDue = %d, %d, %v; want 1, 0, nil", delivered, failed, err)
	}
	// A second pass finds nothing due.
	if delivered, failed, err := w.DeliverDue(ctx); err != nil || delivered+failed != 0 {
		t.Fatalf("second DeliverDue = %d, %d, %v; want nothing", delivered, failed, err)
	}
	got := r.requests()
	if len(got) != 1 {
		t.Fatalf("receiver got %d requests, want 1", len(got))
	}
	req := got[0]
	if !req.Verified {
		t.Fatal("the receiver could not verify the signature")
	}
	d := onlyDelivery(t, db.Client)
	for name, want := range map[string]string{
		"Content-Type":  "application/json",
		HeaderEvent:     GuidePublished,
		HeaderDelivery:  strconv.Itoa(d.ID),
		HeaderTimestamp: strconv.FormatInt(c.Now().Unix(), 10),
	} {
		if v := req.Header.Get(name); v != want {
			t.Errorf("%s = %q, want %q", name, v, want)
		}
	}
	if req.Method != http.MethodPost {
		t.Errorf("method %s, want POST", req.Method)
	}
	if !regexp.MustCompile(`^sha256=[0-9a-f]{64}$`).MatchString(req.Header.Get(HeaderSignature)) {
		t.Errorf("%s = %q", HeaderSignature, req.Header.Get(HeaderSignature))
	}

	// The body is the stored payload, its fields in a stable order.
	if string(req.Body) != d.Payload {
		t.Errorf("body differs from the stored payload:\n%s\n%s", req.Body, d.Payload)
	}
	order := regexp.MustCompile(`^\{"event":"guide\.published","id":"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}","createdAt":"[^"]+","space":1,"data":\{`)
	if !order.Match(req.Body) {
		t.Errorf("payload shape: %s", req.Body)
	}
	var p Payload
	if err := json.Unmarshal(req.Body, &p); err != nil {
		t.Fatal(err)
	}
	if _, err := time.Parse(time.RFC3339, p.CreatedAt); err != nil || !strings.HasSuffix(p.CreatedAt, "Z") {
		t.Errorf("createdAt %q is not RFC 3339 UTC: %v", p.CreatedAt, err)
	}
	if p.Event != GuidePublished || p.Space != 1 || p.Data["slug"] != data["slug"] || p.Data["title"] != data["title"] {
		t.Errorf("payload = %+v", p)
	}

	if d.Status != webhookdelivery.StatusDELIVERED || d.Attempts != 1 || d.DeliveredAt == nil ||
		d.ResponseStatus == nil || *d.ResponseStatus != 200 || d.LockedUntil != nil || d.WebhookID != hook.ID {
		t.Errorf("delivery log = %+v", d)
	}
	// The secret opens from the sealed column, but is never logged.
	secret := r.secret
	if strings.Contains(logs.String(), string(secret)) {
		t.Error("the secret appears in the logs")
	}
	if !strings.Contains(logs.String(), "webhook delivered") {
		t.Errorf("logs: %s", logs.String())
	}
}

func TestRetryAfterBackoff(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	c := newClock()
	r := newReceiver(t, c.Now, http.StatusInternalServerError, http.StatusOK)
	register(t, db, s, r, FAQPublished)
	w := &Worker{Client: db.Client, Sealer: s, Now: c.Now, AllowPrivate: true}
	enqueue(t, db, 1, FAQPublished, map[string]any{"slug": "horaires"})

	if delivered, failed, err := w.DeliverDue(ctx); err != nil || delivered != 0 || failed != 1 {
		t.Fatalf("first pass = %d, %d, %v; want 0, 1", delivered, failed, err)
	}
	d := onlyDelivery(t, db.Client)
	if d.Status != webhookdelivery.StatusPENDING || d.Attempts != 1 || d.ResponseStatus == nil || *d.ResponseStatus != 500 ||
		!strings.Contains(d.LastError, "500") || d.LockedUntil != nil {
		t.Fatalf("after a 500: %+v", d)
	}
	if want := c.Now().Add(30 * time.Second); !d.NextAttemptAt.Equal(want) {
		t.Errorf("next_attempt_at = %v, want %v", d.NextAttemptAt, want)
	}

	// Not due before the backoff.
	c.Advance(29 * time.Second)
	if delivered, failed, err := w.DeliverDue(ctx); err != nil || delivered+failed != 0 {
		t.Fatalf("before the backoff = %d, %d, %v; want nothing", delivered, failed, err)
	}
	c.Advance(time.Second)
	if delivered, failed, err := w.DeliverDue(ctx); err != nil || delivered != 1 || failed != 0 {
		t.Fatalf("after the backoff = %d, %d, %v; want 1, 0", delivered, failed, err)
	}
	d = onlyDelivery(t, db.Client)
	if d.Status != webhookdelivery.StatusDELIVERED || d.Attempts != 2 || *d.ResponseStatus != 200 || d.LastError != "" {
		t.Errorf("after the retry: %+v", d)
	}
	got := r.requests()
	if len(got) != 2 {
		t.Fatalf("receiver got %d requests, want 2", len(got))
	}
	for i, req := range got {
		if !req.Verified || req.Header.Get(HeaderDelivery) != strconv.Itoa(d.ID) || string(req.Body) != d.Payload {
			t.Errorf("request %d: verified %v, delivery %q", i, req.Verified, req.Header.Get(HeaderDelivery))
		}
	}
	// Each attempt is signed at its own time.
	if got[0].Header.Get(HeaderTimestamp) == got[1].Header.Get(HeaderTimestamp) {
		t.Error("the retry reused the first attempt's timestamp")
	}
}

func TestGivesUpAfterMaxAttempts(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	c := newClock()
	r := newReceiver(t, c.Now, http.StatusServiceUnavailable)
	register(t, db, s, r, ResourcePublished)
	w := &Worker{Client: db.Client, Sealer: s, Now: c.Now, MaxAttempts: 3, AllowPrivate: true}
	enqueue(t, db, 1, ResourcePublished, nil)

	for attempt := 1; attempt <= 3; attempt++ {
		if delivered, failed, err := w.DeliverDue(ctx); err != nil || delivered != 0 || failed != 1 {
			t.Fatalf("attempt %d = %d, %d, %v; want 0, 1", attempt, delivered, failed, err)
		}
		c.Advance(DefaultBackoff(attempt))
	}
	c.Advance(24 * time.Hour)
	if delivered, failed, err := w.DeliverDue(ctx); err != nil || delivered+failed != 0 {
		t.Fatalf("after giving up = %d, %d, %v; want nothing", delivered, failed, err)
	}
	d := onlyDelivery(t, db.Client)
	if d.Status != webhookdelivery.StatusFAILED || d.Attempts != 3 || *d.ResponseStatus != 503 || d.DeliveredAt != nil {
		t.Errorf("delivery log = %+v", d)
	}
	if n := len(r.requests()); n != 3 {
		t.Errorf("receiver got %d requests, want 3", n)
	}
}

func TestDefaultBackoff(t *testing.T) {
	for attempt, want := range map[int]time.Duration{
		0: 30 * time.Second, 1: 30 * time.Second, 2: time.Minute, 3: 2 * time.Minute,
		7: 32 * time.Minute, 8: time.Hour, 9: time.Hour, 100: time.Hour,
	} {
		if got := DefaultBackoff(attempt); got != want {
			t.Errorf("DefaultBackoff(%d) = %v, want %v", attempt, got, want)
		}
	}
}

func TestEnqueueRolledBackDeliversNothing(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	c := newClock()
	r := newReceiver(t, c.Now)
	register(t, db, s, r, GuideUnpublished)

	tx, err := db.Client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := Enqueue(ctx, tx, 1, GuideUnpublished, map[string]any{"slug": "x"}); err != nil {
		t.Fatal(err)
	}
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}
	w := &Worker{Client: db.Client, Sealer: s, Now: c.Now, AllowPrivate: true}
	if delivered, failed, err := w.DeliverDue(ctx); err != nil || delivered+failed != 0 {
		t.Fatalf("DeliverDue = %d, %d, %v; want nothing", delivered, failed, err)
	}
	if n := db.Client.WebhookDelivery.Query().CountX(ctx); n != 0 {
		t.Errorf("%d deliveries written", n)
	}
	if n := len(r.requests()); n != 0 {
		t.Errorf("receiver got %d requests", n)
	}
}

func TestEnqueueRefuses(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	if err := Enqueue(ctx, nil, 1, GuidePublished, nil); err == nil {
		t.Error("Enqueue without a transaction succeeded")
	}
	tx, err := db.Client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if err := Enqueue(ctx, tx, 1, "guide.deleted", nil); !errors.Is(err, ErrUnknownEvent) {
		t.Errorf("unknown event: %v, want ErrUnknownEvent", err)
	}
}

func TestOnlySubscribedActiveWebhooksGetDeliveries(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	reg := func(space int, events ...string) *ent.Webhook {
		h, _, err := Register(ctx, db.Client, s, space, "https://hooks.example.org/"+strconv.Itoa(space), events, 0)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	subscribed := reg(1, GuidePublished, FAQPublished)
	reg(1, GuideUnpublished)                     // another event
	inactive := reg(1, GuidePublished)           // deactivated below
	reg(2, GuidePublished)                       // another space
	both := reg(1, FAQPublished, GuidePublished) // subscribed too
	db.Client.Webhook.UpdateOne(inactive).SetActive(false).ExecX(ctx)

	enqueue(t, db, 1, GuidePublished, map[string]any{"slug": "a"})
	ds := db.Client.WebhookDelivery.Query().Order(ent.Asc(webhookdelivery.FieldID)).AllX(ctx)
	var hooks []int
	for _, d := range ds {
		hooks = append(hooks, d.WebhookID)
	}
	if want := []int{subscribed.ID, both.ID}; !slices.Equal(hooks, want) {
		t.Fatalf("deliveries to webhooks %v, want %v", hooks, want)
	}
	// One event, one id, however many webhooks receive it.
	if ds[0].Payload != ds[1].Payload {
		t.Errorf("payloads differ:\n%s\n%s", ds[0].Payload, ds[1].Payload)
	}

	// A space with no subscriber: nothing is written, and that is not an error.
	enqueue(t, db, 3, GuidePublished, nil)
	if n := db.Client.WebhookDelivery.Query().CountX(ctx); n != 2 {
		t.Errorf("%d deliveries, want 2", n)
	}
}

func TestInactiveWebhookFailsWithoutSending(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	c := newClock()
	r := newReceiver(t, c.Now)
	hook := register(t, db, s, r, GuidePublished)
	enqueue(t, db, 1, GuidePublished, nil)
	// Deactivated after the event was enqueued, before the worker's pass.
	db.Client.Webhook.UpdateOne(hook).SetActive(false).ExecX(ctx)

	w := &Worker{Client: db.Client, Sealer: s, Now: c.Now, AllowPrivate: true}
	if delivered, failed, err := w.DeliverDue(ctx); err != nil || delivered != 0 || failed != 1 {
		t.Fatalf("DeliverDue = %d, %d, %v; want 0, 1", delivered, failed, err)
	}
	d := onlyDelivery(t, db.Client)
	if d.Status != webhookdelivery.StatusFAILED || d.Attempts != 1 || d.ResponseStatus != nil || !strings.Contains(d.LastError, "inactive") {
		t.Errorf("delivery log = %+v", d)
	}
	if n := len(r.requests()); n != 0 {
		t.Errorf("receiver got %d requests", n)
	}
}

func TestWrongKeyFailsWithoutSending(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	c := newClock()
	r := newReceiver(t, c.Now)
	register(t, db, testSealer(t), r, GuidePublished)
	enqueue(t, db, 1, GuidePublished, nil)

	w := &Worker{Client: db.Client, Sealer: testSealer(t), Now: c.Now, AllowPrivate: true}
	if delivered, failed, err := w.DeliverDue(ctx); err != nil || delivered != 0 || failed != 1 {
		t.Fatalf("DeliverDue = %d, %d, %v; want 0, 1", delivered, failed, err)
	}
	if d := onlyDelivery(t, db.Client); d.Status != webhookdelivery.StatusFAILED {
		t.Errorf("status %s, want FAILED", d.Status)
	}
	if n := len(r.requests()); n != 0 {
		t.Errorf("receiver got %d requests", n)
	}
}

func TestRedirectIsNotFollowed(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	c := newClock()
	elsewhere := newReceiver(t, c.Now)
	redirector := httptest.NewServer(http.RedirectHandler(elsewhere.URL(), http.StatusTemporaryRedirect))
	t.Cleanup(redirector.Close)
	if _, _, err := Register(ctx, db.Client, s, 1, redirector.URL, []string{GuidePublished}, 0); err != nil {
		t.Fatal(err)
	}
	enqueue(t, db, 1, GuidePublished, nil)

	w := &Worker{Client: db.Client, Sealer: s, Now: c.Now, HTTP: &http.Client{}}
	if delivered, failed, err := w.DeliverDue(ctx); err != nil || delivered != 0 || failed != 1 {
		t.Fatalf("DeliverDue = %d, %d, %v; want 0, 1", delivered, failed, err)
	}
	d := onlyDelivery(t, db.Client)
	if d.Status != webhookdelivery.StatusPENDING || *d.ResponseStatus != http.StatusTemporaryRedirect {
		t.Errorf("delivery log = %+v", d)
	}
	if n := len(elsewhere.requests()); n != 0 {
		t.Errorf("the redirect was followed: %d requests", n)
	}
}

func TestUnreachableReceiverIsRetried(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	c := newClock()
	gone := httptest.NewServer(http.NotFoundHandler())
	url := gone.URL + "/hook?token=receiver-own-token"
	gone.Close()
	if _, _, err := Register(ctx, db.Client, s, 1, url, []string{GuidePublished}, 0); err != nil {
		t.Fatal(err)
	}
	enqueue(t, db, 1, GuidePublished, nil)

	w := &Worker{Client: db.Client, Sealer: s, Now: c.Now, AllowPrivate: true}
	if delivered, failed, err := w.DeliverDue(ctx); err != nil || delivered != 0 || failed != 1 {
		t.Fatalf("DeliverDue = %d, %d, %v; want 0, 1", delivered, failed, err)
	}
	d := onlyDelivery(t, db.Client)
	if d.Status != webhookdelivery.StatusPENDING || d.ResponseStatus != nil || d.LastError == "" {
		t.Errorf("delivery log = %+v", d)
	}
	if strings.Contains(d.LastError, "receiver-own-token") {
		t.Errorf("last_error quotes the URL: %s", d.LastError)
	}
}

func TestTwoWorkersDeliverEachOnce(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db1 := openDB(t, dir)
	db2 := openDB(t, dir)
	s := testSealer(t)
	c := newClock()
	r := newReceiver(t, c.Now)
	register(t, db1, s, r, GuidePublished)
	for i := range 20 {
		enqueue(t, db1, 1, GuidePublished, map[string]any{"n": i})
	}
	workers := []*Worker{
		{Client: db1.Client, Sealer: s, Now: c.Now, AllowPrivate: true},
		{Client: db2.Client, Sealer: s, Now: c.Now, AllowPrivate: true},
	}
	start := make(chan struct{})
	var wg sync.WaitGroup
	errs := make([]error, 2)
	counts := make([]int, 2)
	for i, w := range workers {
		wg.Go(func() {
			<-start
			counts[i], _, errs[i] = w.DeliverDue(ctx)
		})
	}
	close(start)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	t.Logf("worker 1 delivered %d, worker 2 delivered %d", counts[0], counts[1])
	if counts[0]+counts[1] != 20 {
		t.Errorf("%d deliveries reported, want 20", counts[0]+counts[1])
	}
	perDelivery := map[string]int{}
	for _, req := range r.requests() {
		if !req.Verified {
			t.Error("a request failed verification")
		}
		perDelivery[req.Header.Get(HeaderDelivery)]++
	}
	if len(perDelivery) != 20 {
		t.Errorf("%d deliveries received, want 20", len(perDelivery))
	}
	for id, n := range perDelivery {
		if n != 1 {
			t.Errorf("delivery %s received %d times", id, n)
		}
	}
	if n := db1.Client.WebhookDelivery.Query().Where(webhookdelivery.StatusEQ(webhookdelivery.StatusDELIVERED)).CountX(ctx); n != 20 {
		t.Errorf("%d deliveries DELIVERED, want 20", n)
	}
}

func TestWorkerRespectsLease(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	c := newClock()
	r := newReceiver(t, c.Now)
	register(t, db, s, r, GuidePublished)
	enqueue(t, db, 1, GuidePublished, nil)
	// Another worker claimed it and has not finished.
	d := onlyDelivery(t, db.Client)
	db.Client.WebhookDelivery.UpdateOne(d).SetLockedUntil(c.Now().Add(time.Minute)).ExecX(ctx)

	w := &Worker{Client: db.Client, Sealer: s, Now: c.Now, AllowPrivate: true}
	if delivered, failed, err := w.DeliverDue(ctx); err != nil || delivered+failed != 0 {
		t.Fatalf("during the lease = %d, %d, %v; want nothing", delivered, failed, err)
	}
	c.Advance(time.Minute + time.Second)
	if delivered, _, err := w.DeliverDue(ctx); err != nil || delivered != 1 {
		t.Fatalf("after the lease = %d, %v; want 1", delivered, err)
	}
}

func TestRunWakes(t *testing.T) {
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	delivered := make(chan struct{}, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		delivered <- struct{}{}
	}))
	t.Cleanup(srv.Close)
	if _, _, err := Register(context.Background(), db.Client, s, 1, srv.URL, []string{GuidePublished}, 0); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	w := &Worker{Client: db.Client, Sealer: s, Interval: time.Hour, AllowPrivate: true}
	done := make(chan struct{})
	go func() { w.Run(ctx); close(done) }()

	enqueue(t, db, 1, GuidePublished, nil)
	w.Wake()
	select {
	case <-delivered:
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not deliver after Wake")
	}
	cancel()
	<-done
}

func TestVerify(t *testing.T) {
	secret := []byte("s3cr3t-from-register")
	body := []byte(`{"event":"guide.published","id":"1","createdAt":"2026-01-01T00:00:00Z","space":1,"data":{}}`)
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	ts := now.Unix()
	sig := Sign(secret, ts, body)
	for _, tc := range []struct {
		name   string
		secret []byte
		ts     int64
		body   []byte
		header string
		want   bool
	}{
		{"valid", secret, ts, body, sig, true},
		{"valid, a little late", secret, ts - 299, body, Sign(secret, ts-299, body), true},
		{"tampered body", secret, ts, append(bytes.Clone(body[:len(body)-2]), `"x"}`...), sig, false},
		{"wrong secret", []byte("another"), ts, body, sig, false},
		{"stale timestamp", secret, ts - 301, body, Sign(secret, ts-301, body), false},
		{"timestamp from the future", secret, ts + 301, body, Sign(secret, ts+301, body), false},
		{"timestamp changed", secret, ts + 1, body, sig, false},
		{"no prefix", secret, ts, body, strings.TrimPrefix(sig, "sha256="), false},
		{"not hex", secret, ts, body, "sha256=zz" + sig[9:], false},
		{"truncated", secret, ts, body, sig[:len(sig)-2], false},
		{"empty", secret, ts, body, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Verify(tc.secret, tc.ts, tc.body, tc.header, now, 5*time.Minute); got != tc.want {
				t.Errorf("Verify = %v, want %v", got, tc.want)
			}
		})
	}
	// A zero tolerance means DefaultTolerance, not "any age".
	if Verify(secret, ts-int64(DefaultTolerance/time.Second)-1, body, Sign(secret, ts-int64(DefaultTolerance/time.Second)-1, body), now, 0) {
		t.Error("a zero tolerance accepted a stale timestamp")
	}
}

func TestSignMatchesTheDocumentedConstruction(t *testing.T) {
	// What a receiver in another language computes: hex(HMAC-SHA256(secret, "<ts>.<body>")).
	// Reference value from `printf '1700000000.{}' | openssl dgst -sha256 -hmac key`.
	got := Sign([]byte("key"), 1700000000, []byte("{}"))
	want := "sha256=9d713ed406bb7076d4123f0dc2c39d2df5c654ed4b0cd56b52c8b4c940bd63ae"
	if got != want {
		t.Errorf("Sign = %s, want %s", got, want)
	}
}

func TestRegisterRejects(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	for _, tc := range []struct {
		url    string
		events []string
		want   error
	}{
		{"", []string{GuidePublished}, ErrInvalidURL},
		{"hooks.example.org/x", []string{GuidePublished}, ErrInvalidURL},
		{"/relative/path", []string{GuidePublished}, ErrInvalidURL},
		{"ftp://hooks.example.org/x", []string{GuidePublished}, ErrInvalidURL},
		{"javascript:alert(1)", []string{GuidePublished}, ErrInvalidURL},
		{"mailto:admin@example.org", []string{GuidePublished}, ErrInvalidURL},
		{"https://", []string{GuidePublished}, ErrInvalidURL},
		{"https:///path-only", []string{GuidePublished}, ErrInvalidURL},
		{"https://:8080/x", []string{GuidePublished}, ErrInvalidURL},
		{"http://exa mple.org/", []string{GuidePublished}, ErrInvalidURL},
		{"https://hooks.example.org/" + strings.Repeat("a", 2100), []string{GuidePublished}, ErrInvalidURL},
		{"https://hooks.example.org/x", nil, ErrUnknownEvent},
		{"https://hooks.example.org/x", []string{}, ErrUnknownEvent},
		{"https://hooks.example.org/x", []string{GuidePublished, "guide.deleted"}, ErrUnknownEvent},
		{"https://hooks.example.org/x", []string{"GUIDE.PUBLISHED"}, ErrUnknownEvent},
	} {
		t.Run(fmt.Sprintf("%.40s %v", tc.url, tc.events), func(t *testing.T) {
			_, secret, err := Register(ctx, db.Client, s, 1, tc.url, tc.events, 0)
			if !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
			if secret != "" {
				t.Error("a refused registration returned a secret")
			}
		})
	}
	if n := db.Client.Webhook.Query().CountX(ctx); n != 0 {
		t.Errorf("%d webhooks stored", n)
	}
}

func TestRegisterStoresTheSecretSealed(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	h, secret, err := Register(ctx, db.Client, s, 4, "HTTPS://Hooks.Example.org/guichet", []string{GuidePublished, GuidePublished, FAQUnpublished}, 9)
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`^[A-Za-z0-9_-]{43}$`).MatchString(secret) {
		t.Errorf("secret %q is not 32 bytes of base64url", secret)
	}
	if h.SpaceID != 4 || !h.Active || h.CreatedBy == nil || *h.CreatedBy != 9 ||
		!slices.Equal(h.Events, []string{GuidePublished, FAQUnpublished}) {
		t.Errorf("webhook = %+v", h)
	}
	var sealed []byte
	if err := db.SQL.QueryRow(db.Rebind(`SELECT secret_sealed FROM webhooks WHERE id = ?`), h.ID).Scan(&sealed); err != nil {
		t.Fatal(err)
	}
	if len(sealed) == 0 || bytes.Contains(sealed, []byte(secret)) {
		t.Fatalf("the stored secret is not sealed: %q", sealed)
	}
	opened, err := s.Open(sealed)
	if err != nil || string(opened) != secret {
		t.Errorf("Open(stored) = %q, %v; want the secret", opened, err)
	}
	// The secret is not part of what the entity prints.
	if strings.Contains(fmt.Sprintf("%v %+v", h, h), secret) {
		t.Error("the webhook prints its secret")
	}
	_, other, err := Register(ctx, db.Client, s, 4, "https://hooks.example.org/other", []string{GuidePublished}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if other == secret {
		t.Error("two webhooks got the same secret")
	}
}

func TestListAndDelete(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	c := newClock()
	r := newReceiver(t, c.Now)
	a := register(t, db, s, r, GuidePublished)
	b := register(t, db, s, r, GuidePublished)
	other, _, err := Register(ctx, db.Client, s, 2, r.URL(), []string{GuidePublished}, 0)
	if err != nil {
		t.Fatal(err)
	}
	enqueue(t, db, 1, GuidePublished, nil)
	enqueue(t, db, 2, GuidePublished, nil)

	hs, err := List(ctx, db.Client, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) != 2 || hs[0].ID != a.ID || hs[1].ID != b.ID {
		t.Fatalf("List(1) = %v", hs)
	}

	// Another space's webhook is not found from space 1.
	if err := Delete(ctx, db.Client, 1, other.ID); !ent.IsNotFound(err) {
		t.Errorf("Delete across spaces: %v, want not found", err)
	}
	if err := Delete(ctx, db.Client, 1, a.ID); err != nil {
		t.Fatal(err)
	}
	if err := Delete(ctx, db.Client, 1, a.ID); !ent.IsNotFound(err) {
		t.Errorf("second Delete: %v, want not found", err)
	}
	if hs, _ := List(ctx, db.Client, 1); len(hs) != 1 || hs[0].ID != b.ID {
		t.Errorf("after Delete, List(1) = %v", hs)
	}
	if n := db.Client.WebhookDelivery.Query().Where(webhookdelivery.WebhookID(a.ID)).CountX(ctx); n != 0 {
		t.Errorf("%d deliveries of the deleted webhook remain", n)
	}
	if n := db.Client.WebhookDelivery.Query().CountX(ctx); n != 2 {
		t.Errorf("%d deliveries remain, want 2 (b's and the other space's)", n)
	}
}

// Without AllowPrivate, a webhook cannot reach the server's own network.
func TestPrivateAddressesAreRefused(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	c := newClock()
	r := newReceiver(t, c.Now, http.StatusOK)
	register(t, db, s, r, FAQPublished)
	w := &Worker{Client: db.Client, Sealer: s, Now: c.Now}
	enqueue(t, db, 1, FAQPublished, map[string]any{"slug": "x"})
	if delivered, failed, err := w.DeliverDue(ctx); err != nil || delivered != 0 || failed != 1 {
		t.Fatalf("pass = %d, %d, %v; want 0, 1", delivered, failed, err)
	}
	if d := onlyDelivery(t, db.Client); !strings.Contains(d.LastError, "private network") {
		t.Fatalf("last error: %q", d.LastError)
	}
	for _, tt := range []struct {
		addr string
		ok   bool
	}{
		{"127.0.0.1:80", false}, {"10.1.2.3:443", false}, {"192.168.0.10:443", false}, {"169.254.169.254:80", false},
		{"[::1]:443", false}, {"[fe80::1]:443", false}, {"0.0.0.0:80", false}, {"93.184.216.34:443", true}, {"[2606:4700::1]:443", true},
	} {
		if err := refusePrivate("tcp", tt.addr, nil); (err == nil) != tt.ok {
			t.Errorf("refusePrivate(%s) = %v", tt.addr, err)
		}
	}
}
