package web

import (
	"net/http"
	"strconv"

	"guichet/apperr"
	"guichet/graph"
	"guichet/space"
	"guichet/viewer"
)

// downloadDocument serves a document joined to an account request to staff and to the manager
// of its entity, each download in the audit log. Anyone else, and a document that does not
// exist, get the same 404; no cache keeps it.
func (s *Server) downloadDocument(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id, err := strconv.Atoi(r.PathValue("id"))
	sp := space.FromContext(ctx)
	if err != nil || sp == nil {
		notFound(w, r)
		return
	}
	d, err := s.Registry.Download(ctx, sp, viewer.FromContext(ctx), id)
	if err != nil {
		if e, ok := apperr.As(err); !ok || e.Code != apperr.NotFound {
			graph.LogFailure(ctx, "document download", err)
			writeError(w, r, http.StatusInternalServerError, apperr.Internal, apperr.Internal, nil)
			return
		}
		notFound(w, r)
		return
	}
	blob, err := s.Blobs.Get(d.Sha256)
	if err != nil {
		notFound(w, r)
		return
	}
	defer blob.Close()
	h := w.Header()
	h.Set("Content-Type", d.ContentType)
	h.Set("Content-Disposition", disposition(d.ContentType, d.Filename))
	h.Set("Cache-Control", "private, no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Del("Content-Security-Policy") // PDFs and images only: browsers show them, nothing runs
	http.ServeContent(w, r, "", d.CreatedAt, blob)
}
