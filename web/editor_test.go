package web_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"guichet/account"
	"guichet/apitest"
	"guichet/ent/space"
)

// editorSession makes an editor in the space and signs them in.
func editorSession(t testing.TB, env *apitest.Env, sp string) string {
	t.Helper()
	ctx := context.Background()
	s := env.DB.Client.Space.Query().Where(space.Slug(sp)).OnlyX(ctx)
	if _, err := env.Accounts.Create(ctx, s, account.CreateInput{Email: "editrice@example.org", Password: goodPassword,
		FirstName: "Edith", LastName: "Piaf", Roles: []string{"editor"}}); err != nil {
		t.Fatal(err)
	}
	return login(t, env, sp, "editrice@example.org", goodPassword).MustOK(t).Str("login.token")
}

func TestGuideLifeThroughTheContract(t *testing.T) {
	env := apitest.New(t)
	tok := editorSession(t, env, "mentoring")
	ed := bearer(tok)
	op := func(name string, vars map[string]any) *apitest.Response {
		return env.Op(t, "editor.graphql", name, "mentoring", vars, ed)
	}
	reader := func(slug string, l string) *apitest.Response {
		return env.Op(t, "help.graphql", "GuideBySlug", "mentoring", map[string]any{"slug": slug, "locale": l}, nil).MustOK(t)
	}
	created := op("CreateGuide", map[string]any{"input": map[string]any{"translations": []any{
		map[string]any{"locale": "FR", "title": "L’accès au tableau de bord", "summary": "Où trouver vos chiffres.", "body": "Le **tableau** zéphyrin."},
		map[string]any{"locale": "EN", "slug": "dashboard-access", "title": "Reaching the dashboard", "summary": "Where your figures are.", "body": "The **dashboard** zephyrine."},
	}}}).MustOK(t)
	id := created.Str("createGuide.guide.id")
	if id == "" {
		t.Fatalf("create: %s", created.Body)
	}
	// A slug made from the French title: accents folded, the elision dropped.
	frSlug := "acces-au-tableau-de-bord"
	if r := reader(frSlug, "FR"); r.Get("guide") != nil {
		t.Fatalf("a draft is visible: %s", r.Body)
	}
	draft := func(l string) *apitest.Response {
		return op("GuideDraft", map[string]any{"id": id, "locale": l}).MustOK(t)
	}
	if d := draft("FR"); d.Str("guideDraft.status") != "DRAFT" || d.Str("guideDraft.translationStatus") != "MISSING" || d.Str("guideDraft.title") != "L’accès au tableau de bord" {
		t.Fatalf("new draft: %s", d.Body)
	}

	// Publishing French only: revision 1, with its author; English readers get the French.
	pub := op("PublishGuide", map[string]any{"id": id, "locale": "FR"}).MustOK(t)
	if pub.Int("publishGuide.guide.revision.number") != 1 || pub.Str("publishGuide.guide.revision.author.displayName") != "Edith Piaf" {
		t.Fatalf("publish: %s", pub.Body)
	}
	if r := reader(frSlug, "FR"); r.Str("guide.title") != "L’accès au tableau de bord" || !strings.Contains(r.Str("guide.html"), "<strong>tableau</strong>") {
		t.Fatalf("published: %s", r.Body)
	}
	if r := reader("dashboard-access", "EN"); r.Str("guide.locale") != "FR" {
		t.Fatalf("the unpublished English is not served: %s", r.Body)
	}
	if d := draft("EN"); d.Str("guideDraft.status") != "DRAFT" || d.Str("guideDraft.translationStatus") != "MISSING" {
		t.Fatalf("English draft: %s", d.Body)
	}
	op("PublishGuide", map[string]any{"id": id, "locale": "EN"}).MustOK(t)
	// English was published after French: the French translation is now outdated.
	if d := draft("FR"); d.Str("guideDraft.status") != "PUBLISHED" || d.Str("guideDraft.translationStatus") != "OUTDATED" {
		t.Fatalf("French after the English publish: %s", d.Body)
	}
	un := env.Do(t, apitest.Request{Space: "mentoring", Query: `{ untranslatedGuides(locale: FR) { id translationStatus source { locale title } } }`, Header: ed}).MustOK(t)
	if !strings.Contains(string(un.Body), `"id":"`+id+`","translationStatus":"OUTDATED"`) {
		t.Fatalf("what needs translating: %s", un.Body)
	}

	// Saving one language's draft changes nothing of the other, nor of what readers see.
	save := op("SaveGuideDraft", map[string]any{"id": id, "locale": "FR", "input": map[string]any{
		"title": "Accéder au tableau de bord", "summary": "Vos chiffres, en un clic.", "body": "Le tableau zéphyrin, revu."}}).MustOK(t)
	if save.Str("saveGuideDraft.guide.id") != id {
		t.Fatalf("save: %s", save.Body)
	}
	if d := draft("FR"); d.Str("guideDraft.status") != "CHANGED" {
		t.Fatalf("after a save: %s", d.Body)
	}
	if d := draft("EN"); d.Str("guideDraft.status") != "PUBLISHED" || d.Str("guideDraft.translationStatus") != "UP_TO_DATE" {
		t.Fatalf("English after a French save: %s", d.Body)
	}
	if r := reader(frSlug, "FR"); r.Str("guide.title") != "L’accès au tableau de bord" {
		t.Fatalf("a saved draft leaked to readers: %s", r.Body)
	}
	op("PublishGuide", map[string]any{"id": id, "locale": "FR"}).MustOK(t)
	revs := op("GuideRevisions", map[string]any{"id": id, "locale": "FR"}).MustOK(t)
	if revs.Len("guideRevisions") != 2 || revs.Int("guideRevisions.0.number") != 2 || revs.Str("guideRevisions.1.title") != "L’accès au tableau de bord" ||
		revs.Str("guideRevisions.0.author.displayName") != "Edith Piaf" {
		t.Fatalf("revisions: %s", revs.Body)
	}
	diff := env.Do(t, apitest.Request{Space: "mentoring", Query: `query($id: ID!) { compareGuideRevisions(id: $id, locale: FR, from: 1, to: 2) }`,
		Variables: map[string]any{"id": id}, Header: ed}).MustOK(t).Str("compareGuideRevisions")
	if !strings.Contains(diff, "-# L’accès au tableau de bord") || !strings.Contains(diff, "+# Accéder au tableau de bord") {
		t.Fatalf("diff:\n%s", diff)
	}
	// Restoring revision 1 makes a draft; publishing it is revision 3.
	op("RestoreGuideRevision", map[string]any{"id": id, "locale": "FR", "number": 1}).MustOK(t)
	if d := draft("FR"); d.Str("guideDraft.title") != "L’accès au tableau de bord" || d.Str("guideDraft.status") != "CHANGED" {
		t.Fatalf("restored draft: %s", d.Body)
	}
	if p := op("PublishGuide", map[string]any{"id": id, "locale": "FR"}).MustOK(t); p.Int("publishGuide.guide.revision.number") != 3 {
		t.Fatalf("publish after restore: %s", p.Body)
	}
	if r := op("RestoreGuideRevision", map[string]any{"id": id, "locale": "FR", "number": 9}); code(r) != "NOT_FOUND" {
		t.Fatalf("restore of a missing revision: %s", r.Body)
	}

	// A changed slug keeps the old one resolving.
	op("SaveGuideDraft", map[string]any{"id": id, "locale": "FR", "input": map[string]any{"slug": "tableau-de-bord", "title": "L’accès au tableau de bord"}}).MustOK(t)
	op("PublishGuide", map[string]any{"id": id, "locale": "FR"}).MustOK(t)
	if r := reader(frSlug, "FR"); r.Str("guide.slug") != "tableau-de-bord" {
		t.Fatalf("former slug: %s", r.Body)
	}
	// Someone else's slug is a conflict.
	if r := op("SaveGuideDraft", map[string]any{"id": id, "locale": "FR", "input": map[string]any{"slug": "seances-integration-formation", "title": "X"}}); code(r) != "CONFLICT" {
		t.Fatalf("taken slug: %s", r.Body)
	}
	// Two editors: the later save, from a stale version, is refused.
	v := env.Do(t, apitest.Request{Space: "mentoring", Query: `query($id: ID!) { guideDraft(id: $id, locale: FR) { version } }`,
		Variables: map[string]any{"id": id}, Header: ed}).MustOK(t).Int("guideDraft.version")
	if v < 1 {
		t.Fatalf("draft version %d", v)
	}
	op("SaveGuideDraft", map[string]any{"id": id, "locale": "FR", "input": map[string]any{"title": "Premier", "expectedVersion": v}}).MustOK(t)
	stale := op("SaveGuideDraft", map[string]any{"id": id, "locale": "FR", "input": map[string]any{"title": "Second", "expectedVersion": v}})
	if code(stale) != "CONFLICT" {
		t.Fatalf("stale save: %s", stale.Body)
	}

	// Unpublishing French: readers get the English.
	op("UnpublishGuide", map[string]any{"id": id, "locale": "FR"}).MustOK(t)
	if r := reader("tableau-de-bord", "FR"); r.Str("guide.locale") != "EN" {
		t.Fatalf("after unpublishing French: %s", r.Body)
	}
	// Deleting hides the guide; restoring brings it back.
	env.Do(t, apitest.Request{Space: "mentoring", Query: `mutation($id: ID!) { deleteGuide(id: $id) { guide { id } } }`, Variables: map[string]any{"id": id}, Header: ed}).MustOK(t)
	if r := reader("dashboard-access", "EN"); r.Get("guide") != nil {
		t.Fatalf("a deleted guide: %s", r.Body)
	}
	env.Do(t, apitest.Request{Space: "mentoring", Query: `mutation($id: ID!) { restoreGuide(id: $id) { guide { id } } }`, Variables: map[string]any{"id": id}, Header: ed}).MustOK(t)
	if r := reader("dashboard-access", "EN"); r.Str("guide.locale") != "EN" {
		t.Fatalf("a restored guide: %s", r.Body)
	}
	// Every action is in the audit log.
	log := env.Do(t, apitest.Request{Space: "mentoring", Query: `{ auditLog(first: 100) { edges { node { action } } } }`, Header: bearer(staff(t, env, "mentoring"))}).MustOK(t)
	for _, a := range []string{"guide.created", "guide.draft_saved", "guide.published", "guide.unpublished", "guide.deleted", "guide.restored"} {
		if !strings.Contains(string(log.Body), `"`+a+`"`) {
			t.Errorf("no %s in the audit log", a)
		}
	}
}

// Concurrent publishes of one translation never give two revisions the same number, nor skip one.
func TestConcurrentPublishesNumberRevisionsOnce(t *testing.T) {
	env := apitest.New(t)
	ed := bearer(editorSession(t, env, "certification"))
	id := env.Op(t, "editor.graphql", "CreateGuide", "certification", map[string]any{"input": map[string]any{"translations": []any{
		map[string]any{"locale": "FR", "title": "Course", "body": "x"}}}}, ed).MustOK(t).Str("createGuide.guide.id")
	const n = 8
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			env.Op(t, "editor.graphql", "PublishGuide", "certification", map[string]any{"id": id, "locale": "FR"}, ed).MustOK(t)
		}()
	}
	wg.Wait()
	revs := env.Op(t, "editor.graphql", "GuideRevisions", "certification", map[string]any{"id": id, "locale": "FR"}, ed).MustOK(t)
	if revs.Len("guideRevisions") != n {
		t.Fatalf("%d revisions: %s", revs.Len("guideRevisions"), revs.Body)
	}
	for i := range n {
		if got := revs.Int("guideRevisions." + itoa(i) + ".number"); got != n-i {
			t.Fatalf("revision %d is number %d: %s", i, got, revs.Body)
		}
	}
}

func TestPreviewsAndScheduledPublishing(t *testing.T) {
	env := apitest.New(t)
	ed := bearer(editorSession(t, env, "facilitators"))
	id := env.Op(t, "editor.graphql", "CreateGuide", "facilitators", map[string]any{"input": map[string]any{"translations": []any{
		map[string]any{"locale": "FR", "slug": "annonce", "title": "Annonce à venir", "body": "Un texte quetzalcoatl."}}}}, ed).MustOK(t).Str("createGuide.guide.id")
	// A preview link shows the draft to anybody who holds it, until it expires.
	link := env.Do(t, apitest.Request{Space: "facilitators", Query: `mutation($id: ID!) { createGuidePreview(id: $id, locale: FR) { token url expiresAt } }`,
		Variables: map[string]any{"id": id}, Header: ed}).MustOK(t)
	tok := link.Str("createGuidePreview.token")
	if !strings.HasPrefix(link.Str("createGuidePreview.url"), apitest.PublicURL+"/preview?token=") || len(tok) < 40 {
		t.Fatalf("preview link: %s", link.Body)
	}
	preview := func() *apitest.Response {
		return env.Do(t, apitest.Request{Space: "facilitators", Query: `query($t: String!) { guidePreview(token: $t) { title html status } }`, Variables: map[string]any{"t": tok}})
	}
	if p := preview().MustOK(t); p.Str("guidePreview.title") != "Annonce à venir" || p.Str("guidePreview.status") != "DRAFT" {
		t.Fatalf("preview: %s", p.Body)
	}
	// Scheduled for later: not published before its time, then exactly once.
	at := env.Clock.Now().Add(time.Hour).UTC().Format(time.RFC3339)
	env.Do(t, apitest.Request{Space: "facilitators", Query: `mutation($id: ID!, $at: Time) { scheduleGuidePublish(id: $id, locale: FR, at: $at) { guide { id } } }`,
		Variables: map[string]any{"id": id, "at": at}, Header: ed}).MustOK(t)
	if d := env.Op(t, "editor.graphql", "GuideDraft", "facilitators", map[string]any{"id": id, "locale": "FR"}, ed).MustOK(t); d.Str("guideDraft.status") != "DRAFT" {
		t.Fatalf("scheduled: %s", d.Body)
	}
	ctx := context.Background()
	if n, err := env.Server.Editing.PublishDue(ctx); err != nil || n != 0 {
		t.Fatalf("published early: %d, %v", n, err)
	}
	if r := env.Op(t, "help.graphql", "GuideBySlug", "facilitators", map[string]any{"slug": "annonce"}, nil).MustOK(t); r.Get("guide") != nil {
		t.Fatalf("a scheduled page seen early: %s", r.Body)
	}
	env.Clock.Advance(2 * time.Hour)
	var wg sync.WaitGroup
	counts := make([]int, 4)
	for i := range counts { // several workers at once
		wg.Add(1)
		go func() {
			defer wg.Done()
			n, err := env.Server.Editing.PublishDue(ctx)
			if err != nil {
				t.Error(err)
			}
			counts[i] = n
		}()
	}
	wg.Wait()
	total := 0
	for _, c := range counts {
		total += c
	}
	if total != 1 {
		t.Fatalf("scheduled publish ran %d times", total)
	}
	if r := env.Op(t, "help.graphql", "GuideBySlug", "facilitators", map[string]any{"slug": "annonce"}, nil).MustOK(t); r.Int("guide.revision.number") != 1 {
		t.Fatalf("after its time: %s", r.Body)
	}
	// Search is in step with publishing.
	if s := env.Op(t, "help.graphql", "Search", "facilitators", map[string]any{"query": "quetzalcoatl"}, nil).MustOK(t); s.Int("search.totalCount") != 1 {
		t.Fatalf("search after publishing: %s", s.Body)
	}
	env.Op(t, "editor.graphql", "UnpublishGuide", "facilitators", map[string]any{"id": id}, ed).MustOK(t)
	if s := env.Op(t, "help.graphql", "Search", "facilitators", map[string]any{"query": "quetzalcoatl"}, nil).MustOK(t); s.Int("search.totalCount") != 0 {
		t.Fatalf("search after unpublishing: %s", s.Body)
	}
	// The preview link expires.
	env.Clock.Advance(25 * time.Hour)
	if p := preview(); code(p) != "INVALID_TOKEN" {
		t.Fatalf("expired preview: %s", p.Body)
	}
}

// Files are uploaded with the GraphQL multipart request specification and checked by content.
func TestAttachments(t *testing.T) {
	env := apitest.New(t)
	ed := bearer(editorSession(t, env, "certification"))
	id := env.Op(t, "editor.graphql", "CreateGuide", "certification", map[string]any{"input": map[string]any{"translations": []any{
		map[string]any{"locale": "FR", "slug": "avec-piece-jointe", "title": "Avec pièce jointe", "body": "x"}}}}, ed).MustOK(t).Str("createGuide.guide.id")
	const q = `mutation($id: ID!, $f: Upload!) { attachGuideFile(id: $id, locale: FR, file: $f) { id filename contentType size url } }`
	pdf := []byte("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
	r := env.Upload(t, "certification", q, map[string]any{"id": id}, "f", "../../modèle de délégation.pdf", "application/pdf", pdf, ed).MustOK(t)
	if r.Str("attachGuideFile.contentType") != "application/pdf" || r.Int("attachGuideFile.size") != len(pdf) ||
		r.Str("attachGuideFile.filename") != "modèle de délégation.pdf" {
		t.Fatalf("attach: %s", r.Body)
	}
	// The draft lists its attachments, for the editors.
	d := env.Do(t, apitest.Request{Space: "certification", Header: ed, Query: `query($id: ID!) { guideDraft(id: $id, locale: FR) { attachments { id filename } } en: guideDraft(id: $id, locale: EN) { attachments { id } } }`,
		Variables: map[string]any{"id": id}}).MustOK(t)
	if d.Len("guideDraft.attachments") != 1 || d.Str("guideDraft.attachments.0.id") != r.Str("attachGuideFile.id") || d.Len("en.attachments") != 0 {
		t.Fatalf("the draft's attachments: %s", d.Body)
	}
	// Content that does not match its declared type is refused.
	bad := env.Upload(t, "certification", q, map[string]any{"id": id}, "f", "image.png", "image/png", pdf, with(ed, "Accept-Language", "en"))
	if code(bad) != "BAD_USER_INPUT" || !strings.Contains(bad.Body2(), "FILE_TYPE_MISMATCH") {
		t.Fatalf("mismatch: %s", bad.Body)
	}
	html := env.Upload(t, "certification", q, map[string]any{"id": id}, "f", "page.html", "application/octet-stream", []byte("<html><script>x</script></html>"), ed)
	if code(html) != "BAD_USER_INPUT" || !strings.Contains(html.Body2(), "FILE_TYPE_UNSUPPORTED") {
		t.Fatalf("html: %s", html.Body)
	}
	// Once the translation is published, readers download the attachment.
	env.Op(t, "editor.graphql", "PublishGuide", "certification", map[string]any{"id": id, "locale": "FR"}, ed).MustOK(t)
	g := env.Op(t, "help.graphql", "GuideBySlug", "certification", map[string]any{"slug": "avec-piece-jointe"}, nil).MustOK(t)
	if g.Len("guide.attachments") != 1 {
		t.Fatalf("attachments: %s", g.Body)
	}
	body, ctype := download(t, env, g.Str("guide.attachments.0.url"))
	if body != string(pdf) || ctype != "application/pdf" {
		t.Fatalf("download: %q %s", body, ctype)
	}
}

// FAQs follow the guides' model: drafts per translation, revisions, one language never
// touching the other, in step with search.
func TestFaqLife(t *testing.T) {
	env := apitest.New(t)
	ed := bearer(editorSession(t, env, "certification"))
	do := func(q string, vars map[string]any) *apitest.Response {
		return env.Do(t, apitest.Request{Space: "certification", Query: q, Variables: vars, Header: ed})
	}
	created := do(`mutation { createFaq(input: {translations: [
		{locale: FR, question: "Que faire du xylophone ?", answer: "Le **ranger**."},
		{locale: EN, question: "What about the xylophone?", answer: "Put it **away**."}]}) { faq { id } } }`, nil).MustOK(t)
	id := created.Str("createFaq.faq.id")
	search := func(q, l string) int {
		return env.Op(t, "help.graphql", "Search", "certification", map[string]any{"query": q, "locale": l}, nil).MustOK(t).Int("search.totalCount")
	}
	if search("xylophone", "FR") != 0 {
		t.Fatal("a draft FAQ is found")
	}
	pub := do(`mutation($id: ID!) { publishFaq(id: $id, locale: FR) { faq { id locale question html } } }`, map[string]any{"id": id}).MustOK(t)
	if pub.Str("publishFaq.faq.question") != "Que faire du xylophone ?" || !strings.Contains(pub.Str("publishFaq.faq.html"), "<strong>ranger</strong>") {
		t.Fatalf("publish: %s", pub.Body)
	}
	if search("xylophone", "FR") != 1 || search("xylophone", "EN") != 0 {
		t.Fatal("search is not in step with the French publish")
	}
	draft := func(l string) *apitest.Response {
		return do(`query($id: ID!, $l: Locale!) { faqDraft(id: $id, locale: $l) { question status translationStatus version revision updatedBy } }`,
			map[string]any{"id": id, "l": l}).MustOK(t)
	}
	if d := draft("EN"); d.Str("faqDraft.status") != "DRAFT" || d.Str("faqDraft.translationStatus") != "MISSING" {
		t.Fatalf("English: %s", d.Body)
	}
	do(`mutation($id: ID!) { saveFaqDraft(id: $id, locale: FR, input: {question: "Où ranger le xylophone ?", answer: "Au placard."}) { faq { id } } }`, map[string]any{"id": id}).MustOK(t)
	if d := draft("FR"); d.Str("faqDraft.status") != "CHANGED" || d.Str("faqDraft.updatedBy") != "Edith Piaf" {
		t.Fatalf("after a save: %s", d.Body)
	}
	if d := draft("EN"); d.Str("faqDraft.question") != "What about the xylophone?" {
		t.Fatalf("the English draft changed: %s", d.Body)
	}
	do(`mutation($id: ID!) { publishFaq(id: $id, locale: FR) { faq { id } } }`, map[string]any{"id": id}).MustOK(t)
	revs := do(`query($id: ID!) { faqRevisions(id: $id, locale: FR) { number question author { displayName } } }`, map[string]any{"id": id}).MustOK(t)
	if revs.Len("faqRevisions") != 2 || revs.Int("faqRevisions.0.number") != 2 || revs.Str("faqRevisions.1.question") != "Que faire du xylophone ?" ||
		revs.Str("faqRevisions.0.author.displayName") != "Edith Piaf" {
		t.Fatalf("revisions: %s", revs.Body)
	}
	diff := do(`query($id: ID!) { compareFaqRevisions(id: $id, locale: FR, from: 1, to: 2) }`, map[string]any{"id": id}).MustOK(t).Str("compareFaqRevisions")
	if !strings.Contains(diff, "-# Que faire du xylophone ?") || !strings.Contains(diff, "+Au placard.") {
		t.Fatalf("diff: %s", diff)
	}
	do(`mutation($id: ID!) { restoreFaqRevision(id: $id, locale: FR, number: 1) { faq { id } } }`, map[string]any{"id": id}).MustOK(t)
	if d := draft("FR"); d.Str("faqDraft.question") != "Que faire du xylophone ?" {
		t.Fatalf("restored: %s", d.Body)
	}
	do(`mutation($id: ID!) { deleteFaq(id: $id) { faq { id } } }`, map[string]any{"id": id}).MustOK(t)
	if search("xylophone", "FR") != 0 {
		t.Fatal("a deleted FAQ is found")
	}
	do(`mutation($id: ID!) { restoreFaq(id: $id) { faq { id } } }`, map[string]any{"id": id}).MustOK(t)
	if search("xylophone", "FR") != 1 {
		t.Fatal("a restored FAQ is not found")
	}
	do(`mutation($id: ID!) { unpublishFaq(id: $id) { faq { id } } }`, map[string]any{"id": id}).MustOK(t)
	if search("xylophone", "FR") != 0 {
		t.Fatal("an unpublished FAQ is found")
	}
}
