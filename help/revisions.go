package help

import (
	"context"
	"time"

	"entgo.io/ent/dialect/sql"

	"guichet/ent"
	"guichet/locales"
)

// Revision is what one publish of a translation made public: revision Number of it.
type Revision struct {
	Number                          int
	Slug, Title, Summary, Body, URL string
	FileID                          *int
	File                            *ent.File // a link kind's file, when the revision is one
	PublishedAt                     time.Time
	Author                          *ent.Author // nil when nobody is named
}

// revisionRow is a revision as its table holds it.
type revisionRow struct {
	Number                                  int
	Slug, Title, Summary, Body, URL, Author string
	FileID                                  *int
	CreatedAt                               time.Time
}

// revisions reads the revisions of a page's translation in l, newest first: only revision n
// when n is given.
func (k *Kind) revisions(ctx context.Context, d database, itemID int, l locales.Locale, n *int) ([]*Revision, error) {
	b := builder(d)
	r, t := b.Table(k.Tables.Revision).As("r"), b.Table(k.Tables.Translation).As("t")
	cols := []string{r.C("number"), r.C("author"), sql.As(r.C("created_at"), "createdat")}
	for _, c := range k.textColumns() {
		cols = append(cols, sql.As(r.C(c[0]), c[1]))
	}
	where := sql.And(sql.EQ(t.C(k.Tables.ItemColumn), itemID), sql.EQ(t.C("locale"), string(l)))
	if n != nil {
		where = sql.And(where, sql.EQ(r.C("number"), *n))
	}
	var rows []*revisionRow
	q := b.Select(cols...).From(r).Join(t).On(r.C("translation_id"), t.C("id")).Where(where).OrderBy(sql.Desc(r.C("number")))
	if err := scan(ctx, d, q, &rows); err != nil {
		return nil, err
	}
	out := make([]*Revision, len(rows))
	for i, x := range rows {
		out[i] = &Revision{Number: x.Number, Slug: x.Slug, Title: x.Title, Summary: x.Summary, Body: x.Body, URL: x.URL,
			FileID: x.FileID, PublishedAt: x.CreatedAt}
		if x.Author != "" {
			out[i].Author = &ent.Author{DisplayName: x.Author}
		}
	}
	return out, nil
}

// Revisions lists a translation's revisions, newest first.
func (e *Editing) Revisions(ctx context.Context, k *Kind, sp *ent.Space, id int, l locales.Locale) ([]*Revision, error) {
	ctx = allow(ctx)
	if _, err := k.item(ctx, e.Client, sp.ID, id); err != nil {
		return nil, err
	}
	revs, err := k.revisions(ctx, e.Client, id, l, nil)
	if err != nil {
		return nil, err
	}
	var ids []int
	for _, r := range revs {
		if r.FileID != nil {
			ids = append(ids, *r.FileID)
		}
	}
	fs, err := files(ctx, e.Client, ids)
	byID := make(map[int]*ent.File, len(fs))
	for _, f := range fs {
		byID[f.ID] = f
	}
	for _, r := range revs {
		if r.FileID != nil {
			r.File = byID[*r.FileID]
		}
	}
	return revs, err
}

// Compare is a unified text diff of two revisions of a translation: title, summary, body,
// and file or link, as the kind has them.
func (e *Editing) Compare(ctx context.Context, k *Kind, sp *ent.Space, id int, l locales.Locale, from, to int) (string, error) {
	revs, err := e.Revisions(ctx, k, sp, id, l)
	if err != nil {
		return "", err
	}
	var a, b *Revision
	for _, r := range revs {
		if r.Number == from {
			a = r
		}
		if r.Number == to {
			b = r
		}
	}
	switch {
	case a == nil:
		return "", revisionNotFound(from)
	case b == nil:
		return "", revisionNotFound(to)
	}
	return revisionDiff(from, to, k.Text.revisionText(a), k.Text.revisionText(b)), nil
}

// insertRevision records what a publish made public: revision n of translation t.
func (k *Kind) insertRevision(ctx context.Context, d database, t *row, n int, c content, author string, authorID *int, at time.Time) error {
	q := builder(d).Insert(k.Tables.Revision).Set("translation_id", t.ID).Set("number", n).
		Set("author", author).Set("author_id", nullable(authorID)).Set("created_at", at).Set("updated_at", at)
	k.setText(func(col string, v any) { q.Set(col, v) }, "", c)
	_, err := insert(ctx, d, q)
	return err
}
