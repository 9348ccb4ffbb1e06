-- atlas:delimiter ;;

-- The reported workshops each account ran or co-ran kept in row_counts (package rowcount), by
-- triggers in the transaction that writes the rows, like the other community counts
-- (…_community_counts.sql):
--   workshops_run: the rows of workshop_facilitators whose workshop is REPORTED, in the
--     workshop's space, by account (scope: its ID), under '' only.
-- A workshop with facilitators cannot be deleted, nor an account that facilitated (their
-- foreign keys): a row is counted out when it is deleted, or when its workshop leaves REPORTED
-- or its space. A later migration that rebuilds workshops or workshop_facilitators must create
-- these triggers again (TestRowCountsFollowEveryWrite fails otherwise).

CREATE TRIGGER IF NOT EXISTS `workshop_facilitators_run_count_insert` AFTER INSERT ON `workshop_facilitators` BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT w.space_id, 'workshops_run', NEW.account_id, '', 1 FROM `workshops` AS w
	WHERE w.id = NEW.workshop_id AND w.status = 'REPORTED'
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `workshop_facilitators_run_count_delete` AFTER DELETE ON `workshop_facilitators` BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT w.space_id, 'workshops_run', OLD.account_id, '', -1 FROM `workshops` AS w
	WHERE w.id = OLD.workshop_id AND w.status = 'REPORTED'
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- An update counts the row out of its former workshop and account and into its new ones.
CREATE TRIGGER IF NOT EXISTS `workshop_facilitators_run_count_update` AFTER UPDATE OF `workshop_id`, `account_id` ON `workshop_facilitators`
WHEN OLD.workshop_id IS NOT NEW.workshop_id OR OLD.account_id IS NOT NEW.account_id BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT d.space_id, 'workshops_run', d.account_id, '', sum(d.n)
	FROM (
		SELECT w.space_id AS space_id, OLD.account_id AS account_id, -1 AS n FROM `workshops` AS w
		WHERE w.id = OLD.workshop_id AND w.status = 'REPORTED'
		UNION ALL
		SELECT w.space_id, NEW.account_id, 1 FROM `workshops` AS w WHERE w.id = NEW.workshop_id AND w.status = 'REPORTED'
	) AS d
	GROUP BY d.space_id, d.account_id HAVING sum(d.n) <> 0
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- A workshop reported counts its facilitators in; one no longer reported, or moved to another
-- space, counts them out (and into the new space).
CREATE TRIGGER IF NOT EXISTS `workshops_run_count_update` AFTER UPDATE OF `status`, `space_id` ON `workshops`
WHEN (OLD.status = 'REPORTED') IS NOT (NEW.status = 'REPORTED') OR (NEW.status = 'REPORTED' AND OLD.space_id IS NOT NEW.space_id) BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT d.space_id, 'workshops_run', d.account_id, '', sum(d.n)
	FROM (
		SELECT OLD.space_id AS space_id, f.account_id AS account_id, -1 AS n FROM `workshop_facilitators` AS f
		WHERE f.workshop_id = OLD.id AND OLD.status = 'REPORTED'
		UNION ALL
		SELECT NEW.space_id, f.account_id, 1 FROM `workshop_facilitators` AS f WHERE f.workshop_id = NEW.id AND NEW.status = 'REPORTED'
	) AS d
	GROUP BY d.space_id, d.account_id HAVING sum(d.n) <> 0
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- The rows already there, counted once (the migration's write transaction holds off writers).
DELETE FROM `row_counts` WHERE `counted` = 'workshops_run';;

INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
SELECT w.space_id, 'workshops_run', f.account_id, '', count(*) FROM `workshop_facilitators` AS f
	JOIN `workshops` AS w ON w.id = f.workshop_id
WHERE w.status = 'REPORTED'
GROUP BY w.space_id, f.account_id;;
