package web_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"guichet/apitest"
	"guichet/web"
)

// A page's settings over HTTP, with the read cache on: a guide made through the API gets
// journey tags and joins a facilitator's next steps; its audience narrowed, anonymous readers
// lose it at once; its category set and removed; and what is refused, in French and English.
func TestPageSettingsThroughTheContract(t *testing.T) {
	env := apitest.NewWith(t, web.Options{CacheTTL: time.Hour, CacheEntries: 100})
	ed := bearer(editorSession(t, env, fac))
	settings := func(id string, input map[string]any, h http.Header) *apitest.Response {
		return env.Op(t, "editor.graphql", "UpdatePageSettings", fac, map[string]any{"id": id, "input": input}, h)
	}
	created := env.Op(t, "editor.graphql", "CreateGuide", fac, map[string]any{"input": map[string]any{"translations": []any{
		map[string]any{"locale": "FR", "slug": "houblon-sauvage", "title": "Le houblon sauvage", "summary": "Zythologie.", "body": "Le houblon."},
		map[string]any{"locale": "EN", "slug": "wild-hops", "title": "Wild hops", "summary": "Zythology.", "body": "Hops."},
	}}}, ed).MustOK(t)
	id := created.Str("createGuide.guide.id")
	env.Op(t, "editor.graphql", "PublishGuide", fac, map[string]any{"id": id}, ed).MustOK(t)

	_, orange := founder(t, env, "orange@example.org", "facilitator", "orange")
	nextSteps := func() string {
		return env.Do(t, apitest.Request{Space: fac, Query: `{ me { nextSteps(first: 100, locale: FR) { slug } } }`, Header: orange}).MustOK(t).Body2()
	}
	anonymous := func() *apitest.Response {
		return env.Op(t, "help.graphql", "GuideBySlug", fac, map[string]any{"slug": "houblon-sauvage"}, nil).MustOK(t)
	}
	if strings.Contains(nextSteps(), `"houblon-sauvage"`) {
		t.Fatal("an untagged guide is among the next steps")
	}
	if anonymous().Str("guide.slug") != "houblon-sauvage" {
		t.Fatal("the published guide is not read")
	}

	// Journey tags: the guide is now an orange belt's next step.
	r := settings(id, map[string]any{"tags": []string{"journey:orange", "start"}}, ed).MustOK(t)
	if r.Str("updatePageSettings.page.kind") != "GUIDE" || r.Str("updatePageSettings.page.id") != id ||
		r.Str("updatePageSettings.page.audience") != "PUBLIC" || r.Get("updatePageSettings.page.category") != nil ||
		r.Str("updatePageSettings.page.tags.0") != "journey:orange" || r.Str("updatePageSettings.page.tags.1") != "start" {
		t.Fatalf("tags: %s", r.Body)
	}
	if !strings.Contains(nextSteps(), `"houblon-sauvage"`) {
		t.Fatalf("the tagged guide is not among an orange belt's next steps: %s", nextSteps())
	}

	// Facilitators only: anonymous readers lose it at once, though their answer was cached;
	// the facilitator still has it.
	anonymous()
	before := env.DB.Queries.Load()
	if anonymous().Str("guide.slug") != "houblon-sauvage" || env.DB.Queries.Load() != before {
		t.Fatal("the anonymous answer is not kept by the read cache")
	}
	r = settings(id, map[string]any{"audience": "FACILITATOR"}, ed).MustOK(t)
	if r.Str("updatePageSettings.page.audience") != "FACILITATOR" || r.Len("updatePageSettings.page.tags") != 2 {
		t.Fatalf("audience: %s", r.Body)
	}
	if g := anonymous(); g.Get("guide") != nil {
		t.Fatalf("anonymous readers still read a facilitators' guide: %s", g.Body)
	}
	if s := env.Op(t, "help.graphql", "Search", fac, map[string]any{"query": "houblon sauvage", "locale": "FR"}, nil).MustOK(t); strings.Contains(s.Body2(), "houblon-sauvage") {
		t.Fatalf("anonymous search still finds it: %s", s.Body)
	}
	if !strings.Contains(nextSteps(), `"houblon-sauvage"`) {
		t.Fatal("a facilitator lost the guide")
	}

	// A category, then none.
	cats := env.Do(t, apitest.Request{Space: fac, Query: `{ categories { id } }`}).MustOK(t)
	catID := cats.Str("categories.0.id")
	r = settings(id, map[string]any{"categoryId": catID}, ed).MustOK(t)
	if r.Str("updatePageSettings.page.category.id") != catID || r.Str("updatePageSettings.page.audience") != "FACILITATOR" {
		t.Fatalf("category: %s", r.Body)
	}
	r = settings(id, map[string]any{"categoryId": nil}, ed).MustOK(t)
	if r.Get("updatePageSettings.page.category") != nil || r.Len("updatePageSettings.page.tags") != 2 {
		t.Fatalf("no category: %s", r.Body)
	}

	// The editors' list shows the settings.
	pages := env.Do(t, apitest.Request{Space: fac, Query: `{ pages(filter: {audience: FACILITATOR, search: "houblon"}) { id tags } }`, Header: ed}).MustOK(t)
	if pages.Str("pages.0.id") != id || pages.Str("pages.0.tags.0") != "journey:orange" {
		t.Fatalf("pages: %s", pages.Body)
	}

	// Refusals, each naming its field, in both languages; nothing written.
	resource := env.Do(t, apitest.Request{Space: fac, Query: `{ pages(filter: {kind: RESOURCE}) { id } }`, Header: ed}).MustOK(t).Str("pages.0.id")
	for _, c := range []struct {
		name, id string
		input    map[string]any
		field    string
		fr, en   string
	}{
		{"an unknown category", id, map[string]any{"categoryId": "999999"}, "categoryId",
			"Cette catégorie n’existe pas dans cet espace.", "This space has no such category."},
		{"a malformed tag", id, map[string]any{"tags": []string{"start", "Journey:Orange"}}, "tags.1",
			"« Journey:Orange » n’est pas une étiquette", "“Journey:Orange” is not a tag"},
		{"a journey tag of no stage", id, map[string]any{"tags": []string{"journey:purple"}}, "tags.0",
			"« journey:purple » n’est pas une étape du parcours de cet espace", "“journey:purple” is not a stage of this space’s journey"},
		{"an audience the space does not offer", id, map[string]any{"audience": "ENTITY_MANAGER"}, "audience",
			"Cet espace n’a pas de public « gestionnaires d’entité »", "This space has no “entity managers” audience"},
		{"tags on a resource", resource, map[string]any{"tags": []string{"start"}}, "tags",
			"Les ressources n’ont pas d’étiquettes.", "Resources have no tags."},
	} {
		for l, want := range map[string]string{"fr": c.fr, "en": c.en} {
			r := settings(c.id, c.input, with(ed, "Accept-Language", l))
			if code(r) != "BAD_USER_INPUT" {
				t.Fatalf("%s in %s: %s", c.name, l, r.Body)
			}
			vs, _ := r.Errors[0].Extensions["violations"].([]any)
			if len(vs) != 1 || vs[0].(map[string]any)["field"] != c.field || !strings.HasPrefix(vs[0].(map[string]any)["message"].(string), want) {
				t.Fatalf("%s in %s: %s", c.name, l, r.Body)
			}
		}
	}
	after := env.Do(t, apitest.Request{Space: fac, Query: `{ pages(filter: {audience: FACILITATOR, search: "houblon"}) { id audience category { id } tags } }`, Header: ed}).MustOK(t)
	if tags, _ := after.Get("pages.0.tags").([]any); after.Get("pages.0.category") != nil || !slices.Equal(tags, []any{"journey:orange", "start"}) {
		t.Fatalf("a refusal wrote: %s", after.Body)
	}

	// Who may: editors only.
	if r := settings(id, map[string]any{"audience": "PUBLIC"}, nil); code(r) != "UNAUTHENTICATED" {
		t.Fatalf("anonymous: %s", r.Body)
	}
	if r := settings(id, map[string]any{"audience": "PUBLIC"}, orange); code(r) != "FORBIDDEN" {
		t.Fatalf("a facilitator: %s", r.Body)
	}
	if r := settings("999999", map[string]any{"audience": "PUBLIC"}, ed); code(r) != "NOT_FOUND" {
		t.Fatalf("no such page: %s", r.Body)
	}
}
