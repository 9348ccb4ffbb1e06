-- Whether each account holds the facilitator role in its space's domain, kept by triggers
-- (…_facilitator_flag_triggers.sql). The column is added, not the table rebuilt: a rebuild
-- would drop the triggers on accounts.
ALTER TABLE `accounts` ADD COLUMN `facilitator` bool NOT NULL DEFAULT (false);
-- The count of a city's entries searched by names reads the role and the belt in its index.
DROP INDEX `account_directory_city_names`;
CREATE INDEX `account_directory_city_names` ON `accounts` (`space_id`, `directory_listed`, `status`, `directory_city_key`, `first_name_key`, `last_name_key`, `facilitator`, `belt_rank`);
