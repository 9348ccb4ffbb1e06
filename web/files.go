package web

import (
	"context"
	"mime"
	"net/http"
	"strconv"

	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/file"
	"guichet/ent/guide"
	"guichet/ent/guidetranslation"
	"guichet/ent/privacy"
	"guichet/ent/resource"
	"guichet/ent/resourcetranslation"
	"guichet/policy"
	"guichet/role"
	"guichet/space"
	"guichet/upload"
	"guichet/viewer"
)

// download serves a file to a viewer who may read a published guide translation it is
// attached to or a published resource translation it belongs to. Any other case, including a
// file that does not exist, is the same 404: the answer does not tell which.
func (s *Server) download(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id, err := strconv.Atoi(r.PathValue("id"))
	sp := space.FromContext(ctx)
	if err != nil || sp == nil {
		notFound(w, r)
		return
	}
	f, err := s.DB.Client.File.Query().Where(file.ID(id), file.SpaceID(sp.ID)).Only(ctx)
	asEditor := false
	if err == nil && !s.mayDownload(r, id) {
		// Editors fetch the files of drafts that no reader sees yet, and so do the holders of
		// a preview link, for the draft it shows.
		asEditor = s.editsContent(r) || s.previewShows(r, sp, id)
		if !asEditor {
			err = &ent.NotFoundError{}
		}
	}
	if err != nil {
		notFound(w, r)
		return
	}
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
	switch {
	case asEditor:
		h.Set("Cache-Control", "private, no-store")
	case s.everyUseIsPublic(ctx, id):
		h.Set("Cache-Control", "public, max-age=3600")
	default:
		h.Set("Cache-Control", "private, max-age=300")
	}
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

// mayDownload asks the data layer, with the viewer's visibility rules, whether anything the
// viewer may read uses the file: a published translation's files, not a draft's.
func (s *Server) mayDownload(r *http.Request, fileID int) bool {
	ctx := r.Context()
	c := s.DB.Client
	if ok, err := c.Guide.Query().Where(guide.HasTranslationsWith(
		guidetranslation.Published(true), guidetranslation.HasAttachmentsWith(file.ID(fileID)))).Exist(ctx); err == nil && ok {
		return true
	}
	ok, err := c.Resource.Query().Where(resource.HasTranslationsWith(
		resourcetranslation.Published(true), resourcetranslation.FileID(fileID))).Exist(ctx)
	return err == nil && ok
}

// previewShows reports whether the request's preview link (?preview=) shows the file.
func (s *Server) previewShows(r *http.Request, sp *ent.Space, fileID int) bool {
	secret := r.URL.Query().Get("preview")
	return secret != "" && s.Editing.PreviewShowsFile(r.Context(), sp, secret, fileID)
}

// editsContent reports whether the viewer may edit the space's content.
func (s *Server) editsContent(r *http.Request) bool {
	ok, err := s.Accounts.Allowed(r.Context(), viewer.FromContext(r.Context()), space.FromContext(r.Context()),
		policy.Permission{Object: "content", Action: "edit"}, "")
	return err == nil && ok
}

// everyUseIsPublic reports whether every guide and resource that uses the file, published or
// draft, is for everybody: only then may shared caches keep and hand it to anyone. It looks
// past the viewer's visibility on purpose, to see the uses the viewer cannot.
func (s *Server) everyUseIsPublic(ctx context.Context, fileID int) bool {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	c := s.DB.Client
	restricted, err := c.Guide.Query().Where(guide.AudienceNEQ(role.Public), guide.HasTranslationsWith(guidetranslation.Or(
		guidetranslation.HasAttachmentsWith(file.ID(fileID)), guidetranslation.HasDraftAttachmentsWith(file.ID(fileID))))).Exist(ctx)
	if err != nil || restricted {
		return false
	}
	restricted, err = c.Resource.Query().Where(resource.AudienceNEQ(role.Public), resource.HasTranslationsWith(
		resourcetranslation.FileID(fileID))).Exist(ctx)
	return err == nil && !restricted
}
