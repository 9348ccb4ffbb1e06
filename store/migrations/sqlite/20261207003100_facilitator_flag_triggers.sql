-- atlas:delimiter ;;

-- accounts.facilitator kept by triggers in the transaction that writes the roles, so that the
-- directory checks the role in its index, not in a lookup per entry: whether the account holds
-- the facilitator role in its own space's domain (the slug of its space).
-- Each trigger reads the account's role afresh (the index on account_id, role, domain); a write
-- of another role fires none. A later migration that rebuilds accounts or account_roles must
-- create these triggers again (TestFacilitatorFlagFollowsEveryWrite fails otherwise).

CREATE TRIGGER IF NOT EXISTS `account_roles_facilitator_insert` AFTER INSERT ON `account_roles`
WHEN NEW.role = 'facilitator' BEGIN
	UPDATE `accounts` SET `facilitator` = EXISTS (SELECT 1 FROM `account_roles` AS r WHERE r.account_id = `accounts`.id
		AND r.role = 'facilitator' AND r.domain = (SELECT slug FROM `spaces` WHERE id = `accounts`.space_id))
	WHERE id = NEW.account_id;
END;;

CREATE TRIGGER IF NOT EXISTS `account_roles_facilitator_delete` AFTER DELETE ON `account_roles`
WHEN OLD.role = 'facilitator' BEGIN
	UPDATE `accounts` SET `facilitator` = EXISTS (SELECT 1 FROM `account_roles` AS r WHERE r.account_id = `accounts`.id
		AND r.role = 'facilitator' AND r.domain = (SELECT slug FROM `spaces` WHERE id = `accounts`.space_id))
	WHERE id = OLD.account_id;
END;;

-- An update reads afresh the former account and the new one (ent writes neither: a role's
-- columns are immutable).
CREATE TRIGGER IF NOT EXISTS `account_roles_facilitator_update` AFTER UPDATE OF `role`, `domain`, `account_id` ON `account_roles`
WHEN (OLD.role IS NOT NEW.role OR OLD.domain IS NOT NEW.domain OR OLD.account_id IS NOT NEW.account_id)
	AND (OLD.role = 'facilitator' OR NEW.role = 'facilitator') BEGIN
	UPDATE `accounts` SET `facilitator` = EXISTS (SELECT 1 FROM `account_roles` AS r WHERE r.account_id = `accounts`.id
		AND r.role = 'facilitator' AND r.domain = (SELECT slug FROM `spaces` WHERE id = `accounts`.space_id))
	WHERE id IN (OLD.account_id, NEW.account_id);
END;;

-- An account moved to another space holds the roles of that space's domain (ent does not move
-- one: space_id is immutable).
CREATE TRIGGER IF NOT EXISTS `accounts_facilitator_update` AFTER UPDATE OF `space_id` ON `accounts`
WHEN OLD.space_id IS NOT NEW.space_id BEGIN
	UPDATE `accounts` SET `facilitator` = EXISTS (SELECT 1 FROM `account_roles` AS r WHERE r.account_id = `accounts`.id
		AND r.role = 'facilitator' AND r.domain = (SELECT slug FROM `spaces` WHERE id = `accounts`.space_id))
	WHERE id = NEW.id;
END;;

-- The accounts already there, read once (the migration's write transaction holds off
-- writers): those holding the role anywhere, and any flagged already (a database adopted with
-- its column kept), the others being false as the column's default.
UPDATE `accounts` SET `facilitator` = EXISTS (SELECT 1 FROM `account_roles` AS r WHERE r.account_id = `accounts`.id
	AND r.role = 'facilitator' AND r.domain = (SELECT slug FROM `spaces` WHERE id = `accounts`.space_id))
WHERE `facilitator` OR id IN (SELECT account_id FROM `account_roles` WHERE role = 'facilitator');;
