package site

import (
	"net/url"
	"slices"
)

// AccountLink leads to the space's member area (sign-up, sign-in, my account), served by the
// admin app's build at /spaces/{space}/account/, in the page's language.
func (p *page) AccountLink() string {
	return "/spaces/" + url.PathEscape(p.Space.Slug) + "/account/?lang=" + p.Lang.Tag()
}

// TrainingsLink leads to the member area's public list of upcoming trainings, where anyone
// signs up for one; "" in a space that runs no trainings.
func (p *page) TrainingsLink() string {
	if !slices.Contains(p.Space.Modules, "trainings") {
		return ""
	}
	return "/spaces/" + url.PathEscape(p.Space.Slug) + "/account/trainings?lang=" + p.Lang.Tag()
}
