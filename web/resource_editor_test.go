package web_test

import (
	"net/http"
	"strings"
	"testing"

	"guichet/apitest"
)

// status fetches a URL the server gave, with the headers given, and answers the status.
func status(t *testing.T, env *apitest.Env, url string, h http.Header) int {
	t.Helper()
	resp, _ := get(t, strings.Replace(url, "http://guichet.test", env.URL, 1), h)
	return resp.StatusCode
}

// ext reads the first error's extension by name ("" when absent).
func ext(r *apitest.Response, key string) string {
	if len(r.Errors) == 0 {
		return ""
	}
	s, _ := r.Errors[0].Extensions[key].(string)
	return s
}

// Resources follow the guides' model, and each translation is a file or a link: a draft's
// file is the editor's until it is published, and one language never touches the other.
func TestResourceLife(t *testing.T) {
	env := apitest.New(t)
	ed := bearer(editorSession(t, env, "certification"))
	do := func(q string, vars map[string]any) *apitest.Response {
		return env.Do(t, apitest.Request{Space: "certification", Query: q, Variables: vars, Header: ed})
	}
	id := do(`mutation { createResource(input: {translations: [
		{locale: FR, title: "Grille de zythologie", description: "Pour **noter** les bières."},
		{locale: EN, title: "Zythology grid", url: "https://example.org/zythology"}]}) { resource { id } } }`, nil).MustOK(t).
		Str("createResource.resource.id")
	search := func(q, l string) int {
		return env.Op(t, "help.graphql", "Search", "certification", map[string]any{"query": q, "locale": l}, nil).MustOK(t).Int("search.totalCount")
	}
	draft := func(l string) *apitest.Response {
		return do(`query($id: ID!, $l: Locale!) { resourceDraft(id: $id, locale: $l) { title url file { filename url } status translationStatus version revision updatedBy } }`,
			map[string]any{"id": id, "l": l}).MustOK(t)
	}

	// A French draft with neither file nor link cannot be published.
	empty := env.Do(t, apitest.Request{Space: "certification", Query: `mutation($id: ID!) { publishResource(id: $id, locale: FR) { resource { id } } }`,
		Variables: map[string]any{"id": id}, Header: with(ed, "Accept-Language", "fr")})
	if code(empty) != "PRECONDITION_FAILED" || ext(empty, "reason") != "RESOURCE_EMPTY" ||
		!strings.Contains(empty.Errors[0].Message, "ni fichier ni lien") {
		t.Fatalf("empty: %s", empty.Body)
	}

	// The file is checked by its content and becomes the draft's; only editors fetch it.
	const up = `mutation($id: ID!, $f: Upload!) { uploadResourceFile(id: $id, locale: FR, file: $f) { resource { id } } }`
	pdf := []byte("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
	if bad := env.Upload(t, "certification", up, map[string]any{"id": id}, "f", "grille.png", "image/png", pdf, ed); code(bad) != "BAD_USER_INPUT" {
		t.Fatalf("a PDF sent as PNG: %s", bad.Body)
	}
	env.Upload(t, "certification", up, map[string]any{"id": id}, "f", "grille.pdf", "application/pdf", pdf, ed).MustOK(t)
	d := draft("FR")
	if d.Str("resourceDraft.file.filename") != "grille.pdf" || d.Str("resourceDraft.status") != "DRAFT" || d.Int("resourceDraft.version") != 2 ||
		d.Str("resourceDraft.updatedBy") != "Edith Piaf" {
		t.Fatalf("draft after upload: %s", d.Body)
	}
	fileURL := d.Str("resourceDraft.file.url")
	if got := status(t, env, fileURL, nil); got != http.StatusNotFound {
		t.Fatalf("a draft's file reached an anonymous reader: %d", got)
	}
	if got := status(t, env, fileURL, ed); got != http.StatusOK {
		t.Fatalf("the editor cannot fetch the draft's file: %d", got)
	}
	if search("zythologie", "FR") != 0 {
		t.Fatal("a draft resource is found")
	}

	// Publishing French makes revision 1 with the file; English stays a draft.
	pub := do(`mutation($id: ID!) { publishResource(id: $id, locale: FR) { resource { locale title url filename html } } }`,
		map[string]any{"id": id}).MustOK(t)
	if pub.Str("publishResource.resource.filename") != "grille.pdf" || !strings.Contains(pub.Str("publishResource.resource.html"), "<strong>noter</strong>") {
		t.Fatalf("publish: %s", pub.Body)
	}
	if status(t, env, fileURL, nil) != http.StatusOK {
		t.Fatal("a published resource's file is not downloadable")
	}
	if search("zythologie", "FR") != 1 || search("zythology", "EN") != 0 {
		t.Fatal("search is not in step with the French publish")
	}
	todo := do(`{ needsTranslation(locale: EN) { kind id translationStatus sourceLocale sourceTitle } }`, nil).MustOK(t)
	if !strings.Contains(todo.Body2(), `{"kind":"RESOURCE","id":"`+id+`","translationStatus":"MISSING","sourceLocale":"FR","sourceTitle":"Grille de zythologie"}`) {
		t.Fatalf("needsTranslation: %s", todo.Body)
	}
	if d := draft("EN"); d.Str("resourceDraft.status") != "DRAFT" || d.Str("resourceDraft.translationStatus") != "MISSING" ||
		d.Str("resourceDraft.url") != "https://example.org/zythology" {
		t.Fatalf("English: %s", d.Body)
	}
	list := env.Do(t, apitest.Request{Space: "certification", Query: `{ resources(locale: EN, first: 50) { edges { node { id locale title url } } } }`}).MustOK(t)
	found := false
	for i := range list.Len("resources.edges") {
		if list.Str("resources.edges."+itoa(i)+".node.id") == id {
			found = list.Str("resources.edges."+itoa(i)+".node.locale") == "FR" // the fallback, never written back
		}
	}
	if !found {
		t.Fatalf("the French resource is not served to English readers: %s", list.Body)
	}

	// A link replaces the file in the draft; publishing it makes revision 2, and
	// restoring revision 1 brings the file back into the draft.
	bad := do(`mutation($id: ID!) { saveResourceDraft(id: $id, locale: FR, input: {title: "Grille", url: "javascript:alert(1)"}) { resource { id } } }`,
		map[string]any{"id": id})
	if code(bad) != "BAD_USER_INPUT" || !strings.Contains(bad.Body2(), "URL_INVALID") {
		t.Fatalf("a javascript: link: %s", bad.Body)
	}
	stale := do(`mutation($id: ID!) { saveResourceDraft(id: $id, locale: FR, input: {title: "Grille", expectedVersion: 1}) { resource { id } } }`,
		map[string]any{"id": id})
	if code(stale) != "CONFLICT" {
		t.Fatalf("a save from a stale version: %s", stale.Body)
	}
	do(`mutation($id: ID!) { saveResourceDraft(id: $id, locale: FR, input: {title: "Grille de zythologie", url: "https://example.org/grille"}) { resource { id } } }`,
		map[string]any{"id": id}).MustOK(t)
	if d := draft("FR"); d.Str("resourceDraft.status") != "CHANGED" || d.Get("resourceDraft.file") != nil {
		t.Fatalf("after a link: %s", d.Body)
	}
	pub = do(`mutation($id: ID!) { publishResource(id: $id, locale: FR) { resource { url filename } } }`, map[string]any{"id": id}).MustOK(t)
	if pub.Str("publishResource.resource.url") != "https://example.org/grille" || pub.Get("publishResource.resource.filename") != nil {
		t.Fatalf("published link: %s", pub.Body)
	}
	revs := do(`query($id: ID!) { resourceRevisions(id: $id, locale: FR) { number url file { filename } author { displayName } } }`,
		map[string]any{"id": id}).MustOK(t)
	if revs.Len("resourceRevisions") != 2 || revs.Int("resourceRevisions.0.number") != 2 ||
		revs.Str("resourceRevisions.1.file.filename") != "grille.pdf" || revs.Str("resourceRevisions.0.author.displayName") != "Edith Piaf" {
		t.Fatalf("revisions: %s", revs.Body)
	}
	diff := do(`query($id: ID!) { compareResourceRevisions(id: $id, locale: FR, from: 1, to: 2) }`, map[string]any{"id": id}).MustOK(t).
		Str("compareResourceRevisions")
	if !strings.Contains(diff, "-→ grille.pdf") || !strings.Contains(diff, "+→ https://example.org/grille") {
		t.Fatalf("diff: %s", diff)
	}
	if miss := do(`query($id: ID!) { compareResourceRevisions(id: $id, locale: FR, from: 1, to: 9) }`, map[string]any{"id": id}); code(miss) != "NOT_FOUND" {
		t.Fatalf("a missing revision: %s", miss.Body)
	}
	do(`mutation($id: ID!) { restoreResourceRevision(id: $id, locale: FR, number: 1) { resource { id } } }`, map[string]any{"id": id}).MustOK(t)
	if d := draft("FR"); d.Str("resourceDraft.file.filename") != "grille.pdf" || d.Str("resourceDraft.url") != "" || d.Int("resourceDraft.revision") != 2 {
		t.Fatalf("restored: %s", d.Body)
	}

	// Publishing English leaves French as it was; deleting hides both, restoring brings them back.
	do(`mutation($id: ID!) { publishResource(id: $id, locale: EN) { resource { id } } }`, map[string]any{"id": id}).MustOK(t)
	if d := draft("FR"); d.Str("resourceDraft.translationStatus") != "OUTDATED" || d.Str("resourceDraft.status") != "CHANGED" {
		t.Fatalf("French after the English publish: %s", d.Body)
	}
	do(`mutation($id: ID!) { deleteResource(id: $id) { resource { id } } }`, map[string]any{"id": id}).MustOK(t)
	if search("zythologie", "FR") != 0 || search("zythology", "EN") != 0 {
		t.Fatal("a deleted resource is found")
	}
	gone := do(`mutation($id: ID!) { publishResource(id: $id, locale: FR) { resource { id } } }`, map[string]any{"id": id})
	if code(gone) != "PRECONDITION_FAILED" || ext(gone, "reason") != "DELETED" {
		t.Fatalf("publishing a deleted resource: %s", gone.Body)
	}
	do(`mutation($id: ID!) { restoreResource(id: $id) { resource { id } } }`, map[string]any{"id": id}).MustOK(t)
	if search("zythologie", "FR") != 1 || search("zythology", "EN") != 1 {
		t.Fatal("a restored resource is not found")
	}
	do(`mutation($id: ID!) { unpublishResource(id: $id, locale: EN) { resource { id } } }`, map[string]any{"id": id}).MustOK(t)
	if search("zythologie", "FR") != 1 || search("zythology", "EN") != 0 {
		t.Fatal("unpublishing English touched French, or left English found")
	}
}

// Categories: live at once, slugs unique per space and language (made from the title when
// omitted), kept while they hold pages, ordered by editors like everything else.
func TestCategoryEditingAndOrdering(t *testing.T) {
	env := apitest.New(t)
	ed := bearer(editorSession(t, env, "mentoring"))
	do := func(q string, vars map[string]any) *apitest.Response {
		return env.Do(t, apitest.Request{Space: "mentoring", Query: q, Variables: vars, Header: ed})
	}
	c := do(`mutation { createCategory(input: {position: 0, translations: [
		{locale: FR, title: "Démarrer l’année", description: "Les premiers pas."},
		{locale: EN, title: "Starting the year"}]}) { category { id slug title } } }`, nil).MustOK(t)
	catID := c.Str("createCategory.category.id")
	cats := func(l string) *apitest.Response {
		return env.Do(t, apitest.Request{Space: "mentoring", Query: `query($l: Locale) { categories(locale: $l) { id slug title } }`,
			Variables: map[string]any{"l": l}}).MustOK(t)
	}
	if fr := cats("FR"); fr.Str("categories.0.id") != catID || fr.Str("categories.0.slug") != "demarrer-annee" {
		t.Fatalf("the new category, first in French: %s", fr.Body)
	}
	if en := cats("EN"); en.Str("categories.0.slug") != "starting-the-year" {
		t.Fatalf("in English: %s", en.Body)
	}

	// Another category may not take the slug in that language; it may in the other.
	taken := do(`mutation { createCategory(input: {translations: [{locale: FR, slug: "demarrer-annee", title: "Autre"}]}) { category { id } } }`, nil)
	if code(taken) != "CONFLICT" || ext(taken, "id") == "" {
		t.Fatalf("a taken slug: %s", taken.Body)
	}
	do(`mutation { createCategory(input: {translations: [{locale: EN, slug: "demarrer-annee", title: "Other"}]}) { category { id } } }`, nil).MustOK(t)
	invalid := do(`mutation { createCategory(input: {translations: [{locale: FR, slug: "Pas Valide", title: ""}]}) { category { id } } }`, nil)
	if code(invalid) != "BAD_USER_INPUT" || !strings.Contains(invalid.Body2(), "SLUG_INVALID") || !strings.Contains(invalid.Body2(), "REQUIRED") {
		t.Fatalf("invalid: %s", invalid.Body)
	}

	// Renaming one language leaves the other alone.
	do(`mutation($id: ID!) { updateCategory(id: $id, locale: EN, input: {title: "First steps", slug: "first-steps"}) { category { slug } } }`,
		map[string]any{"id": catID}).MustOK(t)
	if fr, en := cats("FR"), cats("EN"); fr.Str("categories.0.title") != "Démarrer l’année" || en.Str("categories.0.slug") != "first-steps" {
		t.Fatalf("update: %s %s", fr.Body, en.Body)
	}

	// A category holding a FAQ entry is kept; once the entry is deleted it may go, and come back.
	faqID := do(`mutation { createFaq(input: {category: "first-steps", translations: [{locale: FR, question: "Par où commencer ?"}]}) { faq { id } } }`, nil).
		MustOK(t).Str("createFaq.faq.id")
	full := env.Do(t, apitest.Request{Space: "mentoring", Query: `mutation($id: ID!) { deleteCategory(id: $id) { category { id } } }`,
		Variables: map[string]any{"id": catID}, Header: with(ed, "Accept-Language", "en")})
	if code(full) != "PRECONDITION_FAILED" || ext(full, "reason") != "CATEGORY_NOT_EMPTY" ||
		!strings.Contains(full.Errors[0].Message, "pages (1)") {
		t.Fatalf("deleting a category in use: %s", full.Body)
	}
	do(`mutation($id: ID!) { deleteFaq(id: $id) { faq { id } } }`, map[string]any{"id": faqID}).MustOK(t)
	do(`mutation($id: ID!) { deleteCategory(id: $id) { category { id } } }`, map[string]any{"id": catID}).MustOK(t)
	if fr := cats("FR"); strings.Contains(fr.Body2(), catID) {
		t.Fatalf("a deleted category is listed: %s", fr.Body)
	}
	do(`mutation($id: ID!) { restoreCategory(id: $id) { category { id } } }`, map[string]any{"id": catID}).MustOK(t)

	// Reordering puts the categories in the order given.
	before := cats("FR")
	n := before.Len("categories")
	ids := make([]string, n)
	for i := range n {
		ids[n-1-i] = before.Str("categories." + itoa(i) + ".id")
	}
	do(`mutation($ids: [ID!]!) { reorderCategories(ids: $ids) }`, map[string]any{"ids": ids}).MustOK(t)
	after := cats("FR")
	for i := range n {
		if got := after.Str("categories." + itoa(i) + ".id"); got != ids[i] {
			t.Fatalf("category %d: %s, want %s", i, got, ids[i])
		}
	}
	dup := do(`mutation($ids: [ID!]!) { reorderCategories(ids: $ids) }`, map[string]any{"ids": []string{catID, catID}})
	if code(dup) != "BAD_USER_INPUT" {
		t.Fatalf("an id twice: %s", dup.Body)
	}
}

// Reordering FAQs and resources changes the order readers get; an id from another space
// moves nothing.
func TestReorderFaqsAndResources(t *testing.T) {
	env := apitest.New(t)
	ed := bearer(editorSession(t, env, "mentoring"))
	do := func(q string, vars map[string]any) *apitest.Response {
		return env.Do(t, apitest.Request{Space: "mentoring", Query: q, Variables: vars, Header: ed})
	}
	for _, kind := range []struct{ list, reorder string }{{"faqs", "reorderFaqs"}, {"resources", "reorderResources"}} {
		t.Run(kind.list, func(t *testing.T) {
			q := `{ ` + kind.list + `(locale: FR, first: 50) { edges { node { id } } } }`
			before := env.Do(t, apitest.Request{Space: "mentoring", Query: q}).MustOK(t)
			n := before.Len(kind.list + ".edges")
			if n < 2 {
				t.Fatalf("too few to order: %s", before.Body)
			}
			ids := make([]string, n)
			for i := range n {
				ids[n-1-i] = before.Str(kind.list + ".edges." + itoa(i) + ".node.id")
			}
			foreign := env.Do(t, apitest.Request{Space: "certification", Query: q}).MustOK(t).Str(kind.list + ".edges.0.node.id")
			miss := do(`mutation($ids: [ID!]!) { `+kind.reorder+`(ids: $ids) }`, map[string]any{"ids": append([]string{foreign}, ids...)})
			if code(miss) != "NOT_FOUND" {
				t.Fatalf("another space's id: %s", miss.Body)
			}
			if after := env.Do(t, apitest.Request{Space: "mentoring", Query: q}).MustOK(t); string(after.Body) != string(before.Body) {
				t.Fatalf("a refused reorder moved something: %s", after.Body)
			}
			do(`mutation($ids: [ID!]!) { `+kind.reorder+`(ids: $ids) }`, map[string]any{"ids": ids}).MustOK(t)
			after := env.Do(t, apitest.Request{Space: "mentoring", Query: q}).MustOK(t)
			for i := range n {
				if got := after.Str(kind.list + ".edges." + itoa(i) + ".node.id"); got != ids[i] {
					t.Fatalf("position %d: %s, want %s", i, got, ids[i])
				}
			}
		})
	}
}
