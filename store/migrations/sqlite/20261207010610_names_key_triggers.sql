-- atlas:delimiter ;;

-- accounts.names_key kept by triggers in the transaction that writes the names' keys (ent's
-- hook writes those with the names): first_name_key || last_name_key, every word of the names
-- each after a space, so that a word beginning a word of either name is " word" inside it (a
-- word has no space: it cannot straddle the two). A later migration that rebuilds accounts must
-- create these triggers again (TestNamesKeyFollowsTheNames fails otherwise).

CREATE TRIGGER IF NOT EXISTS `accounts_names_key_insert` AFTER INSERT ON `accounts`
WHEN NEW.names_key IS NOT NEW.first_name_key || NEW.last_name_key BEGIN
	UPDATE `accounts` SET `names_key` = `first_name_key` || `last_name_key` WHERE id = NEW.id;
END;;

-- A key written by hand is written again (the trigger does not fire itself).
CREATE TRIGGER IF NOT EXISTS `accounts_names_key_update` AFTER UPDATE OF `first_name_key`, `last_name_key`, `names_key` ON `accounts`
WHEN NEW.names_key IS NOT NEW.first_name_key || NEW.last_name_key BEGIN
	UPDATE `accounts` SET `names_key` = `first_name_key` || `last_name_key` WHERE id = NEW.id;
END;;

-- The accounts already there, once.
UPDATE `accounts` SET `names_key` = `first_name_key` || `last_name_key` WHERE `names_key` <> `first_name_key` || `last_name_key`;;
