package ent

// Hand-written (not generated): a guide's category and the category's translations read in
// one statement (help.Service.GuideBySlug), where eager loading takes two.

import (
	"context"
	"fmt"
	"sync"

	"entgo.io/ent/dialect/sql"

	"guichet/ent/category"
	"guichet/ent/categorytranslation"
)

// LoadCategory sets g's category edge, with the category's translations, as
// WithCategory(func(q) { q.WithTranslations() }) would: the category as it is (a category
// has no read policy), all its translations, the edge loaded even when g has none.
func (g *Guide) LoadCategory(ctx context.Context) error {
	g.Edges.loadedTypes[1] = true
	if g.CategoryID == nil {
		return nil
	}
	q, err := categoryStatement(g.driver.Dialect())
	if err != nil {
		return err
	}
	args := []any{*g.CategoryID}
	rows := &sql.Rows{}
	if err := g.driver.Query(ctx, q, args, rows); err != nil {
		return err
	}
	defer rows.Close()
	var cat *Category
	for rows.Next() {
		cv, err := (*Category).scanValues(nil, category.Columns)
		if err != nil {
			return err
		}
		tv, err := (*CategoryTranslation).scanValues(nil, categorytranslation.Columns)
		if err != nil {
			return err
		}
		if err := rows.Scan(append(cv, tv...)...); err != nil {
			return err
		}
		if cat == nil {
			cat = &Category{config: g.config}
			cat.Edges.loadedTypes[1] = true
			if err := cat.assignValues(category.Columns, cv); err != nil {
				return err
			}
		}
		if id, ok := tv[0].(*sql.NullInt64); !ok || !id.Valid { // no translation: the LEFT JOIN's NULLs
			continue
		}
		tr := &CategoryTranslation{config: g.config}
		if err := tr.assignValues(categorytranslation.Columns, tv); err != nil {
			return err
		}
		cat.Edges.Translations = append(cat.Edges.Translations, tr)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	g.Edges.Category = cat
	return nil
}

// categoryStatements keeps LoadCategory's text, one per dialect, built once.
var categoryStatements sync.Map

func categoryStatement(dialect string) (string, error) {
	if q, ok := categoryStatements.Load(dialect); ok {
		return q.(string), nil
	}
	c, t := sql.Table(category.Table).As("c"), sql.Table(categorytranslation.Table).As("t")
	q, args := sql.Dialect(dialect).Select(append(c.Columns(category.Columns...), t.Columns(categorytranslation.Columns...)...)...).
		From(c).
		LeftJoin(t).On(t.C(categorytranslation.FieldCategoryID), c.C(category.FieldID)).
		Where(sql.EQ(c.C(category.FieldID), 0)).
		Query()
	if len(args) != 1 {
		return "", fmt.Errorf("ent: category statement %q has %d arguments", q, len(args))
	}
	categoryStatements.Store(dialect, q)
	return q, nil
}
