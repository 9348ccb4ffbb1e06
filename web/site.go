package web

import (
	"bytes"
	"net/http"
	"strings"

	"guichet/locales"
	"guichet/site"
)

// The public help center's pages (package site), served with the GraphQL path's read cache:
// a page is kept for the same space, locale, readable audiences and URL, dropped by the same
// ForgetAnswers, so that a help page costs what a cached GuideBySlug costs.

// siteVary names what a page depends on besides its URL.
var siteVary = []string{"Accept-Language, Authorization"}

var siteCSP = []string{site.CSP}

func (s *Server) sitePage(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h["Content-Security-Policy"] = siteCSP
	h["Vary"] = siteVary
	h["Cache-Control"] = privateCacheControl
	// A page whose path names its language is in that language whatever Accept-Language
	// says: one cache entry, and messages in the page's language.
	if l, ok := site.PathLocale(r.URL.Path); ok {
		r = r.WithContext(locales.NewContext(r.Context(), l))
	}
	if votedPage(r) {
		s.site.ServeHTTP(w, r)
		return
	}
	key := s.cache.key(r.Context(), "PAGE", []byte(r.URL.Path+"?"+r.URL.RawQuery))
	if a, ok := s.cache.get(key); ok {
		s.servePage(w, r, a)
		return
	}
	rec := &pageBuffer{header: http.Header{}}
	s.site.ServeHTTP(rec, r)
	if rec.status == http.StatusOK {
		a := s.cache.put(key, rec.body.Bytes(), "page")
		if a == nil { // the cache is off
			a = newAnswer(rec.body.Bytes(), "page", false)
		}
		s.servePage(w, r, a)
		return
	}
	for k, v := range rec.header {
		h[k] = v
	}
	w.WriteHeader(rec.status)
	w.Write(rec.body.Bytes())
}

// servePage writes a page of published content, shared with caches when the request is
// anonymous (with its ETag, and as a 304 when the client holds it).
func (s *Server) servePage(w http.ResponseWriter, r *http.Request, a *answer) {
	h := w.Header()
	if strings.HasSuffix(r.URL.Path, "/sitemap.xml") {
		h["Content-Type"] = []string{"application/xml; charset=utf-8"}
	} else {
		h["Content-Type"] = []string{"text/html; charset=utf-8"}
	}
	if publicRequest(r) {
		h["Cache-Control"] = publicCacheControl
		h["Etag"] = []string{a.etag}
		if matchesETag(r.Header.Get("If-None-Match"), a.etag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	if a.gzip != nil && acceptsGzip(r.Header.Get("Accept-Encoding")) {
		h["Content-Encoding"] = []string{"gzip"}
		w.Write(a.gzip)
		return
	}
	w.Write(a.body)
}

// anonymous serves the sitemap as an anonymous reader reads: it lists what anybody may read,
// whoever asks for it.
func anonymous(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/sitemap.xml") && r.Header.Get("Authorization") != "" {
			r = r.Clone(r.Context())
			r.Header.Del("Authorization")
		}
		next.ServeHTTP(w, r)
	})
}

// pageBuffer keeps what package site writes, to be cached before it is sent.
type pageBuffer struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (p *pageBuffer) Header() http.Header { return p.header }
func (p *pageBuffer) Write(b []byte) (int, error) {
	if p.status == 0 {
		p.status = http.StatusOK
	}
	return p.body.Write(b)
}
func (p *pageBuffer) WriteHeader(code int) {
	if p.status == 0 {
		p.status = code
	}
}
