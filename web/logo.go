package web

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"guichet/space"
)

// platformLogo serves the logo of a platform access request (mentoring.Service.Logo): its
// 300×300 version, or with /original the file as uploaded; anything else is a 404.
func (s *Server) platformLogo(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	sp := space.FromContext(ctx)
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil || sp == nil {
		notFound(w, r)
		return
	}
	logo, err := s.Mentoring.Logo(ctx, sp, id, strings.HasSuffix(r.URL.Path, "/original"))
	if err != nil { // a failure too, as for every file
		notFound(w, r)
		return
	}
	sum := logo.Sha256
	blob, err := s.Blobs.Get(sum)
	if err != nil {
		notFound(w, r)
		return
	}
	defer blob.Close()
	h := w.Header()
	h.Set("Content-Type", logo.ContentType)
	h.Set("Content-Disposition", "inline")
	h.Set("ETag", `"`+sum+`"`)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "public, max-age=3600")
	h.Del("Content-Security-Policy")
	http.ServeContent(w, r, "", time.Time{}, blob)
}
