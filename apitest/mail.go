package apitest

import (
	"bytes"
	"context"
	"encoding/base64"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	netmail "net/mail"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// Email is a message the server sent, read back from its .eml file.
type Email struct {
	To      string
	Subject string
	Text    string
	HTML    string
	Header  netmail.Header
}

var linkRE = regexp.MustCompile(`https?://[^\s<>"]+`)

// Link is the first link of the message whose path starts with path, "" when none.
func (m Email) Link(path string) string {
	for _, l := range linkRE.FindAllString(m.Text, -1) {
		if strings.HasPrefix(l, PublicURL+path) {
			return l
		}
	}
	return ""
}

// Token is the token= parameter of the message's link to path.
func (m Email) Token(path string) string {
	_, tok, _ := strings.Cut(m.Link(path), "token=")
	tok, _, _ = strings.Cut(tok, "&")
	return tok
}

// Emails sends what the outbox holds (as the worker would) and returns the messages written
// since the last call, oldest first.
func (e *Env) Emails(t testing.TB) []Email {
	t.Helper()
	if _, _, err := e.Mail.SendDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(e.MailDir, "*.eml"))
	sort.Strings(files)
	var out []Email
	for _, f := range files {
		if e.seen[f] {
			continue
		}
		e.seen[f] = true
		out = append(out, readEmail(t, f))
	}
	return out
}

// EmailTo is the one new message to address (the test fails when there is not exactly one).
func (e *Env) EmailTo(t testing.TB, address string) Email {
	t.Helper()
	var found []Email
	for _, m := range e.Emails(t) {
		if strings.Contains(m.To, address) {
			found = append(found, m)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d new e-mails to %s, want 1", len(found), address)
	}
	return found[0]
}

func readEmail(t testing.TB, file string) Email {
	t.Helper()
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	msg, err := netmail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	dec := new(mime.WordDecoder)
	subject, _ := dec.DecodeHeader(msg.Header.Get("Subject"))
	out := Email{To: msg.Header.Get("To"), Subject: subject, Header: msg.Header}
	mt, params, _ := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if !strings.HasPrefix(mt, "multipart/") {
		out.Text = decodePart(msg.Header.Get("Content-Transfer-Encoding"), msg.Body)
		return out
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		p, err := mr.NextPart()
		if err != nil {
			break
		}
		body := decodePart(p.Header.Get("Content-Transfer-Encoding"), p)
		switch ct := p.Header.Get("Content-Type"); {
		case strings.HasPrefix(ct, "text/plain"):
			out.Text = body
		case strings.HasPrefix(ct, "text/html"):
			out.HTML = body
		}
	}
	return out
}

func decodePart(encoding string, r io.Reader) string {
	switch strings.ToLower(encoding) {
	case "quoted-printable":
		r = quotedprintable.NewReader(r)
	case "base64":
		r = base64.NewDecoder(base64.StdEncoding, r)
	}
	b, _ := io.ReadAll(r)
	return string(b)
}
