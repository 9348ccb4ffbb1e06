package help

import (
	"context"
	"fmt"
	"strings"

	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/category"
	"guichet/ent/categorytranslation"
	"guichet/ent/faq"
	"guichet/ent/guide"
	"guichet/ent/resource"
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

func checkCategoryText(in CategoryTextInput, prefix string) []apperr.Violation {
	vs := checkText(TranslationInput{Slug: in.Slug, Title: in.Title, Summary: in.Description}, prefix)
	for i := range vs {
		if vs[i].Field == prefix+"summary" {
			vs[i].Field = prefix + "description"
		}
	}
	return vs
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
		return e.afterChange(ctx, tx, Change{SpaceID: sp.ID, Action: "category.created", CategoryID: c.ID, Editor: ed})
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
		return e.afterChange(ctx, tx, Change{SpaceID: sp.ID, Action: "category.updated", CategoryID: categoryID,
			Locale: in.Locale, Editor: ed})
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
		return e.afterChange(ctx, tx, Change{SpaceID: sp.ID, Action: action, CategoryID: categoryID, Editor: ed})
	})
}

// pagesIn counts the guides, FAQs and resources of a category that are not deleted.
func pagesIn(ctx context.Context, tx *ent.Tx, categoryID int) (int, error) {
	g, err := tx.Guide.Query().Where(guide.CategoryID(categoryID), guide.DeletedAtIsNil()).Count(ctx)
	if err != nil {
		return 0, err
	}
	f, err := tx.Faq.Query().Where(faq.CategoryID(categoryID), faq.DeletedAtIsNil()).Count(ctx)
	if err != nil {
		return 0, err
	}
	r, err := tx.Resource.Query().Where(resource.CategoryID(categoryID), resource.DeletedAtIsNil()).Count(ctx)
	return g + f + r, err
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

// Ordering: each kind of item is given positions 1, 2, … in the order an editor lists them.

// ReorderKind names what Reorder orders.
type ReorderKind string

// The kinds of items an editor orders.
const (
	OrderGuides     ReorderKind = "guide"
	OrderFaqs       ReorderKind = "faq"
	OrderResources  ReorderKind = "resource"
	OrderCategories ReorderKind = "category"
)

// Reorder gives items of one kind their positions in the order listed; an id that is not
// one of the space's items of that kind is NOT_FOUND, and nothing moves.
func (e *Editing) Reorder(ctx context.Context, sp *ent.Space, kind ReorderKind, ids []int, ed Editor) error {
	seen := make(map[int]bool, len(ids))
	for _, id := range ids {
		if seen[id] {
			return apperr.Invalid(apperr.Violation{Field: "ids", Code: "DUPLICATE"})
		}
		seen[id] = true
	}
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		for i, id := range ids {
			var n int
			var err error
			switch kind {
			case OrderGuides:
				n, err = tx.Guide.Update().Where(guide.ID(id), guide.SpaceID(sp.ID)).SetPosition(i + 1).Save(ctx)
			case OrderFaqs:
				n, err = tx.Faq.Update().Where(faq.ID(id), faq.SpaceID(sp.ID)).SetPosition(i + 1).Save(ctx)
			case OrderResources:
				n, err = tx.Resource.Update().Where(resource.ID(id), resource.SpaceID(sp.ID)).SetPosition(i + 1).Save(ctx)
			case OrderCategories:
				n, err = tx.Category.Update().Where(category.ID(id), category.SpaceID(sp.ID)).SetPosition(i + 1).Save(ctx)
			default:
				return fmt.Errorf("reorder: unknown kind %q", kind)
			}
			if err != nil {
				return err
			}
			if n == 0 {
				return &apperr.Error{Code: apperr.NotFound, ID: fmt.Sprint(id)}
			}
		}
		return e.afterChange(ctx, tx, Change{SpaceID: sp.ID, Action: string(kind) + ".reordered", Editor: ed})
	})
}

// afterChange runs the AfterChange hook (audit, webhooks), when there is one.
func (e *Editing) afterChange(ctx context.Context, tx *ent.Tx, c Change) error {
	if e.AfterChange != nil {
		return e.AfterChange(ctx, tx, c)
	}
	return nil
}
