package web_test

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"guichet/apitest"
	"guichet/ent/guidetranslation"
	"guichet/ent/privacy"
	"guichet/locales"
	"guichet/site"
	"guichet/web"
)

// fetchPage GETs a help-center page without following redirects.
func fetchPage(t *testing.T, env *apitest.Env, path string, h http.Header) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, env.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
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

// parsedPage is what the tests read of a page: its head's links and metas, its h1s, its lang.
type parsedPage struct {
	lang, title string
	h1          []string
	canonical   string
	alternates  map[string]string // hreflang → href
	meta        map[string]string // name or property → content
	links       []string          // every <a href>
	text        string
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// reporter is what checkWellFormed reports to: a test, or a recorder (checkWellFormedCatches).
type reporter interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// recorded keeps the reports of the check.
type recorded struct{ errors []string }

func (r *recorded) Helper() {}
func (r *recorded) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}
func (r *recorded) Fatalf(format string, args ...any) { r.Errorf(format, args...) }

// The HTML check finds what it says it finds.
func TestWellFormedCheckCatchesMistakes(t *testing.T) {
	const head = "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>x</title></head><body>"
	for _, c := range []struct{ name, body string }{
		{"a list in a paragraph", "<p>a<ul><li>b</li></ul></p>"},
		{"misnested", "<p><em>a<strong>b</em></strong></p>"},
		{"unclosed", "<div><p>a</p>"},
		{"an id twice", "<p id=\"a\">a</p><p id=\"a\">b</p>"},
		{"a table without tbody", "<table><tr><td>a</td></tr></table>"},
		{"a div in a paragraph", "<p><div>a</div></p>"},
	} {
		var r recorded
		checkWellFormed(&r, c.name, head+c.body+"</body></html>")
		if len(r.errors) == 0 {
			t.Errorf("%s: not caught", c.name)
		}
	}
	var r recorded
	checkWellFormed(&r, "good", head+"<p>a <em>b</em></p><ul><li>c</li></ul><table><tbody><tr><td>d</td></tr></tbody></table></body></html>")
	if len(r.errors) > 0 {
		t.Errorf("a good page: %v", r.errors)
	}
}

// voidElements have no end tag.
var voidElements = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

// checkWellFormed tokenizes the page as written (the parser would repair it silently) and
// fails on an end tag that does not close the innermost open element, an element left open, a
// missing doctype, an element the HTML parser had to add, drop or reopen to build the tree
// (misnesting: a block in a <p>, a table without its tbody…), and an id given twice.
func checkWellFormed(t reporter, name, page string) {
	t.Helper()
	if !strings.HasPrefix(page, "<!DOCTYPE html>") {
		t.Errorf("%s: no doctype", name)
	}
	z := html.NewTokenizer(strings.NewReader(page))
	var open []string
	written := map[string]int{} // start tags as written, by element
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() != io.EOF {
				t.Errorf("%s: %v", name, z.Err())
			}
			break
		}
		tok := z.Token()
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			written[tok.Data]++
			if tt == html.SelfClosingTagToken && !voidElements[tok.Data] {
				t.Errorf("%s: <%s/> is not an empty element", name, tok.Data)
			}
			if tt == html.StartTagToken && !voidElements[tok.Data] {
				open = append(open, tok.Data)
			}
		case html.EndTagToken:
			if len(open) == 0 || open[len(open)-1] != tok.Data {
				t.Errorf("%s: </%s> closes %v", name, tok.Data, open)
				return
			}
			open = open[:len(open)-1]
		}
	}
	if len(open) > 0 {
		t.Errorf("%s: left open: %v", name, open)
	}
	// The parser builds exactly the elements written: none implied (a <p> closed by a <ul>
	// inside it, a table's implied tbody), none dropped or moved out (a <div> in a <p>).
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	built := map[string]int{}
	ids := map[string]bool{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			built[n.Data]++
			if id := attr(n, "id"); id != "" {
				if ids[id] {
					t.Errorf("%s: id %q twice", name, id)
				}
				ids[id] = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for el, n := range built {
		if written[el] != n {
			t.Errorf("%s: %d <%s> written, the parser built %d", name, written[el], el, n)
		}
	}
	for el, n := range written {
		if built[el] != n {
			t.Errorf("%s: %d <%s> written, the parser built %d", name, n, el, built[el])
		}
	}
}

// parsePage checks a page's structure (well-formed, one title, one h1, lang, description,
// charset and viewport, the CSP) and returns what it says.
func parsePage(t *testing.T, name string, resp *http.Response, page string) *parsedPage {
	t.Helper()
	checkWellFormed(t, name, page)
	if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("%s: Content-Type %q", name, ct)
	}
	if csp := resp.Header.Get("Content-Security-Policy"); csp != site.CSP || strings.Contains(csp, "unsafe") {
		t.Errorf("%s: CSP %q", name, csp)
	}
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	p := &parsedPage{alternates: map[string]string{}, meta: map[string]string{}}
	titles, bodies := 0, 0
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inHead bool) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "html":
				p.lang = attr(n, "lang")
			case "head":
				inHead = true
			case "body":
				bodies++
				p.text = textOf(n)
			case "title":
				titles++
				p.title = textOf(n)
			case "h1":
				p.h1 = append(p.h1, strings.TrimSpace(textOf(n)))
			case "link":
				if !inHead {
					t.Errorf("%s: <link> outside head", name)
				}
				switch attr(n, "rel") {
				case "canonical":
					p.canonical = attr(n, "href")
				case "alternate":
					p.alternates[attr(n, "hreflang")] = attr(n, "href")
				}
			case "meta":
				if k := attr(n, "name") + attr(n, "property"); k != "" {
					p.meta[k] = attr(n, "content")
				} else if attr(n, "charset") != "" {
					p.meta["charset"] = attr(n, "charset")
				}
			case "a":
				p.links = append(p.links, attr(n, "href"))
			case "script":
				if attr(n, "src") == "" || textOf(n) != "" {
					t.Errorf("%s: an inline script", name)
				}
			case "style":
				t.Errorf("%s: an inline style element", name)
			}
			if attr(n, "style") != "" || strings.HasPrefix(attr(n, "href"), "javascript:") {
				t.Errorf("%s: inline style or script in <%s>", name, n.Data)
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(a.Key, "on") {
					t.Errorf("%s: event handler %s", name, a.Key)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inHead)
		}
	}
	walk(doc, false)
	if titles != 1 || strings.TrimSpace(p.title) == "" || bodies != 1 {
		t.Errorf("%s: %d titles (%q), %d bodies", name, titles, p.title, bodies)
	}
	if len(p.h1) != 1 || p.h1[0] == "" {
		t.Errorf("%s: h1 %q", name, p.h1)
	}
	if p.lang != "fr" && p.lang != "en" {
		t.Errorf("%s: lang %q", name, p.lang)
	}
	if p.meta["description"] == "" || p.meta["charset"] != "utf-8" || p.meta["viewport"] == "" {
		t.Errorf("%s: metas %v", name, p.meta)
	}
	return p
}

// A restricted guide's FR slug and title, read past the privacy rules.
func guideTranslation(t *testing.T, env *apitest.Env, slug string) (fr, en string) {
	t.Helper()
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	tr, err := env.DB.Client.GuideTranslation.Query().Where(guidetranslation.Slug(slug)).Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	all, err := env.DB.Client.GuideTranslation.Query().Where(guidetranslation.GuideID(tr.GuideID)).All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range all {
		if x.Locale == locales.FR {
			fr = x.Slug
		} else {
			en = x.Slug
		}
	}
	return fr, en
}

// Every page kind, in both languages, is valid HTML with one h1, its language, a title, a
// description, a canonical URL, its alternates and Open Graph tags, and the interface's words
// in its language.
func TestHelpCenterPages(t *testing.T) {
	env := apitest.New(t)
	const base = "/spaces/facilitators"
	canon := apitest.PublicURL + base
	kinds := []struct{ name, fr, en string }{
		{"home", "/fr/", "/en/"},
		{"category", "/fr/categories/" + catSlug(t, env, "FR"), "/en/categories/" + catSlug(t, env, "EN")},
		{"guide", "/fr/guides/les-ceintures", "/en/guides/belts-explained"},
		{"faq", "/fr/faq", "/en/faq"},
		{"resources", "/fr/resources", "/en/resources"},
		{"news", "/fr/news", "/en/news"},
		{"post", "/fr/news/formations-hiver", "/en/news/" + newsSlug(t, env, "formations-hiver")},
		{"search", "/fr/search?q=ceinture", "/en/search?q=belt"},
		{"search form", "/fr/search", "/en/search"},
	}
	for _, k := range kinds {
		pair := map[string]*parsedPage{}
		for _, l := range []locales.Locale{locales.FR, locales.EN} {
			path := k.fr
			if l == locales.EN {
				path = k.en
			}
			resp, body := fetchPage(t, env, base+path, nil)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("%s: %d\n%s", path, resp.StatusCode, body)
			}
			p := parsePage(t, k.name+" "+path, resp, body)
			pair[l.Tag()] = p
			if p.lang != l.Tag() {
				t.Errorf("%s: lang %q", path, p.lang)
			}
			// The interface speaks the page's language, not the other.
			for _, id := range []string{"SITE_SEARCH_LABEL", "SITE_SKIP", "SITE_FOOTER", "SITE_NEWS"} {
				if !strings.Contains(p.text, locales.Message(l, id, nil)) || strings.Contains(p.text, locales.Message(l.Other(), id, nil)) {
					t.Errorf("%s: %s not in %s", path, id, l)
				}
			}
			if !strings.Contains(p.text, locales.Message(l, "SITE_OTHER_LANGUAGE", nil)) {
				t.Errorf("%s: no language switch", path)
			}
			current := 0
			if k.name == "home" || k.name == "faq" || k.name == "resources" || k.name == "news" {
				current = 1
			}
			if n := strings.Count(body, `aria-current="page"`); n != current {
				t.Errorf("%s: %d navigation entries marked current", path, n)
			}
			if strings.HasPrefix(k.name, "search") {
				if p.meta["robots"] != "noindex, follow" {
					t.Errorf("%s: robots %q", path, p.meta["robots"])
				}
				continue
			}
			want := canon + strings.SplitN(path, "?", 2)[0]
			if p.canonical != want || p.meta["og:url"] != want {
				t.Errorf("%s: canonical %q, og:url %q, want %q", path, p.canonical, p.meta["og:url"], want)
			}
			if p.meta["og:title"] == "" || p.meta["og:description"] == "" || p.meta["og:locale"] == "" || p.meta["og:type"] == "" || p.meta["og:site_name"] == "" {
				t.Errorf("%s: Open Graph %v", path, p.meta)
			}
		}
		if strings.HasPrefix(k.name, "search") {
			continue
		}
		// hreflang pairs: each version names both, and x-default the space's default (FR).
		for _, tag := range []string{"fr", "en"} {
			p := pair[tag]
			if p.alternates["fr"] != pair["fr"].canonical || p.alternates["en"] != pair["en"].canonical ||
				p.alternates["x-default"] != pair["fr"].canonical {
				t.Errorf("%s %s: alternates %v", k.name, tag, p.alternates)
			}
		}
		if pair["fr"].title == pair["en"].title {
			t.Errorf("%s: the same title in both languages: %q", k.name, pair["fr"].title)
		}
	}
	// The guide page: its body, its attachments' download links (the API's file URLs).
	_, body := fetchPage(t, env, base+"/fr/guides/les-ceintures", nil)
	if !strings.Contains(body, "Les ceintures : votre parcours d&#39;animateur") && !strings.Contains(body, "Les ceintures : votre parcours d'animateur") {
		t.Errorf("guide title missing:\n%s", body)
	}
	// Resources link the files the API serves, and they download.
	resp, body := fetchPage(t, env, base+"/en/resources", nil)
	p := parsePage(t, "resources", resp, body)
	files := 0
	for _, href := range p.links {
		if strings.HasPrefix(href, base+"/files/") {
			files++
			if r, _ := fetchPage(t, env, href, nil); r.StatusCode != http.StatusOK {
				t.Errorf("download %s: %d", href, r.StatusCode)
			}
		}
	}
	if files == 0 {
		t.Errorf("no download on the resources page:\n%s", body)
	}
	// The home in the reader's language at the bare address, and the default space at /.
	for _, c := range []struct{ path, accept, lang, canonical string }{
		{base + "/", "en-GB,en;q=0.9", "en", canon + "/en/"},
		{base + "/", "fr-CA", "fr", canon + "/fr/"},
		{"/", "en", "en", apitest.PublicURL + "/en/"},
		{"/fr/", "en", "fr", apitest.PublicURL + "/fr/"},
		{"/spaces/certification/fr/", "", "fr", apitest.PublicURL + "/fr/"},
	} {
		resp, body := fetchPage(t, env, c.path, lang(c.accept))
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: %d", c.path, resp.StatusCode)
		}
		p := parsePage(t, c.path, resp, body)
		if p.lang != c.lang || p.canonical != c.canonical {
			t.Errorf("%s (%s): lang %q canonical %q, want %q %q", c.path, c.accept, p.lang, p.canonical, c.lang, c.canonical)
		}
	}
	// Not found: a page in the language of the address, 404, not indexed.
	for _, path := range []string{base + "/en/guides/no-such-guide", base + "/fr/nothing", base + "/de/", "/en/news/no-such-post", base + "/fr/news?after=not-a-cursor"} {
		resp, body := fetchPage(t, env, path, nil)
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s: %d", path, resp.StatusCode)
			continue
		}
		p := parsePage(t, path, resp, body)
		if p.meta["robots"] == "" || p.canonical != "" {
			t.Errorf("%s: robots %q canonical %q", path, p.meta["robots"], p.canonical)
		}
	}
	// The style sheet, the script and the icon are ours, kept a year.
	for _, href := range []string{linkOf(t, body, "stylesheet"), scriptOf(t, body), linkOf(t, body, "icon")} {
		resp, _ := fetchPage(t, env, href, nil)
		if resp.StatusCode != http.StatusOK || resp.Header.Get("Cache-Control") != "public, max-age=31536000, immutable" {
			t.Errorf("%s: %d %q", href, resp.StatusCode, resp.Header.Get("Cache-Control"))
		}
	}
	// What browsers ask for on pages that name no icon is the same icon, not a 404.
	if resp, icon := fetchPage(t, env, "/favicon.ico", nil); resp.StatusCode != http.StatusOK ||
		resp.Header.Get("Content-Type") != "image/svg+xml" || !strings.HasPrefix(icon, "<svg") {
		t.Errorf("/favicon.ico: %d %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	// A category's page lists its guides, FAQ entries and resources, as the API filters them.
	resp, body = fetchPage(t, env, "/spaces/certification/en/categories/supporting-documents", nil)
	p = parsePage(t, "category", resp, body)
	count := func(prefix string) int {
		n := 0
		for _, href := range p.links {
			if strings.HasPrefix(href, prefix) {
				n++
			}
		}
		return n
	}
	api := env.Do(t, apitest.Request{Space: "certification", Query: `query($c: String) {
		guides(category: $c, locale: EN, first: 100) { totalCount }
		faqs(category: $c, locale: EN, first: 100) { totalCount }
		resources(category: $c, locale: EN, first: 100) { totalCount } }`,
		Variables: map[string]any{"c": "supporting-documents"}}).MustOK(t)
	for _, c := range []struct{ list, prefix string }{
		{"guides", "/spaces/certification/en/guides/"},
		{"faqs", "/spaces/certification/en/faq#faq-"},
		{"resources", "/spaces/certification/en/resources#resource-"},
	} {
		if n := api.Int(c.list + ".totalCount"); count(c.prefix) != n || n == 0 {
			t.Errorf("category page: %d links to %s, the API lists %d", count(c.prefix), c.list, n)
		}
	}
	// HEAD is answered as GET, without a body.
	if req, _ := http.NewRequest(http.MethodHead, env.URL+base+"/fr/faq", nil); true {
		if resp, err := env.HTTP.Do(req); err != nil || resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/html; charset=utf-8" {
			t.Errorf("HEAD: %v %v", resp, err)
		}
	}
	// Only GET and HEAD.
	req, _ := http.NewRequest(http.MethodPost, env.URL+base+"/fr/", strings.NewReader("x"))
	if resp, err := env.HTTP.Do(req); err != nil || resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST a page: %v %v", resp.StatusCode, err)
	}
	// The API keeps its routes.
	env.Op(t, "help.graphql", "Space", "facilitators", nil, nil).MustOK(t)
	if resp, _ := fetchPage(t, env, "/explorer", nil); resp.StatusCode != http.StatusOK {
		t.Errorf("/explorer: %d", resp.StatusCode)
	}
}

func linkOf(t *testing.T, page, rel string) string {
	t.Helper()
	doc, _ := html.Parse(strings.NewReader(page))
	var found string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "link" && attr(n, "rel") == rel {
			found = attr(n, "href")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if found == "" {
		t.Fatalf("no link %s", rel)
	}
	return found
}

func scriptOf(t *testing.T, page string) string {
	t.Helper()
	i := strings.Index(page, `<script src="`)
	if i < 0 {
		t.Fatal("no script")
	}
	rest := page[i+len(`<script src="`):]
	return rest[:strings.IndexByte(rest, '"')]
}

func catSlug(t *testing.T, env *apitest.Env, l string) string {
	t.Helper()
	r := env.Op(t, "help.graphql", "HelpCenter", "facilitators", map[string]any{"locale": l}, nil).MustOK(t)
	return r.Str("categories.0.slug")
}

func newsSlug(t *testing.T, env *apitest.Env, slug string) string {
	t.Helper()
	r := env.Do(t, apitest.Request{Space: "facilitators", Query: `query($s: String!) { newsPost(slug: $s, locale: EN) { slug } }`,
		Variables: map[string]any{"s": slug}}).MustOK(t)
	return r.Str("newsPost.slug")
}

// A former slug, or the other language's slug under this language, answers 301 with the
// canonical address; a translation that is not published is never shown, nor is a guide the
// reader's audience may not read (404, as the API's null), on any page or in the sitemap.
func TestHelpCenterSlugsAndAudiences(t *testing.T) {
	env := apitest.New(t)
	for _, c := range []struct{ path, to string }{
		// certification is the default space: its canonical addresses are at the root.
		{"/spaces/certification/fr/guides/inscription-deposant", "/fr/guides/creer-le-compte-de-votre-entite"},
		{"/fr/guides/inscription-deposant", "/fr/guides/creer-le-compte-de-votre-entite"},
		{"/en/guides/depositor-sign-up", "/en/guides/creating-your-entity-account"},
		{"/en/guides/creer-le-compte-de-votre-entite", "/en/guides/creating-your-entity-account"},
		{"/spaces/facilitators/fr/guides/belts-explained", "/spaces/facilitators/fr/guides/les-ceintures"},
		{"/spaces/facilitators/en/guides/types-de-compte", "/spaces/facilitators/en/guides/" + enSlugOf(t, env, "types-de-compte")},
		{"/spaces/facilitators/en/news/formations-hiver", "/spaces/facilitators/en/news/" + newsSlug(t, env, "formations-hiver")},
		{"/spaces/facilitators/fr", "/spaces/facilitators/fr/"},
	} {
		resp, _ := fetchPage(t, env, c.path, nil)
		want := apitest.PublicURL + c.to
		if c.path == "/spaces/facilitators/fr" {
			want = c.to
		}
		if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != want {
			t.Errorf("%s: %d → %q, want 301 → %q", c.path, resp.StatusCode, resp.Header.Get("Location"), want)
		}
	}

	// Restricted guides: not for anonymous readers, on no page; a staff member reads them.
	const base = "/spaces/facilitators"
	restricted, restrictedEN := guideTranslation(t, env, "creer-une-session-et-remplir-son-compteur")
	if resp, body := fetchPage(t, env, base+"/fr/guides/"+restricted, nil); resp.StatusCode != http.StatusNotFound ||
		strings.Contains(body, "Créer une session") {
		t.Fatalf("restricted guide for an anonymous reader: %d", resp.StatusCode)
	}
	if resp, _ := fetchPage(t, env, base+"/en/guides/"+restrictedEN, nil); resp.StatusCode != http.StatusNotFound {
		t.Fatalf("restricted guide (EN) for an anonymous reader: %d", resp.StatusCode)
	}
	for _, path := range []string{"/fr/", "/en/", "/fr/categories/" + catSlug(t, env, "FR"), "/fr/search?q=session+compteur", "/en/search?q=session+counter", "/fr/faq", "/fr/resources", "/fr/news", "/sitemap.xml"} {
		_, body := fetchPage(t, env, base+path, nil)
		if strings.Contains(body, restricted) || strings.Contains(body, restrictedEN) || strings.Contains(body, "soirees-binome") {
			t.Errorf("%s names restricted content", path)
		}
	}
	tok := staff(t, env, "facilitators")
	bearer := http.Header{"Authorization": {"Bearer " + tok}}
	if resp, body := fetchPage(t, env, base+"/fr/guides/"+restricted, bearer); resp.StatusCode != http.StatusOK ||
		!strings.Contains(body, "Créer une session") || resp.Header.Get("Cache-Control") != "private, no-store" {
		t.Fatalf("restricted guide for staff: %d %q", resp.StatusCode, resp.Header.Get("Cache-Control"))
	}
	// The sitemap is an anonymous reader's, whoever asks.
	if _, body := fetchPage(t, env, base+"/sitemap.xml", bearer); strings.Contains(body, restricted) {
		t.Errorf("the sitemap asked with a session names a restricted guide")
	}

	// An unpublished translation: its address leads to the published one, which names no
	// other language; the draft's words never show.
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	fr, en := guideTranslation(t, env, "les-ceintures")
	if _, err := env.DB.Client.GuideTranslation.Update().Where(guidetranslation.Slug(en)).SetPublished(false).Save(ctx); err != nil {
		t.Fatal(err)
	}
	env.Server.ForgetAnswers()
	if resp, _ := fetchPage(t, env, base+"/en/guides/"+en, nil); resp.StatusCode != http.StatusMovedPermanently ||
		resp.Header.Get("Location") != apitest.PublicURL+base+"/fr/guides/"+fr {
		t.Errorf("unpublished EN: %d %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	resp, body := fetchPage(t, env, base+"/fr/guides/"+fr, nil)
	p := parsePage(t, "guide without EN", resp, body)
	if _, ok := p.alternates["en"]; ok || strings.Contains(body, "Belts: your journey") || strings.Contains(body, en) {
		t.Errorf("unpublished translation shows: %v", p.alternates)
	}
	if _, sm := fetchPage(t, env, base+"/sitemap.xml", nil); strings.Contains(sm, "/en/guides/"+en) || !strings.Contains(sm, "/fr/guides/"+fr) {
		t.Errorf("sitemap with an unpublished translation:\n%s", sm)
	}
	// No published translation at all: no page.
	if _, err := env.DB.Client.GuideTranslation.Update().Where(guidetranslation.Slug(fr)).SetPublished(false).Save(ctx); err != nil {
		t.Fatal(err)
	}
	env.Server.ForgetAnswers()
	if resp, _ := fetchPage(t, env, base+"/fr/guides/"+fr, nil); resp.StatusCode != http.StatusNotFound {
		t.Errorf("a guide with no published translation: %d", resp.StatusCode)
	}
}

func enSlugOf(t *testing.T, env *apitest.Env, frSlug string) string {
	t.Helper()
	r := env.Op(t, "help.graphql", "GuideBySlug", "facilitators", map[string]any{"slug": frSlug, "locale": "EN"}, nil).MustOK(t)
	return r.Str("guide.slug")
}

type sitemapFile struct {
	URLs []struct {
		Loc   string `xml:"loc"`
		Links []struct {
			Rel      string `xml:"rel,attr"`
			Hreflang string `xml:"hreflang,attr"`
			Href     string `xml:"href,attr"`
		} `xml:"http://www.w3.org/1999/xhtml link"`
	} `xml:"url"`
}

// The sitemap lists each readable page in both languages, with its alternates, every page it
// lists answers 200, and the guides it lists are those the API lists to an anonymous reader.
func TestHelpCenterSitemap(t *testing.T) {
	env := apitest.New(t)
	resp, body := fetchPage(t, env, "/spaces/facilitators/sitemap.xml", nil)
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/xml") {
		t.Fatalf("sitemap: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	var sm sitemapFile
	if err := xml.Unmarshal([]byte(body), &sm); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(body, `xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"`) || !strings.Contains(body, `xmlns:xhtml="http://www.w3.org/1999/xhtml"`) {
		t.Errorf("namespaces:\n%s", body[:300])
	}
	locs := map[string]bool{}
	guides := 0
	canon := apitest.PublicURL + "/spaces/facilitators"
	for _, u := range sm.URLs {
		locs[u.Loc] = true
		if strings.Contains(u.Loc, "/guides/") {
			guides++
		}
		path := strings.TrimPrefix(u.Loc, apitest.PublicURL)
		if resp, _ := fetchPage(t, env, path, nil); resp.StatusCode != http.StatusOK {
			t.Errorf("%s: %d", u.Loc, resp.StatusCode)
		}
		if len(u.Links) != 2 {
			t.Errorf("%s: %d alternates", u.Loc, len(u.Links))
		}
		self := false
		for _, l := range u.Links {
			self = self || l.Href == u.Loc
			if l.Rel != "alternate" || (l.Hreflang != "fr" && l.Hreflang != "en") {
				t.Errorf("%s: link %+v", u.Loc, l)
			}
		}
		if !self {
			t.Errorf("%s does not name itself among its alternates", u.Loc)
		}
	}
	for _, want := range []string{canon + "/fr/", canon + "/en/", canon + "/fr/guides/les-ceintures", canon + "/en/guides/belts-explained",
		canon + "/fr/faq", canon + "/en/resources", canon + "/fr/news/formations-hiver"} {
		if !locs[want] {
			t.Errorf("sitemap lacks %s", want)
		}
	}
	api := env.Op(t, "help.graphql", "Guides", "facilitators", map[string]any{"first": 100}, nil).MustOK(t)
	if n := api.Int("guides.totalCount"); guides != 2*n {
		t.Errorf("sitemap: %d guide pages, the API lists %d guides to anonymous readers", guides, n)
	}
	// The default space's sitemap is at the root too, with root addresses.
	_, root := fetchPage(t, env, "/sitemap.xml", nil)
	if !strings.Contains(root, "<loc>"+apitest.PublicURL+"/fr/guides/creer-le-compte-de-votre-entite</loc>") {
		t.Errorf("root sitemap:\n%s", root)
	}
	// robots.txt names every space's sitemap, and each answers.
	resp, robots := fetchPage(t, env, "/robots.txt", nil)
	maps := 0
	for _, line := range strings.Split(robots, "\n") {
		if u, ok := strings.CutPrefix(line, "Sitemap: "); ok {
			maps++
			if r, _ := fetchPage(t, env, strings.TrimPrefix(u, apitest.PublicURL), nil); r.StatusCode != http.StatusOK {
				t.Errorf("%s: %d", u, r.StatusCode)
			}
		}
	}
	if resp.StatusCode != http.StatusOK || maps != len(spaces) || !strings.Contains(robots, "Disallow: /admin/") {
		t.Errorf("robots.txt: %d\n%s", resp.StatusCode, robots)
	}
}

// Search works without JavaScript: a GET form whose results are links to the pages, with
// the matched words marked; a query too long is told in the reader's language.
func TestHelpCenterSearch(t *testing.T) {
	env := apitest.New(t)
	resp, body := fetchPage(t, env, "/spaces/certification/en/search?q=mandate+delegation", nil)
	p := parsePage(t, "search", resp, body)
	if !slices.Contains(p.links, "/spaces/certification/en/guides/mandate-delegation") && !strings.Contains(body, "/spaces/certification/en/guides/") {
		t.Errorf("search results: %v", p.links)
	}
	if !strings.Contains(body, "<mark>") || !strings.Contains(p.text, "Results for “mandate delegation”") {
		t.Errorf("search page:\n%s", body)
	}
	_, fr := fetchPage(t, env, "/spaces/certification/fr/search?q=d%C3%A9l%C3%A9gation", nil)
	if !strings.Contains(fr, "/spaces/certification/fr/guides/") || !strings.Contains(fr, "Résultats pour « délégation »") {
		t.Errorf("French search:\n%s", fr)
	}
	_, none := fetchPage(t, env, "/spaces/certification/fr/search?q=zzzzqqq", nil)
	if !strings.Contains(none, "Aucun résultat pour « zzzzqqq »") {
		t.Errorf("no result:\n%s", none)
	}
	resp, long := fetchPage(t, env, "/spaces/certification/en/search?q="+strings.Repeat("a", 300), nil)
	parsePage(t, "long search", resp, long)
	if !strings.Contains(long, locales.Message(locales.EN, "SEARCH_QUERY_TOO_LONG", map[string]any{"Max": 200})) {
		t.Errorf("too long a query:\n%s", long)
	}
	// The form needs no script: its action is the search page, its field q.
	if !strings.Contains(body, `<form class="search" role="search" method="get" action="/spaces/certification/en/search">`) ||
		!strings.Contains(body, `name="q"`) {
		t.Errorf("search form:\n%s", body)
	}
}

// With the read cache, an anonymous page is served from it with an ETag (304 when held), and
// a change made through the server shows at once.
func TestHelpCenterPagesAreCached(t *testing.T) {
	env := apitest.NewWith(t, web.Options{CacheTTL: time.Hour, CacheEntries: 100})
	const path = "/spaces/facilitators/fr/guides/les-ceintures"
	resp, first := fetchPage(t, env, path, nil)
	etag := resp.Header.Get("Etag")
	if resp.StatusCode != http.StatusOK || etag == "" || resp.Header.Get("Cache-Control") != "public, max-age=60" {
		t.Fatalf("%d %q %q", resp.StatusCode, etag, resp.Header.Get("Cache-Control"))
	}
	resp, again := fetchPage(t, env, path, nil)
	if again != first || resp.Header.Get("Etag") != etag || resp.Header.Get("Content-Security-Policy") != site.CSP {
		t.Errorf("second answer differs")
	}
	if resp, _ := fetchPage(t, env, path, http.Header{"If-None-Match": {etag}}); resp.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match: %d", resp.StatusCode)
	}
	resp, _ = fetchPage(t, env, path, http.Header{"Accept-Encoding": {"gzip"}})
	if resp.Header.Get("Content-Encoding") != "gzip" && !resp.Uncompressed {
		t.Errorf("not gzipped")
	}
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	if _, err := env.DB.Client.GuideTranslation.Update().Where(guidetranslation.Slug("les-ceintures")).SetTitle("Les ceintures, autrement").Save(ctx); err != nil {
		t.Fatal(err)
	}
	env.Server.ForgetAnswers()
	if _, body := fetchPage(t, env, path, nil); !strings.Contains(body, "Les ceintures, autrement") {
		t.Errorf("a change does not show")
	}
}

// A guide's life through the editors' API, seen on the pages with the read cache on: a draft
// is never shown, a publication shows at once, a new draft leaves the published page as it
// is, and a slug changed on publication leaves the old one answering 301.
func TestHelpCenterFollowsPublication(t *testing.T) {
	env := apitest.NewWith(t, web.Options{CacheTTL: time.Hour, CacheEntries: 100})
	ed := bearer(editorSession(t, env, "mentoring"))
	op := func(name string, vars map[string]any) *apitest.Response {
		return env.Op(t, "editor.graphql", name, "mentoring", vars, ed).MustOK(t)
	}
	const base = "/spaces/mentoring"
	status := func(path string) (int, string) {
		resp, body := fetchPage(t, env, base+path, nil)
		return resp.StatusCode, body
	}
	// Read before anything exists, so that a stale answer would be kept.
	if code, _ := status("/fr/guides/acces-au-tableau-de-bord"); code != http.StatusNotFound {
		t.Fatalf("before: %d", code)
	}
	_, sitemap := status("/sitemap.xml")
	id := op("CreateGuide", map[string]any{"input": map[string]any{"translations": []any{
		map[string]any{"locale": "FR", "title": "L’accès au tableau de bord", "summary": "Où trouver vos chiffres.", "body": "Le **tableau** zéphyrin."},
		map[string]any{"locale": "EN", "slug": "dashboard-access", "title": "Reaching the dashboard", "summary": "Where your figures are.", "body": "The **dashboard** zephyrine."},
	}}}).Str("createGuide.guide.id")
	if code, _ := status("/fr/guides/acces-au-tableau-de-bord"); code != http.StatusNotFound {
		t.Errorf("a draft shows: %d", code)
	}
	if _, sm := status("/sitemap.xml"); sm != sitemap {
		t.Errorf("a draft changed the sitemap")
	}
	op("PublishGuide", map[string]any{"id": id, "locale": "FR"})
	code, body := status("/fr/guides/acces-au-tableau-de-bord")
	if code != http.StatusOK || !strings.Contains(body, "<strong>tableau</strong>") {
		t.Fatalf("published: %d", code)
	}
	if resp, _ := fetchPage(t, env, base+"/en/guides/dashboard-access", nil); resp.StatusCode != http.StatusMovedPermanently ||
		resp.Header.Get("Location") != apitest.PublicURL+base+"/fr/guides/acces-au-tableau-de-bord" {
		t.Errorf("the unpublished English: %d %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	if _, sm := status("/sitemap.xml"); !strings.Contains(sm, "/fr/guides/acces-au-tableau-de-bord") || strings.Contains(sm, "dashboard-access") {
		t.Errorf("sitemap after publishing French only:\n%s", sm)
	}
	// A new draft with another title and slug: the page is the published one until published.
	op("SaveGuideDraft", map[string]any{"id": id, "locale": "FR", "input": map[string]any{"slug": "tableau-de-bord",
		"title": "Le tableau de bord", "summary": "Vos chiffres.", "body": "Le **tableau** brouillon."}})
	if code, body := status("/fr/guides/acces-au-tableau-de-bord"); code != http.StatusOK || strings.Contains(body, "brouillon") || strings.Contains(body, "Le tableau de bord") {
		t.Errorf("a draft shows on the published page: %d", code)
	}
	// The draft's slug is already the guide's (as the API's guide(slug:) finds it): it leads
	// to the published page, never to the draft.
	if resp, body := fetchPage(t, env, base+"/fr/guides/tableau-de-bord", nil); strings.Contains(body, "brouillon") ||
		(resp.StatusCode != http.StatusNotFound && resp.Header.Get("Location") != apitest.PublicURL+base+"/fr/guides/acces-au-tableau-de-bord") {
		t.Errorf("the draft's slug: %d %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	op("PublishGuide", map[string]any{"id": id})
	if resp, _ := fetchPage(t, env, base+"/fr/guides/acces-au-tableau-de-bord", nil); resp.StatusCode != http.StatusMovedPermanently ||
		resp.Header.Get("Location") != apitest.PublicURL+base+"/fr/guides/tableau-de-bord" {
		t.Errorf("the former slug: %d %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	resp, body := fetchPage(t, env, base+"/fr/guides/tableau-de-bord", nil)
	p := parsePage(t, "republished", resp, body)
	if !strings.Contains(body, "brouillon") || p.alternates["en"] != apitest.PublicURL+base+"/en/guides/dashboard-access" {
		t.Errorf("republished: %v", p.alternates)
	}
	// Unpublished: gone from the pages at once.
	op("UnpublishGuide", map[string]any{"id": id})
	if code, _ := status("/fr/guides/tableau-de-bord"); code != http.StatusNotFound {
		t.Errorf("unpublished: %d", code)
	}
}

// TestHelpCenterPagesAreBounded: a page shows a bounded number of guides whatever the number
// of guides in the space: the home each category's first guides and a link to the category,
// the category's page a page of 50 and a link to the next (not indexed), which leads to the rest.
func TestHelpCenterPagesAreBounded(t *testing.T) {
	env := apitest.New(t)
	ed := bearer(editorSession(t, env, "mentoring"))
	cat := env.Op(t, "help.graphql", "HelpCenter", "mentoring", map[string]any{"locale": "FR"}, nil).MustOK(t).Str("categories.0.slug")
	const added = 60
	for i := range added {
		id := env.Op(t, "editor.graphql", "CreateGuide", "mentoring", map[string]any{"input": map[string]any{"category": cat,
			"position": 1000 + i, "translations": []any{map[string]any{"locale": "FR", "slug": fmt.Sprintf("guide-en-nombre-%02d", i),
				"title": fmt.Sprintf("Guide en nombre %02d", i), "summary": "Un de plus.", "body": "Texte."}}}}, ed).MustOK(t).Str("createGuide.guide.id")
		env.Op(t, "editor.graphql", "PublishGuide", "mentoring", map[string]any{"id": id, "locale": "FR"}, ed).MustOK(t)
	}
	base := "/spaces/mentoring/fr"
	_, home := fetchPage(t, env, base+"/", nil)
	if n := strings.Count(home, "guide-en-nombre-"); n > 4 {
		t.Errorf("the home lists %d of the category's guides", n)
	}
	resp, first := fetchPage(t, env, base+"/categories/"+cat, nil)
	p := parsePage(t, "category, first page", resp, first)
	next := ""
	if m := regexp.MustCompile(`<a href="([^"]+)" rel="next">`).FindStringSubmatch(first); m != nil {
		next = html.UnescapeString(m[1])
	}
	if n := strings.Count(first, "/guides/guide-en-nombre-"); resp.StatusCode != http.StatusOK || n == 0 || n > 50 || next == "" || p.meta["robots"] != "" {
		t.Fatalf("the category's first page: %d, %d guides, next %q, robots %q", resp.StatusCode, n, next, p.meta["robots"])
	}
	u, err := url.Parse(next)
	if err != nil {
		t.Fatal(err)
	}
	resp, second := fetchPage(t, env, u.RequestURI(), nil)
	p2 := parsePage(t, "category, second page", resp, second)
	if resp.StatusCode != http.StatusOK || !strings.Contains(second, "guide-en-nombre-59") || strings.Contains(first, "guide-en-nombre-59") ||
		!strings.Contains(p2.meta["robots"], "noindex") {
		t.Fatalf("the category's second page: %d, robots %q", resp.StatusCode, p2.meta["robots"])
	}
	shown := 0
	for i := range added {
		s := fmt.Sprintf("guide-en-nombre-%02d\"", i)
		if strings.Contains(first, s) || strings.Contains(second, s) {
			shown++
		}
	}
	if shown != added {
		t.Errorf("%d of the %d guides shown over the two pages", shown, added)
	}
	if resp, _ := fetchPage(t, env, base+"/categories/"+cat+"?after=nonsense", nil); resp.StatusCode != http.StatusNotFound {
		t.Errorf("a cursor not ours: %d", resp.StatusCode)
	}
}
