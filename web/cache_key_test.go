package web

import (
	"context"
	"testing"
	"time"

	"guichet/ent"
	"guichet/locales"
	"guichet/role"
	"guichet/space"
	"guichet/viewer"
)

// The read cache's key writes out what decides who may read an answer (the cache's version,
// the space, the locale, the readable audiences) and the method: two readers who differ in
// any of them never share a key, whatever the request's hash. The same request by the same
// kind of reader shares it.
func TestReadCacheKeySeparatesReaders(t *testing.T) {
	c := newReadCache(10, time.Hour)
	type reader struct {
		spaceID   int
		locale    locales.Locale
		audiences []role.Audience
		method    string
		request   string
	}
	keyOf := func(r reader) string {
		ctx := space.NewContext(context.Background(), &ent.Space{ID: r.spaceID})
		v := viewer.Anonymous(r.spaceID)
		v.Audiences = r.audiences
		ctx = locales.NewContext(viewer.NewContext(ctx, v), r.locale)
		return c.key(ctx, r.method, []byte(r.request))
	}
	base := reader{1, locales.FR, []role.Audience{role.Public}, "POST", `{"query":"{ guide(slug: \"a\") { title } }"}`}
	same := keyOf(base)
	if same == "" || keyOf(base) != same {
		t.Fatalf("the same request by the same reader has one key: %q, %q", same, keyOf(base))
	}
	variants := map[string]reader{
		"space":           {2, base.locale, base.audiences, base.method, base.request},
		"locale":          {base.spaceID, locales.EN, base.audiences, base.method, base.request},
		"more audiences":  {base.spaceID, base.locale, []role.Audience{role.Public, role.SignedIn, role.Facilitator}, base.method, base.request},
		"other audiences": {base.spaceID, base.locale, []role.Audience{role.SignedIn}, base.method, base.request},
		"no audience":     {base.spaceID, base.locale, nil, base.method, base.request},
		"method":          {base.spaceID, base.locale, base.audiences, "GET", base.request},
		"request":         {base.spaceID, base.locale, base.audiences, base.method, `{"query":"{ guide(slug: \"b\") { title } }"}`},
	}
	seen := map[string]string{same: "base"}
	for name, r := range variants {
		k := keyOf(r)
		if other, ok := seen[k]; ok {
			t.Errorf("%s: same key as %s", name, other)
		}
		seen[k] = name
	}
	// Audiences run into each other without their separator: PUBLIC+SIGNED_IN is not PUBLICSIGNED_IN.
	joined := keyOf(reader{1, locales.FR, []role.Audience{"PUBLICSIGNED_IN"}, "POST", base.request})
	if joined == keyOf(reader{1, locales.FR, []role.Audience{role.Public, role.SignedIn}, "POST", base.request}) {
		t.Error("audiences are not separated in the key")
	}
	// A change of content: no key of before is asked for again.
	c.Changed()
	if keyOf(base) == same {
		t.Error("the key does not change with the cache's version")
	}
}
