//go:build browser

package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"guichet/account"
	"guichet/apitest"
	"guichet/ent/space"
	"guichet/mentoring"
)

// memberFixtures are the people of the member area's journeys (issue 20 part 2): an account of
// the former system that must choose a new password at its first sign-in, per language.
func memberFixtures(t *testing.T, env *apitest.Env, people map[string]browserPerson) {
	t.Helper()
	ctx := context.Background()
	sp := env.DB.Client.Space.Query().Where(space.Slug(fac)).OnlyX(ctx)
	for _, lang := range []string{"fr", "en"} {
		email := "ancien." + lang + "@example.org"
		a, err := env.Accounts.Create(ctx, sp, account.CreateInput{Email: email, Password: goodPassword,
			FirstName: "Ada", LastName: "Ancien", Roles: []string{"facilitator"}})
		if err != nil {
			t.Fatal(err)
		}
		// As a migrated account of the former system is (community.ImportLegacy).
		env.DB.Client.Account.UpdateOneID(a.ID).SetPasswordResetRequired(true).ExecX(ctx)
		people["memberForced_"+lang] = browserPerson{Space: fac, Email: email, Password: goodPassword, FirstName: "Ada", LastName: "Ancien"}
	}
	memberMailSink(t, env)
}

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
			for _, p := range []string{"/activate", "/reset-password", "/confirm-email", mentoring.InvitationPath, "/trainings/confirm"} {
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
