package mail

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"time"
)

// Logged as they are, transports encode as their URL, never as an error nor with a password.
func TestTransportsLogAsTheirURL(t *testing.T) {
	dir := t.TempDir()
	file, err := NewTransport("", dir)
	if err != nil {
		t.Fatal(err)
	}
	file.(*FileTransport).Now = time.Now // the func field the JSON handler cannot encode
	smtp, err := NewTransport("smtp://guichet:s3cret@mail.example.org:2525", dir)
	if err != nil {
		t.Fatal(err)
	}
	for tr, want := range map[Transport]string{file: `"mail":"file://`, smtp: `"mail":"smtp://guichet:xxxxx@mail.example.org:2525"`} {
		var out bytes.Buffer
		slog.New(slog.NewJSONHandler(&out, nil)).Info("serving", "mail", tr)
		if !strings.Contains(out.String(), want) || strings.Contains(out.String(), "!ERROR") || strings.Contains(out.String(), "s3cret") {
			t.Errorf("%T logs as %s, want %s", tr, out.String(), want)
		}
	}
}
