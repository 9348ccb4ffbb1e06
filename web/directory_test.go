package web_test

import (
	"strings"
	"testing"

	"guichet/apitest"
)

// The directory over HTTP: each facilitator chooses what they share (refusals name the field,
// in the reader's language); search by city and by belt shows only the listed facilitators,
// each with what they share (an e-mail only when showEmail), the presentation in the reader's
// language; paging mistakes are refused; peers only.
func TestDirectorySearchOverHTTP(t *testing.T) {
	env := apitest.New(t)
	_, ana := founder(t, env, "ana@example.org", "facilitator", "green")
	_, bob := founder(t, env, "bob@example.org", "facilitator", "white")
	_, cyd := founder(t, env, "cyd@example.org", "facilitator", "green")
	_, participant := founder(t, env, "pat@example.org", "participant")

	profile := func(h map[string][]string, in map[string]any) *apitest.Response {
		return op(t, env, "UpdateDirectoryProfile", map[string]any{"input": in}, h)
	}
	p := profile(ana, map[string]any{"listed": true, "city": " Nantes ", "languages": []string{"FR", "EN"},
		"bioFr": "J'anime en breton aussi.", "showEmail": true}).MustOK(t)
	if p.Get("updateDirectoryProfile.listed") != true || p.Str("updateDirectoryProfile.city") != "Nantes" ||
		p.Str("updateDirectoryProfile.languages.1") != "EN" || p.Get("updateDirectoryProfile.bioEn") != nil ||
		p.Get("updateDirectoryProfile.showEmail") != true {
		t.Fatalf("ana's profile: %s", p.Body)
	}
	profile(bob, map[string]any{"listed": true, "city": "NANTES", "bioEn": "Online workshops.", "showEmail": false}).MustOK(t)
	profile(cyd, map[string]any{"listed": false, "city": "Nantes", "showEmail": true}).MustOK(t) // not listed
	for lang, words := range map[string]string{"fr": "600 caractères au plus", "en": "at most 600 characters"} {
		r := op(t, env, "UpdateDirectoryProfile", map[string]any{"input": map[string]any{"bioFr": strings.Repeat("x", 601)}}, with(bob, "Accept-Language", lang))
		if code(r) != "BAD_USER_INPUT" || !strings.Contains(r.Body2(), "bioFr") || !strings.Contains(r.Body2(), words) {
			t.Fatalf("a presentation too long (%s): %s", lang, r.Body)
		}
	}
	if r := profile(participant, map[string]any{"listed": true}); code(r) != "FORBIDDEN" {
		t.Fatalf("a participant in the directory: %s", r.Body)
	}
	if me := env.Do(t, apitest.Request{Space: fac, Header: ana, Query: `{ me { directoryListed directoryProfile { city showEmail } } }`}).MustOK(t); me.Get("me.directoryListed") != true || me.Str("me.directoryProfile.city") != "Nantes" {
		t.Fatalf("ana's own profile: %s", me.Body)
	}

	search := func(h map[string][]string, vars map[string]any) *apitest.Response {
		return op(t, env, "FacilitatorDirectorySearch", vars, h)
	}
	r := search(with(cyd, "Accept-Language", "en"), map[string]any{"city": "nantes", "first": 10}).MustOK(t)
	if r.Int("facilitatorDirectory.totalCount") != 2 || r.Len("facilitatorDirectory.entries") != 2 ||
		r.Str("facilitatorDirectory.entries.0.displayName") != "ana Fondateur" ||
		r.Str("facilitatorDirectory.entries.0.contactEmail") != "ana@example.org" ||
		r.Str("facilitatorDirectory.entries.0.bio") != "J'anime en breton aussi." || // no English: the French one
		r.Str("facilitatorDirectory.entries.0.belt") != "GREEN" ||
		r.Str("facilitatorDirectory.entries.1.displayName") != "bob Fondateur" ||
		r.Get("facilitatorDirectory.entries.1.contactEmail") != nil || r.Str("facilitatorDirectory.entries.1.city") != "NANTES" ||
		r.Int("facilitatorDirectory.entries.1.workshopsRun") != 0 || strings.Contains(r.Body2(), "cyd") {
		t.Fatalf("by city: %s", r.Body)
	}
	r = search(bob, map[string]any{"city": "Nantes", "belt": "GREEN"}).MustOK(t)
	if r.Int("facilitatorDirectory.totalCount") != 1 || r.Str("facilitatorDirectory.entries.0.displayName") != "ana Fondateur" {
		t.Fatalf("by city and belt: %s", r.Body)
	}
	r = search(ana, map[string]any{"search": "BOB", "belt": "WHITE"}).MustOK(t)
	if r.Int("facilitatorDirectory.totalCount") != 1 || r.Get("facilitatorDirectory.entries.0.contactEmail") != nil ||
		r.Str("facilitatorDirectory.entries.0.bio") != "Online workshops." {
		t.Fatalf("by name and belt: %s", r.Body)
	}
	// Both presentations: each reader gets theirs.
	profile(bob, map[string]any{"bioFr": "Ateliers en ligne."}).MustOK(t)
	for lang, want := range map[string]string{"fr": "Ateliers en ligne.", "en": "Online workshops."} {
		r := search(with(ana, "Accept-Language", lang), map[string]any{"search": "bob"}).MustOK(t)
		if r.Str("facilitatorDirectory.entries.0.bio") != want {
			t.Fatalf("a %s reader: %s", lang, r.Body)
		}
	}
	if r := search(ana, map[string]any{"search": "cyd"}).MustOK(t); r.Int("facilitatorDirectory.totalCount") != 0 {
		t.Fatalf("an unlisted facilitator found: %s", r.Body)
	}
	// The first edition's fields and paging still answer as before.
	old := env.Do(t, apitest.Request{Space: fac, Header: ana, Query: `{ facilitatorDirectory(first: 10, offset: 1) { totalCount facilitators { displayName belt } } }`}).MustOK(t)
	if old.Int("facilitatorDirectory.totalCount") != 2 || old.Str("facilitatorDirectory.facilitators.0.displayName") != "bob Fondateur" {
		t.Fatalf("the first edition's directory: %s", old.Body)
	}
	for lang, words := range map[string]string{"fr": "négatif", "en": "negative"} {
		r := env.Do(t, apitest.Request{Space: fac, Header: with(ana, "Accept-Language", lang), Query: `{ facilitatorDirectory(offset: -1) { totalCount } }`})
		if code(r) != "BAD_USER_INPUT" || r.Errors[0].Extensions["field"] != "offset" || !strings.Contains(r.Errors[0].Message, words) {
			t.Fatalf("a negative offset (%s): %s", lang, r.Body)
		}
	}
	for _, first := range []string{"-1", "101"} {
		if r := env.Do(t, apitest.Request{Space: fac, Header: ana, Query: `{ facilitatorDirectory(first: ` + first + `) { totalCount } }`}); code(r) != "BAD_USER_INPUT" {
			t.Fatalf("first: %s: %s", first, r.Body)
		}
	}
	if r := search(participant, map[string]any{"city": "Nantes"}); code(r) != "FORBIDDEN" {
		t.Fatalf("a participant reads the directory: %s", r.Body)
	}
}
