package site

import (
	"net/http"
	"strings"
)

// Robots answers /robots.txt: the help centers may be crawled, the admin app and the explorer
// not, and each space's sitemap is named so that crawlers find every space, not only the
// default one at the root.
func (s *Site) Robots(w http.ResponseWriter, r *http.Request) {
	var b strings.Builder
	b.WriteString("User-agent: *\nDisallow: /admin/\nDisallow: /explorer\n\nSitemap: " + s.PublicURL + "/sitemap.xml\n")
	d := s.Spaces.Default()
	for _, sp := range s.Spaces.All() {
		if d == nil || sp.ID != d.ID {
			b.WriteString("Sitemap: " + s.PublicURL + "/spaces/" + sp.Slug + "/sitemap.xml\n")
		}
	}
	h := w.Header()
	h["Content-Type"] = []string{"text/plain; charset=utf-8"}
	h["Cache-Control"] = []string{"public, max-age=3600"}
	w.Write([]byte(b.String()))
}
