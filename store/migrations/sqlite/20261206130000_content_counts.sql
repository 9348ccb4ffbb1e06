-- atlas:delimiter ;;

-- The number of readable guides, FAQs, resources and news posts kept in row_counts (package
-- rowcount), by triggers in the transaction that writes the rows: what is counted is the
-- table's name, in the space (scope 0) and in the row's category (scope: its ID), under its
-- audience and Every, while the row is not deleted and has a published translation (the
-- privacy rule of every reader), so that a list's totalCount sums a few keys, whatever its size.
-- A later migration that rebuilds one of these tables or their translations must create their
-- triggers again (TestRowCountsFollowEveryWrite fails otherwise).

-- guides: a row in the space (scope 0) and in its category, under its audience and Every, while
-- it is not deleted and has a published translation.
CREATE TRIGGER IF NOT EXISTS `guides_count_insert` AFTER INSERT ON `guides`
WHEN NEW.deleted_at IS NULL AND EXISTS (SELECT 1 FROM `guide_translations` AS t WHERE t.guide_id = NEW.id AND t.published) BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT NEW.space_id, 'guides', s.scope_id, v.value, 1
	FROM (SELECT 0 AS scope_id UNION ALL SELECT NEW.category_id WHERE NEW.category_id IS NOT NULL) AS s,
		(SELECT NEW.audience AS value UNION ALL SELECT '') AS v
	WHERE true
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `guides_count_delete` AFTER DELETE ON `guides`
WHEN OLD.deleted_at IS NULL AND EXISTS (SELECT 1 FROM `guide_translations` AS t WHERE t.guide_id = OLD.id AND t.published) BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT OLD.space_id, 'guides', s.scope_id, v.value, -1
	FROM (SELECT 0 AS scope_id UNION ALL SELECT OLD.category_id WHERE OLD.category_id IS NOT NULL) AS s,
		(SELECT OLD.audience AS value UNION ALL SELECT '') AS v
	WHERE true
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `guides_count_update` AFTER UPDATE OF `deleted_at`, `audience`, `category_id`, `space_id` ON `guides`
WHEN (OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL) OR OLD.audience IS NOT NEW.audience
	OR OLD.category_id IS NOT NEW.category_id OR OLD.space_id IS NOT NEW.space_id BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT d.space_id, 'guides', d.scope_id, d.value, sum(d.n)
	FROM (
		SELECT OLD.space_id AS space_id, s.scope_id AS scope_id, v.value AS value, -1 AS n
		FROM (SELECT 0 AS scope_id UNION ALL SELECT OLD.category_id WHERE OLD.category_id IS NOT NULL) AS s,
			(SELECT OLD.audience AS value UNION ALL SELECT '') AS v
		WHERE OLD.deleted_at IS NULL
		UNION ALL
		SELECT NEW.space_id, s.scope_id, v.value, 1
		FROM (SELECT 0 AS scope_id UNION ALL SELECT NEW.category_id WHERE NEW.category_id IS NOT NULL) AS s,
			(SELECT NEW.audience AS value UNION ALL SELECT '') AS v
		WHERE NEW.deleted_at IS NULL
	) AS d
	WHERE EXISTS (SELECT 1 FROM `guide_translations` AS t WHERE t.guide_id = NEW.id AND t.published)
	GROUP BY d.space_id, d.scope_id, d.value HAVING sum(d.n) <> 0
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- guide_translations: the first published translation of a row counts it in, the last one to go counts it
-- out (the others as they are after the write).
CREATE TRIGGER IF NOT EXISTS `guide_translations_count_insert` AFTER INSERT ON `guide_translations`
WHEN NEW.published AND NOT EXISTS (SELECT 1 FROM `guide_translations` AS t WHERE t.guide_id = NEW.guide_id AND t.id <> NEW.id AND t.published) BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT c.space_id, 'guides', CASE s.k WHEN 0 THEN 0 ELSE c.category_id END, CASE v.k WHEN 0 THEN c.audience ELSE '' END, 1
	FROM `guides` AS c, (SELECT 0 AS k UNION ALL SELECT 1) AS s, (SELECT 0 AS k UNION ALL SELECT 1) AS v
	WHERE c.id = NEW.guide_id AND c.deleted_at IS NULL AND (s.k = 0 OR c.category_id IS NOT NULL)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `guide_translations_count_delete` AFTER DELETE ON `guide_translations`
WHEN OLD.published AND NOT EXISTS (SELECT 1 FROM `guide_translations` AS t WHERE t.guide_id = OLD.guide_id AND t.id <> OLD.id AND t.published) BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT c.space_id, 'guides', CASE s.k WHEN 0 THEN 0 ELSE c.category_id END, CASE v.k WHEN 0 THEN c.audience ELSE '' END, -1
	FROM `guides` AS c, (SELECT 0 AS k UNION ALL SELECT 1) AS s, (SELECT 0 AS k UNION ALL SELECT 1) AS v
	WHERE c.id = OLD.guide_id AND c.deleted_at IS NULL AND (s.k = 0 OR c.category_id IS NOT NULL)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- An update is the translation's going (its former row) and coming (its new one).
CREATE TRIGGER IF NOT EXISTS `guide_translations_count_update` AFTER UPDATE OF `published`, `guide_id` ON `guide_translations`
WHEN OLD.published IS NOT NEW.published OR OLD.guide_id IS NOT NEW.guide_id BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT c.space_id, 'guides', CASE s.k WHEN 0 THEN 0 ELSE c.category_id END, CASE v.k WHEN 0 THEN c.audience ELSE '' END, -1
	FROM `guides` AS c, (SELECT 0 AS k UNION ALL SELECT 1) AS s, (SELECT 0 AS k UNION ALL SELECT 1) AS v
	WHERE OLD.published AND c.id = OLD.guide_id AND c.deleted_at IS NULL AND (s.k = 0 OR c.category_id IS NOT NULL)
		AND NOT EXISTS (SELECT 1 FROM `guide_translations` AS t WHERE t.guide_id = OLD.guide_id AND t.id <> OLD.id AND t.published)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT c.space_id, 'guides', CASE s.k WHEN 0 THEN 0 ELSE c.category_id END, CASE v.k WHEN 0 THEN c.audience ELSE '' END, 1
	FROM `guides` AS c, (SELECT 0 AS k UNION ALL SELECT 1) AS s, (SELECT 0 AS k UNION ALL SELECT 1) AS v
	WHERE NEW.published AND c.id = NEW.guide_id AND c.deleted_at IS NULL AND (s.k = 0 OR c.category_id IS NOT NULL)
		AND NOT EXISTS (SELECT 1 FROM `guide_translations` AS t WHERE t.guide_id = NEW.guide_id AND t.id <> NEW.id AND t.published)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- faqs: a row in the space (scope 0) and in its category, under its audience and Every, while
-- it is not deleted and has a published translation.
CREATE TRIGGER IF NOT EXISTS `faqs_count_insert` AFTER INSERT ON `faqs`
WHEN NEW.deleted_at IS NULL AND EXISTS (SELECT 1 FROM `faq_translations` AS t WHERE t.faq_id = NEW.id AND t.published) BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT NEW.space_id, 'faqs', s.scope_id, v.value, 1
	FROM (SELECT 0 AS scope_id UNION ALL SELECT NEW.category_id WHERE NEW.category_id IS NOT NULL) AS s,
		(SELECT NEW.audience AS value UNION ALL SELECT '') AS v
	WHERE true
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `faqs_count_delete` AFTER DELETE ON `faqs`
WHEN OLD.deleted_at IS NULL AND EXISTS (SELECT 1 FROM `faq_translations` AS t WHERE t.faq_id = OLD.id AND t.published) BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT OLD.space_id, 'faqs', s.scope_id, v.value, -1
	FROM (SELECT 0 AS scope_id UNION ALL SELECT OLD.category_id WHERE OLD.category_id IS NOT NULL) AS s,
		(SELECT OLD.audience AS value UNION ALL SELECT '') AS v
	WHERE true
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `faqs_count_update` AFTER UPDATE OF `deleted_at`, `audience`, `category_id`, `space_id` ON `faqs`
WHEN (OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL) OR OLD.audience IS NOT NEW.audience
	OR OLD.category_id IS NOT NEW.category_id OR OLD.space_id IS NOT NEW.space_id BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT d.space_id, 'faqs', d.scope_id, d.value, sum(d.n)
	FROM (
		SELECT OLD.space_id AS space_id, s.scope_id AS scope_id, v.value AS value, -1 AS n
		FROM (SELECT 0 AS scope_id UNION ALL SELECT OLD.category_id WHERE OLD.category_id IS NOT NULL) AS s,
			(SELECT OLD.audience AS value UNION ALL SELECT '') AS v
		WHERE OLD.deleted_at IS NULL
		UNION ALL
		SELECT NEW.space_id, s.scope_id, v.value, 1
		FROM (SELECT 0 AS scope_id UNION ALL SELECT NEW.category_id WHERE NEW.category_id IS NOT NULL) AS s,
			(SELECT NEW.audience AS value UNION ALL SELECT '') AS v
		WHERE NEW.deleted_at IS NULL
	) AS d
	WHERE EXISTS (SELECT 1 FROM `faq_translations` AS t WHERE t.faq_id = NEW.id AND t.published)
	GROUP BY d.space_id, d.scope_id, d.value HAVING sum(d.n) <> 0
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- faq_translations: the first published translation of a row counts it in, the last one to go counts it
-- out (the others as they are after the write).
CREATE TRIGGER IF NOT EXISTS `faq_translations_count_insert` AFTER INSERT ON `faq_translations`
WHEN NEW.published AND NOT EXISTS (SELECT 1 FROM `faq_translations` AS t WHERE t.faq_id = NEW.faq_id AND t.id <> NEW.id AND t.published) BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT c.space_id, 'faqs', CASE s.k WHEN 0 THEN 0 ELSE c.category_id END, CASE v.k WHEN 0 THEN c.audience ELSE '' END, 1
	FROM `faqs` AS c, (SELECT 0 AS k UNION ALL SELECT 1) AS s, (SELECT 0 AS k UNION ALL SELECT 1) AS v
	WHERE c.id = NEW.faq_id AND c.deleted_at IS NULL AND (s.k = 0 OR c.category_id IS NOT NULL)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `faq_translations_count_delete` AFTER DELETE ON `faq_translations`
WHEN OLD.published AND NOT EXISTS (SELECT 1 FROM `faq_translations` AS t WHERE t.faq_id = OLD.faq_id AND t.id <> OLD.id AND t.published) BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT c.space_id, 'faqs', CASE s.k WHEN 0 THEN 0 ELSE c.category_id END, CASE v.k WHEN 0 THEN c.audience ELSE '' END, -1
	FROM `faqs` AS c, (SELECT 0 AS k UNION ALL SELECT 1) AS s, (SELECT 0 AS k UNION ALL SELECT 1) AS v
	WHERE c.id = OLD.faq_id AND c.deleted_at IS NULL AND (s.k = 0 OR c.category_id IS NOT NULL)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- An update is the translation's going (its former row) and coming (its new one).
CREATE TRIGGER IF NOT EXISTS `faq_translations_count_update` AFTER UPDATE OF `published`, `faq_id` ON `faq_translations`
WHEN OLD.published IS NOT NEW.published OR OLD.faq_id IS NOT NEW.faq_id BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT c.space_id, 'faqs', CASE s.k WHEN 0 THEN 0 ELSE c.category_id END, CASE v.k WHEN 0 THEN c.audience ELSE '' END, -1
	FROM `faqs` AS c, (SELECT 0 AS k UNION ALL SELECT 1) AS s, (SELECT 0 AS k UNION ALL SELECT 1) AS v
	WHERE OLD.published AND c.id = OLD.faq_id AND c.deleted_at IS NULL AND (s.k = 0 OR c.category_id IS NOT NULL)
		AND NOT EXISTS (SELECT 1 FROM `faq_translations` AS t WHERE t.faq_id = OLD.faq_id AND t.id <> OLD.id AND t.published)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT c.space_id, 'faqs', CASE s.k WHEN 0 THEN 0 ELSE c.category_id END, CASE v.k WHEN 0 THEN c.audience ELSE '' END, 1
	FROM `faqs` AS c, (SELECT 0 AS k UNION ALL SELECT 1) AS s, (SELECT 0 AS k UNION ALL SELECT 1) AS v
	WHERE NEW.published AND c.id = NEW.faq_id AND c.deleted_at IS NULL AND (s.k = 0 OR c.category_id IS NOT NULL)
		AND NOT EXISTS (SELECT 1 FROM `faq_translations` AS t WHERE t.faq_id = NEW.faq_id AND t.id <> NEW.id AND t.published)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- resources: a row in the space (scope 0) and in its category, under its audience and Every, while
-- it is not deleted and has a published translation.
CREATE TRIGGER IF NOT EXISTS `resources_count_insert` AFTER INSERT ON `resources`
WHEN NEW.deleted_at IS NULL AND EXISTS (SELECT 1 FROM `resource_translations` AS t WHERE t.resource_id = NEW.id AND t.published) BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT NEW.space_id, 'resources', s.scope_id, v.value, 1
	FROM (SELECT 0 AS scope_id UNION ALL SELECT NEW.category_id WHERE NEW.category_id IS NOT NULL) AS s,
		(SELECT NEW.audience AS value UNION ALL SELECT '') AS v
	WHERE true
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `resources_count_delete` AFTER DELETE ON `resources`
WHEN OLD.deleted_at IS NULL AND EXISTS (SELECT 1 FROM `resource_translations` AS t WHERE t.resource_id = OLD.id AND t.published) BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT OLD.space_id, 'resources', s.scope_id, v.value, -1
	FROM (SELECT 0 AS scope_id UNION ALL SELECT OLD.category_id WHERE OLD.category_id IS NOT NULL) AS s,
		(SELECT OLD.audience AS value UNION ALL SELECT '') AS v
	WHERE true
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `resources_count_update` AFTER UPDATE OF `deleted_at`, `audience`, `category_id`, `space_id` ON `resources`
WHEN (OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL) OR OLD.audience IS NOT NEW.audience
	OR OLD.category_id IS NOT NEW.category_id OR OLD.space_id IS NOT NEW.space_id BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT d.space_id, 'resources', d.scope_id, d.value, sum(d.n)
	FROM (
		SELECT OLD.space_id AS space_id, s.scope_id AS scope_id, v.value AS value, -1 AS n
		FROM (SELECT 0 AS scope_id UNION ALL SELECT OLD.category_id WHERE OLD.category_id IS NOT NULL) AS s,
			(SELECT OLD.audience AS value UNION ALL SELECT '') AS v
		WHERE OLD.deleted_at IS NULL
		UNION ALL
		SELECT NEW.space_id, s.scope_id, v.value, 1
		FROM (SELECT 0 AS scope_id UNION ALL SELECT NEW.category_id WHERE NEW.category_id IS NOT NULL) AS s,
			(SELECT NEW.audience AS value UNION ALL SELECT '') AS v
		WHERE NEW.deleted_at IS NULL
	) AS d
	WHERE EXISTS (SELECT 1 FROM `resource_translations` AS t WHERE t.resource_id = NEW.id AND t.published)
	GROUP BY d.space_id, d.scope_id, d.value HAVING sum(d.n) <> 0
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- resource_translations: the first published translation of a row counts it in, the last one to go counts it
-- out (the others as they are after the write).
CREATE TRIGGER IF NOT EXISTS `resource_translations_count_insert` AFTER INSERT ON `resource_translations`
WHEN NEW.published AND NOT EXISTS (SELECT 1 FROM `resource_translations` AS t WHERE t.resource_id = NEW.resource_id AND t.id <> NEW.id AND t.published) BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT c.space_id, 'resources', CASE s.k WHEN 0 THEN 0 ELSE c.category_id END, CASE v.k WHEN 0 THEN c.audience ELSE '' END, 1
	FROM `resources` AS c, (SELECT 0 AS k UNION ALL SELECT 1) AS s, (SELECT 0 AS k UNION ALL SELECT 1) AS v
	WHERE c.id = NEW.resource_id AND c.deleted_at IS NULL AND (s.k = 0 OR c.category_id IS NOT NULL)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `resource_translations_count_delete` AFTER DELETE ON `resource_translations`
WHEN OLD.published AND NOT EXISTS (SELECT 1 FROM `resource_translations` AS t WHERE t.resource_id = OLD.resource_id AND t.id <> OLD.id AND t.published) BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT c.space_id, 'resources', CASE s.k WHEN 0 THEN 0 ELSE c.category_id END, CASE v.k WHEN 0 THEN c.audience ELSE '' END, -1
	FROM `resources` AS c, (SELECT 0 AS k UNION ALL SELECT 1) AS s, (SELECT 0 AS k UNION ALL SELECT 1) AS v
	WHERE c.id = OLD.resource_id AND c.deleted_at IS NULL AND (s.k = 0 OR c.category_id IS NOT NULL)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- An update is the translation's going (its former row) and coming (its new one).
CREATE TRIGGER IF NOT EXISTS `resource_translations_count_update` AFTER UPDATE OF `published`, `resource_id` ON `resource_translations`
WHEN OLD.published IS NOT NEW.published OR OLD.resource_id IS NOT NEW.resource_id BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT c.space_id, 'resources', CASE s.k WHEN 0 THEN 0 ELSE c.category_id END, CASE v.k WHEN 0 THEN c.audience ELSE '' END, -1
	FROM `resources` AS c, (SELECT 0 AS k UNION ALL SELECT 1) AS s, (SELECT 0 AS k UNION ALL SELECT 1) AS v
	WHERE OLD.published AND c.id = OLD.resource_id AND c.deleted_at IS NULL AND (s.k = 0 OR c.category_id IS NOT NULL)
		AND NOT EXISTS (SELECT 1 FROM `resource_translations` AS t WHERE t.resource_id = OLD.resource_id AND t.id <> OLD.id AND t.published)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT c.space_id, 'resources', CASE s.k WHEN 0 THEN 0 ELSE c.category_id END, CASE v.k WHEN 0 THEN c.audience ELSE '' END, 1
	FROM `resources` AS c, (SELECT 0 AS k UNION ALL SELECT 1) AS s, (SELECT 0 AS k UNION ALL SELECT 1) AS v
	WHERE NEW.published AND c.id = NEW.resource_id AND c.deleted_at IS NULL AND (s.k = 0 OR c.category_id IS NOT NULL)
		AND NOT EXISTS (SELECT 1 FROM `resource_translations` AS t WHERE t.resource_id = NEW.resource_id AND t.id <> NEW.id AND t.published)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- news: a row in the space (scope 0) and in its category, under its audience and Every, while
-- it is not deleted and has a published translation.
CREATE TRIGGER IF NOT EXISTS `news_count_insert` AFTER INSERT ON `news`
WHEN NEW.deleted_at IS NULL AND EXISTS (SELECT 1 FROM `news_translations` AS t WHERE t.news_id = NEW.id AND t.published) BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT NEW.space_id, 'news', s.scope_id, v.value, 1
	FROM (SELECT 0 AS scope_id UNION ALL SELECT NEW.category_id WHERE NEW.category_id IS NOT NULL) AS s,
		(SELECT NEW.audience AS value UNION ALL SELECT '') AS v
	WHERE true
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `news_count_delete` AFTER DELETE ON `news`
WHEN OLD.deleted_at IS NULL AND EXISTS (SELECT 1 FROM `news_translations` AS t WHERE t.news_id = OLD.id AND t.published) BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT OLD.space_id, 'news', s.scope_id, v.value, -1
	FROM (SELECT 0 AS scope_id UNION ALL SELECT OLD.category_id WHERE OLD.category_id IS NOT NULL) AS s,
		(SELECT OLD.audience AS value UNION ALL SELECT '') AS v
	WHERE true
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `news_count_update` AFTER UPDATE OF `deleted_at`, `audience`, `category_id`, `space_id` ON `news`
WHEN (OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL) OR OLD.audience IS NOT NEW.audience
	OR OLD.category_id IS NOT NEW.category_id OR OLD.space_id IS NOT NEW.space_id BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT d.space_id, 'news', d.scope_id, d.value, sum(d.n)
	FROM (
		SELECT OLD.space_id AS space_id, s.scope_id AS scope_id, v.value AS value, -1 AS n
		FROM (SELECT 0 AS scope_id UNION ALL SELECT OLD.category_id WHERE OLD.category_id IS NOT NULL) AS s,
			(SELECT OLD.audience AS value UNION ALL SELECT '') AS v
		WHERE OLD.deleted_at IS NULL
		UNION ALL
		SELECT NEW.space_id, s.scope_id, v.value, 1
		FROM (SELECT 0 AS scope_id UNION ALL SELECT NEW.category_id WHERE NEW.category_id IS NOT NULL) AS s,
			(SELECT NEW.audience AS value UNION ALL SELECT '') AS v
		WHERE NEW.deleted_at IS NULL
	) AS d
	WHERE EXISTS (SELECT 1 FROM `news_translations` AS t WHERE t.news_id = NEW.id AND t.published)
	GROUP BY d.space_id, d.scope_id, d.value HAVING sum(d.n) <> 0
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- news_translations: the first published translation of a row counts it in, the last one to go counts it
-- out (the others as they are after the write).
CREATE TRIGGER IF NOT EXISTS `news_translations_count_insert` AFTER INSERT ON `news_translations`
WHEN NEW.published AND NOT EXISTS (SELECT 1 FROM `news_translations` AS t WHERE t.news_id = NEW.news_id AND t.id <> NEW.id AND t.published) BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT c.space_id, 'news', CASE s.k WHEN 0 THEN 0 ELSE c.category_id END, CASE v.k WHEN 0 THEN c.audience ELSE '' END, 1
	FROM `news` AS c, (SELECT 0 AS k UNION ALL SELECT 1) AS s, (SELECT 0 AS k UNION ALL SELECT 1) AS v
	WHERE c.id = NEW.news_id AND c.deleted_at IS NULL AND (s.k = 0 OR c.category_id IS NOT NULL)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `news_translations_count_delete` AFTER DELETE ON `news_translations`
WHEN OLD.published AND NOT EXISTS (SELECT 1 FROM `news_translations` AS t WHERE t.news_id = OLD.news_id AND t.id <> OLD.id AND t.published) BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT c.space_id, 'news', CASE s.k WHEN 0 THEN 0 ELSE c.category_id END, CASE v.k WHEN 0 THEN c.audience ELSE '' END, -1
	FROM `news` AS c, (SELECT 0 AS k UNION ALL SELECT 1) AS s, (SELECT 0 AS k UNION ALL SELECT 1) AS v
	WHERE c.id = OLD.news_id AND c.deleted_at IS NULL AND (s.k = 0 OR c.category_id IS NOT NULL)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- An update is the translation's going (its former row) and coming (its new one).
CREATE TRIGGER IF NOT EXISTS `news_translations_count_update` AFTER UPDATE OF `published`, `news_id` ON `news_translations`
WHEN OLD.published IS NOT NEW.published OR OLD.news_id IS NOT NEW.news_id BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT c.space_id, 'news', CASE s.k WHEN 0 THEN 0 ELSE c.category_id END, CASE v.k WHEN 0 THEN c.audience ELSE '' END, -1
	FROM `news` AS c, (SELECT 0 AS k UNION ALL SELECT 1) AS s, (SELECT 0 AS k UNION ALL SELECT 1) AS v
	WHERE OLD.published AND c.id = OLD.news_id AND c.deleted_at IS NULL AND (s.k = 0 OR c.category_id IS NOT NULL)
		AND NOT EXISTS (SELECT 1 FROM `news_translations` AS t WHERE t.news_id = OLD.news_id AND t.id <> OLD.id AND t.published)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT c.space_id, 'news', CASE s.k WHEN 0 THEN 0 ELSE c.category_id END, CASE v.k WHEN 0 THEN c.audience ELSE '' END, 1
	FROM `news` AS c, (SELECT 0 AS k UNION ALL SELECT 1) AS s, (SELECT 0 AS k UNION ALL SELECT 1) AS v
	WHERE NEW.published AND c.id = NEW.news_id AND c.deleted_at IS NULL AND (s.k = 0 OR c.category_id IS NOT NULL)
		AND NOT EXISTS (SELECT 1 FROM `news_translations` AS t WHERE t.news_id = NEW.news_id AND t.id <> NEW.id AND t.published)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- The rows already there, counted once (the migration's write transaction holds off writers).
DELETE FROM `row_counts` WHERE `counted` IN ('guides', 'faqs', 'resources', 'news');;

INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
SELECT c.space_id, 'guides', CASE s.k WHEN 0 THEN 0 ELSE c.category_id END, CASE v.k WHEN 0 THEN c.audience ELSE '' END, count(*)
	FROM `guides` AS c, (SELECT 0 AS k UNION ALL SELECT 1) AS s, (SELECT 0 AS k UNION ALL SELECT 1) AS v
	WHERE c.deleted_at IS NULL AND (s.k = 0 OR c.category_id IS NOT NULL)
		AND EXISTS (SELECT 1 FROM `guide_translations` AS t WHERE t.guide_id = c.id AND t.published)
	GROUP BY 1, 3, 4;;

INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
SELECT c.space_id, 'faqs', CASE s.k WHEN 0 THEN 0 ELSE c.category_id END, CASE v.k WHEN 0 THEN c.audience ELSE '' END, count(*)
	FROM `faqs` AS c, (SELECT 0 AS k UNION ALL SELECT 1) AS s, (SELECT 0 AS k UNION ALL SELECT 1) AS v
	WHERE c.deleted_at IS NULL AND (s.k = 0 OR c.category_id IS NOT NULL)
		AND EXISTS (SELECT 1 FROM `faq_translations` AS t WHERE t.faq_id = c.id AND t.published)
	GROUP BY 1, 3, 4;;

INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
SELECT c.space_id, 'resources', CASE s.k WHEN 0 THEN 0 ELSE c.category_id END, CASE v.k WHEN 0 THEN c.audience ELSE '' END, count(*)
	FROM `resources` AS c, (SELECT 0 AS k UNION ALL SELECT 1) AS s, (SELECT 0 AS k UNION ALL SELECT 1) AS v
	WHERE c.deleted_at IS NULL AND (s.k = 0 OR c.category_id IS NOT NULL)
		AND EXISTS (SELECT 1 FROM `resource_translations` AS t WHERE t.resource_id = c.id AND t.published)
	GROUP BY 1, 3, 4;;

INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
SELECT c.space_id, 'news', CASE s.k WHEN 0 THEN 0 ELSE c.category_id END, CASE v.k WHEN 0 THEN c.audience ELSE '' END, count(*)
	FROM `news` AS c, (SELECT 0 AS k UNION ALL SELECT 1) AS s, (SELECT 0 AS k UNION ALL SELECT 1) AS v
	WHERE c.deleted_at IS NULL AND (s.k = 0 OR c.category_id IS NOT NULL)
		AND EXISTS (SELECT 1 FROM `news_translations` AS t WHERE t.news_id = c.id AND t.published)
	GROUP BY 1, 3, 4;;
