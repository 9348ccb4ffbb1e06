package web_test

import (
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"guichet/apitest"
)

// The member area is the admin build's second page, served for every path below
// /spaces/{space}/account/ and for the e-mails' links at the root, under the same strict
// policy; the help center's header leads to it, and the help center's own routes keep theirs.
func TestMemberAreaIsServed(t *testing.T) {
	env := apitest.New(t)
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	get := func(path string) (*http.Response, string) {
		t.Helper()
		res, err := client.Get(env.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res, string(b)
	}
	res, page := get("/spaces/facilitators/account/")
	if res.StatusCode != 200 || !strings.Contains(page, `<div id="root">`) || !strings.Contains(page, "/admin/assets/member-") {
		t.Fatalf("/spaces/facilitators/account/: %d %s", res.StatusCode, page)
	}
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") || strings.Contains(csp, "unsafe-") {
		t.Errorf("CSP %q", csp)
	}
	for _, route := range []string{"/spaces/facilitators/account/sign-up", "/spaces/mentoring/account/profile",
		"/activate?token=abc", "/reset-password?token=abc", "/confirm-email?token=abc", "/accept-invitation?token=abc",
		"/trainings/confirm?token=abc", "/spaces/facilitators/account/trainings/12/edit"} {
		if res, body := get(route); res.StatusCode != 200 || body != page || res.Header.Get("Referrer-Policy") != "no-referrer" {
			t.Errorf("%s: %d, not the member area", route, res.StatusCode)
		}
	}
	if res, _ := get("/spaces/facilitators/account"); res.StatusCode != http.StatusMovedPermanently || res.Header.Get("Location") != "/spaces/facilitators/account/" {
		t.Errorf("/spaces/facilitators/account: %d %q", res.StatusCode, res.Header.Get("Location"))
	}
	for _, a := range regexp.MustCompile(`(?:src|href)="(/admin/assets/[^"]+)"`).FindAllStringSubmatch(page, -1) {
		if res, body := get(a[1]); res.StatusCode != 200 || body == "" {
			t.Errorf("%s: %d", a[1], res.StatusCode)
		}
	}
	// The help center is still the help center, and its header links to the member area.
	for path, want := range map[string]string{"/spaces/facilitators/fr/": `href="/spaces/facilitators/account/?lang=fr"`,
		"/spaces/facilitators/en/": `href="/spaces/facilitators/account/?lang=en"`} {
		res, body := get(path)
		if res.StatusCode != 200 || !strings.Contains(body, want) {
			t.Errorf("%s: %d, no link %s", path, res.StatusCode, want)
		}
	}
	// A space that runs trainings links its public list of trainings, in the page's language;
	// the others do not.
	for path, want := range map[string]string{"/spaces/facilitators/fr/": `<a href="/spaces/facilitators/account/trainings?lang=fr">Formations</a>`,
		"/spaces/facilitators/en/":  `<a href="/spaces/facilitators/account/trainings?lang=en">Trainings</a>`,
		"/spaces/certification/fr/": "", "/spaces/mentoring/en/": ""} {
		res, body := get(path)
		if has := strings.Contains(body, "/account/trainings"); res.StatusCode != 200 || has != (want != "") || !strings.Contains(body, want) {
			t.Errorf("%s: %d, a trainings link %v, want %q", path, res.StatusCode, has, want)
		}
	}
}
