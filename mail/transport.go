package mail

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// Outgoing is a rendered message, ready for a transport.
type Outgoing struct {
	From    string // "Name <address>" or an address
	To      string
	ToName  string
	ReplyTo string // optional
	Subject string
	Text    string
	HTML    string
	// MessageID is the Message-ID without angle brackets; stable across retries so that a
	// receiver can recognise a message sent twice.
	MessageID string
	// Date is the Date header; the zero value means now.
	Date time.Time
}

// Transport delivers messages.
type Transport interface {
	Send(ctx context.Context, msg *Outgoing) error
}

// permanentError is a failure no retry can change: the message is given up at once.
type permanentError struct{ err error }

func (e *permanentError) Error() string { return e.err.Error() }
func (e *permanentError) Unwrap() error { return e.err }

// Permanent marks err, a transport's, as one that retrying the same message cannot fix (an
// address the server refuses with 5xx); the worker then gives the message up at once.
func Permanent(err error) error { return &permanentError{err} }

// IsPermanent reports whether err was marked by Permanent.
func IsPermanent(err error) bool {
	var p *permanentError
	return errors.As(err, &p)
}

// NewTransport returns the transport mailURL names (MAIL_URL):
//
//	""  or "file://"           .eml files in <dataDir>/mail
//	file:///abs/dir            .eml files in /abs/dir
//	smtp://user:pass@host:port SMTP, STARTTLS when the server offers it, AUTH when credentials are given (port 587 by default)
//	smtps://user:pass@host:port SMTP over implicit TLS (port 465 by default)
//
// Errors never quote the URL's password.
func NewTransport(mailURL, dataDir string) (Transport, error) {
	if mailURL == "" || mailURL == "file://" || mailURL == "file:" {
		dir, err := filepath.Abs(filepath.Join(dataDir, "mail"))
		if err != nil {
			return nil, fmt.Errorf("MAIL_URL: %w", err)
		}
		return &FileTransport{Dir: dir}, nil
	}
	u, err := url.Parse(mailURL)
	if err != nil {
		// url.Parse quotes the URL in its error: say only what is wrong.
		return nil, fmt.Errorf("MAIL_URL: not a valid URL")
	}
	switch u.Scheme {
	case "file":
		if u.Host != "" && u.Host != "localhost" {
			return nil, fmt.Errorf("MAIL_URL %s: a file URL names a local directory: file:///abs/dir", u.Redacted())
		}
		if !filepath.IsAbs(u.Path) {
			return nil, fmt.Errorf("MAIL_URL %s: the directory must be absolute: file:///abs/dir", u.Redacted())
		}
		return &FileTransport{Dir: filepath.Clean(u.Path)}, nil
	case "smtp", "smtps":
		return newSMTPTransport(u)
	}
	return nil, fmt.Errorf("MAIL_URL %s: unknown scheme (smtp://, smtps:// or file://)", u.Redacted())
}

// encode writes msg as RFC 5322 bytes: multipart/alternative with a text and an HTML part,
// UTF-8, quoted-printable, headers RFC 2047-encoded where they are not ASCII. Every
// transport sends these bytes.
func encode(msg *Outgoing) (*gomail.Msg, error) {
	m := gomail.NewMsg(gomail.WithNoDefaultUserAgent())
	if err := m.From(msg.From); err != nil {
		return nil, fmt.Errorf("mail: From %q: %w", msg.From, err)
	}
	if err := m.AddToFormat(msg.ToName, msg.To); err != nil {
		return nil, Permanent(fmt.Errorf("mail: To %q: %w", msg.To, err))
	}
	if msg.ReplyTo != "" {
		if err := m.ReplyTo(msg.ReplyTo); err != nil {
			return nil, Permanent(fmt.Errorf("mail: Reply-To %q: %w", msg.ReplyTo, err))
		}
	}
	m.Subject(msg.Subject)
	date := msg.Date
	if date.IsZero() {
		date = time.Now()
	}
	m.SetDateWithValue(date)
	if msg.MessageID != "" {
		m.SetMessageIDWithValue(strings.Trim(msg.MessageID, "<>"))
	} else {
		m.SetMessageID()
	}
	m.SetUserAgent("Guichet")
	// RFC 3834: automatic replies (out of office) should not answer this message.
	m.SetGenHeader("Auto-Submitted", "auto-generated")
	m.SetBodyString(gomail.TypeTextPlain, msg.Text)
	m.AddAlternativeString(gomail.TypeTextHTML, msg.HTML)
	return m, nil
}

// Bytes returns msg as the RFC 5322 bytes a transport sends.
func (msg *Outgoing) Bytes() ([]byte, error) {
	m, err := encode(msg)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("mail: encoding: %w", err)
	}
	return buf.Bytes(), nil
}

// Recorder is a Transport that keeps messages in memory, for tests.
type Recorder struct {
	mu   sync.Mutex
	msgs []*Outgoing
}

// Send records a copy of msg.
func (r *Recorder) Send(_ context.Context, msg *Outgoing) error {
	c := *msg
	r.mu.Lock()
	r.msgs = append(r.msgs, &c)
	r.mu.Unlock()
	return nil
}

// Messages returns the messages recorded so far, oldest first.
func (r *Recorder) Messages() []*Outgoing {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]*Outgoing(nil), r.msgs...)
}
