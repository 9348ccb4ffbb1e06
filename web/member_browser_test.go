//go:build browser

package web_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"guichet/apitest"
)

// memberMailSink lets the member area's browser tests (ui/e2e/member.test.mjs) read the
// e-mails a person received, as that person would open them: GET ?to=ADDRESS answers the
// messages to that address, oldest first, with their links. Its address is GUICHET_MAIL_SINK.
func memberMailSink(t *testing.T, env *apitest.Env) {
	t.Helper()
	var mu sync.Mutex // one SendDue at a time
	sink := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		to := r.URL.Query().Get("to")
		type message struct {
			Subject string   `json:"subject"`
			Text    string   `json:"text"`
			Links   []string `json:"links"`
		}
		out := []message{}
		for _, m := range env.AllEmails(t) {
			if to == "" || !strings.Contains(strings.ToLower(m.To), strings.ToLower(to)) {
				continue
			}
			msg := message{Subject: m.Subject, Text: m.Text}
			for _, p := range []string{"/activate", "/reset-password", "/confirm-email"} {
				if l := m.Link(p); l != "" {
					// As the browser test opens it: the path on the server under test.
					msg.Links = append(msg.Links, strings.TrimPrefix(l, apitest.PublicURL))
				}
			}
			out = append(out, msg)
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(out)
	}))
	t.Cleanup(sink.Close)
	t.Setenv("GUICHET_MAIL_SINK", sink.URL)
}
