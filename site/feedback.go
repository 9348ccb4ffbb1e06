package site

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"guichet/apperr"
	"guichet/ent"
	"guichet/locales"
	"guichet/space"
)

// Readers' votes without JavaScript: under each guide, FAQ entry and news post a small form
// posts to {base}/{fr|en}/feedback, which records the vote as the API's ratePage does
// (help.Service.RatePage: the same voter key, visibility rules; LimitVote: the same limit)
// and sends the reader back to the page with ?voted={id}, a thank-you that is never cached.
//
// Cross-site posts are refused by net/http's CrossOriginProtection (Sec-Fetch-Site, else
// Origin against Host): a vote needs no secret token, as the API takes the same vote from
// any client; what is refused is another site making its visitors' browsers vote.

// voteSection is the path segment votes are posted to.
const voteSection = "feedback"

// maxVoteForm bounds a vote's body: an id, yes or no, and the page's path.
const maxVoteForm = 4 << 10

var crossOrigin = http.NewCrossOriginProtection()

// guideData is a guide's page: the guide and its related guides.
type guideData struct {
	*ent.Guide
	Related []*ent.Guide
}

// voteForm is what the "vote" template reads for one page or entry.
type voteForm struct {
	P      *page
	ID     int
	Answer bool // a FAQ entry: "this answer", not "this page"
}

// Vote is the vote form of page (or entry) id.
func (p *page) Vote(id int, answer bool) voteForm { return voteForm{P: p, ID: id, Answer: answer} }

// VoteURL is where votes are posted, in the page's tree and language.
func (p *page) VoteURL() string { return p.Link(voteSection) }

// Voted reports whether the reader just voted on id (the thank-you shows in its place).
func (p *page) Voted(id int) bool { return p.VotedID == id && id != 0 }

// Vote records a reader's vote posted by a page's form: POST {base}/{fr|en}/feedback with
// id, helpful (yes or no) and back (the page's path, in the same tree and language). The
// request's context carries the space and viewer (package web's inSpace); limit counts the
// vote against the client (RATE_LIMITED past the API's limit).
func (s *Site) Vote(w http.ResponseWriter, r *http.Request, limit func(context.Context) error) {
	base := ""
	if slug := r.PathValue("space"); slug != "" {
		base = "/spaces/" + slug
	}
	sp := space.FromContext(r.Context())
	rq := &request{s: s, w: w, r: r, sp: sp, base: base, canonBase: s.PublicURL + s.canonicalBase(sp)}
	l, ok := PathLocale(r.URL.Path)
	if !ok {
		rq.notFound(locales.FromContext(r.Context()))
		return
	}
	if err := crossOrigin.Check(r); err != nil {
		rq.notice(l, "SITE_VOTE_REFUSED_TITLE", "SITE_VOTE_CROSS_SITE", nil, http.StatusForbidden)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxVoteForm)
	if err := r.ParseForm(); err != nil {
		rq.notice(l, "SITE_VOTE_REFUSED_TITLE", "SITE_VOTE_INVALID", nil, http.StatusBadRequest)
		return
	}
	id, err := strconv.Atoi(r.PostForm.Get("id"))
	helpful, valid := map[string]bool{"yes": true, "no": false}[r.PostForm.Get("helpful")]
	back := r.PostForm.Get("back")
	if err != nil || id <= 0 || !valid || !inTree(back, base+"/"+l.Tag()+"/") {
		rq.notice(l, "SITE_VOTE_REFUSED_TITLE", "SITE_VOTE_INVALID", nil, http.StatusBadRequest)
		return
	}
	if err := limit(r.Context()); err != nil {
		rq.voteFailed(l, err)
		return
	}
	if err := s.Help.RatePage(r.Context(), id, helpful, l); err != nil {
		rq.voteFailed(l, err)
		return
	}
	rq.redirect(back+"?voted="+strconv.Itoa(id)+"#vote-"+strconv.Itoa(id), http.StatusSeeOther)
}

// inTree reports whether back is a path of this site under prefix: never another host, a
// scheme, a query or anything a redirect could be turned with.
func inTree(back, prefix string) bool {
	return strings.HasPrefix(back, prefix) && !strings.ContainsAny(back, "?#\\\r\n\t ") &&
		!strings.Contains(back, "//") && !strings.Contains(back, "/../") && !strings.HasSuffix(back, "/..")
}

// voteFailed answers a refused vote: a page the reader may not read is not found, as reading
// it would be; too many votes say when to try again.
func (rq *request) voteFailed(l locales.Locale, err error) {
	var ae *apperr.Error
	if !errors.As(err, &ae) {
		rq.fail(err)
		return
	}
	switch ae.Code {
	case apperr.NotFound:
		rq.notFound(l)
	case apperr.RateLimited:
		if secs, ok := ae.Extensions["retryAfter"]; ok {
			rq.w.Header().Set("Retry-After", fmt.Sprint(secs))
		}
		rq.notice(l, "SITE_VOTE_REFUSED_TITLE", apperr.RateLimited, ae.Data, http.StatusTooManyRequests)
	default:
		rq.notice(l, "SITE_VOTE_REFUSED_TITLE", "SITE_VOTE_INVALID", nil, http.StatusBadRequest)
	}
}

// notice is a page that only says something (a refused vote), not indexed.
func (rq *request) notice(l locales.Locale, titleID, textID string, data map[string]any, code int) {
	p := rq.newPage(l, "", "", path(l))
	p.Title = p.T(titleID)
	p.Description = locales.Message(l, textID, data)
	p.NoIndex = true
	p.Canonical = ""
	p.Switch = rq.base + path(l.Other())
	rq.render("notfound", p, code)
}
