package web

import (
	"context"
	"net/http"

	"guichet/account"
	"guichet/locales"
	"guichet/site"
	"guichet/viewer"
)

// siteVote records a vote posted by a help-center page's form (package site), counted
// against the client as the API's ratePage is, in the language the path names.
func (s *Server) siteVote(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h["Content-Security-Policy"] = siteCSP
	h["Cache-Control"] = privateCacheControl
	if l, ok := site.PathLocale(r.URL.Path); ok {
		r = r.WithContext(locales.NewContext(r.Context(), l))
	}
	s.site.Vote(w, r, func(ctx context.Context) error {
		client := ""
		if v := viewer.FromContext(ctx); v != nil {
			client = v.Client
		}
		return s.Accounts.LimitClient(ctx, "vote", client, account.VotesPerClient)
	})
}

// votedPage reports whether a page is asked with a vote's thank-you (?voted=): it is
// answered fresh and kept by no cache, so that the page's cached copy never thanks anybody.
func votedPage(r *http.Request) bool { return r.URL.Query().Has("voted") }
