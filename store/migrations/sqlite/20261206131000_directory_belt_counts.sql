-- atlas:delimiter ;;

-- The directory's facilitators by belt kept in row_counts (package rowcount), by triggers in
-- the transaction that writes the rows, like the directory's total (…_community_counts.sql):
--   directory_belts: the space's facilitators listed in its directory (ACTIVE, listed, holding
--     the facilitator role in the space's domain), by each belt they hold there, in the space.
-- A row of account_roles counts as what it changes, the account's other roles as they are (a
-- belt counts when a facilitator holds it; a facilitator role counts the account's belts when
-- it is its only one). A later migration that rebuilds accounts or account_roles must create
-- these triggers again (TestRowCountsFollowEveryWrite fails otherwise).

CREATE TRIGGER IF NOT EXISTS `account_roles_directory_belts_insert` AFTER INSERT ON `account_roles`
WHEN NEW.role IN ('facilitator', 'white', 'yellow', 'orange', 'green', 'blue') BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT a.space_id, 'directory_belts', 0, NEW.role, 1 FROM `accounts` AS a
	WHERE NEW.role <> 'facilitator' AND a.id = NEW.account_id AND a.directory_listed AND a.status = 'ACTIVE'
		AND NEW.domain = (SELECT slug FROM `spaces` WHERE id = a.space_id)
		AND EXISTS (SELECT 1 FROM `account_roles` AS r WHERE r.account_id = NEW.account_id AND r.domain = NEW.domain
			AND r.role = 'facilitator' AND r.id <> NEW.id)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT a.space_id, 'directory_belts', 0, b.role, 1 FROM `accounts` AS a
		JOIN `account_roles` AS b ON b.account_id = a.id AND b.domain = NEW.domain AND b.id <> NEW.id
			AND b.role IN ('white', 'yellow', 'orange', 'green', 'blue')
	WHERE NEW.role = 'facilitator' AND a.id = NEW.account_id AND a.directory_listed AND a.status = 'ACTIVE'
		AND NEW.domain = (SELECT slug FROM `spaces` WHERE id = a.space_id)
		AND NOT EXISTS (SELECT 1 FROM `account_roles` AS r WHERE r.account_id = NEW.account_id AND r.domain = NEW.domain
			AND r.role = 'facilitator' AND r.id <> NEW.id)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `account_roles_directory_belts_delete` AFTER DELETE ON `account_roles`
WHEN OLD.role IN ('facilitator', 'white', 'yellow', 'orange', 'green', 'blue') BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT a.space_id, 'directory_belts', 0, OLD.role, -1 FROM `accounts` AS a
	WHERE OLD.role <> 'facilitator' AND a.id = OLD.account_id AND a.directory_listed AND a.status = 'ACTIVE'
		AND OLD.domain = (SELECT slug FROM `spaces` WHERE id = a.space_id)
		AND EXISTS (SELECT 1 FROM `account_roles` AS r WHERE r.account_id = OLD.account_id AND r.domain = OLD.domain
			AND r.role = 'facilitator' AND r.id <> OLD.id)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT a.space_id, 'directory_belts', 0, b.role, -1 FROM `accounts` AS a
		JOIN `account_roles` AS b ON b.account_id = a.id AND b.domain = OLD.domain AND b.id <> OLD.id
			AND b.role IN ('white', 'yellow', 'orange', 'green', 'blue')
	WHERE OLD.role = 'facilitator' AND a.id = OLD.account_id AND a.directory_listed AND a.status = 'ACTIVE'
		AND OLD.domain = (SELECT slug FROM `spaces` WHERE id = a.space_id)
		AND NOT EXISTS (SELECT 1 FROM `account_roles` AS r WHERE r.account_id = OLD.account_id AND r.domain = OLD.domain
			AND r.role = 'facilitator' AND r.id <> OLD.id)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- An update counts the former row out and the new one in, the account's other roles as they are.
CREATE TRIGGER IF NOT EXISTS `account_roles_directory_belts_update` AFTER UPDATE OF `role`, `domain`, `account_id` ON `account_roles`
WHEN (OLD.role IS NOT NEW.role OR OLD.domain IS NOT NEW.domain OR OLD.account_id IS NOT NEW.account_id)
	AND (OLD.role IN ('facilitator', 'white', 'yellow', 'orange', 'green', 'blue') OR NEW.role IN ('facilitator', 'white', 'yellow', 'orange', 'green', 'blue')) BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT a.space_id, 'directory_belts', 0, OLD.role, -1 FROM `accounts` AS a
	WHERE OLD.role IN ('white', 'yellow', 'orange', 'green', 'blue') AND a.id = OLD.account_id AND a.directory_listed AND a.status = 'ACTIVE'
		AND OLD.domain = (SELECT slug FROM `spaces` WHERE id = a.space_id)
		AND EXISTS (SELECT 1 FROM `account_roles` AS r WHERE r.account_id = OLD.account_id AND r.domain = OLD.domain
			AND r.role = 'facilitator' AND r.id <> OLD.id)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT a.space_id, 'directory_belts', 0, b.role, -1 FROM `accounts` AS a
		JOIN `account_roles` AS b ON b.account_id = a.id AND b.domain = OLD.domain AND b.id <> OLD.id
			AND b.role IN ('white', 'yellow', 'orange', 'green', 'blue')
	WHERE OLD.role = 'facilitator' AND a.id = OLD.account_id AND a.directory_listed AND a.status = 'ACTIVE'
		AND OLD.domain = (SELECT slug FROM `spaces` WHERE id = a.space_id)
		AND NOT EXISTS (SELECT 1 FROM `account_roles` AS r WHERE r.account_id = OLD.account_id AND r.domain = OLD.domain
			AND r.role = 'facilitator' AND r.id <> OLD.id)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT a.space_id, 'directory_belts', 0, NEW.role, 1 FROM `accounts` AS a
	WHERE NEW.role IN ('white', 'yellow', 'orange', 'green', 'blue') AND a.id = NEW.account_id AND a.directory_listed AND a.status = 'ACTIVE'
		AND NEW.domain = (SELECT slug FROM `spaces` WHERE id = a.space_id)
		AND EXISTS (SELECT 1 FROM `account_roles` AS r WHERE r.account_id = NEW.account_id AND r.domain = NEW.domain
			AND r.role = 'facilitator' AND r.id <> NEW.id)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT a.space_id, 'directory_belts', 0, b.role, 1 FROM `accounts` AS a
		JOIN `account_roles` AS b ON b.account_id = a.id AND b.domain = NEW.domain AND b.id <> NEW.id
			AND b.role IN ('white', 'yellow', 'orange', 'green', 'blue')
	WHERE NEW.role = 'facilitator' AND a.id = NEW.account_id AND a.directory_listed AND a.status = 'ACTIVE'
		AND NEW.domain = (SELECT slug FROM `spaces` WHERE id = a.space_id)
		AND NOT EXISTS (SELECT 1 FROM `account_roles` AS r WHERE r.account_id = NEW.account_id AND r.domain = NEW.domain
			AND r.role = 'facilitator' AND r.id <> NEW.id)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- An account enters or leaves the directory with its belts when it is listed or not, active or not.
CREATE TRIGGER IF NOT EXISTS `accounts_directory_belts_update` AFTER UPDATE OF `directory_listed`, `status`, `space_id` ON `accounts`
WHEN OLD.directory_listed IS NOT NEW.directory_listed OR OLD.status IS NOT NEW.status OR OLD.space_id IS NOT NEW.space_id BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT d.space_id, 'directory_belts', 0, d.value, sum(d.n)
	FROM (
		SELECT OLD.space_id AS space_id, b.role AS value, -1 AS n FROM `account_roles` AS b
		WHERE OLD.directory_listed AND OLD.status = 'ACTIVE' AND b.account_id = OLD.id
			AND b.role IN ('white', 'yellow', 'orange', 'green', 'blue') AND b.domain = (SELECT slug FROM `spaces` WHERE id = OLD.space_id)
			AND EXISTS (SELECT 1 FROM `account_roles` AS r WHERE r.account_id = OLD.id AND r.role = 'facilitator' AND r.domain = b.domain)
		UNION ALL
		SELECT NEW.space_id, b.role, 1 FROM `account_roles` AS b
		WHERE NEW.directory_listed AND NEW.status = 'ACTIVE' AND b.account_id = NEW.id
			AND b.role IN ('white', 'yellow', 'orange', 'green', 'blue') AND b.domain = (SELECT slug FROM `spaces` WHERE id = NEW.space_id)
			AND EXISTS (SELECT 1 FROM `account_roles` AS r WHERE r.account_id = NEW.id AND r.role = 'facilitator' AND r.domain = b.domain)
	) AS d
	GROUP BY d.space_id, d.value HAVING sum(d.n) <> 0
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `accounts_directory_belts_delete` AFTER DELETE ON `accounts`
WHEN OLD.directory_listed AND OLD.status = 'ACTIVE' BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT OLD.space_id, 'directory_belts', 0, b.role, -1 FROM `account_roles` AS b
	WHERE b.account_id = OLD.id AND b.role IN ('white', 'yellow', 'orange', 'green', 'blue')
		AND b.domain = (SELECT slug FROM `spaces` WHERE id = OLD.space_id)
		AND EXISTS (SELECT 1 FROM `account_roles` AS r WHERE r.account_id = OLD.id AND r.role = 'facilitator' AND r.domain = b.domain)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- The rows already there, counted once (the migration's write transaction holds off writers).
DELETE FROM `row_counts` WHERE `counted` = 'directory_belts';;

INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
SELECT a.space_id, 'directory_belts', 0, b.role, count(*) FROM `accounts` AS a
	JOIN `spaces` AS s ON s.id = a.space_id
	JOIN `account_roles` AS b ON b.account_id = a.id AND b.domain = s.slug AND b.role IN ('white', 'yellow', 'orange', 'green', 'blue')
WHERE a.directory_listed AND a.status = 'ACTIVE'
	AND EXISTS (SELECT 1 FROM `account_roles` AS r WHERE r.account_id = a.id AND r.domain = s.slug AND r.role = 'facilitator')
GROUP BY a.space_id, b.role;;
