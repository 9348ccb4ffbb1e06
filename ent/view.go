package ent

// Hand-written (not generated): the localized view of content. A guide, FAQ, resource or
// category is read in one locale; Serve puts the translation to serve first in its loaded
// translations (the requested locale, else the other one), and the accessors below read it.
// GraphQL binds these methods directly, so reading a field costs no query and no goroutine.

import (
	"sort"
	"time"

	"guichet/locales"
)

// Revision is what a reader is told of a translation's publication.
type Revision struct {
	Number      int
	PublishedAt *time.Time
	Author      *Author
}

// Author is who published a revision, as readers see them.
type Author struct {
	DisplayName string
}

func serveFirst[T any](items []*T, want locales.Locale, localeOf func(*T) locales.Locale) {
	for i, it := range items {
		if localeOf(it) == want {
			items[0], items[i] = items[i], items[0]
			return
		}
	}
}

func revisionOf(number int, at *time.Time, by string) *Revision {
	if number == 0 {
		return nil
	}
	r := &Revision{Number: number, PublishedAt: at}
	if by != "" {
		r.Author = &Author{DisplayName: by}
	}
	return r
}

// Serve makes l the locale the guide is read in, falling back to the other one. It serves
// its loaded category the same way.
func (g *Guide) Serve(l locales.Locale) *Guide {
	serveFirst(g.Edges.Translations, l, func(t *GuideTranslation) locales.Locale { return t.Locale })
	if g.Edges.Category != nil {
		g.Edges.Category.Serve(l)
	}
	return g
}

func (g *Guide) served() *GuideTranslation {
	if len(g.Edges.Translations) == 0 {
		return &GuideTranslation{}
	}
	return g.Edges.Translations[0]
}

func (g *Guide) Locale() locales.Locale { return g.served().Locale }
func (g *Guide) Slug() string           { return g.served().Slug }
func (g *Guide) Title() string          { return g.served().Title }
func (g *Guide) Summary() string        { return g.served().Summary }
func (g *Guide) Body() string           { return g.served().Body }
func (g *Guide) HTML() string           { return g.served().HTML }
func (g *Guide) Revision() *Revision {
	t := g.served()
	return revisionOf(t.Revision, t.PublishedAt, t.PublishedBy)
}

// Translations lists the guide's loaded translations in a stable order (FR, then EN).
func (g *Guide) Translations() []*GuideTranslation {
	out := append([]*GuideTranslation(nil), g.Edges.Translations...)
	sort.Slice(out, func(i, j int) bool { return out[i].Locale > out[j].Locale })
	return out
}

// Category is the guide's loaded category, nil when it has none.
func (g *Guide) Category() *Category { return g.Edges.Category }

// Attachments are the served translation's loaded files.
func (g *Guide) Attachments() []*File { return g.served().Edges.Attachments }

// Serve makes l the locale the category is read in.
func (c *Category) Serve(l locales.Locale) *Category {
	serveFirst(c.Edges.Translations, l, func(t *CategoryTranslation) locales.Locale { return t.Locale })
	return c
}

func (c *Category) served() *CategoryTranslation {
	if len(c.Edges.Translations) == 0 {
		return &CategoryTranslation{}
	}
	return c.Edges.Translations[0]
}

func (c *Category) Locale() locales.Locale { return c.served().Locale }
func (c *Category) Slug() string           { return c.served().Slug }
func (c *Category) Title() string          { return c.served().Title }
func (c *Category) Description() string    { return c.served().Description }

// Serve makes l the locale the FAQ is read in.
func (f *Faq) Serve(l locales.Locale) *Faq {
	serveFirst(f.Edges.Translations, l, func(t *FaqTranslation) locales.Locale { return t.Locale })
	if f.Edges.Category != nil {
		f.Edges.Category.Serve(l)
	}
	return f
}

func (f *Faq) served() *FaqTranslation {
	if len(f.Edges.Translations) == 0 {
		return &FaqTranslation{}
	}
	return f.Edges.Translations[0]
}

func (f *Faq) Locale() locales.Locale { return f.served().Locale }
func (f *Faq) Question() string       { return f.served().Question }
func (f *Faq) Answer() string         { return f.served().Answer }
func (f *Faq) HTML() string           { return f.served().HTML }
func (f *Faq) Category() *Category    { return f.Edges.Category }

// Serve makes l the locale the resource is read in.
func (r *Resource) Serve(l locales.Locale) *Resource {
	serveFirst(r.Edges.Translations, l, func(t *ResourceTranslation) locales.Locale { return t.Locale })
	if r.Edges.Category != nil {
		r.Edges.Category.Serve(l)
	}
	return r
}

// Served is the translation the resource is read in.
func (r *Resource) Served() *ResourceTranslation {
	if len(r.Edges.Translations) == 0 {
		return &ResourceTranslation{}
	}
	return r.Edges.Translations[0]
}

func (r *Resource) Locale() locales.Locale { return r.Served().Locale }
func (r *Resource) Title() string          { return r.Served().Title }
func (r *Resource) Description() string    { return r.Served().Description }
func (r *Resource) HTML() string           { return r.Served().HTML }
func (r *Resource) Category() *Category    { return r.Edges.Category }

// File is the served translation's file, nil for a link.
func (r *Resource) File() *File { return r.Served().Edges.File }

func (r *Resource) ContentType() *string {
	if f := r.File(); f != nil {
		return &f.ContentType
	}
	return nil
}

func (r *Resource) Size() *int64 {
	if f := r.File(); f != nil {
		return &f.Size
	}
	return nil
}

func (r *Resource) Filename() *string {
	if f := r.File(); f != nil {
		return &f.Filename
	}
	return nil
}

// IsSearchResult marks the types a search may return (the GraphQL union SearchResult).
func (*Guide) IsSearchResult()    {}
func (*Faq) IsSearchResult()      {}
func (*Resource) IsSearchResult() {}

// GuideConnectionOf is the first page of guides already loaded in position order (as
// Category.guides eager-loads them), with the cursors a Paginate by position would give,
// so that the next page is asked for with an ordinary `after`.
func GuideConnectionOf(nodes []*Guide, first int) *GuideConnection {
	n := min(first, len(nodes))
	conn := &GuideConnection{TotalCount: len(nodes), Edges: make([]*GuideEdge, n)}
	for i := range n {
		conn.Edges[i] = &GuideEdge{Node: nodes[i], Cursor: GuideOrderFieldPosition.toCursor(nodes[i])}
	}
	conn.PageInfo.HasNextPage = len(nodes) > n
	if n > 0 {
		conn.PageInfo.StartCursor = &conn.Edges[0].Cursor
		conn.PageInfo.EndCursor = &conn.Edges[n-1].Cursor
	}
	return conn
}
