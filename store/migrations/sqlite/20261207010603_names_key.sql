-- Every word of an account's names in one key, kept by triggers (…_names_key_triggers.sql).
-- The column is added, not the table rebuilt: a rebuild would drop the triggers on accounts.
ALTER TABLE `accounts` ADD COLUMN `names_key` text NOT NULL DEFAULT ('');
-- The count of a city's entries searched by names checks one key per word in its index.
DROP INDEX `account_directory_city_names`;
CREATE INDEX `account_directory_city_names` ON `accounts` (`space_id`, `directory_listed`, `status`, `directory_city_key`, `names_key`, `facilitator`, `belt_rank`);
