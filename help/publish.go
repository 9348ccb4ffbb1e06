package help

import (
	"context"
	"fmt"
	"time"

	"entgo.io/ent/dialect/sql"

	"guichet/apperr"
	"guichet/ent"
	"guichet/locales"
)

// Publish publishes the drafts of one translation of a page, or of all of them when l is nil:
// each becomes revision N+1 of its translation, numbered by the database (two concurrent
// publishes of one translation get N+1 and N+2, never the same number).
func (e *Editing) Publish(ctx context.Context, k *Kind, sp *ent.Space, id int, l *locales.Locale, ed Editor) error {
	return e.eachTarget(ctx, k, sp, id, l, "published", ed, func(ctx context.Context, tx *ent.Tx, t *row) (int, error) {
		return e.publish(ctx, tx, k, t, ed)
	})
}

// eachTarget runs f, in one transaction, on the translations an operation on one locale, or on
// all (l nil), acts on, each followed by its change (action, and the revision f returns if any).
func (e *Editing) eachTarget(ctx context.Context, k *Kind, sp *ent.Space, id int, l *locales.Locale, action string, ed Editor,
	f func(ctx context.Context, tx *ent.Tx, t *row) (int, error)) error {
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		ts, err := k.targets(ctx, tx, sp.ID, id, l)
		if err != nil {
			return err
		}
		for _, t := range ts {
			n, err := f(ctx, tx, t)
			if err != nil {
				return err
			}
			c := change{spaceID: sp.ID, kind: k, action: action, itemID: id, locale: t.Locale, editor: ed, number: n}
			if err := e.after(ctx, tx, c); err != nil {
				return err
			}
		}
		return nil
	})
}

// publish makes a translation's draft its published revision and returns its number.
func (e *Editing) publish(ctx context.Context, tx *ent.Tx, k *Kind, t *row, ed Editor) (int, error) {
	c := t.draft()
	if k.Text.Link && c.FileID == nil && c.URL == "" {
		return 0, &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "RESOURCE_EMPTY", Reason: "RESOURCE_EMPTY",
			Data: map[string]any{"Locale": locales.Label("LANGUAGE_" + string(t.Locale))}}
	}
	html, plain, err := renderLimited(k.Text.Body.Name, c.Body)
	if err != nil {
		return 0, err
	}
	now := e.now()
	n, err := k.writePublished(ctx, tx, t, c, publication{html: html, plain: plain, at: now, by: ed.Name, files: t.draftFiles, now: now})
	if err != nil {
		return 0, err
	}
	if err := k.insertRevision(ctx, tx, t, n, c, ed.Name, ed.accountID(), now); err != nil {
		return 0, err
	}
	return n, k.updateItem(ctx, tx, t.ItemID, now, func(u *sql.UpdateBuilder) { k.dateOnce(u, now) })
}

// dateOnce gives a dated page its date at its first publish; later ones keep it.
func (k *Kind) dateOnce(u *sql.UpdateBuilder, at time.Time) {
	if k.Dated {
		u.Set("published_at", sql.ExprFunc(func(b *sql.Builder) { // placeholders in the dialect's form
			b.WriteString("COALESCE(").Ident("published_at").WriteString(", ").Arg(at).WriteString(")")
		}))
	}
}

// publication is what publishing a translation stamps on it besides its text.
type publication struct {
	html, plain string
	at          time.Time
	by          string
	files       []int  // the published revision's files, for kinds with attachments
	sourceHash  string // the imported file's, "" for an editor's publish
	revision    int    // the revision to give; 0: the next one
	// draft: the text published is also written as the draft (an import: it has no pending edit).
	draft bool
	now   time.Time // when it is written
}

// writePublished makes c the published text of translation t (and its draft's files its
// published files), clears a scheduled publish, and returns the revision's number: the next
// one, counted by the database in the same statement, unless p gives it.
func (k *Kind) writePublished(ctx context.Context, tx *ent.Tx, t *row, c content, p publication) (int, error) {
	u := builder(tx).Update(k.Tables.Translation).Set("published", true).Set("published_at", p.at).
		Set("published_by", p.by).Set("html", p.html).Set("plain", p.plain).Set("updated_at", p.now).
		Where(sql.EQ("id", t.ID)).Returning("revision")
	if p.revision == 0 {
		u.Add("revision", 1)
	} else {
		u.Set("revision", p.revision)
	}
	if p.sourceHash != "" {
		u.Set("source_hash", p.sourceHash)
	}
	if p.draft {
		d := c
		d.Slug = "" // the draft keeps the published slug
		k.setText(func(col string, v any) { u.Set(col, v) }, "draft_", d)
	} else if k.Text.Slug {
		u.Set("draft_slug", "")
	}
	if k.Scheduled {
		u.SetNull("publish_at")
	}
	k.setText(func(col string, v any) {
		if col == "url" && c.FileID != nil {
			v = nil // a file has no link
		}
		u.Set(col, v)
	}, "", c)
	var revs []struct{ Revision int }
	if err := scan(ctx, tx, u, &revs); err != nil {
		return 0, err
	}
	if len(revs) != 1 {
		return 0, fmt.Errorf("publishing translation %d: %d rows", t.ID, len(revs))
	}
	if a := k.Tables.Attachments; a != nil {
		if err := setFiles(ctx, tx, a.Published, a.Columns, t.ID, p.files); err != nil {
			return 0, err
		}
		if p.draft {
			if err := setFiles(ctx, tx, a.Draft, a.Columns, t.ID, p.files); err != nil {
				return 0, err
			}
		}
	}
	return revs[0].Revision, nil
}

// setFiles makes ids the files of a translation in a join table.
func setFiles(ctx context.Context, d database, table string, columns []string, rowID int, ids []int) error {
	if _, err := exec(ctx, d, builder(d).Delete(table).Where(sql.EQ(columns[0], rowID))); err != nil {
		return err
	}
	if len(ids) == 0 {
		return nil
	}
	q := builder(d).Insert(table).Columns(columns...)
	for _, id := range ids {
		q.Values(rowID, id)
	}
	_, err := exec(ctx, d, q)
	return err
}

// Unpublish takes one translation, or all, off the public help center; drafts and revisions
// stay.
func (e *Editing) Unpublish(ctx context.Context, k *Kind, sp *ent.Space, id int, l *locales.Locale, ed Editor) error {
	return e.eachTarget(ctx, k, sp, id, l, "unpublished", ed, func(ctx context.Context, tx *ent.Tx, t *row) (int, error) {
		return 0, k.updateRow(ctx, tx, t.ID, e.now(), func(u *sql.UpdateBuilder) { u.Set("published", false) })
	})
}

// Delete marks a page deleted: readers no longer see it; Undelete brings it back as it was.
func (e *Editing) Delete(ctx context.Context, k *Kind, sp *ent.Space, id int, ed Editor) error {
	return e.setDeleted(ctx, k, sp, id, ed, true)
}

// Undelete restores a deleted page.
func (e *Editing) Undelete(ctx context.Context, k *Kind, sp *ent.Space, id int, ed Editor) error {
	return e.setDeleted(ctx, k, sp, id, ed, false)
}

func (e *Editing) setDeleted(ctx context.Context, k *Kind, sp *ent.Space, id int, ed Editor, deleted bool) error {
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		if _, err := k.item(ctx, tx, sp.ID, id); err != nil {
			return err
		}
		now, action := e.now(), "restored"
		if deleted {
			action = "deleted"
			// A deleted page's drafts are no longer shown to anybody: its preview links end
			// with it, and a restore does not bring them back.
			if k.Previews {
				if _, err := revokePreviews(ctx, tx, sp.ID, id, nil); err != nil {
					return err
				}
			}
		}
		err := k.updateItem(ctx, tx, id, now, func(u *sql.UpdateBuilder) {
			if deleted {
				u.Set("deleted_at", now)
			} else {
				u.SetNull("deleted_at")
			}
		})
		if err != nil {
			return err
		}
		return e.after(ctx, tx, change{spaceID: sp.ID, kind: k, action: action, itemID: id, editor: ed})
	})
}

// View loads a page for an editor's answer, whether or not readers may see it: its published
// translations served in locale l.
func (e *Editing) View(ctx context.Context, k *Kind, sp *ent.Space, id int, l locales.Locale) (ent.Noder, error) {
	n, err := k.view(allow(ctx), e.Client, sp.ID, id, l)
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	return n, err
}

// Schedule sets when a translation's draft is published by the worker (nil cancels).
func (e *Editing) Schedule(ctx context.Context, k *Kind, sp *ent.Space, id int, l locales.Locale, at *time.Time, ed Editor) error {
	if !k.Scheduled {
		return &apperr.Error{Code: apperr.PreconditionFailed, Reason: "NOT_SCHEDULED"}
	}
	if at != nil && !at.After(e.now()) {
		return apperr.Invalid(apperr.Violation{Field: "publishAt", Code: "NOT_IN_FUTURE"})
	}
	action := "unscheduled"
	if at != nil {
		action = "scheduled"
	}
	return e.eachTarget(ctx, k, sp, id, &l, action, ed, func(ctx context.Context, tx *ent.Tx, t *row) (int, error) {
		return 0, k.updateRow(ctx, tx, t.ID, e.now(), func(u *sql.UpdateBuilder) {
			if at != nil {
				u.Set("publish_at", at.UTC())
			} else {
				u.SetNull("publish_at")
			}
		})
	})
}

// due is a translation whose scheduled publish has come.
type due struct {
	ID, ItemID, SpaceID int
	Locale              locales.Locale
	PublishAt           time.Time
}

// PublishDue publishes the translations, of every kind, whose scheduled time has come. Each
// is claimed by a conditional UPDATE inside its publishing transaction, so with several
// workers each scheduled publish happens exactly once.
func (e *Editing) PublishDue(ctx context.Context) (int, error) {
	published := 0
	for _, k := range Kinds {
		if !k.Scheduled {
			continue
		}
		n, err := e.publishDue(ctx, k)
		published += n
		if err != nil {
			return published, err
		}
	}
	return published, nil
}

func (e *Editing) publishDue(ctx context.Context, k *Kind) (int, error) {
	b := builder(e.Client)
	t, it := b.Table(k.Tables.Translation).As("t"), b.Table(k.Tables.Item).As("i")
	var dues []due
	q := b.Select(t.C("id"), t.C("locale"), sql.As(t.C(k.Tables.ItemColumn), "itemid"), sql.As(it.C("space_id"), "spaceid"),
		sql.As(t.C("publish_at"), "publishat")).
		From(t).Join(it).On(t.C(k.Tables.ItemColumn), it.C("id")).
		Where(sql.And(sql.NotNull(t.C("publish_at")), sql.LTE(t.C("publish_at"), e.now().UTC())))
	if err := scan(allow(ctx), e.Client, q, &dues); err != nil {
		return 0, err
	}
	published := 0
	for _, d := range dues {
		claimed := false
		err := e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
			n, err := exec(ctx, tx, builder(tx).Update(k.Tables.Translation).SetNull("publish_at").
				Where(sql.And(sql.EQ("id", d.ID), sql.EQ("publish_at", d.PublishAt))))
			if err != nil || n == 0 {
				return err // another worker took it
			}
			claimed = true
			current, err := k.row(ctx, tx, d.ItemID, d.Locale) // the draft as it is now
			if err != nil {
				return err
			}
			ed := Editor{Name: current.UpdatedBy}
			num, err := e.publish(ctx, tx, k, current, ed)
			if err != nil {
				return err
			}
			return e.after(ctx, tx, change{spaceID: d.SpaceID, kind: k, action: "published", itemID: d.ItemID,
				locale: d.Locale, editor: ed, number: num})
		})
		if err != nil {
			return published, err
		}
		if claimed {
			published++
		}
	}
	return published, nil
}

// RunScheduler publishes what is due every interval until ctx ends.
func (e *Editing) RunScheduler(ctx context.Context, interval time.Duration) {
	e.scheduler.Run(ctx, interval, func(ctx context.Context) error {
		_, err := e.PublishDue(ctx)
		return err
	}, func(err error) { logError(ctx, "scheduled publishing", err) })
}
