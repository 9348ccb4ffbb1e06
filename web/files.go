package web

import (
	"mime"
	"net/http"
	"strconv"

	"guichet/apperr"
	"guichet/help"
	"guichet/space"
	"guichet/upload"
	"guichet/viewer"
)

// download serves a file of the space to whoever help.Downloads says may fetch it. Any other
// case, including a file that does not exist, is the same 404: the answer does not tell which.
func (s *Server) download(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id, err := strconv.Atoi(r.PathValue("id"))
	sp := space.FromContext(ctx)
	if err != nil || sp == nil {
		notFound(w, r)
		return
	}
	d, err := s.Downloads.Download(ctx, sp, viewer.FromContext(ctx), id, r.URL.Query().Get("preview"))
	if err != nil { // a failure too: a file is found or it is not
		notFound(w, r)
		return
	}
	f := d.File
	blob, err := s.Blobs.Get(f.Sha256)
	if err != nil {
		notFound(w, r)
		return
	}
	defer blob.Close()
	h := w.Header()
	h.Set("Content-Type", f.ContentType)
	h.Set("Content-Disposition", disposition(f.ContentType, f.Filename))
	h.Set("ETag", `"`+f.Sha256+`"`)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", fileCacheControl[d.Caching])
	if !shownInline(f.ContentType) {
		// Whatever a browser might make of the bytes, it runs no script and loads nothing.
		h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
	} else {
		// The API's policy (front) would keep browsers from showing a PDF.
		h.Del("Content-Security-Policy")
	}
	// ServeContent answers Range (206, 416) and If-None-Match / If-Modified-Since (304).
	http.ServeContent(w, r, "", f.UpdatedAt, blob)
}

// fileCacheControl is who may keep a downloaded file, and how long.
var fileCacheControl = map[help.Caching]string{
	help.CacheNone:    "private, no-store",
	help.CachePublic:  "public, max-age=3600",
	help.CachePrivate: "private, max-age=300",
}

// notFound is the one answer for every file a viewer may not have; no cache keeps it, so
// that the same URL works once they sign in.
func notFound(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	writeError(w, r, http.StatusNotFound, apperr.NotFound, "FILE_NOT_FOUND", nil)
}

// shownInline: the types browsers display themselves without running anything of ours.
// PDFs get no sandbox: Chrome and Safari will not show a PDF in a sandboxed document.
func shownInline(contentType string) bool {
	mt, _, _ := mime.ParseMediaType(contentType)
	switch mt {
	case upload.PDF, upload.PNG, upload.JPEG, upload.WebP, "image/gif":
		return true
	}
	return false
}

// disposition shows images and PDFs in the browser and downloads everything else, under the
// stored name (RFC 2231/5987 encoded when it is not ASCII).
func disposition(contentType, filename string) string {
	kind := "attachment"
	if shownInline(contentType) {
		kind = "inline"
	}
	if v := mime.FormatMediaType(kind, map[string]string{"filename": filename}); v != "" {
		return v
	}
	return kind
}
