package web_test

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"guichet/apitest"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/guide"
	"guichet/ent/guidetranslation"
	"guichet/ent/privacy"
	"guichet/ent/resource"
	"guichet/locales"
)

func lang(l string) http.Header { return http.Header{"Accept-Language": {l}} }

var spaces = []string{"facilitators", "mentoring", "certification"}

func TestSpaceInBothLanguages(t *testing.T) {
	env := apitest.New(t)
	want := map[string][2]string{
		"facilitators":  {"Espace des animateurs", "Facilitators' space"},
		"mentoring":     {"Réseau de mentorat", "Mentoring network"},
		"certification": {"Registre des certifications", "Certification registry"},
	}
	for _, sp := range spaces {
		fr := env.Op(t, "help.graphql", "Space", sp, nil, lang("fr")).MustOK(t)
		en := env.Op(t, "help.graphql", "Space", sp, nil, lang("en")).MustOK(t)
		if fr.Str("space.slug") != sp || fr.Str("space.name") != want[sp][0] || en.Str("space.name") != want[sp][1] {
			t.Errorf("%s: got %s / %s", sp, fr.Body, en.Body)
		}
		if fr.Str("space.defaultLocale") != "FR" || fr.Len("space.locales") != 2 {
			t.Errorf("%s: locales %s", sp, fr.Body)
		}
	}
}

func TestHelpCenterEveryCategoryInBothLanguages(t *testing.T) {
	env := apitest.New(t)
	for _, sp := range spaces {
		for _, l := range []string{"FR", "EN"} {
			r := env.Op(t, "help.graphql", "HelpCenter", sp, map[string]any{"locale": l}, nil).MustOK(t)
			n := r.Len("categories")
			if n < 3 {
				t.Fatalf("%s %s: %d categories: %s", sp, l, n, r.Body)
			}
			guides := 0
			for i := range n {
				p := "categories." + itoa(i)
				if r.Str(p+".locale") != l || r.Str(p+".title") == "" || r.Str(p+".slug") == "" {
					t.Errorf("%s %s: category %d: %v", sp, l, i, r.Get(p))
				}
				guides += r.Int(p + ".guides.totalCount")
				for j := range r.Len(p + ".guides.edges") {
					e := p + ".guides.edges." + itoa(j)
					if r.Str(e+".node.title") == "" || r.Str(e+".node.summary") == "" || r.Str(e+".cursor") == "" {
						t.Errorf("%s %s: guide %v", sp, l, r.Get(e))
					}
				}
			}
			if guides < 4 {
				t.Errorf("%s %s: %d public guides in categories", sp, l, guides)
			}
		}
	}
}

func TestGuideBySlug(t *testing.T) {
	env := apitest.New(t)
	get := func(slug string, locale any, h http.Header) *apitest.Response {
		vars := map[string]any{"slug": slug}
		if locale != nil {
			vars["locale"] = locale
		}
		return env.Op(t, "help.graphql", "GuideBySlug", "certification", vars, h).MustOK(t)
	}
	fr := get("pieces-a-joindre-a-votre-demande", "FR", nil)
	if fr.Str("guide.locale") != "FR" || fr.Str("guide.slug") != "pieces-a-joindre-a-votre-demande" ||
		!strings.Contains(fr.Str("guide.html"), "<") || fr.Str("guide.body") == "" ||
		fr.Str("guide.audience") != "PUBLIC" || fr.Int("guide.revision.number") != 1 ||
		fr.Str("guide.revision.author.displayName") == "" || fr.Str("guide.category.title") == "" ||
		fr.Len("guide.translations") != 2 || fr.Str("guide.createdAt") == "" {
		t.Fatalf("FR guide: %s", fr.Body)
	}
	// The French slug asked for in English serves the English translation, with its slug.
	en := get("pieces-a-joindre-a-votre-demande", "EN", nil)
	if en.Str("guide.locale") != "EN" || en.Str("guide.slug") != "documents-to-attach-to-your-request" || en.Str("guide.id") != fr.Str("guide.id") {
		t.Fatalf("EN guide: %s", en.Body)
	}
	if en.Str("guide.title") == fr.Str("guide.title") || en.Str("guide.category.title") == fr.Str("guide.category.title") {
		t.Errorf("EN and FR read the same text: %q / %q", en.Str("guide.title"), fr.Str("guide.title"))
	}
	// Attachments download, in the served language.
	if fr.Len("guide.attachments") != 1 || fr.Str("guide.attachments.0.contentType") != "application/pdf" {
		t.Fatalf("attachments: %v", fr.Get("guide.attachments"))
	}
	body, ctype := download(t, env, fr.Str("guide.attachments.0.url"))
	if ctype != "application/pdf" || !strings.HasPrefix(body, "%PDF") || len(body) != fr.Int("guide.attachments.0.size") {
		t.Fatalf("download: %s, %d bytes", ctype, len(body))
	}
	// A former slug still resolves, to the current one.
	old := get("inscription-deposant", nil, lang("fr"))
	if old.Str("guide.slug") != "creer-le-compte-de-votre-entite" {
		t.Fatalf("former slug: %s", old.Body)
	}
	oldEN := get("depositor-sign-up", nil, lang("en-GB,en;q=0.9"))
	if oldEN.Str("guide.slug") != "creating-your-entity-account" || oldEN.Str("guide.locale") != "EN" {
		t.Fatalf("former EN slug: %s", oldEN.Body)
	}
	// No such slug: null, no error.
	if none := get("nothing-here", nil, nil); none.Get("guide") != nil {
		t.Fatalf("unknown slug: %s", none.Body)
	}
}

func TestGuideFallsBackToTheOtherLanguage(t *testing.T) {
	env := apitest.New(t)
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	// Unpublish the English translation of one guide: English readers get the French one.
	tr, err := env.DB.Client.GuideTranslation.Query().Where(guidetranslation.Slug("se-connecter-au-registre")).Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := env.DB.Client.GuideTranslation.Update().
		Where(guidetranslation.GuideID(tr.GuideID), guidetranslation.LocaleEQ(locales.EN)).
		SetPublished(false).Save(ctx); err != nil {
		t.Fatal(err)
	}
	r := env.Op(t, "help.graphql", "GuideBySlug", "certification",
		map[string]any{"slug": "signing-in-to-the-registry", "locale": "EN"}, nil).MustOK(t)
	if r.Str("guide.locale") != "FR" || r.Str("guide.slug") != "se-connecter-au-registre" || r.Len("guide.translations") != 1 {
		t.Fatalf("fallback: %s", r.Body)
	}
	// The draft of the unpublished translation never shows.
	if strings.Contains(string(r.Body), "signing-in-to-the-registry") {
		t.Fatalf("unpublished translation leaked: %s", r.Body)
	}
}

func TestGuidesPaginationAcrossPages(t *testing.T) {
	env := apitest.New(t)
	for _, sp := range spaces {
		seen := map[string]bool{}
		var after any
		total := -1
		for page := 0; ; page++ {
			r := env.Op(t, "help.graphql", "Guides", sp, map[string]any{"locale": "EN", "first": 2, "after": after}, nil).MustOK(t)
			if total < 0 {
				total = r.Int("guides.totalCount")
			} else if total != r.Int("guides.totalCount") {
				t.Fatalf("totalCount changed between pages")
			}
			for i := range r.Len("guides.edges") {
				id := r.Str("guides.edges." + itoa(i) + ".node.id")
				if seen[id] {
					t.Fatalf("%s: guide %s twice", sp, id)
				}
				seen[id] = true
			}
			if !r.Get("guides.pageInfo.hasNextPage").(bool) {
				break
			}
			after = r.Str("guides.pageInfo.endCursor")
			if page > 20 {
				t.Fatal("pagination does not end")
			}
		}
		if len(seen) != total || total < 4 {
			t.Fatalf("%s: saw %d of %d guides", sp, len(seen), total)
		}
	}
	// A category filter by the category's slug in either language.
	fr := env.Op(t, "help.graphql", "Guides", "certification", map[string]any{"category": "pieces-justificatives"}, nil).MustOK(t)
	en := env.Op(t, "help.graphql", "Guides", "certification", map[string]any{"category": "supporting-documents"}, nil).MustOK(t)
	if fr.Int("guides.totalCount") != 2 || en.Int("guides.totalCount") != 2 {
		t.Fatalf("category filter: %s / %s", fr.Body, en.Body)
	}
	bad := env.Op(t, "help.graphql", "Guides", "certification", map[string]any{"after": "not-a-cursor"}, lang("en"))
	if len(bad.Errors) != 1 || bad.Errors[0].Code() != "BAD_USER_INPUT" || !strings.Contains(bad.Errors[0].Message, "cursor") {
		t.Fatalf("bad cursor: %s", bad.Body)
	}
	tooMany := env.Op(t, "help.graphql", "Guides", "certification", map[string]any{"first": 1000}, lang("fr"))
	if len(tooMany.Errors) != 1 || tooMany.Errors[0].Message != "« first » doit être compris entre 0 et 100." {
		t.Fatalf("first too large: %s", tooMany.Body)
	}
}

func TestFaqsAndResourcesInBothLanguages(t *testing.T) {
	env := apitest.New(t)
	for _, sp := range spaces {
		for _, l := range []string{"FR", "EN"} {
			f := env.Op(t, "help.graphql", "Faqs", sp, map[string]any{"locale": l, "first": 50}, nil).MustOK(t)
			if f.Int("faqs.totalCount") < 6 {
				t.Errorf("%s %s: %d FAQs", sp, l, f.Int("faqs.totalCount"))
			}
			for i := range f.Len("faqs.edges") {
				n := "faqs.edges." + itoa(i) + ".node"
				if f.Str(n+".locale") != l || f.Str(n+".question") == "" || f.Str(n+".html") == "" {
					t.Errorf("%s %s: %v", sp, l, f.Get(n))
				}
			}
			r := env.Op(t, "help.graphql", "Resources", sp, map[string]any{"locale": l}, nil).MustOK(t)
			if r.Int("resources.totalCount") < 1 {
				t.Errorf("%s %s: no resources", sp, l)
			}
			for i := range r.Len("resources.edges") {
				n := "resources.edges." + itoa(i) + ".node"
				if r.Str(n+".locale") != l || r.Str(n+".title") == "" || r.Str(n+".url") == "" {
					t.Errorf("%s %s: %v", sp, l, r.Get(n))
				}
				if r.Str(n+".contentType") != "" {
					body, ctype := download(t, env, r.Str(n+".url"))
					if ctype != r.Str(n+".contentType") || len(body) != r.Int(n+".size") {
						t.Errorf("%s: downloaded %s %d bytes, announced %s %d", r.Str(n+".url"), ctype, len(body), r.Str(n+".contentType"), r.Int(n+".size"))
					}
				}
			}
		}
	}
	// The mandate delegation template downloads in both languages, as two different files.
	fr := env.Op(t, "help.graphql", "Resources", "certification", map[string]any{"locale": "FR"}, nil).MustOK(t)
	en := env.Op(t, "help.graphql", "Resources", "certification", map[string]any{"locale": "EN"}, nil).MustOK(t)
	if !strings.Contains(string(fr.Body), "modele-delegation-mandat.pdf") || !strings.Contains(string(en.Body), "mandate-delegation-template.pdf") {
		t.Fatalf("mandate template: %s / %s", fr.Body, en.Body)
	}
}

func TestRestrictedContentNeverReachesAnonymousViewers(t *testing.T) {
	env := apitest.New(t)
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	restricted, err := env.DB.Client.Guide.Query().Where(guide.Key("approve-depositors")).Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r := env.Op(t, "help.graphql", "GuideBySlug", "certification", map[string]any{"slug": "valider-les-comptes-des-deposants"}, nil).MustOK(t); r.Get("guide") != nil {
		t.Fatalf("restricted guide by slug: %s", r.Body)
	}
	if r := env.Op(t, "help.graphql", "Node", "certification", map[string]any{"id": itoa(restricted.ID)}, nil).MustOK(t); r.Get("node") != nil {
		t.Fatalf("restricted guide by node: %s", r.Body)
	}
	all := env.Op(t, "help.graphql", "Guides", "certification", map[string]any{"first": 100}, nil).MustOK(t)
	if strings.Contains(string(all.Body), `"`+itoa(restricted.ID)+`"`) {
		t.Fatalf("restricted guide listed: %s", all.Body)
	}
	hc := env.Op(t, "help.graphql", "HelpCenter", "certification", nil, nil).MustOK(t)
	if strings.Contains(string(hc.Body), "valider-les-comptes") {
		t.Fatalf("restricted guide in categories")
	}
	s := env.Op(t, "help.graphql", "Search", "certification", map[string]any{"query": "valider comptes déposants"}, nil).MustOK(t)
	if strings.Contains(string(s.Body), `"`+itoa(restricted.ID)+`"`) {
		t.Fatalf("restricted guide found by search: %s", s.Body)
	}
	// A guide of another space is not a node here.
	other, err := env.DB.Client.Guide.Query().Where(guide.Key("account-types")).Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r := env.Op(t, "help.graphql", "Node", "certification", map[string]any{"id": itoa(other.ID)}, nil).MustOK(t); r.Get("node") != nil {
		t.Fatalf("other space's guide by node: %s", r.Body)
	}
	if r := env.Op(t, "help.graphql", "Node", "facilitators", map[string]any{"id": itoa(other.ID)}, nil).MustOK(t); r.Str("node.__typename") != "Guide" {
		t.Fatalf("own space's guide by node: %s", r.Body)
	}
	// The files of restricted content do not download (this one is only in a FACILITATOR
	// resource; an attachment shared with public content would, rightly, download).
	sheet, err := env.DB.Client.Resource.Query().Where(resource.Key("workshop-report-sheet")).
		WithTranslations(func(q *ent.ResourceTranslationQuery) { q.WithFile() }).Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	f := sheet.Edges.Translations[0].Edges.File
	resp, err := http.Get(env.URL + "/spaces/facilitators/files/" + itoa(f.ID) + "/" + f.Filename)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Fatalf("restricted attachment: %d", resp.StatusCode)
	}
}

func TestSearch(t *testing.T) {
	env := apitest.New(t)
	search := func(sp, q, l string) *apitest.Response {
		return env.Op(t, "help.graphql", "Search", sp, map[string]any{"query": q, "locale": l, "first": 10}, nil).MustOK(t)
	}
	tests := []struct {
		space, query, locale string
		wantTitle            string // a hit whose title or question contains this
	}{
		{"certification", "SIRET", "FR", "SIRET"},
		{"certification", "délégation mandat", "FR", "délégation"},
		{"certification", "delegation mandat", "FR", "délégation"},
		{"certification", "mandate delegation", "EN", "mandate"},
		{"mentoring", "l'accès plateforme", "FR", "plateforme"},
		{"mentoring", "acces plateforme", "FR", "plateforme"},
		{"facilitators", "ceintures", "FR", "ceinture"},
		{"facilitators", "belts", "EN", "elt"},
		{"facilitators", "mot de passe", "FR", "mot de passe"},
	}
	for _, tt := range tests {
		t.Run(tt.space+"/"+tt.query, func(t *testing.T) {
			r := search(tt.space, tt.query, tt.locale)
			if r.Int("search.totalCount") < 1 {
				t.Fatalf("no hit: %s", r.Body)
			}
			found := false
			for i := range r.Len("search.edges") {
				e := "search.edges." + itoa(i)
				if !strings.Contains(r.Str(e+".snippet"), "<mark>") {
					t.Errorf("snippet without mark: %q", r.Str(e+".snippet"))
				}
				title := r.Str(e+".node.title") + r.Str(e+".node.question")
				if strings.Contains(strings.ToLower(title), strings.ToLower(tt.wantTitle)) {
					found = true
				}
			}
			if !found {
				t.Errorf("no hit titled %q: %s", tt.wantTitle, r.Body)
			}
		})
	}
	// Plurals: "comptes" finds what "compte" finds.
	if a, b := search("certification", "comptes", "FR").Int("search.totalCount"), search("certification", "compte", "FR").Int("search.totalCount"); a != b || a == 0 {
		t.Errorf("comptes: %d hits, compte: %d", a, b)
	}
	// Per locale: an English word is not found in French text.
	if n := search("certification", "depositor", "FR").Int("search.totalCount"); n != 0 {
		t.Errorf("English word in French search: %d hits", n)
	}
	empty := env.Op(t, "help.graphql", "Search", "certification", map[string]any{"query": "  !? "}, lang("en"))
	if len(empty.Errors) != 1 || empty.Errors[0].Code() != "BAD_USER_INPUT" || empty.Errors[0].Message != "Type at least one word to search." {
		t.Fatalf("empty query: %s", empty.Body)
	}
	// HTML in the query is never echoed unescaped.
	x := search("certification", "<script>SIRET", "FR")
	if strings.Contains(string(x.Body), "<script>") {
		t.Fatalf("unescaped: %s", x.Body)
	}
}

func TestAcceptLanguageNegotiation(t *testing.T) {
	env := apitest.New(t)
	tests := []struct{ header, want string }{
		{"", "FR"}, // the space's default
		{"en", "EN"},
		{"fr-CA", "FR"},
		{"en-GB,en;q=0.9", "EN"},
		{"de-DE, en;q=0.5, fr;q=0.8", "FR"},
		{"fr;q=0.2, en;q=0.7", "EN"},
		{"de, es", "FR"},
	}
	for _, tt := range tests {
		t.Run(tt.header, func(t *testing.T) {
			r := env.Op(t, "help.graphql", "GuideBySlug", "certification", map[string]any{"slug": "saisir-le-numero-siret"}, lang(tt.header)).MustOK(t)
			if r.Str("guide.locale") != tt.want {
				t.Fatalf("Accept-Language %q: served %s", tt.header, r.Str("guide.locale"))
			}
		})
	}
	// The argument wins over the header.
	r := env.Op(t, "help.graphql", "GuideBySlug", "certification", map[string]any{"slug": "saisir-le-numero-siret", "locale": "FR"}, lang("en")).MustOK(t)
	if r.Str("guide.locale") != "FR" {
		t.Fatalf("argument: %s", r.Body)
	}
}

func TestDefaultSpaceAndUnknownSpace(t *testing.T) {
	env := apitest.New(t)
	r := env.Op(t, "help.graphql", "Space", "", nil, nil).MustOK(t)
	if r.Str("space.slug") != "certification" {
		t.Fatalf("default space: %s", r.Body)
	}
	for _, l := range []struct{ header, msg string }{
		{"fr", "Il n’existe aucun espace nommé « nowhere »."},
		{"en", "There is no space named “nowhere”."},
	} {
		u := env.Op(t, "help.graphql", "Space", "nowhere", nil, lang(l.header))
		if u.Status != http.StatusNotFound || len(u.Errors) != 1 || u.Errors[0].Code() != "NOT_FOUND" || u.Errors[0].Message != l.msg {
			t.Fatalf("unknown space: %d %s", u.Status, u.Body)
		}
	}
}

func itoa(i int) string {
	const digits = "0123456789"
	if i < 10 {
		return digits[i : i+1]
	}
	return itoa(i/10) + digits[i%10:i%10+1]
}

func download(t *testing.T, env *apitest.Env, url string) (string, string) {
	t.Helper()
	url = strings.Replace(url, "http://guichet.test", env.URL, 1)
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d", url, resp.StatusCode)
	}
	b, _ := io.ReadAll(resp.Body)
	return string(b), resp.Header.Get("Content-Type")
}

func TestCategoryGuidesNextPage(t *testing.T) {
	env := apitest.New(t)
	q := `query($after: String) { categories(locale: EN) { slug guides(first: 2, after: $after) { totalCount edges { node { id slug locale } } pageInfo { hasNextPage endCursor } } } }`
	first := env.Do(t, apitest.Request{Space: "certification", Query: q}).MustOK(t)
	// The "accounts" category has six public guides: 2 on the first page.
	var idx = -1
	for i := range first.Len("categories") {
		if first.Str("categories."+itoa(i)+".slug") == "creating-your-account" {
			idx = i
		}
	}
	if idx < 0 {
		t.Fatalf("no accounts category: %s", first.Body)
	}
	c := "categories." + itoa(idx) + ".guides"
	if first.Int(c+".totalCount") != 6 || first.Len(c+".edges") != 2 || first.Get(c+".pageInfo.hasNextPage") != true {
		t.Fatalf("first page: %v", first.Get(c))
	}
	next := env.Do(t, apitest.Request{Space: "certification", Query: q, Variables: map[string]any{"after": first.Str(c + ".pageInfo.endCursor")}}).MustOK(t)
	if next.Len(c+".edges") != 2 || next.Str(c+".edges.0.node.locale") != "EN" ||
		next.Str(c+".edges.0.node.id") == first.Str(c+".edges.1.node.id") {
		t.Fatalf("second page: %v after %v", next.Get(c), first.Get(c))
	}
}

func TestNodeOfEveryType(t *testing.T) {
	env := apitest.New(t)
	faqs := env.Op(t, "help.graphql", "Faqs", "mentoring", map[string]any{"first": 1}, nil).MustOK(t)
	res := env.Op(t, "help.graphql", "Resources", "mentoring", map[string]any{"first": 1}, nil).MustOK(t)
	hc := env.Op(t, "help.graphql", "HelpCenter", "mentoring", nil, nil).MustOK(t)
	for id, typ := range map[string]string{
		faqs.Str("faqs.edges.0.node.id"):              "Faq",
		res.Str("resources.edges.0.node.id"):          "Resource",
		hc.Str("categories.0.id"):                     "Category",
		hc.Str("categories.0.guides.edges.0.node.id"): "Guide",
	} {
		r := env.Op(t, "help.graphql", "Node", "mentoring", map[string]any{"id": id}, nil).MustOK(t)
		if r.Str("node.__typename") != typ || r.Str("node.id") != id {
			t.Errorf("node(%s) = %s, want %s", id, r.Body, typ)
		}
	}
	// A node read in English has its English fields.
	q := `query($id: ID!) { node(id: $id) { ... on Faq { locale question } } }`
	r := env.Do(t, apitest.Request{Space: "mentoring", Query: q, Variables: map[string]any{"id": faqs.Str("faqs.edges.0.node.id")}, Header: lang("en")}).MustOK(t)
	if r.Str("node.locale") != "EN" || r.Str("node.question") == "" {
		t.Fatalf("node in English: %s", r.Body)
	}
	if r := env.Op(t, "help.graphql", "Node", "mentoring", map[string]any{"id": "999999999"}, nil).MustOK(t); r.Get("node") != nil {
		t.Fatalf("unknown id: %s", r.Body)
	}
	// An account is a node, but never read through node(id).
	register(t, env, "mentoring", "noeud@example.org", "FR").MustOK(t)
	a, err := env.DB.Client.Account.Query().Where(entaccount.Email("noeud@example.org")).Only(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if r := env.Op(t, "help.graphql", "Node", "mentoring", map[string]any{"id": itoa(a.ID)}, nil).MustOK(t); r.Get("node") != nil {
		t.Fatalf("an account through node(id): %s", r.Body)
	}
}
