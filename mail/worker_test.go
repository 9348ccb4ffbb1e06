package mail

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"guichet/ent"
	"guichet/ent/outboxmessage"
	"guichet/locales"
	"guichet/store"
)

const publicURL = "https://guichet.example.org"

// enqueue commits m in a transaction of its own, as a domain change would.
func enqueue(t *testing.T, db *store.DB, s *Sealer, m Message) {
	t.Helper()
	ctx := context.Background()
	tx, err := db.Client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := Enqueue(ctx, tx, s, m); err != nil {
		tx.Rollback()
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

func activation(to string, l locales.Locale, token string) Message {
	return Message{
		To: to, ToName: "Chloé Mercier", Locale: l, Template: "activation",
		Data: map[string]string{DataSpaceName: "Communauté des facilitateurs"},
		Link: &Link{Path: "/facilitators/activate", Token: token},
	}
}

func onlyRow(t *testing.T, db *store.DB) *ent.OutboxMessage {
	t.Helper()
	rows, err := db.Client.OutboxMessage.Query().All(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 {
		t.Fatalf("outbox holds %d messages, want 1", len(rows))
	}
	return rows[0]
}

// sealedBytes reads the sealed column as SQLite stores it, and the whole row as text.
func rawRow(t *testing.T, db *store.DB, id int) (sealed []byte, row string) {
	t.Helper()
	var data, status, lastError string
	if err := db.SQL.QueryRow(db.Rebind(`SELECT sealed, data, status, last_error FROM outbox_messages WHERE id = ?`), id).
		Scan(&sealed, &data, &status, &lastError); err != nil {
		t.Fatal(err)
	}
	return sealed, string(sealed) + data + status + lastError
}

func TestEnqueueStoresTheTokenSealed(t *testing.T) {
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	token := newToken()
	spaceID := 3
	m := activation("chloe.mercier@example.org", locales.FR, token)
	m.SpaceID = &spaceID
	enqueue(t, db, s, m)

	row := onlyRow(t, db)
	if row.Status != outboxmessage.StatusPENDING || row.Attempts != 0 || *row.SpaceID != 3 || row.Locale != locales.FR {
		t.Errorf("row %+v", row)
	}
	if row.Data[DataLinkPath] != "/facilitators/activate" || row.Data[DataSpaceName] != "Communauté des facilitateurs" {
		t.Errorf("data %v", row.Data)
	}
	sealed, all := rawRow(t, db, row.ID)
	if len(sealed) == 0 {
		t.Fatal("sealed is empty")
	}
	if strings.Contains(all, token) || bytes.Contains(sealed, []byte(token)) {
		t.Fatal("the token is stored in clear")
	}
	if got, err := s.Open(sealed); err != nil || string(got) != token {
		t.Errorf("sealed opens to %q, %v", got, err)
	}
	if _, ok := m.Data[DataLinkPath]; ok {
		t.Error("Enqueue changed the caller's Data")
	}

	// After sending, the sealed token is gone.
	w := &Worker{Client: db.Client, Transport: &Recorder{}, Sealer: s, PublicURL: publicURL, Now: newClock().Now}
	if sent, _, err := w.SendDue(context.Background()); err != nil || sent != 1 {
		t.Fatalf("SendDue = %d, %v", sent, err)
	}
	if sealed, _ := rawRow(t, db, row.ID); sealed != nil {
		t.Errorf("sealed = %x after sending, want NULL", sealed)
	}
}

func TestEnqueueRefuses(t *testing.T) {
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	good := activation("chloe.mercier@example.org", locales.EN, "tok")
	for _, tc := range []struct {
		name   string
		edit   func(*Message)
		sealer *Sealer
	}{
		{"unknown template", func(m *Message) { m.Template = "welcome" }, s},
		{"invalid address", func(m *Message) { m.To = "chloe at example" }, s},
		{"invalid locale", func(m *Message) { m.Locale = "" }, s},
		{"no link", func(m *Message) { m.Link = nil }, s},
		{"reserved data key", func(m *Message) { m.Data = map[string]string{DataLinkPath: "/x"} }, s},
		{"no sealer", func(*Message) {}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := good
			m.Data = copyMap(good.Data)
			tc.edit(&m)
			ctx := context.Background()
			tx, err := db.Client.Tx(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer tx.Rollback()
			if err := Enqueue(ctx, tx, tc.sealer, m); err == nil {
				t.Error("Enqueue accepted it")
			}
		})
	}
}

// A message enqueued in a transaction that rolls back never exists, so is never sent.
func TestEnqueueRolledBackSendsNothing(t *testing.T) {
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	ctx := context.Background()
	tx, err := db.Client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := Enqueue(ctx, tx, s, activation("chloe.mercier@example.org", locales.FR, newToken())); err != nil {
		t.Fatal(err)
	}
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}
	rec := &Recorder{}
	w := &Worker{Client: db.Client, Transport: rec, Sealer: s, PublicURL: publicURL, Now: newClock().Now}
	sent, failed, err := w.SendDue(ctx)
	if err != nil || sent != 0 || failed != 0 || len(rec.Messages()) != 0 {
		t.Errorf("SendDue = %d sent, %d failed, %v; recorded %d", sent, failed, err, len(rec.Messages()))
	}
	if n := db.Client.OutboxMessage.Query().CountX(ctx); n != 0 {
		t.Errorf("outbox holds %d messages", n)
	}
}

// The SMTP server is down: the message waits, with its error, then goes out once — through a
// new worker, as after a restart — when the server is back and the retry is due.
func TestWorkerSMTPOutageThenRecovery(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := openDB(t, dir)
	s := testSealer(t)
	b := &smtpBackend{user: "guichet", pass: "s3cret"}
	addr, stop := startSMTP(t, b, "127.0.0.1:0")
	stop() // the outage
	tr, err := NewTransport("smtp://guichet:s3cret@"+addr, dir)
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	c := newClock()
	newWorker := func() *Worker {
		return &Worker{Client: db.Client, Transport: tr, Sealer: s, PublicURL: publicURL,
			From: "Guichet <noreply@guichet.example.org>", Now: c.Now, Logger: logger}
	}

	token := newToken()
	enqueue(t, db, s, activation("chloe.mercier@example.org", locales.FR, token))

	sent, failed, err := newWorker().SendDue(ctx)
	if err != nil || sent != 0 || failed != 1 {
		t.Fatalf("during the outage SendDue = %d sent, %d failed, %v", sent, failed, err)
	}
	row := onlyRow(t, db)
	if row.Status != outboxmessage.StatusPENDING || row.Attempts != 1 || row.LastError == "" ||
		!row.NextAttemptAt.After(c.Now()) || row.LockedUntil != nil || len(sealedOf(row)) == 0 {
		t.Fatalf("after a failed attempt: status %s, attempts %d, last_error %q, next %v (now %v), lease %v, sealed %v",
			row.Status, row.Attempts, row.LastError, row.NextAttemptAt, c.Now(), row.LockedUntil, len(sealedOf(row)) > 0)
	}
	if strings.Contains(row.LastError, "s3cret") || strings.Contains(row.LastError, token) {
		t.Errorf("last_error holds a secret: %s", row.LastError)
	}
	t.Logf("last_error: %s", row.LastError)

	// The server is back, but the retry is not due yet.
	startSMTP(t, b, addr)
	if sent, failed, err := newWorker().SendDue(ctx); err != nil || sent+failed != 0 {
		t.Fatalf("before the retry is due SendDue = %d sent, %d failed, %v", sent, failed, err)
	}

	// The retry is due: a restarted worker sends it, once.
	c.Advance(DefaultBackoff(1))
	w := newWorker()
	if sent, failed, err := w.SendDue(ctx); err != nil || sent != 1 || failed != 0 {
		t.Fatalf("after recovery SendDue = %d sent, %d failed, %v", sent, failed, err)
	}
	c.Advance(time.Hour)
	if sent, failed, err := w.SendDue(ctx); err != nil || sent+failed != 0 {
		t.Fatalf("a second pass SendDue = %d sent, %d failed, %v", sent, failed, err)
	}
	got := b.messages()
	if len(got) != 1 {
		t.Fatalf("the server received %d messages, want exactly 1", len(got))
	}
	if !slices.Equal(got[0].To, []string{"chloe.mercier@example.org"}) {
		t.Errorf("RCPT TO %v", got[0].To)
	}
	p := parseEmail(t, got[0].Data)
	if to, err := p.Header.AddressList("To"); err != nil || to[0].Address != "chloe.mercier@example.org" {
		t.Errorf("To %v, %v", to, err)
	}
	if p.Subject != "Activez votre compte Communauté des facilitateurs" {
		t.Errorf("Subject %q, want the French one", p.Subject)
	}
	link := publicURL + "/facilitators/activate?token=" + token
	if !strings.Contains(p.Text, link) {
		t.Errorf("text part lacks %s:\n%s", link, p.Text)
	}
	if !strings.Contains(p.HTML, `href="`+link+`"`) {
		t.Errorf("HTML part lacks the link:\n%s", p.HTML)
	}

	row = onlyRow(t, db)
	if row.Status != outboxmessage.StatusSENT || row.SentAt == nil || len(sealedOf(row)) > 0 || row.LockedUntil != nil || row.Attempts != 2 {
		t.Errorf("after sending: status %s, sent_at %v, sealed %v, lease %v, attempts %d",
			row.Status, row.SentAt, len(sealedOf(row)) > 0, row.LockedUntil, row.Attempts)
	}
	if sealed, _ := rawRow(t, db, row.ID); sealed != nil {
		t.Errorf("sealed column = %x, want NULL", sealed)
	}

	// The logs name the message and the attempt, never the token, the password or the body.
	out := logs.String()
	for _, want := range []string{"outbox_id=", "template=activation", "attempt=1", "attempt=2", "error="} {
		if !strings.Contains(out, want) {
			t.Errorf("logs lack %q:\n%s", want, out)
		}
	}
	for _, secret := range []string{token, "s3cret", "Vous venez de créer"} {
		if strings.Contains(out, secret) {
			t.Errorf("logs show %q:\n%s", secret, out)
		}
	}
}

// A server that answers "try again later" is an outage too.
func TestWorkerSMTPRefusal(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	b := &smtpBackend{}
	b.refuse.Store(true)
	addr, _ := startSMTP(t, b, "127.0.0.1:0")
	tr, _ := NewTransport("smtp://"+addr, "")
	c := newClock()
	w := &Worker{Client: db.Client, Transport: tr, Sealer: s, PublicURL: publicURL, Now: c.Now}
	enqueue(t, db, s, activation("chloe.mercier@example.org", locales.EN, newToken()))

	if sent, failed, err := w.SendDue(ctx); err != nil || sent != 0 || failed != 1 {
		t.Fatalf("SendDue = %d sent, %d failed, %v", sent, failed, err)
	}
	row := onlyRow(t, db)
	if row.Status != outboxmessage.StatusPENDING || row.Attempts != 1 || !strings.Contains(row.LastError, "451") {
		t.Fatalf("status %s, attempts %d, last_error %q", row.Status, row.Attempts, row.LastError)
	}
	b.refuse.Store(false)
	c.Advance(time.Hour)
	if sent, _, err := w.SendDue(ctx); err != nil || sent != 1 {
		t.Fatalf("SendDue = %d sent, %v", sent, err)
	}
	if p := parseEmail(t, b.messages()[0].Data); p.Subject != "Activate your Communauté des facilitateurs account" {
		t.Errorf("Subject %q, want the English one", p.Subject)
	}
}

// A crash between enqueueing and sending loses nothing: a new worker on the same database —
// a new process — sends what is pending.
func TestWorkerAfterRestart(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := openDB(t, dir)
	s := testSealer(t)
	enqueue(t, db, s, activation("chloe.mercier@example.org", locales.FR, newToken()))
	enqueue(t, db, s, Message{To: "marc@example.org", Locale: locales.EN, Template: "approval_pending"})
	db.Close()

	db2 := openDB(t, dir)
	tr, err := NewTransport("", dir)
	if err != nil {
		t.Fatal(err)
	}
	w := &Worker{Client: db2.Client, Transport: tr, Sealer: s, PublicURL: publicURL, Now: newClock().Now}
	if sent, failed, err := w.SendDue(ctx); err != nil || sent != 2 || failed != 0 {
		t.Fatalf("SendDue = %d sent, %d failed, %v", sent, failed, err)
	}
	if n := db2.Client.OutboxMessage.Query().Where(outboxmessage.StatusEQ(outboxmessage.StatusSENT)).CountX(ctx); n != 2 {
		t.Errorf("%d messages SENT, want 2", n)
	}
}

// Two workers — two processes on one database — share 20 messages: each is sent once.
func TestTwoWorkersSendEachMessageOnce(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db1 := openDB(t, dir)
	db2 := openDB(t, dir)
	s := testSealer(t)
	for i := range 20 {
		enqueue(t, db1, s, activation(fmt.Sprintf("person%02d@example.org", i), locales.All[i%2], newToken()))
	}
	c := newClock()
	recs := []*Recorder{{}, {}}
	workers := []*Worker{
		{Client: db1.Client, Transport: recs[0], Sealer: s, PublicURL: publicURL, Now: c.Now},
		{Client: db2.Client, Transport: recs[1], Sealer: s, PublicURL: publicURL, Now: c.Now},
	}
	start := make(chan struct{})
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, w := range workers {
		wg.Go(func() {
			<-start
			_, _, errs[i] = w.SendDue(ctx)
		})
	}
	close(start)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, r := range recs {
		for _, m := range r.Messages() {
			count[m.To]++
		}
	}
	t.Logf("worker 1 sent %d, worker 2 sent %d", len(recs[0].Messages()), len(recs[1].Messages()))
	if len(count) != 20 {
		t.Errorf("%d recipients reached, want 20", len(count))
	}
	for to, n := range count {
		if n != 1 {
			t.Errorf("%s received %d messages", to, n)
		}
	}
	if n := db1.Client.OutboxMessage.Query().Where(outboxmessage.StatusEQ(outboxmessage.StatusSENT)).CountX(ctx); n != 20 {
		t.Errorf("%d messages SENT, want 20", n)
	}
}

// A message another worker holds (its lease runs) is left alone until the lease ends.
func TestWorkerRespectsLease(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	enqueue(t, db, s, activation("chloe.mercier@example.org", locales.FR, newToken()))
	c := newClock()
	row := onlyRow(t, db)
	db.Client.OutboxMessage.UpdateOneID(row.ID).SetLockedUntil(c.Now().Add(time.Minute)).ExecX(ctx)

	rec := &Recorder{}
	w := &Worker{Client: db.Client, Transport: rec, Sealer: s, PublicURL: publicURL, Now: c.Now}
	if sent, failed, err := w.SendDue(ctx); err != nil || sent+failed != 0 {
		t.Fatalf("SendDue under another's lease = %d sent, %d failed, %v", sent, failed, err)
	}
	c.Advance(time.Minute + time.Second)
	if sent, _, err := w.SendDue(ctx); err != nil || sent != 1 {
		t.Fatalf("SendDue after the lease = %d sent, %v", sent, err)
	}
}

type failingTransport struct{ err error }

func (f failingTransport) Send(context.Context, *Outgoing) error { return f.err }

// After MaxAttempts failures, the message is given up: FAILED, its secret erased.
func TestWorkerGivesUpAfterMaxAttempts(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	enqueue(t, db, s, activation("chloe.mercier@example.org", locales.FR, newToken()))
	c := newClock()
	var waits []time.Duration
	w := &Worker{Client: db.Client, Transport: failingTransport{errors.New("connection refused")}, Sealer: s,
		PublicURL: publicURL, Now: c.Now, MaxAttempts: 3,
		Backoff: func(attempt int) time.Duration {
			waits = append(waits, DefaultBackoff(attempt))
			return DefaultBackoff(attempt)
		}}
	for attempt := 1; attempt <= 3; attempt++ {
		if _, failed, err := w.SendDue(ctx); err != nil || failed != 1 {
			t.Fatalf("attempt %d: %d failed, %v", attempt, failed, err)
		}
		row := onlyRow(t, db)
		if row.Attempts != attempt {
			t.Fatalf("attempts = %d, want %d", row.Attempts, attempt)
		}
		c.Advance(time.Hour)
	}
	row := onlyRow(t, db)
	if row.Status != outboxmessage.StatusFAILED || len(sealedOf(row)) > 0 || row.LastError != "connection refused" {
		t.Errorf("status %s, sealed %v, last_error %q", row.Status, len(sealedOf(row)) > 0, row.LastError)
	}
	if !slices.Equal(waits, []time.Duration{30 * time.Second, time.Minute}) {
		t.Errorf("waits %v", waits)
	}
	if sent, failed, err := w.SendDue(ctx); err != nil || sent+failed != 0 {
		t.Errorf("a FAILED message was tried again: %d sent, %d failed, %v", sent, failed, err)
	}
}

// A token sealed with another key can never be sent: FAILED at once, no retry.
func TestWorkerWrongKeyFailsAtOnce(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	enqueue(t, db, testSealer(t), activation("chloe.mercier@example.org", locales.FR, newToken()))
	w := &Worker{Client: db.Client, Transport: &Recorder{}, Sealer: testSealer(t), PublicURL: publicURL, Now: newClock().Now}
	if _, failed, err := w.SendDue(ctx); err != nil || failed != 1 {
		t.Fatalf("SendDue = %d failed, %v", failed, err)
	}
	if row := onlyRow(t, db); row.Status != outboxmessage.StatusFAILED || row.Attempts != 1 {
		t.Errorf("status %s, attempts %d", row.Status, row.Attempts)
	}
}

func TestDefaultBackoff(t *testing.T) {
	for attempt, want := range map[int]time.Duration{
		0: 30 * time.Second, 1: 30 * time.Second, 2: time.Minute, 3: 2 * time.Minute,
		7: 32 * time.Minute, 8: time.Hour, 12: time.Hour, 100: time.Hour,
	} {
		if got := DefaultBackoff(attempt); got != want {
			t.Errorf("DefaultBackoff(%d) = %v, want %v", attempt, got, want)
		}
	}
}

// notifying records messages and tells the test each time one is sent.
type notifying struct {
	Recorder
	sent chan struct{}
}

func (n *notifying) Send(ctx context.Context, m *Outgoing) error {
	n.Recorder.Send(ctx, m)
	n.sent <- struct{}{}
	return nil
}

// Run sends at once when woken, and returns when its context ends.
func TestWorkerRunWakes(t *testing.T) {
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	tr := &notifying{sent: make(chan struct{}, 10)}
	w := &Worker{Client: db.Client, Transport: tr, Sealer: s, PublicURL: publicURL, Now: newClock().Now,
		Interval: time.Hour} // only Wake (and the first pass) can start a pass
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { w.Run(ctx); close(done) }()

	for i, to := range []string{"a@example.org", "b@example.org"} {
		enqueue(t, db, s, Message{To: to, Locale: locales.FR, Template: "approval_pending"})
		w.Wake()
		select {
		case <-tr.sent:
		case <-time.After(10 * time.Second):
			t.Fatalf("message %d not sent after Wake", i+1)
		}
	}
	cancel()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return when its context ended")
	}
	if n := len(tr.Messages()); n != 2 {
		t.Errorf("%d messages sent, want 2", n)
	}
}
