package mail

import (
	"context"
	"net/mail"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestNewTransport(t *testing.T) {
	dataDir := t.TempDir()
	abs := filepath.Join(t.TempDir(), "outbox")
	for _, tc := range []struct {
		url     string
		wantDir string // file transports
		wantURL string // SMTP transports, as they show themselves
		wantErr bool
	}{
		{url: "", wantDir: filepath.Join(dataDir, "mail")},
		{url: "file://", wantDir: filepath.Join(dataDir, "mail")},
		{url: "file://" + abs, wantDir: abs},
		{url: "file://relative/dir", wantErr: true},
		{url: "smtp://guichet:s3cr%2Ft@mail.example.org:2525", wantURL: "smtp://guichet:xxxxx@mail.example.org:2525"},
		{url: "smtps://mail.example.org", wantURL: "smtps://mail.example.org"},
		{url: "smtp://:s3cret@:25", wantErr: true},
		{url: "smtp://u:s3cret@mail.example.org:99999", wantErr: true},
		{url: "http://u:s3cret@mail.example.org", wantErr: true},
		{url: "smtp://u:s3cret@mail example.org", wantErr: true},
	} {
		t.Run(tc.url, func(t *testing.T) {
			tr, err := NewTransport(tc.url, dataDir)
			if tc.wantErr {
				if err == nil {
					t.Fatalf("accepted, got %v", tr)
				}
				if strings.Contains(err.Error(), "s3cret") {
					t.Errorf("error shows the password: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			switch tr := tr.(type) {
			case *FileTransport:
				if tr.Dir != tc.wantDir {
					t.Errorf("Dir = %s, want %s", tr.Dir, tc.wantDir)
				}
			case *SMTPTransport:
				if tr.String() != tc.wantURL {
					t.Errorf("String() = %s, want %s", tr.String(), tc.wantURL)
				}
			default:
				t.Errorf("transport %T", tr)
			}
		})
	}
	if tr, _ := NewTransport("smtps://mail.example.org", dataDir); tr.(*SMTPTransport).port != 465 {
		t.Errorf("smtps default port = %d, want 465", tr.(*SMTPTransport).port)
	}
	if tr, _ := NewTransport("smtp://u:p@mail.example.org", dataDir); tr.(*SMTPTransport).port != 587 {
		t.Errorf("smtp default port = %d, want 587", tr.(*SMTPTransport).port)
	}
}

func sampleOutgoing(subject string) *Outgoing {
	return &Outgoing{
		From:      "Guichet <noreply@guichet.example.org>",
		To:        "chloe.mercier@example.org",
		ToName:    "Chloé Mercier",
		Subject:   subject,
		Text:      "Bonjour Chloé,\n\nhttps://guichet.example.org/activate?token=abc_DEF-123\n",
		HTML:      `<p>Bonjour Chloé,</p><p><a href="https://guichet.example.org/activate?token=abc_DEF-123">Activer</a></p>`,
		MessageID: "outbox.1.42@guichet.example.org",
		Date:      time.Date(2026, 3, 14, 9, 26, 53, 0, time.UTC),
	}
}

func TestFileTransportWritesEML(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "mail")
	c := newClock()
	tr := &FileTransport{Dir: dir, Now: c.Now}
	subjects := []string{"Activez votre compte « Élan »", "Second", "Third"}
	for _, s := range subjects {
		if err := tr.Send(context.Background(), sampleOutgoing(s)); err != nil {
			t.Fatal(err)
		}
		c.Advance(time.Millisecond)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if len(names) != 3 {
		t.Fatalf("directory holds %v, want 3 .eml files and nothing else", names)
	}
	slices.Sort(names)
	for i, name := range names {
		if !strings.HasSuffix(name, ".eml") {
			t.Errorf("%s: not a .eml file", name)
		}
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		fi, _ := os.Stat(filepath.Join(dir, name))
		if perm := fi.Mode().Perm(); perm&0o077 != 0 {
			t.Errorf("%s: mode %o, readable by others", name, perm)
		}
		p := parseEmail(t, raw)
		if p.Subject != subjects[i] {
			t.Errorf("file %d (%s): Subject %q, want %q (names must sort in sending order)", i, name, p.Subject, subjects[i])
		}
		if i > 0 {
			continue
		}
		if raw := p.Header.Get("Subject"); !strings.HasPrefix(raw, "=?") {
			t.Errorf("a non-ASCII Subject is not RFC 2047-encoded: %q", raw)
		}
		for _, h := range []string{"From", "To", "Date", "Message-Id", "Mime-Version"} {
			if p.Header.Get(h) == "" {
				t.Errorf("header %s missing", h)
			}
		}
		to, err := p.Header.AddressList("To")
		if err != nil || len(to) != 1 || to[0].Address != "chloe.mercier@example.org" || to[0].Name != "Chloé Mercier" {
			t.Errorf("To = %v, %v", to, err)
		}
		from, err := mail.ParseAddress(p.Header.Get("From"))
		if err != nil || from.Address != "noreply@guichet.example.org" {
			t.Errorf("From = %v, %v", from, err)
		}
		if d, err := p.Header.Date(); err != nil || !d.Equal(time.Date(2026, 3, 14, 9, 26, 53, 0, time.UTC)) {
			t.Errorf("Date = %v, %v", d, err)
		}
		if got := p.Header.Get("Message-Id"); got != "<outbox.1.42@guichet.example.org>" {
			t.Errorf("Message-ID = %s", got)
		}
		if !strings.Contains(p.Text, "token=abc_DEF-123") || !strings.Contains(p.HTML, `href="https://guichet.example.org/activate?token=abc_DEF-123"`) {
			t.Errorf("the link is lost:\n%s\n%s", p.Text, p.HTML)
		}
	}
}

// A real SMTP conversation: AUTH PLAIN (allowed without TLS towards the local host), the
// envelope and the message as the server received them.
func TestSMTPTransport(t *testing.T) {
	b := &smtpBackend{user: "guichet", pass: "s3cret"}
	addr, _ := startSMTP(t, b, "127.0.0.1:0")
	tr, err := NewTransport("smtp://guichet:s3cret@"+addr, "")
	if err != nil {
		t.Fatal(err)
	}
	out := sampleOutgoing("Réinitialisation de votre mot de passe")
	out.ReplyTo = "jl.dupre@example.net"
	if err := tr.Send(context.Background(), out); err != nil {
		t.Fatal(err)
	}
	got := b.messages()
	if len(got) != 1 {
		t.Fatalf("server received %d messages, want 1", len(got))
	}
	r := got[0]
	if r.AuthUser != "guichet" || r.From != "noreply@guichet.example.org" || !slices.Equal(r.To, []string{"chloe.mercier@example.org"}) {
		t.Errorf("envelope: auth %q, from %q, to %v", r.AuthUser, r.From, r.To)
	}
	p := parseEmail(t, r.Data)
	if p.Subject != out.Subject || p.Header.Get("Reply-To") != "<jl.dupre@example.net>" {
		t.Errorf("Subject %q, Reply-To %q", p.Subject, p.Header.Get("Reply-To"))
	}

	// Wrong credentials: an error, and the password is not in it.
	bad, _ := NewTransport("smtp://guichet:wrong-pass@"+addr, "")
	err = bad.Send(context.Background(), out)
	if err == nil {
		t.Fatal("sent with a wrong password")
	}
	if strings.Contains(err.Error(), "wrong-pass") {
		t.Errorf("error shows the password: %v", err)
	}
}
