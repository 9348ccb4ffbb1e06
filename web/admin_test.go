package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"guichet/account"
	"guichet/apitest"
	"guichet/ent/space"
)

// The admin app is served by the binary: its files, index.html for its own routes, a 404 for
// a missing asset, and a policy that lets it load nothing from elsewhere.
func TestAdminAppIsServed(t *testing.T) {
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
	res, _ := get("/admin")
	if res.StatusCode != http.StatusMovedPermanently || res.Header.Get("Location") != "/admin/" {
		t.Fatalf("/admin: %d %q", res.StatusCode, res.Header.Get("Location"))
	}
	res, index := get("/admin/")
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") || !strings.Contains(index, "<html") {
		t.Fatalf("/admin/: %d %s", res.StatusCode, index)
	}
	csp := res.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
		t.Errorf("CSP allows inline code: %q", csp)
	}
	if res.Header.Get("Cache-Control") != "no-cache" {
		t.Errorf("index.html is cached: %q", res.Header.Get("Cache-Control"))
	}
	// The app's own routes are index.html.
	for _, route := range []string{"/admin/pages", "/admin/pages/guide/12", "/admin/approvals?x=1"} {
		if res, body := get(route); res.StatusCode != 200 || body != index {
			t.Errorf("%s: %d, not the app", route, res.StatusCode)
		}
	}
	// Every script and style the page names is served, cached for good.
	assets := regexp.MustCompile(`(?:src|href)="(/admin/assets/[^"]+)"`).FindAllStringSubmatch(index, -1)
	for _, a := range assets {
		res, body := get(a[1])
		if res.StatusCode != 200 || body == "" || !strings.Contains(res.Header.Get("Cache-Control"), "immutable") {
			t.Errorf("%s: %d %q", a[1], res.StatusCode, res.Header.Get("Cache-Control"))
		}
	}
	if res, _ := get("/admin/assets/gone-1234.js"); res.StatusCode != http.StatusNotFound {
		t.Errorf("a missing asset: %d", res.StatusCode)
	}
	if res, _ := get("/admin/../healthz"); res.StatusCode == 200 && res.Header.Get("Content-Type") == "text/html; charset=utf-8" {
		t.Errorf("a path out of /admin is served as the app")
	}
}

// pages lists every page, drafts included, with each translation's state, and filters them.
func TestEditorPagesAndFilters(t *testing.T) {
	env := apitest.New(t)
	const sp = "mentoring"
	ed := bearer(editorSession(t, env, sp))
	do := func(q string, vars map[string]any) *apitest.Response {
		t.Helper()
		return env.Do(t, apitest.Request{Space: sp, Query: q, Variables: vars, Header: ed}).MustOK(t)
	}
	create := func(input string) string {
		t.Helper()
		r := do(`mutation { `+input+` }`, nil)
		for _, k := range []string{"createGuide.guide.id", "createFaq.faq.id"} {
			if id := r.Str(k); id != "" {
				return id
			}
		}
		t.Fatalf("create: %s", r.Body)
		return ""
	}
	// A guide in French only, published; a guide in both languages, the English published
	// after the French (French outdated), then its French changed again; a FAQ entry never
	// published, for facilitators.
	frOnly := create(`createGuide(input: {translations: [{locale: FR, title: "Zéphyr seulement en français"}]}) { guide { id } }`)
	do(`mutation($id: ID!) { publishGuide(id: $id, locale: FR) { guide { id } } }`, map[string]any{"id": frOnly})
	both := create(`createGuide(input: {translations: [{locale: FR, title: "Zéphyr bilingue"}, {locale: EN, title: "Zephyr in both"}]}) { guide { id } }`)
	do(`mutation($id: ID!) { publishGuide(id: $id, locale: FR) { guide { id } } }`, map[string]any{"id": both})
	env.Clock.Advance(60e9)
	do(`mutation($id: ID!) { publishGuide(id: $id, locale: EN) { guide { id } } }`, map[string]any{"id": both})
	do(`mutation($id: ID!) { saveGuideDraft(id: $id, locale: FR, input: {title: "Zéphyr bilingue, revu"}) { guide { id } } }`, map[string]any{"id": both})
	faq := create(`createFaq(input: {audience: SIGNED_IN, translations: [{locale: EN, question: "Zephyr question?", answer: "Yes."}]}) { faq { id } }`)

	list := func(filter string) []string {
		t.Helper()
		r := do(`query($f: PageFilter) { pages(filter: $f) { kind id } }`, map[string]any{"f": json.RawMessage(filter)})
		var ids []string
		for i := range r.Len("pages") {
			ids = append(ids, r.Str("pages."+itoa(i)+".kind")+":"+r.Str("pages."+itoa(i)+".id"))
		}
		return ids
	}
	g := func(id string) string { return "GUIDE:" + id }
	f := func(id string) string { return "FAQ:" + id }
	ours := []string{g(frOnly), g(both), f(faq)}
	cases := []struct {
		name   string
		filter string
		want   []string // of ours, those kept
	}{
		{"no filter", `{}`, ours},
		{"search, accents and case ignored", `{"search": "ZEPHYR"}`, ours},
		{"search, every word", `{"search": "zephyr bilingue"}`, []string{g(both)}},
		{"search in the other language", `{"search": "in both"}`, []string{g(both)}},
		{"guides", `{"kind": "GUIDE", "search": "zephyr"}`, []string{g(frOnly), g(both)}},
		{"FAQ entries", `{"kind": "FAQ", "search": "zephyr"}`, []string{f(faq)}},
		{"changed since published", `{"status": "CHANGED"}`, []string{g(both)}},
		{"never published", `{"status": "DRAFT", "search": "zephyr"}`, []string{f(faq)}},
		{"lacking a language", `{"status": "MISSING", "search": "zephyr"}`, []string{g(frOnly), f(faq)}},
		{"English missing", `{"locale": "EN", "translationStatus": "MISSING", "search": "zephyr"}`, []string{g(frOnly), f(faq)}},
		{"French outdated", `{"locale": "FR", "translationStatus": "OUTDATED"}`, []string{g(both)}},
		{"audience", `{"audience": "SIGNED_IN", "search": "zephyr"}`, []string{f(faq)}},
		{"an unknown category", `{"category": "nulle-part"}`, nil},
		{"deleted", `{"deleted": true}`, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := list(c.filter)
			var kept []string
			for _, o := range ours {
				if slices.Contains(got, o) {
					kept = append(kept, o)
				}
			}
			if !slices.Equal(kept, c.want) {
				t.Errorf("%s: kept %v of ours, want %v (all: %v)", c.filter, kept, c.want, got)
			}
		})
	}

	// A filter value the pages cannot have is refused, in the reader's language.
	for _, c := range []struct {
		filter, lang, field, message string
	}{
		{`{"status": "PUBLIE"}`, "fr", "filter.status", "« PUBLIE » ne fait pas partie de : MISSING, DRAFT, PUBLISHED, CHANGED."},
		{`{"status": "PUBLIE"}`, "en", "filter.status", "“PUBLIE” is not one of MISSING, DRAFT, PUBLISHED, CHANGED."},
		{`{"locale": "EN", "translationStatus": "LATE"}`, "en", "filter.translationStatus", "“LATE” is not one of UP_TO_DATE, MISSING, OUTDATED."},
		{`{"translationStatus": "MISSING"}`, "fr", "filter.locale", "Choisissez la langue dont vous filtrez l’état de traduction."},
	} {
		r := env.Do(t, apitest.Request{Space: sp, Header: with(ed, "Accept-Language", c.lang),
			Query: `query($f: PageFilter) { pages(filter: $f) { id } }`, Variables: map[string]any{"f": json.RawMessage(c.filter)}})
		if code(r) != "BAD_USER_INPUT" || !strings.Contains(string(r.Body), `"field":"`+c.field+`"`) || !strings.Contains(string(r.Body), c.message) {
			t.Errorf("%s (%s): %s", c.filter, c.lang, r.Body)
		}
	}

	// Each translation's state, the space's default locale first.
	r := do(`query($f: PageFilter) { pages(filter: $f) { id translations { locale title status translationStatus } } }`,
		map[string]any{"f": map[string]any{"search": "bilingue"}})
	if r.Len("pages") != 1 || r.Str("pages.0.translations.0.locale") != "FR" ||
		r.Str("pages.0.translations.0.title") != "Zéphyr bilingue, revu" || r.Str("pages.0.translations.0.status") != "CHANGED" ||
		r.Str("pages.0.translations.0.translationStatus") != "OUTDATED" ||
		r.Str("pages.0.translations.1.status") != "PUBLISHED" || r.Str("pages.0.translations.1.translationStatus") != "UP_TO_DATE" {
		t.Fatalf("states: %s", r.Body)
	}
	r = do(`query($f: PageFilter) { pages(filter: $f) { translations { locale title status } } }`,
		map[string]any{"f": map[string]any{"kind": "FAQ", "search": "zephyr"}})
	if r.Str("pages.0.translations.0.status") != "MISSING" || r.Str("pages.0.translations.0.title") != "" {
		t.Fatalf("a missing translation: %s", r.Body)
	}

	// A category filter, by its slug in either language; deleted pages apart.
	cat := do(`mutation { createCategory(input: {translations: [{locale: FR, title: "Vents"}, {locale: EN, title: "Winds"}]}) { category { id slug } } }`, nil)
	do(`mutation { g: createGuide(input: {category: "vents", translations: [{locale: FR, title: "Mistral"}]}) { guide { id } } }`, nil)
	for _, slug := range []string{"vents", "winds"} {
		r := do(`query($f: PageFilter) { pages(filter: $f) { translations { title } category { slug } } }`,
			map[string]any{"f": map[string]any{"category": slug}})
		if r.Len("pages") != 1 || r.Str("pages.0.translations.0.title") != "Mistral" || r.Str("pages.0.category.slug") != cat.Str("createCategory.category.slug") {
			t.Errorf("category %s: %s", slug, r.Body)
		}
	}
	do(`mutation($id: ID!) { deleteGuide(id: $id) { guide { id } } }`, map[string]any{"id": frOnly})
	if got := list(`{"deleted": true}`); !slices.Equal(got, []string{g(frOnly)}) {
		t.Errorf("deleted: %v", got)
	}
	if got := list(`{"search": "zephyr"}`); slices.Contains(got, g(frOnly)) {
		t.Errorf("a deleted guide is listed: %v", got)
	}
}

// renderMarkdown renders as publishing does, sanitized.
func TestRenderMarkdownPreview(t *testing.T) {
	env := apitest.New(t)
	ed := bearer(editorSession(t, env, "facilitators"))
	r := env.Do(t, apitest.Request{Space: "facilitators", Header: ed, Query: `query($m: String!) { renderMarkdown(markdown: $m) }`,
		Variables: map[string]any{"m": "# Titre\n\nDu **gras** et <script>alert(1)</script> [lien](javascript:alert(1))"}}).MustOK(t)
	html := r.Str("renderMarkdown")
	if !strings.Contains(html, "<strong>gras</strong>") || !strings.Contains(html, "Titre</h1>") {
		t.Errorf("not rendered: %s", html)
	}
	if strings.Contains(html, "<script") || strings.Contains(html, "javascript:") {
		t.Errorf("not sanitized: %s", html)
	}
}

// The spaces, for the app's space chooser; accounts found by e-mail or name, for roles.
func TestSpacesAndAccountSearch(t *testing.T) {
	env := apitest.New(t)
	r := env.Do(t, apitest.Request{Query: `{ spaces { slug fr: name(locale: FR) en: name(locale: EN) locales } }`}).MustOK(t)
	var slugs []string
	for i := range r.Len("spaces") {
		slugs = append(slugs, r.Str("spaces."+itoa(i)+".slug"))
		if r.Str("spaces."+itoa(i)+".fr") == "" || r.Str("spaces."+itoa(i)+".en") == "" {
			t.Errorf("a space without its names: %s", r.Body)
		}
	}
	if !slices.Equal(slugs, []string{"certification", "facilitators", "mentoring"}) {
		t.Fatalf("spaces: %v", slugs)
	}

	ctx := context.Background()
	const sp = "facilitators"
	s := env.DB.Client.Space.Query().Where(space.Slug(sp)).OnlyX(ctx)
	for _, a := range []account.CreateInput{
		{Email: "admin@example.org", FirstName: "Ada", LastName: "Admin", Roles: []string{"admin"}},
		{Email: "lea.dupont@example.org", FirstName: "Léa", LastName: "Dupont", Roles: []string{"participant"}},
		{Email: "marc@example.org", FirstName: "Marc", LastName: "Dupont", Roles: []string{"participant"}},
	} {
		a.Password = goodPassword
		if _, err := env.Accounts.Create(ctx, s, a); err != nil {
			t.Fatal(err)
		}
	}
	admin := bearer(login(t, env, sp, "admin@example.org", goodPassword).MustOK(t).Str("login.token"))
	search := func(words string, first int) []string {
		t.Helper()
		r := env.Do(t, apitest.Request{Space: sp, Header: admin, Query: `query($s: String!, $n: Int) { accountSearch(search: $s, first: $n) { email } }`,
			Variables: map[string]any{"s": words, "n": first}}).MustOK(t)
		var out []string
		for i := range r.Len("accountSearch") {
			out = append(out, r.Str("accountSearch."+itoa(i)+".email"))
		}
		return out
	}
	for _, c := range []struct {
		words string
		first int
		want  []string
	}{
		{"dupont", 20, []string{"lea.dupont@example.org", "marc@example.org"}},
		{"DUPONT marc", 20, []string{"marc@example.org"}},
		{"lea.dupont@", 20, []string{"lea.dupont@example.org"}},
		{"dupont", 1, []string{"lea.dupont@example.org"}},
		{"personne", 20, nil},
	} {
		if got := search(c.words, c.first); !slices.Equal(got, c.want) {
			t.Errorf("%q (first %d): %v, want %v", c.words, c.first, got, c.want)
		}
	}
	// Another space's accounts are not found.
	editorSession(t, env, "mentoring")
	if got := search("editrice", 20); len(got) != 0 {
		t.Errorf("another space's account: %v", got)
	}
	for _, first := range []string{"-1", "51"} {
		bad := env.Do(t, apitest.Request{Space: sp, Header: admin, Query: `{ accountSearch(search: "x", first: ` + first + `) { id } }`})
		if code(bad) != "BAD_USER_INPUT" || !strings.Contains(string(bad.Body), " 50") {
			t.Errorf("first: %s: %s", first, bad.Body)
		}
	}
	roles := env.Do(t, apitest.Request{Space: sp, Header: admin, Query: `{ grantableRoles }`}).MustOK(t)
	if !strings.Contains(string(roles.Body), `"editor"`) || strings.Contains(string(roles.Body), `"entity-manager"`) {
		t.Errorf("grantable roles: %s", roles.Body)
	}
}
