package web

import (
	"mime"
	"net/http"
	"strconv"

	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/file"
	"guichet/ent/guide"
	"guichet/ent/guidetranslation"
	"guichet/ent/resource"
	"guichet/ent/resourcetranslation"
	"guichet/space"
)

// download serves a file to a viewer who may read a published guide translation it is
// attached to or a published resource translation it belongs to. Any other case, including a
// file that does not exist, is the same 404: the answer does not tell which.
func (s *Server) download(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id, err := strconv.Atoi(r.PathValue("id"))
	sp := space.FromContext(ctx)
	if err != nil || sp == nil {
		writeError(w, r, http.StatusNotFound, apperr.NotFound, "FILE_NOT_FOUND", nil)
		return
	}
	f, err := s.DB.Client.File.Query().Where(file.ID(id), file.SpaceID(sp.ID)).Only(ctx)
	if err == nil && !s.mayDownload(r, id) {
		err = &ent.NotFoundError{}
	}
	if err != nil {
		writeError(w, r, http.StatusNotFound, apperr.NotFound, "FILE_NOT_FOUND", nil)
		return
	}
	blob, err := s.Blobs.Open(f.Sha256)
	if err != nil {
		writeError(w, r, http.StatusNotFound, apperr.NotFound, "FILE_NOT_FOUND", nil)
		return
	}
	defer blob.Close()
	w.Header().Set("Content-Type", f.ContentType)
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": f.Filename}))
	w.Header().Set("ETag", `"`+f.Sha256+`"`)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Cache-Control", "private, max-age=300")
	http.ServeContent(w, r, "", f.UpdatedAt, blob)
}

// mayDownload asks the data layer, with the viewer's visibility rules, whether anything the
// viewer may read uses the file.
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
