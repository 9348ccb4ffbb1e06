-- atlas:delimiter ;;

-- local_group_members.display_name and belt_rank kept by triggers in the transaction that
-- writes the membership or the account, so that the group's page reads its members from one
-- index (local_group_member_page), not from each one's account row:
--   display_name is the account's first_name || ' ' || last_name, untrimmed (the page trims
--   it); belt_rank is the account's belt_rank, itself kept by the belt_rank triggers, whose
--   UPDATE of accounts fires accounts_member_names_update.
-- A later migration that rebuilds accounts or local_group_members must create these triggers
-- again (TestMemberNamesFollowEveryWrite fails otherwise).

CREATE TRIGGER IF NOT EXISTS `local_group_members_names_insert` AFTER INSERT ON `local_group_members` BEGIN
	UPDATE `local_group_members` SET `display_name` = a.first_name || ' ' || a.last_name, `belt_rank` = a.belt_rank
	FROM `accounts` AS a WHERE a.id = NEW.account_id AND `local_group_members`.id = NEW.id;
END;;

-- A membership moved to another account (ent does not move one: account_id is immutable).
CREATE TRIGGER IF NOT EXISTS `local_group_members_names_update` AFTER UPDATE OF `account_id` ON `local_group_members`
WHEN OLD.account_id IS NOT NEW.account_id BEGIN
	UPDATE `local_group_members` SET `display_name` = a.first_name || ' ' || a.last_name, `belt_rank` = a.belt_rank
	FROM `accounts` AS a WHERE a.id = NEW.account_id AND `local_group_members`.id = NEW.id;
END;;

-- An account renamed or ranked anew: its memberships (the index on account_id), a few rows.
CREATE TRIGGER IF NOT EXISTS `accounts_member_names_update` AFTER UPDATE OF `first_name`, `last_name`, `belt_rank` ON `accounts`
WHEN OLD.first_name IS NOT NEW.first_name OR OLD.last_name IS NOT NEW.last_name OR OLD.belt_rank IS NOT NEW.belt_rank BEGIN
	UPDATE `local_group_members` SET `display_name` = NEW.first_name || ' ' || NEW.last_name, `belt_rank` = NEW.belt_rank
	WHERE `account_id` = NEW.id;
END;;

-- The memberships already there, copied once (the migration's write transaction holds off
-- writers); on an adopted database too, whose columns ent's migration added empty.
UPDATE `local_group_members` SET `display_name` = a.first_name || ' ' || a.last_name, `belt_rank` = a.belt_rank
FROM `accounts` AS a WHERE a.id = `local_group_members`.account_id
	AND (`local_group_members`.display_name IS NOT a.first_name || ' ' || a.last_name OR `local_group_members`.belt_rank IS NOT a.belt_rank);;
