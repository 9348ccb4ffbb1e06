package web_test

import (
	"context"
	"strings"
	"testing"

	"guichet/apitest"
)

// A 900 KB "e-mail" at login is refused with BAD_USER_INPUT on email, in the reader's
// language, and leaves nothing behind: no throttle row, no audit event.
func TestLoginRefusesAHugeEmail(t *testing.T) {
	env := apitest.New(t)
	ctx := context.Background()
	huge := strings.Repeat("x", 900<<10) + "@example.org"
	messages := map[string]string{}
	for _, l := range []string{"fr", "en"} {
		r := env.Op(t, "account.graphql", "Login", "mentoring", map[string]any{"email": huge, "password": goodPassword}, lang(l))
		if code(r) != "BAD_USER_INPUT" {
			t.Fatalf("%s: %.300s", l, r.Body)
		}
		vs, _ := r.Errors[0].Extensions["violations"].([]any)
		if len(vs) != 1 {
			t.Fatalf("%s: %.300s", l, r.Body)
		}
		v := vs[0].(map[string]any)
		msg, _ := v["message"].(string)
		if v["field"] != "email" || v["code"] != "TOO_LONG" || !strings.Contains(msg, "254") {
			t.Fatalf("%s: violation %v", l, v)
		}
		messages[l] = msg
	}
	if messages["fr"] == messages["en"] {
		t.Fatalf("one message for both languages: %q", messages["fr"])
	}
	var rows int
	if err := env.DB.SQL.QueryRowContext(ctx, "SELECT COUNT(*) FROM throttles").Scan(&rows); err != nil {
		t.Fatal(err)
	}
	if rows != 0 {
		t.Fatalf("%d throttle rows", rows)
	}
	if err := env.DB.SQL.QueryRowContext(ctx, "SELECT COUNT(*) FROM audit_events").Scan(&rows); err != nil {
		t.Fatal(err)
	}
	if rows != 0 {
		t.Fatalf("%d audit events", rows)
	}
}
