package help

import (
	"context"
	stdsql "database/sql"
	"errors"
	"fmt"
	"time"

	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/sqlgraph"

	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/file"
	"guichet/locales"
	"guichet/role"
)

// The editing model reads and writes the tables a Kind names, by column, with ent's SQL
// builder (in the dialect of the database: SQLite or PostgreSQL), so that every kind of page
// shares one implementation of each step; the columns are those of ent/schema's mixins.

// database is where the model reads and writes: the client, or an operation's transaction.
type database interface {
	Dialect() string
	ExecContext(ctx context.Context, query string, args ...any) (stdsql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*stdsql.Rows, error)
}

func builder(d database) *sql.DialectBuilder { return sql.Dialect(d.Dialect()) }

// errTaken is a write refused by a unique index: another writer holds what it claims.
var errTaken = &apperr.Error{Code: apperr.Conflict}

func dbError(err error) error {
	if sqlgraph.IsUniqueConstraintError(err) {
		return errTaken
	}
	return err
}

// scan runs a query and scans its rows into v, a pointer to a slice of structs whose fields
// are tagged with their columns.
func scan(ctx context.Context, d database, q sql.Querier, v any) error {
	s, args := q.Query()
	rows, err := d.QueryContext(ctx, s, args...)
	if err != nil {
		return dbError(err)
	}
	defer rows.Close()
	return sql.ScanSlice(rows, v)
}

// exec runs a statement and says how many rows it changed.
func exec(ctx context.Context, d database, q sql.Querier) (int, error) {
	s, args := q.Query()
	res, err := d.ExecContext(ctx, s, args...)
	if err != nil {
		return 0, dbError(err)
	}
	n, err := res.RowsAffected()
	return int(n), err
}

// insert adds a row and returns its ID.
func insert(ctx context.Context, d database, q *sql.InsertBuilder) (int, error) {
	var ids []struct{ ID int }
	if err := scan(ctx, d, q.Returning("id"), &ids); err != nil {
		return 0, err
	}
	if len(ids) != 1 {
		return 0, fmt.Errorf("insert: %d rows returned", len(ids))
	}
	return ids[0].ID, nil
}

// item is a page, whatever its kind. The structs the model scans rows into are read by
// their fields' names in lower case: the statements name their columns so ("space_id" AS
// "spaceid").
type item struct {
	ID, SpaceID, Position int
	Key                   string
	Audience              role.Audience
	CategoryID            *int
	UpdatedAt             time.Time
	DeletedAt             *time.Time
}

var itemColumns = []string{"id", "position", "key", "audience", sql.As("space_id", "spaceid"),
	sql.As("category_id", "categoryid"), sql.As("updated_at", "updatedat"), sql.As("deleted_at", "deletedat")}

// items reads the pages of the kind that where selects, in their order.
func (k *Kind) items(ctx context.Context, d database, where *sql.Predicate) ([]*item, error) {
	var out []*item
	err := scan(ctx, d, builder(d).Select(itemColumns...).From(sql.Table(k.Tables.Item)).Where(where).
		OrderBy("position", "id"), &out)
	return out, err
}

// item loads a page of the space, deleted or not; NOT_FOUND otherwise.
func (k *Kind) item(ctx context.Context, d database, spaceID, id int) (*item, error) {
	its, err := k.items(ctx, d, sql.And(sql.EQ("id", id), sql.EQ("space_id", spaceID)))
	if err != nil {
		return nil, err
	}
	if len(its) == 0 {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	return its[0], nil
}

// live loads a page that is not deleted: PRECONDITION_FAILED when it is.
func (k *Kind) live(ctx context.Context, d database, spaceID, id int) (*item, error) {
	it, err := k.item(ctx, d, spaceID, id)
	if err == nil && it.DeletedAt != nil {
		err = &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "ITEM_DELETED", Reason: "DELETED"}
	}
	return it, err
}

// updateItem changes columns of a page; its updated_at follows.
func (k *Kind) updateItem(ctx context.Context, d database, id int, at time.Time, set func(*sql.UpdateBuilder)) error {
	u := builder(d).Update(k.Tables.Item).Set("updated_at", at).Where(sql.EQ("id", id))
	set(u)
	_, err := exec(ctx, d, u)
	return err
}

// updateRow changes columns of a translation; its updated_at follows.
func (k *Kind) updateRow(ctx context.Context, d database, id int, at time.Time, set func(*sql.UpdateBuilder)) error {
	u := builder(d).Update(k.Tables.Translation).Set("updated_at", at).Where(sql.EQ("id", id))
	set(u)
	_, err := exec(ctx, d, u)
	return err
}

// row is one translation of a page, whatever its kind: its publication, its published text
// and its draft, the text read by the names TextFields give (title, summary, body…).
type row struct {
	ID, ItemID, Revision, Version     int
	Locale                            locales.Locale
	SourceHash, UpdatedBy, Plain      string
	Published                         bool
	PublishedAt, UpdatedAt, PublishAt *time.Time
	// The published text, then the draft's.
	Slug, Title, Summary, Body, URL                          string
	DraftSlug, DraftTitle, DraftSummary, DraftBody, DraftURL string
	FileID, DraftFileID                                      *int

	// files are the IDs of the published revision's attachments and of the draft's, when
	// the kind has attachments.
	files, draftFiles []int
}

// draft is the text of a row's draft, its slug the one the next publish gives.
func (r *row) draft() content {
	s := r.Slug
	if r.DraftSlug != "" {
		s = r.DraftSlug
	}
	return content{Slug: s, Title: r.DraftTitle, Summary: r.DraftSummary, Body: r.DraftBody, URL: r.DraftURL, FileID: r.DraftFileID}
}

// public is the text of a row's published revision.
func (r *row) public() content {
	return content{Slug: r.Slug, Title: r.Title, Summary: r.Summary, Body: r.Body, URL: r.URL, FileID: r.FileID}
}

// changed says whether a translation's draft differs from its published text or files.
func (r *row) changed() bool {
	return !r.draft().equal(r.public()) || !sameIDs(r.files, r.draftFiles)
}

// content is the text of a translation, published or draft, or of a revision.
type content struct {
	Slug, Title, Summary, Body, URL string
	FileID                          *int
}

func (a content) equal(b content) bool {
	fa, fb := a.FileID, b.FileID
	a.FileID, b.FileID = nil, nil
	return a == b && sameID(fa, fb)
}

// textColumns are the columns of a kind's text, each with the name the model reads it by
// (title, summary, body, slug, url, fileid; "draft" before it for the draft's).
func (k *Kind) textColumns() [][2]string {
	var cs [][2]string
	add := func(column, as string) {
		if column != "" {
			cs = append(cs, [2]string{column, as})
		}
	}
	add(k.Text.Title.Name, "title")
	add(k.Text.Summary.Name, "summary")
	add(k.Text.Body.Name, "body")
	if k.Text.Slug {
		add("slug", "slug")
	}
	if k.Text.Link {
		add("url", "url")
		add("file_id", "fileid")
	}
	return cs
}

// selectRows reads the translations of the kind.
func (k *Kind) selectRows(d database) (*sql.Selector, *sql.SelectTable) {
	b := builder(d)
	t := b.Table(k.Tables.Translation)
	cols := []string{t.C("id"), t.C("locale"), t.C("published"), t.C("revision"), sql.As(t.C(k.Tables.ItemColumn), "itemid"),
		sql.As(t.C("source_hash"), "sourcehash"), sql.As(t.C("published_at"), "publishedat"),
		sql.As(t.C("draft_version"), "version"), sql.As(t.C("draft_updated_at"), "updatedat"),
		sql.As(t.C("draft_updated_by"), "updatedby")}
	if k.Scheduled {
		cols = append(cols, sql.As(t.C("publish_at"), "publishat"))
	}
	for _, c := range k.textColumns() {
		cols = append(cols, sql.As(t.C(c[0]), c[1]), sql.As(t.C("draft_"+c[0]), "draft"+c[1]))
	}
	return b.Select(cols...).From(t), t
}

// rows reads the translations of pages, of one locale when l is not nil, in the order of
// their IDs, each with its files when the kind has attachments.
func (k *Kind) rows(ctx context.Context, d database, itemIDs []int, l *locales.Locale) ([]*row, error) {
	if len(itemIDs) == 0 {
		return nil, nil
	}
	s, t := k.selectRows(d)
	where := sql.InInts(t.C(k.Tables.ItemColumn), itemIDs...)
	if l != nil {
		where = sql.And(where, sql.EQ(t.C("locale"), string(*l)))
	}
	var out []*row
	if err := scan(ctx, d, s.Where(where).OrderBy(t.C("id")), &out); err != nil {
		return nil, err
	}
	return out, k.withFiles(ctx, d, out)
}

// row reads the translation of a page in l; nil when it has none.
func (k *Kind) row(ctx context.Context, d database, itemID int, l locales.Locale) (*row, error) {
	rs, err := k.rows(ctx, d, []int{itemID}, &l)
	if err != nil || len(rs) == 0 {
		return nil, err
	}
	return rs[0], nil
}

// targets are the translations an operation on one locale, or on all (l nil), acts on, of a
// page that is not deleted: NOT_FOUND (TRANSLATION_MISSING) when there is none.
func (k *Kind) targets(ctx context.Context, d database, spaceID, id int, l *locales.Locale) ([]*row, error) {
	if _, err := k.live(ctx, d, spaceID, id); err != nil {
		return nil, err
	}
	rs, err := k.rows(ctx, d, []int{id}, l)
	if err == nil && len(rs) == 0 {
		err = &apperr.Error{Code: apperr.NotFound, MessageID: "TRANSLATION_MISSING"}
	}
	return rs, err
}

// byLocale is the translation of rs in l and the other one (nil when missing).
func byLocale(rs []*row, l locales.Locale) (t, other *row) {
	for _, r := range rs {
		if r.Locale == l {
			t = r
		} else {
			other = r
		}
	}
	return t, other
}

// withFiles loads the IDs of the rows' files, draft and published, when the kind has some.
func (k *Kind) withFiles(ctx context.Context, d database, rs []*row) error {
	a := k.Tables.Attachments
	if a == nil || len(rs) == 0 {
		return nil
	}
	byID := make(map[int]*row, len(rs))
	ids := make([]int, len(rs))
	for i, r := range rs {
		byID[r.ID], ids[i] = r, r.ID
	}
	for _, table := range []string{a.Published, a.Draft} {
		var links []struct{ Row, File int }
		q := builder(d).Select(sql.As(a.Columns[0], "row"), sql.As(a.Columns[1], "file")).From(sql.Table(table)).
			Where(sql.InInts(a.Columns[0], ids...)).OrderBy(a.Columns[1])
		if err := scan(ctx, d, q, &links); err != nil {
			return err
		}
		for _, l := range links {
			r := byID[l.Row]
			if table == a.Draft {
				r.draftFiles = append(r.draftFiles, l.File)
			} else {
				r.files = append(r.files, l.File)
			}
		}
	}
	return nil
}

// files loads files by their IDs, in that order.
func files(ctx context.Context, c *ent.Client, ids []int) ([]*ent.File, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	fs, err := c.File.Query().Where(file.IDIn(ids...)).All(ctx)
	if err != nil {
		return nil, err
	}
	byID := make(map[int]*ent.File, len(fs))
	for _, f := range fs {
		byID[f.ID] = f
	}
	out := make([]*ent.File, 0, len(ids))
	for _, id := range ids {
		if f := byID[id]; f != nil {
			out = append(out, f)
		}
	}
	return out, nil
}

// sameIDs says whether two lists of IDs hold the same IDs, in any order.
func sameIDs(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	in := make(map[int]bool, len(a))
	for _, id := range a {
		in[id] = true
	}
	for _, id := range b {
		if !in[id] {
			return false
		}
	}
	return true
}

func sameID(a, b *int) bool { return (a == nil && b == nil) || (a != nil && b != nil && *a == *b) }

// setText sets a translation's text columns, the draft's ("draft_" prefix) or the published
// ones, to c.
func (k *Kind) setText(set func(column string, v any), prefix string, c content) {
	values := map[string]any{"title": c.Title, "summary": c.Summary, "body": c.Body, "slug": c.Slug, "url": c.URL}
	for _, col := range k.textColumns() {
		switch col[1] {
		case "fileid":
			set(prefix+col[0], nullable(c.FileID))
		default:
			set(prefix+col[0], values[col[1]])
		}
	}
}

// nullable is an optional ID as a statement's argument.
func nullable(id *int) any {
	if id == nil {
		return nil
	}
	return *id
}

// claimSlug makes slug s answer for page id in its space and locale; another page holding it
// is a CONFLICT that names that page. field names the slug in the editor's input.
func (k *Kind) claimSlug(ctx context.Context, d database, spaceID, id int, l locales.Locale, s, field string) error {
	if s == "" {
		return apperr.Invalid(apperr.Violation{Field: field, Code: "SLUG_INVALID"})
	}
	taken := func(owner int) error {
		e := &apperr.Error{Code: apperr.Conflict, MessageID: "SLUG_TAKEN", Data: map[string]any{"Slug": s}}
		if owner != 0 {
			e.ID = fmt.Sprint(owner)
		}
		return e
	}
	var owners []struct{ ID int }
	q := builder(d).Select(sql.As(k.Tables.ItemColumn, "id")).From(sql.Table(k.Tables.Slugs)).
		Where(sql.And(sql.EQ("space_id", spaceID), sql.EQ("slug", s), sql.EQ("locale", string(l))))
	if err := scan(ctx, d, q, &owners); err != nil {
		return err
	}
	switch {
	case len(owners) > 0 && owners[0].ID != id:
		return taken(owners[0].ID)
	case len(owners) > 0:
		return nil
	}
	_, err := insert(ctx, d, builder(d).Insert(k.Tables.Slugs).
		Set("space_id", spaceID).Set("locale", string(l)).Set("slug", s).Set(k.Tables.ItemColumn, id))
	if errors.Is(err, errTaken) {
		return taken(0)
	}
	return err
}
