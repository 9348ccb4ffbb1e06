package web

import (
	"bytes"
	"io/fs"
	"net/http"
	"time"
)

// memberApp serves the member area (sign-up, activation, sign-in, password, profile): the
// second page of the admin app's build (ui/member.html), whose scripts and styles are the
// build's assets under /admin/assets/. Every path below /spaces/{space}/account/ is the app's
// own route, and so are the e-mails' links (/activate, /reset-password, /confirm-email), which
// name no space: the app finds the one the token belongs to.
func memberApp(files fs.FS) http.Handler {
	index, err := fs.ReadFile(files, "member.html")
	if err != nil {
		panic("ui/dist/member.html is missing: run make ui")
	}
	built := time.Now()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", adminCSP)
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Cache-Control", "no-cache")
		h.Set("Referrer-Policy", "no-referrer") // the address may carry a token
		http.ServeContent(w, r, "member.html", built, bytes.NewReader(index))
	})
}
