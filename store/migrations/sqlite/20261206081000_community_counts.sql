-- atlas:delimiter ;;

-- The community's figures kept in row_counts (package rowcount), by triggers in the
-- transaction that writes the rows, like the staff lists' counts (…_row_counts.sql):
--   account_roles: roles held in a space's own domain (its slug), by role, in the space;
--   directory: the space's facilitators listed in its directory (ACTIVE, listed, holding the
--     facilitator role in the space's domain), in the space;
--   workshops: by status, in the space; workshop_participants: the sum of their participants
--     (none counts 0), by status, in the space.
-- A later migration that rebuilds accounts, account_roles or workshops must create their
-- triggers again (TestRowCountsFollowEveryWrite fails otherwise).

-- Roles: a domain that is no space's slug (an organisation's scope) is not counted.
CREATE TRIGGER IF NOT EXISTS `account_roles_count_insert` AFTER INSERT ON `account_roles` BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT s.id, 'account_roles', 0, NEW.role, 1 FROM `spaces` AS s WHERE s.slug = NEW.domain
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT a.space_id, 'directory', 0, '', 1 FROM `accounts` AS a
	WHERE NEW.role = 'facilitator' AND a.id = NEW.account_id AND a.directory_listed AND a.status = 'ACTIVE'
		AND NEW.domain = (SELECT slug FROM `spaces` WHERE id = a.space_id)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `account_roles_count_delete` AFTER DELETE ON `account_roles` BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT s.id, 'account_roles', 0, OLD.role, -1 FROM `spaces` AS s WHERE s.slug = OLD.domain
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT a.space_id, 'directory', 0, '', -1 FROM `accounts` AS a
	WHERE OLD.role = 'facilitator' AND a.id = OLD.account_id AND a.directory_listed AND a.status = 'ACTIVE'
		AND OLD.domain = (SELECT slug FROM `spaces` WHERE id = a.space_id)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- An update counts the row out of its former keys and into its new ones.
CREATE TRIGGER IF NOT EXISTS `account_roles_count_update` AFTER UPDATE OF `role`, `domain`, `account_id` ON `account_roles`
WHEN OLD.role IS NOT NEW.role OR OLD.domain IS NOT NEW.domain OR OLD.account_id IS NOT NEW.account_id BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT s.id, 'account_roles', 0, OLD.role, -1 FROM `spaces` AS s WHERE s.slug = OLD.domain
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT a.space_id, 'directory', 0, '', -1 FROM `accounts` AS a
	WHERE OLD.role = 'facilitator' AND a.id = OLD.account_id AND a.directory_listed AND a.status = 'ACTIVE'
		AND OLD.domain = (SELECT slug FROM `spaces` WHERE id = a.space_id)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT s.id, 'account_roles', 0, NEW.role, 1 FROM `spaces` AS s WHERE s.slug = NEW.domain
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT a.space_id, 'directory', 0, '', 1 FROM `accounts` AS a
	WHERE NEW.role = 'facilitator' AND a.id = NEW.account_id AND a.directory_listed AND a.status = 'ACTIVE'
		AND NEW.domain = (SELECT slug FROM `spaces` WHERE id = a.space_id)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- The directory: an account enters or leaves it when it is listed or not, active or not. A new
-- account holds no role yet; a deleted one has lost its roles first (their foreign key), but is
-- counted out here should it still hold them.
CREATE TRIGGER IF NOT EXISTS `accounts_directory_count_update` AFTER UPDATE OF `directory_listed`, `status`, `space_id` ON `accounts`
WHEN OLD.directory_listed IS NOT NEW.directory_listed OR OLD.status IS NOT NEW.status OR OLD.space_id IS NOT NEW.space_id BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT d.space_id, 'directory', 0, '', sum(d.n)
	FROM (
		SELECT OLD.space_id AS space_id, -1 AS n
		WHERE OLD.directory_listed AND OLD.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM `account_roles` AS r
			WHERE r.account_id = OLD.id AND r.role = 'facilitator' AND r.domain = (SELECT slug FROM `spaces` WHERE id = OLD.space_id))
		UNION ALL
		SELECT NEW.space_id, 1
		WHERE NEW.directory_listed AND NEW.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM `account_roles` AS r
			WHERE r.account_id = NEW.id AND r.role = 'facilitator' AND r.domain = (SELECT slug FROM `spaces` WHERE id = NEW.space_id))
	) AS d
	GROUP BY d.space_id HAVING sum(d.n) <> 0
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `accounts_directory_count_delete` AFTER DELETE ON `accounts`
WHEN OLD.directory_listed AND OLD.status = 'ACTIVE' BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT OLD.space_id, 'directory', 0, '', -1
	WHERE EXISTS (SELECT 1 FROM `account_roles` AS r
		WHERE r.account_id = OLD.id AND r.role = 'facilitator' AND r.domain = (SELECT slug FROM `spaces` WHERE id = OLD.space_id))
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- Workshops: by status, and their participants summed by status, in the space.
CREATE TRIGGER IF NOT EXISTS `workshops_count_insert` AFTER INSERT ON `workshops` BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	VALUES (NEW.space_id, 'workshops', 0, NEW.status, 1), (NEW.space_id, 'workshops', 0, '', 1),
		(NEW.space_id, 'workshop_participants', 0, NEW.status, COALESCE(NEW.participants, 0))
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `workshops_count_delete` AFTER DELETE ON `workshops` BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	VALUES (OLD.space_id, 'workshops', 0, OLD.status, -1), (OLD.space_id, 'workshops', 0, '', -1),
		(OLD.space_id, 'workshop_participants', 0, OLD.status, -COALESCE(OLD.participants, 0))
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `workshops_count_update` AFTER UPDATE OF `status`, `participants`, `space_id` ON `workshops`
WHEN OLD.status IS NOT NEW.status OR OLD.participants IS NOT NEW.participants OR OLD.space_id IS NOT NEW.space_id BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT d.space_id, d.counted, 0, d.value, sum(d.n)
	FROM (
		SELECT OLD.space_id AS space_id, 'workshops' AS counted, OLD.status AS value, -1 AS n
		UNION ALL SELECT OLD.space_id, 'workshops', '', -1
		UNION ALL SELECT OLD.space_id, 'workshop_participants', OLD.status, -COALESCE(OLD.participants, 0)
		UNION ALL SELECT NEW.space_id, 'workshops', NEW.status, 1
		UNION ALL SELECT NEW.space_id, 'workshops', '', 1
		UNION ALL SELECT NEW.space_id, 'workshop_participants', NEW.status, COALESCE(NEW.participants, 0)
	) AS d
	GROUP BY d.space_id, d.counted, d.value HAVING sum(d.n) <> 0
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- The rows already there, counted once (the migration's write transaction holds off writers).
DELETE FROM `row_counts` WHERE `counted` IN ('account_roles', 'directory', 'workshops', 'workshop_participants');;

INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
SELECT s.id, 'account_roles', 0, r.role, count(*) FROM `account_roles` AS r JOIN `spaces` AS s ON s.slug = r.domain GROUP BY s.id, r.role
UNION ALL SELECT a.space_id, 'directory', 0, '', count(*) FROM `accounts` AS a
	JOIN `spaces` AS s ON s.id = a.space_id JOIN `account_roles` AS r ON r.account_id = a.id AND r.domain = s.slug AND r.role = 'facilitator'
	WHERE a.directory_listed AND a.status = 'ACTIVE' GROUP BY a.space_id
UNION ALL SELECT `space_id`, 'workshops', 0, `status`, count(*) FROM `workshops` GROUP BY `space_id`, `status`
UNION ALL SELECT `space_id`, 'workshops', 0, '', count(*) FROM `workshops` GROUP BY `space_id`
UNION ALL SELECT `space_id`, 'workshop_participants', 0, `status`, sum(COALESCE(`participants`, 0)) FROM `workshops` GROUP BY `space_id`, `status`;;
