package mail

import (
	"context"
	"net"
	"net/textproto"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"guichet/ent/outboxmessage"
	"guichet/locales"
)

// Delivery is at least once: a message whose end of DATA the server refused (or whose answer
// was lost) is sent again, under the same Message-ID, so that the receiver can tell.
func TestMessageIDStableAcrossRetries(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	b := &smtpBackend{}
	b.failData.Store(1)
	addr, _ := startSMTP(t, b, "127.0.0.1:0")
	tr, _ := NewTransport("smtp://"+addr, "")
	c := newClock()
	w := &Worker{Client: db.Client, Transport: tr, Sealer: s, PublicURL: publicURL, Now: c.Now}
	enqueue(t, db, s, activation("chloe.mercier@example.org", locales.FR, newToken()))

	if sent, failed, err := w.SendDue(ctx); err != nil || sent != 0 || failed != 1 {
		t.Fatalf("first pass = %d sent, %d failed, %v", sent, failed, err)
	}
	c.Advance(time.Hour)
	if sent, failed, err := w.SendDue(ctx); err != nil || sent != 1 || failed != 0 {
		t.Fatalf("retry = %d sent, %d failed, %v", sent, failed, err)
	}
	got := b.messages()
	if len(got) != 2 {
		t.Fatalf("the server received %d messages, want 2 (the refused one, then the retry)", len(got))
	}
	first, second := parseEmail(t, got[0].Data).Header.Get("Message-Id"), parseEmail(t, got[1].Data).Header.Get("Message-Id")
	if first == "" || first != second {
		t.Errorf("Message-ID %q then %q, want the same", first, second)
	}
	if row := onlyRow(t, db); row.Status != outboxmessage.StatusSENT || row.Attempts != 2 {
		t.Errorf("status %s, attempts %d", row.Status, row.Attempts)
	}
}

// A server that accepts the message (250 after DATA) and then drops the connection before
// RSET or QUIT has the message: it is recorded as sent, not sent again.
func TestDeliveredThenSessionDropsIsNotResent(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	srv := startDroppingSMTP(t)
	tr, _ := NewTransport("smtp://"+srv.addr, "")
	c := newClock()
	w := &Worker{Client: db.Client, Transport: tr, Sealer: s, PublicURL: publicURL, Now: c.Now}
	enqueue(t, db, s, activation("chloe.mercier@example.org", locales.EN, newToken()))

	if sent, failed, err := w.SendDue(ctx); err != nil || sent != 1 || failed != 0 {
		t.Fatalf("SendDue = %d sent, %d failed, %v", sent, failed, err)
	}
	c.Advance(24 * time.Hour)
	if sent, failed, err := w.SendDue(ctx); err != nil || sent+failed != 0 {
		t.Fatalf("a later pass = %d sent, %d failed, %v", sent, failed, err)
	}
	if n := srv.count(); n != 1 {
		t.Errorf("the server received %d messages, want 1", n)
	}
	if row := onlyRow(t, db); row.Status != outboxmessage.StatusSENT || row.Attempts != 1 || row.LastError != "" {
		t.Errorf("status %s, attempts %d, last_error %q", row.Status, row.Attempts, row.LastError)
	}
}

// droppingSMTP speaks just enough SMTP to take a message, answers 250 to it and hangs up.
type droppingSMTP struct {
	addr string
	mu   sync.Mutex
	n    int
}

func (d *droppingSMTP) count() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.n
}

func startDroppingSMTP(t *testing.T) *droppingSMTP {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	d := &droppingSMTP{addr: ln.Addr().String()}
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go d.serve(conn)
		}
	}()
	return d
}

func (d *droppingSMTP) serve(conn net.Conn) {
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	tp := textproto.NewConn(conn)
	tp.PrintfLine("220 localhost ESMTP")
	for {
		line, err := tp.ReadLine()
		if err != nil {
			return
		}
		switch cmd := strings.ToUpper(strings.Fields(line + " x")[0]); cmd {
		case "EHLO", "HELO":
			tp.PrintfLine("250 localhost")
		case "MAIL", "RCPT", "NOOP", "RSET":
			tp.PrintfLine("250 OK")
		case "DATA":
			tp.PrintfLine("354 go ahead")
			if _, err := tp.ReadDotBytes(); err != nil {
				return
			}
			d.mu.Lock()
			d.n++
			d.mu.Unlock()
			tp.PrintfLine("250 queued")
			return // the connection drops before RSET and QUIT
		case "QUIT":
			tp.PrintfLine("221 bye")
			return
		default:
			tp.PrintfLine("502 not implemented")
		}
	}
}

// crashing is a transport during which the process dies: the message may have reached the
// server, and nothing after Send runs.
type crashing struct{ ids []string }

func (c *crashing) Send(_ context.Context, msg *Outgoing) error {
	c.ids = append(c.ids, msg.MessageID)
	runtime.Goexit()
	return nil
}

// A worker that dies while sending has used one attempt; once its lease runs out the message
// is sent again under the same Message-ID. Three deaths, three attempts, one Message-ID.
func TestCrashWhileSendingCountsTheAttempt(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	c := newClock()
	enqueue(t, db, s, activation("chloe.mercier@example.org", locales.FR, newToken()))
	crash := &crashing{}
	for i := 1; i <= 3; i++ {
		done := make(chan struct{})
		go func() {
			defer close(done)
			w := &Worker{Client: db.Client, Transport: crash, Sealer: s, PublicURL: publicURL, Now: c.Now}
			w.SendDue(ctx)
		}()
		<-done
		row := onlyRow(t, db)
		if row.Status != outboxmessage.StatusPENDING || row.Attempts != i || row.LockedUntil == nil {
			t.Fatalf("after death %d: status %s, attempts %d, lease %v", i, row.Status, row.Attempts, row.LockedUntil)
		}
		c.Advance(DefaultLease + time.Second)
	}
	dir := t.TempDir()
	tr, _ := NewTransport("file://"+dir, "")
	w := &Worker{Client: db.Client, Transport: tr, Sealer: s, PublicURL: publicURL, Now: c.Now}
	if sent, failed, err := w.SendDue(ctx); err != nil || sent != 1 || failed != 0 {
		t.Fatalf("SendDue = %d sent, %d failed, %v", sent, failed, err)
	}
	if row := onlyRow(t, db); row.Status != outboxmessage.StatusSENT || row.Attempts != 4 {
		t.Errorf("status %s, attempts %d", row.Status, row.Attempts)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
	if len(files) != 1 {
		t.Fatalf("%d files", len(files))
	}
	raw, _ := os.ReadFile(files[0])
	id := strings.Trim(parseEmail(t, raw).Header.Get("Message-Id"), "<>")
	for i, seen := range crash.ids {
		if seen != id {
			t.Errorf("attempt %d: Message-ID %q, then %q", i+1, seen, id)
		}
	}
}

// An address the server refuses for good (550) is given up at once, not retried twelve
// times; a refusal for now (451) is retried.
func TestPermanentRefusalIsNotRetried(t *testing.T) {
	ctx := context.Background()
	db := openDB(t, t.TempDir())
	s := testSealer(t)
	b := &smtpBackend{}
	addr, _ := startSMTP(t, b, "127.0.0.1:0")
	tr, _ := NewTransport("smtp://"+addr, "")
	w := &Worker{Client: db.Client, Transport: tr, Sealer: s, PublicURL: publicURL, Now: newClock().Now}
	enqueue(t, db, s, activation("nobody@example.org", locales.FR, newToken()))
	if sent, failed, err := w.SendDue(ctx); err != nil || sent != 0 || failed != 1 {
		t.Fatalf("SendDue = %d sent, %d failed, %v", sent, failed, err)
	}
	row := onlyRow(t, db)
	if row.Status != outboxmessage.StatusFAILED || row.Attempts != 1 || !strings.Contains(row.LastError, "550") || len(sealedOf(row)) != 0 {
		t.Errorf("status %s, attempts %d, last_error %q, sealed %v", row.Status, row.Attempts, row.LastError, len(sealedOf(row)) > 0)
	}
}
