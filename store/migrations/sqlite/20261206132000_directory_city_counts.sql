-- atlas:delimiter ;;

-- The directory's facilitators by city kept in row_counts (package rowcount), by triggers in
-- the transaction that writes the rows, like the directory's total (…_community_counts.sql):
--   directory_cities: the space's facilitators listed in its directory (ACTIVE, listed, holding
--     the facilitator role in the space's domain), by the folded key of their city (none: not
--     counted), in the space.
-- A later migration that rebuilds accounts or account_roles must create these triggers again
-- (TestRowCountsFollowEveryWrite fails otherwise).

CREATE TRIGGER IF NOT EXISTS `account_roles_directory_cities_insert` AFTER INSERT ON `account_roles`
WHEN NEW.role = 'facilitator' BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT a.space_id, 'directory_cities', 0, a.directory_city_key, 1 FROM `accounts` AS a
	WHERE a.id = NEW.account_id AND a.directory_listed AND a.status = 'ACTIVE' AND a.directory_city_key <> ''
		AND NEW.domain = (SELECT slug FROM `spaces` WHERE id = a.space_id)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `account_roles_directory_cities_delete` AFTER DELETE ON `account_roles`
WHEN OLD.role = 'facilitator' BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT a.space_id, 'directory_cities', 0, a.directory_city_key, -1 FROM `accounts` AS a
	WHERE a.id = OLD.account_id AND a.directory_listed AND a.status = 'ACTIVE' AND a.directory_city_key <> ''
		AND OLD.domain = (SELECT slug FROM `spaces` WHERE id = a.space_id)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `account_roles_directory_cities_update` AFTER UPDATE OF `role`, `domain`, `account_id` ON `account_roles`
WHEN (OLD.role IS NOT NEW.role OR OLD.domain IS NOT NEW.domain OR OLD.account_id IS NOT NEW.account_id)
	AND (OLD.role = 'facilitator' OR NEW.role = 'facilitator') BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT a.space_id, 'directory_cities', 0, a.directory_city_key, -1 FROM `accounts` AS a
	WHERE OLD.role = 'facilitator' AND a.id = OLD.account_id AND a.directory_listed AND a.status = 'ACTIVE' AND a.directory_city_key <> ''
		AND OLD.domain = (SELECT slug FROM `spaces` WHERE id = a.space_id)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT a.space_id, 'directory_cities', 0, a.directory_city_key, 1 FROM `accounts` AS a
	WHERE NEW.role = 'facilitator' AND a.id = NEW.account_id AND a.directory_listed AND a.status = 'ACTIVE' AND a.directory_city_key <> ''
		AND NEW.domain = (SELECT slug FROM `spaces` WHERE id = a.space_id)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- An account enters or leaves the directory, or moves from a city to another.
CREATE TRIGGER IF NOT EXISTS `accounts_directory_cities_update` AFTER UPDATE OF `directory_listed`, `status`, `space_id`, `directory_city_key` ON `accounts`
WHEN OLD.directory_listed IS NOT NEW.directory_listed OR OLD.status IS NOT NEW.status OR OLD.space_id IS NOT NEW.space_id
	OR OLD.directory_city_key IS NOT NEW.directory_city_key BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT d.space_id, 'directory_cities', 0, d.value, sum(d.n)
	FROM (
		SELECT OLD.space_id AS space_id, OLD.directory_city_key AS value, -1 AS n
		WHERE OLD.directory_listed AND OLD.status = 'ACTIVE' AND OLD.directory_city_key <> '' AND EXISTS (SELECT 1 FROM `account_roles` AS r
			WHERE r.account_id = OLD.id AND r.role = 'facilitator' AND r.domain = (SELECT slug FROM `spaces` WHERE id = OLD.space_id))
		UNION ALL
		SELECT NEW.space_id, NEW.directory_city_key, 1
		WHERE NEW.directory_listed AND NEW.status = 'ACTIVE' AND NEW.directory_city_key <> '' AND EXISTS (SELECT 1 FROM `account_roles` AS r
			WHERE r.account_id = NEW.id AND r.role = 'facilitator' AND r.domain = (SELECT slug FROM `spaces` WHERE id = NEW.space_id))
	) AS d
	GROUP BY d.space_id, d.value HAVING sum(d.n) <> 0
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `accounts_directory_cities_delete` AFTER DELETE ON `accounts`
WHEN OLD.directory_listed AND OLD.status = 'ACTIVE' AND OLD.directory_city_key <> '' BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT OLD.space_id, 'directory_cities', 0, OLD.directory_city_key, -1
	WHERE EXISTS (SELECT 1 FROM `account_roles` AS r
		WHERE r.account_id = OLD.id AND r.role = 'facilitator' AND r.domain = (SELECT slug FROM `spaces` WHERE id = OLD.space_id))
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- The rows already there, counted once (the migration's write transaction holds off writers).
DELETE FROM `row_counts` WHERE `counted` = 'directory_cities';;

INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
SELECT a.space_id, 'directory_cities', 0, a.directory_city_key, count(*) FROM `accounts` AS a
	JOIN `spaces` AS s ON s.id = a.space_id
WHERE a.directory_listed AND a.status = 'ACTIVE' AND a.directory_city_key <> ''
	AND EXISTS (SELECT 1 FROM `account_roles` AS r WHERE r.account_id = a.id AND r.domain = s.slug AND r.role = 'facilitator')
GROUP BY a.space_id, a.directory_city_key;;
