-- atlas:delimiter ;;

-- The directory's city filter reads a city's listed facilitators in the directory's order: a
-- page and its count read that city's entries only. It replaces the index on (space_id,
-- directory_city_key), which SQLite never chose over the directory's order. Written by hand:
-- atlas would rebuild accounts, and with it drop the row-count triggers.
DROP INDEX `account_space_id_directory_city_key`;;
CREATE INDEX `account_directory_city_order` ON `accounts` (`space_id`, `directory_listed`, `status`, `directory_city_key`, `last_name`, `first_name`);;
-- The names' words as an FTS5 index over the accounts' name keys (external content, kept by
-- the triggers below whatever writes the keys): a directory search reads the accounts whose
-- words begin with the searched ones from it, instead of matching every listed account's keys.
-- The keys hold lowercase ASCII letters and digits in words (slug.Key), the tokens of unicode61.
CREATE VIRTUAL TABLE `account_names` USING fts5(first_name_key, last_name_key, content = 'accounts', content_rowid = 'id');;
INSERT INTO `account_names` (`account_names`) VALUES ('rebuild');;
CREATE TRIGGER `account_names_insert` AFTER INSERT ON `accounts` BEGIN
  INSERT INTO `account_names` (rowid, first_name_key, last_name_key) VALUES (new.id, new.first_name_key, new.last_name_key);
END;;
CREATE TRIGGER `account_names_delete` AFTER DELETE ON `accounts` BEGIN
  INSERT INTO `account_names` (`account_names`, rowid, first_name_key, last_name_key) VALUES ('delete', old.id, old.first_name_key, old.last_name_key);
END;;
CREATE TRIGGER `account_names_update` AFTER UPDATE OF first_name_key, last_name_key ON `accounts` BEGIN
  INSERT INTO `account_names` (`account_names`, rowid, first_name_key, last_name_key) VALUES ('delete', old.id, old.first_name_key, old.last_name_key);
  INSERT INTO `account_names` (rowid, first_name_key, last_name_key) VALUES (new.id, new.first_name_key, new.last_name_key);
END;;
