-- atlas:delimiter ;;

-- Local groups' figures kept in row_counts (package rowcount), by triggers in the transaction
-- that writes the rows: local_groups, in the space; local_group_members, in their group (scope:
-- the group's ID). A group's page and the list read them instead of counting the members.
CREATE TRIGGER IF NOT EXISTS `local_groups_count_insert` AFTER INSERT ON `local_groups` BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`) VALUES (NEW.space_id, 'local_groups', 0, '', 1)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `local_groups_count_delete` AFTER DELETE ON `local_groups` BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`) VALUES (OLD.space_id, 'local_groups', 0, '', -1)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `local_group_members_count_insert` AFTER INSERT ON `local_group_members` BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT g.space_id, 'local_group_members', NEW.group_id, '', 1 FROM `local_groups` AS g WHERE g.id = NEW.group_id
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `local_group_members_count_delete` AFTER DELETE ON `local_group_members` BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT g.space_id, 'local_group_members', OLD.group_id, '', -1 FROM `local_groups` AS g WHERE g.id = OLD.group_id
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- A group's page lists the upcoming workshops of its city, compared without case: this index
-- gives them soonest first without reading the space's other workshops.
CREATE INDEX IF NOT EXISTS `workshop_space_id_lower_city_starts_at` ON `workshops` (`space_id`, lower(`city`), `starts_at`);;
