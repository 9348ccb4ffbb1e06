package help

import (
	"context"
	"fmt"
	"strings"

	"entgo.io/ent/dialect/sql"

	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/category"
	"guichet/ent/categorytranslation"
	"guichet/locales"
	"guichet/slug"
)

// Categories are labels, not pages: an editor's change to one is live at once (there is no
// draft to publish). Their slug is unique in a space and locale, settled by the database.

// CategoryTextInput is one translation of a category as an editor writes it.
type CategoryTextInput struct {
	Locale      locales.Locale
	Slug        *string
	Title       string
	Description string
}

// categoryText is what a category's translation holds: a title, a description, a slug.
var categoryText = TextFields{Title: Field{"title", MaxTitleLength}, Summary: Field{"description", MaxSummaryLength}, Slug: true}

func checkCategoryText(in CategoryTextInput, prefix string) []apperr.Violation {
	return categoryText.check(Text{Slug: in.Slug, Title: in.Title, Summary: in.Description}, prefix)
}

// CreateCategoryInput is a new category: its translations and position.
type CreateCategoryInput struct {
	Translations []CategoryTextInput
	Position     *int
}

// CreateCategory makes a category of the space, live at once.
func (e *Editing) CreateCategory(ctx context.Context, sp *ent.Space, in CreateCategoryInput, ed Editor) (*ent.Category, error) {
	vs := checkTranslations(in.Translations, func(t CategoryTextInput) locales.Locale { return t.Locale }, checkCategoryText)
	if len(vs) > 0 {
		return nil, apperr.Invalid(vs...)
	}
	var out *ent.Category
	err := e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		c, err := tx.Category.Create().SetSpaceID(sp.ID).SetKey("c-" + randomKey()).SetNillablePosition(in.Position).Save(ctx)
		if err != nil {
			return err
		}
		for i, t := range in.Translations {
			if err := putCategoryText(ctx, tx, sp.ID, c.ID, t, fmt.Sprintf("translations.%d.slug", i)); err != nil {
				return err
			}
		}
		out = c
		return record(ctx, tx, change{spaceID: sp.ID, action: "category.created", categoryID: c.ID, editor: ed})
	})
	return out, err
}

// putCategoryText writes a category's translation in one locale, made when missing. A slug
// another category of the space holds in that locale is a CONFLICT naming that category.
func putCategoryText(ctx context.Context, tx *ent.Tx, spaceID, categoryID int, t CategoryTextInput, slugField string) error {
	s := deref(t.Slug)
	if s == "" {
		s = slug.Make(t.Title)
	}
	if s == "" {
		return apperr.Invalid(apperr.Violation{Field: slugField, Code: "SLUG_INVALID"})
	}
	owner, err := tx.CategoryTranslation.Query().Where(categorytranslation.SpaceID(spaceID),
		categorytranslation.LocaleEQ(t.Locale), categorytranslation.Slug(s)).Only(ctx)
	switch {
	case err == nil && owner.CategoryID != categoryID:
		return &apperr.Error{Code: apperr.Conflict, MessageID: "CATEGORY_SLUG_TAKEN", Data: map[string]any{"Slug": s},
			ID: fmt.Sprint(owner.CategoryID)}
	case err != nil && !ent.IsNotFound(err):
		return err
	}
	err = tx.CategoryTranslation.Create().SetCategoryID(categoryID).SetSpaceID(spaceID).SetLocale(t.Locale).
		SetSlug(s).SetTitle(strings.TrimSpace(t.Title)).SetDescription(t.Description).
		OnConflictColumns(categorytranslation.FieldCategoryID, categorytranslation.FieldLocale).
		UpdateSlug().UpdateTitle().UpdateDescription().ClearSourceHash().Exec(ctx)
	if ent.IsConstraintError(err) {
		// Another editor took the slug between the check and the write.
		return &apperr.Error{Code: apperr.Conflict, MessageID: "CATEGORY_SLUG_TAKEN", Data: map[string]any{"Slug": s}}
	}
	return err
}

// categoryBySlug is the category of the space a page is filed under by one of its slugs.
func categoryBySlug(ctx context.Context, tx *ent.Tx, spaceID int, s string) (int, error) {
	id, err := tx.Category.Query().Where(category.SpaceID(spaceID), category.DeletedAtIsNil(),
		category.HasTranslationsWith(categorytranslation.Slug(s))).FirstID(ctx)
	if ent.IsNotFound(err) {
		return 0, apperr.Invalid(apperr.Violation{Field: "category", Code: "CATEGORY_UNKNOWN", Data: map[string]any{"Slug": s}})
	}
	return id, err
}

func categoryIn(ctx context.Context, tx *ent.Tx, spaceID, id int) (*ent.Category, error) {
	c, err := tx.Category.Query().Where(category.ID(id), category.SpaceID(spaceID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	return c, err
}

// UpdateCategory writes one translation of a category (adding it when missing).
func (e *Editing) UpdateCategory(ctx context.Context, sp *ent.Space, categoryID int, in CategoryTextInput, ed Editor) error {
	if vs := checkCategoryText(in, ""); len(vs) > 0 {
		return apperr.Invalid(vs...)
	}
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		if _, err := categoryIn(ctx, tx, sp.ID, categoryID); err != nil {
			return err
		}
		if err := putCategoryText(ctx, tx, sp.ID, categoryID, in, "slug"); err != nil {
			return err
		}
		return record(ctx, tx, change{spaceID: sp.ID, action: "category.updated", categoryID: categoryID,
			locale: in.Locale, editor: ed})
	})
}

// DeleteCategory hides a category (restorable: deleted false brings it back). A category
// that still holds pages that are not deleted is kept: readers would lose their way to them.
func (e *Editing) DeleteCategory(ctx context.Context, sp *ent.Space, categoryID int, deleted bool, ed Editor) error {
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		if _, err := categoryIn(ctx, tx, sp.ID, categoryID); err != nil {
			return err
		}
		u := tx.Category.UpdateOneID(categoryID)
		action := "category.restored"
		if deleted {
			n, err := pagesIn(ctx, tx, categoryID)
			if err != nil {
				return err
			}
			if n > 0 {
				return &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "CATEGORY_NOT_EMPTY", Reason: "CATEGORY_NOT_EMPTY",
					Data: map[string]any{"Count": n}}
			}
			u.SetDeletedAt(e.now())
			action = "category.deleted"
		} else {
			u.ClearDeletedAt()
		}
		if err := u.Exec(ctx); err != nil {
			return err
		}
		return record(ctx, tx, change{spaceID: sp.ID, action: action, categoryID: categoryID, editor: ed})
	})
}

// pagesIn counts the pages of a category, of every kind, that are not deleted.
func pagesIn(ctx context.Context, tx *ent.Tx, categoryID int) (int, error) {
	total := 0
	for _, k := range Kinds {
		var n []struct{ N int }
		q := builder(tx).Select(sql.As(sql.Count("*"), "n")).From(sql.Table(k.Tables.Item)).
			Where(sql.And(sql.EQ("category_id", categoryID), sql.IsNull("deleted_at")))
		if err := scan(ctx, tx, q, &n); err != nil {
			return 0, err
		}
		total += n[0].N
	}
	return total, nil
}

// CategoryView loads a category for an editor's answer, deleted or not.
func (e *Editing) CategoryView(ctx context.Context, sp *ent.Space, categoryID int, l locales.Locale) (*ent.Category, error) {
	c, err := e.Client.Category.Query().Where(category.ID(categoryID), category.SpaceID(sp.ID)).WithTranslations().Only(allow(ctx))
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	if err != nil {
		return nil, err
	}
	return c.Serve(l), nil
}

// Ordering: the pages of a kind, or the categories, are given positions 1, 2, … in the order
// an editor lists them.

// Reorder gives the pages of kind k their positions in the order listed; an id that is not
// one of the space's pages of that kind is NOT_FOUND, and nothing moves.
func (e *Editing) Reorder(ctx context.Context, k *Kind, sp *ent.Space, ids []int, ed Editor) error {
	return e.reorder(ctx, k.Tables.Item, sp, ids, change{spaceID: sp.ID, kind: k, action: "reordered", editor: ed})
}

// ReorderCategories gives the space's categories their positions in the order listed.
func (e *Editing) ReorderCategories(ctx context.Context, sp *ent.Space, ids []int, ed Editor) error {
	return e.reorder(ctx, category.Table, sp, ids, change{spaceID: sp.ID, action: "category.reordered", editor: ed})
}

func (e *Editing) reorder(ctx context.Context, table string, sp *ent.Space, ids []int, c change) error {
	seen := make(map[int]bool, len(ids))
	for _, id := range ids {
		if seen[id] {
			return apperr.Invalid(apperr.Violation{Field: "ids", Code: "DUPLICATE"})
		}
		seen[id] = true
	}
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		for i, id := range ids {
			n, err := exec(ctx, tx, builder(tx).Update(table).Set("position", i+1).Set("updated_at", e.now()).
				Where(sql.And(sql.EQ("id", id), sql.EQ("space_id", sp.ID))))
			if err != nil {
				return err
			}
			if n == 0 {
				return &apperr.Error{Code: apperr.NotFound, ID: fmt.Sprint(id)}
			}
		}
		return record(ctx, tx, c)
	})
}
