-- atlas:delimiter ;;

-- accounts.belt_rank kept by triggers in the transaction that writes the roles, so that the
-- local group's members read each one's belt in its row, not in a subquery per member:
--   the rank (facilitation.Rank: white 1 … blue 5) of the highest belt role the account holds
--   in its own space's domain (the slug of its space), 0 for none.
-- Each trigger counts the account's rank afresh from its roles (a few rows of the index on
-- account_id, domain); a write of another role fires none. A later migration that rebuilds
-- accounts or account_roles must create these triggers again (TestBeltRankFollowsEveryWrite
-- fails otherwise).

CREATE TRIGGER IF NOT EXISTS `account_roles_belt_rank_insert` AFTER INSERT ON `account_roles`
WHEN NEW.role IN ('white', 'yellow', 'orange', 'green', 'blue') BEGIN
	UPDATE `accounts` SET `belt_rank` = COALESCE((SELECT MAX(CASE r.role WHEN 'white' THEN 1 WHEN 'yellow' THEN 2
		WHEN 'orange' THEN 3 WHEN 'green' THEN 4 WHEN 'blue' THEN 5 ELSE 0 END) FROM `account_roles` AS r
		WHERE r.account_id = `accounts`.id AND r.domain = (SELECT slug FROM `spaces` WHERE id = `accounts`.space_id)), 0)
	WHERE id = NEW.account_id;
END;;

CREATE TRIGGER IF NOT EXISTS `account_roles_belt_rank_delete` AFTER DELETE ON `account_roles`
WHEN OLD.role IN ('white', 'yellow', 'orange', 'green', 'blue') BEGIN
	UPDATE `accounts` SET `belt_rank` = COALESCE((SELECT MAX(CASE r.role WHEN 'white' THEN 1 WHEN 'yellow' THEN 2
		WHEN 'orange' THEN 3 WHEN 'green' THEN 4 WHEN 'blue' THEN 5 ELSE 0 END) FROM `account_roles` AS r
		WHERE r.account_id = `accounts`.id AND r.domain = (SELECT slug FROM `spaces` WHERE id = `accounts`.space_id)), 0)
	WHERE id = OLD.account_id;
END;;

-- An update counts afresh the former account and the new one (ent writes neither: a role's
-- columns are immutable).
CREATE TRIGGER IF NOT EXISTS `account_roles_belt_rank_update` AFTER UPDATE OF `role`, `domain`, `account_id` ON `account_roles`
WHEN (OLD.role IS NOT NEW.role OR OLD.domain IS NOT NEW.domain OR OLD.account_id IS NOT NEW.account_id)
	AND (OLD.role IN ('white', 'yellow', 'orange', 'green', 'blue') OR NEW.role IN ('white', 'yellow', 'orange', 'green', 'blue')) BEGIN
	UPDATE `accounts` SET `belt_rank` = COALESCE((SELECT MAX(CASE r.role WHEN 'white' THEN 1 WHEN 'yellow' THEN 2
		WHEN 'orange' THEN 3 WHEN 'green' THEN 4 WHEN 'blue' THEN 5 ELSE 0 END) FROM `account_roles` AS r
		WHERE r.account_id = `accounts`.id AND r.domain = (SELECT slug FROM `spaces` WHERE id = `accounts`.space_id)), 0)
	WHERE id IN (OLD.account_id, NEW.account_id);
END;;

-- An account moved to another space holds the belts of that space's domain (ent does not move
-- one: space_id is immutable).
CREATE TRIGGER IF NOT EXISTS `accounts_belt_rank_update` AFTER UPDATE OF `space_id` ON `accounts`
WHEN OLD.space_id IS NOT NEW.space_id BEGIN
	UPDATE `accounts` SET `belt_rank` = COALESCE((SELECT MAX(CASE r.role WHEN 'white' THEN 1 WHEN 'yellow' THEN 2
		WHEN 'orange' THEN 3 WHEN 'green' THEN 4 WHEN 'blue' THEN 5 ELSE 0 END) FROM `account_roles` AS r
		WHERE r.account_id = `accounts`.id AND r.domain = (SELECT slug FROM `spaces` WHERE id = `accounts`.space_id)), 0)
	WHERE id = NEW.id;
END;;

-- The accounts already there, ranked once (the migration's write transaction holds off
-- writers): those holding a belt role anywhere, and any ranked already (a database adopted
-- with its column kept), the others being 0 as the column's default.
UPDATE `accounts` SET `belt_rank` = COALESCE((SELECT MAX(CASE r.role WHEN 'white' THEN 1 WHEN 'yellow' THEN 2
	WHEN 'orange' THEN 3 WHEN 'green' THEN 4 WHEN 'blue' THEN 5 ELSE 0 END) FROM `account_roles` AS r
	WHERE r.account_id = `accounts`.id AND r.domain = (SELECT slug FROM `spaces` WHERE id = `accounts`.space_id)), 0)
WHERE `belt_rank` <> 0 OR id IN (SELECT account_id FROM `account_roles` WHERE role IN ('white', 'yellow', 'orange', 'green', 'blue'));;
