-- The FTS5 index of published translations (help/SEARCH.md): one row per translation, its
-- words stemmed, accent-folded and stop words dropped by the help package before they are
-- written. Contentless: snippets are cut from the content tables. The table's name carries the
-- version of its columns; the former version (title, body, no summary) is dropped, and
-- help.ReindexAll fills the new one (the server does when it finds it empty).
-- A later version that drops search_index_v2 must also drop search_index_v2_content: SQLite's
-- DROP TABLE leaves that shadow table of a contentless_unindexed table behind.
DROP TABLE IF EXISTS search_index;
CREATE VIRTUAL TABLE IF NOT EXISTS search_index_v2 USING fts5(
	kind UNINDEXED, item_id UNINDEXED, space_id UNINDEXED, locale UNINDEXED, audience UNINDEXED,
	title, summary, body, scope,
	content = '', contentless_delete = 1, contentless_unindexed = 1,
	tokenize = 'unicode61 remove_diacritics 2');
