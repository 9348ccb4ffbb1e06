package help

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"entgo.io/ent/dialect/sql"

	"guichet/ent"
	"guichet/ent/category"
	"guichet/ent/guide"
	"guichet/ent/schema"
	"guichet/locales"
	"guichet/rowcount"
	"guichet/viewer"
)

// readableGuides is the column of a category read by HelpCenter that holds how many of its
// guides the viewer may read (kept by rowcount).
const readableGuides = "readable_guides"

// HelpCenter lists the space's categories, each with its first `first` guides the viewer may
// read (and one more, so that the page knows whether another follows) and their number,
// served in locale l: four statements, each reading what the page shows, whatever the number
// of guides — the categories with their counts, their translations, every category's first
// guides, their translations. (Categories reads every guide, for pages that show them all.)
func (s *Service) HelpCenter(ctx context.Context, l locales.Locale, inc Include, first int) ([]*ent.Category, error) {
	v := viewer.FromContext(ctx)
	var audiences []string
	if v != nil {
		for _, a := range v.Audiences {
			audiences = append(audiences, string(a))
		}
	}
	q := s.Client.Category.Query().
		Where(category.SpaceID(spaceOf(ctx)), category.DeletedAtIsNil()).
		Order(ent.Asc(category.FieldPosition), ent.Asc(category.FieldID)).
		WithTranslations()
	q.Modify(func(sel *sql.Selector) {
		sel.AppendSelectExprAs(rowcount.SumOf(spaceOf(ctx), rowcount.Guides, sel.C(category.FieldID), audiences...), readableGuides)
	})
	cats, err := q.All(ctx)
	if err != nil || len(cats) == 0 {
		return cats, err
	}
	for _, c := range cats {
		c.Serve(l)
	}
	if v == nil {
		for _, c := range cats {
			c.SetGuides(nil)
		}
		return cats, nil
	}
	ids := make([]int, len(cats))
	for i, c := range cats {
		ids[i] = c.ID
	}
	q2 := withGuideEdges(s.Client.Guide.Query(), Include{Attachments: inc.Attachments, WithoutText: inc.WithoutText})
	if len(ids) <= maxArms {
		q2.Modify(func(sel *sql.Selector) { sel.From(firstGuidesOf(v, ids, first+1).As(guide.Table)) })
	} else {
		q2.Where(guide.CategoryIDIn(ids...)) // every guide of the categories, cut below
	}
	guides, err := q2.All(ctx)
	if err != nil {
		return nil, err
	}
	// in reading order: a sort of the pages read (at most first+1 per category), here rather
	// than by the database, whose plan would show a sort beside the index ranges
	slices.SortFunc(guides, func(a, b *ent.Guide) int {
		return cmp.Or(cmp.Compare(a.Position, b.Position), cmp.Compare(a.ID, b.ID))
	})
	byCategory := make(map[int][]*ent.Guide, len(cats))
	for _, g := range guides {
		if g.CategoryID != nil {
			byCategory[*g.CategoryID] = append(byCategory[*g.CategoryID], g)
		}
	}
	for _, c := range cats {
		gs := byCategory[c.ID]
		gs = gs[:min(len(gs), first+1)]
		for _, g := range gs {
			g.Edges.Category = c // known: no need to load it again
			g.Serve(l)
		}
		c.SetGuides(gs)
	}
	return cats, nil
}

// maxArms is the most categories read in one statement of one arm each: SQLite takes 500 at
// most (SQLITE_MAX_COMPOUND_SELECT); past it, the categories' guides are read whole.
var maxArms = 400

// firstGuidesOf selects the IDs of the first n guides the viewer may read in each category,
// in reading order: one arm per category, each a range of the index (space, category,
// position, id) that stops after n readable guides. A window function (ROW_NUMBER() OVER
// (PARTITION BY category_id …) <= n) would number every guide of every category first.
func firstGuidesOf(v *viewer.Viewer, categories []int, n int) *sql.Selector {
	readable := schema.ReadableContent(v, "guide_translations", "guide_id")
	var union *sql.Selector
	for i, id := range categories {
		t := sql.Table(guide.Table).As(fmt.Sprintf("g%d", i))
		arm := sql.Select(t.Columns(guide.Columns...)...).From(t)
		readable(arm)
		arm.Where(sql.EQ(t.C(guide.FieldCategoryID), id)).
			OrderBy(t.C(guide.FieldPosition), t.C(guide.FieldID)).
			Limit(n)
		page := sql.Select().From(arm.As(fmt.Sprintf("p%d", i)))
		if union == nil {
			union = page
		} else {
			union.UnionAll(page)
		}
	}
	return union
}
