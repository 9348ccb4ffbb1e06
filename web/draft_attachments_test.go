package web_test

import (
	"net/http"
	"strings"
	"testing"

	"guichet/apitest"
)

// A file attached while editing belongs to the draft: readers see and download the files of
// the published revision only, until the draft is published; editors and the draft's preview
// links see the draft's.
func TestDraftAttachmentsFollowTheDraft(t *testing.T) {
	env := apitest.New(t)
	const sp = "certification"
	ed := bearer(editorSession(t, env, sp))
	op := func(name string, vars map[string]any) *apitest.Response {
		return env.Op(t, "editor.graphql", name, sp, vars, ed).MustOK(t)
	}
	do := func(q string, vars map[string]any, h http.Header) *apitest.Response {
		return env.Do(t, apitest.Request{Space: sp, Query: q, Variables: vars, Header: h}).MustOK(t)
	}
	id := op("CreateGuide", map[string]any{"input": map[string]any{"translations": []any{
		map[string]any{"locale": "FR", "slug": "piece-du-brouillon", "title": "Pièce du brouillon", "body": "x"}}}}).Str("createGuide.guide.id")
	op("PublishGuide", map[string]any{"id": id, "locale": "FR"})
	tok := do(`mutation($id: ID!) { createGuidePreview(id: $id, locale: FR) { token } }`, map[string]any{"id": id}, ed).Str("createGuidePreview.token")

	pdf := []byte("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
	att := env.Upload(t, sp, `mutation($id: ID!, $f: Upload!) { attachGuideFile(id: $id, locale: FR, file: $f) { id url } }`,
		map[string]any{"id": id}, "f", "annexe.pdf", "application/pdf", pdf, ed).MustOK(t)
	fileID, fileURL := att.Str("attachGuideFile.id"), strings.Replace(att.Str("attachGuideFile.url"), apitest.PublicURL, env.URL, 1)

	// state is what each party sees of the file.
	type state struct {
		readerLists, readerGets bool   // GuideBySlug lists it; an anonymous GET answers 200
		cache                   string // Cache-Control of that anonymous GET when it answers
		editorLists, editorGets bool   // guideDraft lists it; the editor's GET answers 200
		previewLists            bool   // guidePreview lists it
		previewGets             bool   // a GET with the preview link's URL answers 200
		status                  string // guideDraft.status
	}
	observe := func() state {
		t.Helper()
		var s state
		g := env.Op(t, "help.graphql", "GuideBySlug", sp, map[string]any{"slug": "piece-du-brouillon"}, nil).MustOK(t)
		s.readerLists = g.Len("guide.attachments") == 1 && strings.Replace(g.Str("guide.attachments.0.url"), apitest.PublicURL, env.URL, 1) == fileURL
		resp, _ := get(t, fileURL, nil)
		if s.readerGets = resp.StatusCode == http.StatusOK; s.readerGets {
			s.cache = resp.Header.Get("Cache-Control")
		}
		d := do(`query($id: ID!) { guideDraft(id: $id, locale: FR) { status attachments { id } } }`, map[string]any{"id": id}, ed)
		s.editorLists, s.status = d.Len("guideDraft.attachments") == 1 && d.Str("guideDraft.attachments.0.id") == fileID, d.Str("guideDraft.status")
		resp, _ = get(t, fileURL, ed)
		s.editorGets = resp.StatusCode == http.StatusOK
		p := do(`query($t: String!) { guidePreview(token: $t) { attachments { id url } } }`, map[string]any{"t": tok}, nil)
		s.previewLists = p.Len("guidePreview.attachments") == 1 && p.Str("guidePreview.attachments.0.id") == fileID
		if s.previewLists {
			resp, _ = get(t, strings.Replace(p.Str("guidePreview.attachments.0.url"), apitest.PublicURL, env.URL, 1), nil)
			s.previewGets = resp.StatusCode == http.StatusOK
		}
		return s
	}
	detach := func() {
		do(`mutation($id: ID!, $f: ID!) { detachGuideFile(id: $id, locale: FR, fileId: $f) { guide { id } } }`, map[string]any{"id": id, "f": fileID}, ed)
	}
	publish := func() { op("PublishGuide", map[string]any{"id": id, "locale": "FR"}) }

	const public = "public, max-age=3600"
	steps := []struct {
		name string
		act  func()
		want state
	}{
		{"attached to the draft of a published translation", func() {},
			state{editorLists: true, editorGets: true, previewLists: true, previewGets: true, status: "CHANGED"}},
		{"published", publish,
			state{readerLists: true, readerGets: true, cache: public, editorLists: true, editorGets: true, previewLists: true, previewGets: true, status: "PUBLISHED"}},
		{"detached from the draft", detach,
			state{readerLists: true, readerGets: true, cache: public, editorGets: true, status: "CHANGED"}},
		{"published without it", publish,
			state{editorGets: true, status: "PUBLISHED"}},
	}
	for _, s := range steps {
		s.act()
		if got := observe(); got != s.want {
			t.Fatalf("%s:\n got %+v\nwant %+v", s.name, got, s.want)
		}
	}

	// A preview link's URL opens only the files of the draft it shows, and only while it lives.
	other := op("CreateGuide", map[string]any{"input": map[string]any{"translations": []any{
		map[string]any{"locale": "FR", "slug": "autre", "title": "Autre", "body": "x"}}}}).Str("createGuide.guide.id")
	otherTok := do(`mutation($id: ID!) { createGuidePreview(id: $id, locale: FR) { token } }`, map[string]any{"id": other}, ed).Str("createGuidePreview.token")
	env.Upload(t, sp, `mutation($id: ID!, $f: Upload!) { attachGuideFile(id: $id, locale: FR, file: $f) { id } }`,
		map[string]any{"id": id}, "f", "annexe.pdf", "application/pdf", pdf, ed).MustOK(t)
	for _, c := range []struct {
		name, secret string
		status       int
	}{
		{"its own link", tok, http.StatusOK},
		{"another guide's link", otherTok, http.StatusNotFound},
		{"no link", "nope", http.StatusNotFound},
	} {
		if resp, _ := get(t, fileURL+"?preview="+c.secret, nil); resp.StatusCode != c.status {
			t.Errorf("%s: %d, want %d", c.name, resp.StatusCode, c.status)
		} else if c.status == http.StatusOK && resp.Header.Get("Cache-Control") != "private, no-store" {
			t.Errorf("%s: Cache-Control %q", c.name, resp.Header.Get("Cache-Control"))
		}
	}
	do(`mutation($id: ID!) { revokeGuidePreview(id: $id) }`, map[string]any{"id": id}, ed)
	if resp, _ := get(t, fileURL+"?preview="+tok, nil); resp.StatusCode != http.StatusNotFound {
		t.Fatalf("a revoked link still opens the draft's file: %d", resp.StatusCode)
	}
}

// An imported guide's draft holds the files its published revision has: an editor sees them,
// the draft is not CHANGED, and publishing it again keeps them public.
func TestImportedAttachmentsAreTheDrafts(t *testing.T) {
	env := apitest.New(t)
	const sp = "certification"
	ed := bearer(editorSession(t, env, sp))
	read := func() *apitest.Response {
		return env.Do(t, apitest.Request{Space: sp, Query: `{ guide(slug: "pieces-a-joindre-a-votre-demande") { id attachments { url } } }`}).MustOK(t)
	}
	g := read()
	id, url := g.Str("guide.id"), g.Str("guide.attachments.0.url")
	if g.Len("guide.attachments") != 1 || !strings.HasSuffix(url, "/modele-delegation-mandat.pdf") {
		t.Fatalf("the shipped guide: %s", g.Body)
	}
	d := env.Do(t, apitest.Request{Space: sp, Header: ed, Query: `query($id: ID!) { guideDraft(id: $id, locale: FR) { status attachments { url } } }`,
		Variables: map[string]any{"id": id}}).MustOK(t)
	if d.Str("guideDraft.status") != "PUBLISHED" || d.Len("guideDraft.attachments") != 1 || d.Str("guideDraft.attachments.0.url") != url {
		t.Fatalf("its draft: %s", d.Body)
	}
	env.Op(t, "editor.graphql", "PublishGuide", sp, map[string]any{"id": id, "locale": "FR"}, ed).MustOK(t)
	if g := read(); g.Str("guide.attachments.0.url") != url {
		t.Fatalf("after publishing again: %s", g.Body)
	}
	if resp, _ := get(t, strings.Replace(url, apitest.PublicURL, env.URL, 1), nil); resp.StatusCode != http.StatusOK {
		t.Fatalf("anonymous download after publishing again: %d", resp.StatusCode)
	}
}
