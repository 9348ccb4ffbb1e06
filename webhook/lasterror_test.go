package webhook

import (
	"bytes"
	"context"
	"log/slog"
	"net"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

// An address: IPv4, or IPv6 in brackets or with two colons, or a resolver's port.
var addressLike = regexp.MustCompile(`\d+\.\d+\.\d+\.\d+|\[[0-9a-fA-F:]+\]|[0-9a-fA-F]*::[0-9a-fA-F]|:53\b`)

// The delivery log's last error says what failed in words an admin can act on, naming no
// address of the server's network; the server's log keeps the whole error.
func TestLastErrorNamesNoAddress(t *testing.T) {
	refused := func(t *testing.T) string {
		srv := httptest.NewServer(nil)
		u := srv.URL
		srv.Close() // nothing listens on its port any more
		return u + "/hook"
	}
	for _, c := range []struct {
		name         string
		url          func(t *testing.T) string
		allowPrivate bool
		want         string // the last error starts with it
		logged       string // the server's log has it
	}{
		{"refused port", refused, true, "connection refused", "127.0.0.1"},
		{"private address", refused, false, "blocked address", "127.0.0.1"},
		{"unresolvable host", func(*testing.T) string { return "http://no-such-host.invalid/hook" }, true, "DNS lookup failed", "no-such-host.invalid"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			db := openDB(t, t.TempDir())
			s := testSealer(t)
			clk := newClock()
			if _, _, err := Register(ctx, db.Client, s, 1, c.url(t), []string{GuidePublished}, 0); err != nil {
				t.Fatal(err)
			}
			enqueue(t, db, 1, GuidePublished, nil)
			var logs bytes.Buffer
			w := &Worker{Client: db.Client, Sealer: s, Now: clk.Now, AllowPrivate: c.allowPrivate,
				Logger: slog.New(slog.NewTextHandler(&logs, nil))}
			if delivered, failed, err := w.DeliverDue(ctx); err != nil || delivered != 0 || failed != 1 {
				t.Fatalf("DeliverDue = %d, %d, %v; want 0, 1", delivered, failed, err)
			}
			d := onlyDelivery(t, db.Client)
			if !strings.HasPrefix(d.LastError, c.want) {
				t.Errorf("last error %q, want %q", d.LastError, c.want)
			}
			if m := addressLike.FindString(d.LastError); m != "" {
				t.Errorf("last error %q names an address (%s)", d.LastError, m)
			}
			if !strings.Contains(logs.String(), c.logged) {
				t.Errorf("the server's log lacks the detail %q:\n%s", c.logged, logs.String())
			}
		})
	}
	// The classes themselves, for the errors a test cannot provoke here.
	for _, c := range []struct {
		err  error
		want string
	}{
		{&net.DNSError{Err: "server misbehaving", Name: "hooks.example.org", Server: "10.0.0.2:53"}, "DNS lookup failed"},
		{&net.DNSError{Err: "i/o timeout", Name: "hooks.example.org", Server: "10.0.0.2:53", IsTimeout: true}, "DNS lookup failed: timeout"},
		{&net.OpError{Op: "dial", Net: "tcp", Addr: &net.TCPAddr{IP: net.ParseIP("10.0.0.9"), Port: 443}, Err: context.DeadlineExceeded}, "timeout"},
		{&net.OpError{Op: "read", Net: "tcp", Addr: &net.TCPAddr{IP: net.ParseIP("10.0.0.9"), Port: 443}, Err: net.UnknownNetworkError("x")}, "connection failed"},
	} {
		if got := lastErrorOf(&networkError{c.err}); got != c.want {
			t.Errorf("lastErrorOf(%v) = %q, want %q", c.err, got, c.want)
		}
	}
}
