package web_test

import (
	"context"
	"testing"
	"time"

	"guichet/apitest"
	"guichet/ent/guidetranslation"
	"guichet/ent/privacy"
	"guichet/web"
)

func TestReadCache(t *testing.T) {
	env := apitest.NewWith(t, web.Options{CacheTTL: time.Hour, CacheEntries: 100})
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	get := func(header string) *apitest.Response {
		return env.Op(t, "help.graphql", "GuideBySlug", "certification", map[string]any{"slug": "saisir-le-numero-siret"}, lang(header)).MustOK(t)
	}
	fr, en := get("fr"), get("en")
	if fr.Str("guide.locale") != "FR" || en.Str("guide.locale") != "EN" {
		t.Fatalf("the locale is part of the key: %s / %s", fr.Str("guide.locale"), en.Str("guide.locale"))
	}
	// Written behind the server's back: the cached answer stays…
	if _, err := env.DB.Client.GuideTranslation.Update().Where(guidetranslation.Slug("saisir-le-numero-siret")).
		SetTitle("Titre changé").Save(ctx); err != nil {
		t.Fatal(err)
	}
	before := env.DB.Queries.Load()
	if again := get("fr"); again.Str("guide.title") != fr.Str("guide.title") || env.DB.Queries.Load() != before {
		t.Fatalf("not served from the cache: %q, %d queries", again.Str("guide.title"), env.DB.Queries.Load()-before)
	}
	// …until the server is told that content changed.
	env.App.ContentChanged()
	if after := get("fr"); after.Str("guide.title") != "Titre changé" {
		t.Fatalf("stale after a change: %q", after.Str("guide.title"))
	}
	// Errors are never cached.
	bad := func() int {
		return len(env.Op(t, "help.graphql", "Guides", "certification", map[string]any{"first": 1000}, nil).Errors)
	}
	before = env.DB.Queries.Load()
	if bad() != 1 || bad() != 1 {
		t.Fatal("expected an error")
	}
	// Different variables, different answers.
	a := env.Op(t, "help.graphql", "Guides", "certification", map[string]any{"first": 1}, nil).MustOK(t)
	b := env.Op(t, "help.graphql", "Guides", "certification", map[string]any{"first": 2}, nil).MustOK(t)
	if a.Len("guides.edges") != 1 || b.Len("guides.edges") != 2 {
		t.Fatalf("variables ignored: %d, %d", a.Len("guides.edges"), b.Len("guides.edges"))
	}
}
