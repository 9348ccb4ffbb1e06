package web

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"guichet/ent/platformaccessrequest"
	"guichet/mentoring"
	"guichet/space"
)

// platformLogo serves the logo of a platform access request: its 300×300 version, or with
// /original the file as uploaded. A logo is made to be shown on the e-mentoring platform, so
// anyone may fetch it; a request without one, or of another space, is a 404.
func (s *Server) platformLogo(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	sp := space.FromContext(ctx)
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil || sp == nil {
		notFound(w, r)
		return
	}
	req, err := s.DB.Client.PlatformAccessRequest.Query().
		Where(platformaccessrequest.ID(id), platformaccessrequest.SpaceID(sp.ID)).Only(ctx)
	if err != nil {
		notFound(w, r)
		return
	}
	sum, contentType := mentoring.LogoOf(req, strings.HasSuffix(r.URL.Path, "/original"))
	if sum == "" {
		notFound(w, r)
		return
	}
	blob, err := s.Blobs.Get(sum)
	if err != nil {
		notFound(w, r)
		return
	}
	defer blob.Close()
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("Content-Disposition", "inline")
	h.Set("ETag", `"`+sum+`"`)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "public, max-age=3600")
	h.Del("Content-Security-Policy")
	http.ServeContent(w, r, "", time.Time{}, blob)
}
