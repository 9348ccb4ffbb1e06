package ent

// Hand-written (not generated): a reader's guide found by its slug, read in one statement with
// its published translations, and their attachments in one more — where the eager-loading
// query takes three, and builds every statement's text again on each request. The texts are
// built once per dialect and shape, by ent's builder, and kept (help.Service.GuideBySlug).

import (
	"context"
	"database/sql/driver"
	"fmt"
	"slices"
	"sync"

	"entgo.io/ent/dialect/sql"

	"guichet/ent/file"
	"guichet/ent/guide"
	"guichet/ent/guideslug"
	"guichet/ent/guidetranslation"
	"guichet/locales"
	"guichet/role"
)

// GuideReader reads guides with their published translations, translation columns chosen
// once.
type GuideReader struct {
	columns []string // of the translations: their id first
	texts   sync.Map // statementKey → statement
	// where a row's guide, translation and file columns are scanned (nil: scanValues)
	guideRow, translationRow, fileRow *rowLayout
}

type statementKey struct {
	dialect string
	n       int // audiences, or translations
	kind    byte
}

// statement is a kept statement's text and, for each of its arguments, which value of the
// request it takes (-1: the constant the builder gave).
type statement struct {
	query     string
	from      []int
	constants []any
}

// NewGuideReader reads the translations' columns given (their id and guide are added).
func NewGuideReader(translationColumns []string) *GuideReader {
	cols := []string{guidetranslation.FieldID}
	if !slices.Contains(translationColumns, guidetranslation.FieldGuideID) {
		cols = append(cols, guidetranslation.FieldGuideID)
	}
	for _, c := range translationColumns {
		if c != guidetranslation.FieldID {
			cols = append(cols, c)
		}
	}
	r := &GuideReader{columns: cols}
	if v, err := (*Guide).scanValues(nil, guide.Columns); err == nil {
		r.guideRow = layoutOf(v)
	}
	if v, err := (*GuideTranslation).scanValues(nil, cols); err == nil {
		r.translationRow = layoutOf(v)
	}
	if v, err := (*File).scanValues(nil, file.Columns); err == nil {
		r.fileRow = layoutOf(v)
	}
	return r
}

// scanValues are the destinations of a row of columns with layout l, as scanValues gives
// them, appended to dst.
func scanValues(dst []any, l *rowLayout, generated func([]string) ([]any, error), columns []string) ([]any, error) {
	if l != nil {
		return l.into(dst), nil
	}
	v, err := generated(columns)
	return append(dst, v...), err
}

// kept returns the statement of key, built by build at its first use. build is given
// placeholder values (sentinels) and the statement records where each request's value goes.
func (r *GuideReader) kept(key statementKey, build func(b *sql.DialectBuilder, arg func(i int) any) (string, []any)) (*statement, error) {
	if st, ok := r.texts.Load(key); ok {
		return st.(*statement), nil
	}
	type sentinel struct{ i int }
	q, args := build(sql.Dialect(key.dialect), func(i int) any { return sentinel{i} })
	st := &statement{query: q, from: make([]int, len(args)), constants: make([]any, len(args))}
	for i, a := range args {
		if s, ok := a.(sentinel); ok {
			st.from[i] = s.i
		} else {
			st.from[i], st.constants[i] = -1, a
		}
	}
	r.texts.Store(key, st)
	return st, nil
}

func (st *statement) args(values ...any) []any {
	args := make([]any, len(st.from))
	for i, f := range st.from {
		if f < 0 {
			args[i] = st.constants[i]
		} else {
			args[i] = values[f]
		}
	}
	return args
}

// BySlug is what GuideQuery with Guide's read policy, help's bySlug predicate and eager-loaded
// published translations (with their attachments when asked) reads, for a viewer of spaceID
// who may read audiences: the guide whose translation in l had slug, else the other locale's,
// when the viewer may read it and it has a published translation; nil otherwise. The
// policy's filter is written out here: the caller checks that no decision in ctx replaces it
// and ok is false (nothing read) when the client has interceptors the statement would skip.
func (r *GuideReader) BySlug(ctx context.Context, c *Client, spaceID int, audiences []role.Audience, slug string, l locales.Locale, attachments bool) (g *Guide, ok bool, err error) {
	if !r.Usable(c) || len(audiences) == 0 {
		return nil, false, nil
	}
	st, err := r.kept(statementKey{c.driver.Dialect(), len(audiences), 's'}, func(b *sql.DialectBuilder, arg func(int) any) (string, []any) {
		return r.bySlugStatement(b, arg, len(audiences))
	})
	if err != nil {
		return nil, false, err
	}
	values := make([]any, 3+len(audiences))
	values[0], values[1], values[2] = spaceID, slug, string(l)
	for i, a := range audiences {
		values[3+i] = string(a)
	}
	rows := &sql.Rows{}
	if err := c.driver.Query(ctx, st.query, st.args(values...), rows); err != nil {
		return nil, false, err
	}
	defer rows.Close()
	nguide := len(guide.Columns)
	for rows.Next() {
		values, err := scanValues(make([]any, 0, nguide+len(r.columns)), r.guideRow, (*Guide)(nil).scanValues, guide.Columns)
		if err != nil {
			return nil, false, err
		}
		if values, err = scanValues(values, r.translationRow, (*GuideTranslation)(nil).scanValues, r.columns); err != nil {
			return nil, false, err
		}
		if err := rows.Scan(values...); err != nil {
			return nil, false, err
		}
		gv, tv := values[:nguide], values[nguide:]
		if g == nil {
			g = &Guide{config: c.config}
			g.Edges.loadedTypes[2] = true
			g.Edges.Translations = []*GuideTranslation{}
			if err := g.assignValues(guide.Columns, gv); err != nil {
				return nil, false, err
			}
		}
		t := &GuideTranslation{config: c.config}
		t.Edges.loadedTypes[2] = attachments
		if err := t.assignValues(r.columns, tv); err != nil {
			return nil, false, err
		}
		g.Edges.Translations = append(g.Edges.Translations, t)
	}
	if err := rows.Err(); err != nil {
		return nil, false, err
	}
	rows.Close()
	if g != nil && attachments {
		if err := r.loadAttachments(ctx, c, g.Edges.Translations); err != nil {
			return nil, false, err
		}
	}
	return g, true, nil
}

// bySlugStatement: values are the space, the slug, the locale, then n audiences.
func (r *GuideReader) bySlugStatement(b *sql.DialectBuilder, arg func(int) any, n int) (string, []any) {
	g, t, s := sql.Table(guide.Table).As("g"), sql.Table(guidetranslation.Table).As("t"), sql.Table(guideslug.Table).As("s")
	first := sql.ExprFunc(func(b *sql.Builder) {
		b.WriteString("CASE WHEN " + s.C(guideslug.FieldLocale) + " = ").Arg(arg(2)).WriteString(" THEN 0 ELSE 1 END")
	})
	audiences := make([]any, n)
	for i := range audiences {
		audiences[i] = arg(3 + i)
	}
	// The policy's filter (schema.ReadableContent) on the guide; its "has a published
	// translation" is the join's.
	return b.Select(append(g.Columns(guide.Columns...), t.Columns(r.columns...)...)...).
		From(g).Join(t).On(t.C(guidetranslation.FieldGuideID), g.C(guide.FieldID)).
		Where(sql.And(
			// "=", not the query's "IN": a scalar subquery makes SQLite read the one guide by its
			// key, where with IN it stepped through every guide of the space.
			sql.EQ(g.C(guide.FieldID), sql.Select(s.C(guideslug.FieldGuideID)).From(s).
				Where(sql.And(sql.EQ(s.C(guideslug.FieldSpaceID), arg(0)), sql.EQ(s.C(guideslug.FieldSlug), arg(1)))).
				OrderExpr(first).Limit(1)),
			sql.EQ(g.C(guide.FieldSpaceID), arg(0)),
			sql.IsNull(g.C(guide.FieldDeletedAt)),
			sql.In(g.C(guide.FieldAudience), audiences...),
			sql.EQ(t.C(guidetranslation.FieldPublished), true),
		)).
		Query()
}

// loadAttachments reads the files of translations as GuideTranslationQuery.WithAttachments
// does, in the same statement and the same order: each file once, in the order it first
// comes, given to every translation that has it.
func (r *GuideReader) loadAttachments(ctx context.Context, c *Client, translations []*GuideTranslation) error {
	st, err := r.kept(statementKey{c.driver.Dialect(), len(translations), 'a'}, func(b *sql.DialectBuilder, arg func(int) any) (string, []any) {
		f, j := sql.Table(file.Table), sql.Table(guidetranslation.AttachmentsTable).As("t1") // as the eager loading writes it
		ids := make([]driver.Value, len(translations))
		for i := range ids {
			ids[i] = arg(i)
		}
		return b.Select(append([]string{j.C(guidetranslation.AttachmentsPrimaryKey[0])}, f.Columns(file.Columns...)...)...).
			From(f).Join(j).On(f.C(file.FieldID), j.C(guidetranslation.AttachmentsPrimaryKey[1])).
			Where(sql.InValues(j.C(guidetranslation.AttachmentsPrimaryKey[0]), ids...)).
			Query()
	})
	if err != nil {
		return err
	}
	values := make([]any, len(translations))
	byID := make(map[int]*GuideTranslation, len(translations))
	for i, t := range translations {
		values[i] = t.ID
		byID[t.ID] = t
		t.Edges.Attachments = []*File{}
	}
	rows := &sql.Rows{}
	if err := c.driver.Query(ctx, st.query, st.args(values...), rows); err != nil {
		return err
	}
	defer rows.Close()
	var files []*File
	of := map[int][]*GuideTranslation{}
	for rows.Next() {
		var tid sql.NullInt64
		values, err := scanValues(append(make([]any, 0, 1+len(file.Columns)), &tid), r.fileRow, (*File)(nil).scanValues, file.Columns)
		if err != nil {
			return err
		}
		if err := rows.Scan(values...); err != nil {
			return err
		}
		fv := values[1:]
		fileID := fv[0].(*sql.NullInt64).Int64
		t := byID[int(tid.Int64)]
		if t == nil {
			return fmt.Errorf("ent: attachment of translation %d, which was not read", tid.Int64)
		}
		if ts, seen := of[int(fileID)]; seen {
			of[int(fileID)] = append(ts, t)
			continue
		}
		f := &File{config: c.config}
		if err := f.assignValues(file.Columns, fv); err != nil {
			return err
		}
		files = append(files, f)
		of[f.ID] = []*GuideTranslation{t}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, f := range files {
		for _, t := range of[f.ID] {
			t.Edges.Attachments = append(t.Edges.Attachments, f)
		}
	}
	return nil
}

// Usable says whether the reader's statements answer as c's queries would: not when c has
// interceptors of guides, translations or files, which the statements would skip.
func (r *GuideReader) Usable(c *Client) bool {
	return len(c.inters.Guide)+len(c.inters.GuideTranslation)+len(c.inters.File) == 0
}

// LoadTranslations sets the published translations of guides (and their attachments when
// asked), as WithTranslations with the published filter and the reader's columns does, in
// one statement: the eager loading's, its text kept.
func (r *GuideReader) LoadTranslations(ctx context.Context, c *Client, guides []*Guide, attachments bool) error {
	if len(guides) == 0 {
		return nil
	}
	st, err := r.kept(statementKey{c.driver.Dialect(), len(guides), 't'}, func(b *sql.DialectBuilder, arg func(int) any) (string, []any) {
		t := sql.Table(guidetranslation.Table)
		ids := make([]driver.Value, len(guides))
		for i := range ids {
			ids[i] = arg(i)
		}
		return b.Select(t.Columns(r.columns...)...).From(t).
			Where(sql.And(sql.EQ(t.C(guidetranslation.FieldPublished), true), sql.InValues(t.C(guidetranslation.FieldGuideID), ids...))).
			Query()
	})
	if err != nil {
		return err
	}
	values := make([]any, len(guides))
	byID := make(map[int]*Guide, len(guides))
	for i, g := range guides {
		values[i] = g.ID
		byID[g.ID] = g
		g.Edges.loadedTypes[2] = true
		g.Edges.Translations = []*GuideTranslation{}
	}
	rows := &sql.Rows{}
	if err := c.driver.Query(ctx, st.query, st.args(values...), rows); err != nil {
		return err
	}
	defer rows.Close()
	var all []*GuideTranslation
	for rows.Next() {
		tv, err := scanValues(make([]any, 0, len(r.columns)), r.translationRow, (*GuideTranslation)(nil).scanValues, r.columns)
		if err != nil {
			return err
		}
		if err := rows.Scan(tv...); err != nil {
			return err
		}
		t := &GuideTranslation{config: c.config}
		t.Edges.loadedTypes[2] = attachments
		if err := t.assignValues(r.columns, tv); err != nil {
			return err
		}
		g := byID[t.GuideID]
		if g == nil {
			return fmt.Errorf("ent: translation %d of guide %d, which was not read", t.ID, t.GuideID)
		}
		g.Edges.Translations = append(g.Edges.Translations, t)
		all = append(all, t)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	rows.Close()
	if attachments && len(all) > 0 {
		return r.loadAttachments(ctx, c, all)
	}
	return nil
}

// BySlugText is BySlug's statement for n audiences, for the tests of its query plan.
func (r *GuideReader) BySlugText(dialect string, n int) (string, error) {
	st, err := r.kept(statementKey{dialect, n, 's'}, func(b *sql.DialectBuilder, arg func(int) any) (string, []any) {
		return r.bySlugStatement(b, arg, n)
	})
	if err != nil {
		return "", err
	}
	return st.query, nil
}
