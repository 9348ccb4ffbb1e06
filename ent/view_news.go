package ent

// Hand-written (not generated): the localized view of a news post, as view.go's of guides.

import (
	"sort"

	"guichet/locales"
)

// Serve makes l the locale the news post is read in, falling back to the other one.
func (n *News) Serve(l locales.Locale) *News {
	serveFirst(n.Edges.Translations, l, func(t *NewsTranslation) locales.Locale { return t.Locale })
	return n
}

func (n *News) served() *NewsTranslation {
	if len(n.Edges.Translations) == 0 {
		return &NewsTranslation{}
	}
	return n.Edges.Translations[0]
}

func (n *News) Locale() locales.Locale { return n.served().Locale }
func (n *News) Slug() string           { return n.served().Slug }
func (n *News) Title() string          { return n.served().Title }
func (n *News) Summary() string        { return n.served().Summary }
func (n *News) Body() string           { return n.served().Body }
func (n *News) HTML() string           { return n.served().HTML }
func (n *News) Revision() *Revision {
	t := n.served()
	return revisionOf(t.Revision, t.PublishedAt, t.PublishedBy)
}

// Translations lists the post's loaded translations in a stable order (FR, then EN).
func (n *News) Translations() []*NewsTranslation {
	out := append([]*NewsTranslation(nil), n.Edges.Translations...)
	sort.Slice(out, func(i, j int) bool { return out[i].Locale > out[j].Locale })
	return out
}

func (*News) IsSearchResult() {}
