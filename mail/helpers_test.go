package mail

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net"
	netmail "net/mail"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"guichet/store"
	"guichet/store/storetest"
)

// openDB opens a migrated SQLite database in dir.
func openDB(t *testing.T, dir string) *store.DB {
	t.Helper()
	return storetest.Open(t, dir)
}

func newToken() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func testSealer(t *testing.T) *Sealer {
	t.Helper()
	key := make([]byte, KeySize)
	rand.Read(key)
	s, err := NewSealer(key)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// clock is an injected Now that tests move by hand. It starts a minute ahead of the real
// time so that messages just enqueued (next_attempt_at = real now) are due.
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

// smtpBackend is an SMTP server's backend that keeps what it receives.
type smtpBackend struct {
	user, pass string
	refuse     atomic.Bool // answer 451 to MAIL FROM
	// failData answers 451 at the end of DATA that many times, after keeping the message: the
	// server got it but said it did not (or the answer was lost).
	failData atomic.Int32
	mu       sync.Mutex
	received []received
}

type received struct {
	From     string
	To       []string
	AuthUser string
	Data     []byte
}

func (b *smtpBackend) NewSession(*smtp.Conn) (smtp.Session, error) { return &smtpSession{b: b}, nil }

func (b *smtpBackend) messages() []received {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]received(nil), b.received...)
}

type smtpSession struct {
	b *smtpBackend
	r received
}

func (s *smtpSession) AuthMechanisms() []string { return []string{sasl.Plain} }

func (s *smtpSession) Auth(mech string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, username, password string) error {
		if username != s.b.user || password != s.b.pass {
			return smtp.ErrAuthFailed
		}
		s.r.AuthUser = username
		return nil
	}), nil
}

func (s *smtpSession) Mail(from string, _ *smtp.MailOptions) error {
	if s.b.refuse.Load() {
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try again later"}
	}
	if s.b.user != "" && s.r.AuthUser == "" {
		return smtp.ErrAuthRequired
	}
	s.r.From = from
	return nil
}

func (s *smtpSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	if strings.HasPrefix(to, "nobody@") {
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such user"}
	}
	s.r.To = append(s.r.To, to)
	return nil
}

func (s *smtpSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.r.Data = b
	s.b.mu.Lock()
	s.b.received = append(s.b.received, s.r)
	s.b.mu.Unlock()
	if s.b.failData.Add(-1) >= 0 {
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try again later"}
	}
	return nil
}

func (s *smtpSession) Reset() { s.r = received{AuthUser: s.r.AuthUser} }

func (s *smtpSession) Logout() error { return nil }

// startSMTP serves b on addr ("127.0.0.1:0" for any port), without TLS, AUTH PLAIN allowed.
// It returns the address it listens on and a function that stops the server (the listener
// closed, every connection dropped) and returns once it has.
func startSMTP(t *testing.T, b *smtpBackend, addr string) (string, func()) {
	t.Helper()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	srv := smtp.NewServer(b)
	srv.Domain = "localhost"
	srv.AllowInsecureAuth = true
	srv.ReadTimeout = 10 * time.Second
	srv.WriteTimeout = 10 * time.Second
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := srv.Serve(ln); err != nil && !errors.Is(err, smtp.ErrServerClosed) && !errors.Is(err, net.ErrClosed) {
			t.Errorf("SMTP server: %v", err)
		}
	}()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			// Closing the listener ourselves: srv.Close alone misses it when Serve has not
			// registered it yet.
			ln.Close()
			srv.Close()
			<-done
		})
	}
	t.Cleanup(stop)
	return ln.Addr().String(), stop
}

// parsed is an e-mail read back with the standard library.
type parsed struct {
	Header  netmail.Header
	Subject string
	Text    string
	HTML    string
}

func parseEmail(t *testing.T, raw []byte) parsed {
	t.Helper()
	msg, err := netmail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("not an RFC 5322 message: %v\n%s", err, raw)
	}
	p := parsed{Header: msg.Header}
	if p.Subject, err = new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject")); err != nil {
		t.Fatalf("Subject: %v", err)
	}
	mediaType, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil || mediaType != "multipart/alternative" {
		t.Fatalf("Content-Type = %q (%v), want multipart/alternative", msg.Header.Get("Content-Type"), err)
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(part) // quoted-printable is decoded by NextPart
		if err != nil {
			t.Fatal(err)
		}
		ct, ps, _ := mime.ParseMediaType(part.Header.Get("Content-Type"))
		if !strings.EqualFold(ps["charset"], "utf-8") {
			t.Errorf("part %s: charset %q, want UTF-8", ct, ps["charset"])
		}
		switch ct {
		case "text/plain":
			p.Text = string(body)
		case "text/html":
			p.HTML = string(body)
		default:
			t.Errorf("unexpected part %s", ct)
		}
	}
	if p.Text == "" || p.HTML == "" {
		t.Fatalf("want a text and an HTML part, got text %d bytes, HTML %d bytes", len(p.Text), len(p.HTML))
	}
	return p
}
