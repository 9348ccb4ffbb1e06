package site

import "net/url"

// AccountLink leads to the space's member area (sign-up, sign-in, my account), served by the
// admin app's build at /spaces/{space}/account/, in the page's language.
func (p *page) AccountLink() string {
	return "/spaces/" + url.PathEscape(p.Space.Slug) + "/account/?lang=" + p.Lang.Tag()
}
