package help

import (
	"context"
	"fmt"
	"slices"
	"time"

	"entgo.io/ent/dialect/sql"

	"guichet/ent"
	"guichet/locales"
	"guichet/role"
)

// The importer (content.Import) writes the pages of a content folder through the same model
// as editors: a page is matched by its key, and each translation whose file changed is
// published as its next revision, its draft the text it publishes. It runs inside the
// import's transaction, which indexes, and tells nobody (no audit, no webhooks).

// Imported is a page as a content folder gives it.
type Imported struct {
	Key        string
	CategoryID *int
	Audience   role.Audience
	Position   int
	Tags       []string // for kinds with tags; sorted
	// Date is a dated kind's date (nil: its first publish).
	Date *time.Time
}

// ImportedText is one translation of an imported page.
type ImportedText struct {
	Locale locales.Locale
	// File names where it comes from, for errors.
	File string
	// SourceHash is the hash of its file and of the files it refers to: equal to the stored
	// one, the translation is left alone.
	SourceHash           string
	Slug, Title, Summary string
	URL                  string // for kinds of links: the link, or
	FileID               *int   // the file
	Attachments          []int  // for kinds with attachments
	Author               string
	PublishedAt          *time.Time // nil: the import's time
	// Body reads and renders the translation's Markdown, called only when it changed.
	Body func() (src, html, plain string, err error)
}

// ImportPage writes page p of kind k in the space inside tx, made when missing, and publishes
// each of its texts that changed; now is the import's time. It returns the page's ID and
// whether it made the page or changed anything of it.
func ImportPage(ctx context.Context, tx *ent.Tx, k *Kind, spaceID int, p Imported, texts []ImportedText, now time.Time) (id int, created, updated bool, err error) {
	its, err := k.items(ctx, tx, sql.And(sql.EQ("space_id", spaceID), sql.EQ("key", p.Key)))
	switch {
	case err != nil:
		return 0, false, false, err
	case len(its) == 0:
		id, err = k.insertItem(ctx, tx, spaceID, p.Key, p.Audience, p.CategoryID, p.Position, now)
		created = true
	case its[0].Audience != p.Audience || its[0].Position != p.Position || !sameID(its[0].CategoryID, p.CategoryID):
		id, updated = its[0].ID, true
		err = k.updateItem(ctx, tx, id, now, func(u *sql.UpdateBuilder) {
			u.Set("audience", string(p.Audience)).Set("position", p.Position).Set("category_id", nullable(p.CategoryID))
		})
	default:
		id = its[0].ID
	}
	if err != nil {
		return 0, false, false, err
	}
	for _, t := range texts {
		wrote, err := k.importText(ctx, tx, id, t, now)
		if err != nil {
			return 0, false, false, fmt.Errorf("%s: %w", t.File, err)
		}
		updated = updated || wrote
	}
	if k.Dated {
		wrote, err := k.importDate(ctx, tx, id, p.Date, now)
		if err != nil {
			return 0, false, false, fmt.Errorf("date: %w", err)
		}
		updated = updated || wrote
	}
	if k.Tables.Tags != "" {
		wrote, err := k.syncTags(ctx, tx, spaceID, id, p.Tags)
		if err != nil {
			return 0, false, false, fmt.Errorf("tags: %w", err)
		}
		updated = updated || wrote
	}
	return id, created, updated, nil
}

// importText publishes a new or changed translation as its next revision; an unchanged one is
// left alone.
func (k *Kind) importText(ctx context.Context, tx *ent.Tx, itemID int, in ImportedText, now time.Time) (bool, error) {
	t, err := k.row(ctx, tx, itemID, in.Locale)
	if err != nil || (t != nil && t.SourceHash == in.SourceHash) {
		return false, err
	}
	src, html, plain, err := in.Body()
	if err != nil {
		return false, err
	}
	c := content{Slug: in.Slug, Title: in.Title, Summary: in.Summary, Body: src, URL: in.URL, FileID: in.FileID}
	if t == nil {
		q := builder(tx).Insert(k.Tables.Translation).Set(k.Tables.ItemColumn, itemID).Set("locale", string(in.Locale)).
			Set("created_at", now).Set("updated_at", now)
		if k.Text.Slug {
			q.Set("slug", c.Slug)
		}
		id, err := insert(ctx, tx, q)
		if err != nil {
			return false, err
		}
		t = &row{ID: id, ItemID: itemID, Locale: in.Locale}
	}
	p := publication{html: html, plain: plain, at: now, by: in.Author, files: in.Attachments, sourceHash: in.SourceHash,
		revision: t.Revision + 1, draft: true, now: now}
	if in.PublishedAt != nil {
		p.at = *in.PublishedAt
	}
	if _, err := k.writePublished(ctx, tx, t, c, p); err != nil {
		return false, err
	}
	if err := k.insertRevision(ctx, tx, t, p.revision, c, in.Author, nil, p.at); err != nil {
		return false, fmt.Errorf("revision %d: %w", p.revision, err)
	}
	return true, nil
}

// syncTags makes a page's stored tags the wanted ones: unchanged tags are not written.
func (k *Kind) syncTags(ctx context.Context, tx *ent.Tx, spaceID, itemID int, want []string) (bool, error) {
	var rows []struct{ Tag string }
	if err := scan(ctx, tx, builder(tx).Select("tag").From(sql.Table(k.Tables.Tags)).
		Where(sql.EQ(k.Tables.ItemColumn, itemID)), &rows); err != nil {
		return false, err
	}
	have := make([]string, len(rows))
	for i, r := range rows {
		have[i] = r.Tag
	}
	var stale []any
	for _, h := range have {
		if !slices.Contains(want, h) {
			stale = append(stale, h)
		}
	}
	if len(stale) > 0 {
		if _, err := exec(ctx, tx, builder(tx).Delete(k.Tables.Tags).
			Where(sql.And(sql.EQ(k.Tables.ItemColumn, itemID), sql.In("tag", stale...)))); err != nil {
			return false, err
		}
	}
	missing := 0
	q := builder(tx).Insert(k.Tables.Tags).Columns("space_id", k.Tables.ItemColumn, "tag")
	for _, w := range want {
		if !slices.Contains(have, w) {
			q.Values(spaceID, itemID, w)
			missing++
		}
	}
	if missing > 0 {
		if _, err := exec(ctx, tx, q); err != nil {
			return false, err
		}
	}
	return len(stale)+missing > 0, nil
}

// importDate gives a dated page the date its file says, or else its first publish's; a date
// already right is not written (times compared in Go: the dialects store them differently).
func (k *Kind) importDate(ctx context.Context, tx *ent.Tx, id int, date *time.Time, now time.Time) (bool, error) {
	var have []struct{ PublishedAt *time.Time }
	if err := scan(ctx, tx, builder(tx).Select(sql.As("published_at", "publishedat")).From(sql.Table(k.Tables.Item)).
		Where(sql.EQ("id", id)), &have); err != nil || len(have) != 1 {
		return false, err
	}
	want := now
	switch {
	case date != nil:
		want = *date
		if have[0].PublishedAt != nil && have[0].PublishedAt.Equal(want) {
			return false, nil
		}
	case have[0].PublishedAt != nil:
		return false, nil
	}
	_, err := exec(ctx, tx, builder(tx).Update(k.Tables.Item).Set("published_at", want.UTC()).Where(sql.EQ("id", id)))
	return true, err
}

// ImportSlugs makes the slug of each imported translation of a page answer for it (its
// former slugs keep answering); it says whether it wrote any. A slug another page holds is
// a CONFLICT.
func ImportSlugs(ctx context.Context, tx *ent.Tx, k *Kind, spaceID, id int, texts []ImportedText) (bool, error) {
	wrote := false
	for _, t := range texts {
		var owners []struct{ ID int }
		q := builder(tx).Select(sql.As(k.Tables.ItemColumn, "id")).From(sql.Table(k.Tables.Slugs)).
			Where(sql.And(sql.EQ("space_id", spaceID), sql.EQ("slug", t.Slug), sql.EQ("locale", string(t.Locale))))
		if err := scan(ctx, tx, q, &owners); err != nil {
			return wrote, err
		}
		if len(owners) > 0 && owners[0].ID == id {
			continue
		}
		if err := k.claimSlug(ctx, tx, spaceID, id, t.Locale, t.Slug, "slug"); err != nil {
			return wrote, fmt.Errorf("%s: %w", t.File, err)
		}
		wrote = true
	}
	return wrote, nil
}
