package web_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"guichet/apitest"
	"guichet/ent/guidetranslation"
	"guichet/ent/privacy"
	"guichet/web"
)

// Readers vote from the help center's pages without JavaScript, and read a guide's related
// guides (issue 21 on the server-rendered help center).

// postVote posts a page's vote form as a browser of the same site would, without following
// the redirect.
func postVote(t *testing.T, env *apitest.Env, action string, form url.Values, h http.Header) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, env.URL+action, strings.NewReader(form.Encode()))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	for k, v := range h {
		req.Header[k] = v
	}
	c := *env.HTTP
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

var (
	voteFormRe = regexp.MustCompile(`<form method="post" action="([^"]+)">\s*<input type="hidden" name="id" value="(\d+)">\s*<input type="hidden" name="back" value="([^"]+)">`)
	relatedRe  = regexp.MustCompile(`(?s)<section aria-labelledby="related">(.*?)</section>`)
)

// voteForms are a page's vote forms: action, id and back of each.
func voteForms(page string) [][3]string {
	var out [][3]string
	for _, m := range voteFormRe.FindAllStringSubmatch(page, -1) {
		out = append(out, [3]string{m[1], m[2], m[3]})
	}
	return out
}

// feedbackOf is pageFeedback's "helpful/not helpful" of a page per language.
func feedbackOf(t *testing.T, env *apitest.Env, ed http.Header, sp, id, kind string) map[string]string {
	t.Helper()
	fb := env.Op(t, "help.graphql", "PageFeedback", sp, nil, ed).MustOK(t)
	got := map[string]string{}
	for i := range fb.Len("pageFeedback") {
		p := "pageFeedback." + itoa(i)
		if fb.Str(p+".page.id") == id && fb.Str(p+".page.kind") == kind {
			got[fb.Str(p+".locale")] = fmt.Sprintf("%d/%d", fb.Int(p+".helpful"), fb.Int(p+".notHelpful"))
		}
	}
	return got
}

func TestHelpCenterVotes(t *testing.T) {
	env := apitest.NewWith(t, web.Options{CacheTTL: time.Hour, CacheEntries: 100})
	const base = "/spaces/facilitators"
	firefox := http.Header{"User-Agent": {"Firefox"}}
	ed := bearer(editorSession(t, env, "facilitators"))

	// Every page that takes votes has a form per page or entry, in its language, and stays
	// valid HTML.
	for _, c := range []struct{ path, kind, question string }{
		{"/fr/guides/les-ceintures", "GUIDE", "Cette page vous a-t-elle aidé ?"},
		{"/en/guides/belts-explained", "GUIDE", "Was this page helpful?"},
		{"/fr/faq", "FAQ", "Cette réponse vous a-t-elle aidé ?"},
		{"/en/faq", "FAQ", "Was this answer helpful?"},
		{"/fr/news/formations-hiver", "NEWS", "Cette page vous a-t-elle aidé ?"},
		{"/en/news/" + newsSlug(t, env, "formations-hiver"), "NEWS", "Was this page helpful?"},
	} {
		resp, body := fetchPage(t, env, base+c.path, nil)
		parsePage(t, c.path, resp, body)
		forms := voteForms(body)
		if len(forms) == 0 || !strings.Contains(body, c.question) {
			t.Fatalf("%s: no vote form", c.path)
		}
		action, back := base+c.path[:3]+"/feedback", base+c.path
		if forms[0][0] != action || forms[0][2] != back {
			t.Errorf("%s: form %v", c.path, forms[0])
		}
	}

	// A vote through the form counts once; the same reader changing their mind moves it.
	_, page := fetchPage(t, env, base+"/fr/guides/les-ceintures", nil)
	f := voteForms(page)[0]
	id := f[1]
	vote := func(helpful string, h http.Header) *http.Response {
		resp, _ := postVote(t, env, f[0], url.Values{"id": {id}, "helpful": {helpful}, "back": {f[2]}}, h)
		return resp
	}
	for _, helpful := range []string{"yes", "yes", "no"} {
		resp := vote(helpful, firefox)
		if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != f[2]+"?voted="+id+"#vote-"+id {
			t.Fatalf("vote %s: %d → %q", helpful, resp.StatusCode, resp.Header.Get("Location"))
		}
	}
	if got := feedbackOf(t, env, ed, "facilitators", id, "GUIDE"); got["FR"] != "0/1" || len(got) != 1 {
		t.Fatalf("after one reader's three votes: %v", got)
	}
	vote("yes", http.Header{"User-Agent": {"Chrome"}}) // another reader
	if got := feedbackOf(t, env, ed, "facilitators", id, "GUIDE"); got["FR"] != "1/1" {
		t.Fatalf("after a second reader: %v", got)
	}

	// The thank-you is the page with a notice in place of the form, never the cached page's.
	resp, thanked := fetchPage(t, env, f[2]+"?voted="+id, nil)
	parsePage(t, "thanked", resp, thanked)
	if !strings.Contains(thanked, "Merci pour votre réponse") || len(voteForms(thanked)) != 0 ||
		resp.Header.Get("Cache-Control") != "private, no-store" || resp.Header.Get("Etag") != "" {
		t.Errorf("thank-you: %q %q", resp.Header.Get("Cache-Control"), thanked)
	}
	if _, again := fetchPage(t, env, f[2], nil); strings.Contains(again, "Merci pour votre réponse") || len(voteForms(again)) != 1 {
		t.Errorf("the page thanks everybody")
	}

	// A FAQ entry's vote, in English, goes back to the entry.
	_, faq := fetchPage(t, env, base+"/en/faq", nil)
	ff := voteForms(faq)[0]
	if resp, _ := postVote(t, env, ff[0], url.Values{"id": {ff[1]}, "helpful": {"no"}, "back": {ff[2]}}, firefox); resp.StatusCode != http.StatusSeeOther ||
		resp.Header.Get("Location") != base+"/en/faq?voted="+ff[1]+"#vote-"+ff[1] {
		t.Fatalf("FAQ vote: %d %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	if got := feedbackOf(t, env, ed, "facilitators", ff[1], "FAQ"); got["EN"] != "0/1" {
		t.Fatalf("FAQ feedback: %v", got)
	}
	if _, thanked := fetchPage(t, env, base+"/en/faq?voted="+ff[1], nil); !strings.Contains(thanked, "Thank you for your answer") ||
		len(voteForms(thanked)) != len(voteForms(faq))-1 {
		t.Errorf("FAQ thank-you")
	}

	// A restricted page's vote is not found, as the page is, and counts nothing.
	restricted := itoa(env.DB.Client.GuideTranslation.Query().Where(guidetranslation.Slug("creer-une-session-et-remplir-son-compteur")).
		OnlyX(privacy.DecisionContext(context.Background(), privacy.Allow)).GuideID)
	resp, body := postVote(t, env, f[0], url.Values{"id": {restricted}, "helpful": {"no"}, "back": {f[2]}}, firefox)
	if resp.StatusCode != http.StatusNotFound || !strings.Contains(body, "Page introuvable") {
		t.Errorf("restricted vote: %d", resp.StatusCode)
	}
	if got := feedbackOf(t, env, ed, "facilitators", restricted, "GUIDE"); len(got) != 0 {
		t.Errorf("restricted page's votes: %v", got)
	}

	// Cross-site posts, malformed forms and addresses elsewhere are refused.
	for name, c := range map[string]struct {
		form url.Values
		h    http.Header
		code int
	}{
		"cross-site":       {url.Values{"id": {id}, "helpful": {"no"}, "back": {f[2]}}, http.Header{"Sec-Fetch-Site": {"cross-site"}}, http.StatusForbidden},
		"other origin":     {url.Values{"id": {id}, "helpful": {"no"}, "back": {f[2]}}, http.Header{"Sec-Fetch-Site": nil, "Origin": {"https://evil.example"}}, http.StatusForbidden},
		"no answer":        {url.Values{"id": {id}, "back": {f[2]}}, nil, http.StatusBadRequest},
		"not an id":        {url.Values{"id": {"x"}, "helpful": {"no"}, "back": {f[2]}}, nil, http.StatusBadRequest},
		"another host":     {url.Values{"id": {id}, "helpful": {"no"}, "back": {"//evil.example/"}}, nil, http.StatusBadRequest},
		"another tree":     {url.Values{"id": {id}, "helpful": {"no"}, "back": {"/en/guides/x"}}, nil, http.StatusBadRequest},
		"another language": {url.Values{"id": {id}, "helpful": {"no"}, "back": {base + "/en/guides/belts-explained"}}, nil, http.StatusBadRequest},
	} {
		if resp, body := postVote(t, env, f[0], c.form, c.h); resp.StatusCode != c.code || resp.Header.Get("Content-Security-Policy") == "" {
			t.Errorf("%s: %d, want %d", name, resp.StatusCode, c.code)
		} else if !strings.Contains(body, "Votre avis n’a pas été enregistré") {
			t.Errorf("%s: %s", name, body)
		}
	}
	if got := feedbackOf(t, env, ed, "facilitators", id, "GUIDE"); got["FR"] != "1/1" {
		t.Fatalf("refused votes counted: %v", got)
	}

	// The API's limit per client holds through the form: the API's votes and the form's add up.
	limited := false
	for range 40 {
		if resp := vote("yes", firefox); resp.StatusCode == http.StatusTooManyRequests {
			limited = resp.Header.Get("Retry-After") != ""
			break
		}
	}
	if !limited {
		t.Errorf("votes through the form are not limited")
	}
}

// A guide's related guides are the reader's: in the page's language, and never a guide the
// reader may not read (a staff member's page lists it).
func TestHelpCenterRelatedGuides(t *testing.T) {
	env := apitest.New(t)
	const base = "/spaces/facilitators"
	restricted, restrictedEN := guideTranslation(t, env, "creer-une-session-et-remplir-son-compteur")
	staffH := bearer(staff(t, env, "facilitators"))
	links := regexp.MustCompile(`<a href="([^"]+)">`)
	for _, c := range []struct{ path, lang, hidden, word string }{
		{"/fr/guides/les-ceintures", "fr", restricted, "Guides liés"},
		{"/en/guides/belts-explained", "en", restrictedEN, "Related guides"},
	} {
		var seen [2][]string
		for i, h := range []http.Header{nil, staffH} {
			resp, body := fetchPage(t, env, base+c.path, h)
			parsePage(t, c.path, resp, body)
			m := relatedRe.FindStringSubmatch(body)
			if m == nil || !strings.Contains(m[1], c.word) {
				t.Fatalf("%s: no related guides", c.path)
			}
			for _, l := range links.FindAllStringSubmatch(m[1], -1) {
				if !strings.HasPrefix(l[1], base+"/"+c.lang+"/guides/") || strings.HasSuffix(l[1], c.path) {
					t.Errorf("%s: related %s", c.path, l[1])
				}
				seen[i] = append(seen[i], l[1])
			}
		}
		if len(seen[0]) == 0 || slices.Contains(seen[0], base+"/"+c.lang+"/guides/"+c.hidden) {
			t.Errorf("%s: an anonymous reader's related guides: %v", c.path, seen[0])
		}
		if !slices.Contains(seen[1], base+"/"+c.lang+"/guides/"+c.hidden) {
			t.Errorf("%s: staff's related guides lack the restricted one: %v", c.path, seen[1])
		}
	}
}
