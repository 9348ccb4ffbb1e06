package help

import (
	"context"
	"fmt"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"

	"guichet/apperr"
	"guichet/ent"
	"guichet/locales"
	"guichet/role"
)

// Each translation of a page has its own draft and its own published revision: nothing an
// editor does to one language changes the other.

// CreatePage makes a page of kind k whose translations are drafts: nothing is published.
func (e *Editing) CreatePage(ctx context.Context, k *Kind, sp *ent.Space, in NewPage, ed Editor) (int, error) {
	vs := checkTranslations(in.Translations, func(t Text) locales.Locale { return t.Locale }, k.Text.check)
	if len(vs) > 0 {
		return 0, apperr.Invalid(vs...)
	}
	audience := role.Public
	if in.Audience != nil {
		audience = *in.Audience
	}
	id := 0
	err := e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		var categoryID *int
		if in.Category != nil {
			c, err := categoryBySlug(ctx, tx, sp.ID, *in.Category)
			if err != nil {
				return err
			}
			categoryID = &c
		}
		position := 0
		if in.Position != nil {
			position = *in.Position
		}
		var err error
		if id, err = k.insertItem(ctx, tx, sp.ID, k.KeyPrefix+randomKey(), audience, categoryID, position, e.now()); err != nil {
			return err
		}
		for i, t := range in.Translations {
			if err := e.newDraft(ctx, tx, k, sp.ID, id, t, fmt.Sprintf("translations.%d.slug", i), ed); err != nil {
				return err
			}
		}
		return e.after(ctx, tx, change{spaceID: sp.ID, kind: k, action: "created", itemID: id, editor: ed})
	})
	return id, err
}

// insertItem adds a page of the kind.
func (k *Kind) insertItem(ctx context.Context, d database, spaceID int, key string, audience role.Audience, categoryID *int, position int, at time.Time) (int, error) {
	return insert(ctx, d, builder(d).Insert(k.Tables.Item).Set("space_id", spaceID).Set("key", key).
		Set("audience", string(audience)).Set("position", position).Set("category_id", nullable(categoryID)).
		Set("created_at", at).Set("updated_at", at))
}

// newDraft adds a translation to a page: its draft is in, its slug claimed (slugField names
// the slug in the editor's input).
func (e *Editing) newDraft(ctx context.Context, tx *ent.Tx, k *Kind, spaceID, itemID int, in Text, slugField string, ed Editor) error {
	now := e.now()
	q := builder(tx).Insert(k.Tables.Translation).Set(k.Tables.ItemColumn, itemID).Set("locale", string(in.Locale)).
		Set("draft_version", 1).Set("draft_updated_at", now).Set("draft_updated_by", ed.Name).
		Set("created_at", now).Set("updated_at", now)
	if k.Text.Slug {
		// The slug answers for the page at once; the draft has none of its own ("").
		s := slugFor(in)
		if err := k.claimSlug(ctx, tx, spaceID, itemID, in.Locale, s, slugField); err != nil {
			return err
		}
		q.Set("slug", s)
	}
	k.setText(func(col string, v any) { q.Set(col, v) }, "draft_", draftOf(in, nil))
	_, err := insert(ctx, tx, q)
	return err
}

// draftOf is the text a save writes in a draft; the draft's file is kept when keep is given.
func draftOf(in Text, keep *row) content {
	c := content{Title: strings.TrimSpace(in.Title), Summary: strings.TrimSpace(in.Summary), Body: in.Body}
	if in.URL != nil {
		c.URL = *in.URL
	}
	if keep != nil {
		c.URL, c.FileID = keep.DraftURL, keep.DraftFileID
		if in.URL != nil {
			c.URL = *in.URL
			if c.URL != "" {
				c.FileID = nil // a link replaces the file
			}
		}
	}
	return c
}

// SaveDraft saves the draft of one translation of a page (creating the translation if the page
// had none in that locale). The published revision and the other language are untouched.
func (e *Editing) SaveDraft(ctx context.Context, k *Kind, sp *ent.Space, id int, in Text, ed Editor) error {
	if vs := k.Text.check(in, ""); len(vs) > 0 {
		return apperr.Invalid(vs...)
	}
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		if _, err := k.item(ctx, tx, sp.ID, id); err != nil {
			return err
		}
		t, err := k.row(ctx, tx, id, in.Locale)
		if err != nil {
			return err
		}
		if t == nil {
			err = e.newDraft(ctx, tx, k, sp.ID, id, in, "slug", ed)
		} else {
			c := draftOf(in, t)
			c.Slug = deref(in.Slug)
			err = e.writeDraft(ctx, tx, k, sp.ID, t, c, in.ExpectedVersion, ed)
		}
		if err != nil {
			return err
		}
		return e.after(ctx, tx, change{spaceID: sp.ID, kind: k, action: "draft_saved", itemID: id, locale: in.Locale, editor: ed})
	})
}

// writeDraft replaces a translation's draft by c, refused with CONFLICT when expected is not
// its version. A slug other than the current one is claimed for the next publish; "" keeps it.
func (e *Editing) writeDraft(ctx context.Context, tx *ent.Tx, k *Kind, spaceID int, t *row, c content, expected *int, ed Editor) error {
	if k.Text.Slug {
		if c.Slug == t.Slug {
			c.Slug = ""
		}
		if c.Slug != "" {
			if err := k.claimSlug(ctx, tx, spaceID, t.ItemID, t.Locale, c.Slug, "slug"); err != nil {
				return err
			}
		}
	}
	where := sql.EQ("id", t.ID)
	if expected != nil {
		where = sql.And(where, sql.EQ("draft_version", *expected))
	}
	now := e.now()
	u := builder(tx).Update(k.Tables.Translation).Add("draft_version", 1).Set("draft_updated_at", now).
		Set("draft_updated_by", ed.Name).Set("updated_at", now).Where(where)
	k.setText(func(col string, v any) { u.Set(col, v) }, "draft_", c)
	n, err := exec(ctx, tx, u)
	if err == nil && n == 0 {
		return &apperr.Error{Code: apperr.Conflict, MessageID: "DRAFT_CHANGED", Extensions: map[string]any{"version": t.Version}}
	}
	return err
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// Draft is a translation as an editor sees it.
type Draft struct {
	Locale            locales.Locale
	Slug              string
	Title             string
	Summary           string
	Body              string
	HTML              string
	URL               string
	File              *ent.File // a link kind's file, when the draft is one
	Status            string    // DRAFT, PUBLISHED, CHANGED
	TranslationStatus string    // MISSING, OUTDATED, UP_TO_DATE
	Version           int
	UpdatedAt         *time.Time
	UpdatedBy         string
	PublishAt         *time.Time
	Revision          int
	Attachments       []*ent.File // the draft's files, oldest first
	Preview           string      // the secret of the preview link it is read through, if any: its files are fetched with it
}

// status of a translation's draft against its published revision.
func status(t *row) string {
	if t == nil {
		return DraftStatus(false, false)
	}
	return DraftStatus(t.Published, t.changed())
}

// DraftStatus is DRAFT for what readers do not see, CHANGED for a published translation
// with unpublished changes, PUBLISHED otherwise.
func DraftStatus(published, changed bool) string {
	switch {
	case !published:
		return "DRAFT"
	case changed:
		return "CHANGED"
	}
	return "PUBLISHED"
}

// translationStatus says whether a translation keeps up with the other language.
func translationStatus(t, other *row) string {
	if t == nil {
		return PublishedStatus(0, nil, nil)
	}
	var otherAt *time.Time
	if other != nil {
		otherAt = other.PublishedAt
	}
	return PublishedStatus(t.Revision, t.PublishedAt, otherAt)
}

// PublishedStatus compares a translation's last publish with the other language's: MISSING
// when it has never been published, OUTDATED when the other language was published after it.
func PublishedStatus(revision int, at, otherAt *time.Time) string {
	switch {
	case revision == 0 || at == nil:
		return "MISSING"
	case otherAt != nil && otherAt.After(*at):
		return "OUTDATED"
	}
	return "UP_TO_DATE"
}

// Draft reads one translation's draft. A translation that does not exist yet reads as an
// empty draft: the other language is never copied into it.
func (e *Editing) Draft(ctx context.Context, k *Kind, sp *ent.Space, id int, l locales.Locale) (*Draft, error) {
	ctx = allow(ctx)
	if _, err := k.item(ctx, e.Client, sp.ID, id); err != nil {
		return nil, err
	}
	rs, err := k.rows(ctx, e.Client, []int{id}, nil)
	if err != nil {
		return nil, err
	}
	t, other := byLocale(rs, l)
	d := &Draft{Locale: l, Status: status(t), TranslationStatus: translationStatus(t, other)}
	if t == nil {
		return d, nil
	}
	if d.HTML, err = renderDraft(t.DraftBody); err != nil {
		return nil, err
	}
	c := t.draft()
	d.Slug, d.Title, d.Summary, d.Body, d.URL = c.Slug, c.Title, c.Summary, c.Body, c.URL
	d.Version, d.UpdatedAt, d.UpdatedBy, d.PublishAt, d.Revision = t.Version, t.UpdatedAt, t.UpdatedBy, t.PublishAt, t.Revision
	if d.Attachments, err = files(ctx, e.Client, t.draftFiles); err != nil {
		return nil, err
	}
	if c.FileID != nil {
		fs, err := files(ctx, e.Client, []int{*c.FileID})
		if err != nil {
			return nil, err
		}
		if len(fs) == 1 {
			d.File = fs[0]
		}
	}
	return d, nil
}

// Restore makes a revision's text (and file or link) the translation's new draft; publishing
// it makes a new revision.
func (e *Editing) Restore(ctx context.Context, k *Kind, sp *ent.Space, id int, l locales.Locale, n int, ed Editor) error {
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		if _, err := k.item(ctx, tx, sp.ID, id); err != nil {
			return err
		}
		revs, err := k.revisions(ctx, tx, id, l, &n)
		if err != nil {
			return err
		}
		if len(revs) == 0 {
			return revisionNotFound(n)
		}
		r := revs[0]
		if vs := k.Text.check(Text{Slug: &r.Slug, Title: r.Title, Summary: r.Summary, Body: r.Body, URL: &r.URL}, ""); len(vs) > 0 {
			return apperr.Invalid(vs...)
		}
		t, err := k.row(ctx, tx, id, l)
		if err != nil {
			return err
		}
		c := content{Slug: r.Slug, Title: r.Title, Summary: r.Summary, Body: r.Body, URL: r.URL, FileID: r.FileID}
		if err := e.writeDraft(ctx, tx, k, sp.ID, t, c, nil, ed); err != nil {
			return err
		}
		return e.after(ctx, tx, change{spaceID: sp.ID, kind: k, action: "revision_restored", itemID: id, locale: l, editor: ed, number: n})
	})
}

func revisionNotFound(n int) error {
	return &apperr.Error{Code: apperr.NotFound, MessageID: "REVISION_NOT_FOUND", Data: map[string]any{"Number": n}}
}
