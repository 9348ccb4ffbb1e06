package help

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect/sql"

	"guichet/ent"
	"guichet/ent/category"
	"guichet/ent/categorytranslation"
	"guichet/ent/faq"
	"guichet/ent/faqtranslation"
	"guichet/ent/guide"
	"guichet/ent/guideslug"
	"guichet/ent/guidetranslation"
	"guichet/ent/predicate"
	"guichet/ent/resource"
	"guichet/ent/resourcetranslation"
	"guichet/locales"
	"guichet/paging"
	"guichet/rowcount"
	"guichet/viewer"
)

// Page sizes of the public lists.
const (
	DefaultFirst = 20
	MaxFirst     = 100
)

// Page is a request for one page of a list: how many items, after which cursor.
type Page struct {
	First *int
	After *string
}

func (p Page) decode() (int, *ent.Cursor, error) {
	return paging.Decode(p.First, p.After, DefaultFirst, MaxFirst)
}

func spaceOf(ctx context.Context) int {
	if v := viewer.FromContext(ctx); v != nil {
		return v.SpaceID
	}
	return 0
}

// Include says which edges of a guide a reader asks for, so that only those are loaded.
type Include struct {
	Category    bool
	Attachments bool
	// WithoutText: the reader asks for neither body nor HTML (a list of titles), so the
	// translations are read without their text and drafts, a few bytes instead of kilobytes each.
	WithoutText bool
	// served: the guide is only served to a reader (GuideBySlug), so its translations are read
	// without their plain text and drafts.
	served bool
}

// withGuideEdges loads the published translations of the guides q reads (drafts never reach
// readers) and, when asked for, their attachments and category.
func withGuideEdges(q *ent.GuideQuery, inc Include) *ent.GuideQuery {
	q.WithTranslations(func(q *ent.GuideTranslationQuery) {
		q.Where(guidetranslation.Published(true))
		if inc.WithoutText {
			q.Select(listedGuideColumns...)
		} else if inc.served {
			q.Select(servedGuideColumns...)
		}
		if inc.Attachments {
			q.WithAttachments()
		}
	})
	if inc.Category {
		q.WithCategory(withCategoryTr)
	}
	return q
}

// listedGuideColumns are what a guide shows without its text: its locale, slug, title,
// summary and revision.
var listedGuideColumns = []string{guidetranslation.FieldGuideID, guidetranslation.FieldLocale, guidetranslation.FieldSlug,
	guidetranslation.FieldTitle, guidetranslation.FieldSummary, guidetranslation.FieldPublished, guidetranslation.FieldRevision,
	guidetranslation.FieldPublishedAt, guidetranslation.FieldPublishedBy}

// servedGuideColumns are what a reader is shown of a guide: the listed columns and the text.
var servedGuideColumns = append(slices.Clip(listedGuideColumns), guidetranslation.FieldBody, guidetranslation.FieldHTML)

func withCategoryTr(q *ent.CategoryQuery) { q.WithTranslations() }

var byPosition = ent.WithGuideOrder(&ent.GuideOrder{Direction: entgql.OrderDirectionAsc, Field: ent.GuideOrderFieldPosition})

// Categories lists the space's categories with the guides the viewer may read, in order,
// all served in locale l. Four queries whatever the number of categories and guides — but
// every guide of the space is read (without its text when the reader asks for none): a
// category's first page costs what all its guides cost.
func (s *Service) Categories(ctx context.Context, l locales.Locale, inc Include) ([]*ent.Category, error) {
	cats, err := s.Client.Category.Query().
		Where(category.SpaceID(spaceOf(ctx)), category.DeletedAtIsNil()).
		Order(ent.Asc(category.FieldPosition), ent.Asc(category.FieldID)).
		WithTranslations().
		WithGuides(func(q *ent.GuideQuery) {
			withGuideEdges(q.Order(ent.Asc(guide.FieldPosition), ent.Asc(guide.FieldID)),
				Include{Attachments: inc.Attachments, WithoutText: inc.WithoutText})
		}).
		All(ctx)
	if err != nil {
		return nil, err
	}
	for _, c := range cats {
		c.Serve(l)
		for _, g := range c.Edges.Guides {
			g.Edges.Category = c // known: no need to load it again
			g.Serve(l)
		}
	}
	return cats, nil
}

// CategoryGuides is a page of a category's guides, served in locale l: from the guides
// loaded with the category if any (the first page; its count read with it by HelpCenter),
// else read through the index.
func (s *Service) CategoryGuides(ctx context.Context, c *ent.Category, l locales.Locale, p Page, inc Include) (*ent.GuideConnection, error) {
	first, after, err := p.decode()
	if err != nil {
		return nil, err
	}
	if guides, err := c.Edges.GuidesOrErr(); err == nil && after == nil {
		conn := ent.GuideConnectionOf(guides, first)
		if n, err := c.Value(readableGuides); err == nil { // read by HelpCenter: a page and one more
			total, ok := n.(int64)
			if !ok {
				return nil, fmt.Errorf("help: count of readable guides is %T", n)
			}
			conn.TotalCount = int(total)
		}
		return conn, nil
	}
	pageCtx, counted := paging.Uncounted(ctx)
	// the category is c: not loaded again. Unique(false): a guide has one category, so ent's
	// DISTINCT of an edge's query would only make PostgreSQL sort the category's guides.
	conn, err := withGuideEdges(c.QueryGuides().Unique(false), Include{Attachments: inc.Attachments, WithoutText: inc.WithoutText}).
		Paginate(pageCtx, after, &first, nil, nil, byPosition)
	if err != nil {
		return nil, err
	}
	if counted {
		if conn.TotalCount, err = s.readableIn(ctx, rowcount.Guides, []int{c.ID}); err != nil {
			return nil, err
		}
	}
	for _, e := range conn.Edges {
		e.Node.Edges.Category = c
		e.Node.Serve(l)
	}
	return conn, nil
}

// GuideBySlug finds a guide by the slug of any of its translations, current or former, and
// serves it in locale l. A slug of l's translation wins over the same slug in the other
// locale. nil when no readable guide answers to slug. One statement finds the slug and reads
// the guide with its translations, without what a reader never sees (plain text, draft),
// one more their attachments, and one more its category with the category's translations
// (read_slug.go).
func (s *Service) GuideBySlug(ctx context.Context, slug string, l locales.Locale, inc Include) (*ent.Guide, error) {
	g, ok, err := s.servedBySlug(ctx, slug, l, inc.Attachments)
	if err != nil {
		return nil, err
	}
	if !ok {
		if g, err = s.guideBySlugQuery(ctx, slug, l, inc.Attachments); err != nil {
			return nil, err
		}
	}
	if g == nil {
		return nil, nil
	}
	if inc.Category {
		if err := g.LoadCategory(ctx); err != nil {
			return nil, err
		}
	}
	return g.Serve(l), nil
}

// bySlug is the guide that slug names in the space: the one whose translation in l had it,
// else the other locale's (the slugs' unique index on space, slug and locale holds at most one
// of each), whether or not the viewer may read it — the read's filter decides that.
func bySlug(spaceID int, slug string, l locales.Locale) predicate.Guide {
	return func(sel *sql.Selector) {
		t := sql.Table(guideslug.Table)
		first := sql.ExprFunc(func(b *sql.Builder) {
			b.WriteString("CASE WHEN " + t.C(guideslug.FieldLocale) + " = ").Arg(string(l)).WriteString(" THEN 0 ELSE 1 END")
		})
		sel.Where(sql.In(sel.C(guide.FieldID), sql.Select(t.C(guideslug.FieldGuideID)).From(t).
			Where(sql.And(sql.EQ(t.C(guideslug.FieldSpaceID), spaceID), sql.EQ(t.C(guideslug.FieldSlug), slug))).
			OrderExpr(first).Limit(1)))
	}
}

// Guide loads one readable guide with what its page shows, served in locale l; nil when the
// viewer may not read it.
func (s *Service) Guide(ctx context.Context, id int, l locales.Locale, inc Include) (*ent.Guide, error) {
	g, err := withGuideEdges(s.Client.Guide.Query().Where(guide.ID(id)), inc).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return g.Serve(l), nil
}

// Guides is a page of the guides the viewer may read, optionally of one category (by its
// slug in either locale), in position order, served in locale l.
func (s *Service) Guides(ctx context.Context, l locales.Locale, categorySlug *string, p Page, inc Include) (*ent.GuideConnection, error) {
	first, after, err := p.decode()
	if err != nil {
		return nil, err
	}
	// A list of titles reads its page's translations by a kept statement (read_slug.go).
	kept := inc.WithoutText && !s.ThroughQueries && listedGuides.Usable(s.Client)
	q := s.Client.Guide.Query()
	if !kept {
		withGuideEdges(q, inc)
	} else if inc.Category {
		q.WithCategory(withCategoryTr)
	}
	var categories []int // nil: the whole space
	if categorySlug != nil {
		if categories, err = s.categoryIDs(ctx, *categorySlug); err != nil {
			return nil, err
		}
		q.Where(guide.CategoryIDIn(categories...))
	}
	pageCtx, counted := paging.Uncounted(ctx)
	conn, err := q.Paginate(pageCtx, after, &first, nil, nil, byPosition)
	if err != nil {
		return nil, err
	}
	if kept {
		if err := listedGuides.LoadTranslations(ctx, s.Client, connNodes(conn), inc.Attachments); err != nil {
			return nil, err
		}
	}
	if counted {
		if conn.TotalCount, err = s.count(ctx, "guides", categorySlug, s.keptCount(rowcount.Guides, categories)); err != nil {
			return nil, err
		}
	}
	for _, e := range conn.Edges {
		e.Node.Serve(l)
	}
	return conn, nil
}

// categoryIDs are the categories of the viewer's space that have slug in either locale (none:
// empty, not nil), so that a list of one reads the index of the category's items in order
// rather than checking the category of every item of the space.
func (s *Service) categoryIDs(ctx context.Context, slug string) ([]int, error) {
	ids, err := s.Client.Category.Query().Where(category.SpaceID(spaceOf(ctx)), category.DeletedAtIsNil(),
		category.HasTranslationsWith(categorytranslation.Slug(slug))).IDs(ctx)
	if ids == nil {
		ids = []int{}
	}
	return ids, err
}

var (
	faqByPosition      = ent.WithFaqOrder(&ent.FaqOrder{Direction: entgql.OrderDirectionAsc, Field: ent.FaqOrderFieldPosition})
	resourceByPosition = ent.WithResourceOrder(&ent.ResourceOrder{Direction: entgql.OrderDirectionAsc, Field: ent.ResourceOrderFieldPosition})
)

// Faqs is a page of the FAQs the viewer may read, served in locale l.
func (s *Service) Faqs(ctx context.Context, l locales.Locale, categorySlug *string, p Page, inc Include) (*ent.FaqConnection, error) {
	first, after, err := p.decode()
	if err != nil {
		return nil, err
	}
	q := s.Client.Faq.Query().
		WithTranslations(func(q *ent.FaqTranslationQuery) { q.Where(faqtranslation.Published(true)) })
	if inc.Category {
		q.WithCategory(withCategoryTr)
	}
	var categories []int // nil: the whole space
	if categorySlug != nil {
		if categories, err = s.categoryIDs(ctx, *categorySlug); err != nil {
			return nil, err
		}
		q.Where(faq.CategoryIDIn(categories...))
	}
	pageCtx, counted := paging.Uncounted(ctx)
	conn, err := q.Paginate(pageCtx, after, &first, nil, nil, faqByPosition)
	if err != nil {
		return nil, err
	}
	if counted {
		if conn.TotalCount, err = s.count(ctx, "faqs", categorySlug, s.keptCount(rowcount.Faqs, categories)); err != nil {
			return nil, err
		}
	}
	for _, e := range conn.Edges {
		e.Node.Serve(l)
	}
	return conn, nil
}

func publishedResourceTr(q *ent.ResourceTranslationQuery) {
	q.Where(resourcetranslation.Published(true)).WithFile()
}

// Resources is a page of the resources the viewer may read, served in locale l.
func (s *Service) Resources(ctx context.Context, l locales.Locale, categorySlug *string, p Page, inc Include) (*ent.ResourceConnection, error) {
	first, after, err := p.decode()
	if err != nil {
		return nil, err
	}
	q := s.Client.Resource.Query().WithTranslations(publishedResourceTr)
	if inc.Category {
		q.WithCategory(withCategoryTr)
	}
	var categories []int // nil: the whole space
	if categorySlug != nil {
		if categories, err = s.categoryIDs(ctx, *categorySlug); err != nil {
			return nil, err
		}
		q.Where(resource.CategoryIDIn(categories...))
	}
	pageCtx, counted := paging.Uncounted(ctx)
	conn, err := q.Paginate(pageCtx, after, &first, nil, nil, resourceByPosition)
	if err != nil {
		return nil, err
	}
	if counted {
		if conn.TotalCount, err = s.count(ctx, "resources", categorySlug, s.keptCount(rowcount.Resources, categories)); err != nil {
			return nil, err
		}
	}
	for _, e := range conn.Edges {
		e.Node.Serve(l)
	}
	return conn, nil
}

// Node loads what node(id) found with what its fields show, served in locale l.
func (s *Service) Node(ctx context.Context, n ent.Noder, l locales.Locale) (ent.Noder, error) {
	switch n := n.(type) {
	case *ent.Guide:
		g, err := s.Guide(ctx, n.ID, l, Include{Category: true, Attachments: true})
		if g == nil || err != nil {
			return nil, err
		}
		return g, nil
	case *ent.Faq:
		f, err := s.Client.Faq.Query().Where(faq.ID(n.ID)).
			WithTranslations(func(q *ent.FaqTranslationQuery) { q.Where(faqtranslation.Published(true)) }).
			WithCategory(withCategoryTr).Only(ctx)
		if err != nil {
			return nil, err
		}
		return f.Serve(l), nil
	case *ent.Resource:
		r, err := s.Client.Resource.Query().Where(resource.ID(n.ID)).
			WithTranslations(publishedResourceTr).WithCategory(withCategoryTr).Only(ctx)
		if err != nil {
			return nil, err
		}
		return r.Serve(l), nil
	case *ent.News:
		p, err := s.newsPost(ctx, n.ID, l)
		if p == nil || err != nil {
			return nil, err
		}
		return p, nil
	case *ent.Category:
		// Loaded again: node(id) selects only the columns the query asks for.
		c, err := s.Client.Category.Query().
			Where(category.ID(n.ID), category.SpaceID(spaceOf(ctx)), category.DeletedAtIsNil()).
			WithTranslations().Only(ctx)
		if ent.IsNotFound(err) {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		return c.Serve(l), nil
	case *ent.Space:
		if n.ID != spaceOf(ctx) {
			return nil, nil
		}
		return n, nil
	}
	// Accounts, audit events, webhooks and whatever else is a node are not read through
	// node(id): each has its own operation with its own permission.
	return nil, nil
}
