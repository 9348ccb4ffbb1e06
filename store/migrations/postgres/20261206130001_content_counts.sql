-- The number of readable guides, FAQs, resources and news posts kept in row_counts (package
-- rowcount), by triggers in the transaction that writes the rows: what is counted is the
-- table's name, in the space (scope 0) and in the row's category (scope: its ID), under its
-- audience and Every, while the row is not deleted and has a published translation (the
-- privacy rule of every reader), so that a list's totalCount sums a few keys, whatever its size.
-- guides: a row in the space (scope 0) and in its category, under its audience and Every, while
-- it is not deleted and has a published translation.
CREATE FUNCTION "guides_count"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	was_in boolean := false;
	is_in boolean := false;
BEGIN
	IF TG_OP <> 'INSERT' THEN
		was_in := OLD.deleted_at IS NULL AND EXISTS (SELECT 1 FROM "guide_translations" AS t WHERE t.guide_id = OLD.id AND t.published);
	END IF;
	IF TG_OP <> 'DELETE' THEN
		is_in := NEW.deleted_at IS NULL AND EXISTS (SELECT 1 FROM "guide_translations" AS t WHERE t.guide_id = NEW.id AND t.published);
	END IF;
	IF TG_OP = 'INSERT' THEN
		PERFORM "row_counts_move"('guides', NULL, NULL, NULL,
			CASE WHEN is_in THEN NEW.space_id END, ARRAY[0, NEW.category_id]::bigint[], NEW.audience::text);
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM "row_counts_move"('guides', CASE WHEN was_in THEN OLD.space_id END, ARRAY[0, OLD.category_id]::bigint[], OLD.audience::text,
			NULL, NULL, NULL);
	ELSE
		PERFORM "row_counts_move"('guides', CASE WHEN was_in THEN OLD.space_id END, ARRAY[0, OLD.category_id]::bigint[], OLD.audience::text,
			CASE WHEN is_in THEN NEW.space_id END, ARRAY[0, NEW.category_id]::bigint[], NEW.audience::text);
	END IF;
	IF TG_OP = 'DELETE' THEN
		RETURN OLD;
	END IF;
	RETURN NULL;
END
$$;
CREATE TRIGGER "guides_count" AFTER INSERT ON "guides" FOR EACH ROW EXECUTE FUNCTION "guides_count"();
-- Before the row goes, while its translations are there: a cascade (none today: ON DELETE NO
-- ACTION) would delete them after it, when their own trigger no longer finds the row.
CREATE TRIGGER "guides_count_delete" BEFORE DELETE ON "guides" FOR EACH ROW EXECUTE FUNCTION "guides_count"();
CREATE TRIGGER "guides_count_update" AFTER UPDATE OF "deleted_at", "audience", "category_id", "space_id" ON "guides" FOR EACH ROW
	WHEN ((OLD.deleted_at IS NULL) IS DISTINCT FROM (NEW.deleted_at IS NULL) OR OLD.audience IS DISTINCT FROM NEW.audience
		OR OLD.category_id IS DISTINCT FROM NEW.category_id OR OLD.space_id IS DISTINCT FROM NEW.space_id)
	EXECUTE FUNCTION "guides_count"();
CREATE TRIGGER "guides_count_truncate" AFTER TRUNCATE ON "guides" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('guides');
-- guide_translations: the first published translation of a row counts it in, the last one to go counts it
-- out (the others as they are before the write); an update is the former row going and the new
-- one coming. The row is locked first, so that two transactions publishing or unpublishing
-- its translations at once see each other's (each statement of the function reads afresh).
-- BEFORE ROW: it sees the rows of its statement written before it, where an AFTER ROW trigger
-- sees all of them (two published translations inserted at once would count none, deleted at
-- once twice). No INSERT … ON CONFLICT writes this table: its BEFORE trigger would count a row
-- the conflict skips.
CREATE FUNCTION "guide_translations_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'INSERT' THEN
		PERFORM 1 FROM "guides" WHERE id = OLD.guide_id FOR NO KEY UPDATE;
	END IF;
	IF TG_OP <> 'DELETE' THEN
		PERFORM 1 FROM "guides" WHERE id = NEW.guide_id FOR NO KEY UPDATE;
	END IF;
	IF TG_OP <> 'INSERT' THEN
		IF OLD.published AND NOT EXISTS (SELECT 1 FROM "guide_translations" AS t WHERE t.guide_id = OLD.guide_id AND t.id <> OLD.id AND t.published) THEN
			PERFORM "row_counts_move"('guides', c.space_id, ARRAY[0, c.category_id]::bigint[], c.audience::text, NULL, NULL, NULL)
			FROM "guides" AS c WHERE c.id = OLD.guide_id AND c.deleted_at IS NULL;
		END IF;
	END IF;
	IF TG_OP <> 'DELETE' THEN
		IF NEW.published AND NOT EXISTS (SELECT 1 FROM "guide_translations" AS t WHERE t.guide_id = NEW.guide_id AND t.id <> NEW.id AND t.published) THEN
			PERFORM "row_counts_move"('guides', NULL, NULL, NULL, c.space_id, ARRAY[0, c.category_id]::bigint[], c.audience::text)
			FROM "guides" AS c WHERE c.id = NEW.guide_id AND c.deleted_at IS NULL;
		END IF;
	END IF;
	IF TG_OP = 'DELETE' THEN
		RETURN OLD;
	END IF;
	RETURN NEW;
END
$$;
CREATE TRIGGER "guide_translations_count" BEFORE INSERT OR DELETE ON "guide_translations" FOR EACH ROW EXECUTE FUNCTION "guide_translations_count"();
CREATE TRIGGER "guide_translations_count_update" BEFORE UPDATE OF "published", "guide_id" ON "guide_translations" FOR EACH ROW
	WHEN (OLD.published IS DISTINCT FROM NEW.published OR OLD.guide_id IS DISTINCT FROM NEW.guide_id)
	EXECUTE FUNCTION "guide_translations_count"();
CREATE TRIGGER "guide_translations_count_truncate" AFTER TRUNCATE ON "guide_translations" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('guides');
-- faqs: a row in the space (scope 0) and in its category, under its audience and Every, while
-- it is not deleted and has a published translation.
CREATE FUNCTION "faqs_count"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	was_in boolean := false;
	is_in boolean := false;
BEGIN
	IF TG_OP <> 'INSERT' THEN
		was_in := OLD.deleted_at IS NULL AND EXISTS (SELECT 1 FROM "faq_translations" AS t WHERE t.faq_id = OLD.id AND t.published);
	END IF;
	IF TG_OP <> 'DELETE' THEN
		is_in := NEW.deleted_at IS NULL AND EXISTS (SELECT 1 FROM "faq_translations" AS t WHERE t.faq_id = NEW.id AND t.published);
	END IF;
	IF TG_OP = 'INSERT' THEN
		PERFORM "row_counts_move"('faqs', NULL, NULL, NULL,
			CASE WHEN is_in THEN NEW.space_id END, ARRAY[0, NEW.category_id]::bigint[], NEW.audience::text);
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM "row_counts_move"('faqs', CASE WHEN was_in THEN OLD.space_id END, ARRAY[0, OLD.category_id]::bigint[], OLD.audience::text,
			NULL, NULL, NULL);
	ELSE
		PERFORM "row_counts_move"('faqs', CASE WHEN was_in THEN OLD.space_id END, ARRAY[0, OLD.category_id]::bigint[], OLD.audience::text,
			CASE WHEN is_in THEN NEW.space_id END, ARRAY[0, NEW.category_id]::bigint[], NEW.audience::text);
	END IF;
	IF TG_OP = 'DELETE' THEN
		RETURN OLD;
	END IF;
	RETURN NULL;
END
$$;
CREATE TRIGGER "faqs_count" AFTER INSERT ON "faqs" FOR EACH ROW EXECUTE FUNCTION "faqs_count"();
-- Before the row goes, while its translations are there: a cascade (none today: ON DELETE NO
-- ACTION) would delete them after it, when their own trigger no longer finds the row.
CREATE TRIGGER "faqs_count_delete" BEFORE DELETE ON "faqs" FOR EACH ROW EXECUTE FUNCTION "faqs_count"();
CREATE TRIGGER "faqs_count_update" AFTER UPDATE OF "deleted_at", "audience", "category_id", "space_id" ON "faqs" FOR EACH ROW
	WHEN ((OLD.deleted_at IS NULL) IS DISTINCT FROM (NEW.deleted_at IS NULL) OR OLD.audience IS DISTINCT FROM NEW.audience
		OR OLD.category_id IS DISTINCT FROM NEW.category_id OR OLD.space_id IS DISTINCT FROM NEW.space_id)
	EXECUTE FUNCTION "faqs_count"();
CREATE TRIGGER "faqs_count_truncate" AFTER TRUNCATE ON "faqs" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('faqs');
-- faq_translations: the first published translation of a row counts it in, the last one to go counts it
-- out (the others as they are before the write); an update is the former row going and the new
-- one coming. The row is locked first, so that two transactions publishing or unpublishing
-- its translations at once see each other's (each statement of the function reads afresh).
-- BEFORE ROW: it sees the rows of its statement written before it, where an AFTER ROW trigger
-- sees all of them (two published translations inserted at once would count none, deleted at
-- once twice). No INSERT … ON CONFLICT writes this table: its BEFORE trigger would count a row
-- the conflict skips.
CREATE FUNCTION "faq_translations_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'INSERT' THEN
		PERFORM 1 FROM "faqs" WHERE id = OLD.faq_id FOR NO KEY UPDATE;
	END IF;
	IF TG_OP <> 'DELETE' THEN
		PERFORM 1 FROM "faqs" WHERE id = NEW.faq_id FOR NO KEY UPDATE;
	END IF;
	IF TG_OP <> 'INSERT' THEN
		IF OLD.published AND NOT EXISTS (SELECT 1 FROM "faq_translations" AS t WHERE t.faq_id = OLD.faq_id AND t.id <> OLD.id AND t.published) THEN
			PERFORM "row_counts_move"('faqs', c.space_id, ARRAY[0, c.category_id]::bigint[], c.audience::text, NULL, NULL, NULL)
			FROM "faqs" AS c WHERE c.id = OLD.faq_id AND c.deleted_at IS NULL;
		END IF;
	END IF;
	IF TG_OP <> 'DELETE' THEN
		IF NEW.published AND NOT EXISTS (SELECT 1 FROM "faq_translations" AS t WHERE t.faq_id = NEW.faq_id AND t.id <> NEW.id AND t.published) THEN
			PERFORM "row_counts_move"('faqs', NULL, NULL, NULL, c.space_id, ARRAY[0, c.category_id]::bigint[], c.audience::text)
			FROM "faqs" AS c WHERE c.id = NEW.faq_id AND c.deleted_at IS NULL;
		END IF;
	END IF;
	IF TG_OP = 'DELETE' THEN
		RETURN OLD;
	END IF;
	RETURN NEW;
END
$$;
CREATE TRIGGER "faq_translations_count" BEFORE INSERT OR DELETE ON "faq_translations" FOR EACH ROW EXECUTE FUNCTION "faq_translations_count"();
CREATE TRIGGER "faq_translations_count_update" BEFORE UPDATE OF "published", "faq_id" ON "faq_translations" FOR EACH ROW
	WHEN (OLD.published IS DISTINCT FROM NEW.published OR OLD.faq_id IS DISTINCT FROM NEW.faq_id)
	EXECUTE FUNCTION "faq_translations_count"();
CREATE TRIGGER "faq_translations_count_truncate" AFTER TRUNCATE ON "faq_translations" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('faqs');
-- resources: a row in the space (scope 0) and in its category, under its audience and Every, while
-- it is not deleted and has a published translation.
CREATE FUNCTION "resources_count"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	was_in boolean := false;
	is_in boolean := false;
BEGIN
	IF TG_OP <> 'INSERT' THEN
		was_in := OLD.deleted_at IS NULL AND EXISTS (SELECT 1 FROM "resource_translations" AS t WHERE t.resource_id = OLD.id AND t.published);
	END IF;
	IF TG_OP <> 'DELETE' THEN
		is_in := NEW.deleted_at IS NULL AND EXISTS (SELECT 1 FROM "resource_translations" AS t WHERE t.resource_id = NEW.id AND t.published);
	END IF;
	IF TG_OP = 'INSERT' THEN
		PERFORM "row_counts_move"('resources', NULL, NULL, NULL,
			CASE WHEN is_in THEN NEW.space_id END, ARRAY[0, NEW.category_id]::bigint[], NEW.audience::text);
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM "row_counts_move"('resources', CASE WHEN was_in THEN OLD.space_id END, ARRAY[0, OLD.category_id]::bigint[], OLD.audience::text,
			NULL, NULL, NULL);
	ELSE
		PERFORM "row_counts_move"('resources', CASE WHEN was_in THEN OLD.space_id END, ARRAY[0, OLD.category_id]::bigint[], OLD.audience::text,
			CASE WHEN is_in THEN NEW.space_id END, ARRAY[0, NEW.category_id]::bigint[], NEW.audience::text);
	END IF;
	IF TG_OP = 'DELETE' THEN
		RETURN OLD;
	END IF;
	RETURN NULL;
END
$$;
CREATE TRIGGER "resources_count" AFTER INSERT ON "resources" FOR EACH ROW EXECUTE FUNCTION "resources_count"();
-- Before the row goes, while its translations are there: a cascade (none today: ON DELETE NO
-- ACTION) would delete them after it, when their own trigger no longer finds the row.
CREATE TRIGGER "resources_count_delete" BEFORE DELETE ON "resources" FOR EACH ROW EXECUTE FUNCTION "resources_count"();
CREATE TRIGGER "resources_count_update" AFTER UPDATE OF "deleted_at", "audience", "category_id", "space_id" ON "resources" FOR EACH ROW
	WHEN ((OLD.deleted_at IS NULL) IS DISTINCT FROM (NEW.deleted_at IS NULL) OR OLD.audience IS DISTINCT FROM NEW.audience
		OR OLD.category_id IS DISTINCT FROM NEW.category_id OR OLD.space_id IS DISTINCT FROM NEW.space_id)
	EXECUTE FUNCTION "resources_count"();
CREATE TRIGGER "resources_count_truncate" AFTER TRUNCATE ON "resources" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('resources');
-- resource_translations: the first published translation of a row counts it in, the last one to go counts it
-- out (the others as they are before the write); an update is the former row going and the new
-- one coming. The row is locked first, so that two transactions publishing or unpublishing
-- its translations at once see each other's (each statement of the function reads afresh).
-- BEFORE ROW: it sees the rows of its statement written before it, where an AFTER ROW trigger
-- sees all of them (two published translations inserted at once would count none, deleted at
-- once twice). No INSERT … ON CONFLICT writes this table: its BEFORE trigger would count a row
-- the conflict skips.
CREATE FUNCTION "resource_translations_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'INSERT' THEN
		PERFORM 1 FROM "resources" WHERE id = OLD.resource_id FOR NO KEY UPDATE;
	END IF;
	IF TG_OP <> 'DELETE' THEN
		PERFORM 1 FROM "resources" WHERE id = NEW.resource_id FOR NO KEY UPDATE;
	END IF;
	IF TG_OP <> 'INSERT' THEN
		IF OLD.published AND NOT EXISTS (SELECT 1 FROM "resource_translations" AS t WHERE t.resource_id = OLD.resource_id AND t.id <> OLD.id AND t.published) THEN
			PERFORM "row_counts_move"('resources', c.space_id, ARRAY[0, c.category_id]::bigint[], c.audience::text, NULL, NULL, NULL)
			FROM "resources" AS c WHERE c.id = OLD.resource_id AND c.deleted_at IS NULL;
		END IF;
	END IF;
	IF TG_OP <> 'DELETE' THEN
		IF NEW.published AND NOT EXISTS (SELECT 1 FROM "resource_translations" AS t WHERE t.resource_id = NEW.resource_id AND t.id <> NEW.id AND t.published) THEN
			PERFORM "row_counts_move"('resources', NULL, NULL, NULL, c.space_id, ARRAY[0, c.category_id]::bigint[], c.audience::text)
			FROM "resources" AS c WHERE c.id = NEW.resource_id AND c.deleted_at IS NULL;
		END IF;
	END IF;
	IF TG_OP = 'DELETE' THEN
		RETURN OLD;
	END IF;
	RETURN NEW;
END
$$;
CREATE TRIGGER "resource_translations_count" BEFORE INSERT OR DELETE ON "resource_translations" FOR EACH ROW EXECUTE FUNCTION "resource_translations_count"();
CREATE TRIGGER "resource_translations_count_update" BEFORE UPDATE OF "published", "resource_id" ON "resource_translations" FOR EACH ROW
	WHEN (OLD.published IS DISTINCT FROM NEW.published OR OLD.resource_id IS DISTINCT FROM NEW.resource_id)
	EXECUTE FUNCTION "resource_translations_count"();
CREATE TRIGGER "resource_translations_count_truncate" AFTER TRUNCATE ON "resource_translations" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('resources');
-- news: a row in the space (scope 0) and in its category, under its audience and Every, while
-- it is not deleted and has a published translation.
CREATE FUNCTION "news_count"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	was_in boolean := false;
	is_in boolean := false;
BEGIN
	IF TG_OP <> 'INSERT' THEN
		was_in := OLD.deleted_at IS NULL AND EXISTS (SELECT 1 FROM "news_translations" AS t WHERE t.news_id = OLD.id AND t.published);
	END IF;
	IF TG_OP <> 'DELETE' THEN
		is_in := NEW.deleted_at IS NULL AND EXISTS (SELECT 1 FROM "news_translations" AS t WHERE t.news_id = NEW.id AND t.published);
	END IF;
	IF TG_OP = 'INSERT' THEN
		PERFORM "row_counts_move"('news', NULL, NULL, NULL,
			CASE WHEN is_in THEN NEW.space_id END, ARRAY[0, NEW.category_id]::bigint[], NEW.audience::text);
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM "row_counts_move"('news', CASE WHEN was_in THEN OLD.space_id END, ARRAY[0, OLD.category_id]::bigint[], OLD.audience::text,
			NULL, NULL, NULL);
	ELSE
		PERFORM "row_counts_move"('news', CASE WHEN was_in THEN OLD.space_id END, ARRAY[0, OLD.category_id]::bigint[], OLD.audience::text,
			CASE WHEN is_in THEN NEW.space_id END, ARRAY[0, NEW.category_id]::bigint[], NEW.audience::text);
	END IF;
	IF TG_OP = 'DELETE' THEN
		RETURN OLD;
	END IF;
	RETURN NULL;
END
$$;
CREATE TRIGGER "news_count" AFTER INSERT ON "news" FOR EACH ROW EXECUTE FUNCTION "news_count"();
-- Before the row goes, while its translations are there: a cascade (none today: ON DELETE NO
-- ACTION) would delete them after it, when their own trigger no longer finds the row.
CREATE TRIGGER "news_count_delete" BEFORE DELETE ON "news" FOR EACH ROW EXECUTE FUNCTION "news_count"();
CREATE TRIGGER "news_count_update" AFTER UPDATE OF "deleted_at", "audience", "category_id", "space_id" ON "news" FOR EACH ROW
	WHEN ((OLD.deleted_at IS NULL) IS DISTINCT FROM (NEW.deleted_at IS NULL) OR OLD.audience IS DISTINCT FROM NEW.audience
		OR OLD.category_id IS DISTINCT FROM NEW.category_id OR OLD.space_id IS DISTINCT FROM NEW.space_id)
	EXECUTE FUNCTION "news_count"();
CREATE TRIGGER "news_count_truncate" AFTER TRUNCATE ON "news" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('news');
-- news_translations: the first published translation of a row counts it in, the last one to go counts it
-- out (the others as they are before the write); an update is the former row going and the new
-- one coming. The row is locked first, so that two transactions publishing or unpublishing
-- its translations at once see each other's (each statement of the function reads afresh).
-- BEFORE ROW: it sees the rows of its statement written before it, where an AFTER ROW trigger
-- sees all of them (two published translations inserted at once would count none, deleted at
-- once twice). No INSERT … ON CONFLICT writes this table: its BEFORE trigger would count a row
-- the conflict skips.
CREATE FUNCTION "news_translations_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'INSERT' THEN
		PERFORM 1 FROM "news" WHERE id = OLD.news_id FOR NO KEY UPDATE;
	END IF;
	IF TG_OP <> 'DELETE' THEN
		PERFORM 1 FROM "news" WHERE id = NEW.news_id FOR NO KEY UPDATE;
	END IF;
	IF TG_OP <> 'INSERT' THEN
		IF OLD.published AND NOT EXISTS (SELECT 1 FROM "news_translations" AS t WHERE t.news_id = OLD.news_id AND t.id <> OLD.id AND t.published) THEN
			PERFORM "row_counts_move"('news', c.space_id, ARRAY[0, c.category_id]::bigint[], c.audience::text, NULL, NULL, NULL)
			FROM "news" AS c WHERE c.id = OLD.news_id AND c.deleted_at IS NULL;
		END IF;
	END IF;
	IF TG_OP <> 'DELETE' THEN
		IF NEW.published AND NOT EXISTS (SELECT 1 FROM "news_translations" AS t WHERE t.news_id = NEW.news_id AND t.id <> NEW.id AND t.published) THEN
			PERFORM "row_counts_move"('news', NULL, NULL, NULL, c.space_id, ARRAY[0, c.category_id]::bigint[], c.audience::text)
			FROM "news" AS c WHERE c.id = NEW.news_id AND c.deleted_at IS NULL;
		END IF;
	END IF;
	IF TG_OP = 'DELETE' THEN
		RETURN OLD;
	END IF;
	RETURN NEW;
END
$$;
CREATE TRIGGER "news_translations_count" BEFORE INSERT OR DELETE ON "news_translations" FOR EACH ROW EXECUTE FUNCTION "news_translations_count"();
CREATE TRIGGER "news_translations_count_update" BEFORE UPDATE OF "published", "news_id" ON "news_translations" FOR EACH ROW
	WHEN (OLD.published IS DISTINCT FROM NEW.published OR OLD.news_id IS DISTINCT FROM NEW.news_id)
	EXECUTE FUNCTION "news_translations_count"();
CREATE TRIGGER "news_translations_count_truncate" AFTER TRUNCATE ON "news_translations" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('news');
-- The rows already there, counted once.
DELETE FROM "row_counts" WHERE "counted" IN ('guides', 'faqs', 'resources', 'news');
INSERT INTO "row_counts" ("space_id", "counted", "scope_id", "value", "slot", "n")
SELECT c.space_id, 'guides', s.scope_id, v.value, 0, count(*)
FROM "guides" AS c
	CROSS JOIN LATERAL unnest(ARRAY[0, c.category_id]::bigint[]) AS s(scope_id)
	CROSS JOIN LATERAL unnest(ARRAY[c.audience::text, '']) AS v(value)
WHERE c.deleted_at IS NULL AND s.scope_id IS NOT NULL
	AND EXISTS (SELECT 1 FROM "guide_translations" AS t WHERE t.guide_id = c.id AND t.published)
GROUP BY c.space_id, s.scope_id, v.value;
INSERT INTO "row_counts" ("space_id", "counted", "scope_id", "value", "slot", "n")
SELECT c.space_id, 'faqs', s.scope_id, v.value, 0, count(*)
FROM "faqs" AS c
	CROSS JOIN LATERAL unnest(ARRAY[0, c.category_id]::bigint[]) AS s(scope_id)
	CROSS JOIN LATERAL unnest(ARRAY[c.audience::text, '']) AS v(value)
WHERE c.deleted_at IS NULL AND s.scope_id IS NOT NULL
	AND EXISTS (SELECT 1 FROM "faq_translations" AS t WHERE t.faq_id = c.id AND t.published)
GROUP BY c.space_id, s.scope_id, v.value;
INSERT INTO "row_counts" ("space_id", "counted", "scope_id", "value", "slot", "n")
SELECT c.space_id, 'resources', s.scope_id, v.value, 0, count(*)
FROM "resources" AS c
	CROSS JOIN LATERAL unnest(ARRAY[0, c.category_id]::bigint[]) AS s(scope_id)
	CROSS JOIN LATERAL unnest(ARRAY[c.audience::text, '']) AS v(value)
WHERE c.deleted_at IS NULL AND s.scope_id IS NOT NULL
	AND EXISTS (SELECT 1 FROM "resource_translations" AS t WHERE t.resource_id = c.id AND t.published)
GROUP BY c.space_id, s.scope_id, v.value;
INSERT INTO "row_counts" ("space_id", "counted", "scope_id", "value", "slot", "n")
SELECT c.space_id, 'news', s.scope_id, v.value, 0, count(*)
FROM "news" AS c
	CROSS JOIN LATERAL unnest(ARRAY[0, c.category_id]::bigint[]) AS s(scope_id)
	CROSS JOIN LATERAL unnest(ARRAY[c.audience::text, '']) AS v(value)
WHERE c.deleted_at IS NULL AND s.scope_id IS NOT NULL
	AND EXISTS (SELECT 1 FROM "news_translations" AS t WHERE t.news_id = c.id AND t.published)
GROUP BY c.space_id, s.scope_id, v.value;
