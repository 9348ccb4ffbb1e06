// Package site is the public help center as server-rendered HTML: each space's home,
// categories, guides, FAQ, resources, news and search, in French and English, readable without
// JavaScript and indexable (hreflang, canonical URLs, sitemap.xml, Open Graph). It reads through
// package help with the request's viewer, so the audience rules are the API's.
//
// A space's pages are at /spaces/{space}/{fr|en}/…, the default space's also at /{fr|en}/…
// (its canonical URLs). The language is a path segment so that each translation has an address
// of its own for search engines; / and /spaces/{space}/ serve the home in the reader's language.
package site

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"html/template"
	"log/slog"
	"net/http"
	"net/url"
	"strings"

	"guichet/ent"
	"guichet/help"
	"guichet/locales"
	"guichet/space"
)

//go:embed templates/*.html
var templateFiles embed.FS

//go:embed assets/*
var assetFiles embed.FS

// AssetsPath is where the site's style sheet and script are served; their names carry a hash
// of their content, so browsers may keep them for a year.
const AssetsPath = "/assets/"

// CSP is the pages' Content-Security-Policy: this server's own style sheet and script only,
// no inline code, forms posted here only.
const CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'; " +
	"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// Site renders the help center.
type Site struct {
	Help   *help.Service
	Spaces *space.Registry
	// PublicURL starts the canonical URLs, alternates and sitemap entries.
	PublicURL string
}

type asset struct {
	name, contentType string
	body              []byte
}

var (
	pages                 = parsePages()
	assets                = loadAssets()
	cssURL, jsURL         = AssetsPath + assets["site.css"].name, AssetsPath + assets["search.js"].name
	iconURL               = AssetsPath + assets["icon.svg"].name
	assetByName           = indexAssets()
	immutable             = []string{"public, max-age=31536000, immutable"}
	htmlType              = []string{"text/html; charset=utf-8"}
	xmlType               = []string{"application/xml; charset=utf-8"}
	defaultInclude        = help.Include{}
	guideInclude          = help.Include{Category: true, Attachments: true}
	listAll               = 100 // a page of a list read whole (FAQ, resources): the API's largest
	homeGuidesPerCategory = 4
	homeNews              = 3
	newsPerPage           = 20
	categoryGuidesPerPage = 50
	searchPerPage         = 20
	listPagesAtMost       = 20 // lists are read page by page up to this many pages
)

func loadAssets() map[string]asset {
	out := map[string]asset{}
	for name, ct := range map[string]string{"site.css": "text/css; charset=utf-8", "search.js": "text/javascript; charset=utf-8",
		"icon.svg": "image/svg+xml"} {
		b, err := assetFiles.ReadFile("assets/" + name)
		if err != nil {
			panic("site: " + err.Error())
		}
		sum := sha256.Sum256(b)
		base, ext, _ := strings.Cut(name, ".")
		out[name] = asset{name: base + "-" + hex.EncodeToString(sum[:6]) + "." + ext, contentType: ct, body: b}
	}
	return out
}

func indexAssets() map[string]asset {
	out := map[string]asset{}
	for _, a := range assets {
		out[a.name] = a
	}
	return out
}

// Asset serves the site's style sheet and script by their hashed names.
func Asset(w http.ResponseWriter, r *http.Request) {
	a, ok := assetByName[r.PathValue("name")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h["Content-Type"] = []string{a.contentType}
	h["Cache-Control"] = immutable
	w.Write(a.body)
}

// Favicon answers /favicon.ico, which browsers ask for on pages that name no icon (the API's
// answers, a download): the site's icon, kept a day since its address carries no hash.
func Favicon(w http.ResponseWriter, r *http.Request) {
	a := assets["icon.svg"]
	h := w.Header()
	h["Content-Type"] = []string{a.contentType}
	h.Set("Cache-Control", "public, max-age=86400")
	w.Write(a.body)
}

// pageKinds are the templates: each is the layout with its own "content".
var pageKinds = []string{"home", "category", "guide", "faq", "resources", "news", "post", "search", "notfound"}

func parsePages() map[string]*template.Template {
	layout := template.Must(template.ParseFS(templateFiles, "templates/layout.html", "templates/vote.html"))
	out := map[string]*template.Template{}
	for _, k := range pageKinds {
		out[k] = template.Must(template.Must(layout.Clone()).ParseFS(templateFiles, "templates/"+k+".html"))
	}
	return out
}

// ServeHTTP answers GET and HEAD of a help-center page. The request's context carries its
// space, viewer and negotiated locale (package web's inSpace).
func (s *Site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
		return
	}
	sp := space.FromContext(r.Context())
	base, rest := "", r.URL.Path
	if strings.HasPrefix(rest, "/spaces/") {
		slug, after, _ := strings.Cut(strings.TrimPrefix(rest, "/spaces/"), "/")
		base, rest = "/spaces/"+slug, "/"+after
	}
	rq := &request{s: s, w: w, r: r, sp: sp, base: base, canonBase: s.PublicURL + s.canonicalBase(sp)}
	rq.route(strings.TrimPrefix(rest, "/"))
}

// PathLocale is the language a page's path names (/fr/…, /spaces/{space}/en/…); ok is false
// for the pages that have none (/, /spaces/{space}/, sitemap.xml).
func PathLocale(p string) (l locales.Locale, ok bool) {
	if rest, found := strings.CutPrefix(p, "/spaces/"); found {
		_, p, _ = strings.Cut(rest, "/")
	}
	tag, _, _ := strings.Cut(strings.TrimPrefix(p, "/"), "/")
	return langOf(tag)
}

// canonicalBase is where a space's pages are canonically: the root for the default space.
func (s *Site) canonicalBase(sp *ent.Space) string {
	if d := s.Spaces.Default(); d != nil && d.ID == sp.ID {
		return ""
	}
	return "/spaces/" + sp.Slug
}

// request is one page being answered.
type request struct {
	s         *Site
	w         http.ResponseWriter
	r         *http.Request
	sp        *ent.Space
	base      string // the links' prefix: where this request was made ("" or /spaces/{space})
	canonBase string // the canonical URLs' prefix, absolute
}

func (rq *request) route(rest string) {
	if rest == "" {
		rq.home(locales.FromContext(rq.r.Context()), true)
		return
	}
	if rest == "sitemap.xml" {
		rq.sitemap()
		return
	}
	tag, rest, slashed := strings.Cut(rest, "/")
	l, ok := langOf(tag)
	if !ok {
		rq.notFound(locales.FromContext(rq.r.Context()))
		return
	}
	if !slashed { // /fr → /fr/
		rq.redirect(rq.base+"/"+l.Tag()+"/", http.StatusMovedPermanently)
		return
	}
	section, slug, _ := strings.Cut(rest, "/")
	switch {
	case section == "" && slug == "":
		rq.home(l, false)
	case section == "categories" && slug != "":
		rq.category(l, slug)
	case section == "guides" && slug != "":
		rq.guide(l, slug)
	case section == "faq" && slug == "":
		rq.faq(l)
	case section == "resources" && slug == "":
		rq.resources(l)
	case section == "news" && slug == "":
		rq.newsList(l)
	case section == "news":
		rq.newsPost(l, slug)
	case section == "search" && slug == "":
		rq.search(l)
	default:
		rq.notFound(l)
	}
}

// langOf reads a path's language segment: exactly "fr" or "en".
func langOf(tag string) (locales.Locale, bool) {
	switch tag {
	case "fr":
		return locales.FR, true
	case "en":
		return locales.EN, true
	}
	return "", false
}

func (rq *request) redirect(to string, code int) {
	http.Redirect(rq.w, rq.r, to, code)
}

// render writes a page with status code.
func (rq *request) render(kind string, p *page, code int) {
	var buf bytes.Buffer
	if err := pages[kind].ExecuteTemplate(&buf, "layout", p); err != nil {
		rq.fail(err)
		return
	}
	h := rq.w.Header()
	h["Content-Type"] = htmlType
	rq.w.WriteHeader(code)
	rq.w.Write(buf.Bytes())
}

func (rq *request) fail(err error) {
	slog.ErrorContext(rq.r.Context(), "help center page", "path", rq.r.URL.Path, "err", err)
	http.Error(rq.w, locales.Message(locales.FromContext(rq.r.Context()), "INTERNAL", nil), http.StatusInternalServerError)
}

// path is a page's path under a base, in locale l: path("guides", slug).
func path(l locales.Locale, parts ...string) string {
	var b strings.Builder
	b.WriteString("/")
	b.WriteString(l.Tag())
	b.WriteString("/")
	for i, p := range parts {
		if i > 0 {
			b.WriteString("/")
		}
		b.WriteString(url.PathEscape(p))
	}
	return b.String()
}
