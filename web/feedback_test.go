package web_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"

	"guichet/apitest"
	"guichet/ent/guide"
	"guichet/ent/privacy"
	"guichet/web"
)

// Readers' votes, related guides and what readers miss, over HTTP (contract: help.graphql,
// second edition).

func guideIDOf(t *testing.T, env *apitest.Env, key string) string {
	t.Helper()
	return itoa(env.DB.Client.Guide.Query().Where(guide.Key(key)).
		OnlyX(privacy.DecisionContext(context.Background(), privacy.Allow)).ID)
}

// browser is a reader's headers: a language and a user agent (readers behind one address are
// told apart by their browser).
func browser(l, agent string) http.Header {
	return http.Header{"Accept-Language": {l}, "User-Agent": {agent}}
}

func TestRatePageThroughTheContract(t *testing.T) {
	env := apitest.New(t)
	siret := guideIDOf(t, env, "siret")
	rate := func(id string, helpful bool, l any, h http.Header) *apitest.Response {
		vars := map[string]any{"id": id, "helpful": helpful}
		if l != nil {
			vars["locale"] = l
		}
		return env.Op(t, "help.graphql", "RatePage", "certification", vars, h)
	}
	for i, v := range []struct {
		helpful bool
		l       any
		agent   string
	}{
		{true, "FR", "Firefox"},
		{false, "FR", "Firefox"}, // the same reader changes their mind
		{false, "FR", "Chrome"},  // another reader behind the same address
		{true, nil, "Chrome"},    // the request's language: English
	} {
		if r := rate(siret, v.helpful, v.l, browser("en", v.agent)).MustOK(t); r.Get("ratePage.ok") != true {
			t.Fatalf("vote %d: %s", i, r.Body)
		}
	}
	// A page the reader may not read is refused as reading it is, in their language.
	restricted := guideIDOf(t, env, "approve-depositors")
	fr, en := rate(restricted, true, "FR", browser("fr", "Firefox")), rate(restricted, true, "FR", browser("en", "Firefox"))
	if len(fr.Errors) != 1 || fr.Errors[0].Code() != "NOT_FOUND" || len(en.Errors) != 1 || en.Errors[0].Code() != "NOT_FOUND" ||
		fr.Errors[0].Message == en.Errors[0].Message {
		t.Fatalf("restricted: %s / %s", fr.Body, en.Body)
	}

	ed := bearer(editorSession(t, env, "certification"))
	fb := env.Op(t, "help.graphql", "PageFeedback", "certification", nil, ed).MustOK(t)
	got := map[string]string{}
	for i := range fb.Len("pageFeedback") {
		p := "pageFeedback." + itoa(i)
		if fb.Str(p+".page.id") == siret && fb.Str(p+".page.kind") == "GUIDE" {
			got[fb.Str(p+".locale")] = fmt.Sprintf("%d/%d", fb.Int(p+".helpful"), fb.Int(p+".notHelpful"))
		}
	}
	if got["FR"] != "0/2" || got["EN"] != "1/0" || len(got) != 2 {
		t.Fatalf("feedback %v: %s", got, fb.Body)
	}
	// Readers do not see it.
	if r := env.Op(t, "help.graphql", "PageFeedback", "certification", nil, nil); len(r.Errors) == 0 || r.Errors[0].Code() != "UNAUTHENTICATED" {
		t.Fatalf("anonymous feedback: %s", r.Body)
	}
}

func TestRatePageIsLimitedPerClientAliasesIncluded(t *testing.T) {
	env := apitest.New(t)
	siret := guideIDOf(t, env, "siret")
	var b strings.Builder
	b.WriteString("mutation {")
	for i := range 31 {
		fmt.Fprintf(&b, " v%d: ratePage(id: %q, helpful: true) { ok }", i, siret)
	}
	b.WriteString(" }")
	for _, l := range []string{"fr", "en"} {
		r := env.Do(t, apitest.Request{Space: "certification", Query: b.String(), Header: browser(l, "Firefox")})
		if len(r.Errors) == 0 {
			t.Fatalf("%s: 31 votes in one document: %s", l, r.Body)
		}
		e := r.Errors[0]
		if e.Code() != "RATE_LIMITED" || e.Extensions["retryAfter"] == nil {
			t.Fatalf("%s: %s", l, r.Body)
		}
		if l == "fr" && !strings.Contains(e.Message, "Trop") || l == "en" && !strings.Contains(e.Message, "Too many") {
			t.Errorf("%s message: %q", l, e.Message)
		}
	}
}

func TestRelatedGuidesThroughTheContract(t *testing.T) {
	env := apitest.New(t)
	related := func(slug, l string, h http.Header) []string {
		t.Helper()
		r := env.Op(t, "help.graphql", "RelatedGuides", "certification", map[string]any{"slug": slug, "locale": l}, h).MustOK(t)
		var out []string
		for i := range r.Len("guide.related") {
			p := "guide.related." + itoa(i)
			if r.Str(p+".locale") != l || r.Str(p+".title") == "" {
				t.Errorf("related %v", r.Get(p))
			}
			out = append(out, r.Str(p+".slug"))
		}
		return out
	}
	for _, l := range []string{"FR", "EN"} {
		got := related("role-du-gestionnaire-d-entite", l, nil)
		if len(got) == 0 || len(got) > 3 {
			t.Fatalf("%s: %v", l, got)
		}
		for _, s := range got {
			if strings.Contains(s, "valider-les-comptes") || strings.Contains(s, "approv") {
				t.Fatalf("%s: a restricted guide is related: %v", l, got)
			}
		}
	}
}

func TestSearchGapsThroughTheContract(t *testing.T) {
	env := apitest.New(t)
	for _, q := range []string{"Xylophône", "xylophone", "l'xylophône", "siret"} {
		env.Op(t, "help.graphql", "Search", "certification", map[string]any{"query": q, "locale": "FR"}, nil).MustOK(t)
	}
	ed := bearer(editorSession(t, env, "certification"))
	r := env.Op(t, "help.graphql", "SearchGaps", "certification", nil, ed).MustOK(t)
	if r.Len("searchGaps") != 1 || r.Str("searchGaps.0.query") != "xylophone" || r.Str("searchGaps.0.locale") != "FR" ||
		r.Int("searchGaps.0.count") != 3 || r.Str("searchGaps.0.lastAt") == "" {
		t.Fatalf("gaps: %s", r.Body)
	}
	// first is bounded, in the reader's language.
	for _, l := range []string{"fr", "en"} {
		r := env.Do(t, apitest.Request{Space: "certification", Query: `{ searchGaps(first: 1000) { count } }`, Header: with(ed, "Accept-Language", l)})
		if len(r.Errors) != 1 || r.Errors[0].Code() != "BAD_USER_INPUT" || !strings.Contains(r.Errors[0].Message, "100") {
			t.Fatalf("%s: %s", l, r.Body)
		}
	}
}

// Fifty readers (fifty clients behind a trusted proxy) vote at once on one page, each twice
// at the same time: each counts once. One client's excess holds back that client only.
func TestFiftyReadersVoteAtOnce(t *testing.T) {
	env := apitest.NewWith(t, web.Options{TrustProxy: true})
	siret := guideIDOf(t, env, "siret")
	from := func(i int) http.Header {
		return http.Header{"X-Forwarded-For": {fmt.Sprintf("198.51.100.%d", i)}, "User-Agent": {"Firefox"}}
	}
	var wg sync.WaitGroup
	for i := range 50 {
		for _, helpful := range []bool{true, i%2 == 0} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r := env.Do(t, apitest.Request{Space: "certification", Query: `mutation($id: ID!, $h: Boolean!) { ratePage(id: $id, helpful: $h) { ok } }`,
					Variables: map[string]any{"id": siret, "h": helpful}, Header: from(i)})
				if len(r.Errors) > 0 {
					t.Errorf("reader %d: %s", i, r.Body)
				}
			}()
		}
	}
	wg.Wait()
	ed := bearer(editorSession(t, env, "certification"))
	fb := env.Op(t, "help.graphql", "PageFeedback", "certification", nil, ed).MustOK(t)
	if fb.Len("pageFeedback") != 1 || fb.Int("pageFeedback.0.helpful")+fb.Int("pageFeedback.0.notHelpful") != 50 ||
		fb.Int("pageFeedback.0.helpful") < 25 {
		t.Fatalf("50 readers: %s", fb.Body)
	}
	// Reader 0 has used 2 of their 30 votes: 28 more pass, the next is refused; reader 1 is not held back.
	var b strings.Builder
	b.WriteString("mutation {")
	for i := range 29 {
		fmt.Fprintf(&b, " v%d: ratePage(id: %q, helpful: true) { ok }", i, siret)
	}
	b.WriteString(" }")
	r := env.Do(t, apitest.Request{Space: "certification", Query: b.String(), Header: from(0)})
	if len(r.Errors) != 1 || r.Errors[0].Code() != "RATE_LIMITED" || fmt.Sprint(r.Errors[0].Path) != "[v28]" {
		t.Fatalf("reader 0: %s", r.Body)
	}
	r = env.Do(t, apitest.Request{Space: "certification", Query: `mutation($id: ID!) { ratePage(id: $id, helpful: false) { ok } }`,
		Variables: map[string]any{"id": siret}, Header: from(1)})
	if len(r.Errors) > 0 {
		t.Fatalf("reader 1: %s", r.Body)
	}
}
