package web_test

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"guichet/apitest"
	"guichet/ent/guidetranslation"
	"guichet/markdown"
)

// Pathological Markdown is refused with BAD_USER_INPUT on its field, the limit in the
// editor's language, in a small multiple of the time a normal guide takes to render, by the
// preview (renderMarkdown) and by a draft save; a normal guide still renders and saves.
func TestMarkdownLimitsOverHTTP(t *testing.T) {
	env := apitest.New(t)
	ed := bearer(editorSession(t, env, "mentoring"))
	b, err := os.ReadFile("../content/spaces/certification/guides/required-documents.fr.md")
	if err != nil {
		t.Fatal(err)
	}
	guide := strings.SplitN(string(b), "---", 3)[2]
	render := func(src, lang string) (*apitest.Response, time.Duration) {
		start := time.Now()
		r := env.Do(t, apitest.Request{Space: "mentoring", Header: with(ed, "Accept-Language", lang),
			Query: `query($m: String!) { renderMarkdown(markdown: $m) }`, Variables: map[string]any{"m": src}})
		return r, time.Since(start)
	}
	median := func(f func() time.Duration) time.Duration {
		ds := []time.Duration{f(), f(), f()}
		slices.Sort(ds)
		return ds[1]
	}
	// The yardstick: the guide repeated to the size of the pathological documents, as a
	// long guide is; they are refused before goldmark renders (most before it parses).
	long := strings.Repeat(guide+"\n\n", 180_000/(len(guide)+2))
	normal := median(func() time.Duration {
		r, d := render(long, "fr")
		if !strings.Contains(r.MustOK(t).Str("renderMarkdown"), "<h2") {
			t.Fatalf("the guide: %s", r.Body)
		}
		return d
	})

	created := env.Op(t, "editor.graphql", "CreateGuide", "mentoring", map[string]any{"input": map[string]any{"translations": []any{
		map[string]any{"locale": "FR", "title": "Guide", "summary": "Résumé", "body": guide}}}}, ed).MustOK(t)
	id := created.Str("createGuide.guide.id")
	save := func(body, lang string) (*apitest.Response, time.Duration) {
		start := time.Now()
		r := env.Op(t, "editor.graphql", "SaveGuideDraft", "mentoring", map[string]any{"id": id, "locale": "FR",
			"input": map[string]any{"title": "Guide", "body": body}}, with(ed, "Accept-Language", lang))
		return r, time.Since(start)
	}
	normalSave := median(func() time.Duration {
		r, d := save(long, "en")
		r.MustOK(t)
		return d
	})

	for _, tc := range []struct {
		name, src, code, fr, en string
	}{
		{"the review's block quotes", strings.Repeat("> ", 100_000), "MARKDOWN_TOO_DEEP", "sur 10 niveaux au plus", "at most 10 levels deep"},
		{"the review's 2,000 columns", strings.Repeat("| a ", 2000) + "|\n" + strings.Repeat("|---", 2000) + "|\n" + strings.Repeat("a\n", 20_000),
			"MARKDOWN_TABLE_TOO_WIDE", "64 colonnes au plus", "at most 64 columns"},
		{"links glued together", strings.Repeat("[a](", 50_000), "MARKDOWN_LINKS_UNSPACED", "Trop de liens", "Too many links"},
		{"a reference repeated", "[a]: https://example.org/" + strings.Repeat("a", 90_000) + "\n\n" + strings.Repeat("[a]", 30_000),
			"MARKDOWN_LINK_ADDRESS_TOO_LONG", "400000 caractères au plus", "at most 400000 characters"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := markdown.Validate(tc.src); err == nil {
				t.Fatal("accepted by the renderer")
			}
			for _, lang := range []string{"fr", "en"} {
				want := map[string]string{"fr": tc.fr, "en": tc.en}[lang]
				var r *apitest.Response
				preview := median(func() (d time.Duration) { r, d = render(tc.src, lang); return d })
				if code(r) != "BAD_USER_INPUT" || violation(r, "markdown") != tc.code || !strings.Contains(string(r.Body), want) {
					t.Fatalf("renderMarkdown (%s): %s", lang, r.Body)
				}
				// Before the limits: minutes for the block quotes, seconds for the others. The
				// reference is refused once parsed: "[a]" is markup-heavy, costlier than prose.
				if preview > 5*normal {
					t.Errorf("renderMarkdown took %v, a long guide %v", preview, normal)
				}
				d := median(func() (d time.Duration) { r, d = save(tc.src, lang); return d })
				if code(r) != "BAD_USER_INPUT" || violation(r, "body") != tc.code || !strings.Contains(string(r.Body), want) {
					t.Fatalf("saveGuideDraft (%s): %s", lang, r.Body)
				}
				if d > 5*normalSave {
					t.Errorf("saveGuideDraft took %v, a long guide %v", d, normalSave)
				}
				t.Logf("%s: preview %v (long guide %v), save %v (long guide %v)", lang, preview, normal, d, normalSave)
			}
		})
	}
	// A draft saved before the limits existed: its editor sees it as preformatted text, and
	// publishing it says what to fix.
	old := strings.Repeat("> ", 50) + "ancien <b>texte</b>"
	env.DB.Client.GuideTranslation.Update().Where(guidetranslation.GuideID(atoi(t, id))).SetDraftBody(old).ExecX(context.Background())
	shown := env.Do(t, apitest.Request{Space: "mentoring", Header: ed, Query: `query($id: ID!) { guideDraft(id: $id, locale: FR) { html } }`,
		Variables: map[string]any{"id": id}}).MustOK(t).Str("guideDraft.html")
	if !strings.HasPrefix(shown, "<pre>") || !strings.Contains(shown, "&lt;b&gt;texte") {
		t.Fatalf("an old draft over the limits is shown as %q", shown)
	}
	if r := env.Op(t, "editor.graphql", "PublishGuide", "mentoring", map[string]any{"id": id, "locale": "FR"}, ed); code(r) != "BAD_USER_INPUT" ||
		violation(r, "body") != "MARKDOWN_TOO_DEEP" {
		t.Fatalf("publishing it: %s", r.Body)
	}
	env.DB.Client.GuideTranslation.Update().Where(guidetranslation.GuideID(atoi(t, id))).SetDraftBody(long).ExecX(context.Background())

	// The refused saves left the draft as it was.
	if d := env.Op(t, "editor.graphql", "GuideDraft", "mentoring", map[string]any{"id": id, "locale": "FR"}, ed).MustOK(t); d.Str("guideDraft.body") != long {
		t.Fatalf("the draft changed")
	}
}
