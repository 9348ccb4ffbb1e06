package site

import (
	"cmp"
	"errors"
	"html/template"
	"net/http"
	"net/url"
	pathpkg "path"
	"strconv"
	"strings"
	"time"

	"guichet/apperr"
	"guichet/ent"
	"guichet/help"
	"guichet/locales"
)

// page is what the layout and every page's content read.
type page struct {
	Lang        locales.Locale
	Title       string // the page's own title; the <title> adds the space's name
	Description string
	Canonical   string
	Alternates  []alternate
	OGType      string
	NoIndex     bool
	// Switch is the same page in the other language ("" when it has no translation there:
	// the switch then leads to that language's home).
	Switch string
	Base   string
	Space  *ent.Space
	CSS    string
	JS     string
	Icon   string
	Query  string // the search box's text
	// Section is the navigation's entry this page is (home, faq, resources, news), marked
	// aria-current when it is that entry's own page.
	Section string
	Data    any
	// Here is this page's path in this request's tree (where a vote sends the reader back);
	// VotedID the page or entry the reader just voted on (?voted=), thanked in its place.
	Here    string
	VotedID int
}

type alternate struct{ Hreflang, URL string }

// T is the message id in the page's language; args are pairs of name and value.
func (p *page) T(id string, args ...any) string {
	var data map[string]any
	if len(args) > 1 {
		data = map[string]any{}
		for i := 0; i+1 < len(args); i += 2 {
			name, _ := args[i].(string)
			data[name] = args[i+1]
		}
	}
	return locales.Message(p.Lang, id, data)
}

// Tag is the page's language as HTML writes it.
func (p *page) Tag() string { return p.Lang.Tag() }

// Other is the other language, for the switch.
func (p *page) Other() locales.Locale { return p.Lang.Other() }

// SpaceName is the space's name in the page's language.
func (p *page) SpaceName() string {
	if p.Lang == locales.EN {
		return p.Space.NameEn
	}
	return p.Space.NameFr
}

// FullTitle is the <title>: the page's, then the space's.
func (p *page) FullTitle() string {
	if p.Title == "" || p.Title == p.SpaceName() {
		return p.SpaceName()
	}
	return p.Title + " — " + p.SpaceName()
}

// OGLocale is Open Graph's form of a language.
func ogLocale(l locales.Locale) string {
	if l == locales.EN {
		return "en_GB"
	}
	return "fr_FR"
}

func (p *page) OGLocale() string { return ogLocale(p.Lang) }

// OGAlternates are the other languages the page exists in.
func (p *page) OGAlternates() []string {
	var out []string
	for _, a := range p.Alternates {
		if a.Hreflang != "x-default" && a.Hreflang != p.Lang.Tag() {
			l, _ := langOf(a.Hreflang)
			out = append(out, ogLocale(l))
		}
	}
	return out
}

// Link is a page's path in this request's tree: Link "guides" slug in the page's language.
func (p *page) Link(parts ...string) string { return p.Base + path(p.Lang, parts...) }

// GuideURL, NewsURL and CategoryURL lead to an item in the language it is served in (the
// other one when it has no translation in the page's).
func (p *page) GuideURL(g *ent.Guide) string { return p.Base + path(g.Locale(), "guides", g.Slug()) }
func (p *page) NewsURL(n *ent.News) string   { return p.Base + path(n.Locale(), "news", n.Slug()) }
func (p *page) CategoryURL(c *ent.Category) string {
	return p.Base + path(c.Locale(), "categories", c.Slug())
}

// FaqURL and ResourceURL lead to an entry's place in its list.
func (p *page) FaqURL(f *ent.Faq) string {
	return p.Base + path(f.Locale(), "faq") + "#faq-" + strconv.Itoa(f.ID)
}
func (p *page) ResourceURL(r *ent.Resource) string {
	return p.Base + path(r.Locale(), "resources") + "#resource-" + strconv.Itoa(r.ID)
}

// FileURL is where a file downloads from (the API's address, relative).
func (p *page) FileURL(f *ent.File) string {
	return "/spaces/" + p.Space.Slug + "/files/" + strconv.Itoa(f.ID) + "/" + url.PathEscape(f.Filename)
}

// FileInfo says what a file is and how large: "PDF, 1,5 Mo".
func (p *page) FileInfo(f *ent.File) string {
	kind := strings.ToUpper(strings.TrimPrefix(pathpkg.Ext(f.Filename), "."))
	if kind == "" {
		kind = f.ContentType
	}
	return kind + ", " + locales.FormatBytes(p.Lang, f.Size)
}

// Day writes a date in the page's language.
func (p *page) Day(t *time.Time) string {
	if t == nil {
		return ""
	}
	z := locales.Paris
	if p.Space.TimeZone != "" {
		if loc, err := time.LoadLocation(p.Space.TimeZone); err == nil {
			z = loc
		}
	}
	d := t.In(z)
	return locales.Day{Year: d.Year(), Month: d.Month(), Day: d.Day()}.Localize(p.Lang)
}

// ISO is a date for <time datetime>.
func (p *page) ISO(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// Safe marks HTML that package help rendered and sanitized (bodies, snippets).
func (p *page) Safe(s string) template.HTML { return template.HTML(s) }

// Differs reports whether an item is served in another language than the page's: its
// element then says so with lang.
func (p *page) Differs(l locales.Locale) bool { return l != p.Lang }

// newPage starts a page in locale l whose canonical path (under the space's base) is canon.
func (rq *request) newPage(l locales.Locale, title, description, canon string) *page {
	p := &page{Lang: l, Title: title, Description: description, Canonical: rq.canonBase + canon,
		OGType: "website", Base: rq.base, Space: rq.sp, CSS: cssURL, JS: jsURL, Icon: iconURL, Here: rq.base + canon}
	if v, err := strconv.Atoi(rq.r.URL.Query().Get("voted")); err == nil {
		p.VotedID, p.NoIndex = v, true
	}
	return p
}

// bothLanguages gives a page that exists the same way in both languages (home, FAQ…) its
// alternates, x-default being the space's default language, and its switch.
func (rq *request) bothLanguages(p *page, parts ...string) {
	for _, l := range []locales.Locale{locales.FR, locales.EN} {
		p.Alternates = append(p.Alternates, alternate{l.Tag(), rq.canonBase + path(l, parts...)})
	}
	p.Alternates = append(p.Alternates, alternate{"x-default", rq.canonBase + path(rq.sp.DefaultLocale, parts...)})
	p.Switch = rq.base + path(p.Lang.Other(), parts...)
}

// translated gives a page of an item its alternates: one per published translation, whose
// slugs are given by locale.
func (rq *request) translated(p *page, section string, slugs map[locales.Locale]string) {
	for _, l := range []locales.Locale{locales.FR, locales.EN} {
		if s, ok := slugs[l]; ok {
			p.Alternates = append(p.Alternates, alternate{l.Tag(), rq.canonBase + path(l, section, s)})
		}
	}
	def := rq.sp.DefaultLocale
	if _, ok := slugs[def]; !ok {
		def = def.Other()
	}
	if s, ok := slugs[def]; ok && len(slugs) > 1 {
		p.Alternates = append(p.Alternates, alternate{"x-default", rq.canonBase + path(def, section, s)})
	}
	if s, ok := slugs[p.Lang.Other()]; ok {
		p.Switch = rq.base + path(p.Lang.Other(), section, s)
	} else {
		p.Switch = rq.base + path(p.Lang.Other())
	}
}

// homeData is the home page's.
type homeData struct {
	Categories []*categoryData
	News       []*ent.News
}

type categoryData struct {
	Category  *ent.Category
	Guides    []*ent.Guide
	More      bool
	Next      string          // on the category's page: its next page of guides
	Faqs      []*ent.Faq      // on the category's page
	Resources []*ent.Resource // on the category's page
}

func (rq *request) home(l locales.Locale, negotiated bool) {
	ctx := rq.r.Context()
	// Each category's first guides, and one more to know whether others follow: what the page
	// shows, whatever the number of guides.
	cats, err := rq.s.Help.HelpCenter(ctx, l, defaultInclude, homeGuidesPerCategory)
	if err != nil {
		rq.fail(err)
		return
	}
	news, err := rq.s.Help.News(ctx, l, help.Page{First: &homeNews})
	if err != nil {
		rq.fail(err)
		return
	}
	d := &homeData{}
	for _, c := range cats {
		gs := c.Edges.Guides
		if len(gs) == 0 {
			continue
		}
		cd := &categoryData{Category: c, Guides: gs, More: len(gs) > homeGuidesPerCategory}
		if cd.More {
			cd.Guides = gs[:homeGuidesPerCategory]
		}
		d.Categories = append(d.Categories, cd)
	}
	for _, e := range news.Edges {
		d.News = append(d.News, e.Node)
	}
	p := rq.newPage(l, "", "", path(l))
	p.Title = p.SpaceName()
	p.Description = p.T("SITE_HOME_DESCRIPTION", "Space", p.SpaceName())
	p.Section = "home"
	rq.bothLanguages(p)
	if negotiated {
		// The bare address is the x-default; its content is the reader's language's page.
		rq.w.Header().Add("Vary", "Accept-Language")
	}
	p.Data = d
	rq.render("home", p, http.StatusOK)
}

func (rq *request) category(l locales.Locale, slug string) {
	ctx := rq.r.Context()
	// The categories without their guides (a page of one), then a page of the category's.
	cats, err := rq.s.Help.HelpCenter(ctx, l, defaultInclude, 0)
	if err != nil {
		rq.fail(err)
		return
	}
	var found *ent.Category
	for _, c := range cats {
		for _, t := range c.Edges.Translations {
			if t.Slug == slug {
				found = c
			}
		}
	}
	if found == nil {
		rq.notFound(l)
		return
	}
	if found.Locale() != l || found.Slug() != slug {
		rq.redirect(rq.canonBase+path(found.Locale(), "categories", found.Slug()), http.StatusMovedPermanently)
		return
	}
	p := rq.newPage(l, found.Title(), found.Description(), path(l, "categories", slug))
	slugs := map[locales.Locale]string{}
	for _, t := range found.Edges.Translations {
		slugs[t.Locale] = t.Slug
	}
	rq.translated(p, "categories", slugs)
	var after *string
	if a := rq.r.URL.Query().Get("after"); a != "" {
		after = &a
	}
	guides, err := rq.s.Help.Guides(ctx, l, &slug, help.Page{First: &categoryGuidesPerPage, After: after}, defaultInclude)
	var ae *apperr.Error
	if errors.As(err, &ae) { // a cursor not ours
		rq.notFound(l)
		return
	}
	if err != nil {
		rq.fail(err)
		return
	}
	d := &categoryData{Category: found}
	for _, e := range guides.Edges {
		d.Guides = append(d.Guides, e.Node)
	}
	if guides.PageInfo.HasNextPage {
		if c := endCursor(guides.PageInfo.EndCursor); c != nil {
			d.Next = rq.base + path(l, "categories", slug) + "?after=" + url.QueryEscape(*c)
		}
	}
	p.NoIndex = after != nil // later pages: followed, not indexed
	// The category's FAQ entries and resources, by its slug in either language (as the API's
	// category filter): one page of each, as many as the API gives at most.
	faqs, err := rq.s.Help.Faqs(ctx, l, &slug, help.Page{First: &listAll}, defaultInclude)
	if err != nil {
		rq.fail(err)
		return
	}
	for _, e := range faqs.Edges {
		d.Faqs = append(d.Faqs, e.Node)
	}
	res, err := rq.s.Help.Resources(ctx, l, &slug, help.Page{First: &listAll}, defaultInclude)
	if err != nil {
		rq.fail(err)
		return
	}
	for _, e := range res.Edges {
		d.Resources = append(d.Resources, e.Node)
	}
	p.Data = d
	rq.render("category", p, http.StatusOK)
}

func (rq *request) guide(l locales.Locale, slug string) {
	g, err := rq.s.Help.GuideBySlug(rq.r.Context(), slug, l, guideInclude)
	if err != nil {
		rq.fail(err)
		return
	}
	if g == nil {
		rq.notFound(l)
		return
	}
	// A former slug, or the other language's, leads to the translation's current address.
	if g.Locale() != l || g.Slug() != slug {
		rq.redirect(rq.canonBase+path(g.Locale(), "guides", g.Slug()), http.StatusMovedPermanently)
		return
	}
	p := rq.newPage(l, g.Title(), g.Summary(), path(l, "guides", slug))
	p.OGType = "article"
	slugs := map[locales.Locale]string{}
	for _, t := range g.Translations() {
		slugs[t.Locale] = t.Slug
	}
	rq.translated(p, "guides", slugs)
	related, err := rq.s.Help.Related(rq.r.Context(), g, nil)
	if err != nil {
		rq.fail(err)
		return
	}
	p.Data = &guideData{Guide: g, Related: related}
	rq.render("guide", p, http.StatusOK)
}

func (rq *request) faq(l locales.Locale) {
	faqs, err := readPages(func(after *string) ([]*ent.Faq, *string, error) {
		conn, err := rq.s.Help.Faqs(rq.r.Context(), l, nil, help.Page{First: &listAll, After: after}, help.Include{Category: true})
		if err != nil {
			return nil, nil, err
		}
		return nodes(conn.Edges, func(e *ent.FaqEdge) *ent.Faq { return e.Node }), nextOf(conn.PageInfo), nil
	}, listPagesAtMost)
	if err != nil {
		rq.fail(err)
		return
	}
	p := rq.newPage(l, "", "", path(l, "faq"))
	p.Title = p.T("SITE_FAQ")
	p.Description = p.T("SITE_FAQ_DESCRIPTION", "Space", p.SpaceName())
	p.Section = "faq"
	rq.bothLanguages(p, "faq")
	p.Data = faqs
	rq.render("faq", p, http.StatusOK)
}

// readPages reads a list page by page, at most max pages: a page's cost stays bounded
// however long the list grows.
func readPages[T any](page func(after *string) ([]T, *string, error), max int) ([]T, error) {
	var all []T
	var after *string
	for range max {
		got, next, err := page(after)
		if err != nil {
			return nil, err
		}
		all = append(all, got...)
		if next == nil {
			break
		}
		after = next
	}
	return all, nil
}

// nodes are a connection's edges' nodes.
func nodes[E, T any](edges []E, node func(E) T) []T {
	out := make([]T, len(edges))
	for i, e := range edges {
		out[i] = node(e)
	}
	return out
}

// nextOf is the cursor of the page after this one, nil when it is the last.
func nextOf(pi ent.PageInfo) *string {
	if !pi.HasNextPage {
		return nil
	}
	return endCursor(pi.EndCursor)
}

func endCursor(c *ent.Cursor) *string {
	if c == nil {
		return nil
	}
	var b strings.Builder
	c.MarshalGQL(&b)
	str, err := strconv.Unquote(b.String())
	if err != nil {
		return nil
	}
	return &str
}

func (rq *request) resources(l locales.Locale) {
	res, err := readPages(func(after *string) ([]*ent.Resource, *string, error) {
		conn, err := rq.s.Help.Resources(rq.r.Context(), l, nil, help.Page{First: &listAll, After: after}, help.Include{Category: true})
		if err != nil {
			return nil, nil, err
		}
		return nodes(conn.Edges, func(e *ent.ResourceEdge) *ent.Resource { return e.Node }), nextOf(conn.PageInfo), nil
	}, listPagesAtMost)
	if err != nil {
		rq.fail(err)
		return
	}
	p := rq.newPage(l, "", "", path(l, "resources"))
	p.Title = p.T("SITE_RESOURCES")
	p.Description = p.T("SITE_RESOURCES_DESCRIPTION", "Space", p.SpaceName())
	p.Section = "resources"
	rq.bothLanguages(p, "resources")
	p.Data = res
	rq.render("resources", p, http.StatusOK)
}

type newsData struct {
	Posts []*ent.News
	Next  string
}

func (rq *request) newsList(l locales.Locale) {
	var after *string
	if a := rq.r.URL.Query().Get("after"); a != "" {
		after = &a
	}
	conn, err := rq.s.Help.News(rq.r.Context(), l, help.Page{First: &newsPerPage, After: after})
	var ae *apperr.Error
	if errors.As(err, &ae) { // a cursor not ours
		rq.notFound(l)
		return
	}
	if err != nil {
		rq.fail(err)
		return
	}
	d := &newsData{}
	for _, e := range conn.Edges {
		d.Posts = append(d.Posts, e.Node)
	}
	if conn.PageInfo.HasNextPage {
		if c := endCursor(conn.PageInfo.EndCursor); c != nil {
			d.Next = rq.base + path(l, "news") + "?after=" + url.QueryEscape(*c)
		}
	}
	p := rq.newPage(l, "", "", path(l, "news"))
	p.Title = p.T("SITE_NEWS")
	p.Description = p.T("SITE_NEWS_DESCRIPTION", "Space", p.SpaceName())
	p.Section = "news"
	p.NoIndex = after != nil // later pages: followed, not indexed
	rq.bothLanguages(p, "news")
	p.Data = d
	rq.render("news", p, http.StatusOK)
}

func (rq *request) newsPost(l locales.Locale, slug string) {
	n, err := rq.s.Help.NewsPost(rq.r.Context(), slug, l)
	if err != nil {
		rq.fail(err)
		return
	}
	if n == nil {
		rq.notFound(l)
		return
	}
	if n.Locale() != l || n.Slug() != slug {
		rq.redirect(rq.canonBase+path(n.Locale(), "news", n.Slug()), http.StatusMovedPermanently)
		return
	}
	p := rq.newPage(l, n.Title(), n.Summary(), path(l, "news", slug))
	p.OGType = "article"
	slugs := map[locales.Locale]string{}
	for _, t := range n.Translations() {
		slugs[t.Locale] = t.Slug
	}
	rq.translated(p, "news", slugs)
	p.Data = n
	rq.render("post", p, http.StatusOK)
}

type searchData struct {
	Query string
	Error string
	Total int
	Hits  []searchHit
	Next  string
}

type searchHit struct {
	Kind    string
	Title   string
	URL     string
	Snippet string
	Locale  locales.Locale
}

func (rq *request) search(l locales.Locale) {
	q := rq.r.URL.Query()
	d := &searchData{Query: q.Get("q")}
	p := rq.newPage(l, "", "", path(l, "search"))
	p.Title = p.T("SITE_SEARCH")
	p.Description = p.T("SITE_SEARCH_DESCRIPTION", "Space", p.SpaceName())
	p.NoIndex = true
	p.Query = d.Query
	rq.bothLanguages(p, "search")
	if strings.TrimSpace(d.Query) != "" {
		var after *string
		if a := q.Get("after"); a != "" {
			after = &a
		}
		res, err := rq.s.Help.Search(rq.r.Context(), d.Query, l, &searchPerPage, after)
		var ae *apperr.Error
		switch {
		case errors.As(err, &ae):
			d.Error = locales.Message(l, cmp.Or(ae.MessageID, ae.Code), ae.Data)
		case err != nil:
			rq.fail(err)
			return
		default:
			d.Total = res.TotalCount
			for _, h := range res.Hits {
				d.Hits = append(d.Hits, p.hit(h))
			}
			if res.HasNext && res.EndCursor != nil {
				d.Next = rq.base + path(l, "search") + "?q=" + url.QueryEscape(d.Query) + "&after=" + url.QueryEscape(*res.EndCursor)
			}
		}
		p.Title = p.T("SITE_SEARCH_TITLE", "Query", d.Query)
	}
	p.Data = d
	rq.render("search", p, http.StatusOK)
}

// hit is a search result as the page lists it: FAQ entries and resources lead to their
// place in their list, guides and news to their pages.
func (p *page) hit(h help.Hit) searchHit {
	switch n := h.Node.(type) {
	case *ent.Guide:
		return searchHit{Kind: p.T("PAGE_KIND_GUIDE"), Title: n.Title(), URL: p.GuideURL(n), Snippet: h.Snippet, Locale: n.Locale()}
	case *ent.Faq:
		return searchHit{Kind: p.T("PAGE_KIND_FAQ"), Title: n.Question(), URL: p.FaqURL(n), Snippet: h.Snippet, Locale: n.Locale()}
	case *ent.Resource:
		return searchHit{Kind: p.T("PAGE_KIND_RESOURCE"), Title: n.Title(), URL: p.ResourceURL(n), Snippet: h.Snippet, Locale: n.Locale()}
	case *ent.News:
		return searchHit{Kind: p.T("PAGE_KIND_NEWS"), Title: n.Title(), URL: p.NewsURL(n), Snippet: h.Snippet, Locale: n.Locale()}
	}
	return searchHit{}
}

func (rq *request) notFound(l locales.Locale) {
	p := rq.newPage(l, "", "", path(l))
	p.Title = p.T("SITE_NOT_FOUND_TITLE")
	p.Description = p.T("SITE_NOT_FOUND")
	p.NoIndex = true
	p.Canonical = ""
	p.Switch = rq.base + path(l.Other())
	rq.render("notfound", p, http.StatusNotFound)
}
