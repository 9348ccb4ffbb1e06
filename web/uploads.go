package web

import (
	"errors"
	"io"
	"net/http"
	"time"

	"guichet/apperr"
	"guichet/locales"
)

// uploadSlack is what a multipart request holds beside its files (the operations and map
// parts, the parts' headers): a body may exceed the file limit by that much.
const uploadSlack = 1 << 20

// uploadBodyMax bounds a multipart request's body. gqlgen's transport is given one byte
// more, so that the body is always cut by tooLargeBody first and answered by us.
func (s *Server) uploadBodyMax() int64 { return s.MaxUploadBytes + uploadSlack }

// serveUpload serves a multipart request (an upload). A body past the bound is answered
// 413 with BAD_USER_INPUT, extensions.reason UPLOAD_TOO_LARGE and extensions.limit the
// largest file in bytes (UPLOAD_MAX_BYTES), in the reader's language: at once when its
// Content-Length says so, else when reading reaches the bound, whatever gqlgen's transport
// was about to answer then (an English message, 200 or 422).
func (s *Server) serveUpload(w http.ResponseWriter, r *http.Request, start time.Time) {
	if r.ContentLength > s.uploadBodyMax() {
		s.uploadTooLarge(w, r)
		return
	}
	body := &tooLargeBody{r: r.Body, left: s.uploadBodyMax()}
	r.Body = body
	s.serveGraphQL(&cutUpload{ResponseWriter: w, body: body, refuse: func(w http.ResponseWriter) { s.uploadTooLarge(w, r) }}, r, start, nil)
}

func (s *Server) uploadTooLarge(w http.ResponseWriter, r *http.Request) {
	l := locales.FromContext(r.Context())
	writeErrorExt(w, r, http.StatusRequestEntityTooLarge, apperr.BadUserInput, "UPLOAD_TOO_LARGE",
		map[string]any{"Limit": locales.FormatBytes(l, s.MaxUploadBytes)},
		map[string]any{"reason": "UPLOAD_TOO_LARGE", "limit": s.MaxUploadBytes})
}

var errUploadTooLarge = errors.New("upload: request body too large")

// tooLargeBody reads at most left bytes, then fails and remembers it.
type tooLargeBody struct {
	r        io.ReadCloser
	left     int64
	exceeded bool
}

func (b *tooLargeBody) Read(p []byte) (int, error) {
	if b.exceeded {
		return 0, errUploadTooLarge
	}
	if int64(len(p)) > b.left+1 {
		p = p[:b.left+1]
	}
	n, err := b.r.Read(p)
	if int64(n) > b.left {
		b.exceeded = true
		return int(b.left), errUploadTooLarge
	}
	b.left -= int64(n)
	return n, err
}

func (b *tooLargeBody) Close() error { return b.r.Close() }

// cutUpload replaces whatever is written once the body was cut by the refusal.
type cutUpload struct {
	http.ResponseWriter
	body    *tooLargeBody
	refuse  func(http.ResponseWriter)
	refused bool
}

func (c *cutUpload) cut() bool {
	if c.body.exceeded && !c.refused {
		c.refused = true
		c.refuse(c.ResponseWriter)
	}
	return c.refused
}

func (c *cutUpload) WriteHeader(status int) {
	if !c.cut() {
		c.ResponseWriter.WriteHeader(status)
	}
}

func (c *cutUpload) Write(p []byte) (int, error) {
	if c.cut() {
		return len(p), nil
	}
	return c.ResponseWriter.Write(p)
}

func (c *cutUpload) Unwrap() http.ResponseWriter { return c.ResponseWriter }
