package mail

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// SMTPTransport sends through an SMTP server: one connection per message. With smtp://,
// STARTTLS is used when the server offers it; with smtps://, the connection is TLS from the
// start. Credentials, when given, are sent with the strongest mechanism both sides know, and
// never over an unencrypted connection except to the local host.
type SMTPTransport struct {
	host     string
	port     int
	implicit bool
	user     string
	pass     string
	redacted string // the URL without its password, for logs and errors
	// Timeout bounds each network operation; zero means 30 s.
	Timeout time.Duration
}

func newSMTPTransport(u *url.URL) (*SMTPTransport, error) {
	t := &SMTPTransport{host: u.Hostname(), implicit: u.Scheme == "smtps", redacted: u.Redacted()}
	if t.host == "" {
		return nil, fmt.Errorf("MAIL_URL %s: no host", t.redacted)
	}
	t.port = 587
	if t.implicit {
		t.port = 465
	}
	if p := u.Port(); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			return nil, fmt.Errorf("MAIL_URL %s: invalid port", t.redacted)
		}
		t.port = n
	}
	if u.User != nil {
		t.user = u.User.Username()
		t.pass, _ = u.User.Password()
	}
	return t, nil
}

func (t *SMTPTransport) String() string { return t.redacted }

// Send delivers msg.
func (t *SMTPTransport) Send(ctx context.Context, msg *Outgoing) error {
	m, err := encode(msg)
	if err != nil {
		return err
	}
	timeout := t.Timeout
	if timeout == 0 {
		timeout = 30 * time.Second
	}
	opts := []gomail.Option{
		gomail.WithPort(t.port),
		gomail.WithTimeout(timeout),
		gomail.WithTLSConfig(&tls.Config{ServerName: t.host, MinVersion: tls.VersionTLS12}),
	}
	if t.implicit {
		opts = append(opts, gomail.WithSSL())
	} else {
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSOpportunistic))
	}
	if t.user != "" {
		// PLAIN and LOGIN refuse to run on a clear connection unless the server is local.
		opts = append(opts, gomail.WithUsername(t.user), gomail.WithPassword(t.pass),
			gomail.WithOpportunisticSMTPAuth(gomail.SMTPAuthSCRAMSHA256, gomail.SMTPAuthPlain, gomail.SMTPAuthLogin))
	}
	c, err := gomail.NewClient(t.host, opts...)
	if err != nil {
		return t.wrap(err)
	}
	if err := c.DialAndSendWithContext(ctx, m); err != nil {
		if m.IsDelivered() {
			// The server answered 250 to the end of DATA: the message is its now. What failed
			// is RSET or QUIT after it; a retry would only send it twice.
			slog.WarnContext(ctx, "mail: delivered, the SMTP session then failed", "server", t.host, "error", t.wrap(err))
			return nil
		}
		// The server refused this recipient or this message for good (5xx): retrying the
		// same message twelve times would be refused twelve times.
		var se *gomail.SendError
		if errors.As(err, &se) && se.ErrorCode() >= 500 && se.ErrorCode() < 600 &&
			(se.Reason == gomail.ErrSMTPRcptTo || se.Reason == gomail.ErrSMTPDataClose) {
			return Permanent(t.wrap(err))
		}
		return t.wrap(err)
	}
	return nil
}

// wrap names the server and makes sure the password never reaches a log or last_error.
func (t *SMTPTransport) wrap(err error) error {
	addr := net.JoinHostPort(t.host, strconv.Itoa(t.port))
	if t.pass == "" || !strings.Contains(err.Error(), t.pass) {
		return fmt.Errorf("smtp %s: %w", addr, err)
	}
	return fmt.Errorf("smtp %s: %s", addr, strings.ReplaceAll(err.Error(), t.pass, "xxxxx"))
}
