package web_test

import (
	"strings"
	"testing"
	"time"

	"guichet/apitest"
	"guichet/web"
)

// News over HTTP: the editors' life of a post (the guide's, through the one editing model),
// and what readers get — newest first, the other language when theirs is missing, only the
// audiences they may read, and search.

func init() {
	for op, q := range map[string]string{
		"news":                `{ news { totalCount } }`,
		"newsPost":            `{ newsPost(slug: "formations-hiver") { slug } }`,
		"newsDraft":           `{ newsDraft(id: "999999", locale: FR) { title } }`,
		"newsRevisions":       `{ newsRevisions(id: "999999", locale: FR) { number } }`,
		"createNews":          `mutation { createNews(input: {translations: []}) { news { id } } }`,
		"saveNewsDraft":       `mutation { saveNewsDraft(id: "999999", locale: FR, input: {title: "T"}) { news { id } } }`,
		"publishNews":         `mutation { publishNews(id: "999999") { news { id } } }`,
		"unpublishNews":       `mutation { unpublishNews(id: "999999") { news { id } } }`,
		"restoreNewsRevision": `mutation { restoreNewsRevision(id: "999999", locale: FR, number: 1) { news { id } } }`,
		"scheduleNewsPublish": `mutation { scheduleNewsPublish(id: "999999", locale: FR, at: null) { news { id } } }`,
		"deleteNews":          `mutation { deleteNews(id: "999999") { news { id } } }`,
		"restoreNews":         `mutation { restoreNews(id: "999999") { news { id } } }`,
	} {
		operations[op] = q
	}
}

func TestNewsThroughTheContract(t *testing.T) {
	env := apitest.New(t)
	ed := bearer(editorSession(t, env, fac))
	op := func(name string, vars map[string]any, h map[string][]string) *apitest.Response {
		return env.Op(t, "community.graphql", name, fac, vars, h)
	}
	do := func(q string, vars map[string]any) *apitest.Response {
		return env.Do(t, apitest.Request{Space: fac, Query: q, Variables: vars, Header: ed})
	}
	before := op("News", map[string]any{"locale": "EN", "first": 50}, nil).MustOK(t).Int("news.totalCount")
	if before < 2 {
		t.Fatalf("the shipped public news: %d", before)
	}

	// A post in French only, published: served to English readers in French, first.
	id := op("CreateNews", map[string]any{"input": map[string]any{"translations": []any{
		map[string]any{"locale": "FR", "title": "Les ateliers zéphyrins reprennent", "summary": "La saison repart.", "body": "Le **calendrier** est en ligne."},
	}}}, ed).MustOK(t).Str("createNews.news.id")
	if n := op("News", map[string]any{"locale": "EN"}, nil).MustOK(t).Int("news.totalCount"); n != before {
		t.Fatalf("a draft is listed: %d, was %d", n, before)
	}
	op("PublishNews", map[string]any{"id": id, "locale": "FR"}, ed).MustOK(t)
	list := op("News", map[string]any{"locale": "EN", "first": 50}, nil).MustOK(t)
	if list.Int("news.totalCount") != before+1 || list.Str("news.edges.0.node.id") != id || list.Str("news.edges.0.node.locale") != "FR" ||
		list.Str("news.edges.0.node.title") != "Les ateliers zéphyrins reprennent" {
		t.Fatalf("news after the publish: %s", list.Body)
	}
	var last time.Time
	for i := range list.Len("news.edges") {
		at, err := time.Parse(time.RFC3339, list.Str("news.edges."+itoa(i)+".node.publishedAt"))
		if err != nil || (i > 0 && at.After(last)) {
			t.Fatalf("not newest first at %d: %s", i, list.Body)
		}
		last = at
	}
	slug := list.Str("news.edges.0.node.slug")
	post := op("NewsPost", map[string]any{"slug": slug, "locale": "EN"}, nil).MustOK(t)
	if post.Str("newsPost.id") != id || post.Str("newsPost.locale") != "FR" || post.Str("newsPost.summary") != "La saison repart." ||
		!strings.Contains(post.Str("newsPost.html"), "<strong>calendrier</strong>") || post.Str("newsPost.publishedAt") == "" {
		t.Fatalf("newsPost in English: %s", post.Body)
	}

	if todo := do(`{ needsTranslation(locale: EN) { kind id translationStatus sourceLocale } }`, nil).MustOK(t); !strings.Contains(todo.Body2(),
		`{"kind":"NEWS","id":"`+id+`","translationStatus":"MISSING","sourceLocale":"FR"}`) {
		t.Fatalf("needsTranslation: %s", todo.Body)
	}

	// Paging: one post, then the next after its cursor.
	one := op("News", map[string]any{"first": 1}, nil).MustOK(t)
	next := op("News", map[string]any{"first": 1, "after": one.Str("news.pageInfo.endCursor")}, nil).MustOK(t)
	if !one.Get("news.pageInfo.hasNextPage").(bool) || next.Str("news.edges.0.node.id") != list.Str("news.edges.1.node.id") {
		t.Fatalf("pages: %s then %s", one.Body, next.Body)
	}

	// Search finds it, in the language it is written in.
	const search = `query($q: String!, $l: Locale) { search(query: $q, locale: $l) { totalCount edges { snippet node { __typename ... on News { id slug title } } } } }`
	found := func(q, l string) bool {
		s := env.Do(t, apitest.Request{Space: fac, Query: search, Variables: map[string]any{"q": q, "l": l}}).MustOK(t)
		return s.Int("search.totalCount") == 1 && s.Str("search.edges.0.node.__typename") == "News" && s.Str("search.edges.0.node.id") == id
	}
	if !found("zéphyrins", "FR") {
		t.Fatal("search does not find the French post")
	}

	// The English translation: a draft, then published; revisions, restore, unpublish.
	do(`mutation($id: ID!) { saveNewsDraft(id: $id, locale: EN, input: {title: "Zephyrine workshops are back", summary: "The season restarts.", body: "The **calendar** is online."}) { news { id } } }`,
		map[string]any{"id": id}).MustOK(t)
	d := do(`query($id: ID!) { newsDraft(id: $id, locale: EN) { slug title status translationStatus version revision html } }`, map[string]any{"id": id}).MustOK(t)
	if d.Str("newsDraft.status") != "DRAFT" || d.Str("newsDraft.slug") != "zephyrine-workshops-are-back" || d.Int("newsDraft.revision") != 0 {
		t.Fatalf("English draft: %s", d.Body)
	}
	op("PublishNews", map[string]any{"id": id, "locale": "EN"}, ed).MustOK(t)
	if p := op("NewsPost", map[string]any{"slug": slug, "locale": "EN"}, nil).MustOK(t); p.Str("newsPost.locale") != "EN" ||
		p.Str("newsPost.title") != "Zephyrine workshops are back" {
		t.Fatalf("after the English publish: %s", p.Body)
	}
	if !found("zephyrine", "EN") {
		t.Fatal("search does not find the English post")
	}
	do(`mutation($id: ID!) { saveNewsDraft(id: $id, locale: FR, input: {title: "Les ateliers zéphyrins sont de retour", summary: "La saison repart.", body: "Corrigé."}) { news { id } } }`,
		map[string]any{"id": id}).MustOK(t)
	op("PublishNews", map[string]any{"id": id, "locale": "FR"}, ed).MustOK(t)
	revs := do(`query($id: ID!) { newsRevisions(id: $id, locale: FR) { number title author { displayName } } }`, map[string]any{"id": id}).MustOK(t)
	if revs.Len("newsRevisions") != 2 || revs.Int("newsRevisions.0.number") != 2 || revs.Str("newsRevisions.1.title") != "Les ateliers zéphyrins reprennent" {
		t.Fatalf("revisions: %s", revs.Body)
	}
	do(`mutation($id: ID!) { restoreNewsRevision(id: $id, locale: FR, number: 1) { news { id } } }`, map[string]any{"id": id}).MustOK(t)
	if d := do(`query($id: ID!) { newsDraft(id: $id, locale: FR) { title status } }`, map[string]any{"id": id}).MustOK(t); d.Str("newsDraft.title") != "Les ateliers zéphyrins reprennent" ||
		d.Str("newsDraft.status") != "CHANGED" {
		t.Fatalf("restored: %s", d.Body)
	}
	// A later publish keeps the post's date.
	date := post.Str("newsPost.publishedAt")
	env.Clock.Advance(12 * time.Hour) // within the session's idle limit
	op("PublishNews", map[string]any{"id": id}, ed).MustOK(t)
	if p := op("NewsPost", map[string]any{"slug": slug}, nil).MustOK(t); p.Str("newsPost.publishedAt") != date {
		t.Fatalf("the date moved: %s, was %s", p.Str("newsPost.publishedAt"), date)
	}
	if pages := do(`{ pages(filter: {kind: NEWS}) { kind id } }`, nil).MustOK(t); !strings.Contains(pages.Body2(), `{"kind":"NEWS","id":"`+id+`"}`) {
		t.Fatalf("pages: %s", pages.Body)
	}
	do(`mutation($id: ID!) { unpublishNews(id: $id, locale: EN) { news { id } } }`, map[string]any{"id": id}).MustOK(t)
	if p := op("NewsPost", map[string]any{"slug": slug, "locale": "EN"}, nil).MustOK(t); p.Str("newsPost.locale") != "FR" {
		t.Fatalf("after unpublishing English: %s", p.Body)
	}

	// Deleted: gone for readers, and publishing it is refused in the editor's language.
	do(`mutation($id: ID!) { deleteNews(id: $id) { news { id } } }`, map[string]any{"id": id}).MustOK(t)
	if p := op("NewsPost", map[string]any{"slug": slug}, nil).MustOK(t); p.Get("newsPost") != nil {
		t.Fatalf("a deleted post is read: %s", p.Body)
	}
	for _, l := range []string{"fr", "en"} {
		r := op("PublishNews", map[string]any{"id": id}, with(ed, "Accept-Language", l))
		if code(r) != "PRECONDITION_FAILED" || ext(r, "reason") != "DELETED" || r.Errors[0].Message == "" {
			t.Fatalf("publishing a deleted post in %s: %s", l, r.Body)
		}
	}
	do(`mutation($id: ID!) { restoreNews(id: $id) { news { id } } }`, map[string]any{"id": id}).MustOK(t)
	if p := op("NewsPost", map[string]any{"slug": slug}, nil).MustOK(t); p.Str("newsPost.id") != id {
		t.Fatalf("a restored post: %s", p.Body)
	}
}

// A facilitator-only post: invisible to anonymous readers and participants in the list, its
// count, its page, search and node(id); read by facilitators.
func TestFacilitatorOnlyNews(t *testing.T) {
	env := apitest.New(t)
	ed := bearer(editorSession(t, env, fac))
	id := env.Op(t, "community.graphql", "CreateNews", fac, map[string]any{"input": map[string]any{"audience": "FACILITATOR", "translations": []any{
		map[string]any{"locale": "FR", "slug": "coulisses-quetzal", "title": "Les coulisses du quetzal", "summary": "Entre animateurs.", "body": "Réservé."},
		map[string]any{"locale": "EN", "slug": "quetzal-backstage", "title": "Quetzal backstage", "summary": "Between facilitators.", "body": "Reserved."},
	}}}, ed).MustOK(t).Str("createNews.news.id")
	env.Op(t, "community.graphql", "PublishNews", fac, map[string]any{"id": id}, ed).MustOK(t)
	byName := map[string]*member{}
	for _, m := range members(t, env, fac) {
		byName[m.name] = m
	}
	sees := func(m *member) map[string]bool {
		h := m.header()
		out := map[string]bool{}
		list := env.Op(t, "community.graphql", "News", fac, map[string]any{"first": 50}, h).MustOK(t)
		out["list"] = strings.Contains(list.Body2(), `"`+id+`"`)
		out["count"] = list.Int("news.totalCount") == list.Len("news.edges") && strings.Contains(list.Body2(), `"`+id+`"`)
		out["slug"] = env.Op(t, "community.graphql", "NewsPost", fac, map[string]any{"slug": "quetzal-backstage"}, h).MustOK(t).Str("newsPost.id") == id
		s := env.Do(t, apitest.Request{Space: fac, Header: h, Query: `{ search(query: "quetzal") { totalCount edges { node { ... on News { id } } } } }`}).MustOK(t)
		out["search"] = strings.Contains(s.Body2(), `"`+id+`"`)
		n := env.Op(t, "help.graphql", "Node", fac, map[string]any{"id": id}, h).MustOK(t)
		out["node"] = n.Str("node.id") == id && n.Str("node.__typename") == "News"
		return out
	}
	for _, who := range []string{"anonymous", "participant", "facilitator", "staff"} {
		want := who == "facilitator" || who == "staff"
		for path, seen := range sees(byName[who]) {
			if seen != want {
				t.Errorf("%s sees the facilitator-only post through %s: %v", who, path, seen)
			}
		}
	}
}

// News are kept by the read cache as guides are, and a publish through the server empties it.
func TestNewsReadCache(t *testing.T) {
	env := apitest.NewWith(t, web.Options{CacheTTL: time.Hour, CacheEntries: 100})
	ed := bearer(editorSession(t, env, fac))
	list := func() *apitest.Response {
		return env.Op(t, "community.graphql", "News", fac, map[string]any{"locale": "FR"}, nil).MustOK(t)
	}
	first := list()
	before := env.DB.Queries.Load()
	if again := list(); again.Body2() != first.Body2() || env.DB.Queries.Load() != before {
		t.Fatalf("not served from the cache: %d queries", env.DB.Queries.Load()-before)
	}
	id := env.Op(t, "community.graphql", "CreateNews", fac, map[string]any{"input": map[string]any{"translations": []any{
		map[string]any{"locale": "FR", "title": "Une nouvelle fraîche", "summary": "Tout juste publiée.", "body": "Voilà."},
	}}}, ed).MustOK(t).Str("createNews.news.id")
	env.Op(t, "community.graphql", "PublishNews", fac, map[string]any{"id": id}, ed).MustOK(t)
	if after := list(); after.Str("news.edges.0.node.id") != id || after.Int("news.totalCount") != first.Int("news.totalCount")+1 {
		t.Fatalf("stale after a publish: %s", after.Body)
	}
}
