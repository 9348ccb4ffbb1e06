package help_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"guichet/ent"
	"guichet/ent/faq"
	"guichet/ent/faqtranslation"
	"guichet/ent/guide"
	"guichet/ent/guidetranslation"
	"guichet/ent/privacy"
	"guichet/ent/resource"
	"guichet/ent/resourcetranslation"
	"guichet/help"
	"guichet/locales"
	"guichet/role"
	"guichet/store"
	"guichet/store/storetest"
)

// writeTx runs f in a transaction of a trusted writer (as the editor's services are), then
// commits.
func writeTx(t *testing.T, db *store.DB, f func(ctx context.Context, tx *ent.Tx) error) {
	t.Helper()
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	tx, err := db.Client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := f(ctx, tx); err != nil {
		tx.Rollback()
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

// findsItem reports whether query, searched in l by readers with audiences, finds the item key.
func findsItem(t *testing.T, db *store.DB, spaceID int, query string, l locales.Locale, key string, audiences ...role.Audience) bool {
	t.Helper()
	return slices.Contains(hitKeys(searchHits(t, db, reader(spaceID, audiences...), query, l, 50)), key)
}

// Publishing, unpublishing, deleting, restoring and changing the audience of a guide, each
// followed by help.Index in its transaction, keep the index exact.
func TestIndexGuideFollowsPublishing(t *testing.T) {
	db, spaces := searchDB(t)
	sp := spaces["certification"]
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	g, err := db.Client.Guide.Query().Where(guide.SpaceID(sp), guide.Key("siret")).Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	const key = "guide:siret"
	check := func(step string, fr, en bool) {
		t.Helper()
		if got := findsItem(t, db, sp, "saisir numéro SIRET", locales.FR, key); got != fr {
			t.Errorf("%s: found in French %v, want %v", step, got, fr)
		}
		if got := findsItem(t, db, sp, "entering SIRET number", locales.EN, key); got != en {
			t.Errorf("%s: found in English %v, want %v", step, got, en)
		}
	}
	check("imported", true, true)

	writeTx(t, db, func(ctx context.Context, tx *ent.Tx) error {
		if err := tx.GuideTranslation.Update().Where(guidetranslation.GuideID(g.ID), guidetranslation.LocaleEQ(locales.FR)).
			SetPublished(false).Exec(ctx); err != nil {
			return err
		}
		return help.Index(ctx, tx, help.Guides, g.ID)
	})
	check("French unpublished", false, true)

	writeTx(t, db, func(ctx context.Context, tx *ent.Tx) error {
		if err := tx.Guide.UpdateOneID(g.ID).SetDeletedAt(time.Now()).Exec(ctx); err != nil {
			return err
		}
		return help.Index(ctx, tx, help.Guides, g.ID)
	})
	check("deleted", false, false)

	writeTx(t, db, func(ctx context.Context, tx *ent.Tx) error {
		if err := tx.Guide.UpdateOneID(g.ID).ClearDeletedAt().Exec(ctx); err != nil {
			return err
		}
		if err := tx.GuideTranslation.Update().Where(guidetranslation.GuideID(g.ID)).SetPublished(true).Exec(ctx); err != nil {
			return err
		}
		if err := tx.GuideTranslation.Update().Where(guidetranslation.GuideID(g.ID), guidetranslation.LocaleEQ(locales.FR)).
			SetTitle("Saisir le numéro SIRET de votre établissement").Exec(ctx); err != nil {
			return err
		}
		return help.Index(ctx, tx, help.Guides, g.ID)
	})
	check("restored and published again", true, true)
	if !findsItem(t, db, sp, "établissement SIRET", locales.FR, key) {
		t.Error("the new title is not indexed")
	}

	writeTx(t, db, func(ctx context.Context, tx *ent.Tx) error {
		if err := tx.Guide.UpdateOneID(g.ID).SetAudience(role.EntityManager).Exec(ctx); err != nil {
			return err
		}
		return help.Index(ctx, tx, help.Guides, g.ID)
	})
	check("for entity managers", false, false)
	if !findsItem(t, db, sp, "saisir numéro SIRET", locales.FR, key, role.Public, role.EntityManager) {
		t.Error("entity managers do not find it")
	}
	// An editor whose audiences do not include the guide's still indexes it whole: the index
	// is written past the viewer's filters.
	editor := reader(sp, role.Public, role.Editor)
	tx, err := db.Client.Tx(privacy.DecisionContext(editor, privacy.Allow))
	if err != nil {
		t.Fatal(err)
	}
	if err := help.Index(editor, tx, help.Guides, g.ID); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := itemIndexRows(t, db, "guide", g.ID); got != 2 {
		t.Errorf("%d rows for the guide, want 2", got)
	}
}

func TestIndexFaqAndResource(t *testing.T) {
	db, spaces := searchDB(t)
	sp := spaces["mentoring"]
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	f, err := db.Client.Faq.Query().Where(faq.SpaceID(sp), faq.Key("logo-format")).Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r, err := db.Client.Resource.Query().Where(resource.SpaceID(sp), resource.Key("logo-sheet")).Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !findsItem(t, db, sp, "logo", locales.EN, "faq:logo-format") || !findsItem(t, db, sp, "logo", locales.EN, "resource:logo-sheet") {
		t.Fatal("imported: not found")
	}
	writeTx(t, db, func(ctx context.Context, tx *ent.Tx) error {
		if err := tx.FaqTranslation.Update().Where(faqtranslation.FaqID(f.ID)).SetPublished(false).Exec(ctx); err != nil {
			return err
		}
		if err := tx.ResourceTranslation.Update().Where(resourcetranslation.ResourceID(r.ID), resourcetranslation.LocaleEQ(locales.EN)).
			SetPublished(false).Exec(ctx); err != nil {
			return err
		}
		if err := help.Index(ctx, tx, help.Faqs, f.ID); err != nil {
			return err
		}
		return help.Index(ctx, tx, help.Resources, r.ID)
	})
	if findsItem(t, db, sp, "logo", locales.EN, "faq:logo-format") || findsItem(t, db, sp, "logo", locales.EN, "resource:logo-sheet") {
		t.Error("unpublished: still found")
	}
	if !findsItem(t, db, sp, "logo", locales.FR, "resource:logo-sheet") {
		t.Error("the French resource, still published, is not found")
	}
	if got := itemIndexRows(t, db, "faq", f.ID) + itemIndexRows(t, db, "resource", r.ID); got != 1 {
		t.Errorf("%d rows, want 1 (the French resource)", got)
	}
}

// Rebuilds give the index the incremental updates gave it.
func TestReindexAllMatchesIncrementalUpdates(t *testing.T) {
	db, _ := searchDB(t)
	before := searchIndexSnapshot(t, db)
	writeTx(t, db, func(ctx context.Context, tx *ent.Tx) error {
		ids, err := tx.Guide.Query().IDs(ctx)
		if err != nil {
			return err
		}
		for _, id := range ids {
			if err := help.Index(ctx, tx, help.Guides, id); err != nil {
				return err
			}
		}
		return nil
	})
	if after := searchIndexSnapshot(t, db); !slices.Equal(before, after) {
		t.Fatalf("Index of every guide changed the index:\n%v\n%v", before, after)
	}
	writeTx(t, db, help.ReindexAll)
	if after := searchIndexSnapshot(t, db); !slices.Equal(before, after) {
		t.Fatalf("ReindexAll changed the index:\n%v\n%v", before, after)
	}
	writeTx(t, db, func(ctx context.Context, tx *ent.Tx) error {
		ids, err := tx.Space.Query().IDs(ctx)
		if err != nil {
			return err
		}
		return help.Reindex(ctx, tx, ids)
	})
	if after := searchIndexSnapshot(t, db); !slices.Equal(before, after) {
		t.Fatalf("Reindex of every space changed the index:\n%v\n%v", before, after)
	}
}

// A reindex reads a space's translations a page at a time: one of three pages (the 300
// translations of the generated guides) indexes every published one, as indexing each guide
// does, and leaves out the deleted guide and the unpublished translation.
func TestReindexReadsEveryPage(t *testing.T) {
	db, _ := searchDB(t)
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	spaceID := generateGuides(t, ctx, db, 150)
	writeTx(t, db, func(ctx context.Context, tx *ent.Tx) error {
		ids, err := tx.Guide.Query().Where(guide.SpaceID(spaceID)).Order(ent.Asc(guide.FieldID)).IDs(ctx)
		if err != nil {
			return err
		}
		if err := tx.Guide.UpdateOneID(ids[100]).SetDeletedAt(time.Now()).Exec(ctx); err != nil {
			return err
		}
		if err := tx.GuideTranslation.Update().Where(guidetranslation.GuideID(ids[140]), guidetranslation.LocaleEQ(locales.EN)).
			SetPublished(false).Exec(ctx); err != nil {
			return err
		}
		for _, id := range ids {
			if err := help.Index(ctx, tx, help.Guides, id); err != nil {
				return err
			}
		}
		return nil
	})
	each := searchIndexSnapshot(t, db)
	writeTx(t, db, func(ctx context.Context, tx *ent.Tx) error { return help.Reindex(ctx, tx, []int{spaceID}) })
	if after := searchIndexSnapshot(t, db); !slices.Equal(each, after) {
		t.Fatalf("Reindex gave another index than Index of each guide: %d rows, then %d", len(each), len(after))
	}
	table := "search_index_v2"
	if storetest.Postgres() {
		table = "search_documents"
	}
	var n int
	if err := db.SQL.QueryRow(db.Rebind(`SELECT count(*) FROM `+table+` WHERE kind = 'guide' AND space_id = ?`), spaceID).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if want := 2*150 - 2 - 1; n != want {
		t.Fatalf("%d rows of the space's guides, want %d", n, want)
	}
}

// A database made before the index had a summary column: migrating drops the old index,
// which finds nothing until ReindexAll fills the new one; migrating again changes nothing.
func TestMigrateReplacesTheFormerIndex(t *testing.T) {
	if storetest.Postgres() {
		t.Skip("SQLite's former index: PostgreSQL's came with versioned migrations")
	}
	db, spaces := searchDB(t)
	ctx := context.Background()
	for _, stmt := range []string{
		`DROP TABLE schema_migrations`, // as ent's automatic migration left databases (see store)
		`DROP TABLE search_index_v2`,
		`DROP TABLE search_index_v2_content`, // which SQLite's DROP TABLE leaves (see store)
		`CREATE VIRTUAL TABLE search_index USING fts5(
			kind UNINDEXED, item_id UNINDEXED, space_id UNINDEXED, locale UNINDEXED, audience UNINDEXED,
			title, body, tokenize = 'unicode61 remove_diacritics 2')`,
		`INSERT INTO search_index (kind, item_id, space_id, locale, audience, title, body) VALUES ('guide', 1, 1, 'FR', 'PUBLIC', 'siret', '')`,
	} {
		if _, err := db.SQL.ExecContext(ctx, stmt); err != nil {
			t.Fatal(err)
		}
	}
	for range 2 {
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
	}
	var n int
	if err := db.SQL.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE name = 'search_index'`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("the former index is still there (%d, %v)", n, err)
	}
	sp := spaces["certification"]
	if res := searchHits(t, db, reader(sp), "SIRET", locales.FR, 10); res.TotalCount != 0 {
		t.Fatalf("an empty index finds %d", res.TotalCount)
	}
	writeTx(t, db, help.ReindexAll)
	if !findsItem(t, db, sp, "SIRET", locales.FR, "guide:siret") {
		t.Fatal("ReindexAll did not fill the index")
	}
}

func itemIndexRows(t *testing.T, db *store.DB, kind string, id int) int {
	t.Helper()
	var n int
	table := "search_index_v2"
	if storetest.Postgres() {
		table = "search_documents"
	}
	if err := db.SQL.QueryRow(db.Rebind(`SELECT count(*) FROM `+table+` WHERE kind = ? AND item_id = ?`), kind, id).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// searchIndexSnapshot lists the index's rows and, for each, the terms of each column.
func searchIndexSnapshot(t *testing.T, db *store.DB) []string {
	t.Helper()
	ctx := context.Background()
	if storetest.Postgres() {
		return rowsOf(t, db, `SELECT kind || ' ' || item_id || ' ' || space_id || ' ' || locale || ' ' || audience || ' ' ||
			title_words || ' ' || document::text FROM search_documents ORDER BY kind, item_id, locale`)
	}
	conn, err := db.SQL.Conn(ctx) // the vocabulary table is the connection's
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, search_index_v2, instance)`); err != nil {
		t.Fatal(err)
	}
	rows, err := conn.QueryContext(ctx, `SELECT s.rowid || ' ' || s.kind || ' ' || s.item_id || ' ' || s.space_id || ' ' || s.locale || ' ' || s.audience || ' ' ||
		coalesce((SELECT group_concat(col || ':' || term || ':' || offset, ' ') FROM (SELECT * FROM temp.search_terms v WHERE v.doc = s.rowid ORDER BY col, offset)), '')
		FROM search_index_v2 s ORDER BY s.rowid`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if len(out) == 0 {
		t.Fatal("empty index")
	}
	return out
}

func rowsOf(t *testing.T, db *store.DB, query string) []string {
	t.Helper()
	rows, err := db.SQL.Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 {
		t.Fatal("empty index")
	}
	return out
}
