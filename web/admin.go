package web

import (
	"bytes"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

// adminCSP lets the admin app load its own scripts and styles and talk to its own server,
// and nothing else; the HTML it shows from the server (Markdown previews) is sanitized there.
const adminCSP = "default-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
	"frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'"

// adminApp serves the admin single-page app embedded in the binary: its files under
// /admin/, and index.html for every other path below /admin/ (the app's own routes).
// Hashed assets are cached for a year; index.html is revalidated on each visit.
func adminApp(files fs.FS) http.Handler {
	index, err := fs.ReadFile(files, "index.html")
	if err != nil {
		panic("ui/dist/index.html is missing: run make ui")
	}
	built := time.Now()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", adminCSP)
		name := strings.TrimPrefix(path.Clean("/"+r.PathValue("path")), "/")
		if name != "" && name != "index.html" {
			if f, err := fs.Stat(files, name); err == nil && !f.IsDir() {
				if strings.HasPrefix(name, "assets/") {
					h.Set("Cache-Control", "public, max-age=31536000, immutable")
				} else {
					h.Set("Cache-Control", "no-cache")
				}
				http.ServeFileFS(w, r, files, name)
				return
			}
			if path.Ext(name) != "" {
				// A missing file (an old asset's name): a 404, not the app.
				http.NotFound(w, r)
				return
			}
		}
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Cache-Control", "no-cache")
		http.ServeContent(w, r, "index.html", built, bytes.NewReader(index))
	})
}
