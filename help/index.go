package help

import (
	"context"
	"fmt"

	"entgo.io/ent/dialect/sql"

	"guichet/ent"
	"guichet/ent/privacy"
	"guichet/locales"
)

// The search index follows the pages of every kind: one row per published translation of a
// page that is not deleted, written in the transaction of the change.

// indexRow is what the index holds of one published translation.
type indexRow struct {
	kind                  string
	id, spaceID           int
	locale                locales.Locale
	audience              string
	title, summary, plain string
}

// Index brings the rows of the search index of page id of kind k in line with the database
// inside tx: one row per published translation of the page, none when it has none or is
// deleted. Editing calls it in the transaction of every change, so that the index never
// disagrees with what is committed. A nil kind indexes nothing.
func Index(ctx context.Context, tx *ent.Tx, k *Kind, id int) error {
	if k == nil || id == 0 {
		return nil
	}
	idx := indexOf(tx)
	if err := idx.deleteItem(ctx, tx, k.Name, id); err != nil {
		return fmt.Errorf("indexing %s %d: %w", k.Name, id, err)
	}
	rows, _, err := k.indexRows(indexing(ctx), tx, 0, sql.EQ("id", id))
	if err != nil {
		return fmt.Errorf("indexing %s %d: %w", k.Name, id, err)
	}
	return idx.insert(ctx, tx, rows)
}

// indexing is ctx for reading what to index: everything, whoever the viewer is, since the
// index records each item's audience and Search filters on it.
func indexing(ctx context.Context) context.Context {
	return privacy.DecisionContext(ctx, privacy.Allow)
}

// Reindex rebuilds the search index of the given spaces from their published translations,
// inside tx, so the index always matches the content committed with it.
func Reindex(ctx context.Context, tx *ent.Tx, spaceIDs []int) error {
	idx := indexOf(tx)
	written := 0
	for _, id := range spaceIDs {
		if err := idx.deleteSpace(ctx, tx, id); err != nil {
			return fmt.Errorf("reindex: %w", err)
		}
		n, err := indexAll(ctx, tx, sql.EQ("space_id", id))
		if err != nil {
			return err
		}
		written += n
	}
	return idx.optimize(ctx, tx, written)
}

// ReindexAll rebuilds the whole search index inside tx: after a migration that recreated it
// (an empty index finds nothing), or to repair it.
func ReindexAll(ctx context.Context, tx *ent.Tx) error {
	idx := indexOf(tx)
	if err := idx.deleteAll(ctx, tx); err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	n, err := indexAll(ctx, tx, nil)
	if err != nil {
		return err
	}
	return idx.optimize(ctx, tx, n)
}

// indexAll writes the rows of the pages, of every kind, that where selects (all when nil),
// and says how many. It reads them a page of translations at a time, so that reindexing a
// large space holds one page of texts in memory, not all of them.
func indexAll(ctx context.Context, tx *ent.Tx, where *sql.Predicate) (int, error) {
	rctx := indexing(ctx)
	written := 0
	for _, k := range Kinds {
		for after := 0; ; {
			rows, next, err := k.indexRows(rctx, tx, after, where)
			if err != nil {
				return 0, fmt.Errorf("reindex: %w", err)
			}
			if err := indexOf(tx).insert(ctx, tx, rows); err != nil {
				return 0, err
			}
			written += len(rows)
			if next == 0 {
				break
			}
			after = next
		}
	}
	return written, nil
}

// reindexPage is how many translations one query of a reindex reads: a page of the longest
// bodies (200,000 characters) stays within a few tens of MB.
const reindexPage = 100

// indexRows are the index rows of the published translations of the kind's pages where
// selects (every page when nil), deleted ones left out: one page of them, of the translations
// past the ID after (0 for the first page), with the ID to read the next page after (0 when
// none is left). The page's items are read by their IDs, at most reindexPage of them.
func (k *Kind) indexRows(ctx context.Context, tx *ent.Tx, after int, where *sql.Predicate) ([]indexRow, int, error) {
	b := builder(tx)
	t := b.Table(k.Tables.Translation)
	pages := b.Select("id").From(b.Table(k.Tables.Item)).Where(sql.IsNull("deleted_at"))
	if where != nil {
		pages.Where(where)
	}
	cols := []string{t.C("id"), sql.As(t.C(k.Tables.ItemColumn), "itemid"), t.C("locale"),
		sql.As(t.C(k.Text.Title.Name), "title"), t.C("plain")}
	if k.Text.Summary.Name != "" {
		cols = append(cols, sql.As(t.C(k.Text.Summary.Name), "summary"))
	}
	var ts []*row
	q := b.Select(cols...).From(t).Where(sql.And(sql.EQ(t.C("published"), true), sql.In(t.C(k.Tables.ItemColumn), pages),
		sql.GT(t.C("id"), after))).OrderBy(t.C("id")).Limit(reindexPage)
	if err := scan(ctx, tx, q, &ts); err != nil || len(ts) == 0 {
		return nil, 0, err
	}
	itemIDs := make([]int, len(ts))
	for i, t := range ts {
		itemIDs[i] = t.ItemID
	}
	items, err := k.items(ctx, tx, sql.InInts("id", itemIDs...))
	if err != nil {
		return nil, 0, err
	}
	byID := make(map[int]*item, len(items))
	for _, it := range items {
		byID[it.ID] = it
	}
	rows := make([]indexRow, 0, len(ts))
	for _, t := range ts {
		if it := byID[t.ItemID]; it != nil {
			rows = append(rows, indexRow{k.Name, it.ID, it.SpaceID, t.Locale, string(it.Audience), t.Title, t.Summary, t.Plain})
		}
	}
	next := 0
	if len(ts) == reindexPage {
		next = ts[len(ts)-1].ID
	}
	return rows, next, nil
}
