package web_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"guichet/apitest"
	"guichet/graph"
)

// scalarCases are, for every scalar a client writes (a literal or a variable), malformed
// values and what the answer must say: the argument's path and the form's example.
var scalarCases = map[string][]struct {
	name, space, query string
	vars               map[string]any
	field              string
}{
	"Date": {
		{"day first", "certification", `mutation { registerDepositor(input: {email: "d@example.org", password: "x", firstName: "D", lastName: "E", mandateSignedOn: "31/12/2026"}) { ok } }`, nil, "input.mandateSignedOn"},
		{"no such day", "certification", `mutation R($d: Date) { registerDepositor(input: {email: "d@example.org", password: "x", firstName: "D", lastName: "E", mandateSignedOn: $d}) { ok } }`, map[string]any{"d": "2026-02-30"}, "input.mandateSignedOn"},
		{"a number", "certification", `mutation R($i: DepositorRegistrationInput!) { registerDepositor(input: $i) { ok } }`,
			map[string]any{"i": map[string]any{"email": "d@example.org", "password": "x", "firstName": "D", "lastName": "E", "mandateSignedOn": 20261231}}, "input.mandateSignedOn"},
	},
	"Time": {
		{"a word", "facilitators", `mutation { createTraining(input: {title: "T", startsAt: "demain", endsAt: "2026-12-31T12:00:00+01:00", format: ONLINE, language: FR, capacity: 3}) { training { id } } }`, nil, "input.startsAt"},
		{"no such day", "facilitators", `mutation C($e: Time!) { createTraining(input: {title: "T", startsAt: "2026-12-31T09:00:00+01:00", endsAt: $e, format: ONLINE, language: FR, capacity: 3}) { training { id } } }`, map[string]any{"e": "2026-02-30T09:00:00+01:00"}, "input.endsAt"},
		{"a date alone", "mentoring", `mutation C($i: CreateOnboardingSessionInput!) { createOnboardingSession(input: $i) { session { id } } }`,
			map[string]any{"i": map[string]any{"startsAt": "2026-12-31", "language": "FR", "capacity": 5}}, "input.startsAt"},
		{"an argument", "mentoring", `mutation { scheduleGuidePublish(id: "1", locale: FR, at: "next week") { guide { id } } }`, nil, "at"},
	},
	"ID": {
		{"letters", "facilitators", `{ training(id: "abc") { id } }`, nil, "id"},
		{"a variable", "facilitators", `query T($id: ID!) { training(id: $id) { id } }`, map[string]any{"id": "12abc"}, "id"},
		{"in a list", "mentoring", `{ nodes(ids: ["1", "x"]) { id } }`, nil, "ids[1]"},
		{"in an input", "mentoring", `mutation { createProgram(input: {organizationId: "org-1", titleFr: "P", responseLevel: 1, contactEmail: "p@example.org"}) { program { id } } }`, nil, "input.organizationId"},
	},
	"Upload": {
		{"a string for a file", "mentoring", `mutation A($f: Upload!) { attachGuideFile(id: "1", locale: FR, file: $f) { id } }`, map[string]any{"f": "notes.pdf"}, "file"},
	},
}

// A malformed date, time, id or file is the client's mistake: BAD_USER_INPUT naming the
// argument and the form expected, in the reader's language; never INTERNAL, never logged as
// an error. Every scalar a client may write is in the table.
func TestMalformedScalars(t *testing.T) {
	schema := graph.NewExecutableSchema(graph.Config{}).Schema()
	var written []string
	note := func(tp *ast.Type) {
		for tp.Elem != nil {
			tp = tp.Elem
		}
		def := schema.Types[tp.Name()]
		if def.Kind == ast.Scalar && !def.BuiltIn && !slices.Contains(written, def.Name) {
			written = append(written, def.Name)
		}
	}
	for _, def := range schema.Types {
		switch def.Kind {
		case ast.InputObject:
			for _, f := range def.Fields {
				note(f.Type)
			}
		case ast.Object, ast.Interface:
			for _, f := range def.Fields {
				for _, a := range f.Arguments {
					note(a.Type)
				}
			}
		}
	}
	written = append(written, "ID") // built in, but read by our own function
	for _, s := range written {
		if len(scalarCases[s]) == 0 {
			t.Errorf("scalar %s is written by clients and has no case", s)
		}
	}

	env := apitest.New(t)
	logs := captureLogs(t)
	examples := map[string]string{"Date": "2026-12-31", "Time": "2026-12-31T09:00:00+01:00", "ID": "42", "Upload": "multipart"}
	for scalar, cases := range scalarCases {
		for _, c := range cases {
			t.Run(scalar+"/"+c.name, func(t *testing.T) {
				for _, lang := range []struct{ accept, words string }{{"en", "write it"}, {"fr", "écrivez"}} {
					if scalar == "ID" {
						lang.words = map[string]string{"en": "is not an id", "fr": "n’est pas un identifiant"}[lang.accept]
					}
					if scalar == "Upload" {
						lang.words = map[string]string{"en": "is not a file", "fr": "n’est pas un fichier"}[lang.accept]
					}
					r := env.Do(t, apitest.Request{Space: c.space, Query: c.query, Variables: c.vars,
						Header: http.Header{"Accept-Language": {lang.accept}}})
					if len(r.Errors) != 1 {
						t.Fatalf("%s: %s", lang.accept, r.Body)
					}
					e := r.Errors[0]
					if e.Code() != "BAD_USER_INPUT" || e.Extensions["reason"] != "MALFORMED_VALUE" || e.Extensions["field"] != c.field || e.Extensions["expected"] == "" {
						t.Errorf("%s: %s", lang.accept, r.Body)
					}
					for _, w := range []string{c.field, examples[scalar], lang.words} {
						if !strings.Contains(e.Message, w) {
							t.Errorf("%s: message %q lacks %q", lang.accept, e.Message, w)
						}
					}
				}
			})
		}
	}
	for _, l := range logs.lines() {
		if l["level"] == "ERROR" {
			t.Errorf("logged as an error: %v", l)
		}
	}
}
