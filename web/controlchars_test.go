package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"guichet/apitest"
)

// Control characters and invalid UTF-8 are refused at the boundary, wherever a string
// argument is: a variable, a literal, an input object, a list. The error is BAD_USER_INPUT,
// names the argument, and is in the reader's language; nothing is written or sent.
func TestControlCharactersRefused(t *testing.T) {
	env := apitest.New(t)
	ctx := context.Background()
	registerDoc := `mutation Register($input: RegisterInput!) { register(input: $input) { ok } }`
	person := func(first string) map[string]any {
		return map[string]any{"input": map[string]any{"email": "ctl@example.org", "password": goodPassword, "firstName": first, "lastName": "Durand"}}
	}
	search := `query Search($q: String!) { search(query: $q) { totalCount } }`
	for _, c := range []struct {
		name  string
		space string
		query string
		vars  map[string]any
		field string // "" when the request is accepted
	}{
		{"NUL in a variable", "mentoring", registerDoc, person("Ann\x00e"), "input.firstName"},
		{"NUL in a literal", "mentoring", `{ search(query: "acc\u0000ès") { totalCount } }`, nil, "query"},
		{"control character in a nested input", "certification",
			`mutation R($a: String) { registerDepositor(input: {email: "d@example.org", password: "x", firstName: "D", lastName: "E", address: {line1: $a}}) { ok } }`,
			map[string]any{"a": "1 rue\x01 de Paris"}, "input.address.line1"},
		{"NUL in a list", "mentoring",
			`mutation C($t: String!) { createGuide(input: {translations: [{locale: FR, title: "Un"}, {locale: EN, title: $t}]}) { guide { id } } }`,
			map[string]any{"t": "Two\x00"}, "input.translations[1].title"},
		{"NUL in a list literal", "mentoring", `mutation { createWebhook(url: "https://example.org/h", events: ["guide.published", "x\u0000"]) { secret } }`, nil, "events[1]"},
		{"escape", "mentoring", search, map[string]any{"q": "a\x1b[31m"}, "query"},
		{"DEL", "mentoring", search, map[string]any{"q": "a\x7f"}, "query"},
		{"C1 control", "mentoring", search, map[string]any{"q": "a\u0085b"}, "query"},
		{"in a fragment", "mentoring", `query { ...F } fragment F on Query { search(query: "\u0007") { totalCount } }`, nil, "query"},
		{"tab, newline and carriage return", "mentoring", search, map[string]any{"q": "accès\tcompte\r\nmot"}, ""},
		{"line separator and accents", "mentoring", search, map[string]any{"q": "l’accès\u2028à 😀"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			accounts, _ := env.DB.Client.Account.Query().Count(ctx)
			outbox, _ := env.DB.Client.OutboxMessage.Query().Count(ctx)
			for _, lang := range []struct{ accept, words string }{{"en", "control character"}, {"fr", "caractère de contrôle"}} {
				r := env.Do(t, apitest.Request{Space: c.space, Query: c.query, Variables: c.vars,
					Header: http.Header{"Accept-Language": {lang.accept}}})
				if c.field == "" {
					r.MustOK(t)
					continue
				}
				if len(r.Errors) != 1 || r.Errors[0].Code() != "BAD_USER_INPUT" || r.Errors[0].Extensions["field"] != c.field {
					t.Fatalf("%s: %s", lang.accept, r.Body)
				}
				if m := r.Errors[0].Message; !strings.Contains(m, lang.words) || !strings.Contains(m, c.field) {
					t.Errorf("%s message: %q", lang.accept, m)
				}
				if r.Get("data") != nil {
					t.Errorf("data: %s", r.Body)
				}
			}
			if c.field == "" {
				return
			}
			if n, _ := env.DB.Client.Account.Query().Count(ctx); n != accounts {
				t.Errorf("accounts: %d → %d", accounts, n)
			}
			if n, _ := env.DB.Client.OutboxMessage.Query().Count(ctx); n != outbox {
				t.Errorf("outbox: %d → %d", outbox, n)
			}
		})
	}
	if m := env.Emails(t); len(m) != 0 {
		t.Errorf("%d e-mails sent", len(m))
	}
	// The same person without the NUL registers.
	env.Do(t, apitest.Request{Space: "mentoring", Query: registerDoc, Variables: person("Anne")}).MustOK(t)
	if n, _ := env.DB.Client.Account.Query().Count(ctx); n == 0 {
		t.Error("no account after a clean register")
	}
}

// Text that is not UTF-8 is refused too: a GET's query string can carry any byte.
func TestInvalidUTF8Refused(t *testing.T) {
	env := apitest.New(t)
	req, err := http.NewRequest(http.MethodGet, env.Endpoint("mentoring")+"?query="+url.QueryEscape(`{ search(query: "acc`)+"%FF"+url.QueryEscape(`s") { totalCount } }`), nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Accept-Language", "en")
	r := env.Send(t, req)
	if len(r.Errors) != 1 || r.Errors[0].Code() != "BAD_USER_INPUT" {
		t.Fatalf("%s", r.Body)
	}
	if e := r.Errors[0]; e.Extensions["reason"] != "INVALID_UTF8" || e.Extensions["field"] != "query" || !strings.Contains(e.Message, "UTF-8") {
		t.Errorf("%s", r.Body)
	}
}
